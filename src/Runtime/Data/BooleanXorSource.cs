using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace XorGen;

/// <summary>
/// Glasgow (2023): x uniform on the hypercube {−1, +1}^d, label y = −x_1·x_2 (coordinates 0 and 1), no noise.
/// Cluster view: x_{1:2} = ±(e1 − e2) ⇒ y = +1, x_{1:2} = ±(e1 + e2) ⇒ y = −1.
/// Each coordinate takes one random bit (64 per Philox draw).
/// </summary>
public sealed class BooleanXorSource : IDataSource, INoiselessSource
{
    /// <summary>A source of dimension <paramref name="inputs"/> ≥ 2.</summary>
    public BooleanXorSource(int inputs)
    {
        if (inputs < 2 || inputs > ModelSpec.MaxSize)
            throw new ArgumentOutOfRangeException(nameof(inputs), inputs, $"Boolean XOR needs d between 2 and {ModelSpec.MaxSize}, got d = {inputs}");
        Inputs = inputs;
    }

    /// <inheritdoc/>
    public string Name => "boolean-xor";
    /// <inheritdoc/>
    public int Inputs { get; }
    /// <inheritdoc/>
    public bool IsRegression => false;
    /// <inheritdoc/>
    public bool SupportsOnline => true;
    /// <inheritdoc/>
    public string Describe() => $"boolean-xor d={Inputs}: x ~ U{{±1}}^d, y = -x1*x2";

    /// <inheritdoc/>
    public void FillBatch<T>(ulong seed, long batchIndex, Span<T> x, Span<T> y, Span<T> yClean) where T : unmanaged, IFloatingPointIeee754<T> =>
        NoiselessSource.FillBatch(this, seed, batchIndex, x, y, yClean);

    /// <inheritdoc/>
    public Dataset<T> TrainingSet<T>(ulong seed, int count) where T : unmanaged, IFloatingPointIeee754<T> =>
        NoiselessSource.TrainingSet<T>(this, seed, count);

    /// <inheritdoc/>
    public Dataset<T> TestSet<T>(ulong seed, int count) where T : unmanaged, IFloatingPointIeee754<T> =>
        NoiselessSource.TestSet<T>(this, seed, count);

    void INoiselessSource.Fill<T>(ref CounterRandom rng, Span<T> x, Span<T> y)
    {
        // Consecutive coordinates (across rows) take consecutive bits of each 64-bit draw: bit 1 ⇒ −1, bit 0 ⇒ +1.
        // float and double set the sign bit of 1.0 directly (branch-free); other types go through T.
        if (typeof(T) == typeof(float)) FillSigns(ref rng, MemoryMarshal.Cast<T, uint>(x), 0x3F800000u); // 1.0f
        else if (typeof(T) == typeof(double)) FillSigns(ref rng, MemoryMarshal.Cast<T, ulong>(x), 0x3FF0000000000000UL); // 1.0
        else FillGeneric(ref rng, x);
        int d = Inputs;
        for (int r = 0; r < y.Length; r++) y[r] = -(x[r * d] * x[r * d + 1]);
    }

    /// <summary>
    /// The whole draws of <see cref="FillSigns"/> on AVX2 and AVX-512 (returns the elements filled): the draws of a stretch of up to 4,096 elements come
    /// from <see cref="CounterRandom.NextUInt64s"/> (blocks four at a time), and each register of elements is its draw
    /// shifted lane by lane (vpsllvd/vpsllvq) so that lane l's bit lands in the sign bit, masked, and or-ed into 1.0.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int FillSignsShifted(ref CounterRandom rng, Span<uint> x)
    {
        Span<ulong> draws = stackalloc ulong[64];
        var sign = Vector256.Create(0x8000_0000u);
        var one = Vector256.Create(0x3F80_0000u); // 1.0f
        // lane l of the q-th register of a 32-bit half takes bit 8q + l: shifted left by 31 − (8q + l)
        var s0 = Vector256.Create(31u, 30, 29, 28, 27, 26, 25, 24);
        var eight = Vector256.Create(8u);
        var sign512 = Vector512.Create(0x8000_0000u);
        var one512 = Vector512.Create(0x3F80_0000u);
        var t0 = Vector512.Create(31u, 30, 29, 28, 27, 26, 25, 24, 23, 22, 21, 20, 19, 18, 17, 16);
        var sixteen = Vector512.Create(16u);
        bool wide = Avx512F.IsSupported;
        ref uint target = ref MemoryMarshal.GetReference(x);
        int whole = x.Length / 64 * 64;
        for (int start = 0; start < whole; start += 64 * 64)
        {
            int words = Math.Min(64, (whole - start) / 64);
            var chunk = draws[..words];
            rng.NextUInt64s(chunk);
            for (int w = 0; w < words; w++)
            {
                ulong bits = chunk[w];
                nuint at = (nuint)(start + 64 * w);
                for (int half = 0; half < 2; half++)
                {
                    uint word = (uint)(bits >> (32 * half));
                    nuint h = at + (nuint)(32 * half);
                    if (wide)
                    {
                        var v = Vector512.Create(word);
                        (Avx512F.ShiftLeftLogicalVariable(v, t0) & sign512 | one512).StoreUnsafe(ref target, h);
                        (Avx512F.ShiftLeftLogicalVariable(v, t0 - sixteen) & sign512 | one512).StoreUnsafe(ref target, h + 16);
                    }
                    else
                    {
                        var v = Vector256.Create(word);
                        var shift = s0;
                        for (int q = 0; q < 4; q++, shift -= eight)
                            (Avx2.ShiftLeftLogicalVariable(v, shift) & sign | one).StoreUnsafe(ref target, h + (nuint)(8 * q));
                    }
                }
            }
        }
        return whole;
    }

    /// <summary>As <see cref="FillSignsShifted(ref CounterRandom, Span{uint})"/> for double: lane l of the q-th register takes bit 4q + l (8q + l with AVX-512), shifted to bit 63.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int FillSignsShifted(ref CounterRandom rng, Span<ulong> x)
    {
        Span<ulong> draws = stackalloc ulong[64];
        var sign = Vector256.Create(0x8000_0000_0000_0000UL);
        var one = Vector256.Create(0x3FF0_0000_0000_0000UL); // 1.0
        var s0 = Vector256.Create(63UL, 62, 61, 60);
        var four = Vector256.Create(4UL);
        var sign512 = Vector512.Create(0x8000_0000_0000_0000UL);
        var one512 = Vector512.Create(0x3FF0_0000_0000_0000UL);
        var t0 = Vector512.Create(63UL, 62, 61, 60, 59, 58, 57, 56);
        var eight = Vector512.Create(8UL);
        bool wide = Avx512F.IsSupported;
        ref ulong target = ref MemoryMarshal.GetReference(x);
        int whole = x.Length / 64 * 64;
        for (int start = 0; start < whole; start += 64 * 64)
        {
            int words = Math.Min(64, (whole - start) / 64);
            var chunk = draws[..words];
            rng.NextUInt64s(chunk);
            for (int w = 0; w < words; w++)
            {
                ulong bits = chunk[w];
                nuint at = (nuint)(start + 64 * w);
                if (wide)
                {
                    var v = Vector512.Create(bits);
                    var shift = t0;
                    for (int q = 0; q < 8; q++, shift -= eight)
                        (Avx512F.ShiftLeftLogicalVariable(v, shift) & sign512 | one512).StoreUnsafe(ref target, at + (nuint)(8 * q));
                }
                else
                {
                    var v = Vector256.Create(bits);
                    var shift = s0;
                    for (int q = 0; q < 16; q++, shift -= four)
                        (Avx2.ShiftLeftLogicalVariable(v, shift) & sign | one).StoreUnsafe(ref target, at + (nuint)(4 * q));
                }
            }
        }
        return whole;
    }

    /// <summary>
    /// Sets each element to the bit pattern <paramref name="one"/> (1.0) with one random bit in its sign bit; one 64-bit
    /// draw per 64 elements, element i + b taking bit b of the draw. The whole draws are vectorised (lane l of the q-th
    /// register of a draw takes bit q·L + l: shifted into the sign bit with AVX2/AVX-512, tested with 128-bit registers),
    /// the tail by the scalar loop, so the values are exactly those of the scalar loop whatever the register width (the
    /// online batch is a function of the seed alone, not of the instruction set).
    /// </summary>
    private static void FillSigns<TBits>(ref CounterRandom rng, Span<TBits> x, TBits one) where TBits : unmanaged, IBinaryInteger<TBits>
    {
        int signShift = Unsafe.SizeOf<TBits>() * 8 - 1;
        int whole = x.Length / 64 * 64, i = 0;
        // x64 accelerates Vector256 only with AVX2, so this is the path of every 256- and 512-bit machine
        if (Avx2.IsSupported)
            i = typeof(TBits) == typeof(uint) ? FillSignsShifted(ref rng, MemoryMarshal.Cast<TBits, uint>(x[..whole]))
                : FillSignsShifted(ref rng, MemoryMarshal.Cast<TBits, ulong>(x[..whole]));
        else if (Vector128.IsHardwareAccelerated) i = FillSigns128(ref rng, x[..whole], one, signShift);
        for (; i < x.Length; i += 64)
        {
            ulong bits = rng.NextUInt64();
            var chunk = x.Slice(i, Math.Min(64, x.Length - i));
            for (int b = 0; b < chunk.Length; b++) chunk[b] = one | (TBits.CreateTruncating((bits >> b) & 1) << signShift);
        }
    }

    /// <summary>
    /// The whole draws of <see cref="FillSigns"/> with 128-bit registers (SSE without AVX2, Arm64); returns the elements filled.
    /// Compiled fully optimized at once: as tier-0 code (every vector operation a call) the fill of a batch costs as much
    /// as a small training step, until the runtime gets round to recompiling it.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int FillSigns128<TBits>(ref CounterRandom rng, Span<TBits> x, TBits one, int signShift) where TBits : unmanaged, IBinaryInteger<TBits>
    {
        int lanes = Vector128<TBits>.Count;
        Span<TBits> laneBits = stackalloc TBits[lanes];
        for (int l = 0; l < lanes; l++) laneBits[l] = TBits.One << l;
        var bitOfLane = Vector128.Create<TBits>(laneBits);
        var ones = Vector128.Create(one);
        var sign = Vector128.Create(TBits.One << signShift);
        ref TBits target = ref MemoryMarshal.GetReference(x);
        for (int i = 0; i < x.Length; i += 64)
        {
            ulong bits = rng.NextUInt64();
            for (int q = 0; q < 64; q += lanes)
            {
                var drawn = Vector128.Create(TBits.CreateTruncating(bits >> q)) & bitOfLane;
                var value = ones | (~Vector128.Equals(drawn, Vector128<TBits>.Zero) & sign);
                value.StoreUnsafe(ref target, (nuint)(i + q));
            }
        }
        return x.Length;
    }

    private static void FillGeneric<T>(ref CounterRandom rng, Span<T> x) where T : unmanaged, IFloatingPointIeee754<T>
    {
        T one = T.One, minusOne = -T.One;
        for (int i = 0; i < x.Length; i += 64)
        {
            ulong bits = rng.NextUInt64();
            var chunk = x.Slice(i, Math.Min(64, x.Length - i));
            for (int b = 0; b < chunk.Length; b++) chunk[b] = ((bits >> b) & 1) != 0 ? minusOne : one;
        }
    }
}
