using System.Text.Json;
using XorGen.Cli.Sweeps;
using XorGen.Tests.IO;
using Xunit;

namespace XorGen.Tests.Sweeps;

public sealed class SweepEngineTests
{
    private sealed class Recorder : ISweepListener
    {
        public int Total, ToRun;
        public List<(string Id, RunState State)> Ended { get; } = [];
        public void SweepStarted(int total, int toRun) { Total = total; ToRun = toRun; }
        public void RunEnded(SweepRun run, RunState state, RunSummary? summary, string? error) => Ended.Add((run.Id, state));
    }

    [Fact]
    public void RunsEveryRunOnceThenSkipsThemAll()
    {
        using var tmp = new TempDirectory();
        var dir = new SweepDirectory(tmp.Path);
        var runs = SweepTestKit.Plan(SweepTestKit.Tiny);
        var first = new Recorder();
        var outcome = SweepEngine.Run(dir, runs, new SweepRunOptions(Jobs: 2), first);
        Assert.Equal(runs.Count, outcome.Done + outcome.Failed);
        Assert.Equal(runs.Count, first.ToRun);
        Assert.Equal(runs.Select(r => r.Id).Order(), first.Ended.Select(e => e.Id).Order());
        Assert.All(runs, r => Assert.Equal(RunState.Done, dir.StateOf(r.Id)));
        Assert.All(runs, r => Assert.True(File.Exists(Path.Combine(dir.RunPath(r.Id), SweepDirectory.ParamsFileName))));

        var again = new Recorder();
        var second = SweepEngine.Run(dir, runs, new SweepRunOptions(Jobs: 2), again);
        Assert.Equal(runs.Count, second.SkippedDone);
        Assert.Equal(0, again.ToRun);
        Assert.Empty(again.Ended);
    }

    [Fact]
    public void AnInterruptedRunIsClearedAndRunAgain()
    {
        using var tmp = new TempDirectory();
        var dir = new SweepDirectory(tmp.Path);
        var runs = SweepTestKit.Plan(SweepTestKit.Tiny);
        // What a SIGKILL in the middle of a run leaves: the partial record, a lock file nobody holds, and the CSV
        // already renamed (the record is renamed last).
        string victim = dir.RunPath(runs[3].Id);
        Directory.CreateDirectory(victim);
        File.WriteAllText(Path.Combine(victim, "run.jsonl.partial"), "{\"type\":\"config\"}\n{\"type\":\"metrics\",\"st");
        File.WriteAllText(Path.Combine(victim, "metrics.csv"), "step\n0\n");
        File.WriteAllText(Path.Combine(victim, ".lock"), "");
        Assert.Equal(RunState.Pending, dir.StateOf(runs[3].Id));

        var outcome = SweepEngine.Run(dir, runs, new SweepRunOptions(Jobs: 1));
        Assert.Equal(runs.Count, outcome.Done);
        Assert.False(File.Exists(Path.Combine(victim, "run.jsonl.partial")));
        Assert.NotNull(dir.ReadSummary(runs[3].Id));
    }

    [Fact]
    public void ARunHeldByAnotherProcessIsRunningAndLeftAlone()
    {
        using var tmp = new TempDirectory();
        var dir = new SweepDirectory(tmp.Path);
        var runs = SweepTestKit.Plan(SweepTestKit.Tiny);
        using (var held = dir.TryClaim(runs[0]))
        {
            Assert.NotNull(held);
            Assert.Null(dir.TryClaim(runs[0]));
            Assert.Equal(RunState.Running, dir.StateOf(runs[0].Id));
            var outcome = SweepEngine.Run(dir, runs, new SweepRunOptions(Jobs: 2));
            Assert.Equal(1, outcome.HeldElsewhere);
            Assert.Equal(runs.Count - 1, outcome.Done);
        }
        Assert.Equal(RunState.Pending, dir.StateOf(runs[0].Id));
    }

    [Fact]
    public void FailedRunsAreRecordedAndRetriedOnlyWhenAsked()
    {
        using var tmp = new TempDirectory();
        var dir = new SweepDirectory(tmp.Path);
        // lr 1e6 diverges: the record is complete and marked diverged.
        var runs = SweepTestKit.Plan(SweepTestKit.Tiny.Replace("lr: {values: [0.05, 0.2]}", "lr: {values: [1e30]}").Replace("seeds: [1, 2, 3]", "seeds: [1]"));
        var first = SweepEngine.Run(dir, runs, new SweepRunOptions(Jobs: 1));
        Assert.Equal(runs.Count, first.Failed);
        Assert.All(runs, r => Assert.Equal(RunState.Failed, dir.StateOf(r.Id)));

        var second = SweepEngine.Run(dir, runs, new SweepRunOptions(Jobs: 1));
        Assert.Equal(runs.Count, second.SkippedFailed);
        Assert.Equal(0, second.Failed);

        var retried = SweepEngine.Run(dir, runs, new SweepRunOptions(Jobs: 1, RetryFailed: true));
        Assert.Equal(runs.Count, retried.Failed);
    }

    [Fact]
    public void ARunThatCannotRunLeavesFailedJson()
    {
        using var tmp = new TempDirectory();
        var dir = new SweepDirectory(tmp.Path);
        var good = SweepTestKit.Plan(SweepTestKit.Tiny)[0];
        var bad = SweepRun.Create([new SweepParameter("case", "bad-until")], good.Config with { Until = Expression.Parse("no_such_metric < 1") });
        var outcome = SweepEngine.Run(dir, [bad, good]);
        Assert.Equal(1, outcome.Failed);
        Assert.Equal(1, outcome.Done);
        Assert.Equal(RunState.Failed, dir.StateOf(bad.Id));
        Assert.Contains("no_such_metric", dir.ReadFailure(bad.Id));
        var table = ResultsTable.Collect(dir, [bad, good]);
        Assert.Equal(2, table.RowCount);
        int row = table["run_id"].Values.ToList().IndexOf(bad.Id);
        Assert.Equal("failed", table.Value(row, "status"));
        Assert.Contains("no_such_metric", (string)table.Value(row, "error")!);
    }

    [Fact]
    public void ShardsAreDisjointAndTheirUnionIsTheSweep()
    {
        var runs = SweepTestKit.Plan(SweepTestKit.Tiny);
        var slices = Enumerable.Range(0, 5).Select(i => new ShardSpec(i, 5).Select(runs)).ToList();
        Assert.Equal(runs.Select(r => r.Id).Order(), slices.SelectMany(s => s.Select(r => r.Id)).Order());
        Assert.True(slices.Max(s => s.Count) - slices.Min(s => s.Count) <= 1);
        // The split depends on the ids only, not on the order the runs were listed in.
        var reversed = new ShardSpec(2, 5).Select([.. runs.Reverse()]);
        Assert.Equal(slices[2].Select(r => r.Id), reversed.Select(r => r.Id));
    }

    [Fact]
    public void ShardedEqualsUnshardedMetricForMetric()
    {
        using var tmp = new TempDirectory();
        var runs = SweepTestKit.Plan(SweepTestKit.Tiny);
        var whole = new SweepDirectory(Path.Combine(tmp.Path, "whole"));
        SweepEngine.Run(whole, runs, new SweepRunOptions(Jobs: 2));
        var shared = new SweepDirectory(Path.Combine(tmp.Path, "sharded"));
        for (int i = 0; i < 3; i++) SweepEngine.Run(shared, new ShardSpec(i, 3).Select(runs), new SweepRunOptions(Jobs: 1));
        var a = ResultsTable.Collect(whole, runs);
        var b = ResultsTable.Collect(shared, runs);
        Assert.Equal(runs.Count, a.RowCount);
        Assert.Equal(SweepTestKit.Cells(a), SweepTestKit.Cells(b));
        Assert.Contains(a.Columns, c => c.Name == "test_error");
        Assert.Contains(a.Columns, c => c.Name == "samples_to_target");
    }

    [Fact]
    public void TheShardCommandLineAndEnvironmentAgree()
    {
        using var tmp = new TempDirectory();
        string file = tmp.WriteText("tiny.yaml", SweepTestKit.Tiny);
        string outDir = tmp.File("out");
        for (int i = 0; i < 2; i++)
        {
            var (code, output, error) = SweepTestKit.Cli("sweep", file, "--out", outDir, "--shard", $"{i}/2", "--jobs", "2");
            Assert.True(code == 0, error);
            Assert.Contains($"shard {i}/2", output);
        }
        // the last shard to finish wrote the table for the whole sweep
        var lines = File.ReadAllLines(Path.Combine(outDir, "results.csv"));
        Assert.Equal(1 + 12, lines.Length);
        var status = SweepTestKit.Cli("sweep", file, "--out", outDir, "--status");
        Assert.Contains("12 runs: 12 done, 0 running, 0 failed, 0 pending", status.Out);
        Assert.Equal(2, SweepTestKit.Cli("sweep", file, "--out", outDir, "--shard", "2/2").Code);
        Assert.Equal(2, SweepTestKit.Cli("sweep", file, "--out", outDir, "--shard", "x").Code);
    }

    [Theory]
    [InlineData("SLURM_ARRAY_TASK_ID=5,SLURM_ARRAY_TASK_MIN=3,SLURM_ARRAY_TASK_STEP=2,SLURM_ARRAY_TASK_COUNT=4", null, 1, 4)]
    [InlineData("SLURM_ARRAY_TASK_ID=2,SLURM_ARRAY_TASK_COUNT=4", null, 2, 4)]
    [InlineData("JOB_COMPLETION_INDEX=3", 8, 3, 8)]
    [InlineData("AWS_BATCH_JOB_ARRAY_INDEX=0,AWS_BATCH_JOB_ARRAY_SIZE=10", null, 0, 10)]
    public void ShardsComeFromJobArrayEnvironments(string env, int? shards, int index, int count)
    {
        var vars = env.Split(',').Select(kv => kv.Split('=')).ToDictionary(kv => kv[0], kv => kv[1]);
        Assert.Equal(new ShardSpec(index, count), ShardSpec.FromEnvironment(n => vars.GetValueOrDefault(n), shards));
    }

    [Theory]
    [InlineData("JOB_COMPLETION_INDEX=3", null, "--shards N")]
    [InlineData("SLURM_ARRAY_TASK_ID=4,SLURM_ARRAY_TASK_STEP=3,SLURM_ARRAY_TASK_COUNT=4", null, "not on the array's grid")]
    [InlineData("SLURM_ARRAY_TASK_ID=4", null, "SLURM_ARRAY_TASK_COUNT is not set")]
    [InlineData("AWS_BATCH_JOB_ARRAY_INDEX=10,AWS_BATCH_JOB_ARRAY_SIZE=10", null, "not a valid slice")]
    [InlineData("SLURM_ARRAY_TASK_ID=1,SLURM_ARRAY_TASK_COUNT=4", 3, "disagrees")]
    public void InconsistentEnvironmentsAreRefused(string env, int? shards, string mentions)
    {
        var vars = env.Split(',').Select(kv => kv.Split('=')).ToDictionary(kv => kv[0], kv => kv[1]);
        var e = Assert.Throws<ArgumentException>(() => ShardSpec.FromEnvironment(n => vars.GetValueOrDefault(n), shards));
        Assert.Contains(mentions, e.Message);
        Assert.Null(ShardSpec.FromEnvironment(_ => null, null));
    }

    [Fact]
    public void SlurmScriptIsAThrottledArrayOfShards()
    {
        using var tmp = new TempDirectory();
        string file = tmp.WriteText("tiny.yaml", SweepTestKit.Tiny);
        string outDir = tmp.File("out");
        var (code, output, error) = SweepTestKit.Cli("sweep", file, "--out", outDir, "--slurm", "--array-limit", "2", "--runs-per-task", "5",
            "--sbatch-arg=--time=00:10:00", "--sbatch-arg=--partition=debug");
        Assert.True(code == 0, error);
        Assert.Contains("12 runs in 3 array tasks, at most 2 at once", output);
        string script = File.ReadAllText(Path.Combine(outDir, "slurm", "sweep.sbatch"));
        Assert.StartsWith("#!/bin/bash\n", script);
        Assert.Contains("#SBATCH --array=0-2%2\n", script);
        Assert.Contains("#SBATCH --time=00:10:00\n", script);
        Assert.Contains("#SBATCH --partition=debug\n", script);
        Assert.Contains($" sweep '{Path.Combine(Path.GetFullPath(outDir), "sweep.yaml")}' --out '{Path.GetFullPath(outDir)}'", script);
        Assert.Empty(Directory.EnumerateDirectories(Path.Combine(outDir, "runs")));
        Assert.Equal(2, SweepTestKit.Cli("sweep", file, "--out", outDir, "--submit").Code);
        Assert.Equal(2, SweepTestKit.Cli("sweep", file, "--out", outDir, "--array-limit", "3").Code);
    }
}

public sealed class SweepRunnerTests
{
    [Fact]
    public void ASweepBuiltInCodeRunsAndReturnsItsTable()
    {
        using var tmp = new TempDirectory();
        var sweep = new SweepFile
        {
            Experiment = "glasgow-xor",
            Options = [new("steps", "20"), new("test-n", "100"), new("kernel", "reference"), new("no-probes", "true"), new("width", "8")],
            Parameters = [new SweepAxis.Values("d", [4L, 6L]), new SweepAxis.Derived("batch", Expression.Parse("4*d"))],
            Seeds = [1, 2],
            Until = "test_error < 0.01",
        };
        var table = SweepRunner.Run(sweep, tmp.Path, new SweepRunOptions(Jobs: 2));
        Assert.Equal(4, table.RowCount);
        Assert.Equal([16L, 16L, 24L, 24L], table["batch"].Values.Cast<long>().Order());
        Assert.True(File.Exists(tmp.File("results.parquet")));
        // the directory it left is an ordinary sweep directory: the CLI reads it
        Assert.Contains("4 of 4 runs finished", SweepTestKit.Cli("results", tmp.Path).Out);
    }
}
