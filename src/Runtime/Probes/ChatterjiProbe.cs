using System.Globalization;

namespace XorGen;

/// <summary>
/// Chatterji, Long, Bartlett: Huberized ReLU (or ReLU), fixed output weights ±1 on m = 2p neurons, trained first layer V = (W, b),
/// full-batch gradient descent with the adaptive rate α_t = c·log²(1/L_t)/p.
/// L_t is the mean loss (with the spec's multiplier) of the current parameters on <see cref="ProbeContext.Train"/>, and ∇L its raw
/// gradient (no per-neuron multiplier), both computed by a <see cref="ReferenceKernel{T}"/> the probe keeps.
/// <para>Keys:</para>
/// <list type="bullet">
/// <item><c>v_norm</c>: ‖V‖_F = √(‖W‖_F² + ‖b‖²).</item>
/// <item><c>full_train_loss</c>: L_t on the whole training set at the current parameters.</item>
/// <item><c>grad_norm</c>: ‖∇L‖ over the trainable first layer (W and b).</item>
/// <item><c>alignment</c>: A_t = −∇L·V/‖V‖; <c>alignment_cos</c>: A_t/‖∇L‖ (NaN when ∇L = 0).</item>
/// <item><c>g_max</c>, <c>g_min</c>, <c>g_mean</c>: of the per-sample g_s = 1/(1 + e^{y_s f(x_s)}).</item>
/// <item><c>margin_min</c>: min over samples of y_s·f(x_s).</item>
/// <item><c>rate_times_loss</c>: α_t·L_t with α_t = <see cref="ProbeContext.Rate"/> (the rate of the last step) and L_t as above;
/// <c>rate_times_loss_bound</c>: 1/(30p).</item>
/// <item><c>log2_inv_loss_over_v_norm</c>: log²(1/L_t)/‖V‖ (non-decreasing in theory).</item>
/// <item><c>t_times_loss</c>: t·L_t with t = <see cref="ProbeContext.Step"/> (bounded for an O(1/t) rate).</item>
/// </list>
/// Without a training set (online training) the probe reports <c>v_norm</c>, <c>rate_times_loss_bound</c> and, with L_t taken from
/// <see cref="ProbeContext.TrainLoss"/>, <c>rate_times_loss</c>, <c>log2_inv_loss_over_v_norm</c> and <c>t_times_loss</c>.
/// Cost O(n·m·d) per measurement.
/// </summary>
public sealed class ChatterjiProbe : IProbe
{
    private readonly int _p;
    private ReferenceKernel<double>? _kernel;
    private NetworkParameters? _gradient;
    private double[] _outputs = [];

    /// <summary>A probe for a network of m = 2p neurons.</summary>
    /// <param name="p">Half the width; only the bound 1/(30p) uses it. At least 1.</param>
    public ChatterjiProbe(int p)
    {
        if (p < 1) throw new ArgumentOutOfRangeException(nameof(p), p, string.Create(CultureInfo.InvariantCulture, $"p = {p} must be at least 1 (the width is m = 2p)"));
        _p = p;
    }

    /// <inheritdoc/>
    public string Name => "chatterji";

    /// <inheritdoc/>
    public void Measure(ProbeContext context, IDictionary<string, double> metrics)
    {
        ProbeMath.CheckArguments(context, metrics);
        var p = context.Parameters;
        double vNorm = Math.Sqrt(ProbeMath.Dot(p.W, p.W) + ProbeMath.Dot(p.B, p.B));
        metrics["v_norm"] = vNorm;
        metrics["rate_times_loss_bound"] = 1.0 / (30.0 * _p);

        double loss = context.TrainLoss;
        if (context.Train is { } train)
        {
            loss = MeasureTraining(context, train, vNorm, metrics);
            metrics["full_train_loss"] = loss;
        }
        double log = Math.Log(1 / loss);
        metrics["rate_times_loss"] = context.Rate * loss;
        metrics["log2_inv_loss_over_v_norm"] = log * log / vNorm;
        metrics["t_times_loss"] = context.Step * loss;
    }

    private double MeasureTraining(ProbeContext context, Dataset<double> train, double vNorm, IDictionary<string, double> metrics)
    {
        var spec = context.Spec;
        if (_kernel is null || _kernel.Spec != spec)
        {
            _kernel?.Dispose();
            _kernel = new ReferenceKernel<double>(spec);
            _gradient = new NetworkParameters(spec);
        }
        var gradient = _gradient!;
        int n = train.Count;
        if (_outputs.Length != n) _outputs = new double[n];

        _kernel.LoadParameters(context.Parameters);
        double loss = _kernel.LossAndGradient(train.X, train.Y, n, gradient);
        _kernel.Predict(train.X, n, _outputs);

        var v = context.Parameters;
        double gradNorm = Math.Sqrt(ProbeMath.Dot(gradient.W, gradient.W) + ProbeMath.Dot(gradient.B, gradient.B));
        double alignment = -(ProbeMath.Dot(gradient.W, v.W) + ProbeMath.Dot(gradient.B, v.B)) / vNorm;
        metrics["grad_norm"] = gradNorm;
        metrics["alignment"] = alignment;
        metrics["alignment_cos"] = gradNorm > 0 ? alignment / gradNorm : double.NaN;

        double gMax = double.NegativeInfinity, gMin = double.PositiveInfinity, gSum = 0, marginMin = double.PositiveInfinity;
        for (int i = 0; i < n; i++)
        {
            double margin = train.Y[i] * _outputs[i];
            double g = ScalarMath.Sigmoid(-margin); // 1/(1 + e^{y f})
            gMax = Math.Max(gMax, g);
            gMin = Math.Min(gMin, g);
            gSum += g;
            marginMin = Math.Min(marginMin, margin);
        }
        metrics["g_max"] = n > 0 ? gMax : double.NaN;
        metrics["g_min"] = n > 0 ? gMin : double.NaN;
        metrics["g_mean"] = n > 0 ? gSum / n : double.NaN;
        metrics["margin_min"] = n > 0 ? marginMin : double.NaN;
        return loss;
    }
}
