using Xunit;

namespace XorGen.Tests.Probes;

public class PopulationLossTests
{
    private static ModelSpec Tied(int d, int m, Activation activation) =>
        new(d, m, activation, Loss: Loss.Squared, Train: TrainedLayers.FirstOnly, Output: OutputLayer.TiedToNorm,
            Scale: OutputScale.InverseWidth, GradientScale: GradientScale.PerNeuron);

    private static double[] TeacherA(int d, ulong seed)
    {
        var rng = new CounterRandom(seed, RandomStream.Problem, 1);
        var a = new double[d];
        for (int r = 0; r < d; r++) a[r] = (0.5 + rng.NextDouble()) / d;
        return a;
    }

    [Fact]
    public void CoefficientsAndKernel()
    {
        Assert.Equal(2 / Math.PI, PopulationLoss.Coefficient(0), 1e-16);
        Assert.Equal(1 / Math.PI, PopulationLoss.Coefficient(2), 1e-16);
        Assert.Equal(1 / (12 * Math.PI), PopulationLoss.Coefficient(4), 1e-17);
        Assert.Equal(1 / (40 * Math.PI), PopulationLoss.Coefficient(6), 1e-17);
        Assert.Equal(0, PopulationLoss.Coefficient(7));
        Assert.Equal(1, PopulationLoss.KernelAbs(1), 1e-15);
        Assert.Equal(1, PopulationLoss.KernelAbs(-1.0000001), 1e-15); // clamped
        Assert.Equal(2 / Math.PI, PopulationLoss.KernelAbs(0), 1e-16);
        // The series Σ c_k ρ^k against the closed form, inside the radius of fast convergence.
        foreach (double rho in new[] { 0.3, -0.7, 0.9 })
        {
            double series = 0;
            for (int k = 0; k <= 2000; k += 2) series += PopulationLoss.Coefficient(k) * Math.Pow(rho, k);
            Assert.Equal(PopulationLoss.KernelAbs(rho), series, 1e-12);
        }
        // The tail Σ_{k≥8} is a series for |ρ| ≤ ½ and a difference above: both agree with K_abs minus its head.
        foreach (double rho in new[] { 0.5, -0.45, 0.2, 0.51, 0.95 })
        {
            double head = 0;
            for (int k = 0; k <= 6; k += 2) head += PopulationLoss.Coefficient(k) * Math.Pow(rho, k);
            Assert.Equal(PopulationLoss.KernelAbs(rho) - head, PopulationLoss.Tail8(rho), 1e-15);
        }
        Assert.Equal(0, PopulationLoss.Tail8(0));
        // ReLU kernels: E[relu(z)²] = ½, E[relu(z)|z|] = ½ at ρ = 1.
        Assert.Equal(0.5, PopulationLoss.LearnerKernel(Activation.Relu, 1), 1e-15);
        Assert.Equal(0.5, PopulationLoss.CrossKernel(Activation.Relu, 1), 1e-15);
        Assert.Throws<ArgumentException>(() => PopulationLoss.LearnerKernel(Activation.HuberizedRelu, 0.5));
    }

    [Fact]
    public void TeacherMeanSquareForOrthonormalTeacher()
    {
        const int d = 4;
        var a = TeacherA(d, 1);
        double expected = 0;
        for (int r = 0; r < d; r++)
            for (int s = 0; s < d; s++) expected += r == s ? a[r] * a[r] : 2 / Math.PI * a[r] * a[s];
        Assert.Equal(expected, PopulationLoss.TeacherMeanSquare(ProbeTestKit.Identity(d), a), 1e-15);
        Assert.Equal(expected, PopulationLoss.TeacherMeanSquare(AbsTeacherSource.RandomOrthogonal(d, 3), a), 1e-14);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void AbsLearnerEqualToTheTeacherHasZeroLoss(bool rotated)
    {
        const int d = 6;
        var spec = Tied(d, d, Activation.Abs);
        var a = TeacherA(d, 2);
        var teacher = rotated ? AbsTeacherSource.RandomOrthogonal(d, 4) : ProbeTestKit.Identity(d);
        var p = new NetworkParameters(spec);
        // f = (1/m)Σ‖w_j‖|w_j·x| with w_j = √(m a_j) w*_j gives Σ a_j |w*_j·x| = f*.
        for (int j = 0; j < d; j++)
            for (int k = 0; k < d; k++) p.W[j * d + k] = Math.Sqrt(d * a[j]) * teacher[j * d + k];
        var terms = PopulationLoss.Decompose(spec, p, teacher, a);
        Assert.Equal(0, terms.Total, 1e-12);
        Assert.Equal(0, terms.Order0, 1e-12);
        Assert.Equal(0, terms.Order2, 1e-12);
        Assert.Equal(0, terms.Order4, 1e-12);
        Assert.Equal(0, terms.Order6, 1e-12);
        Assert.Equal(0, terms.Rest, 1e-12);
        Assert.True(PopulationLoss.TeacherMeanSquare(teacher, a) > 0.3 / d); // not a trivially zero teacher
    }

    [Fact]
    public void ReluLearnerEqualToTheTeacherHasZeroLoss()
    {
        const int d = 4, m = 2 * d;
        var spec = Tied(d, m, Activation.Relu);
        var a = TeacherA(d, 5);
        var p = new NetworkParameters(spec);
        // relu(x_r) + relu(−x_r) = |x_r|: a pair ±e_r, each with ‖w‖²/m = a_r.
        for (int r = 0; r < d; r++)
        {
            p.W[(2 * r) * d + r] = Math.Sqrt(m * a[r]);
            p.W[(2 * r + 1) * d + r] = -Math.Sqrt(m * a[r]);
        }
        var terms = PopulationLoss.Decompose(spec, p, ProbeTestKit.Identity(d), a);
        Assert.Equal(0, terms.Total, 1e-12);
        Assert.Equal(0, terms.Order1, 1e-12);
    }

    [Fact]
    public void SingleNeuronOrdersAreKnown()
    {
        // Abs learner, m = 1, w = t·e1, teacher |x1|: f − f* = (t² − 1)|x1|, order k = (t² − 1)²·c_k.
        var spec = Tied(3, 1, Activation.Abs);
        var p = ProbeTestKit.Parameters(spec, [[1.5, 0, 0]]);
        double[] teacherW = [1, 0, 0];
        var terms = PopulationLoss.Decompose(spec, p, teacherW, [1.0]);
        double g = (1.5 * 1.5 - 1) * (1.5 * 1.5 - 1);
        Assert.Equal(g, terms.Total, 1e-14);
        Assert.Equal(g * PopulationLoss.Coefficient(0), terms.Order0, 1e-14);
        Assert.Equal(0, terms.Order1);
        Assert.Equal(g * PopulationLoss.Coefficient(2), terms.Order2, 1e-14);
        Assert.Equal(g * PopulationLoss.Coefficient(4), terms.Order4, 1e-14);
        Assert.Equal(g * PopulationLoss.Coefficient(6), terms.Order6, 1e-14);

        // ReLU learner relu(x1) against a zero teacher: E[relu²] = ½ = ¼ (linear part x1/2) + K_abs(1)/4.
        var relu = Tied(3, 1, Activation.Relu);
        var q = ProbeTestKit.Parameters(relu, [[1, 0, 0]]);
        var r = PopulationLoss.Decompose(relu, q, teacherW, [0.0]);
        Assert.Equal(0.5, r.Total, 1e-15);
        Assert.Equal(0.25, r.Order1, 1e-15);
        Assert.Equal(1 / (2 * Math.PI), r.Order0, 1e-15);
        Assert.Equal(1 / (4 * Math.PI), r.Order2, 1e-15);
        Assert.Equal(0.5, r.SumOfOrders, 1e-14);
    }

    public static TheoryData<Activation, OutputLayer, bool> MonteCarloCases => new()
    {
        { Activation.Abs, OutputLayer.TiedToNorm, false },
        { Activation.Relu, OutputLayer.TiedToNorm, true },
        { Activation.Relu, OutputLayer.Free, false },
        { Activation.Abs, OutputLayer.Free, true },
    };

    [Theory]
    [MemberData(nameof(MonteCarloCases))]
    public void AgreesWithMonteCarlo(Activation activation, OutputLayer output, bool rotated)
    {
        const int d = 6, m = 5, samples = 200_000;
        var spec = new ModelSpec(d, m, activation, Loss: Loss.Squared, Train: TrainedLayers.FirstOnly, Output: output,
            Scale: output == OutputLayer.Free ? OutputScale.InverseSqrtWidth : OutputScale.InverseWidth);
        var p = ProbeTestKit.Random(spec, (ulong)(7 + (int)activation + 10 * (int)output), 1.0 / Math.Sqrt(d) * 2, aStd: 0.5);
        var teacher = rotated ? AbsTeacherSource.RandomOrthogonal(d, 8) : ProbeTestKit.Identity(d);
        var a = TeacherA(d, 9);
        double exact = PopulationLoss.Evaluate(spec, p, teacher, a);

        // (f − f*)² over Gaussian x: the estimate of the mean and its standard error.
        var rng = new CounterRandom(12, RandomStream.TestData);
        var x = new double[d];
        double sum = 0, sum2 = 0;
        for (int n = 0; n < samples; n++)
        {
            for (int k = 0; k < d; k++) x[k] = rng.NextGaussian();
            double f = 0;
            for (int j = 0; j < m; j++)
            {
                double z = 0, norm2 = 0;
                for (int k = 0; k < d; k++) { z += p.W[j * d + k] * x[k]; norm2 += p.W[j * d + k] * p.W[j * d + k]; }
                double aj = output == OutputLayer.TiedToNorm ? Math.Sqrt(norm2) : p.A[j];
                f += aj * ScalarMath.Activate(activation, 0, z);
            }
            f *= spec.ScaleValue;
            double fStar = 0;
            for (int r = 0; r < d; r++)
            {
                double z = 0;
                for (int k = 0; k < d; k++) z += teacher[r * d + k] * x[k];
                fStar += a[r] * Math.Abs(z);
            }
            double e = (f - fStar) * (f - fStar);
            sum += e;
            sum2 += e * e;
        }
        double mean = sum / samples;
        double se = Math.Sqrt((sum2 / samples - mean * mean) / samples);
        Assert.True(exact > 10 * se, $"the case is too easy: loss {exact}, standard error {se}");
        Assert.True(Math.Abs(exact - mean) <= 4 * se, $"exact {exact} vs Monte Carlo {mean} ± {se}");
    }

    [Theory]
    [InlineData(Activation.Abs, false)]
    [InlineData(Activation.Abs, true)]
    [InlineData(Activation.Relu, false)]
    [InlineData(Activation.Relu, true)]
    public void OrdersAreNonNegativeAndSumToTheTotal(Activation activation, bool rotated)
    {
        const int d = 7, m = 9;
        var spec = Tied(d, m, activation);
        var p = ProbeTestKit.Random(spec, 21, 1.0 / Math.Sqrt(d));
        var teacher = rotated ? AbsTeacherSource.RandomOrthogonal(d, 22) : ProbeTestKit.Identity(d);
        var terms = PopulationLoss.Decompose(spec, p, teacher, TeacherA(d, 23));
        Assert.Equal(terms.Total, terms.SumOfOrders, 1e-12 * terms.Total);
        foreach (double t in new[] { terms.Order0, terms.Order1, terms.Order2, terms.Order4, terms.Order6, terms.Rest })
            Assert.True(t >= -1e-15, $"negative order term {t}");
        if (activation == Activation.Abs) Assert.Equal(0, terms.Order1);
        else Assert.True(terms.Order1 > 0);
        Assert.True(terms.Rest > 0);
    }

    [Fact]
    public void ZeroRowsContributeNothing()
    {
        const int d = 3;
        var tied = Tied(d, 3, Activation.Abs);
        var p = ProbeTestKit.Parameters(tied, [[0.5, -1, 0.2], [0.1, 0.3, 0.9], [0, 0, 0]]);
        // The same function as a free-output network with a_j = ‖w_j‖, the third neuron silenced by a = 0 instead.
        var free = tied with { Output = OutputLayer.Free, Train = TrainedLayers.FirstOnly };
        var q = ProbeTestKit.Parameters(free, [[0.5, -1, 0.2], [0.1, 0.3, 0.9], [1, 0, 0]],
            a: [Math.Sqrt(0.25 + 1 + 0.04), Math.Sqrt(0.01 + 0.09 + 0.81), 0]);
        var a = TeacherA(d, 30);
        double loss = PopulationLoss.Evaluate(tied, p, ProbeTestKit.Identity(d), a);
        Assert.True(double.IsFinite(loss));
        Assert.Equal(PopulationLoss.Evaluate(free, q, ProbeTestKit.Identity(d), a), loss, 1e-15);
        // A teacher with a zero row is a teacher without it.
        double[] w2 = [1, 0, 0, 0, 0, 0, 0, 0, 1];
        Assert.Equal(PopulationLoss.Evaluate(tied, p, [1, 0, 0, 0, 0, 1], [a[0], a[2]]), PopulationLoss.Evaluate(tied, p, w2, a), 1e-15);
    }

    [Fact]
    public void UnsupportedNetworksAreRefused()
    {
        var huber = new ModelSpec(2, 1, Activation.HuberizedRelu, ActivationParameter: 0.1);
        var e = Assert.Throws<ArgumentException>(() => PopulationLoss.Evaluate(huber, new NetworkParameters(huber), ProbeTestKit.Identity(2), [0.5, 0.5]));
        Assert.Contains("HuberizedRelu", e.Message);
        var bias = new ModelSpec(2, 1, Activation.Abs, Train: TrainedLayers.FirstOnly, Bias: true);
        Assert.Throws<ArgumentException>(() => PopulationLoss.Evaluate(bias, new NetworkParameters(bias), ProbeTestKit.Identity(2), [0.5, 0.5]));
        var spec = Tied(3, 1, Activation.Abs);
        Assert.Throws<ArgumentException>(() => PopulationLoss.Evaluate(spec, new NetworkParameters(spec), ProbeTestKit.Identity(2), [0.5, 0.5]));
        Assert.Throws<ArgumentException>(() => PopulationLoss.Evaluate(spec, new NetworkParameters(spec), [1, 0, 0], []));
    }
}
