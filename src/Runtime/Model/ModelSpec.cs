using System.Globalization;

namespace XorGen;

/// <summary>
/// Everything that fixes the arithmetic of a two-layer network f(x) = s·Σ_j a_j σ(w_j·x + b_j)
/// and its gradient: the part of a run a generated kernel is specialized to.
/// </summary>
/// <param name="Inputs">Input dimension d.</param>
/// <param name="Width">Hidden width m.</param>
/// <param name="Activation">The activation σ.</param>
/// <param name="ActivationParameter">The activation's parameter (h of the Huberized ReLU, the leaky slope, ...; see <see cref="ActivationRules"/>); ignored by an activation that takes none.</param>
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
        if (Enum.IsDefined(Activation) && ActivationRules.ParameterProblem(Activation, ActivationParameter) is { } need)
            p.Add(Invariant($"activation {Activation} needs {need}, got ActivationParameter = {ActivationParameter}"));
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
        string act = ActivationRules.ParameterName(Activation) is { } name
            ? Invariant($"{Kebab(Activation.ToString())}({name}={ActivationParameter})")
            : Kebab(Activation.ToString());
        string scale = Scale switch { OutputScale.InverseWidth => "1/m", OutputScale.InverseSqrtWidth => "1/sqrt(m)", _ => "1" };
        string output = Output == OutputLayer.FixedBalanced ? Invariant($"fixed±{OutputMagnitude}") : Output == OutputLayer.TiedToNorm ? "tied" : "free";
        return Invariant($"d={Inputs} m={Width} {act} {Loss.ToString().ToLowerInvariant()}×{LossScale} train={Train} output={output} s={scale}{(Bias ? " bias" : "")}{(GradientScale == GradientScale.PerNeuron ? " per-neuron" : "")}");
    }

    /// <summary>"HuberizedRelu" → "huberized-relu".</summary>
    private static string Kebab(string name) =>
        string.Concat(name.Select((c, i) => char.IsUpper(c) && i > 0 ? "-" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));

    private static string Invariant(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
