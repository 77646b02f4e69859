using System.Runtime.CompilerServices;

namespace XorGen;

/// <summary>Independent random streams of a run: each is its own Philox key space, so adding draws to one never moves another.</summary>
public enum RandomStream : uint
{
    /// <summary>Weight initialisation.</summary>
    Init = 1,
    /// <summary>Training data (online batches or the fixed training set).</summary>
    Data = 2,
    /// <summary>The independent test set.</summary>
    TestData = 3,
    /// <summary>Minibatch reshuffling.</summary>
    Shuffle = 4,
    /// <summary>Label noise.</summary>
    LabelNoise = 5,
    /// <summary>Problem constants drawn at random (a random orthogonal teacher W*).</summary>
    Problem = 6,
}

/// <summary>
/// Counter-based generator (Philox4x32-10, Salmon et al. 2011): the value at position i of
/// (seed, stream, substream) is a pure function of those four numbers. Sequential draws advance a counter.
/// </summary>
public struct CounterRandom
{
    private readonly uint _k0, _k1, _c2, _c3;
    private ulong _block;      // next block index
    private ulong _buf0, _buf1; // two buffered 64-bit outputs
    private int _left;          // buffered outputs left
    private double _spareGaussian;
    private bool _hasSpare;

    /// <summary>A stream of the run with the given seed; <paramref name="substream"/> splits it further (a step index, a sample index).</summary>
    public CounterRandom(ulong seed, RandomStream stream, ulong substream = 0)
    {
        _k0 = (uint)seed;
        _k1 = (uint)(seed >> 32);
        _c2 = (uint)substream;
        _c3 = ((uint)stream << 24) ^ (uint)(substream >> 32);
        _block = 0; _buf0 = _buf1 = 0; _left = 0; _spareGaussian = 0; _hasSpare = false;
    }

    /// <summary>Jumps to 64-bit draw number <paramref name="position"/> of this stream.</summary>
    public void Seek(ulong position)
    {
        _block = position >> 1;
        _left = 0;
        _hasSpare = false;
        if ((position & 1) != 0) { NextUInt64(); }
    }

    /// <summary>The next 64 random bits.</summary>
    public ulong NextUInt64()
    {
        if (_left == 0)
        {
            Philox(_block++, out _buf0, out _buf1);
            _left = 2;
        }
        return _left-- == 2 ? _buf0 : _buf1;
    }

    /// <summary>Uniform in [0, 1) with 53 random bits.</summary>
    public double NextDouble() => (NextUInt64() >> 11) * (1.0 / (1UL << 53));

    /// <summary>Uniform in (0, 1]: safe for a logarithm.</summary>
    public double NextDoubleNonZero() => ((NextUInt64() >> 11) + 1) * (1.0 / (1UL << 53));

    /// <summary>Uniform integer in [0, n), unbiased (Lemire).</summary>
    public int NextInt(int n)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(n, 1);
        ulong range = (ulong)n;
        while (true)
        {
            ulong x = NextUInt64();
            UInt128 product = (UInt128)x * range;
            ulong low = (ulong)product;
            if (low >= range || low >= (0UL - range) % range) return (int)(ulong)(product >> 64);
        }
    }

    /// <summary>+1 or −1 with equal probability.</summary>
    public double NextSign() => (NextUInt64() >> 63) == 0 ? 1.0 : -1.0;

    /// <summary>Standard normal (Box–Muller, both values used).</summary>
    public double NextGaussian()
    {
        if (_hasSpare) { _hasSpare = false; return _spareGaussian; }
        double u = NextDoubleNonZero(), v = NextDouble();
        double r = Math.Sqrt(-2.0 * Math.Log(u));
        double t = 2.0 * Math.PI * v;
        _spareGaussian = r * Math.Sin(t);
        _hasSpare = true;
        return r * Math.Cos(t);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private readonly void Philox(ulong block, out ulong r0, out ulong r1)
    {
        uint c0 = (uint)block, c1 = (uint)(block >> 32), c2 = _c2, c3 = _c3;
        uint k0 = _k0, k1 = _k1;
        for (int round = 0; round < 10; round++)
        {
            ulong p0 = 0xD2511F53UL * c0;
            ulong p1 = 0xCD9E8D57UL * c2;
            uint n0 = (uint)(p1 >> 32) ^ c1 ^ k0;
            uint n1 = (uint)p1;
            uint n2 = (uint)(p0 >> 32) ^ c3 ^ k1;
            uint n3 = (uint)p0;
            c0 = n0; c1 = n1; c2 = n2; c3 = n3;
            k0 += 0x9E3779B9u;
            k1 += 0xBB67AE85u;
        }
        r0 = c0 | ((ulong)c1 << 32);
        r1 = c2 | ((ulong)c3 << 32);
    }
}
