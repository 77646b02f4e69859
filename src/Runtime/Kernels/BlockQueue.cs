namespace XorGen;

/// <summary>
/// Hands out the column blocks of one phase to the participants of a <see cref="WorkerTeam"/>. Thread t owns the
/// contiguous share [t·n/T, (t+1)·n/T) of the n blocks and takes it front to back; a thread whose share is done takes
/// what is left of the others' shares, from their backs. The generated kernels split their neurons this way.
/// <para>
/// <b>Why not a fixed split.</b> On the shared machines we measure on, one core of two is at times 10–15% slower than
/// the other for a whole process (another tenant on its physical core). With a fixed split the step waits for the slower
/// core: at d = 512, m = 2048, B = 128 on Zen 5 the caller waited 75–125 µs per phase for the worker in such spells,
/// against at most about 20 µs in quiet ones. Taking blocks instead bounds the wait by one block's work, whoever is slow.
/// </para>
/// <para>
/// <b>Why own shares first.</b> A thread that takes the same blocks in every phase of a step works in the backward phase on
/// the columns of the workspace it wrote in the forward phase, which are in its own caches as far as they fit; only
/// stolen blocks move between cores.
/// </para>
/// <para>
/// Which thread computes which block must not change the result, so a kernel that uses the queue sums per block, never per
/// thread (its partial outputs are reduced in block order). <see cref="Reset"/> is called by the team's caller before
/// <see cref="WorkerTeam.Run"/>, which publishes it to the workers; <see cref="TryTake"/> by any participant during the phase.
/// </para>
/// </summary>
public sealed class BlockQueue
{
    // each thread's range [front, back) packed in one long (front in the low half) so that the owner, taking the front,
    // and a thief, taking the back, agree with one compare-exchange; 16 longs (128 bytes) apart so that no two ranges, nor
    // the array's header, share a cache line or its prefetched neighbour
    private const int Stride = 16;
    private readonly long[] _ranges;

    /// <summary>A queue for <paramref name="threads"/> participants, empty until <see cref="Reset"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="threads"/> is less than 1.</exception>
    public BlockQueue(int threads)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(threads, 1);
        Threads = threads;
        _ranges = new long[(threads + 1) * Stride];
    }

    /// <summary>Participants the blocks are shared among.</summary>
    public int Threads { get; }

    /// <summary>Makes blocks 0 … <paramref name="blocks"/> − 1 available again, thread t owning [t·n/T, (t+1)·n/T).</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="blocks"/> is negative.</exception>
    public void Reset(int blocks)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(blocks);
        for (int t = 0; t < Threads; t++)
        {
            long front = (long)t * blocks / Threads, back = (long)(t + 1) * blocks / Threads;
            Volatile.Write(ref _ranges[(t + 1) * Stride], back << 32 | front);
        }
    }

    /// <summary>
    /// Takes the next block for <paramref name="thread"/>: the front of its own share, else the back of another thread's
    /// (the next thread's first); false when every block of the phase has been taken.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="thread"/> is not a participant's index.</exception>
    public bool TryTake(int thread, out int block)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(thread);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(thread, Threads);
        ref long own = ref _ranges[(thread + 1) * Stride];
        while (true)
        {
            long range = Volatile.Read(ref own);
            int front = (int)range, back = (int)(range >> 32);
            if (front >= back) break;
            // front + 1 < 2³¹: the increment stays in the low half
            if (Interlocked.CompareExchange(ref own, range + 1, range) == range)
            {
                block = front;
                return true;
            }
        }
        for (int k = 1; k < Threads; k++)
        {
            int victim = thread + k < Threads ? thread + k : thread + k - Threads;
            ref long other = ref _ranges[(victim + 1) * Stride];
            while (true)
            {
                long range = Volatile.Read(ref other);
                int front = (int)range, back = (int)(range >> 32);
                if (front >= back) break;
                if (Interlocked.CompareExchange(ref other, (long)(back - 1) << 32 | (uint)front, range) == range)
                {
                    block = back - 1;
                    return true;
                }
            }
        }
        block = -1;
        return false;
    }
}
