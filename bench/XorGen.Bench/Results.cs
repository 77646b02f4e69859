using System.Globalization;
using System.Text;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace XorGen.Bench;

/// <summary>Copies a run's exported reports into bench/results/&lt;cpu&gt;/ with the machine description and the run's notes.</summary>
public static class Results
{
    /// <summary>
    /// Writes suite.md and suite.csv (BenchmarkDotNet's GitHub Markdown and CSV reports of the joined summary),
    /// machine.txt (runtime, accelerated widths, lscpu with the CPU model and flags) and notes.md (the peak used by
    /// the % column, omitted rows) into <paramref name="target"/>.
    /// </summary>
    public static void Export(IReadOnlyList<Summary> summaries, string target, DateTime runStartUtc)
    {
        Directory.CreateDirectory(target);
        foreach (var summary in summaries)
        {
            string results = summary.ResultsDirectoryPath;
            foreach (var (pattern, name) in new[] { ("*-report-github.md", "suite.md"), ("*-report.csv", "suite.csv") })
            {
                // The joined summary's report is the one file of this kind written by this run.
                var source = Directory.EnumerateFiles(results, pattern)
                    .Where(f => File.GetLastWriteTimeUtc(f) >= runStartUtc)
                    .OrderByDescending(File.GetLastWriteTimeUtc).FirstOrDefault();
                if (source is not null) File.Copy(source, Path.Combine(target, name), overwrite: true);
            }
        }
        File.WriteAllText(Path.Combine(target, "machine.txt"), Machine.Description());
        if (summaries.Count > 0) File.WriteAllText(Path.Combine(target, "report.md"), Report(summaries));

        var notes = new StringBuilder();
        notes.AppendLine("# Notes on this run");
        notes.AppendLine();
        if (summaries.Count > 0)
        {
            var (gflops, source) = Peak.Float(summaries[0]);
            notes.AppendLine($"- FP32 FMA peak used by the `% FP32 peak` column: {gflops:F1} GFLOP/s per core ({source}); rows with T threads compare against T × peak.");
        }
        notes.AppendLine("- Flop/op of a training step is ModelSpec.FlopsPerStep(B): 4·B·m·d when W is trained (pre-activations and weight gradient), 2·B·m·d otherwise.");
        notes.AppendLine("- Online rows draw the fresh batch inside the measured step; Fixed rows reuse one batch.");
        notes.AppendLine(GeneratedKernels.TuningFile is { } tuning
            ? $"- Generated rows build the tuned variants of {tuning} (`--tuning`) where it names one for the row's spec; the others their definition's variant."
            : "- Generated rows run the variant their definition compiles (the default; `--tuning FILE` runs a tuning file's variants).");
        notes.AppendLine("- Jobs: Default (all instruction sets), AVX512-off (DOTNET_EnableAVX512=0: Vector256 path), AVX2-off (DOTNET_EnableAVX2=0: Vector128 path without FMA); only PeakFma and IsaStep run in all three.");
        var switches = new[] { "DOTNET_EnableAVX512", "DOTNET_EnableAVX2", "DOTNET_EnableHWIntrinsic", "DOTNET_PreferredVectorBitWidth" }
            .Select(name => (Name: name, Value: Environment.GetEnvironmentVariable(name)))
            .Where(v => !string.IsNullOrEmpty(v.Value))
            .Select(v => v.Name + "=" + v.Value)
            .ToList();
        if (switches.Count > 0)
            notes.AppendLine($"- The whole suite process ran with {string.Join(" ", switches)} (the benchmark processes inherit it): the default job (AllIsa) runs the widest path left, and its % column compares with that path's peak measured in this run.");
        foreach (var note in SuiteConfig.Omitted.Keys.Order()) notes.AppendLine($"- Omitted: {note}");
        File.WriteAllText(Path.Combine(target, "notes.md"), notes.ToString());
    }

    /// <summary>
    /// report.md: the joined summary split into one compact table per benchmark class (only that class's
    /// parameters), rows in the order BenchmarkDotNet ran them: the table to quote in the README.
    /// </summary>
    public static string Report(IReadOnlyList<Summary> summaries)
    {
        var text = new StringBuilder();
        var (peak, source) = Peak.Float(summaries[0]);
        text.AppendLine(CultureInfo.InvariantCulture, $"# XorGen benchmark report ({Machine.CpuSlug()})");
        text.AppendLine();
        text.AppendLine(CultureInfo.InvariantCulture, $"FP32 FMA peak (one core): {peak:F1} GFLOP/s ({source}). Flop/op of a step = 4·B·m·d (2·B·m·d with W frozen). % = GFLOP/s / (peak × threads).");
        var columns = new (string Name, Func<Summary, BenchmarkCase, string> Value)[]
        {
            ("Mean", (s, c) => s[c]?.ResultStatistics is { } st ? FormattableString.Invariant($"{st.Mean / 1000:F2} us") : "NA"),
            ("Steps/s", (s, c) => FlopColumn.StepsPerSecond.GetValue(s, c)),
            ("GFLOP/s", (s, c) => FlopColumn.Gflops.GetValue(s, c)),
            ("% FP32 peak", (s, c) => FlopColumn.PercentOfPeak.GetValue(s, c)),
            ("Alloc B/op", (s, c) => s[c]?.GcStats is { } gc && s[c]!.ResultStatistics is not null ? gc.GetBytesAllocatedPerOperation(c)?.ToString(CultureInfo.InvariantCulture) ?? "?" : "NA"),
        };
        foreach (var summary in summaries)
            foreach (var group in summary.BenchmarksCases.GroupBy(c => c.Descriptor.Type))
            {
                var cases = group.ToList();
                var parameters = cases[0].Parameters.Items.Select(p => p.Name).ToList();
                bool matrix = cases.Select(c => c.Job.Id).Distinct().Count() > 1;
                var header = (matrix ? new[] { "Job" } : []).Concat(parameters).Concat(columns.Select(c => c.Name)).ToList();
                text.AppendLine();
                text.AppendLine(CultureInfo.InvariantCulture, $"## {group.Key.Name}");
                text.AppendLine();
                text.AppendLine("| " + string.Join(" | ", header) + " |");
                text.AppendLine("|" + string.Join("|", header.Select(_ => "---")) + "|");
                foreach (var c in cases)
                {
                    var cells = (matrix ? new[] { c.Job.Id } : [])
                        .Concat(parameters.Select(p => Convert.ToString(c.Parameters[p], CultureInfo.InvariantCulture) ?? ""))
                        .Concat(columns.Select(col => col.Value(summary, c)));
                    text.AppendLine("| " + string.Join(" | ", cells) + " |");
                }
            }
        foreach (var note in SuiteConfig.Omitted.Keys.Order()) text.AppendLine().Append("Omitted: ").AppendLine(note);
        return text.ToString();
    }
}
