using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

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

    /// <summary>
    /// Fills <paramref name="destination"/> with the next draws: exactly the values that as many <see cref="NextUInt64"/>
    /// calls would return, in order, leaving the stream where those calls would. Whole blocks are computed four (AVX2) or
    /// eight (AVX-512) at a time in vector registers (integer arithmetic: the same bits on every path),
    /// so a batch of draws costs a fraction of the one-block-at-a-time latency chain of <see cref="NextUInt64"/>.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void NextUInt64s(Span<ulong> destination)
    {
        int i = 0;
        if (_left == 1 && destination.Length > 0) { destination[0] = _buf1; _left = 0; i = 1; }
        if (Avx512F.IsSupported)
        {
            for (; i + 16 <= destination.Length; i += 16)
            {
                PhiloxTimes8(_block, destination.Slice(i, 16));
                _block += 8;
            }
        }
        if (Avx2.IsSupported)
        {
            for (; i + 8 <= destination.Length; i += 8)
            {
                PhiloxTimes4(_block, destination.Slice(i, 8));
                _block += 4;
            }
        }
        for (; i + 2 <= destination.Length; i += 2)
        {
            Philox(_block++, out destination[i], out destination[i + 1]);
        }
        if (i < destination.Length)
        {
            Philox(_block++, out _buf0, out _buf1);
            destination[i] = _buf0;
            _left = 1;
        }
    }

    /// <summary>Four consecutive blocks from <paramref name="block"/>, each lane of a 256-bit register one block: r0, r1 of each, in order.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private readonly void PhiloxTimes4(ulong block, Span<ulong> output)
    {
        // every lane holds a 32-bit value in its low half; vpmuludq multiplies those halves into the full 64-bit product
        var low = Vector256.Create(0xFFFF_FFFFUL);
        var c0 = Vector256.Create((ulong)(uint)block, (uint)(block + 1), (uint)(block + 2), (uint)(block + 3));
        var c1 = Vector256.Create((ulong)(uint)(block >> 32), (uint)((block + 1) >> 32), (uint)((block + 2) >> 32), (uint)((block + 3) >> 32));
        var c2 = Vector256.Create((ulong)_c2);
        var c3 = Vector256.Create((ulong)_c3);
        var m0 = Vector256.Create(0xD2511F53UL).AsUInt32();
        var m1 = Vector256.Create(0xCD9E8D57UL).AsUInt32();
        uint k0 = _k0, k1 = _k1;
        for (int round = 0; round < 10; round++)
        {
            var p0 = Avx2.Multiply(c0.AsUInt32(), m0);
            var p1 = Avx2.Multiply(c2.AsUInt32(), m1);
            c0 = (p1 >>> 32) ^ c1 ^ Vector256.Create((ulong)k0);
            c1 = p1 & low;
            c2 = (p0 >>> 32) ^ c3 ^ Vector256.Create((ulong)k1);
            c3 = p0 & low;
            k0 += 0x9E3779B9u;
            k1 += 0xBB67AE85u;
        }
        var r0 = c0 | (c1 << 32);
        var r1 = c2 | (c3 << 32);
        // r0 = [a0 a1 a2 a3], r1 = [b0 b1 b2 b3] → a0 b0 a1 b1 a2 b2 a3 b3
        var lo = Avx2.UnpackLow(r0, r1);  // a0 b0 a2 b2
        var hi = Avx2.UnpackHigh(r0, r1); // a1 b1 a3 b3
        ref ulong o = ref System.Runtime.InteropServices.MemoryMarshal.GetReference(output);
        Avx2.Permute2x128(lo, hi, 0x20).StoreUnsafe(ref o);
        Avx2.Permute2x128(lo, hi, 0x31).StoreUnsafe(ref o, 4);
    }

    /// <summary>As <see cref="PhiloxTimes4"/>, eight blocks in one 512-bit register set.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private readonly void PhiloxTimes8(ulong block, Span<ulong> output)
    {
        var low = Vector512.Create(0xFFFF_FFFFUL);
        var index = Vector512.Create(0UL, 1, 2, 3, 4, 5, 6, 7);
        var blocks = Vector512.Create(block) + index;
        var c0 = blocks & low;
        var c1 = blocks >>> 32;
        var c2 = Vector512.Create((ulong)_c2);
        var c3 = Vector512.Create((ulong)_c3);
        var m0 = Vector512.Create(0xD2511F53UL).AsUInt32();
        var m1 = Vector512.Create(0xCD9E8D57UL).AsUInt32();
        uint k0 = _k0, k1 = _k1;
        for (int round = 0; round < 10; round++)
        {
            var p0 = Avx512F.Multiply(c0.AsUInt32(), m0);
            var p1 = Avx512F.Multiply(c2.AsUInt32(), m1);
            c0 = (p1 >>> 32) ^ c1 ^ Vector512.Create((ulong)k0);
            c1 = p1 & low;
            c2 = (p0 >>> 32) ^ c3 ^ Vector512.Create((ulong)k1);
            c3 = p0 & low;
            k0 += 0x9E3779B9u;
            k1 += 0xBB67AE85u;
        }
        var r0 = c0 | (c1 << 32);
        var r1 = c2 | (c3 << 32);
        ref ulong o = ref System.Runtime.InteropServices.MemoryMarshal.GetReference(output);
        Avx512F.PermuteVar8x64x2(r0, Vector512.Create(0UL, 8, 1, 9, 2, 10, 3, 11), r1).StoreUnsafe(ref o);
        Avx512F.PermuteVar8x64x2(r0, Vector512.Create(4UL, 12, 5, 13, 6, 14, 7, 15), r1).StoreUnsafe(ref o, 8);
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
