using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace XorGen.Bench;

/// <summary>
/// Entry point. <c>peers ...</c> runs the side-by-side mode (see <see cref="PeersMode"/>), <c>compare</c> the
/// cross-CPU table (see <see cref="Compare"/>), <c>peak</c> a quick FMA peak, <c>sweep</c> the sweep engine's
/// throughput (see <see cref="SweepBench"/>), <c>loss</c> the loss pass in double against float (see
/// <see cref="LossPrecisionBench"/>); anything else runs the
/// BenchmarkDotNet suite. Own flags: <c>--dry</c> (or <c>--job dry</c>) runs every benchmark once for CI and exports
/// nothing; <c>--results DIR</c> sets where results are copied (default bench/results/&lt;cpu&gt;/);
/// <c>--no-export</c> skips the copy; <c>--tuning FILE</c> makes the generated rows build the variants a tuning file
/// (<c>xorgen tune</c>) names, e.g. bench/results/&lt;cpu&gt;/tuning.json. Every other argument goes to BenchmarkDotNet (<c>--filter</c>, <c>--list flat</c>, ...).
/// Exit code 1 when any benchmark failed, 2 on bad arguments.
/// </summary>
public static class Program
{
    /// <summary>Runs the suite or the peers mode.</summary>
    public static int Main(string[] args)
    {
        if (args.Length > 0 && args[0] == "peers") return PeersMode.Run(args[1..]);
        if (args.Length > 0 && args[0] == "peak") return PrintPeak();
        if (args.Length > 0 && args[0] == "sweep") return SweepBench.Run(args[1..]);
        if (args.Length > 0 && args[0] == "compare") return Compare.Run(args[1..]);
        if (args.Length > 0 && args[0] == "loss") return LossPrecisionBench.Run(args[1..]);

        var rest = new List<string>();
        bool dry = false, export = true;
        string? resultsDir = null;
        for (int i = 0; i < args.Length; i++)
        {
            if (args[i] == "--dry") dry = true;
            else if (args[i] == "--job" && i + 1 < args.Length && args[i + 1].Equals("dry", StringComparison.OrdinalIgnoreCase)) { dry = true; i++; }
            else if (args[i] == "--no-export") export = false;
            else if (args[i] == "--tuning")
            {
                if (i + 1 >= args.Length) { Console.Error.WriteLine("error: --tuning needs a tuning file (xorgen tune writes one)"); return 2; }
                string file = Path.GetFullPath(args[++i]);
                if (!File.Exists(file)) { Console.Error.WriteLine($"error: --tuning {file}: no such file"); return 2; }
                try
                {
                    XorGen.Specialization.TuningFile.Load(file); // a damaged file is refused here, not in every benchmark process
                }
                catch (Exception e) when (e is IOException or InvalidDataException or UnauthorizedAccessException)
                {
                    Console.Error.WriteLine("error: " + e.Message);
                    return 2;
                }
                Environment.SetEnvironmentVariable(GeneratedKernels.TuningVariable, file); // inherited by the benchmark processes
            }
            else if (args[i] == "--results")
            {
                if (i + 1 >= args.Length) { Console.Error.WriteLine("error: --results needs a directory"); return 2; }
                resultsDir = args[++i];
            }
            else rest.Add(args[i]);
        }
        if (!rest.Any(a => a is "--filter" or "-f" or "--list" or "--help" or "-h" or "--info" || a.StartsWith("--filter=", StringComparison.Ordinal)))
            rest.AddRange(["--filter", "*"]);

        string repo = Machine.RepositoryRoot();
        string artifacts = dry
            ? Path.Combine(Path.GetTempPath(), "xorgen-bench-dry")
            : Path.Combine(repo, "bench", "BenchmarkDotNet.Artifacts");
        var config = SuiteConfig.Create(dry, artifacts);

        GeneratedKernels.EnsureLoaded();
        var start = DateTime.UtcNow.AddSeconds(-1);
        var summaries = BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(rest.ToArray(), config).ToList();

        foreach (var note in SuiteConfig.Omitted.Keys.Order()) Console.WriteLine($"// omitted: {note}");
        int failures = Failures(summaries);
        if (failures > 0) Console.Error.WriteLine($"error: {failures} benchmark case(s) failed or produced no result");

        if (!dry && export && summaries.Count > 0)
        {
            string target = resultsDir ?? Path.Combine(repo, "bench", "results", Machine.CpuSlug());
            Results.Export(summaries, target, start);
            Console.WriteLine($"// results copied to {target}");
        }
        return failures > 0 ? 1 : 0;
    }

    /// <summary><c>peak</c>: a quick (about 1 s) look at the FMA throughput of every accelerated width, without BenchmarkDotNet.</summary>
    private static int PrintPeak()
    {
        foreach (var precision in new[] { Precision.Float, Precision.Double })
            foreach (int bits in new[] { 512, 256, 128 })
            {
                if (!PeakFma.IsAccelerated(bits)) { Console.WriteLine($"{precision} Vector{bits}: not accelerated"); continue; }
                double best = FmaPeak.Measure(precision, bits);
                Console.WriteLine(System.FormattableString.Invariant($"{precision} Vector{bits}: {best:F1} GFLOP/s"));
            }
        return 0;
    }

    private static int Failures(IEnumerable<Summary> summaries)
    {
        int failures = 0;
        foreach (var summary in summaries)
        {
            if (summary.HasCriticalValidationErrors) failures++;
            foreach (var c in summary.BenchmarksCases)
                if (summary[c] is not { Success: true } report || report.ExecuteResults.Count == 0) failures++;
        }
        return failures;
    }
}
