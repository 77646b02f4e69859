using System.Runtime.CompilerServices;
using Xunit;

namespace XorGen.Tests.Kernels;

/// <summary>
/// <see cref="WorkerTeam"/>: every participant runs every phase exactly once, what the caller wrote before a phase is
/// seen by the workers and what they wrote is seen after it; this holds on the spinning path (phases back to back)
/// and on the blocking one (gaps longer than the spin, and more participants than cores, where nobody spins); errors
/// reach the caller; dispatching allocates nothing on the caller's thread.
/// </summary>
public class WorkerTeamTests
{
    /// <summary>A phase body that records, per participant, the phase number it saw and how often it ran.</summary>
    private sealed class Recorder(int size)
    {
        public int Phase; // written by the caller before each Run, read by every participant
        public readonly int[] Seen = new int[size];
        public readonly int[] Count = new int[size];

        public void Body(int index)
        {
            Seen[index] = Phase;
            Count[index]++;
        }
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(8)] // more participants than this machine's cores: the blocking path only
    public void Every_participant_runs_every_phase_once_and_sees_the_callers_writes(int size)
    {
        var recorder = new Recorder(size);
        using var team = new WorkerTeam(size, recorder.Body);
        Assert.Equal(size, team.Size);
        for (int phase = 1; phase <= 20_000; phase++)
        {
            recorder.Phase = phase;
            team.Run();
            for (int i = 0; i < size; i++)
            {
                Assert.Equal(phase, recorder.Seen[i]);
                Assert.Equal(phase, recorder.Count[i]);
            }
        }
    }

    [Fact]
    public void A_shared_span_is_readable_by_every_participant_during_the_phase_and_only_then()
    {
        var data = new float[4096];
        for (int i = 0; i < data.Length; i++) data[i] = i * 0.5f;
        WorkerTeam? self = null;
        var sums = new double[3];
        bool collect = false;
        using var team = new WorkerTeam(3, index =>
        {
            if (index == 0 && collect) GC.Collect(); // while the workers read: the pin must keep the array where it is
            ref float first = ref self!.Shared<float>();
            double sum = 0;
            for (int i = index; i < 4096; i += 3) sum += Unsafe.Add(ref first, i);
            sums[index] = sum;
        });
        self = team;
        for (int round = 0; round < 200; round++)
        {
            // a fresh array each round (and garbage around it), so that a phase could only read the right values through the pin
            data = [.. data];
            collect = round % 20 == 0;
            team.Run<float>(data);
            double expected = 0;
            for (int i = 0; i < 4096; i++) expected += i * 0.5;
            Assert.Equal(expected, sums.Sum(), 6);
        }
        Assert.True(Unsafe.IsNullRef(ref team.Shared<float>()));
        Span<double> stack = stackalloc double[] { 1, 2, 3 };
        using var one = new WorkerTeam(1, _ => sums[0] = Unsafe.Add(ref self!.Shared<double>(), 2));
        self = one;
        one.Run<double>(stack);
        Assert.Equal(3, sums[0]);
    }

    [Fact]
    public void Phases_after_gaps_longer_than_the_spin_still_run_on_every_participant()
    {
        var recorder = new Recorder(2);
        using var team = new WorkerTeam(2, recorder.Body);
        for (int phase = 1; phase <= 30; phase++)
        {
            recorder.Phase = phase;
            team.Run();
            Assert.Equal(phase, recorder.Seen[1]);
            Assert.Equal(phase, recorder.Count[1]);
            Thread.Sleep(phase % 3 == 0 ? 5 : 1); // the worker has given up spinning and blocks
        }
    }

    [Fact]
    public void The_caller_waits_for_a_slow_worker_past_the_spin()
    {
        var recorder = new Recorder(2);
        using var team = new WorkerTeam(2, index =>
        {
            if (index == 1) Thread.Sleep(3); // longer than the caller's spin: the caller blocks until the worker is done
            recorder.Body(index);
        });
        for (int phase = 1; phase <= 20; phase++)
        {
            recorder.Phase = phase;
            team.Run();
            Assert.Equal(phase, recorder.Count[1]);
            Assert.Equal(phase, recorder.Seen[1]);
        }
    }

    [Fact]
    public void A_worker_exception_reaches_the_caller_and_the_team_keeps_working()
    {
        bool fail = true;
        var recorder = new Recorder(3);
        using var team = new WorkerTeam(3, index =>
        {
            recorder.Body(index);
            if (fail && index == 2) throw new InvalidOperationException("phase failed on worker 2");
        });
        var e = Assert.Throws<InvalidOperationException>(team.Run);
        Assert.Equal("phase failed on worker 2", e.Message);
        fail = false;
        recorder.Phase = 7;
        team.Run();
        Assert.All(recorder.Seen, seen => Assert.Equal(7, seen));
        Assert.All(recorder.Count, count => Assert.Equal(2, count));
    }

    [Fact]
    public void A_caller_exception_propagates_after_the_workers_finish()
    {
        var recorder = new Recorder(2);
        using var team = new WorkerTeam(2, index =>
        {
            if (index == 0) throw new ArithmeticException("caller's share failed");
            Thread.Sleep(2);
            recorder.Body(index);
        });
        Assert.Throws<ArithmeticException>(team.Run);
        Assert.Equal(1, recorder.Count[1]); // Run returned only after the worker's share was done
    }

    [Fact]
    public void Dispose_stops_the_workers_and_a_disposed_team_refuses_to_run()
    {
        var recorder = new Recorder(2);
        var team = new WorkerTeam(2, recorder.Body);
        team.Run();
        team.Dispose();
        team.Dispose(); // twice is fine
        Assert.Throws<ObjectDisposedException>(team.Run);
        Assert.Equal(1, recorder.Count[1]);
    }

    [Fact]
    public void Dispose_of_a_team_that_never_ran_returns()
    {
        var team = new WorkerTeam(4, _ => { });
        team.Dispose();
        Assert.Throws<ObjectDisposedException>(team.Run);
    }

    [Fact]
    public void Dispatching_allocates_nothing_on_the_callers_thread()
    {
        var recorder = new Recorder(2);
        using var team = new WorkerTeam(2, recorder.Body);
        for (int i = 0; i < 100; i++) team.Run(); // warm up (the first phases may JIT)
        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 0; i < 10_000; i++) team.Run();
        Thread.Sleep(2); // once more after a gap, through the blocking path
        team.Run();
        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }

    [Fact]
    public void Invalid_arguments_are_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new WorkerTeam(0, _ => { }));
        Assert.Throws<ArgumentNullException>(() => new WorkerTeam(2, null!));
    }
}
