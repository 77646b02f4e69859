using System.Text;
using BenchmarkDotNet.Reports;

namespace XorGen.Bench;

/// <summary>Copies a run's exported reports into bench/results/&lt;cpu&gt;/ with the machine description and the run's notes.</summary>
public static class Results
{
    /// <summary>
    /// Writes suite.md and suite.csv (BenchmarkDotNet's GitHub Markdown and CSV reports of the joined summary),
    /// machine.txt (runtime, accelerated widths, lscpu with the CPU model and flags) and notes.md (the peak used by
    /// the % column, omitted rows) into <paramref name="target"/>.
    /// </summary>
    public static void Export(IReadOnlyList<Summary> summaries, string target)
    {
        Directory.CreateDirectory(target);
        foreach (var summary in summaries)
        {
            string results = summary.ResultsDirectoryPath;
            foreach (var (pattern, name) in new[] { ("*-report-github.md", "suite.md"), ("*-report.csv", "suite.csv") })
            {
                var source = Directory.EnumerateFiles(results, pattern)
                    .Where(f => Path.GetFileName(f).StartsWith(summary.Title, StringComparison.Ordinal))
                    .OrderByDescending(File.GetLastWriteTimeUtc).FirstOrDefault();
                if (source is not null) File.Copy(source, Path.Combine(target, name), overwrite: true);
            }
        }
        File.WriteAllText(Path.Combine(target, "machine.txt"), Machine.Description());

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
        notes.AppendLine("- Jobs: Default (all instruction sets), AVX512-off (DOTNET_EnableAVX512=0: Vector256 path), AVX2-off (DOTNET_EnableAVX2=0: Vector128 path without FMA); only PeakFma and IsaStep run in all three.");
        foreach (var note in SuiteConfig.Omitted.Keys.Order()) notes.AppendLine($"- Omitted: {note}");
        File.WriteAllText(Path.Combine(target, "notes.md"), notes.ToString());
    }
}
