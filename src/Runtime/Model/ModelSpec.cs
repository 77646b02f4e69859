using System.Globalization;

namespace XorGen;

/// <summary>The hidden activation σ.</summary>
public enum Activation
{
    /// <summary>max(0, z), with σ'(0) = 0 (Glasgow; Frei, Chatterji, Bartlett).</summary>
    Relu,
    /// <summary>Huberized ReLU with bandwidth h: 0, z²/(2h), z − h/2 (Chatterji, Long, Bartlett).</summary>
    HuberizedRelu,
    /// <summary>|z|, with sign(0) = 0 (Li, Ma, Zhang).</summary>
    Abs,
    /// <summary>max(slope·z, z) for 0 ≤ slope &lt; 1; σ'(0) = slope.</summary>
    LeakyRelu,
}

/// <summary>The per-sample loss ℓ(y, f), multiplied by <see cref="ModelSpec.LossScale"/>.</summary>
public enum Loss
{
    /// <summary>c·log(1 + e^{−y f}); Glasgow uses c = 2.</summary>
    Logistic,
    /// <summary>c·(f − y)²; Li, Ma, Zhang use c = 1.</summary>
    Squared,
}

/// <summary>Which layers gradient steps update.</summary>
public enum TrainedLayers
{
    /// <summary>Only the first layer W (and the bias b, when there is one).</summary>
    FirstOnly,
    /// <summary>Only the output weights a: the random-features (kernel) baseline.</summary>
    SecondOnly,
    /// <summary>Both layers, simultaneously (Glasgow).</summary>
    Both,
}

/// <summary>What the output weights a_j are.</summary>
public enum OutputLayer
{
    /// <summary>Free reals set by an initialiser; trained when the second layer is.</summary>
    Free,
    /// <summary>Fixed: +c for the first ⌊m/2⌋ neurons, −c for the next ⌊m/2⌋, 0 for the last when m is odd.</summary>
    FixedBalanced,
    /// <summary>a_j = ‖w_j‖, tied to the row norm (Li, Ma, Zhang).</summary>
    TiedToNorm,
}

/// <summary>The output scale s in f(x) = s·Σ_j a_j σ(w_j·x + b_j).</summary>
public enum OutputScale
{
    /// <summary>s = 1.</summary>
    One,
    /// <summary>s = 1/√m.</summary>
    InverseSqrtWidth,
    /// <summary>s = 1/m (mean field: Glasgow, Li–Ma–Zhang).</summary>
    InverseWidth,
}

/// <summary>How the gradient is scaled before the update.</summary>
public enum GradientScale
{
    /// <summary>The true gradient of the mean loss.</summary>
    Raw,
    /// <summary>The gradient multiplied by m: per-neuron (mean-field) steps.</summary>
    PerNeuron,
}

/// <summary>Which vector path a kernel runs.</summary>
public enum InstructionSet
{
    /// <summary>The widest path the machine accelerates: Vector512, then Vector256, then Vector128, then scalar.</summary>
    Auto,
    /// <summary>512-bit vectors.</summary>
    Vector512,
    /// <summary>256-bit vectors.</summary>
    Vector256,
    /// <summary>128-bit vectors.</summary>
    Vector128,
    /// <summary>Scalar code only.</summary>
    Scalar,
}

/// <summary>Element type the kernel computes in.</summary>
public enum Precision
{
    /// <summary>32-bit float.</summary>
    Float,
    /// <summary>64-bit double.</summary>
    Double,
}

/// <summary>
/// Everything that fixes the arithmetic of a two-layer network f(x) = s·Σ_j a_j σ(w_j·x + b_j)
/// and its gradient: the part of a run a generated kernel is specialized to.
/// </summary>
/// <param name="Inputs">Input dimension d.</param>
/// <param name="Width">Hidden width m.</param>
/// <param name="Activation">The activation σ.</param>
/// <param name="ActivationParameter">h for <see cref="XorGen.Activation.HuberizedRelu"/>, the slope for <see cref="XorGen.Activation.LeakyRelu"/>; ignored otherwise.</param>
/// <param name="Loss">The loss.</param>
/// <param name="LossScale">The multiplier c of the loss (Glasgow: 2).</param>
/// <param name="Train">Which layers are trained.</param>
/// <param name="Output">What the output weights are.</param>
/// <param name="OutputMagnitude">c for <see cref="OutputLayer.FixedBalanced"/>; ignored otherwise.</param>
/// <param name="Scale">The output scale s.</param>
/// <param name="Bias">Whether each neuron has a trained bias b_j.</param>
/// <param name="GradientScale">Raw or per-neuron (× m) gradient.</param>
public sealed record ModelSpec(
    int Inputs,
    int Width,
    Activation Activation = Activation.Relu,
    double ActivationParameter = 0,
    Loss Loss = Loss.Logistic,
    double LossScale = 1,
    TrainedLayers Train = TrainedLayers.Both,
    OutputLayer Output = OutputLayer.Free,
    double OutputMagnitude = 1,
    OutputScale Scale = OutputScale.One,
    bool Bias = false,
    GradientScale GradientScale = GradientScale.Raw)
{
    /// <summary>Largest d or m a spec accepts.</summary>
    public const int MaxSize = 1 << 20;

    /// <summary>The numeric output scale s.</summary>
    public double ScaleValue => Scale switch
    {
        OutputScale.One => 1.0,
        OutputScale.InverseSqrtWidth => 1.0 / Math.Sqrt(Width),
        OutputScale.InverseWidth => 1.0 / Width,
        _ => throw new InvalidOperationException($"unknown output scale {Scale}"),
    };

    /// <summary>The factor the raw gradient is multiplied by before the update (1, or m per neuron).</summary>
    public double GradientMultiplier => GradientScale == GradientScale.PerNeuron ? Width : 1.0;

    /// <summary>Whether the first layer W (and b) is updated.</summary>
    public bool TrainsFirst => Train != TrainedLayers.SecondOnly;

    /// <summary>Whether the output weights a are updated.</summary>
    public bool TrainsSecond => Train != TrainedLayers.FirstOnly;

    /// <summary>The fixed output weight of neuron j under <see cref="OutputLayer.FixedBalanced"/>.</summary>
    public double FixedOutputWeight(int j)
    {
        int half = Width / 2;
        return j < half ? OutputMagnitude : j < 2 * half ? -OutputMagnitude : 0.0;
    }

    /// <summary>Every problem with this spec, one sentence each naming the bad value; empty when valid.</summary>
    public IReadOnlyList<string> Problems()
    {
        var p = new List<string>();
        if (Inputs < 1 || Inputs > MaxSize) p.Add(Invariant($"input dimension d = {Inputs} must be between 1 and {MaxSize}"));
        if (Width < 1 || Width > MaxSize) p.Add(Invariant($"width m = {Width} must be between 1 and {MaxSize}"));
        if (!Enum.IsDefined(Activation)) p.Add($"unknown activation {(int)Activation}");
        if (!Enum.IsDefined(Loss)) p.Add($"unknown loss {(int)Loss}");
        if (!Enum.IsDefined(Train)) p.Add($"unknown trained-layers value {(int)Train}");
        if (!Enum.IsDefined(Output)) p.Add($"unknown output layer {(int)Output}");
        if (!Enum.IsDefined(Scale)) p.Add($"unknown output scale {(int)Scale}");
        if (!Enum.IsDefined(GradientScale)) p.Add($"unknown gradient scale {(int)GradientScale}");
        if (Activation == Activation.HuberizedRelu && !(ActivationParameter > 0 && double.IsFinite(ActivationParameter)))
            p.Add(Invariant($"Huberized ReLU needs a bandwidth h > 0, got h = {ActivationParameter}"));
        if (Activation == Activation.LeakyRelu && !(ActivationParameter >= 0 && ActivationParameter < 1))
            p.Add(Invariant($"leaky ReLU needs a slope in [0, 1), got {ActivationParameter}"));
        if (!(LossScale > 0 && double.IsFinite(LossScale)))
            p.Add(Invariant($"loss multiplier must be a positive finite number, got {LossScale}"));
        if (Output == OutputLayer.FixedBalanced && !double.IsFinite(OutputMagnitude))
            p.Add(Invariant($"fixed output magnitude must be finite, got {OutputMagnitude}"));
        if (Output != OutputLayer.Free && Train != TrainedLayers.FirstOnly)
            p.Add($"output layer {Output} has no trainable second layer, but the spec trains {Train}");
        if (Bias && Train == TrainedLayers.SecondOnly)
            p.Add("a trained bias needs the first layer trained, but the spec trains SecondOnly");
        return p;
    }

    /// <summary>Throws <see cref="ArgumentException"/> listing every problem when the spec is invalid.</summary>
    public ModelSpec Validated()
    {
        var problems = Problems();
        if (problems.Count > 0) throw new ArgumentException(string.Join("; ", problems));
        return this;
    }

    /// <summary>Flops of one training step on B rows, counting the two matrix products: 4·B·m·d (both products), 2·B·m·d when W is frozen.</summary>
    public double FlopsPerStep(int batch) => (TrainsFirst ? 4.0 : 2.0) * batch * Width * Inputs;

    /// <summary>A one-line description: "d=128 m=512 relu logistic×2 both free s=1/m".</summary>
    public string Describe()
    {
        string act = Activation switch
        {
            Activation.HuberizedRelu => Invariant($"huberized-relu(h={ActivationParameter})"),
            Activation.LeakyRelu => Invariant($"leaky-relu({ActivationParameter})"),
            Activation.Abs => "abs",
            _ => "relu",
        };
        string scale = Scale switch { OutputScale.InverseWidth => "1/m", OutputScale.InverseSqrtWidth => "1/sqrt(m)", _ => "1" };
        string output = Output == OutputLayer.FixedBalanced ? Invariant($"fixed±{OutputMagnitude}") : Output == OutputLayer.TiedToNorm ? "tied" : "free";
        return Invariant($"d={Inputs} m={Width} {act} {Loss.ToString().ToLowerInvariant()}×{LossScale} train={Train} output={output} s={scale}{(Bias ? " bias" : "")}{(GradientScale == GradientScale.PerNeuron ? " per-neuron" : "")}");
    }

    private static string Invariant(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
