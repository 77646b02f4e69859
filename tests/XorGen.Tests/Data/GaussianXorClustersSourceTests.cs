using Xunit;

namespace XorGen.Tests.Data;

public sealed class GaussianXorClustersSourceTests
{
    [Fact]
    public void ExactPerClusterFlipsExactlyFloorEtaNkInEachCluster()
    {
        var source = new GaussianXorClustersSource(6, 0.3, 0.15, LabelNoiseMode.ExactPerCluster);
        var set = source.TrainingSet<double>(11, 1003, out int[] clusters);
        Assert.True(set.HasSeparateCleanLabels);
        for (int k = 0; k < 4; k++)
        {
            int size = 0, flips = 0;
            for (int i = 0; i < set.Count; i++)
            {
                if (clusters[i] != k) continue;
                size++;
                Assert.Equal(k < 2 ? 1.0 : -1.0, set.YClean[i]);
                if (set.Y[i] != set.YClean[i]) { flips++; Assert.Equal(-set.YClean[i], set.Y[i]); }
            }
            Assert.InRange(size, 200, 300);
            Assert.Equal((int)Math.Floor(0.15 * size + 1e-9), flips);
        }
        // The plain TrainingSet gives the same set.
        Assert.Equal(set.Y, source.TrainingSet<double>(11, 1003).Y);
    }

    [Fact]
    public void ExactFlipCountIsTheMathematicalFloor()
    {
        Assert.Equal(29, new GaussianXorClustersSource(2, 0, 0.29, LabelNoiseMode.ExactPerCluster).ExactFlips(100));
        Assert.Equal(14, new GaussianXorClustersSource(2, 0, 0.15, LabelNoiseMode.ExactPerCluster).ExactFlips(99));
        Assert.Equal(0, new GaussianXorClustersSource(2, 0, 0.15, LabelNoiseMode.ExactPerCluster).ExactFlips(6));
        Assert.Equal(7, new GaussianXorClustersSource(2, 0, 1, LabelNoiseMode.ExactPerCluster).ExactFlips(7));
    }

    [Fact]
    public void ExactPerClusterChoosesDifferentPointsForDifferentSeeds()
    {
        var source = new GaussianXorClustersSource(3, 0, 0.5, LabelNoiseMode.ExactPerCluster);
        // σ = 0: the samples are the centres; only the clusters and the flipped positions depend on the seed.
        var a = source.TrainingSet<double>(1, 200);
        var b = source.TrainingSet<double>(2, 200);
        Assert.NotEqual(a.Y, b.Y);
        Assert.Equal(a.Y, source.TrainingSet<double>(1, 200).Y);
    }

    [Fact]
    public void IndependentFlipRateIsNearEtaInTrainingTestAndOnlineData()
    {
        var source = new GaussianXorClustersSource(4, 0.2, 0.2, LabelNoiseMode.Independent);
        static int Flips(double[] y, double[] clean) => y.Zip(clean).Count(p => p.First != p.Second);
        // 4000 flips at rate 0.2: mean 800, sd ≈ 25.
        var train = source.TrainingSet<double>(3, 4000);
        Assert.InRange(Flips(train.Y, train.YClean), 700, 900);
        var test = source.TestSet<double>(3, 4000);
        Assert.True(test.HasSeparateCleanLabels);
        Assert.InRange(Flips(test.Y, test.YClean), 700, 900);
        var x = new double[4000 * 4]; var y = new double[4000]; var c = new double[4000];
        source.FillBatch<double>(3, 17, x, y, c);
        Assert.InRange(Flips(y, c), 700, 900);
        // An exact-per-cluster source still flips online batches independently.
        var exact = new GaussianXorClustersSource(4, 0.2, 0.2, LabelNoiseMode.ExactPerCluster);
        var y2 = new double[4000]; var c2 = new double[4000];
        exact.FillBatch<double>(3, 17, x, y2, c2);
        Assert.Equal(y, y2);
    }

    [Fact]
    public void ClustersAreBalancedAndCentredOnPlusMinusMu()
    {
        const int d = 5;
        const double sigma = 0.5;
        var source = new GaussianXorClustersSource(d, sigma, 0);
        Assert.Equal(new double[] { 1, 0, 0, 0, 0 }, source.Mu1);
        Assert.Equal(new double[] { 0, 1, 0, 0, 0 }, source.Mu2);
        var set = source.TrainingSet<double>(21, 4000, out int[] clusters);
        double[][] centres = [[1, 0, 0, 0, 0], [-1, 0, 0, 0, 0], [0, 1, 0, 0, 0], [0, -1, 0, 0, 0]];
        double sumSq = 0; int sq = 0;
        for (int k = 0; k < 4; k++)
        {
            var members = Enumerable.Range(0, set.Count).Where(i => clusters[i] == k).ToArray();
            Assert.InRange(members.Length, 850, 1150); // ¼ of 4000, sd ≈ 27
            for (int c = 0; c < d; c++)
            {
                double mean = members.Average(i => set.X[i * d + c]);
                Assert.InRange(mean, centres[k][c] - 0.08, centres[k][c] + 0.08); // sd of the mean ≈ 0.016
                foreach (int i in members) { double z = set.X[i * d + c] - centres[k][c]; sumSq += z * z; sq++; }
            }
        }
        Assert.InRange(Math.Sqrt(sumSq / sq), 0.95 * sigma, 1.05 * sigma);
        // Labels without noise are the clean labels.
        Assert.Equal(set.YClean, set.Y);
    }

    [Fact]
    public void SamplesDoNotDependOnTheNoiseRateAndSeedsAreIndependent()
    {
        var a = new GaussianXorClustersSource(3, 0.1, 0.0).TrainingSet<float>(5, 50);
        var b = new GaussianXorClustersSource(3, 0.1, 0.4, LabelNoiseMode.ExactPerCluster).TrainingSet<float>(5, 50);
        Assert.Equal(a.X, b.X);
        Assert.Equal(a.YClean, b.YClean);
        Assert.NotEqual(a.X, new GaussianXorClustersSource(3, 0.1, 0.0).TrainingSet<float>(6, 50).X);
        Assert.NotEqual(a.X, new GaussianXorClustersSource(3, 0.1, 0.0).TestSet<float>(5, 50).X);

        var source = new GaussianXorClustersSource(3, 0.1, 0.3);
        float[] Batch(long t) { var x = new float[30]; var y = new float[10]; source.FillBatch<float>(9, t, x, y, []); return [.. x, .. y]; }
        var second = Batch(1);
        Assert.Equal(second, Batch(1));
        Assert.NotEqual(Batch(0), second);
    }

    [Fact]
    public void BadParametersNameTheValue()
    {
        Assert.Contains("-0.5", Assert.Throws<ArgumentException>(() => new GaussianXorClustersSource(3, -0.5, 0.1)).Message);
        Assert.Contains("NaN", Assert.Throws<ArgumentException>(() => new GaussianXorClustersSource(3, 0.1, double.NaN)).Message);
        Assert.Contains("1.5", Assert.Throws<ArgumentException>(() => new GaussianXorClustersSource(3, 0.1, 1.5)).Message);
        Assert.Contains("d = 1", Assert.Throws<ArgumentOutOfRangeException>(() => new GaussianXorClustersSource(1, 0.1, 0.1)).Message);
        Assert.Throws<ArgumentException>(() => new GaussianXorClustersSource(3, 0.1, 0.1, (LabelNoiseMode)7));
    }
}
