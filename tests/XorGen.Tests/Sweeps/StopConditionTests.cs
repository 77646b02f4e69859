using System.Text.Json;
using XorGen.Tests.IO;
using Xunit;

namespace XorGen.Tests.Sweeps;

public sealed class StopConditionTests
{
    private static RunConfig Config(int steps = 200) => SweepTestKit.Plan(SweepTestKit.Tiny)[0].Config with { Until = null, Steps = steps };

    [Fact]
    public void UntilStopsAtTheFirstLoggedStepWhereItHolds()
    {
        var free = Trainer.Run(Config());
        var firstHit = free.Metrics.First(m => m["test_error"] < 0.3);
        var stopped = Trainer.Run(Config() with { Until = Expression.Parse("test_error < 0.3") });
        Assert.Equal(firstHit.Step, stopped.Summary.StepsToTarget);
        Assert.Equal(firstHit.Step, stopped.Summary.StepsCompleted);
        Assert.Equal(firstHit.Step * Config().BatchSize, stopped.Summary.SamplesToTarget);
        Assert.Equal(stopped.Summary.SamplesToTarget, stopped.Summary.SamplesSeen);
        Assert.Equal(firstHit.Values, stopped.Summary.Final.Values); // the same run up to there
    }

    [Fact]
    public void NeverReachedLeavesTheTargetNull()
    {
        var r = Trainer.Run(Config(20) with { Until = Expression.Parse("test_error < 0") });
        Assert.Null(r.Summary.StepsToTarget);
        Assert.Null(r.Summary.SamplesToTarget);
        Assert.Equal(20, r.Summary.StepsCompleted);
        Assert.Equal(20L * Config().BatchSize, r.Summary.SamplesSeen);
    }

    [Fact]
    public void MaxSamplesCapsTheSteps()
    {
        int batch = Config().BatchSize;
        var r = Trainer.Run(Config() with { MaxSamples = 10L * batch + 1 }); // the step that reaches the cap is taken
        Assert.Equal(11, r.Summary.StepsCompleted);
        Assert.Equal(11, r.Metrics[^1].Step);
        Assert.Equal(11L * batch, r.Summary.SamplesSeen);
    }

    [Fact]
    public void UnknownMetricIsBadInput()
    {
        var e = Assert.Throws<ExpressionException>(() => Trainer.Run(Config() with { Until = Expression.Parse("tst < 1") }));
        Assert.Contains("no metric 'tst'", e.Message);
    }

    [Fact]
    public void TheRunCommandRecordsTheTarget()
    {
        using var dir = new TempDirectory();
        var (code, output, error) = SweepTestKit.Cli("run", "glasgow-xor", "--d", "4", "--width", "8", "--batch", "16", "--test-n", "200", "--kernel", "reference",
            "--steps", "200", "--log-every", "5", "--until", "test_error < 0.3", "--max-samples", "100000", "--no-probes", "--out", dir.Path);
        Assert.True(code == 0, error);
        Assert.Contains("until          test_error < 0.3: reached at step", output);
        var lines = File.ReadAllLines(dir.File("run.jsonl"));
        var config = JsonDocument.Parse(lines[0]).RootElement;
        Assert.Equal("test_error < 0.3", config.GetProperty("until").GetString());
        Assert.Equal(100000, config.GetProperty("max_samples").GetInt64());
        var summary = JsonDocument.Parse(lines[^1]).RootElement;
        long steps = summary.GetProperty("steps_to_target").GetInt64();
        Assert.Equal(steps, summary.GetProperty("steps_completed").GetInt64());
        Assert.Equal(steps * 16, summary.GetProperty("samples_to_target").GetInt64());
        Assert.Equal(steps * 16, summary.GetProperty("samples_seen").GetInt64());

        Assert.Equal(2, SweepTestKit.Cli("run", "glasgow-xor", "--until", "test_error <", "--out", dir.File("x")).Code);
        Assert.Equal(2, SweepTestKit.Cli("run", "glasgow-xor", "--max-samples", "0", "--out", dir.File("y")).Code);
        Assert.Equal(2, SweepTestKit.Cli("run", "frei-xor-noise", "--theta", "0.2", "--out", dir.File("z")).Code);
    }

    [Fact]
    public void ThetaSetsTheSphereRadius()
    {
        using var dir = new TempDirectory();
        var (code, _, error) = SweepTestKit.Cli("run", "glasgow-xor", "--d", "4", "--width", "8", "--batch", "16", "--test-n", "0", "--kernel", "reference",
            "--steps", "1", "--theta", "0.25", "--no-probes", "--out", dir.Path);
        Assert.True(code == 0, error);
        var config = JsonDocument.Parse(File.ReadAllLines(dir.File("run.jsonl"))[0]).RootElement;
        Assert.Contains("0.25", config.GetProperty("init").GetProperty("weights").GetString());
    }
}
