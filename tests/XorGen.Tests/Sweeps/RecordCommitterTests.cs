using System.Text;
using XorGen.Tests.IO;
using Xunit;

namespace XorGen.Tests.Sweeps;

public sealed class RecordCommitterTests
{
    /// <summary>Claims and runs <paramref name="run"/> with a deferred record: finished, not committed.</summary>
    private static (RunRecordWriter Record, RunLease Lease) Finished(SweepDirectory dir, SweepRun run)
    {
        var lease = dir.TryClaim(run) ?? throw new InvalidOperationException("could not claim " + run.Id);
        lease.Reset();
        dir.WriteParams(run);
        var record = new RunRecordWriter(lease.Directory, deferCommit: true);
        Trainer.Run(run.Config, record);
        return (record, lease);
    }

    [Fact]
    public void A_finished_record_looks_complete_only_once_committed()
    {
        using var tmp = new TempDirectory();
        var dir = new SweepDirectory(tmp.Path);
        var run = SweepTestKit.Plan(SweepTestKit.Tiny)[0];
        var (record, lease) = Finished(dir, run);
        Assert.True(record.AwaitsCommit);
        Assert.False(File.Exists(Path.Combine(dir.RunPath(run.Id), RunRecordWriter.RecordFileName)));
        Assert.False(File.Exists(Path.Combine(dir.RunPath(run.Id), RunRecordWriter.CsvFileName)));
        Assert.Equal(RunState.Running, dir.StateOf(run.Id)); // still held: nobody else may take it meanwhile

        var committer = new RecordCommitter();
        Exception? seen = new InvalidOperationException("not called");
        committer.Enqueue(record, lease, e => seen = e);
        Assert.Null(committer.Complete());
        Assert.Null(seen);
        Assert.False(record.AwaitsCommit);
        Assert.Equal(RunState.Done, dir.StateOf(run.Id));
        Assert.True(File.Exists(Path.Combine(dir.RunPath(run.Id), RunRecordWriter.CsvFileName)));
        Assert.Empty(Directory.EnumerateFiles(dir.RunPath(run.Id), "*" + RunDirectory.PartialSuffix));
    }

    [Fact]
    public void A_record_abandoned_before_its_commit_leaves_a_pending_run()
    {
        // What a process killed between finishing a run and committing it leaves behind, done in-process: the writer
        // and the lease are dropped without a commit. The run must read as pending and run again cleanly.
        using var tmp = new TempDirectory();
        var dir = new SweepDirectory(tmp.Path);
        var runs = SweepTestKit.Plan(SweepTestKit.Tiny);
        var (record, lease) = Finished(dir, runs[0]);
        lease.Dispose(); // the lock goes (as the OS drops it when a process dies); the temporary files stay
        Assert.Equal(RunState.Pending, dir.StateOf(runs[0].Id));
        var outcome = SweepEngine.Run(dir, runs, new SweepRunOptions(Jobs: 2));
        Assert.Equal(runs.Count, outcome.Done + outcome.Failed);
        Assert.NotNull(dir.ReadSummary(runs[0].Id));
        record.Dispose();
    }

    [Fact]
    public void A_batch_is_committed_with_one_sync_of_the_file_system_on_linux()
    {
        using var tmp = new TempDirectory();
        var dir = new SweepDirectory(tmp.Path);
        var runs = SweepTestKit.Plan(SweepTestKit.Tiny);
        Assert.True(runs.Count >= RecordCommitter.SyncAllThreshold);
        var finished = runs.Select(r => Finished(dir, r)).ToList();
        var committer = new RecordCommitter();
        int called = 0;
        foreach (var (record, lease) in finished) committer.Enqueue(record, lease, e => { Assert.Null(e); called++; });
        Assert.Null(committer.Complete());
        Assert.Equal(runs.Count, called);
        Assert.Equal(runs.Count, committer.SyncedAll + committer.SyncedEach);
        // Handed over back to back, they fall into the committer's batch window together.
        if (OperatingSystem.IsLinux()) Assert.True(committer.SyncedAll >= RecordCommitter.SyncAllThreshold, $"synced all: {committer.SyncedAll}, each: {committer.SyncedEach}");
        else Assert.Equal(runs.Count, committer.SyncedEach);
        Assert.All(runs, r => Assert.Equal(RunState.Done, dir.StateOf(r.Id)));
    }

    [Fact]
    public void A_callback_that_throws_stops_nothing_but_is_returned()
    {
        using var tmp = new TempDirectory();
        var dir = new SweepDirectory(tmp.Path);
        var runs = SweepTestKit.Plan(SweepTestKit.Tiny).Take(3).ToList();
        var finished = runs.Select(r => Finished(dir, r)).ToList();
        var committer = new RecordCommitter();
        committer.Enqueue(finished[0].Record, finished[0].Lease, _ => throw new IOException("the progress display broke"));
        committer.Enqueue(finished[1].Record, finished[1].Lease, _ => { });
        committer.Enqueue(finished[2].Record, finished[2].Lease, _ => { });
        var fault = committer.Complete();
        Assert.IsType<IOException>(fault);
        Assert.All(runs, r => Assert.Equal(RunState.Done, dir.StateOf(r.Id)));
    }

    [Fact]
    public void An_unfinished_record_is_refused()
    {
        using var tmp = new TempDirectory();
        var dir = new SweepDirectory(tmp.Path);
        var run = SweepTestKit.Plan(SweepTestKit.Tiny)[0];
        using var lease = dir.TryClaim(run)!;
        using var record = new RunRecordWriter(lease.Directory, deferCommit: true);
        var committer = new RecordCommitter();
        Assert.Throws<ArgumentException>(() => committer.Enqueue(record, lease, _ => { }));
        Assert.Null(committer.Complete());
    }

    [Theory]
    [InlineData("a\nb\nlast", "last")]
    [InlineData("a\nb\nlast\n", "last")]
    [InlineData("a\nb\nlast\n\n\r\n", "last")]
    [InlineData("only", "only")]
    [InlineData("", null)]
    [InlineData("\n\n", null)]
    public void The_last_line_is_read_from_the_end(string text, string? last)
    {
        using var tmp = new TempDirectory();
        string path = Path.Combine(tmp.Path, "f.jsonl");
        File.WriteAllText(path, text, new UTF8Encoding(false));
        Assert.Equal(last, SweepDirectory.LastLine(path));
    }

    [Theory]
    [InlineData(4095)]
    [InlineData(4096)]
    [InlineData(4097)]
    [InlineData(70_000)]
    public void A_last_line_longer_than_the_window_is_read_whole(int length)
    {
        using var tmp = new TempDirectory();
        string path = Path.Combine(tmp.Path, "f.jsonl");
        string line = string.Concat(Enumerable.Range(0, length).Select(i => (char)('a' + i % 26))).Replace('z', 'ü');
        File.WriteAllText(path, new string('x', 9000) + "\n" + line + "\n", new UTF8Encoding(false));
        Assert.Equal(line, SweepDirectory.LastLine(path));
        File.WriteAllText(path, line, new UTF8Encoding(false));
        Assert.Equal(line, SweepDirectory.LastLine(path));
    }
}
