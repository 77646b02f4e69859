using System.Globalization;

namespace XorGen.Cli.Sweeps;

/// <summary>
/// The built-in sweeps (<c>xorgen sweep --builtin NAME</c>, YAML with <c>--print</c>) and the report each prints when
/// it completes.
/// </summary>
internal static class BuiltinSweeps
{
    public const string SampleComplexity = "glasgow-sample-complexity";
    public const string SampleComplexityQuick = "glasgow-sample-complexity-quick";

    public static IReadOnlyList<string> Names { get; } = [SampleComplexity, SampleComplexityQuick];

    /// <summary>The YAML of a built-in sweep, or null for an unknown name.</summary>
    public static string? Yaml(string name) => name switch
    {
        SampleComplexity => SampleComplexityYaml([16, 32, 64, 128, 256], seeds: 5, maxSamples: 40_000_000, logEvery: "max(2, d/32)"),
        SampleComplexityQuick => SampleComplexityYaml([8, 16, 32], seeds: 3, maxSamples: 2_000_000, logEvery: null),
        _ => null,
    };

    // The full sweep logs (and so evaluates the 2000 test points and the batch's metrics) every max(2, d/32) steps: every
    // 2 steps up to d = 64, then every 4 and 8, so that at d = 256 a random-features run spends about a tenth of its
    // time on them (measured on Zen 5: 2.33 s per step on average, 2.1 s for a step alone) while samples to target are
    // resolved to 8·2560 ≈ 2·10⁴ of several 10⁶.
    private static string SampleComplexityYaml(int[] ds, int seeds, long maxSamples, string? logEvery) => string.Create(CultureInfo.InvariantCulture, $$"""
        # Glasgow 2023: online SGD on XOR over {±1}^d needs d·polylog(d) fresh samples with both layers trained,
        # about d² with the first layer frozen (random features, the kernel regime). Each run stops at test error < 5%
        # (or after max-samples); samples_to_target is the fresh samples it took. The report prints the median per
        # d and learner and the slope of log(samples) against log(d).
        # glasgow-xor-rf sets its own width (4·d², well above d²) and rate (the kernel baseline's, see README).
        # Random features at d = 256 (m = 262 144) need about 8 GiB each and hours of one core: the sweep runs them
        # only while their memory fits beside the others; on Slurm give each task the memory (--sbatch-arg=--mem=12G).
        parameters:
          experiment: {values: [glasgow-xor, glasgow-xor-rf]}
          d: {values: [{{string.Join(", ", ds)}}]}
          batch: {expr: "10*d"}
        {{(logEvery is null ? "" : $"  log-every: {{expr: \"{logEvery}\"}}\n")}}options:
          steps: 1000000
          test-n: 2000
        {{(logEvery is null ? "  log-every: 2\n" : "")}}  no-probes: true
        seeds: {{seeds}}
        until: "test_error < 0.05"
        max-samples: {{maxSamples}}

        """);

    /// <summary>Prints the report of a completed built-in sweep from its results.</summary>
    public static void Report(string name, string parquet, TextWriter output)
    {
        if (name is not (SampleComplexity or SampleComplexityQuick)) return;
        var rows = ResultsFiles.Query(parquet, """
            SELECT experiment, d, median(samples_to_target) AS median_samples, count(samples_to_target) AS reached, count(*) AS runs
            FROM runs GROUP BY experiment, d ORDER BY experiment, d
            """);
        output.WriteLine();
        output.WriteLine("samples to 5% test error (median over seeds; runs that reached it / runs)");
        output.Write(ResultsFiles.Aligned(rows));
        output.WriteLine();
        foreach (var learner in rows.Rows.Select(r => (string)r[0]!).Distinct())
        {
            var points = rows.Rows.Where(r => (string)r[0]! == learner && r[2] is not null)
                .Select(r => (X: Math.Log(Convert.ToDouble(r[1], CultureInfo.InvariantCulture)), Y: Math.Log(Convert.ToDouble(r[2], CultureInfo.InvariantCulture)))).ToList();
            string label = learner == "glasgow-xor" ? "both layers" : learner == "glasgow-xor-rf" ? "random features" : learner;
            if (points.Count < 2)
            {
                output.WriteLine($"slope of log(samples) vs log(d), {label}: n/a (fewer than two d reached the target)");
                continue;
            }
            double mx = points.Average(p => p.X), my = points.Average(p => p.Y);
            double slope = points.Sum(p => (p.X - mx) * (p.Y - my)) / points.Sum(p => (p.X - mx) * (p.X - mx));
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"slope of log(samples) vs log(d), {label}: {slope:F2}  ({points.Count} values of d)"));
        }
        output.WriteLine("(the claim: about 1 plus a polylog's drift for both layers, about 2 for random features)");
    }
}
