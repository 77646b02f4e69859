using Xunit;

namespace XorGen.Tests.Data;

public sealed class BooleanXorSourceTests
{
    [Fact]
    public void SamplesAreSignsAndLabelFollowsXorRuleExactly()
    {
        var source = new BooleanXorSource(37);
        var set = source.TrainingSet<double>(5, 500);
        Assert.False(set.HasSeparateCleanLabels);
        int positives = 0, ones = 0;
        for (int i = 0; i < set.Count; i++)
        {
            var row = set.Row(i);
            foreach (double v in row) { Assert.True(v is 1.0 or -1.0); if (v > 0) ones++; }
            Assert.Equal(-row[0] * row[1], set.Y[i]);
            if (set.Y[i] > 0) positives++;
        }
        // 500 fair labels: mean 250, sd ≈ 11; 500·37 fair coordinates: mean 9250, sd ≈ 68.
        Assert.InRange(positives, 190, 310);
        Assert.InRange(ones, 9250 - 400, 9250 + 400);
    }

    [Fact]
    public void FillBatchIsAPureFunctionOfSeedAndBatchIndex()
    {
        var source = new BooleanXorSource(5);
        const int rows = 13;
        float[] Batch(ulong seed, long t)
        {
            var x = new float[rows * 5]; var y = new float[rows]; var c = new float[rows];
            source.FillBatch<float>(seed, t, x, y, c);
            Assert.Equal(y, c);
            for (int i = 0; i < rows; i++) Assert.Equal(-x[5 * i] * x[5 * i + 1], y[i]);
            return [.. x, .. y];
        }
        var b3 = Batch(1, 3);
        var b0 = Batch(1, 0);
        Assert.Equal(b3, Batch(1, 3));           // order of calls does not matter
        Assert.Equal(b0, Batch(1, 0));
        Assert.NotEqual(b0, b3);                 // different batches differ
        Assert.NotEqual(b3, Batch(2, 3));        // different seeds differ
        Assert.NotEqual(b3[..(rows * 5)], source.TrainingSet<float>(1, rows).X); // the fixed set is its own substream
        Assert.NotEqual(source.TrainingSet<float>(1, rows).X, source.TestSet<float>(1, rows).X);
        Assert.Equal(source.TestSet<float>(1, rows).X, source.TestSet<float>(1, rows).X);
    }

    [Fact]
    public void FloatAndDoubleDrawTheSameSamples()
    {
        var source = new BooleanXorSource(3);
        var d = source.TrainingSet<double>(9, 40);
        var f = source.TrainingSet<float>(9, 40);
        Assert.Equal(d.X, f.X.Select(v => (double)v).ToArray());
    }

    [Fact]
    public void BadArgumentsAreRefused()
    {
        Assert.Contains("d = 1", Assert.Throws<ArgumentOutOfRangeException>(() => new BooleanXorSource(1)).Message);
        var source = new BooleanXorSource(4);
        Assert.Throws<ArgumentException>(() => source.FillBatch<double>(1, 0, new double[7], new double[2], new double[2]));
        Assert.Throws<ArgumentException>(() => source.FillBatch<double>(1, 0, new double[8], new double[2], new double[1]));
        Assert.Throws<ArgumentOutOfRangeException>(() => source.FillBatch<double>(1, -1, new double[8], new double[2], new double[2]));
        Assert.Contains("got 0", Assert.Throws<ArgumentOutOfRangeException>(() => source.TrainingSet<double>(1, 0)).Message);
    }
}
