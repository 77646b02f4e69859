using System.Diagnostics;

namespace XorGen;

/// <summary>How a sweep runs.</summary>
/// <param name="Jobs">Runs at once, each on its own thread with its own kernel (default: the core count).</param>
/// <param name="RetryFailed">Run failed runs again (they are skipped otherwise).</param>
/// <param name="MemoryBytes">
/// The memory the runs in flight may need together, by their estimates (<see cref="RunConfig.EstimatedBytes"/>); a run
/// waits while it does not fit beside the others. 0 (default): the memory available to the process
/// (<see cref="RunLimits.AvailableBytes"/>).
/// </param>
public sealed record SweepRunOptions(int Jobs = 0, bool RetryFailed = false, long MemoryBytes = 0)
{
    /// <summary>The memory budget of the runs in flight, in bytes.</summary>
    public long MemoryBudget => MemoryBytes > 0 ? MemoryBytes : Math.Max(1, RunLimits.AvailableBytes);

    /// <summary>The number of worker threads for <paramref name="runs"/> runs.</summary>
    public int WorkersFor(int runs) => Math.Max(1, Math.Min(Jobs > 0 ? Jobs : Environment.ProcessorCount, Math.Max(1, runs)));
}

/// <summary>What happened to the runs a sweep was given.</summary>
/// <param name="Total">Runs given (this shard's).</param>
/// <param name="Done">Runs that ran now and finished.</param>
/// <param name="Failed">Runs that ran now and failed (diverged, or could not run).</param>
/// <param name="SkippedDone">Runs already complete.</param>
/// <param name="SkippedFailed">Runs that had failed before and were not retried.</param>
/// <param name="HeldElsewhere">Runs another live process was running.</param>
/// <param name="WallSeconds">Wall time of the sweep.</param>
public sealed record SweepOutcome(int Total, int Done, int Failed, int SkippedDone, int SkippedFailed, int HeldElsewhere, double WallSeconds)
{
    /// <summary>Runs that waited for others to finish because their memory estimates did not fit together.</summary>
    public int MemoryWaits { get; init; }
}

/// <summary>Receives a sweep's events; the engine calls it from one thread at a time.</summary>
public interface ISweepListener
{
    /// <summary>The sweep starts: <paramref name="total"/> runs, of which <paramref name="toRun"/> need running.</summary>
    void SweepStarted(int total, int toRun);
    /// <summary>A run finished now (<see cref="RunState.Done"/> or <see cref="RunState.Failed"/>), with its summary when it has a record and the error when it could not run.</summary>
    void RunEnded(SweepRun run, RunState state, RunSummary? summary, string? error);
}

/// <summary>
/// Runs the runs of a sweep into a <see cref="SweepDirectory"/>: <see cref="SweepRunOptions.Jobs"/> at once inside this
/// process, each on a dedicated thread with its own kernel, as many as fit in the memory budget together
/// (<see cref="MemoryGate"/>). Complete runs are skipped, interrupted ones cleared and run
/// again, failed ones skipped unless retried, and runs another process holds are left to it. A run that throws is recorded
/// as failed (<c>failed.json</c>) and the sweep goes on.
/// </summary>
public static class SweepEngine
{
    /// <summary>Runs <paramref name="runs"/> (one shard's, or the whole sweep) into <paramref name="directory"/>.</summary>
    public static SweepOutcome Run(SweepDirectory directory, IReadOnlyList<SweepRun> runs, SweepRunOptions? options = null,
        ISweepListener? listener = null, CancellationToken cancel = default)
    {
        ArgumentNullException.ThrowIfNull(directory);
        ArgumentNullException.ThrowIfNull(runs);
        options ??= new SweepRunOptions();
        if (runs.Select(r => r.Id).Distinct(StringComparer.Ordinal).Count() != runs.Count)
            throw new ArgumentException("two runs of the sweep have the same id (the same configuration twice)");
        foreach (var run in runs) run.Config.Validated();
        var clock = Stopwatch.StartNew();
        Directory.CreateDirectory(Path.Combine(directory.Root, "runs"));

        int skippedDone = 0, skippedFailed = 0;
        var queue = new List<SweepRun>();
        foreach (var run in runs)
        {
            var state = directory.StateOf(run.Id);
            if (state == RunState.Done) skippedDone++;
            else if (state == RunState.Failed && !options.RetryFailed) skippedFailed++;
            else queue.Add(run);
        }
        var gate = new object();
        lock (gate) listener?.SweepStarted(runs.Count, queue.Count);

        int next = -1, done = 0, failed = 0, held = 0;
        Exception? fatal = null;
        var committer = new RecordCommitter();
        var memory = new MemoryGate(options.MemoryBudget);
        void Report(SweepRun run, RunState state, RunSummary? summary, string? error)
        {
            lock (gate)
            {
                switch (state)
                {
                    case RunState.Done when summary is not null: done++; break;
                    case RunState.Failed when summary is not null || error is not null: failed++; break;
                    case RunState.Running: held++; break;
                    case RunState.Done: skippedDone++; break;
                    case RunState.Failed: skippedFailed++; break;
                    default: break;
                }
                if (summary is not null || error is not null) listener?.RunEnded(run, state, summary, error);
            }
        }
        void Worker()
        {
            try
            {
                int i;
                while (!cancel.IsCancellationRequested && (i = Interlocked.Increment(ref next)) < queue.Count)
                {
                    long need = (long)Math.Ceiling(queue[i].Config.EstimatedBytes());
                    if (!memory.Enter(need, cancel)) break;
                    try
                    {
                        RunOne(directory, queue[i], options.RetryFailed, committer, Report, cancel);
                    }
                    finally
                    {
                        memory.Exit(need);
                    }
                }
            }
            catch (OperationCanceledException) when (cancel.IsCancellationRequested) { }
            catch (Exception e)
            {
                lock (gate) fatal ??= e;
            }
        }

        int workers = options.WorkersFor(queue.Count);
        var threads = new Thread[workers];
        for (int w = 0; w < workers; w++)
        {
            threads[w] = new Thread(Worker) { Name = $"xorgen-sweep-{w}", IsBackground = true };
            threads[w].Start();
        }
        foreach (var t in threads) t.Join();
        // Finished runs are committed also when the sweep was cancelled or failed: only the runs in flight are lost.
        if (committer.Complete() is { } fault) fatal ??= fault;
        if (fatal is not null) throw new InvalidOperationException($"the sweep stopped: {fatal.Message}", fatal);
        cancel.ThrowIfCancellationRequested();
        return new SweepOutcome(runs.Count, done, failed, skippedDone, skippedFailed, held, clock.Elapsed.TotalSeconds) { MemoryWaits = memory.Waits };
    }

    /// <summary>
    /// Claims, clears and runs one run, and reports the state after it: with a summary when it ran to a record (reported
    /// once <paramref name="committer"/> has committed the record), an error when it could not run, neither when it was
    /// skipped (held by another process, or finished meanwhile).
    /// </summary>
    private static void RunOne(SweepDirectory directory, SweepRun run, bool retryFailed, RecordCommitter committer,
        Action<SweepRun, RunState, RunSummary?, string?> report, CancellationToken cancel)
    {
        var state = directory.StateOf(run.Id);
        if (state == RunState.Done || (state == RunState.Failed && !retryFailed))
        {
            report(run, state, null, null);
            return;
        }
        // A diverged run being retried has a complete record: it is moved aside, not overwritten.
        var lease = directory.TryClaim(run, replaceRecord: state == RunState.Failed && directory.ReadSummary(run.Id) is not null);
        if (lease is null)
        {
            // Another process holds it, or finished it between our look and our claim.
            var now = directory.StateOf(run.Id);
            report(run, now == RunState.Pending ? RunState.Running : now, null, null);
            return;
        }
        RunRecordWriter? record = null;
        try
        {
            lease.Reset();
            directory.WriteParams(run);
            record = new RunRecordWriter(lease.Directory, deferCommit: true);
            var summary = Trainer.Run(run.Config, record, cancel).Summary;
            committer.Enqueue(record, lease, error =>
            {
                if (error is null)
                {
                    report(run, summary.Diverged ? RunState.Failed : RunState.Done, summary, null);
                    return;
                }
                string message = "its record could not be committed: " + error.Message.ReplaceLineEndings(" ");
                directory.MarkFailed(run.Id, message);
                report(run, RunState.Failed, null, message);
            });
            // The committer owns them now (it disposes them once the record is committed).
            record = null;
            lease = null;
        }
        catch (OperationCanceledException) when (cancel.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception e) when (e is ArgumentException or DataFormatException or InvalidOperationException or IOException or ArithmeticException or RunDirectoryException)
        {
            // The lease is still held here (the committer takes it only once Enqueue has returned); finally releases it.
            string message = e.Message.ReplaceLineEndings(" ");
            directory.MarkFailed(run.Id, message);
            report(run, RunState.Failed, null, message);
        }
        finally
        {
            record?.Dispose();
            lease?.Dispose();
        }
    }
}
