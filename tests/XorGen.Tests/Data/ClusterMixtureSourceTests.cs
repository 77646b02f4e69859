using Xunit;

namespace XorGen.Tests.Data;

public sealed class ClusterMixtureSourceTests
{
    private static readonly double H = Math.Sqrt(0.5);

    [Theory]
    [InlineData(ClusterLayout.Xor)]
    [InlineData(ClusterLayout.Shoulders)]
    public void SamplesClusterAroundTheLayoutCentresWithTheirLabels(ClusterLayout layout)
    {
        var source = new ClusterMixtureSource(layout);
        double[] expected = layout == ClusterLayout.Xor ? [H, -H, -H, H, H, H, -H, -H] : [1, 0, 0, 1, H, H, -H, -H];
        Assert.Equal(expected, source.Centres);
        Assert.Equal(2, source.Inputs);

        var set = source.TrainingSet<double>(4, 2000);
        var sums = new double[8]; var counts = new int[4]; double sq = 0; int mismatches = 0;
        for (int i = 0; i < set.Count; i++)
        {
            double a = set.X[2 * i], b = set.X[2 * i + 1];
            // Centres are ≥ 0.76 apart (3.8 std to the midpoint): the nearest centre is the sample's cluster but for rare crossings.
            int k = Enumerable.Range(0, 4).MinBy(c => Math.Pow(a - expected[2 * c], 2) + Math.Pow(b - expected[2 * c + 1], 2));
            if (ClusterMixtureSource.CentreLabel(k) != set.Y[i]) mismatches++;
            counts[k]++; sums[2 * k] += a; sums[2 * k + 1] += b;
            sq += Math.Pow(a - expected[2 * k], 2) + Math.Pow(b - expected[2 * k + 1], 2);
        }
        Assert.InRange(mismatches, 0, 4);
        for (int k = 0; k < 4; k++)
        {
            Assert.InRange(counts[k], 420, 580); // 500 ± 3.5 sd
            Assert.InRange(sums[2 * k] / counts[k], expected[2 * k] - 0.02, expected[2 * k] + 0.02); // sd of mean ≈ 0.0045
            Assert.InRange(sums[2 * k + 1] / counts[k], expected[2 * k + 1] - 0.02, expected[2 * k + 1] + 0.02);
        }
        Assert.InRange(Math.Sqrt(sq / (2 * set.Count)), 0.094, 0.106);
    }

    [Fact]
    public void ProjectionPutsEverySampleOnTheUnitCircle()
    {
        var source = new ClusterMixtureSource(ClusterLayout.Shoulders, 0.3, projectToSphere: true);
        var set = source.TestSet<double>(8, 500);
        for (int i = 0; i < set.Count; i++)
            Assert.Equal(1.0, Math.Sqrt(set.X[2 * i] * set.X[2 * i] + set.X[2 * i + 1] * set.X[2 * i + 1]), 12);
        var x = new float[64]; var y = new float[32];
        source.FillBatch<float>(8, 2, x, y, []);
        for (int i = 0; i < 32; i++) Assert.Equal(1.0, Math.Sqrt(x[2 * i] * x[2 * i] + x[2 * i + 1] * x[2 * i + 1]), 5);
    }

    [Fact]
    public void DeterministicPerSeedAndBatch()
    {
        var source = new ClusterMixtureSource(ClusterLayout.Xor);
        Assert.Equal(source.TrainingSet<double>(1, 64).X, source.TrainingSet<double>(1, 64).X);
        Assert.NotEqual(source.TrainingSet<double>(1, 64).X, source.TrainingSet<double>(2, 64).X);
        Assert.NotEqual(source.TrainingSet<double>(1, 64).X, source.TestSet<double>(1, 64).X);
        double[] B(long t) { var x = new double[20]; var y = new double[10]; var c = new double[10]; source.FillBatch<double>(3, t, x, y, c); Assert.Equal(y, c); return x; }
        var b5 = B(5);
        Assert.NotEqual(B(4), b5);
        Assert.Equal(b5, B(5));
    }

    [Fact]
    public void BadStdIsRefused()
    {
        Assert.Contains("-1", Assert.Throws<ArgumentException>(() => new ClusterMixtureSource(ClusterLayout.Xor, -1)).Message);
        Assert.Contains("NaN", Assert.Throws<ArgumentException>(() => new ClusterMixtureSource(ClusterLayout.Xor, double.NaN)).Message);
        Assert.Throws<ArgumentException>(() => new ClusterMixtureSource((ClusterLayout)3));
    }
}
