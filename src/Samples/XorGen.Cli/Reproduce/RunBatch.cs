using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace XorGen.Cli.Reproduce;

/// <summary>
/// One run of a reproduction: a built-in experiment with `xorgen run` options. <see cref="Id"/> is a readable prefix
/// and a hash of the experiment and every option, so a changed configuration never hits a stale record.
/// </summary>
internal sealed record PlannedRun(string Label, string Experiment, IReadOnlyList<string> Options)
{
    public string Id
    {
        get
        {
            string key = Experiment + "\n" + string.Join("\n", Options);
            string hash = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(key)))[..10].ToLowerInvariant();
            return $"{Label}-{hash}";
        }
    }

    /// <summary>The command that reruns it by hand.</summary>
    public string Command(string outDir) =>
        $"xorgen run {Experiment} {string.Join(' ', Options)} --out {outDir}";
}

/// <summary>What happened to a planned run.</summary>
internal enum RunOutcome { Done, Skipped, Failed }

/// <summary>
/// Runs a list of <see cref="PlannedRun"/>s through the sweep engine (<see cref="SweepEngine"/>): <c>jobs</c> at a
/// time inside this process, each on its own thread with its own kernel, into <c>runs/&lt;id&gt;/</c> of a sweep
/// directory. Each run's configuration is resolved from its options exactly as <c>xorgen run</c> resolves them (so a
/// reproduction is what a user can rerun by hand), and run-time specialization gives every size a generated kernel.
/// Resumable like any sweep: complete runs (a diverged one included: its record is what the claims read) are skipped,
/// interrupted ones cleared and run again, and a run that could not run is recorded as failed and retried on the next
/// invocation.
/// </summary>
internal static class RunBatch
{
    public static string RunDirectory(string root, PlannedRun run) => new SweepDirectory(root).RunPath(run.Id);

    public static bool IsComplete(string root, PlannedRun run) =>
        File.Exists(Path.Combine(RunDirectory(root, run), RunRecordWriter.RecordFileName));

    /// <summary>The sweep run of a planned run: its configuration as `xorgen run` resolves the options, its id kept.</summary>
    public static SweepRun ToSweepRun(PlannedRun run)
    {
        var config = RunCommand.Resolve([run.Experiment, .. run.Options]);
        return new SweepRun(run.Id, [new SweepParameter("run", run.Label)], config.Seed, config);
    }

    public static IReadOnlyDictionary<PlannedRun, RunOutcome> Execute(string root, IReadOnlyList<PlannedRun> runs, int jobs, TextWriter progress)
    {
        var directory = new SweepDirectory(root);
        var complete = runs.Where(r => IsComplete(root, r)).ToHashSet();
        // a run whose options `xorgen run` would refuse is recorded as failed (failed.json, the reason), not run
        var planned = new List<(PlannedRun Run, SweepRun Sweep)>();
        var refused = new HashSet<PlannedRun>();
        foreach (var r in runs)
        {
            try { planned.Add((r, ToSweepRun(r))); }
            catch (Exception e) when (e is BadInputException or ArgumentException)
            {
                refused.Add(r);
                Directory.CreateDirectory(RunDirectory(root, r));
                directory.MarkFailed(r.Id, Cli.OneLine(e.Message));
                progress.WriteLine($"xorgen: run {r.Id} failed: {Cli.OneLine(e.Message)}");
            }
        }
        var byId = planned.ToDictionary(p => p.Sweep.Id, p => p.Run, StringComparer.Ordinal);
        // a run that could not run last time is tried again (RetryFailed); a diverged one has its record and is complete
        var listener = new Progress(progress, byId, planned.Count(p => !complete.Contains(p.Run)));
        SweepEngine.Run(directory, [.. planned.Where(p => !complete.Contains(p.Run)).Select(p => p.Sweep)], new SweepRunOptions(jobs, RetryFailed: true), listener);
        return runs.ToDictionary(r => r, r => complete.Contains(r) ? RunOutcome.Skipped : !refused.Contains(r) && IsComplete(root, r) ? RunOutcome.Done : RunOutcome.Failed);
    }

    /// <summary>One line per finished run, as the old runner printed them; failures with their reason.</summary>
    private sealed class Progress(TextWriter progress, IReadOnlyDictionary<string, PlannedRun> byId, int total) : ISweepListener
    {
        private readonly System.Diagnostics.Stopwatch _clock = System.Diagnostics.Stopwatch.StartNew();
        private int _done;

        public void SweepStarted(int total, int toRun) { }

        // the engine calls this under its own lock
        public void RunEnded(SweepRun run, RunState state, RunSummary? summary, string? error)
        {
            _done++;
            if (summary is null)
                progress.WriteLine($"xorgen: run {run.Id} failed: {error}");
            string what = summary is null ? "failed" : summary.Diverged ? "diverged" : "done";
            progress.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"xorgen: reproduce: {_done}/{total} runs ({what}: {byId[run.Id].Id}), {_clock.Elapsed.TotalSeconds:F0} s"));
        }
    }
}
