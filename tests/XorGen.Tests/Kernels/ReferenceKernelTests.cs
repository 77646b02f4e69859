using Xunit;
using static XorGen.Tests.Kernels.KernelTestData;

namespace XorGen.Tests.Kernels;

/// <summary>The oracle itself: its gradient against finite differences, and its step rule.</summary>
public class ReferenceKernelTests
{
    public static TheoryData<int> CombinationIndices()
    {
        var data = new TheoryData<int>();
        for (int i = 0; i < AllCombinations(1, 1).Count(); i++) data.Add(i);
        return data;
    }

    [Theory]
    [MemberData(nameof(CombinationIndices))]
    public void Gradient_matches_central_differences_for_every_combination(int index)
    {
        var spec = AllCombinations(3, 5, OutputScale.InverseSqrtWidth).ElementAt(index);
        if (spec.Problems().Count > 0)
        {
            // Rejected combinations: a fixed or tied output with a trained second layer, a bias with SecondOnly.
            Assert.True((spec.Output != OutputLayer.Free && spec.Train != TrainedLayers.FirstOnly) || (spec.Bias && spec.Train == TrainedLayers.SecondOnly));
            Assert.Throws<ArgumentException>(() => spec.Validated());
            Assert.Throws<ArgumentException>(() => new ReferenceKernel<double>(spec));
            return;
        }
        const int rows = 6;
        var (x, y) = Batch<double>(spec, rows, 11);
        var p = SmoothPoint(spec, x, rows, index);
        using var kernel = new ReferenceKernel<double>(spec);
        kernel.LoadParameters(p);
        var grad = new NetworkParameters(spec);
        kernel.LossAndGradient(x, y, rows, grad);

        double Loss(NetworkParameters q)
        {
            kernel.LoadParameters(q);
            return kernel.LossAndGradient(x, y, rows, new NetworkParameters(spec));
        }

        void Check(double[] values, double[] analytic, bool trained, string name)
        {
            for (int i = 0; i < values.Length; i++)
            {
                if (!trained)
                {
                    Assert.Equal(0.0, analytic[i]); // frozen layers report zero
                    continue;
                }
                const double h = 1e-5;
                double saved = values[i];
                values[i] = saved + h;
                double up = Loss(p);
                values[i] = saved - h;
                double down = Loss(p);
                values[i] = saved;
                double numeric = (up - down) / (2 * h);
                // Central differences: truncation O(h²·ℓ''') ≈ 1e-10 and rounding ε/h ≈ 1e-11; relative 1e-6, absolute 1e-8 for tiny entries.
                double tolerance = 1e-6 * Math.Max(Math.Abs(numeric), Math.Abs(analytic[i])) + 1e-8;
                Assert.True(Math.Abs(numeric - analytic[i]) <= tolerance,
                    $"{spec.Describe()}: ∂L/∂{name}[{i}] analytic {analytic[i]:R} numeric {numeric:R}");
            }
        }

        Check(p.W, grad.W, spec.TrainsFirst, "W");
        Check(p.A, grad.A, spec.TrainsSecond, "a");
        Check(p.B, grad.B, spec.TrainsFirst, "b");
        // The check cannot pass vacuously: some trained entry is far from zero.
        double largest = Math.Max(grad.W.Max(Math.Abs), grad.A.Max(Math.Abs));
        Assert.True(largest > 1e-4, $"{spec.Describe()}: gradient is (almost) zero, the check would be vacuous");
    }

    /// <summary>A random point whose pre-activations stay clear (≥ 0.02) of every kink (0, and h for the Huberized ReLU).</summary>
    private static NetworkParameters SmoothPoint(ModelSpec spec, double[] x, int rows, int index)
    {
        for (ulong attempt = 0; ; attempt++)
        {
            var p = Parameters(spec, 1000 * (ulong)index + attempt);
            bool smooth = true;
            for (int i = 0; i < rows && smooth; i++)
                for (int j = 0; j < spec.Width && smooth; j++)
                {
                    double z = p.HasBias ? p.B[j] : 0;
                    for (int k = 0; k < spec.Inputs; k++) z += p.W[j * spec.Inputs + k] * x[i * spec.Inputs + k];
                    smooth = Math.Abs(z) > 0.02 && (spec.Activation != Activation.HuberizedRelu || Math.Abs(z - spec.ActivationParameter) > 0.02);
                }
            if (smooth) return p;
            Assert.True(attempt < 10_000, "no smooth point found");
        }
    }

    [Fact]
    public void A_step_on_no_rows_returns_NaN_and_leaves_the_parameters_alone_even_with_an_adaptive_rate()
    {
        var spec = new ModelSpec(3, 4, Activation.HuberizedRelu, 0.5, Train: TrainedLayers.FirstOnly, Output: OutputLayer.FixedBalanced, Bias: true);
        using var kernel = new ReferenceKernel<double>(spec);
        var p = Parameters(spec, 5);
        kernel.LoadParameters(p);
        var adaptive = new StepControl(0, 0, 0, AdaptiveC: 0.1, AdaptiveP: 1);
        Assert.True(double.IsNaN(kernel.Step([], [], 0, adaptive)));
        var after = new NetworkParameters(spec);
        kernel.StoreParameters(after);
        Assert.Equal(p.W, after.W);
        Assert.Equal(p.B, after.B);
    }

    [Theory]
    [InlineData(false, false)]
    [InlineData(true, false)]
    [InlineData(false, true)]
    [InlineData(true, true)]
    public void Step_moves_each_layer_by_its_rate_times_multiplier_times_gradient(bool adaptive, bool truncate)
    {
        foreach (var spec in new[]
        {
            new ModelSpec(4, 6, Activation.Relu, Loss: Loss.Logistic, LossScale: 2, Train: TrainedLayers.Both, Scale: OutputScale.InverseWidth, GradientScale: GradientScale.PerNeuron),
            new ModelSpec(4, 6, Activation.HuberizedRelu, 0.5, Loss.Logistic, Train: TrainedLayers.FirstOnly, Output: OutputLayer.FixedBalanced, Bias: true),
            new ModelSpec(4, 6, Activation.Abs, Loss: Loss.Squared, Train: TrainedLayers.FirstOnly, Output: OutputLayer.TiedToNorm, Scale: OutputScale.InverseWidth, GradientScale: GradientScale.PerNeuron),
            new ModelSpec(4, 6, Activation.LeakyRelu, 0.2, Loss.Squared, Train: TrainedLayers.SecondOnly, Scale: OutputScale.InverseSqrtWidth),
        })
        {
            const int rows = 7;
            var (x, y) = Batch<double>(spec, rows, 5);
            var p = Parameters(spec, 3, oddRowScale: truncate ? 3 : 1);
            var kernel = new ReferenceKernel<double>(spec);
            kernel.LoadParameters(p);
            var before = new NetworkParameters(spec);
            kernel.StoreParameters(before);
            var grad = new NetworkParameters(spec);
            double expectedLoss = kernel.LossAndGradient(x, y, rows, grad);

            // Odd rows have ‖w‖² ≈ 9, even ≈ 1: a cap of 4 truncates some neurons and not others (checked below).
            var control = new StepControl(0.05, 0.03, 0.02, NormCapSquared: truncate ? 4 : double.PositiveInfinity,
                AdaptiveC: adaptive ? 0.3 : 0, AdaptiveP: adaptive ? 2 : 1);
            double loss = kernel.Step(x, y, rows, control);
            Assert.Equal(expectedLoss, loss);
            var after = new NetworkParameters(spec);
            kernel.StoreParameters(after);

            double l = Math.Log(1 / expectedLoss);
            double rw = adaptive ? 0.3 * l * l / 2 : 0.05, ra = adaptive ? rw : 0.03, rb = adaptive ? rw : 0.02;
            double mult = spec.GradientScale == GradientScale.PerNeuron ? spec.Width : 1;
            int d = spec.Inputs;
            int truncated = 0;
            for (int j = 0; j < spec.Width; j++)
            {
                double norm2 = 0;
                for (int k = 0; k < d; k++) norm2 += before.W[j * d + k] * before.W[j * d + k];
                bool frozen = norm2 > control.NormCapSquared;
                if (frozen) truncated++;
                for (int k = 0; k < d; k++)
                {
                    double expected = before.W[j * d + k] - (frozen ? 0 : rw * mult * grad.W[j * d + k]);
                    // Same operations as the rule states: equal up to one rounding of the product.
                    Assert.Equal(expected, after.W[j * d + k], 1e-14);
                }
                if (spec.Output == OutputLayer.Free)
                    Assert.Equal(before.A[j] - (frozen ? 0 : ra * mult * grad.A[j]), after.A[j], 1e-14);
                if (spec.Bias)
                    Assert.Equal(before.B[j] - (frozen ? 0 : rb * mult * grad.B[j]), after.B[j], 1e-14);
            }
            if (truncate) Assert.InRange(truncated, 1, spec.Width - 1); else Assert.Equal(0, truncated);
            Assert.True(Flatten(before).Zip(Flatten(after)).Any(t => t.First != t.Second), "the step changed nothing");
        }
    }
}
