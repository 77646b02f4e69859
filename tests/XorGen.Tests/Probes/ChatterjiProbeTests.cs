using Xunit;

namespace XorGen.Tests.Probes;

public class ChatterjiProbeTests
{
    private static ModelSpec Spec(int d, int m, Activation activation = Activation.HuberizedRelu, bool bias = true) =>
        new(d, m, activation, ActivationParameter: activation == Activation.HuberizedRelu ? 0.1 : 0, Loss: XorGen.Loss.Logistic,
            Train: TrainedLayers.FirstOnly, Output: OutputLayer.FixedBalanced, OutputMagnitude: 1, Scale: OutputScale.One, Bias: bias);

    private static Dataset<double> RandomData(int n, int d, ulong seed)
    {
        var rng = new CounterRandom(seed, RandomStream.Data);
        var data = Dataset<double>.Allocate(n, d);
        for (int i = 0; i < n * d; i++) data.X[i] = rng.NextGaussian();
        for (int i = 0; i < n; i++) data.Y[i] = data.YClean[i] = rng.NextSign();
        return data;
    }

    /// <summary>Mean logistic loss computed directly from the definition (independent of the kernels).</summary>
    private static double DirectLoss(ModelSpec spec, NetworkParameters p, Dataset<double> data)
    {
        double sum = 0;
        for (int i = 0; i < data.Count; i++)
        {
            double f = 0;
            for (int j = 0; j < spec.Width; j++)
            {
                double z = p.B[j];
                for (int k = 0; k < spec.Inputs; k++) z += p.W[j * spec.Inputs + k] * data.X[i * spec.Inputs + k];
                f += spec.FixedOutputWeight(j) * ScalarMath.Activate(spec.Activation, spec.ActivationParameter, z);
            }
            sum += Math.Log(1 + Math.Exp(-data.Y[i] * f));
        }
        return sum / data.Count;
    }

    [Fact]
    public void GradientNormAndAlignmentMatchTheReferenceAndFiniteDifferences()
    {
        var spec = Spec(2, 6);
        var p = ProbeTestKit.Random(spec, 5, 0.8);
        var data = RandomData(20, 2, 6);
        var m = ProbeTestKit.Measure(new ChatterjiProbe(3), new ProbeContext(spec, p, p) { Train = data, Step = 7, Rate = 0.3 });

        using var kernel = new ReferenceKernel<double>(spec);
        kernel.LoadParameters(p);
        var g = new NetworkParameters(spec);
        double loss = kernel.LossAndGradient(data.X, data.Y, data.Count, g);
        double gw = 0, gv = 0, v2 = 0;
        for (int i = 0; i < g.W.Length; i++) { gw += g.W[i] * g.W[i]; gv += g.W[i] * p.W[i]; v2 += p.W[i] * p.W[i]; }
        for (int j = 0; j < g.B.Length; j++) { gw += g.B[j] * g.B[j]; gv += g.B[j] * p.B[j]; v2 += p.B[j] * p.B[j]; }
        Assert.Equal(loss, m["full_train_loss"], 1e-15);
        Assert.Equal(Math.Sqrt(gw), m["grad_norm"], 1e-14);
        Assert.Equal(Math.Sqrt(v2), m["v_norm"], 1e-14);
        Assert.Equal(-gv / Math.Sqrt(v2), m["alignment"], 1e-14);
        Assert.Equal(-gv / Math.Sqrt(v2) / Math.Sqrt(gw), m["alignment_cos"], 1e-14);

        // Central differences of the loss over every entry of V = (W, b); the Huberized ReLU is C¹ so they converge.
        double fd2 = 0;
        const double h = 1e-6;
        foreach (var array in new[] { p.W, p.B })
            for (int i = 0; i < array.Length; i++)
            {
                var q = p.Clone();
                var qa = ReferenceEquals(array, p.W) ? q.W : q.B;
                qa[i] += h;
                double up = DirectLoss(spec, q, data);
                qa[i] -= 2 * h;
                double down = DirectLoss(spec, q, data);
                double dl = (up - down) / (2 * h);
                fd2 += dl * dl;
            }
        Assert.Equal(Math.Sqrt(fd2), m["grad_norm"], 1e-6 * Math.Max(1, Math.Sqrt(fd2)));
        Assert.Equal(DirectLoss(spec, p, data), m["full_train_loss"], 1e-13);

        Assert.Equal(7 * loss, m["t_times_loss"], 1e-14);
        Assert.Equal(0.3 * loss, m["rate_times_loss"], 1e-15);
        Assert.Equal(1 / 90.0, m["rate_times_loss_bound"], 1e-16);
        Assert.Equal(Math.Log(1 / loss) * Math.Log(1 / loss) / Math.Sqrt(v2), m["log2_inv_loss_over_v_norm"], 1e-13);
    }

    [Fact]
    public void PerSampleWeightsAndMarginsOnAKnownNetwork()
    {
        var spec = Spec(2, 2, Activation.Relu, bias: false); // f(x) = relu(x1) − relu(x2)
        var p = ProbeTestKit.Parameters(spec, [[1, 0], [0, 1]]);
        var data = new Dataset<double>(2, 2, [2, 0, 0, 1], [1, 1]); // f = 2 (margin 2), f = −1 (margin −1)
        var probe = new ChatterjiProbe(1);
        var m = ProbeTestKit.Measure(probe, new ProbeContext(spec, p, p) { Train = data, Step = 4, Rate = 0.5 });
        double g1 = 1 / (1 + Math.Exp(2)), g2 = 1 / (1 + Math.Exp(-1));
        Assert.Equal(g2, m["g_max"], 1e-15);
        Assert.Equal(g1, m["g_min"], 1e-15);
        Assert.Equal((g1 + g2) / 2, m["g_mean"], 1e-15);
        Assert.Equal(-1, m["margin_min"], 1e-15);
        Assert.Equal(Math.Sqrt(2), m["v_norm"], 1e-15);
        double loss = (Math.Log(1 + Math.Exp(-2)) + Math.Log(1 + Math.Exp(1))) / 2;
        Assert.Equal(loss, m["full_train_loss"], 1e-15);
        Assert.Equal(4 * loss, m["t_times_loss"], 1e-14);

        // The probe reuses its kernel: a second measurement after a change sees the new parameters.
        p.W[0] = 3;
        var again = ProbeTestKit.Measure(probe, new ProbeContext(spec, p, p) { Train = data, Step = 5 });
        Assert.Equal(1 / (1 + Math.Exp(6)), again["g_min"], 1e-15);
        Assert.Equal(5 * (Math.Log(1 + Math.Exp(-6)) + Math.Log(1 + Math.Exp(1))) / 2, again["t_times_loss"], 1e-14);
    }

    [Fact]
    public void WithoutATrainingSetTheTrainersLossIsUsed()
    {
        var spec = Spec(2, 2);
        var p = ProbeTestKit.Parameters(spec, [[3, 0], [0, 4]], b: [0, 0]);
        var m = ProbeTestKit.Measure(new ChatterjiProbe(1), new ProbeContext(spec, p, p) { Step = 10, TrainLoss = 0.01, Rate = 2 });
        Assert.Equal(5, m["v_norm"], 1e-15);
        Assert.Equal(0.1, m["t_times_loss"], 1e-15);
        Assert.Equal(0.02, m["rate_times_loss"], 1e-15);
        Assert.Equal(Math.Log(100) * Math.Log(100) / 5, m["log2_inv_loss_over_v_norm"], 1e-14);
        Assert.False(m.ContainsKey("grad_norm"));
        Assert.Throws<ArgumentOutOfRangeException>(() => new ChatterjiProbe(0));
    }
}
