namespace XorGen;

/// <summary>
/// The activation and loss of a spec in plain double precision: the definitions every kernel must agree with.
/// </summary>
public static class ScalarMath
{
    /// <summary>σ(z).</summary>
    public static double Activate(Activation activation, double parameter, double z) => activation switch
    {
        Activation.Relu => z > 0 ? z : 0.0,
        Activation.HuberizedRelu => z <= 0 ? 0.0 : z <= parameter ? z * z / (2 * parameter) : z - parameter / 2,
        Activation.Abs => Math.Abs(z),
        Activation.LeakyRelu => z > 0 ? z : parameter * z,
        _ => throw new ArgumentOutOfRangeException(nameof(activation)),
    };

    /// <summary>σ'(z), with the conventions σ'(0) = 0 for ReLU and |·|, slope for leaky ReLU.</summary>
    public static double Derivative(Activation activation, double parameter, double z) => activation switch
    {
        Activation.Relu => z > 0 ? 1.0 : 0.0,
        Activation.HuberizedRelu => z <= 0 ? 0.0 : z <= parameter ? z / parameter : 1.0,
        Activation.Abs => z > 0 ? 1.0 : z < 0 ? -1.0 : 0.0,
        Activation.LeakyRelu => z > 0 ? 1.0 : parameter,
        _ => throw new ArgumentOutOfRangeException(nameof(activation)),
    };

    /// <summary>ℓ(y, f) with multiplier c; the logistic form is evaluated stably for any margin.</summary>
    public static double LossValue(Loss loss, double scale, double y, double f) => loss switch
    {
        Loss.Logistic => scale * Softplus(-y * f),
        Loss.Squared => scale * (f - y) * (f - y),
        _ => throw new ArgumentOutOfRangeException(nameof(loss)),
    };

    /// <summary>∂ℓ/∂f: −c·y/(1 + e^{y f}) for the logistic loss, 2c(f − y) for the squared loss.</summary>
    public static double LossDerivative(Loss loss, double scale, double y, double f) => loss switch
    {
        Loss.Logistic => -scale * y * Sigmoid(-y * f),
        Loss.Squared => 2 * scale * (f - y),
        _ => throw new ArgumentOutOfRangeException(nameof(loss)),
    };

    /// <summary>log(1 + e^t), accurate for large |t|.</summary>
    public static double Softplus(double t) => t > 0 ? t + Math.Log(1 + Math.Exp(-t)) : Math.Log(1 + Math.Exp(t));

    /// <summary>1/(1 + e^{−t}).</summary>
    public static double Sigmoid(double t) => t >= 0 ? 1 / (1 + Math.Exp(-t)) : Math.Exp(t) / (1 + Math.Exp(t));

    /// <summary>Whether sign(f) disagrees with the label (f = 0 counts as an error).</summary>
    public static bool Misclassified(double y, double f) => !(y * f > 0);
}
