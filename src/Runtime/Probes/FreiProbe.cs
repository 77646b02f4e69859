namespace XorGen;

/// <summary>
/// Frei, Chatterji, Bartlett: XOR clusters ±μ1 (clean label +1) and ±μ2 (clean label −1) with label noise, first layer trained
///. Norms of W, normalised correlations of the neurons with the cluster directions, the aligned shares, and,
/// when the context has a training set, the fit of clean and noisy points, the margins and Prop. 2's feature change.
/// a_j is the output weight in effect; μ1 and μ2 are used normalised (the paper takes them orthonormal).
/// Neurons with w_j = 0 have no direction: they are left out of the correlation means and maxima, and never count as aligned.
/// <para>Keys:</para>
/// <list type="bullet">
/// <item><c>w_norm_mean</c>, <c>w_norm_max</c>: mean and max of ‖w_j‖; <c>w_frobenius</c>: ‖W‖_F (≤ 2αt in theory).</item>
/// <item><c>correlation_p_mu1</c>, <c>correlation_n_mu1</c>, <c>correlation_p_mu2</c>, <c>correlation_n_mu2</c>: the mean over neurons
/// of ⟨w_j/‖w_j‖, μ⟩ for μ = +μ1, −μ1, +μ2, −μ2 (≈ 0 ± 1/√d at a random init).</item>
/// <item><c>correlation_max_pos_p_mu1</c> … <c>correlation_max_pos_n_mu2</c> and <c>correlation_max_neg_p_mu1</c> … : the max of the same
/// over the neurons with a_j &gt; 0 (pos) or a_j &lt; 0 (neg); NaN when there is no such neuron.</item>
/// <item><c>aligned_share_pos</c>: among neurons with a_j &gt; 0, the share whose most correlated direction among {±μ1, ±μ2} is ±μ1
/// (|⟨w̄_j, μ1⟩| &gt; |⟨w̄_j, μ2⟩|); <c>aligned_share_neg</c>: among a_j &lt; 0, the share most correlated with ±μ2. NaN when there is no such neuron.</item>
/// </list>
/// With a training set (x_i, observed y_i, clean ỹ_i):
/// <list type="bullet">
/// <item><c>train_fit_clean</c>: among points with y_i = ỹ_i, the fraction with y_i·f(x_i) &gt; 0; <c>train_fit_noisy</c>: among flipped points
/// (y_i ≠ ỹ_i), the fraction with y_i·f(x_i) &gt; 0 (fit to the noisy label). NaN when there is no such point.</item>
/// <item><c>margin_min</c>, <c>margin_mean</c>: min and mean of y_i·f(x_i) over the training set.</item>
/// <item><c>feature_change</c>: ‖σ(W_t X + b_t) − σ(W_0 X + b_0)‖_F / ‖σ(W_0 X + b_0)‖_F over the training set, W_0 from
/// <see cref="ProbeContext.Initial"/> (Prop. 2); NaN when the initial features are all zero.</item>
/// </list>
/// Cost O(m·d) without a training set, O(n·m·d) with one; no allocation after the first measurement.
/// </summary>
public sealed class FreiProbe : IProbe
{
    private static readonly string[] ClusterNames = ["p_mu1", "n_mu1", "p_mu2", "n_mu2"];
    private static readonly string[] CorrelationKeys = [.. ClusterNames.Select(c => "correlation_" + c)];
    private static readonly string[] MaxPosKeys = [.. ClusterNames.Select(c => "correlation_max_pos_" + c)];
    private static readonly string[] MaxNegKeys = [.. ClusterNames.Select(c => "correlation_max_neg_" + c)];

    private readonly double[] _mu1, _mu2; // normalised
    private double[] _a = [];             // output weights in effect, refreshed at each measurement

    /// <summary>A probe for clusters ±<paramref name="mu1"/> (clean label +1) and ±<paramref name="mu2"/> (clean label −1).</summary>
    public FreiProbe(double[] mu1, double[] mu2)
    {
        _mu1 = Normalised(ProbeMath.CheckedCopy(mu1, nameof(mu1)), nameof(mu1));
        _mu2 = Normalised(ProbeMath.CheckedCopy(mu2, nameof(mu2)), nameof(mu2));
        if (_mu1.Length != _mu2.Length)
            throw new ArgumentException($"mu1 has {_mu1.Length} entries but mu2 has {_mu2.Length}", nameof(mu2));
    }

    /// <inheritdoc/>
    public string Name => "frei";

    /// <inheritdoc/>
    public void Measure(ProbeContext context, IDictionary<string, double> metrics)
    {
        ProbeMath.CheckArguments(context, metrics);
        var spec = context.Spec;
        var p = context.Parameters;
        int d = p.Inputs, m = p.Width;
        if (_mu1.Length != d) throw new ArgumentException($"the cluster directions have {_mu1.Length} entries but the spec has d = {d}");

        double normSum = 0, normMax = 0, frob2 = 0;
        double c1Sum = 0, c2Sum = 0;
        int directed = 0, pos = 0, neg = 0, posAligned = 0, negAligned = 0;
        Span<double> maxPos = stackalloc double[4];
        Span<double> maxNeg = stackalloc double[4];
        maxPos.Fill(double.NegativeInfinity);
        maxNeg.Fill(double.NegativeInfinity);
        if (_a.Length != m) _a = new double[m];
        for (int j = 0; j < m; j++)
        {
            ReadOnlySpan<double> w = p.Row(j);
            double norm2 = ProbeMath.Dot(w, w);
            double norm = Math.Sqrt(norm2);
            normSum += norm;
            normMax = Math.Max(normMax, norm);
            frob2 += norm2;
            double a = _a[j] = ProbeMath.OutputWeight(spec, p, j);
            if (a > 0) pos++;
            else if (a < 0) neg++;
            if (norm == 0) continue;
            double c1 = ProbeMath.Dot(w, _mu1) / norm, c2 = ProbeMath.Dot(w, _mu2) / norm;
            directed++;
            c1Sum += c1;
            c2Sum += c2;
            if (a == 0) continue;
            Span<double> max = a > 0 ? maxPos : maxNeg;
            max[0] = Math.Max(max[0], c1);
            max[1] = Math.Max(max[1], -c1);
            max[2] = Math.Max(max[2], c2);
            max[3] = Math.Max(max[3], -c2);
            if (a > 0 && Math.Abs(c1) > Math.Abs(c2)) posAligned++;
            if (a < 0 && Math.Abs(c2) > Math.Abs(c1)) negAligned++;
        }

        metrics["w_norm_mean"] = normSum / m;
        metrics["w_norm_max"] = normMax;
        metrics["w_frobenius"] = Math.Sqrt(frob2);
        double mean1 = directed > 0 ? c1Sum / directed : double.NaN, mean2 = directed > 0 ? c2Sum / directed : double.NaN;
        metrics[CorrelationKeys[0]] = mean1;
        metrics[CorrelationKeys[1]] = -mean1;
        metrics[CorrelationKeys[2]] = mean2;
        metrics[CorrelationKeys[3]] = -mean2;
        for (int c = 0; c < 4; c++)
        {
            metrics[MaxPosKeys[c]] = double.IsNegativeInfinity(maxPos[c]) ? double.NaN : maxPos[c];
            metrics[MaxNegKeys[c]] = double.IsNegativeInfinity(maxNeg[c]) ? double.NaN : maxNeg[c];
        }
        metrics["aligned_share_pos"] = pos > 0 ? (double)posAligned / pos : double.NaN;
        metrics["aligned_share_neg"] = neg > 0 ? (double)negAligned / neg : double.NaN;

        if (context.Train is { } train) MeasureTraining(context, train, _a, metrics);
    }

    private static void MeasureTraining(ProbeContext context, Dataset<double> train, double[] a, IDictionary<string, double> metrics)
    {
        var spec = context.Spec;
        var p = context.Parameters;
        var p0 = context.Initial;
        int m = p.Width, n = train.Count;
        double s = spec.ScaleValue;
        int clean = 0, cleanFit = 0, noisy = 0, noisyFit = 0;
        double marginMin = double.PositiveInfinity, marginSum = 0, change2 = 0, initial2 = 0;
        for (int i = 0; i < n; i++)
        {
            ReadOnlySpan<double> x = train.Row(i);
            double f = 0;
            for (int j = 0; j < m; j++)
            {
                double h = ProbeMath.Activate(spec, ProbeMath.PreActivation(p, j, x));
                double h0 = ProbeMath.Activate(spec, ProbeMath.PreActivation(p0, j, x));
                f += a[j] * h;
                change2 += (h - h0) * (h - h0);
                initial2 += h0 * h0;
            }
            f *= s;
            double y = train.Y[i];
            double margin = y * f;
            marginMin = Math.Min(marginMin, margin);
            marginSum += margin;
            bool fit = margin > 0;
            if (y == train.YClean[i]) { clean++; if (fit) cleanFit++; }
            else { noisy++; if (fit) noisyFit++; }
        }
        metrics["train_fit_clean"] = clean > 0 ? (double)cleanFit / clean : double.NaN;
        metrics["train_fit_noisy"] = noisy > 0 ? (double)noisyFit / noisy : double.NaN;
        metrics["margin_min"] = n > 0 ? marginMin : double.NaN;
        metrics["margin_mean"] = n > 0 ? marginSum / n : double.NaN;
        metrics["feature_change"] = initial2 > 0 ? Math.Sqrt(change2 / initial2) : double.NaN;
    }

    private static double[] Normalised(double[] mu, string name)
    {
        double norm = Math.Sqrt(ProbeMath.Dot(mu, mu));
        if (norm == 0) throw new ArgumentException($"{name} is the zero vector: it has no direction", name);
        for (int k = 0; k < mu.Length; k++) mu[k] /= norm;
        return mu;
    }
}
