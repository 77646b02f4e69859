using Xunit;

namespace XorGen.Tests.Probes;

public class FreiProbeTests
{
    private static ModelSpec Spec(int d, int m) =>
        new(d, m, Activation.Relu, Train: TrainedLayers.FirstOnly, Output: OutputLayer.FixedBalanced, OutputMagnitude: 1, Scale: OutputScale.One);

    private static double[] E(int d, int k) { var e = new double[d]; e[k] = 1; return e; }

    [Fact]
    public void CorrelationsAndAlignedShares()
    {
        var spec = Spec(3, 4); // a = +1, +1, −1, −1
        var p = ProbeTestKit.Parameters(spec, [
            [3, 0, 0],      // a > 0, along +μ1: aligned
            [0, -1, 0],     // a > 0, along −μ2: not aligned
            [1, -2, 2],     // a < 0, |⟨w̄, μ2⟩| = 2/3 > 1/3: aligned
            [0, 0, 0],      // a < 0, zero: no direction, never aligned
        ]);
        var m = ProbeTestKit.Measure(new FreiProbe(E(3, 0), [0, 5, 0]), new ProbeContext(spec, p, p)); // μ2 is normalised

        Assert.Equal((3 + 1 + 3 + 0) / 4.0, m["w_norm_mean"], 1e-14);
        Assert.Equal(3, m["w_norm_max"], 1e-14);
        Assert.Equal(Math.Sqrt(9 + 1 + 9), m["w_frobenius"], 1e-14);
        // Means over the three neurons with a direction.
        Assert.Equal((1 + 0 + 1 / 3.0) / 3, m["correlation_p_mu1"], 1e-14);
        Assert.Equal(-(1 + 0 + 1 / 3.0) / 3, m["correlation_n_mu1"], 1e-14);
        Assert.Equal((0 - 1 - 2 / 3.0) / 3, m["correlation_p_mu2"], 1e-14);
        Assert.Equal((0 + 1 + 2 / 3.0) / 3, m["correlation_n_mu2"], 1e-14);
        Assert.Equal(1, m["correlation_max_pos_p_mu1"], 1e-14);
        Assert.Equal(1, m["correlation_max_pos_n_mu2"], 1e-14);
        Assert.Equal(2 / 3.0, m["correlation_max_neg_n_mu2"], 1e-14);
        Assert.Equal(-1 / 3.0, m["correlation_max_neg_n_mu1"], 1e-14);
        Assert.Equal(0.5, m["aligned_share_pos"]);
        Assert.Equal(0.5, m["aligned_share_neg"]);
        Assert.False(m.ContainsKey("train_fit_clean")); // no training set, no training keys
    }

    [Fact]
    public void SingleNeuronOnMu1HasCorrelationOne()
    {
        var spec = Spec(5, 1); // odd m: the single neuron has a = 0
        var p = ProbeTestKit.Parameters(spec, [[0.2, 0, 0, 0, 0]]);
        var m = ProbeTestKit.Measure(new FreiProbe(E(5, 0), E(5, 1)), new ProbeContext(spec, p, p));
        Assert.Equal(1, m["correlation_p_mu1"], 1e-15);
        Assert.Equal(0, m["correlation_p_mu2"], 1e-15);
        Assert.True(double.IsNaN(m["aligned_share_pos"]));  // no neuron with a > 0
        Assert.True(double.IsNaN(m["correlation_max_pos_p_mu1"]));
    }

    [Fact]
    public void TrainingFitMarginsAndFeatureChange()
    {
        var spec = Spec(2, 2); // f(x) = relu(w0·x) − relu(w1·x)
        var p = ProbeTestKit.Parameters(spec, [[1, 0], [0, 1]]);
        var initial = ProbeTestKit.Parameters(spec, [[2, 0], [0, 2]]); // σ(W_0 x) = 2σ(W_t x) → change 1/2
        // Observed y, clean label; f = relu(x1) − relu(x2).
        double[] x = [1, 0,    0, 1,    2, 0,    0, 3,    0.2, 1];
        double[] y = [1,       -1,      -1,      1,       -1];
        double[] clean = [1,   -1,      1,       -1,      1];
        // margins y·f: 1, 1, −2, −3, 0.8. Clean points: 2 fit of 2; flipped: only the last fit of 3.
        var train = new Dataset<double>(5, 2, x, y, clean);
        var ctx = new ProbeContext(spec, p, initial) { Train = train };
        var m = ProbeTestKit.Measure(new FreiProbe([1, 0], [0, 1]), ctx);
        Assert.Equal(1, m["train_fit_clean"]);
        Assert.Equal(1 / 3.0, m["train_fit_noisy"], 1e-15);
        Assert.Equal(-3, m["margin_min"], 1e-15);
        Assert.Equal(-0.44, m["margin_mean"], 1e-14);
        Assert.Equal(0.5, m["feature_change"], 1e-15);

        var noiseless = new Dataset<double>(5, 2, x, y);
        var m2 = ProbeTestKit.Measure(new FreiProbe([1, 0], [0, 1]), new ProbeContext(spec, p, p) { Train = noiseless });
        Assert.True(double.IsNaN(m2["train_fit_noisy"]));   // no flipped point
        Assert.Equal(0.6, m2["train_fit_clean"], 1e-15);      // margins 1, 1, −2, −3, 0.8: 3 of 5 fit
        Assert.Equal(0, m2["feature_change"]);
    }

    [Fact]
    public void BadArgumentsAreRefused()
    {
        Assert.Throws<ArgumentException>(() => new FreiProbe([1, 0], [0, 1, 0]));
        Assert.Throws<ArgumentException>(() => new FreiProbe([0, 0], [0, 1]));
        Assert.Throws<ArgumentException>(() => new FreiProbe([double.NaN, 0], [0, 1]));
        var spec = Spec(3, 2);
        var p = new NetworkParameters(spec);
        var e = Assert.Throws<ArgumentException>(() => ProbeTestKit.Measure(new FreiProbe([1, 0], [0, 1]), new ProbeContext(spec, p, p)));
        Assert.Contains("d = 3", e.Message);
    }
}
