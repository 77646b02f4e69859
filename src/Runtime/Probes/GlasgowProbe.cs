using System.Globalization;

namespace XorGen;

/// <summary>
/// Glasgow (2023), XOR on the hypercube with label y = −x_{c1}·x_{c2}: the signal / noise split of every neuron,
/// the signal-heavy shares per cluster, the margins at the four cluster centres and the balance gap.
/// Clusters: μ1 = e_{c1} − e_{c2} and μ2 = e_{c1} + e_{c2}; x_{c1,c2} = ±μ1 has y(±μ1) = +1, x_{c1,c2} = ±μ2 has y(±μ2) = −1.
/// For a neuron with a_j ≥ 0 the signal w_sig is the projection of w_j on μ1 (norm |w_{c1} − w_{c2}|/√2) and the opposite
/// part w_opp its projection on μ2 (norm |w_{c1} + w_{c2}|/√2); for a_j &lt; 0 the two swap. w_⊥ is every other coordinate.
/// a_j is the output weight in effect (free, ±c or ‖w_j‖).
/// <para>Keys:</para>
/// <list type="bullet">
/// <item><c>signal_norm</c>: mean over neurons of ‖w_sig‖.</item>
/// <item><c>noise_norm</c>: mean over neurons of ‖w_opp‖ + ‖w_⊥‖.</item>
/// <item><c>signal_heavy_share_p_mu1</c>, <c>_n_mu1</c>, <c>_p_mu2</c>, <c>_n_mu2</c>: for the cluster μ = +μ1, −μ1, +μ2, −μ2,
/// the number of neurons with ‖w_sig‖ ≥ k·(‖w_opp‖ + ‖w_⊥‖), w_sig·μ &gt; 0 and sign(a_j) = y(μ) (a_j = 0 has no sign),
/// divided by m. A neuron counts for at most one cluster; the four shares sum to at most 1.</item>
/// <item><c>margin_p_mu1</c>, <c>margin_n_mu1</c>, <c>margin_p_mu2</c>, <c>margin_n_mu2</c>: y(μ)·f(μ), f evaluated at the point μ ∈ ℝ^d (zeros elsewhere).</item>
/// <item><c>margin_min</c>, <c>margin_max</c>: the least and greatest of the four margins.</item>
/// <item><c>mean_abs_a_norm_w</c>: mean over neurons of |a_j|·‖w_j‖.</item>
/// <item><c>balance_gap_max</c>, <c>balance_gap_mean</c>: the max and the mean over neurons of |a_j² − ‖w_j‖²|.</item>
/// </list>
/// Cost O(m·d); no allocation.
/// </summary>
public sealed class GlasgowProbe : IProbe
{
    private static readonly string[] ClusterNames = ["p_mu1", "n_mu1", "p_mu2", "n_mu2"];
    private static readonly string[] ShareKeys = [.. ClusterNames.Select(c => "signal_heavy_share_" + c)];
    private static readonly string[] MarginKeys = [.. ClusterNames.Select(c => "margin_" + c)];

    private readonly int _c1, _c2;
    private readonly double _k;

    /// <summary>A probe for the label y = −x_{coordinate1}·x_{coordinate2} with dominance factor k.</summary>
    /// <param name="coordinate1">c1, the first label coordinate (0-based).</param>
    /// <param name="coordinate2">c2, the second label coordinate (0-based), different from c1.</param>
    /// <param name="dominance">k in ‖w_sig‖ ≥ k·(‖w_opp‖ + ‖w_⊥‖); positive.</param>
    public GlasgowProbe(int coordinate1 = 0, int coordinate2 = 1, double dominance = 1.0)
    {
        if (coordinate1 < 0) throw new ArgumentOutOfRangeException(nameof(coordinate1), coordinate1, $"label coordinate {coordinate1} must not be negative");
        if (coordinate2 < 0) throw new ArgumentOutOfRangeException(nameof(coordinate2), coordinate2, $"label coordinate {coordinate2} must not be negative");
        if (coordinate1 == coordinate2) throw new ArgumentException($"the two label coordinates must differ, both are {coordinate1}", nameof(coordinate2));
        if (!(dominance > 0 && double.IsFinite(dominance)))
            throw new ArgumentOutOfRangeException(nameof(dominance), dominance, string.Create(CultureInfo.InvariantCulture, $"dominance factor k = {dominance} must be a positive finite number"));
        _c1 = coordinate1;
        _c2 = coordinate2;
        _k = dominance;
    }

    /// <inheritdoc/>
    public string Name => "glasgow";

    /// <inheritdoc/>
    public void Measure(ProbeContext context, IDictionary<string, double> metrics)
    {
        ProbeMath.CheckArguments(context, metrics);
        var spec = context.Spec;
        var p = context.Parameters;
        int d = p.Inputs, m = p.Width;
        if (_c1 >= d || _c2 >= d)
            throw new ArgumentException($"label coordinates ({_c1}, {_c2}) are outside the input dimension d = {d}");

        double invSqrt2 = 1 / Math.Sqrt(2);
        double sumSignal = 0, sumNoise = 0, sumAbsANorm = 0, gapMax = 0, gapSum = 0;
        Span<int> heavy = stackalloc int[4];
        Span<double> f = stackalloc double[4]; // Σ_j a_j σ(w_j·μ + b_j) at +μ1, −μ1, +μ2, −μ2
        f.Clear();
        heavy.Clear();
        for (int j = 0; j < m; j++)
        {
            ReadOnlySpan<double> w = p.Row(j);
            double a = ProbeMath.OutputWeight(spec, p, j);
            double w1 = w[_c1], w2 = w[_c2];
            double perp2 = 0;
            for (int k = 0; k < d; k++)
                if (k != _c1 && k != _c2) perp2 += w[k] * w[k];
            double norm = Math.Sqrt(perp2 + w1 * w1 + w2 * w2);
            double perp = Math.Sqrt(perp2);
            double along1 = (w1 - w2) * invSqrt2; // w·μ1/‖μ1‖
            double along2 = (w1 + w2) * invSqrt2; // w·μ2/‖μ2‖
            bool positive = a >= 0;
            double sig = positive ? along1 : along2;
            double opp = Math.Abs(positive ? along2 : along1);
            sumSignal += Math.Abs(sig);
            sumNoise += opp + perp;

            if (a != 0 && Math.Abs(sig) >= _k * (opp + perp) && sig != 0)
            {
                // a > 0: signal along μ1, its cluster is +μ1 when w_sig·μ1 > 0, else −μ1 (y = +1 both).
                // a < 0: signal along μ2, cluster +μ2 or −μ2 (y = −1 both).
                int cluster = (a > 0 ? 0 : 2) + (sig > 0 ? 0 : 1);
                heavy[cluster]++;
            }

            sumAbsANorm += Math.Abs(a) * norm;
            double gap = Math.Abs(a * a - norm * norm);
            gapSum += gap;
            gapMax = Math.Max(gapMax, gap);

            double b = p.HasBias ? p.B[j] : 0.0;
            double z1 = w1 - w2, z2 = w1 + w2; // w·μ1, w·μ2
            f[0] += a * ProbeMath.Activate(spec, z1 + b);
            f[1] += a * ProbeMath.Activate(spec, -z1 + b);
            f[2] += a * ProbeMath.Activate(spec, z2 + b);
            f[3] += a * ProbeMath.Activate(spec, -z2 + b);
        }

        metrics["signal_norm"] = sumSignal / m;
        metrics["noise_norm"] = sumNoise / m;
        double s = spec.ScaleValue;
        double marginMin = double.PositiveInfinity, marginMax = double.NegativeInfinity;
        for (int c = 0; c < 4; c++)
        {
            metrics[ShareKeys[c]] = (double)heavy[c] / m;
            double y = c < 2 ? 1.0 : -1.0;
            double margin = y * s * f[c];
            metrics[MarginKeys[c]] = margin;
            marginMin = Math.Min(marginMin, margin);
            marginMax = Math.Max(marginMax, margin);
        }
        metrics["margin_min"] = marginMin;
        metrics["margin_max"] = marginMax;
        metrics["mean_abs_a_norm_w"] = sumAbsANorm / m;
        metrics["balance_gap_max"] = gapMax;
        metrics["balance_gap_mean"] = gapSum / m;
    }
}
