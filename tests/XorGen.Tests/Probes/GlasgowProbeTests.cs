using Xunit;

namespace XorGen.Tests.Probes;

public class GlasgowProbeTests
{
    private static readonly double Sqrt2 = Math.Sqrt(2);

    private static ModelSpec Spec(int d, int m, OutputScale scale = OutputScale.One, bool bias = false) =>
        new(d, m, Activation.Relu, Loss: Loss.Logistic, LossScale: 2, Train: TrainedLayers.Both, Output: OutputLayer.Free, Scale: scale, Bias: bias);

    [Fact]
    public void PositiveNeuronAlongMu1IsAllSignal()
    {
        var spec = Spec(4, 1);
        var p = ProbeTestKit.Parameters(spec, [[1, -1, 0, 0]], a: [Sqrt2]);
        var m = ProbeTestKit.Measure(new GlasgowProbe(), new ProbeContext(spec, p, p));

        Assert.Equal(Sqrt2, m["signal_norm"], 1e-14);
        Assert.Equal(0, m["noise_norm"], 1e-14);
        Assert.Equal(1, m["signal_heavy_share_p_mu1"]);
        Assert.Equal(0, m["signal_heavy_share_n_mu1"]);
        Assert.Equal(0, m["signal_heavy_share_p_mu2"]);
        Assert.Equal(0, m["signal_heavy_share_n_mu2"]);
        // f(+μ1) = √2·relu(w·(1,−1)) = 2√2 and y(+μ1) = −(1)(−1) = +1; every other centre gives relu(≤ 0) = 0.
        Assert.Equal(2 * Sqrt2, m["margin_p_mu1"], 1e-14);
        Assert.Equal(0, m["margin_n_mu1"], 1e-14);
        Assert.Equal(0, m["margin_p_mu2"], 1e-14);
        Assert.Equal(0, m["margin_n_mu2"], 1e-14);
        Assert.Equal(0, m["margin_min"], 1e-14);
        Assert.Equal(2 * Sqrt2, m["margin_max"], 1e-14);
        Assert.Equal(2, m["mean_abs_a_norm_w"], 1e-14);   // |a|·‖w‖ = √2·√2
        Assert.Equal(0, m["balance_gap_max"], 1e-14);     // a² = ‖w‖² = 2
        Assert.Equal(0, m["balance_gap_mean"], 1e-14);
    }

    [Fact]
    public void NegativeNeuronTakesMu2AsSignal()
    {
        var spec = Spec(4, 2);
        // Neuron 0: a < 0, w = (−1, −1, 0, 0) = −μ2: signal-heavy for the −μ2 cluster (label −1).
        // Neuron 1: a < 0, w = (0.3, 0.4, 0, 1.2): sig along μ2 = 0.7/√2, opp along μ1 = |−0.1|/√2, ⊥ = 1.2 → not dominant.
        var p = ProbeTestKit.Parameters(spec, [[-1, -1, 0, 0], [0.3, 0.4, 0, 1.2]], a: [-2, -0.5]);
        var m = ProbeTestKit.Measure(new GlasgowProbe(), new ProbeContext(spec, p, p));

        Assert.Equal((Sqrt2 + 0.7 / Sqrt2) / 2, m["signal_norm"], 1e-14);
        Assert.Equal((0 + 0.1 / Sqrt2 + 1.2) / 2, m["noise_norm"], 1e-14);
        Assert.Equal(0.5, m["signal_heavy_share_n_mu2"]);
        Assert.Equal(0, m["signal_heavy_share_p_mu2"]);
        Assert.Equal(0, m["signal_heavy_share_p_mu1"]);
        // f(−μ2) = −2·relu(2) − 0.5·relu(−0.7) = −4, y(−μ2) = −(−1)(−1) = −1 → margin +4.
        Assert.Equal(4, m["margin_n_mu2"], 1e-14);
        // f(+μ2) = −2·relu(−2) − 0.5·relu(0.7) = −0.35 → margin +0.35.
        Assert.Equal(0.35, m["margin_p_mu2"], 1e-14);
        // f(+μ1) = −0.5·relu(−0.1) = 0; f(−μ1) = −0.5·relu(0.1) = −0.05 → margin −0.05.
        Assert.Equal(-0.05, m["margin_n_mu1"], 1e-14);
        Assert.Equal(-0.05, m["margin_min"], 1e-14);
        Assert.Equal(4, m["margin_max"], 1e-14);
        double n1 = Math.Sqrt(0.09 + 0.16 + 1.44);
        Assert.Equal((2 * Sqrt2 + 0.5 * n1) / 2, m["mean_abs_a_norm_w"], 1e-14);
        Assert.Equal(Math.Max(2, Math.Abs(0.25 - n1 * n1)), m["balance_gap_max"], 1e-14);
        Assert.Equal((2 + Math.Abs(0.25 - n1 * n1)) / 2, m["balance_gap_mean"], 1e-14);
    }

    [Fact]
    public void DominanceFactorDecidesSignalHeavy()
    {
        var spec = Spec(3, 1);
        // sig = 2/√2 = √2 along μ1 (negative direction: −μ1 cluster), opp = 0, ⊥ = 1: heavy for k = 1, not for k = 2.
        var p = ProbeTestKit.Parameters(spec, [[-1, 1, 1]], a: [1]);
        var ctx = new ProbeContext(spec, p, p);
        Assert.Equal(1, ProbeTestKit.Measure(new GlasgowProbe(dominance: 1), ctx)["signal_heavy_share_n_mu1"]);
        Assert.Equal(0, ProbeTestKit.Measure(new GlasgowProbe(dominance: 2), ctx)["signal_heavy_share_n_mu1"]);
    }

    [Fact]
    public void CentreMarginsAgreeWithTheReferenceKernelOnTheLabelDefinition()
    {
        // Any coordinates, bias, 1/m scale: margins must equal y·f at x = the centre with y = −x_c1·x_c2 from the data definition.
        var spec = Spec(5, 7, OutputScale.InverseWidth, bias: true);
        var p = ProbeTestKit.Random(spec, 11, 0.7);
        const int c1 = 3, c2 = 1;
        var m = ProbeTestKit.Measure(new GlasgowProbe(c1, c2), new ProbeContext(spec, p, p));
        using var kernel = new ReferenceKernel<double>(spec);
        kernel.LoadParameters(p);
        (string Key, double X1, double X2)[] centres = [("p_mu1", 1, -1), ("n_mu1", -1, 1), ("p_mu2", 1, 1), ("n_mu2", -1, -1)];
        foreach (var (key, x1, x2) in centres)
        {
            var x = new double[5];
            x[c1] = x1;
            x[c2] = x2;
            var f = new double[1];
            kernel.Predict(x, 1, f);
            double y = -x1 * x2;
            Assert.Equal(y * f[0], m["margin_" + key], 1e-13);
        }
    }

    [Fact]
    public void BadArgumentsAreRefused()
    {
        Assert.Throws<ArgumentException>(() => new GlasgowProbe(1, 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => new GlasgowProbe(-1, 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => new GlasgowProbe(dominance: 0));
        var spec = Spec(3, 1);
        var p = new NetworkParameters(spec);
        var e = Assert.Throws<ArgumentException>(() => ProbeTestKit.Measure(new GlasgowProbe(0, 3), new ProbeContext(spec, p, p)));
        Assert.Contains("d = 3", e.Message);
        var wrong = new NetworkParameters(4, 1, false);
        Assert.Throws<ArgumentException>(() => ProbeTestKit.Measure(new GlasgowProbe(), new ProbeContext(spec, wrong, wrong)));
    }
}
