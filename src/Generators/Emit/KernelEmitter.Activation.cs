namespace XorGen.Generators
{
    /// <summary>
    /// The activation σ, its derivative and the loss: calls of the runtime's operators (XorGen.Operators, one readonly
    /// struct per enum member, of the same name) with the definition's constants. The maths lives only there.
    /// </summary>
    public static partial class KernelEmitter
    {
        /// <summary>The operator struct of the definition's activation: "HuberizedRelu" (under <c>using XorGen.Operators</c>).</summary>
        public static string ActivationOperator(KernelSpec spec) => spec.Activation.ToString();

        /// <summary>The operator struct of the definition's loss: "Logistic".</summary>
        public static string LossOperator(KernelSpec spec) => spec.Loss.ToString();

        /// <summary>The statement declaring <c>sigma</c>, the activation's constants broadcast for path <paramref name="v"/>.</summary>
        private static string ActivationConstantsLine(KernelSpec spec, VectorFlavor v) =>
            "var sigma = ActivationConstants.For<" + ActivationOperator(spec) + ", " + v.ElementType + ", " + v.Ops + ", " + v.Type + ">("
            + Literals.Double(spec.ActivationParameter) + "); // the activation's constants on this path";

        /// <summary>σ(z) for a register (or scalar) variable <paramref name="z"/>; needs <see cref="ActivationConstantsLine"/> in scope.</summary>
        public static string ActivationExpression(KernelSpec spec, string z) => ActivationOperator(spec) + ".Value(" + z + ", in sigma)";

        /// <summary>σ′(z), as the operator defines it; needs <see cref="ActivationConstantsLine"/> in scope.</summary>
        public static string DerivativeExpression(KernelSpec spec, string z) => ActivationOperator(spec) + ".Derivative(" + z + ", in sigma)";

        /// <summary>g·σ′(z) on path <paramref name="v"/> (a lane select for ReLU), as the runtime's ActivationBackprop forms it; needs <see cref="ActivationConstantsLine"/> in scope.</summary>
        public static string BackpropExpression(KernelSpec spec, VectorFlavor v, string z, string g) =>
            "ActivationBackprop.Times<" + ActivationOperator(spec) + ", " + v.ElementType + ", " + v.Ops + ", " + v.Type + ">(" + z + ", " + g + ", in sigma)";

        /// <summary>
        /// Statements computing, for the double label <c>yi</c> and output <c>f</c>, the loss into <c>lossSum</c> (added) and,
        /// with <paramref name="derivative"/>, ∂ℓ/∂f into <c>dl</c>: scalar double calls of the loss operator.
        /// </summary>
        private static void EmitLoss(IndentedWriter w, KernelSpec spec, bool derivative)
        {
            string c = Literals.Double(spec.LossScale);
            w.Line("lossSum += " + LossOperator(spec) + ".Value(yi, f, " + c + ");");
            if (derivative) w.Line("double dl = " + LossOperator(spec) + ".Derivative(yi, f, " + c + ");");
        }
    }
}
