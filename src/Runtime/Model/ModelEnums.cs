// The model's enums and the rule for each activation's parameter: compiled into the runtime and, as linked source,
// into the source generator (src/Generators/XorGen.Generators.csproj), so both read one definition of every value.
// Keep this file free of anything netstandard2.0 lacks.
namespace XorGen
{
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
        /// <summary>z², σ'(z) = 2z: the activation of many XOR and parity analyses.</summary>
        Quadratic,
        /// <summary>log(1 + e^{βz})/β with sharpness β = ActivationParameter &gt; 0, σ'(z) = sigmoid(βz): a smooth ReLU.</summary>
        Softplus,
    }

    /// <summary>The per-sample loss ℓ(y, f), multiplied by <c>ModelSpec.LossScale</c>.</summary>
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
    /// What each activation needs of <c>ActivationParameter</c>: the one place the runtime (<c>ModelSpec.Problems</c>)
    /// and the generator (its diagnostics) both read.
    /// </summary>
    public static class ActivationRules
    {
        /// <summary>The symbol of the parameter in the activation's formula ("h", "slope", ...), or null when it takes none.</summary>
        public static string? ParameterName(Activation activation)
        {
            switch (activation)
            {
                case Activation.HuberizedRelu: return "h";
                case Activation.LeakyRelu: return "slope";
                case Activation.Softplus: return "β";
                default: return null;
            }
        }

        /// <summary>What a valid parameter is ("a finite bandwidth h > 0"), when <paramref name="parameter"/> is not one; else null.</summary>
        public static string? ParameterProblem(Activation activation, double parameter)
        {
            bool finite = !double.IsNaN(parameter) && !double.IsInfinity(parameter);
            switch (activation)
            {
                case Activation.HuberizedRelu: return parameter > 0 && finite ? null : "a finite bandwidth h > 0";
                case Activation.LeakyRelu: return parameter >= 0 && parameter < 1 ? null : "a slope in [0, 1)";
                case Activation.Softplus: return parameter > 0 && finite ? null : "a finite sharpness β > 0";
                default: return null;
            }
        }
    }
}
