using XorGen.Operators;

namespace XorGen;

/// <summary>
/// The activation and loss of a spec in plain double precision, by enum value: the operators of
/// <see cref="XorGen.Operators"/> (the definitions every kernel runs) evaluated at one point, for the reference kernel,
/// the generic kernel's per-row stage and the probes.
/// </summary>
public static class ScalarMath
{
    /// <summary>σ(z).</summary>
    public static double Activate(Activation activation, double parameter, double z)
        => ActivationOperators.Visit<double, ActivationAt>(activation, new ActivationAt(parameter, z, derivative: false));

    /// <summary>σ'(z), with the conventions σ'(0) = 0 for ReLU and |·|, slope for leaky ReLU.</summary>
    public static double Derivative(Activation activation, double parameter, double z)
        => ActivationOperators.Visit<double, ActivationAt>(activation, new ActivationAt(parameter, z, derivative: true));

    /// <summary>ℓ(y, f) with multiplier c; the logistic form is evaluated stably for any margin.</summary>
    public static double LossValue(Loss loss, double scale, double y, double f)
        => LossOperators.Visit<double, LossAt>(loss, new LossAt(scale, y, f, derivative: false));

    /// <summary>∂ℓ/∂f: −c·y/(1 + e^{y f}) for the logistic loss, 2c(f − y) for the squared loss.</summary>
    public static double LossDerivative(Loss loss, double scale, double y, double f)
        => LossOperators.Visit<double, LossAt>(loss, new LossAt(scale, y, f, derivative: true));

    /// <summary>Whether the loss classifies (labels ±1, errors reported) rather than regresses.</summary>
    public static bool Classifies(Loss loss) => LossOperators.Visit<bool, LossClassifies>(loss, default);

    /// <summary>log(1 + e^t), to full relative precision for any t (the logistic loss at margin −t).</summary>
    public static double Softplus(double t) => Operators.Logistic.Value(1.0, -t, 1.0);

    /// <summary>1/(1 + e^{−t}).</summary>
    public static double Sigmoid(double t) => t >= 0 ? 1 / (1 + Math.Exp(-t)) : Math.Exp(t) / (1 + Math.Exp(t));

    /// <summary>Whether sign(f) disagrees with the label (f = 0 counts as an error).</summary>
    public static bool Misclassified(double y, double f) => !(y * f > 0);

    private readonly struct ActivationAt(double parameter, double z, bool derivative) : IActivationOperatorVisitor<double>
    {
        public double Visit<TAct>() where TAct : struct, IActivationOperator
        {
            var c = ActivationConstants.Scalar<TAct>(parameter);
            return derivative ? TAct.Derivative<double, ScalarOps<double>, double>(z, in c) : TAct.Value<double, ScalarOps<double>, double>(z, in c);
        }
    }

    private readonly struct LossAt(double scale, double y, double f, bool derivative) : ILossOperatorVisitor<double>
    {
        public double Visit<TLoss>() where TLoss : struct, ILossOperator
            => derivative ? TLoss.Derivative(y, f, scale) : TLoss.Value(y, f, scale);
    }

    private readonly struct LossClassifies : ILossOperatorVisitor<bool>
    {
        public bool Visit<TLoss>() where TLoss : struct, ILossOperator => TLoss.Classifies;
    }
}
