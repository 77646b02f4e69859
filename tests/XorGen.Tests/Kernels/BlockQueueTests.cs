using Xunit;

namespace XorGen.Tests.Kernels;

/// <summary>
/// <see cref="BlockQueue"/>: in every phase each block is taken exactly once, whatever the threads' speeds; a thread
/// takes its own share front to back before it takes others' blocks from their backs; a reset re-arms the queue.
/// </summary>
public class BlockQueueTests
{
    [Theory]
    [InlineData(1, 5)]
    [InlineData(2, 0)]
    [InlineData(2, 1)]
    [InlineData(2, 32)]
    [InlineData(3, 7)]
    [InlineData(4, 3)] // fewer blocks than threads: some shares are empty
    public void One_thread_alone_takes_its_share_front_to_back_then_the_others_from_their_backs(int threads, int blocks)
    {
        var queue = new BlockQueue(threads);
        Assert.Equal(threads, queue.Threads);
        for (int round = 0; round < 2; round++)
        {
            queue.Reset(blocks);
            var taken = new List<int>();
            while (queue.TryTake(threads - 1, out int block)) taken.Add(block);
            Assert.False(queue.TryTake(0, out int none));
            Assert.Equal(-1, none);
            // the last thread owns [(T−1)·n/T, n); then thread 0's share from its back, then thread 1's, …
            var expected = new List<int>();
            for (int b = (threads - 1) * blocks / threads; b < blocks; b++) expected.Add(b);
            for (int owner = 0; owner < threads - 1; owner++)
                for (int b = (owner + 1) * blocks / threads - 1; b >= owner * blocks / threads; b--) expected.Add(b);
            Assert.Equal(expected, taken);
        }
    }

    [Theory]
    [InlineData(2, 32)]
    [InlineData(3, 7)]
    [InlineData(2, 3)]
    [InlineData(8, 40)] // more threads than this machine's cores
    public void Threads_that_race_for_blocks_take_each_exactly_once_in_every_phase(int threads, int blocks)
    {
        var queue = new BlockQueue(threads);
        var takenBy = new int[blocks];
        var counts = new int[threads];
        int phase = 0;
        using var team = new WorkerTeam(threads, t =>
        {
            while (queue.TryTake(t, out int b))
            {
                // a thread slowed now and then, so that the others finish their shares and steal from it
                if ((b + phase) % 5 == t % 5) Thread.SpinWait(2000);
                Interlocked.Increment(ref takenBy[b]);
                counts[t]++;
            }
        });
        for (phase = 1; phase <= 3000; phase++)
        {
            Array.Clear(takenBy);
            Array.Clear(counts);
            queue.Reset(blocks);
            team.Run();
            for (int b = 0; b < blocks; b++) Assert.True(takenBy[b] == 1, $"phase {phase}: block {b} taken {takenBy[b]} times");
            Assert.Equal(blocks, counts.Sum());
        }
    }

    [Fact]
    public void A_thread_whose_share_is_done_steals_from_a_slow_one()
    {
        var queue = new BlockQueue(2);
        var taken = new List<int>[] { [], [] };
        int workerStarted = 0;
        using var team = new WorkerTeam(2, t =>
        {
            // the caller starts once the worker has its first block (else a late worker could find nothing left)
            if (t == 0) while (Volatile.Read(ref workerStarted) == 0) Thread.Yield();
            while (queue.TryTake(t, out int b))
            {
                taken[t].Add(b);
                if (t == 1)
                {
                    Volatile.Write(ref workerStarted, 1);
                    Thread.Sleep(2); // the worker is slow: the caller finishes its share and takes the rest of the worker's from the back
                }
            }
        });
        queue.Reset(20);
        team.Run();
        Assert.Equal(20, taken[0].Count + taken[1].Count);
        Assert.Equal(Enumerable.Range(0, 10), taken[0].Take(10)); // its own share first, in order
        Assert.True(taken[0].Count > 10, "the caller took none of the slow worker's blocks");
        Assert.Equal(10, taken[1][0]); // the worker started at the front of its own share
        Assert.Equal(taken[0].Skip(10).OrderByDescending(b => b), taken[0].Skip(10)); // stolen from the back
        Assert.Equal(Enumerable.Range(0, 20), taken[0].Concat(taken[1]).Order());
    }

    [Fact]
    public void Bad_arguments_are_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new BlockQueue(0));
        var queue = new BlockQueue(2);
        Assert.Throws<ArgumentOutOfRangeException>(() => queue.Reset(-1));
        Assert.Throws<ArgumentOutOfRangeException>(() => queue.TryTake(2, out _));
        Assert.Throws<ArgumentOutOfRangeException>(() => queue.TryTake(-1, out _));
        Assert.False(queue.TryTake(0, out _)); // never reset: nothing to take
    }
}
