using Xunit;

namespace XorGen.Tests.Probes;

public class LmzProbeTests
{
    private static ModelSpec Tied(int d, int m, Activation activation = Activation.Abs) =>
        new(d, m, activation, Loss: Loss.Squared, Train: TrainedLayers.FirstOnly, Output: OutputLayer.TiedToNorm,
            Scale: OutputScale.InverseWidth, GradientScale: GradientScale.PerNeuron);

    [Fact]
    public void NetworkEqualToTheTeacher()
    {
        const int d = 5;
        var spec = Tied(d, d);
        double[] a = [0.1, 0.3, 0.2, 0.25, 0.15];
        var teacher = AbsTeacherSource.RandomOrthogonal(d, 40);
        var p = new NetworkParameters(spec);
        for (int j = 0; j < d; j++)
            for (int k = 0; k < d; k++) p.W[j * d + k] = Math.Sqrt(d * a[j]) * teacher[j * d + k];
        // ‖w_j‖² = 5·a_j ∈ [0.5, 1.5]: two neurons (a = 0.3, 0.25) are above a cap of 1.2.
        var m = ProbeTestKit.Measure(new LmzProbe(teacher, a, normCapSquared: 1.2), new ProbeContext(spec, p, p));
        Assert.Equal(0, m["population_loss"], 1e-12);
        Assert.Equal(0, m["population_loss_times_d"], 1e-11);
        foreach (string order in new[] { "0", "2", "4", "6", "rest" })
            Assert.Equal(0, m["population_loss_order_" + order], 1e-12);
        Assert.False(m.ContainsKey("population_loss_order_1")); // the |·| learner has no odd part
        Assert.Equal(1, m["alignment_mean"], 1e-12);
        Assert.Equal(1, m["alignment_min"], 1e-12);
        Assert.Equal(0, m["mass_error"], 1e-12);
        Assert.Equal(2, m["capped_neurons"]);
    }

    [Fact]
    public void HandBuiltAlignmentMassAndCap()
    {
        var spec = Tied(2, 2);
        var p = ProbeTestKit.Parameters(spec, [[2, 0.5], [0, 0]]);
        double[] a = [0.5, 0.5];
        var probe = new LmzProbe(ProbeTestKit.Identity(2), a);
        var ctx = new ProbeContext(spec, p, p) { NormCapSquared = 4 };
        var m = ProbeTestKit.Measure(probe, ctx);
        // Neuron 0: alignment 2/√4.25 with e1, mass ‖w‖²/m = 2.125 on direction 0; neuron 1 is zero and has no direction.
        Assert.Equal(2 / Math.Sqrt(4.25), m["alignment_mean"], 1e-15);
        Assert.Equal(2 / Math.Sqrt(4.25), m["alignment_min"], 1e-15);
        Assert.Equal(Math.Abs(2.125 - 0.5) + 0.5, m["mass_error"], 1e-15);
        Assert.Equal(1, m["capped_neurons"]);                      // 4.25 > 4, read from the context
        ctx.NormCapSquared = double.PositiveInfinity;
        Assert.Equal(0, ProbeTestKit.Measure(probe, ctx)["capped_neurons"]);
        Assert.Equal(1, ProbeTestKit.Measure(new LmzProbe(ProbeTestKit.Identity(2), a, 1.0), ctx)["capped_neurons"]);

        double expected = PopulationLoss.Evaluate(spec, p, ProbeTestKit.Identity(2), a);
        Assert.Equal(expected, m["population_loss"], 1e-15);
        Assert.Equal(2 * expected, m["population_loss_times_d"], 1e-15);
    }

    [Fact]
    public void ReluLearnerReportsTheLinearOrderAndOrdersSumToTheTotal()
    {
        const int d = 4, m = 8;
        var spec = Tied(d, m, Activation.Relu);
        var p = ProbeTestKit.Random(spec, 41, 0.5);
        double[] a = [0.25, 0.25, 0.25, 0.25];
        var probe = new LmzProbe(ProbeTestKit.Identity(d), a);
        var metrics = ProbeTestKit.Measure(probe, new ProbeContext(spec, p, p));
        double sum = 0;
        foreach (string order in new[] { "0", "1", "2", "4", "6", "rest" }) sum += metrics["population_loss_order_" + order];
        Assert.True(metrics["population_loss_order_1"] > 0);
        Assert.Equal(metrics["population_loss"], sum, 1e-12 * metrics["population_loss"]);
        // A second call (teacher terms cached) gives the same numbers.
        var again = ProbeTestKit.Measure(probe, new ProbeContext(spec, p, p));
        Assert.Equal(metrics["population_loss"], again["population_loss"]);

        // The ReLU mass target is 2·a_r: a ± pair on each e_r with ‖w‖²/m = a_r is the teacher exactly.
        var q = new NetworkParameters(spec);
        for (int r = 0; r < d; r++)
        {
            q.W[(2 * r) * d + r] = Math.Sqrt(m * a[r]);
            q.W[(2 * r + 1) * d + r] = -Math.Sqrt(m * a[r]);
        }
        var exact = ProbeTestKit.Measure(probe, new ProbeContext(spec, q, q));
        Assert.Equal(0, exact["mass_error"], 1e-14);
        Assert.Equal(0, exact["population_loss"], 1e-12);
    }

    [Fact]
    public void BadArgumentsAreRefused()
    {
        Assert.Throws<ArgumentException>(() => new LmzProbe([1, 0, 0], [0.5, 0.5]));
        Assert.Throws<ArgumentException>(() => new LmzProbe([1, 0], []));
        Assert.Throws<ArgumentException>(() => new LmzProbe([1, double.NaN], [1]));
        Assert.Throws<ArgumentOutOfRangeException>(() => new LmzProbe([1, 0], [1], 0));
        var spec = Tied(3, 2);
        var p = new NetworkParameters(spec);
        var e = Assert.Throws<ArgumentException>(() => ProbeTestKit.Measure(new LmzProbe(ProbeTestKit.Identity(2), [0.5, 0.5]), new ProbeContext(spec, p, p)));
        Assert.Contains("d = 3", e.Message);
    }
}
