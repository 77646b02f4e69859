using System.Text.Json;
using XorGen.Tests.IO;
using Xunit;

namespace XorGen.Tests.Sweeps;

public sealed class MemoryGateTests
{
    private static readonly TimeSpan Long = TimeSpan.FromSeconds(10);
    private static readonly TimeSpan Short = TimeSpan.FromMilliseconds(300);

    /// <summary>An <see cref="MemoryGate.Enter"/> on a thread of its own.</summary>
    private sealed class Entering
    {
        private readonly ManualResetEventSlim _returned = new();
        private bool _result;

        public Entering(MemoryGate gate, long bytes, CancellationToken cancel = default)
        {
            new Thread(() =>
            {
                _result = gate.Enter(bytes, cancel);
                _returned.Set();
            }) { IsBackground = true }.Start();
        }

        /// <summary>True once Enter has returned (within <paramref name="timeout"/>).</summary>
        public bool Wait(TimeSpan timeout) => _returned.Wait(timeout);

        public bool Result => _returned.IsSet ? _result : throw new InvalidOperationException("Enter has not returned");
    }

    [Fact]
    public void Runs_that_fit_together_are_in_flight_together()
    {
        var gate = new MemoryGate(100);
        Assert.True(gate.Enter(40));
        var second = new Entering(gate, 60);
        Assert.True(second.Wait(Long));
        Assert.Equal(2, gate.InFlight);
        Assert.Equal(100, gate.UsedBytes);
        Assert.Equal(0, gate.Waits);
    }

    [Fact]
    public void A_run_that_does_not_fit_waits_for_memory_to_be_released()
    {
        var gate = new MemoryGate(100);
        Assert.True(gate.Enter(60));
        var second = new Entering(gate, 60);
        Assert.False(second.Wait(Short));
        Assert.Equal(1, gate.InFlight);
        gate.Exit(60);
        Assert.True(second.Wait(Long));
        Assert.True(second.Result);
        Assert.Equal(1, gate.InFlight);
        Assert.Equal(60, gate.UsedBytes);
        Assert.Equal(1, gate.Waits);
        Assert.Equal(1, gate.PeakInFlight);
    }

    [Fact]
    public void A_run_larger_than_the_budget_runs_alone_rather_than_never()
    {
        var gate = new MemoryGate(100);
        Assert.True(gate.Enter(500));
        var small = new Entering(gate, 1);
        Assert.False(small.Wait(Short));
        gate.Exit(500);
        Assert.True(small.Wait(Long));
        gate.Exit(1);
        Assert.True(gate.Enter(500));
    }

    [Fact]
    public void Waiters_are_served_in_order_so_a_small_run_does_not_overtake_a_large_one()
    {
        var gate = new MemoryGate(100);
        Assert.True(gate.Enter(60));
        var large = new Entering(gate, 60);
        Assert.False(large.Wait(Short));
        // 10 bytes would fit beside the 60 in flight, but the large run asked first.
        var small = new Entering(gate, 10);
        Assert.False(small.Wait(Short));
        gate.Exit(60);
        Assert.True(large.Wait(Long));
        Assert.True(small.Wait(Long));
        Assert.Equal(70, gate.UsedBytes);
    }

    [Fact]
    public void A_cancelled_waiter_reserves_nothing_and_does_not_block_the_others()
    {
        var gate = new MemoryGate(100);
        Assert.True(gate.Enter(60));
        using var cts = new CancellationTokenSource();
        var cancelled = new Entering(gate, 60, cts.Token);
        Assert.False(cancelled.Wait(Short));
        var next = new Entering(gate, 30);
        Assert.False(next.Wait(Short));
        cts.Cancel();
        Assert.True(cancelled.Wait(Long));
        Assert.False(cancelled.Result);
        Assert.True(next.Wait(Long));
        Assert.Equal(90, gate.UsedBytes);
        Assert.Equal(2, gate.InFlight);
    }

    [Fact]
    public void Exit_without_enter_is_an_error()
    {
        Assert.Throws<InvalidOperationException>(() => new MemoryGate(1).Exit(1));
        Assert.Throws<ArgumentOutOfRangeException>(() => new MemoryGate(0));
    }

    [Fact]
    public void Many_threads_never_exceed_the_budget_together()
    {
        var gate = new MemoryGate(100);
        int violations = 0;
        var threads = Enumerable.Range(0, 4).Select(t => new Thread(() =>
        {
            for (int i = 0; i < 200; i++)
            {
                long bytes = 30 + (t * 7 + i) % 40;
                Assert.True(gate.Enter(bytes));
                if (gate.UsedBytes > 100) Interlocked.Increment(ref violations);
                Thread.SpinWait(200);
                gate.Exit(bytes);
            }
        })).ToList();
        threads.ForEach(t => t.Start());
        threads.ForEach(t => t.Join());
        Assert.Equal(0, violations);
        Assert.Equal(0, gate.InFlight);
        Assert.Equal(0, gate.UsedBytes);
        Assert.InRange(gate.PeakInFlight, 1, 3);
    }

    [Fact]
    public void A_sweep_whose_runs_do_not_fit_together_runs_them_one_at_a_time_to_the_same_results()
    {
        var runs = SweepTestKit.Plan(SweepTestKit.Tiny);
        using var a = new TempDirectory();
        using var b = new TempDirectory();
        var free = SweepEngine.Run(new SweepDirectory(a.Path), runs, new SweepRunOptions(Jobs: 2));
        // A budget of one byte: every run needs more, so each waits until nothing else is in flight.
        var serial = SweepEngine.Run(new SweepDirectory(b.Path), runs, new SweepRunOptions(Jobs: 2, MemoryBytes: 1));
        Assert.Equal(runs.Count, free.Done);
        Assert.Equal(runs.Count, serial.Done);
        foreach (var run in runs)
        {
            Assert.Equal(Computed(new SweepDirectory(a.Path).ReadSummary(run.Id)), Computed(new SweepDirectory(b.Path).ReadSummary(run.Id)));
        }
    }

    /// <summary>The summary's fields that the computation decides (not the speed or the wall time).</summary>
    private static string Computed(JsonElement? summary)
    {
        Assert.NotNull(summary);
        return string.Join(";", summary.Value.EnumerateObject()
            .Where(p => p.Name is not ("steps_per_second" or "wall_time_seconds"))
            .Select(p => p.Name + "=" + p.Value.GetRawText()));
    }
}
