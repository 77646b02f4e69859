namespace XorGen.Generators
{
    // The enums (Activation, Loss, ...) are the runtime's own: src/Runtime/Model/ModelEnums.cs is compiled into this
    // assembly as linked source (see XorGen.Generators.csproj), so the generator and the runtime share one definition.

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
        int Batch = 0,
        bool IsRecord = false,
        KernelVariant? Variant = null)
    {
        /// <summary>The tiling variant (<see cref="KernelVariant.Default"/> when none is given).</summary>
        public KernelVariant Tuning => Variant ?? KernelVariant.Default;

        /// <summary>The declaration keywords of the definition's partial part: "class" or "record class".</summary>
        public string TypeKeyword => IsRecord ? "record class" : "class";

        /// <summary>What tells two generated kernels apart at registration (the runtime's GeneratedKernelInfo.Key): a collision is XG0016.</summary>
        public string RegistrationKey => string.Join("|", Inputs, Width, Activation, ActivationParameter.ToString("R", System.Globalization.CultureInfo.InvariantCulture),
            Loss, LossScale.ToString("R", System.Globalization.CultureInfo.InvariantCulture), Train, Output,
            OutputMagnitude.ToString("R", System.Globalization.CultureInfo.InvariantCulture), Scale, Bias, GradientScale, Element, InstructionSet, Batch, Tuning);

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

    /// <summary>What parsing one attributed class produced: a spec (null when invalid), its diagnostics, and where its name is (for diagnostics about several definitions).</summary>
    public sealed record ParseResult(KernelSpec? Spec, EquatableArray<DiagnosticInfo> Diagnostics, DiagnosticInfo? Where = null);
}
