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
/// Runs a list of <see cref="PlannedRun"/>s, <c>jobs</c> at a time inside this process, each through the same path
/// as <c>xorgen run</c> (so a reproduction is exactly what a user can rerun by hand) into <c>runs/&lt;id&gt;/</c>.
/// Resumable: a run whose <c>run.jsonl</c> exists is complete (the record is renamed into place only when the run ends)
/// and is skipped; an interrupted one left only partial files, which the rerun replaces.
/// </summary>
/// <remarks>
/// This is the seam to the sweep engine: a reproduction's runs can be handed to it as a
/// grid; the record layout (one directory per run id holding run.jsonl and metrics.csv) is the same.
/// </remarks>
internal static class RunBatch
{
    public static string RunDirectory(string root, PlannedRun run) => Path.Combine(root, "runs", run.Id);

    public static bool IsComplete(string root, PlannedRun run) =>
        File.Exists(Path.Combine(RunDirectory(root, run), RunRecordWriter.RecordFileName));

    public static IReadOnlyDictionary<PlannedRun, RunOutcome> Execute(string root, IReadOnlyList<PlannedRun> runs, int jobs, TextWriter progress)
    {
        var outcomes = new System.Collections.Concurrent.ConcurrentDictionary<PlannedRun, RunOutcome>();
        int done = 0, total = runs.Count;
        var gate = new object();
        var clock = System.Diagnostics.Stopwatch.StartNew();
        // one run at a time in list order (no range partitioning), so the longest runs, listed first, start first
        var queue = System.Collections.Concurrent.Partitioner.Create(runs, System.Collections.Concurrent.EnumerablePartitionerOptions.NoBuffering);
        Parallel.ForEach(queue, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, jobs) }, run =>
        {
            string dir = RunDirectory(root, run);
            RunOutcome outcome;
            if (IsComplete(root, run)) outcome = RunOutcome.Skipped;
            else
            {
                var log = new StringWriter(CultureInfo.InvariantCulture);
                string[] args = ["run", run.Experiment, .. run.Options, "--out", dir];
                int code = Cli.Run(args, TextWriter.Null, log);
                Directory.CreateDirectory(dir);
                File.WriteAllText(Path.Combine(dir, "xorgen.log"), log.ToString());
                // exit 1 with a record is a diverged run: kept and reported by the claims; no record is a failure
                outcome = IsComplete(root, run) ? RunOutcome.Done : RunOutcome.Failed;
                if (outcome == RunOutcome.Failed)
                    lock (gate) progress.WriteLine($"xorgen: run {run.Id} failed (exit {code}): {Cli.OneLine(log.ToString())}");
            }
            outcomes[run] = outcome;
            lock (gate)
            {
                done++;
                progress.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"xorgen: reproduce: {done}/{total} runs ({(outcome == RunOutcome.Skipped ? "already complete" : outcome.ToString().ToLowerInvariant())}: {run.Id}), {clock.Elapsed.TotalSeconds:F0} s"));
            }
        });
        return outcomes;
    }
}
