using Xunit;
using System.Numerics;
using System.Runtime.Intrinsics;

namespace XorGen.Tests.Kernels;

/// <summary>Specs, parameters and batches for the kernel tests, all drawn from counter-based streams.</summary>
internal static class KernelTestData
{
    /// <summary>
    /// Every activation × loss × trained layers × output layer × bias, with a parameter the activation accepts
    /// (<see cref="ActivationRules"/>; 0 for one that takes none): a new enum member is covered with no edit here.
    /// </summary>
    public static IEnumerable<ModelSpec> AllCombinations(int d, int m, OutputScale scale = OutputScale.One, GradientScale gradientScale = GradientScale.Raw)
    {
        foreach (var act in Enum.GetValues<Activation>())
        foreach (var loss in Enum.GetValues<Loss>())
        foreach (var train in Enum.GetValues<TrainedLayers>())
        foreach (var output in Enum.GetValues<OutputLayer>())
        foreach (bool bias in new[] { false, true })
            yield return new ModelSpec(d, m, act,
                ActivationParameter: ValidParameter(act),
                Loss: loss, LossScale: loss == Loss.Logistic ? 2 : 1, Train: train, Output: output,
                OutputMagnitude: 0.7, Scale: scale, Bias: bias, GradientScale: gradientScale);
    }

    /// <summary>0 for an activation without a parameter, else the first of 0.5, 0.1, 4 that it accepts.</summary>
    public static double ValidParameter(Activation activation) => ActivationRules.ParameterName(activation) is null ? 0
        : new[] { 0.5, 0.1, 4 }.First(p => ActivationRules.ParameterProblem(activation, p) is null);

    /// <summary>The combinations <see cref="ModelSpec.Problems"/> accepts.</summary>
    public static List<ModelSpec> ValidCombinations(int d, int m) => AllCombinations(d, m).Where(s => s.Problems().Count == 0).ToList();

    /// <summary>Random parameters: rows N(0, 1/d) (odd rows ×<paramref name="oddRowScale"/>), a ~ N(0, 1), b ~ N(0, 0.25).</summary>
    public static NetworkParameters Parameters(ModelSpec spec, ulong seed, double oddRowScale = 1)
    {
        var p = new NetworkParameters(spec);
        var rng = new CounterRandom(seed, RandomStream.Init);
        double std = 1 / Math.Sqrt(spec.Inputs);
        for (int j = 0; j < spec.Width; j++)
            for (int k = 0; k < spec.Inputs; k++)
                p.W[j * spec.Inputs + k] = rng.NextGaussian() * std * (j % 2 == 1 ? oddRowScale : 1);
        for (int j = 0; j < spec.Width; j++) p.A[j] = rng.NextGaussian();
        for (int j = 0; j < p.B.Length; j++) p.B[j] = 0.5 * rng.NextGaussian();
        return p;
    }

    /// <summary>A batch: x ~ N(0, 1), labels ±1 for the logistic loss and N(0, 1) targets for the squared loss.</summary>
    public static (T[] X, T[] Y) Batch<T>(ModelSpec spec, int rows, ulong seed) where T : unmanaged, IFloatingPointIeee754<T>
    {
        var rng = new CounterRandom(seed, RandomStream.Data);
        var x = new T[rows * spec.Inputs];
        var y = new T[rows];
        for (int i = 0; i < x.Length; i++) x[i] = T.CreateTruncating(rng.NextGaussian());
        for (int i = 0; i < rows; i++) y[i] = T.CreateTruncating(spec.Loss == Loss.Logistic ? rng.NextSign() : rng.NextGaussian());
        return (x, y);
    }

    /// <summary>All parameters flattened (W, a, b) for comparisons.</summary>
    public static double[] Flatten(NetworkParameters p) => [.. p.W, .. p.A, .. p.B];

    /// <summary>Largest |a_i − b_i|.</summary>
    public static double MaxDifference(ReadOnlySpan<double> a, ReadOnlySpan<double> b)
    {
        Assert.Equal(a.Length, b.Length);
        double max = 0;
        for (int i = 0; i < a.Length; i++) max = Math.Max(max, Math.Abs(a[i] - b[i]));
        return double.IsNaN(max) ? double.PositiveInfinity : max;
    }

    /// <summary>Largest |a_i|, at least 1: the magnitude tolerances are scaled by.</summary>
    public static double Magnitude(ReadOnlySpan<double> a)
    {
        double max = 1;
        foreach (double v in a) max = Math.Max(max, Math.Abs(v));
        return max;
    }
}
