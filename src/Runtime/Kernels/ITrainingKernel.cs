using System.Numerics;
using System.Runtime.Intrinsics;

namespace XorGen;

/// <summary>Which family of kernel runs a step.</summary>
public enum KernelKind
{
    /// <summary>Plain scalar double-precision code: the oracle.</summary>
    Reference,
    /// <summary>SIMD code with run-time sizes.</summary>
    Generic,
    /// <summary>Code the source generator specialized to one experiment definition.</summary>
    Generated,
}

/// <summary>Per-step control of the update: rates per layer, an adaptive rate, a norm cap.</summary>
/// <param name="RateFirst">Step size for W.</param>
/// <param name="RateSecond">Step size for a.</param>
/// <param name="RateBias">Step size for b.</param>
/// <param name="NormCapSquared">Truncation (Li–Ma–Zhang): a neuron whose ‖w_j‖² exceeds this gets no update. +∞ for none.</param>
/// <param name="AdaptiveC">When positive, every trained layer steps with α = c·log²(1/L)/p instead of the rates above, L being the batch loss at the pre-update parameters (Chatterji, Long, Bartlett).</param>
/// <param name="AdaptiveP">p of the adaptive rule.</param>
public readonly record struct StepControl(
    double RateFirst,
    double RateSecond,
    double RateBias,
    double NormCapSquared = double.PositiveInfinity,
    double AdaptiveC = 0,
    double AdaptiveP = 1)
{
    /// <summary>The same constant rate for every layer.</summary>
    public static StepControl Constant(double rate) => new(rate, rate, rate);

    /// <summary>Whether the rate is adaptive.</summary>
    public bool IsAdaptive => AdaptiveC > 0;

    /// <summary>α = c·log²(1/L)/p, the adaptive rate every kernel uses for a batch loss L.</summary>
    public double AdaptiveRate(double loss)
    {
        double l = Math.Log(1.0 / loss);
        return AdaptiveC * l * l / AdaptiveP;
    }

    /// <summary>The rates in effect for a step whose pre-update loss is <paramref name="loss"/>: (first, second, bias).</summary>
    public (double First, double Second, double Bias) RatesFor(double loss)
    {
        if (!IsAdaptive) return (RateFirst, RateSecond, RateBias);
        double r = AdaptiveRate(loss);
        return (r, r, r);
    }
}

/// <summary>Loss and classification errors over a dataset.</summary>
/// <param name="Loss">Mean loss (with the spec's multiplier) against the observed labels.</param>
/// <param name="Error">Fraction with sign(f) ≠ observed label (NaN for a squared loss).</param>
/// <param name="ErrorClean">Fraction with sign(f) ≠ clean label (NaN for a squared loss).</param>
/// <param name="Count">Rows evaluated.</param>
public readonly record struct EvalResult(double Loss, double Error, double ErrorClean, int Count);

/// <summary>How a kernel is built.</summary>
/// <param name="Threads">Worker threads a step may split its neurons over (1 = none).</param>
/// <param name="InstructionSet">The vector path: automatic, or pinned to one (a pinned path the machine lacks is an error).</param>
/// <param name="Variant">For a generated kernel, the tiling variant to build: null takes a compiled-in kernel as defined, else
/// the run-time specializer's choice (this CPU's tuning file, else the default); a variant given is built exactly (a
/// compiled-in kernel of that variant, else a run-time one). Other kinds ignore it.</param>
/// <param name="IgnoreTuning">For a run-time-specialized kernel with no <paramref name="Variant"/>: build the default variant
/// even where this CPU's tuning file names a faster one.</param>
public sealed record KernelOptions(int Threads = 1, InstructionSet InstructionSet = InstructionSet.Auto, KernelVariant? Variant = null, bool IgnoreTuning = false);

/// <summary>The vector paths of this process: the one rule every kernel kind uses to turn a request into a path.</summary>
public static class InstructionSets
{
    /// <summary>The instruction set <see cref="InstructionSet.Auto"/> picks on this machine, or the pinned one when it is accelerated.</summary>
    /// <exception cref="NotSupportedException">The pinned path is not accelerated on this machine (or is disabled by a DOTNET_Enable* setting).</exception>
    public static InstructionSet Resolve(InstructionSet requested)
    {
        switch (requested)
        {
            case InstructionSet.Auto:
                return Vector512.IsHardwareAccelerated ? InstructionSet.Vector512
                    : Vector256.IsHardwareAccelerated ? InstructionSet.Vector256
                    : Vector128.IsHardwareAccelerated ? InstructionSet.Vector128
                    : InstructionSet.Scalar;
            case InstructionSet.Vector512 when !Vector512.IsHardwareAccelerated:
            case InstructionSet.Vector256 when !Vector256.IsHardwareAccelerated:
            case InstructionSet.Vector128 when !Vector128.IsHardwareAccelerated:
                throw new NotSupportedException($"instruction set {requested} was requested, but this machine (or a DOTNET_Enable* setting) does not accelerate it; use Auto or a narrower path");
            case InstructionSet.Vector512:
            case InstructionSet.Vector256:
            case InstructionSet.Vector128:
            case InstructionSet.Scalar:
                return requested;
            default:
                throw new ArgumentOutOfRangeException(nameof(requested), requested, $"unknown instruction set {(int)requested}");
        }
    }
}

/// <summary>
/// One interface for the reference, generic and generated kernels. A kernel owns its copy of the
/// parameters (in whatever layout it likes) and a preallocated workspace; after the first call at a
/// given batch size, no call allocates.
/// Rows of <c>x</c> are samples (row-major, rows × d); <c>y</c> holds labels ±1 (or real targets for a squared loss).
/// </summary>
public interface ITrainingKernel<T> : IDisposable where T : unmanaged, IFloatingPointIeee754<T>
{
    /// <summary>The arithmetic this kernel runs.</summary>
    ModelSpec Spec { get; }
    /// <summary>Reference, generic or generated.</summary>
    KernelKind Kind { get; }
    /// <summary>The vector path actually used: Vector512, Vector256, Vector128 or Scalar (never Auto).</summary>
    InstructionSet InstructionSet { get; }

    /// <summary>Replaces the kernel's parameters with <paramref name="parameters"/> (converted to T).</summary>
    void LoadParameters(NetworkParameters parameters);
    /// <summary>Writes the kernel's parameters into <paramref name="parameters"/>. For a tied output A receives ‖w_j‖; for a fixed one, ±c.</summary>
    void StoreParameters(NetworkParameters parameters);

    /// <summary>
    /// One fused training step on <paramref name="rows"/> samples: forward, loss, backward and update.
    /// Each trained parameter moves by −rate × GradientMultiplier × ∂L/∂θ, where L is the mean loss over the rows.
    /// Returns L at the parameters before the update.
    /// </summary>
    double Step(ReadOnlySpan<T> x, ReadOnlySpan<T> y, int rows, in StepControl control);

    /// <summary>Mean loss over the rows and its raw gradient (no per-neuron multiplier) in the canonical layout; parameters unchanged. Entries of frozen layers are zero.</summary>
    double LossAndGradient(ReadOnlySpan<T> x, ReadOnlySpan<T> y, int rows, NetworkParameters gradient);

    /// <summary>Mean loss and errors over a dataset; <paramref name="yClean"/> may be empty (then ErrorClean = Error).</summary>
    EvalResult Evaluate(ReadOnlySpan<T> x, ReadOnlySpan<T> y, ReadOnlySpan<T> yClean, int rows);

    /// <summary>Network outputs f(x) for each row.</summary>
    void Predict(ReadOnlySpan<T> x, int rows, Span<T> output);
}
