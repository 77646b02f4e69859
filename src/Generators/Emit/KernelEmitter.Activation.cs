namespace XorGen.Generators
{
    /// <summary>The activation σ, its derivative and the loss as inline expressions with every constant folded.</summary>
    public static partial class KernelEmitter
    {
        /// <summary>σ(z) for a vector (or scalar) variable <paramref name="z"/>.</summary>
        public static string ActivationExpression(KernelSpec spec, VectorFlavor v, string z)
        {
            double p = spec.ActivationParameter;
            switch (spec.Activation)
            {
                case XorGen.Generators.Activation.HuberizedRelu:
                    // piecewise: 0 for z ≤ 0, z²/(2h) for 0 < z ≤ h, z − h/2 beyond; 1/(2h) and h/2 folded.
                    return v.Select(v.LessThanOrEqual(z, v.Zero), v.Zero,
                        v.Select(v.LessThanOrEqual(z, v.Constant(p)), z + " * " + z + " * " + v.Constant(1.0 / (2 * p)), z + " - " + v.Constant(p / 2)));
                case XorGen.Generators.Activation.Abs:
                    return v.Abs(z);
                case XorGen.Generators.Activation.LeakyRelu:
                    return v.Select(v.GreaterThan(z, v.Zero), z, z + " * " + v.Constant(p));
                default:
                    return v.Max(z, v.Zero);
            }
        }

        /// <summary>σ'(z), with σ'(0) = 0 for ReLU and |·| and the slope for the leaky ReLU, as the reference defines.</summary>
        public static string DerivativeExpression(KernelSpec spec, VectorFlavor v, string z)
        {
            double p = spec.ActivationParameter;
            switch (spec.Activation)
            {
                case XorGen.Generators.Activation.HuberizedRelu:
                    return v.Select(v.LessThanOrEqual(z, v.Zero), v.Zero,
                        v.Select(v.LessThanOrEqual(z, v.Constant(p)), z + " * " + v.Constant(1.0 / p), v.Constant(1)));
                case XorGen.Generators.Activation.Abs:
                    return v.Select(v.GreaterThan(z, v.Zero), v.Constant(1), v.Select(v.LessThan(z, v.Zero), v.Constant(-1), v.Zero));
                case XorGen.Generators.Activation.LeakyRelu:
                    return v.Select(v.GreaterThan(z, v.Zero), v.Constant(1), v.Constant(p));
                default:
                    return v.Select(v.GreaterThan(z, v.Zero), v.Constant(1), v.Zero);
            }
        }

        /// <summary>
        /// Statements computing, for the double label <c>yi</c> and output <c>f</c>, the loss into <c>lossSum</c> (added) and ∂ℓ/∂f into <c>dl</c>.
        /// Per-row scalar double code: B evaluations per step, against B·m·d for the products.
        /// </summary>
        private static void EmitLoss(IndentedWriter w, KernelSpec spec, bool derivative)
        {
            double c = spec.LossScale;
            if (spec.Loss == XorGen.Generators.Loss.Squared)
            {
                w.Line("double r = f - yi;");
                w.Line("lossSum += " + Scaled(c, "r * r") + ";");
                if (derivative) w.Line("double dl = " + Literals.Double(2 * c) + " * r;");
                return;
            }
            // logistic: c·log(1 + e^{−y f}) evaluated stably; ℓ' = −c·y·sigmoid(−y f)
            w.Line("double t = -yi * f;");
            w.Line("lossSum += " + Scaled(c, "(t > 0 ? t + global::System.Math.Log(1 + global::System.Math.Exp(-t)) : global::System.Math.Log(1 + global::System.Math.Exp(t)))") + ";");
            if (derivative)
                w.Line("double dl = " + Literals.Double(-c) + " * yi * (t >= 0 ? 1 / (1 + global::System.Math.Exp(-t)) : global::System.Math.Exp(t) / (1 + global::System.Math.Exp(t)));");
        }

        private static string Scaled(double c, string expression) => c == 1.0 ? expression : Literals.Double(c) + " * " + expression;
    }
}
