using System.Diagnostics;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace XorGen;

/// <summary>
/// This CPU's FMA throughput on one core, measured: <see cref="Rounds"/> rounds of <see cref="Chains"/> independent
/// FMA chains acc = acc·a + b on Vector512, Vector256 or Vector128 of float or double. The chains use
/// <c>MultiplyAddEstimate</c>: one fused multiply-add where the hardware has FMA, a multiply and an add where it does not,
/// which is what a kernel on that path can do. The chain methods are compiled fully optimized at once. Twelve chains
/// cover FMA latency × throughput on current cores (4 cycles × 2 pipes = 8 in flight) and fit in the 16 YMM registers
/// of AVX2 machines; a = 0.999 and b = 0.001 keep the accumulators at a fixed point (no overflow, no denormals).
/// The benchmark suite's PeakFma rows and <c>xorgen tune</c> both measure with it.
/// </summary>
public static class FmaPeak
{
    /// <summary>Rounds per <see cref="Run"/>.</summary>
    public const int Rounds = 4096;
    /// <summary>Independent accumulators.</summary>
    public const int Chains = 12;

    /// <summary>Flops of one <see cref="Run"/>.</summary>
    public static double Flops(Precision precision, int bits) => 2.0 * Rounds * Chains * (bits / (precision == Precision.Float ? 32 : 64));

    /// <summary>The vector width of a path in bits (Scalar: 0).</summary>
    public static int BitsOf(InstructionSet set) => set switch
    {
        InstructionSet.Vector512 => 512,
        InstructionSet.Vector256 => 256,
        InstructionSet.Vector128 => 128,
        _ => 0,
    };

    /// <summary>Whether the runtime accelerates vectors of this many bits.</summary>
    public static bool IsAccelerated(int bits) => bits switch
    {
        512 => Vector512.IsHardwareAccelerated,
        256 => Vector256.IsHardwareAccelerated,
        128 => Vector128.IsHardwareAccelerated,
        _ => false,
    };

    /// <summary>Runs <see cref="Rounds"/> rounds of the chains; returns their sum so nothing is dead code.</summary>
    public static double Run(Precision precision, int bits) => (precision, bits) switch
    {
        (Precision.Float, 512) => Chains512(Vector512.Create(0.5f), Vector512.Create(0.999f), Vector512.Create(0.001f)).ToScalar(),
        (Precision.Float, 256) => Chains256(Vector256.Create(0.5f), Vector256.Create(0.999f), Vector256.Create(0.001f)).ToScalar(),
        (Precision.Double, 512) => Chains512(Vector512.Create(0.5), Vector512.Create(0.999), Vector512.Create(0.001)).ToScalar(),
        (Precision.Double, 256) => Chains256(Vector256.Create(0.5), Vector256.Create(0.999), Vector256.Create(0.001)).ToScalar(),
        (Precision.Float, 128) => Chains128(Vector128.Create(0.5f), Vector128.Create(0.999f), Vector128.Create(0.001f)).ToScalar(),
        (Precision.Double, 128) => Chains128(Vector128.Create(0.5), Vector128.Create(0.999), Vector128.Create(0.001)).ToScalar(),
        _ => throw new ArgumentOutOfRangeException(nameof(bits), bits, "the probe measures 128-, 256- and 512-bit vectors"),
    };

    /// <summary>
    /// The peak GFLOP/s of one core at this precision and width: the best of <paramref name="trials"/> windows of
    /// <paramref name="milliseconds"/> each (best, because interference only ever slows the probe down).
    /// </summary>
    public static double Measure(Precision precision, int bits, int trials = 5, double milliseconds = 30)
    {
        Run(precision, bits); // JIT
        double best = 0;
        for (int trial = 0; trial < trials; trial++)
        {
            var clock = Stopwatch.StartNew();
            int ops = 0;
            while (clock.Elapsed.TotalMilliseconds < milliseconds) { Run(precision, bits); ops++; }
            best = Math.Max(best, ops * Flops(precision, bits) / clock.Elapsed.TotalSeconds / 1e9);
        }
        return best;
    }

    [MethodImpl(MethodImplOptions.NoInlining | MethodImplOptions.AggressiveOptimization)]
    private static Vector128<T> Chains128<T>(Vector128<T> start, Vector128<T> a, Vector128<T> b) where T : unmanaged
    {
        Vector128<T> c0 = start, c1 = start, c2 = start, c3 = start, c4 = start, c5 = start,
                     c6 = start, c7 = start, c8 = start, c9 = start, c10 = start, c11 = start;
        for (int r = 0; r < Rounds; r++)
        {
            c0 = Fma(c0, a, b); c1 = Fma(c1, a, b); c2 = Fma(c2, a, b); c3 = Fma(c3, a, b);
            c4 = Fma(c4, a, b); c5 = Fma(c5, a, b); c6 = Fma(c6, a, b); c7 = Fma(c7, a, b);
            c8 = Fma(c8, a, b); c9 = Fma(c9, a, b); c10 = Fma(c10, a, b); c11 = Fma(c11, a, b);
        }
        return ((c0 + c1) + (c2 + c3)) + ((c4 + c5) + (c6 + c7)) + ((c8 + c9) + (c10 + c11));
    }

    [MethodImpl(MethodImplOptions.NoInlining | MethodImplOptions.AggressiveOptimization)]
    private static Vector512<T> Chains512<T>(Vector512<T> start, Vector512<T> a, Vector512<T> b) where T : unmanaged
    {
        Vector512<T> c0 = start, c1 = start, c2 = start, c3 = start, c4 = start, c5 = start,
                     c6 = start, c7 = start, c8 = start, c9 = start, c10 = start, c11 = start;
        for (int r = 0; r < Rounds; r++)
        {
            c0 = Fma(c0, a, b); c1 = Fma(c1, a, b); c2 = Fma(c2, a, b); c3 = Fma(c3, a, b);
            c4 = Fma(c4, a, b); c5 = Fma(c5, a, b); c6 = Fma(c6, a, b); c7 = Fma(c7, a, b);
            c8 = Fma(c8, a, b); c9 = Fma(c9, a, b); c10 = Fma(c10, a, b); c11 = Fma(c11, a, b);
        }
        return ((c0 + c1) + (c2 + c3)) + ((c4 + c5) + (c6 + c7)) + ((c8 + c9) + (c10 + c11));
    }

    [MethodImpl(MethodImplOptions.NoInlining | MethodImplOptions.AggressiveOptimization)]
    private static Vector256<T> Chains256<T>(Vector256<T> start, Vector256<T> a, Vector256<T> b) where T : unmanaged
    {
        Vector256<T> c0 = start, c1 = start, c2 = start, c3 = start, c4 = start, c5 = start,
                     c6 = start, c7 = start, c8 = start, c9 = start, c10 = start, c11 = start;
        for (int r = 0; r < Rounds; r++)
        {
            c0 = Fma(c0, a, b); c1 = Fma(c1, a, b); c2 = Fma(c2, a, b); c3 = Fma(c3, a, b);
            c4 = Fma(c4, a, b); c5 = Fma(c5, a, b); c6 = Fma(c6, a, b); c7 = Fma(c7, a, b);
            c8 = Fma(c8, a, b); c9 = Fma(c9, a, b); c10 = Fma(c10, a, b); c11 = Fma(c11, a, b);
        }
        return ((c0 + c1) + (c2 + c3)) + ((c4 + c5) + (c6 + c7)) + ((c8 + c9) + (c10 + c11));
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector128<T> Fma<T>(Vector128<T> x, Vector128<T> a, Vector128<T> b) where T : unmanaged
        => typeof(T) == typeof(float)
            ? Vector128.MultiplyAddEstimate(x.AsSingle(), a.AsSingle(), b.AsSingle()).As<float, T>()
            : Vector128.MultiplyAddEstimate(x.AsDouble(), a.AsDouble(), b.AsDouble()).As<double, T>();

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector512<T> Fma<T>(Vector512<T> x, Vector512<T> a, Vector512<T> b) where T : unmanaged
        => typeof(T) == typeof(float)
            ? Vector512.MultiplyAddEstimate(x.AsSingle(), a.AsSingle(), b.AsSingle()).As<float, T>()
            : Vector512.MultiplyAddEstimate(x.AsDouble(), a.AsDouble(), b.AsDouble()).As<double, T>();

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<T> Fma<T>(Vector256<T> x, Vector256<T> a, Vector256<T> b) where T : unmanaged
        => typeof(T) == typeof(float)
            ? Vector256.MultiplyAddEstimate(x.AsSingle(), a.AsSingle(), b.AsSingle()).As<float, T>()
            : Vector256.MultiplyAddEstimate(x.AsDouble(), a.AsDouble(), b.AsDouble()).As<double, T>();
}
