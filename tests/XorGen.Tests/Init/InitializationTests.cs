using XorGen.Tests.IO;
using Xunit;

namespace XorGen.Tests.Init;

public sealed class InitializationTests : IDisposable
{
    private readonly TempDirectory _dir = new();
    public void Dispose() => _dir.Dispose();

    private static double RowNorm(NetworkParameters p, int j) => Math.Sqrt(p.Row(j).ToArray().Sum(v => v * v));

    [Fact]
    public void GaussianRowsHaveTheRequestedStd()
    {
        var spec = new ModelSpec(50, 200);
        double std = Math.Sqrt(0.01 / (200 * 50)); // Frei: ω² = 0.01/(m·d)
        var p = new Initialization(new WeightInit.Gaussian(std), new OutputInit.Zero(), new BiasInit.Zero()).Create(spec, 3);
        // 10000 entries: the sample std is within ≈ 0.7% (1 sd) of the true one; mean within 0.01·std·4.
        double mean = p.W.Average(), sd = Math.Sqrt(p.W.Average(v => v * v));
        Assert.InRange(sd, 0.96 * std, 1.04 * std);
        Assert.InRange(mean, -0.04 * std, 0.04 * std);
        Assert.All(p.A, a => Assert.Equal(0.0, a));
        Assert.Empty(p.B);
        Assert.Equal(std, ((WeightInit.Gaussian)Initialization.Frei(200, 50).Weights).Std, 15);
    }

    [Fact]
    public void SphereRowsHaveTheExactRadiusAndBalancedOutputsMatchTheNorm()
    {
        var spec = new ModelSpec(16, 400);
        var p = Initialization.Glasgow(0.1).Create(spec, 9);
        int positive = 0;
        var mean = new double[16];
        for (int j = 0; j < spec.Width; j++)
        {
            Assert.Equal(0.1, RowNorm(p, j), 14);
            Assert.Equal(RowNorm(p, j), Math.Abs(p.A[j]), 15);
            if (p.A[j] > 0) positive++;
            for (int c = 0; c < 16; c++) mean[c] += p.Row(j)[c] / spec.Width;
        }
        Assert.InRange(positive, 150, 250);             // fair signs: 200 ± 10 sd
        Assert.All(mean, v => Assert.InRange(v, -0.01, 0.01)); // uniform directions: each coordinate ≈ N(0, 0.1²/16/400)
    }

    [Fact]
    public void BalancedSignsAndConstantFollowTheirPattern()
    {
        var odd = new Initialization(new WeightInit.Gaussian(1), new OutputInit.BalancedSigns(0.5), new BiasInit.Zero()).Create(new ModelSpec(3, 5), 1);
        Assert.Equal(new[] { 0.5, 0.5, -0.5, -0.5, 0.0 }, odd.A);
        var even = new Initialization(new WeightInit.Gaussian(1), new OutputInit.BalancedSigns(2), new BiasInit.Zero()).Create(new ModelSpec(3, 4), 1);
        Assert.Equal(new[] { 2.0, 2, -2, -2 }, even.A);
        var constant = new Initialization(new WeightInit.Gaussian(1), new OutputInit.Constant(-0.25), new BiasInit.Zero()).Create(new ModelSpec(3, 3), 1);
        Assert.Equal(new[] { -0.25, -0.25, -0.25 }, constant.A);
        var gaussian = new Initialization(new WeightInit.Gaussian(1), new OutputInit.Gaussian(2), new BiasInit.Zero()).Create(new ModelSpec(1, 4000), 1);
        Assert.InRange(Math.Sqrt(gaussian.A.Average(v => v * v)), 1.9, 2.1);
    }

    [Fact]
    public void FixedAndTiedOutputsIgnoreTheOutputInit()
    {
        var fixedSpec = new ModelSpec(4, 7, Train: TrainedLayers.FirstOnly, Output: OutputLayer.FixedBalanced, OutputMagnitude: 0.05);
        var p = new Initialization(new WeightInit.Gaussian(1), new OutputInit.Gaussian(3), new BiasInit.Zero()).Create(fixedSpec, 2);
        Assert.Equal(Enumerable.Range(0, 7).Select(fixedSpec.FixedOutputWeight), p.A);

        var tiedSpec = new ModelSpec(4, 7, Activation.Abs, Loss: Loss.Squared, Train: TrainedLayers.FirstOnly, Output: OutputLayer.TiedToNorm);
        var t = new Initialization(new WeightInit.Gaussian(0.5), new OutputInit.Constant(9), new BiasInit.Zero()).Create(tiedSpec, 2);
        for (int j = 0; j < 7; j++) Assert.Equal(RowNorm(t, j), t.A[j], 15);
    }

    [Fact]
    public void BiasIsDrawnOnlyWhenTheSpecHasOne()
    {
        var spec = new ModelSpec(2, 1000, Activation.HuberizedRelu, 0.01, Train: TrainedLayers.FirstOnly, Output: OutputLayer.FixedBalanced, Bias: true);
        var init = Initialization.Chatterji(spec.Width);
        double std = Math.Sqrt(Math.Pow(4 * 500, -1.25)); // variance (4p)^(−5/4), p = 500
        var p = init.Create(spec, 4);
        Assert.Equal(1000, p.B.Length);
        Assert.InRange(Math.Sqrt(p.B.Average(v => v * v)), 0.9 * std, 1.1 * std);
        Assert.InRange(Math.Sqrt(p.W.Average(v => v * v)), 0.9 * std, 1.1 * std);
        Assert.Empty(init.Create(spec with { Bias = false }, 4).B);
        Assert.Equal(p.W, init.Create(spec with { Bias = false }, 4).W);
    }

    [Fact]
    public void CreateIsAPureFunctionOfSpecAndSeedWithSeparateSubstreams()
    {
        var spec = new ModelSpec(8, 16, Train: TrainedLayers.FirstOnly, Bias: true);
        var init = new Initialization(new WeightInit.Gaussian(0.3), new OutputInit.BalancedToNorm(), new BiasInit.Gaussian(0.1));
        var a = init.Create(spec, 5);
        var b = init.Create(spec, 5);
        Assert.Equal(a.W, b.W); Assert.Equal(a.A, b.A); Assert.Equal(a.B, b.B);
        var c = init.Create(spec, 6);
        Assert.NotEqual(a.W, c.W); Assert.NotEqual(a.B, c.B);
        // Changing the output or bias init leaves W unchanged.
        var other = (init with { Output = new OutputInit.Gaussian(1), Bias = new BiasInit.Zero() }).Create(spec, 5);
        Assert.Equal(a.W, other.W);
        Assert.All(other.B, v => Assert.Equal(0.0, v));
        Assert.NotEqual(new WeightInit.Gaussian(0.3), (WeightInit)new WeightInit.Sphere(0.3));
        Assert.Equal("W gaussian(std=0.3), a balanced-to-norm, b gaussian(std=0.1)", init.Describe());
    }

    [Fact]
    public void ArraysLoadFromNpyWithTheirShapeChecked()
    {
        var spec = new ModelSpec(3, 2, Train: TrainedLayers.FirstOnly, Bias: true);
        string w = _dir.File("W.npy"), a = _dir.File("a.npy"), b = _dir.File("b.npy");
        NpyFile.Write(w, new float[] { 1, 2, 3, 4, 5, 6 }, 2, 3);
        NpyFile.Write(a, new double[] { 0.5, -0.5 }, 2);
        NpyFile.Write(b, new double[] { 0.1, 0.2 }, 2);
        var p = new Initialization(new WeightInit.FromNpy(w), new OutputInit.FromNpy(a), new BiasInit.FromNpy(b)).Create(spec, 0);
        Assert.Equal(new double[] { 1, 2, 3, 4, 5, 6 }, p.W);
        Assert.Equal(new[] { 0.5, -0.5 }, p.A);
        Assert.Equal(new[] { 0.1, 0.2 }, p.B);

        var transposed = Assert.Throws<DataFormatException>(() =>
            new Initialization(new WeightInit.FromNpy(w), new OutputInit.Zero(), new BiasInit.Zero()).Create(new ModelSpec(2, 3), 0));
        Assert.Contains(w, transposed.Message);
        Assert.Contains("(3, 2)", transposed.Message);
        Assert.Contains("found (2, 3)", transposed.Message);
        var wrongA = Assert.Throws<DataFormatException>(() =>
            new Initialization(new WeightInit.Gaussian(1), new OutputInit.FromNpy(w), new BiasInit.Zero()).Create(spec, 0));
        Assert.Contains("a must have shape (2,)", wrongA.Message);
        string missing = _dir.File("missing.npy");
        Assert.Contains(missing, Assert.Throws<DataFormatException>(() =>
            new Initialization(new WeightInit.Gaussian(1), new OutputInit.Zero(), new BiasInit.FromNpy(missing)).Create(spec, 0)).Message);
        string nan = _dir.File("nan.npy");
        NpyFile.Write(nan, new double[] { 1, double.NaN }, 2);
        Assert.Contains("not finite", Assert.Throws<DataFormatException>(() =>
            new Initialization(new WeightInit.Gaussian(1), new OutputInit.FromNpy(nan), new BiasInit.Zero()).Create(spec, 0)).Message);
    }

    [Fact]
    public void BadValuesAreRefusedNamingTheValue()
    {
        Assert.Contains("got -1", Assert.Throws<ArgumentException>(() => new WeightInit.Gaussian(-1)).Message);
        Assert.Contains("got NaN", Assert.Throws<ArgumentException>(() => new WeightInit.Gaussian(double.NaN)).Message);
        Assert.Contains("got -0.1", Assert.Throws<ArgumentException>(() => new WeightInit.Sphere(-0.1)).Message);
        Assert.Contains("got Infinity", Assert.Throws<ArgumentException>(() => new WeightInit.Sphere(double.PositiveInfinity)).Message);
        Assert.Contains("got -2", Assert.Throws<ArgumentException>(() => new OutputInit.Gaussian(-2)).Message);
        Assert.Contains("got NaN", Assert.Throws<ArgumentException>(() => new OutputInit.Constant(double.NaN)).Message);
        Assert.Contains("got NaN", Assert.Throws<ArgumentException>(() => new OutputInit.BalancedSigns(double.NaN)).Message);
        Assert.Contains("got -3", Assert.Throws<ArgumentException>(() => new BiasInit.Gaussian(-3)).Message);
        Assert.Throws<ArgumentException>(() => new WeightInit.FromNpy(""));
        Assert.Throws<ArgumentException>(() => Initialization.Glasgow().Create(new ModelSpec(0, 3), 1));
    }
}
