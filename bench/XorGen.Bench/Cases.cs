using System.Reflection;
using System.Runtime.CompilerServices;

namespace XorGen.Bench;

/// <summary>Which spec family a benchmark row trains.</summary>
public enum Setup
{
    /// <summary>Glasgow: both layers, ReLU, logistic×2, s = 1/m, per-neuron steps, no bias.</summary>
    Glasgow,
    /// <summary>Chatterji–Long–Bartlett: first layer only, Huberized ReLU (h = 0.01), logistic, fixed ±1 outputs, bias.</summary>
    Chatterji,
    /// <summary>Frei–Chatterji–Bartlett: first layer only, ReLU, logistic, fixed ±1/√m outputs.</summary>
    Frei,
    /// <summary>Li–Ma–Zhang: first layer only, |z|, squared loss, a_j tied to ‖w_j‖, s = 1/m, per-neuron steps.</summary>
    LiMaZhang,
}

/// <summary>How the batch reaches the step.</summary>
public enum BatchMode
{
    /// <summary>The same batch every step: the kernel alone.</summary>
    Fixed,
    /// <summary>Online SGD: a fresh batch is drawn inside each measured step, as a Glasgow run does.</summary>
    Online,
}

/// <summary>The specs the suite measures, in one place.</summary>
public static class Cases
{
    /// <summary>
    /// The reference kernel is plain scalar double code (~1 GFLOP/s); the suite measures it only where
    /// 4·B·m·d ≤ this many flops (d = 32 with m ≤ 512 in the Glasgow grid, and the paper sizes).
    /// </summary>
    public const double ReferenceFlopLimit = 4.0 * 32 * 512 * 128;

    /// <summary>The Glasgow spec at d inputs and m neurons (the glasgow-xor definition's maths).</summary>
    public static ModelSpec Glasgow(int d, int m) => new(d, m, Activation.Relu, 0, Loss.Logistic, 2, TrainedLayers.Both,
        OutputLayer.Free, 1, OutputScale.InverseWidth, Bias: false, GradientScale.PerNeuron);

    /// <summary>The spec of a setup; for Glasgow at (d, m); the paper setups have their fixed sizes (those of the built-in experiments) and ignore d and m.</summary>
    public static ModelSpec Spec(Setup setup, int d, int m) => setup switch
    {
        Setup.Glasgow => Glasgow(d, m),
        Setup.Chatterji => new(2, 200, Activation.HuberizedRelu, 0.01, Loss.Logistic, 1, TrainedLayers.FirstOnly,
            OutputLayer.FixedBalanced, 1, OutputScale.One, Bias: true, GradientScale.Raw),
        Setup.Frei => new(20, 400, Activation.Relu, 0, Loss.Logistic, 1, TrainedLayers.FirstOnly,
            OutputLayer.FixedBalanced, 0.05, OutputScale.One, Bias: false, GradientScale.Raw),
        Setup.LiMaZhang => new(30, 100, Activation.Abs, 0, Loss.Squared, 1, TrainedLayers.FirstOnly,
            OutputLayer.TiedToNorm, 1, OutputScale.InverseWidth, Bias: false, GradientScale.PerNeuron),
        _ => throw new ArgumentOutOfRangeException(nameof(setup), setup, "unknown setup"),
    };

    /// <summary>
    /// Why a row is not measured, or null when it is: the reference kernel runs only at small sizes; a generated row
    /// needs a kernel compiled for exactly this spec (on any number of threads: it splits its neurons over them).
    /// </summary>
    public static string? Omission(KernelKind kind, ModelSpec spec, int batch, int threads)
    {
        switch (kind)
        {
            case KernelKind.Reference when spec.FlopsPerStep(batch) > ReferenceFlopLimit:
                return FormattableString.Invariant($"reference kernel: not measured at {spec.Describe()} B={batch} ({spec.FlopsPerStep(batch):0} flop/step > limit {ReferenceFlopLimit:0}; the scalar oracle is too slow there)");
            case KernelKind.Generated when !GeneratedKernels.Has(spec):
                return $"generated kernel: not available for {spec.Describe()} (no definition compiled into the CLI or bench/XorGen.Bench/Definitions; the rows appear once one is)";
            default:
                return null;
        }
    }
}

/// <summary>
/// The generated kernels: those of the CLI assembly (its built-in definitions, referenced by this project) and this
/// assembly's own Definitions/GlasgowGrid.cs (the other grid sizes). Both register through module initializers.
/// </summary>
public static class GeneratedKernels
{
    private static int _loaded;

    /// <summary>
    /// Runs the module initializer of the CLI assembly (`xorgen`), where the generator's output registers
    /// every generated kernel with <see cref="KernelFactory"/>. Idempotent.
    /// </summary>
    public static void EnsureLoaded()
    {
        if (Interlocked.Exchange(ref _loaded, 1) == 1) return;
        var cli = Assembly.Load("xorgen");
        RuntimeHelpers.RunModuleConstructor(cli.ManifestModule.ModuleHandle);
        // `--tuning FILE`: generated rows build this CPU's tuned variants (compiled at run time, in the setup, not timed)
        if (TuningFile is { } tuning) XorGen.Specialization.RuntimeSpecializer.Install(tuningPath: tuning);
    }

    /// <summary>The environment variable through which the suite's <c>--tuning FILE</c> reaches BenchmarkDotNet's child processes.</summary>
    public const string TuningVariable = "XORGEN_BENCH_TUNING";

    /// <summary>The tuning file the generated rows use, or null (the default: every generated row runs the variant its definition compiles).</summary>
    public static string? TuningFile => Environment.GetEnvironmentVariable(TuningVariable) is { Length: > 0 } path ? path : null;

    /// <summary>Whether a float generated kernel exists for exactly this spec.</summary>
    public static bool Has(ModelSpec spec)
    {
        EnsureLoaded();
        return KernelFactory.HasGenerated<float>(spec);
    }
}
