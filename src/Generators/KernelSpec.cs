namespace XorGen.Generators
{
    // Mirrors of the runtime enums (same names and values): the generator cannot reference the runtime assembly.

    /// <summary>Mirror of XorGen.Activation.</summary>
    public enum Activation { /** max(0,z) */ Relu, /** Huberized ReLU */ HuberizedRelu, /** |z| */ Abs, /** leaky ReLU */ LeakyRelu }
    /// <summary>Mirror of XorGen.Loss.</summary>
    public enum Loss { /** logistic */ Logistic, /** squared */ Squared }
    /// <summary>Mirror of XorGen.TrainedLayers.</summary>
    public enum TrainedLayers { /** W (and b) */ FirstOnly, /** a */ SecondOnly, /** both */ Both }
    /// <summary>Mirror of XorGen.OutputLayer.</summary>
    public enum OutputLayer { /** free a */ Free, /** ±c */ FixedBalanced, /** a = ‖w‖ */ TiedToNorm }
    /// <summary>Mirror of XorGen.OutputScale.</summary>
    public enum OutputScale { /** 1 */ One, /** 1/√m */ InverseSqrtWidth, /** 1/m */ InverseWidth }
    /// <summary>Mirror of XorGen.GradientScale.</summary>
    public enum GradientScale { /** raw */ Raw, /** × m */ PerNeuron }
    /// <summary>Mirror of XorGen.InstructionSet.</summary>
    public enum InstructionSet { /** ladder */ Auto, /** 512 */ Vector512, /** 256 */ Vector256, /** 128 */ Vector128, /** scalar */ Scalar }
    /// <summary>Mirror of XorGen.Precision.</summary>
    public enum Precision { /** float */ Float, /** double */ Double }

    /// <summary>
    /// The model of one experiment definition: everything the emitter needs, and nothing from the compiler
    /// (no symbols, syntax or locations), so the incremental pipeline can compare it by value.
    /// </summary>
    public sealed record KernelSpec(
        string Namespace,
        string ClassName,
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
        GradientScale GradientScale = GradientScale.Raw,
        Precision Element = Precision.Float,
        InstructionSet InstructionSet = InstructionSet.Auto,
        int Batch = 0)
    {
        /// <summary>The full name of the definition class (namespace-qualified).</summary>
        public string FullName => Namespace.Length == 0 ? ClassName : Namespace + "." + ClassName;

        /// <summary>Whether W (and b) are trained.</summary>
        public bool TrainsFirst => Train != TrainedLayers.SecondOnly;

        /// <summary>Whether a is trained.</summary>
        public bool TrainsSecond => Train != TrainedLayers.FirstOnly;

        /// <summary>The output scale s as a number.</summary>
        public double ScaleValue => Scale switch
        {
            OutputScale.InverseSqrtWidth => 1.0 / System.Math.Sqrt(Width),
            OutputScale.InverseWidth => 1.0 / Width,
            _ => 1.0,
        };

        /// <summary>1 or m.</summary>
        public double GradientMultiplier => GradientScale == GradientScale.PerNeuron ? Width : 1.0;
    }

    /// <summary>A diagnostic as plain data: descriptor id, where (file path and spans as numbers), and message arguments.</summary>
    public sealed record DiagnosticInfo(
        string Id,
        string FilePath,
        int SpanStart,
        int SpanLength,
        int StartLine,
        int StartCharacter,
        int EndLine,
        int EndCharacter,
        EquatableArray<string> Arguments);

    /// <summary>What parsing one attributed class produced: a spec (null when invalid) and its diagnostics.</summary>
    public sealed record ParseResult(KernelSpec? Spec, EquatableArray<DiagnosticInfo> Diagnostics);
}
