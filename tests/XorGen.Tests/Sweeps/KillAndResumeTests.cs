using System.Diagnostics;
using System.Text.Json;
using XorGen.Cli.Sweeps;
using XorGen.Tests.IO;
using Xunit;

namespace XorGen.Tests.Sweeps;

/// <summary>
/// SIGKILL a real <c>xorgen sweep</c> process in the middle, several times, then resume: no run ever looks complete
/// that is not, and the resumed sweep's table equals, metric for metric, a sweep that was never interrupted.
/// </summary>
public sealed class KillAndResumeTests
{
    private const string Sweep = """
        experiment: glasgow-xor
        options:
          steps: 400
          test-n: 300
          log-every: 20
          kernel: reference
          no-probes: true
        parameters:
          d: {values: [6, 8]}
          width: {values: [16]}
          batch: {expr: "8*d"}
          lr: {values: [0.05, 0.1]}
        seeds: 4
        """;

    private static Process Start(string file, string outDir)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in (string[])[typeof(XorGen.Cli.Cli).Assembly.Location, "sweep", file, "--out", outDir, "--jobs", "2"]) start.ArgumentList.Add(a);
        var p = Process.Start(start)!;
        p.OutputDataReceived += (_, _) => { };
        p.ErrorDataReceived += (_, _) => { };
        p.BeginOutputReadLine();
        p.BeginErrorReadLine();
        return p;
    }

    private static int Complete(string outDir) =>
        Directory.Exists(Path.Combine(outDir, "runs"))
            ? Directory.EnumerateDirectories(Path.Combine(outDir, "runs")).Count(d => File.Exists(Path.Combine(d, "run.jsonl")))
            : 0;

    /// <summary>Every run that looks complete has a whole record: a config line, metrics, and the summary last.</summary>
    private static void AssertNothingLooksCompleteThatIsNot(string outDir)
    {
        foreach (var dir in Directory.EnumerateDirectories(Path.Combine(outDir, "runs")))
        {
            string record = Path.Combine(dir, "run.jsonl");
            if (!File.Exists(record)) continue;
            var lines = File.ReadAllLines(record);
            Assert.True(lines.Length >= 3, record);
            Assert.Equal("config", JsonDocument.Parse(lines[0]).RootElement.GetProperty("type").GetString());
            Assert.Equal("summary", JsonDocument.Parse(lines[^1]).RootElement.GetProperty("type").GetString());
            Assert.Equal(400, JsonDocument.Parse(lines[^1]).RootElement.GetProperty("steps_completed").GetInt64());
            Assert.True(File.Exists(Path.Combine(dir, "metrics.csv")), dir);
        }
    }

    [Fact]
    public void SigkillAtAnyMomentThenResumeGivesTheSameTable()
    {
        using var tmp = new TempDirectory();
        string file = tmp.WriteText("kill.yaml", Sweep);
        string outDir = tmp.File("killed");
        var runs = SweepPlan.Expand(SweepFile.Parse(Sweep, "kill.yaml"), "kill.yaml");

        int before = 0;
        for (int attempt = 0; attempt < 3 && before < runs.Count; attempt++)
        {
            using var p = Start(file, outDir);
            var clock = Stopwatch.StartNew();
            // wait for one or two more runs to complete, then kill in the middle of the next ones
            while (!p.HasExited && Complete(outDir) < before + 1 + attempt % 2 && clock.Elapsed < TimeSpan.FromSeconds(90)) Thread.Sleep(5);
            Thread.Sleep(20 * attempt);
            if (!p.HasExited) p.Kill(); // SIGKILL on Unix
            p.WaitForExit();
            AssertNothingLooksCompleteThatIsNot(outDir);
            int now = Complete(outDir);
            Assert.True(now > before || now == runs.Count, $"attempt {attempt}: no progress ({now} complete)");
            before = now;
        }
        Assert.True(before < runs.Count, "the sweep should have been killed before it finished (make it longer)");

        var status = SweepTestKit.Cli("sweep", file, "--out", outDir, "--status");
        Assert.Contains($"{runs.Count} runs: {before} done, 0 running, 0 failed, {runs.Count - before} pending", status.Out);

        var (code, output, error) = SweepTestKit.Cli("sweep", file, "--out", outDir, "--jobs", "2");
        Assert.True(code == 0, error);
        Assert.Contains($"{runs.Count - before} done now", output);
        Assert.Contains($"{before} already done", output);
        Assert.Empty(Directory.EnumerateFiles(outDir, "*.partial", SearchOption.AllDirectories));

        string clean = tmp.File("clean");
        Assert.Equal(0, SweepTestKit.Cli("sweep", file, "--out", clean, "--jobs", "2").Code);
        Assert.Equal(SweepTestKit.Cells(ResultsTable.Collect(new SweepDirectory(clean), runs)),
            SweepTestKit.Cells(ResultsTable.Collect(new SweepDirectory(outDir), runs)));
    }
}
