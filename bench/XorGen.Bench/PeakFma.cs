using BenchmarkDotNet.Attributes;

namespace XorGen.Bench;

/// <summary>
/// The peak probe: this CPU's FMA throughput on one core. Each operation runs <see cref="Rounds"/> rounds of
/// <see cref="Chains"/> independent FMA chains acc = acc·a + b on Vector512, Vector256 or Vector128 of float or double.
/// The chains use <c>MultiplyAddEstimate</c>: one fused multiply-add where the hardware has FMA, a multiply and an add
/// where it does not (the AVX2-off job), which is what a kernel on that path can do; an exact software fma would measure libm instead.
/// The chain methods are compiled fully optimized at once (AggressiveOptimization), so no measurement sees tier-0 code.
/// A width the runtime does not accelerate (Vector512 in the AVX512-off job) runs the runtime's software fallback: its row shows that cost.
/// Twelve chains cover FMA latency × throughput on current cores (4 cycles × 2 pipes = 8 in flight on Zen 4/5
/// and Ice Lake or later) and still fit in the 16 YMM registers of AVX2 machines. a = 0.999 and b = 0.001 keep the
/// accumulators at a fixed point (no overflow, no denormals). Flops per operation: rounds × chains × lanes × 2.
/// </summary>
[InstructionSetMatrix]
public class PeakFma : IFlopCounted
{
    /// <summary>Rounds per benchmark operation.</summary>
    public const int Rounds = FmaPeak.Rounds;
    /// <summary>Independent accumulators.</summary>
    public const int Chains = FmaPeak.Chains;

    /// <summary>Element type.</summary>
    [Params(Precision.Float, Precision.Double)] public Precision Precision { get; set; }
    /// <summary>Vector width in bits.</summary>
    [Params(512, 256, 128)] public int Bits { get; set; }

    /// <inheritdoc/>
    public double FlopsPerOperation => Flops(Precision, Bits);
    /// <inheritdoc/>
    public int Threads => 1;
    /// <inheritdoc/>
    public string? Omission => null;

    /// <summary>Flops of one <see cref="Run"/>.</summary>
    public static double Flops(Precision precision, int bits) => FmaPeak.Flops(precision, bits);

    /// <summary>One operation of the probe.</summary>
    [Benchmark]
    public double FmaChains() => Run(Precision, Bits);

    /// <summary>Runs <see cref="Rounds"/> rounds of the chains (<see cref="FmaPeak.Run"/>).</summary>
    public static double Run(Precision precision, int bits) => FmaPeak.Run(precision, bits);

    /// <summary>
    /// The best single-core FP32 GFLOP/s of the accelerated widths, measured in this process for about 0.2 s:
    /// the fallback peak of the % column when the run did not include <see cref="PeakFma"/> rows.
    /// </summary>
    public static double MeasureFloatPeakGflops()
    {
        double best = 0;
        foreach (int bits in new[] { 512, 256, 128 })
            if (IsAccelerated(bits)) best = Math.Max(best, FmaPeak.Measure(Precision.Float, bits, trials: 5, milliseconds: 20));
        return best;
    }

    /// <summary>Whether the runtime accelerates vectors of this many bits.</summary>
    public static bool IsAccelerated(int bits) => FmaPeak.IsAccelerated(bits);
}
