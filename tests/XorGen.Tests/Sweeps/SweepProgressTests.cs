using XorGen.Cli.Sweeps;
using Xunit;

namespace XorGen.Tests.Sweeps;

/// <summary>The plain (redirected) progress lines of a sweep: on run ends, and a heartbeat while no run ends.</summary>
public sealed class SweepProgressTests
{
    [Fact]
    public void A_sweep_whose_runs_take_long_still_writes_a_line_every_heartbeat()
    {
        var inner = new StringWriter();
        var error = TextWriter.Synchronized(inner); // the timer writes from the thread pool while this test reads
        string[] Read() { lock (error) return Lines(inner); }
        var progress = new SweepProgress("long", error, plainEverySeconds: 5, heartbeatSeconds: 0.2);
        var clock = System.Diagnostics.Stopwatch.StartNew();
        progress.Run(interactive: false, listener =>
        {
            listener.SweepStarted(total: 3, toRun: 2);
            // no run ends: heartbeats only; wait for two (timer ticks come from the thread pool, which other tests load)
            while (Read().Length < 3 && clock.Elapsed < TimeSpan.FromSeconds(20)) Thread.Sleep(20);
            return 0;
        });
        var lines = Read();
        Assert.StartsWith("xorgen: sweep long: 3 runs, 1 already finished, 2 to run", lines[0], StringComparison.Ordinal);
        var beats = lines.Skip(1).ToArray();
        Assert.True(beats.Length >= 2, $"{beats.Length} heartbeat line(s) in {clock.Elapsed.TotalSeconds:F1} s");
        Assert.True(clock.Elapsed >= TimeSpan.FromSeconds(0.4), "two heartbeats of 0.2 s cannot come sooner than 0.4 s");
        Assert.All(beats, l => Assert.Matches(@"^xorgen: 0/2 runs  0 failed  0 runs/s  eta unknown  elapsed \d\d:\d\d:\d\d$", l));
    }

    [Fact]
    public void Ending_runs_write_at_most_one_line_per_interval_and_always_the_last()
    {
        var error = new StringWriter();
        var progress = new SweepProgress("quick", error, plainEverySeconds: 3600, heartbeatSeconds: 3600);
        var run = SweepTestKit.Plan(SweepTestKit.Tiny)[0];
        progress.Run(interactive: false, listener =>
        {
            listener.SweepStarted(total: 2, toRun: 2);
            listener.RunEnded(run, RunState.Done, null, null);
            listener.RunEnded(run, RunState.Failed, null, "bad input");
            return 0;
        });
        var lines = Lines(error);
        Assert.Equal(3, lines.Length);
        Assert.Contains("failed: bad input", lines[1], StringComparison.Ordinal);
        Assert.StartsWith("xorgen: 2/2 runs  1 failed", lines[2], StringComparison.Ordinal);
        Assert.Contains("eta 00:00:00", lines[2], StringComparison.Ordinal);
    }

    private static string[] Lines(StringWriter w) => w.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
