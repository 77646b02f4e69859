using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace XorGen.Generators
{
    /// <summary>Every diagnostic the XorGen generator reports. Each message names the offending value.</summary>
    public static class DiagnosticDescriptors
    {
        private const string Category = "XorGen.Definition";

        /// <summary>XG0001: the definition class is not partial.</summary>
        public static readonly DiagnosticDescriptor NotPartial = new("XG0001", "Experiment definition must be partial",
            "Class '{0}' carries [TwoLayerKernel] but is not declared partial; add the 'partial' modifier so the kernel can be generated into it", Category, DiagnosticSeverity.Error, true);

        /// <summary>XG0002: the definition class is nested.</summary>
        public static readonly DiagnosticDescriptor Nested = new("XG0002", "Experiment definition must be a top-level class",
            "Class '{0}' carries [TwoLayerKernel] but is nested inside '{1}'; move it to namespace level", Category, DiagnosticSeverity.Error, true);

        /// <summary>XG0003: the definition class is generic.</summary>
        public static readonly DiagnosticDescriptor Generic = new("XG0003", "Experiment definition must not be generic",
            "Class '{0}' carries [TwoLayerKernel] but has type parameters <{1}>; a definition fixes its element type with Element", Category, DiagnosticSeverity.Error, true);

        /// <summary>XG0004: d or m outside 1..65536.</summary>
        public static readonly DiagnosticDescriptor SizeOutOfRange = new("XG0004", "Size out of range",
            "{0} = {1} is out of range: it must be between 1 and 65536", Category, DiagnosticSeverity.Error, true);

        /// <summary>XG0005: Batch negative or beyond the limit.</summary>
        public static readonly DiagnosticDescriptor BatchOutOfRange = new("XG0005", "Fixed batch out of range",
            "Batch = {0} is out of range: use 0 (any batch size) or a fixed size between 1 and 65536", Category, DiagnosticSeverity.Error, true);

        /// <summary>XG0006: tied or fixed output layer with the second layer trained.</summary>
        public static readonly DiagnosticDescriptor UntrainableOutput = new("XG0006", "Output layer cannot be trained",
            "Output = {0} has no trainable second layer, but Train = {1}; use Train = FirstOnly or Output = Free", Category, DiagnosticSeverity.Error, true);

        /// <summary>XG0007: bias with only the second layer trained.</summary>
        public static readonly DiagnosticDescriptor BiasWithoutFirstLayer = new("XG0007", "Bias needs the first layer trained",
            "Bias = true needs the first layer trained, but Train = {0}", Category, DiagnosticSeverity.Error, true);

        /// <summary>XG0008: Huberized ReLU without h &gt; 0.</summary>
        public static readonly DiagnosticDescriptor HuberBandwidth = new("XG0008", "Huberized ReLU needs h > 0",
            "Activation = HuberizedRelu needs a finite bandwidth ActivationParameter = h > 0, got {0}", Category, DiagnosticSeverity.Error, true);

        /// <summary>XG0009: leaky ReLU slope outside [0, 1).</summary>
        public static readonly DiagnosticDescriptor LeakySlope = new("XG0009", "Leaky ReLU slope out of range",
            "Activation = LeakyRelu needs a slope ActivationParameter in [0, 1), got {0}", Category, DiagnosticSeverity.Error, true);

        /// <summary>XG0010: loss multiplier not positive and finite.</summary>
        public static readonly DiagnosticDescriptor LossScale = new("XG0010", "Loss multiplier must be positive",
            "LossScale = {0} must be a positive finite number", Category, DiagnosticSeverity.Error, true);

        /// <summary>XG0011: fixed output magnitude not finite.</summary>
        public static readonly DiagnosticDescriptor OutputMagnitude = new("XG0011", "Output magnitude must be finite",
            "OutputMagnitude = {0} must be a finite number for Output = FixedBalanced", Category, DiagnosticSeverity.Error, true);

        /// <summary>XG0012: an argument the generator cannot read (malformed or of the wrong type).</summary>
        public static readonly DiagnosticDescriptor BadArgument = new("XG0012", "Unreadable attribute argument",
            "Argument {0} of [TwoLayerKernel] cannot be read: {1}", Category, DiagnosticSeverity.Error, true);

        /// <summary>XG0013: an enum argument with no named value.</summary>
        public static readonly DiagnosticDescriptor UnknownEnumValue = new("XG0013", "Unknown enum value",
            "{0} = {1} is not a defined {2} value", Category, DiagnosticSeverity.Error, true);

        /// <summary>XG0014: a required argument is missing.</summary>
        public static readonly DiagnosticDescriptor MissingArgument = new("XG0014", "Required argument missing",
            "[TwoLayerKernel] on '{0}' needs {1}; add {1} = <value>", Category, DiagnosticSeverity.Error, true);

        /// <summary>XG0015: an activation's parameter outside what the activation accepts (XorGen.ActivationRules).</summary>
        public static readonly DiagnosticDescriptor ActivationParameter = new("XG0015", "Activation parameter out of range",
            "Activation = {0} needs {1} as ActivationParameter, got {2}", Category, DiagnosticSeverity.Error, true);

        /// <summary>XG0016: two definitions of one compilation would build the same kernel.</summary>
        public static readonly DiagnosticDescriptor DuplicateKernel = new("XG0016", "Two definitions build the same kernel",
            "Definition '{0}' has the same spec, element type, instruction set and batch as '{1}'; the kernels would collide at registration", Category, DiagnosticSeverity.Error, true);

        /// <summary>XG0017: a variant knob (RowTile, VectorTile, Unroll, InputTile, Padding, Prefetch) outside its range, or FloatLoss on a double kernel.</summary>
        public static readonly DiagnosticDescriptor VariantOutOfRange = new("XG0017", "Variant knob out of range",
            "{0}", Category, DiagnosticSeverity.Error, true);

        /// <summary>XG0018: a variant's register tile does not fit the vector registers of a path it compiles.</summary>
        public static readonly DiagnosticDescriptor TileTooLarge = new("XG0018", "Register tile does not fit",
            "Variant does not fit: {0}", Category, DiagnosticSeverity.Error, true);

        /// <summary>Every descriptor by id.</summary>
        public static readonly IReadOnlyDictionary<string, DiagnosticDescriptor> ById = new Dictionary<string, DiagnosticDescriptor>
        {
            [NotPartial.Id] = NotPartial,
            [Nested.Id] = Nested,
            [Generic.Id] = Generic,
            [SizeOutOfRange.Id] = SizeOutOfRange,
            [BatchOutOfRange.Id] = BatchOutOfRange,
            [UntrainableOutput.Id] = UntrainableOutput,
            [BiasWithoutFirstLayer.Id] = BiasWithoutFirstLayer,
            [HuberBandwidth.Id] = HuberBandwidth,
            [LeakySlope.Id] = LeakySlope,
            [LossScale.Id] = LossScale,
            [OutputMagnitude.Id] = OutputMagnitude,
            [BadArgument.Id] = BadArgument,
            [UnknownEnumValue.Id] = UnknownEnumValue,
            [MissingArgument.Id] = MissingArgument,
            [ActivationParameter.Id] = ActivationParameter,
            [DuplicateKernel.Id] = DuplicateKernel,
            [VariantOutOfRange.Id] = VariantOutOfRange,
            [TileTooLarge.Id] = TileTooLarge,
        };
    }
}
