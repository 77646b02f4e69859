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
        var h = source.TrainingSet<Half>(9, 40); // the generic (non-bit-trick) path
        Assert.Equal(d.X, h.X.Select(v => (double)v).ToArray());
        Assert.Equal(d.Y, h.Y.Select(v => (double)v).ToArray());
    }

    /// <summary>
    /// The documented definition of an online batch, whatever register width fills it (run this class under
    /// DOTNET_EnableAVX2=0 and DOTNET_EnableHWIntrinsic=0 as well): coordinate t of the batch (row-major, t = r·d + k)
    /// is −1 where bit t mod 64 of the (t div 64)-th 64-bit draw of the Data stream (substream = batch index) is set,
    /// else +1. Lengths that are and are not whole numbers of draws.
    /// </summary>
    [Theory]
    [InlineData(2, 1)]
    [InlineData(32, 32)]
    [InlineData(37, 13)]
    [InlineData(128, 128)]
    [InlineData(130, 3)]
    public void OnlineBatchIsTheDocumentedFunctionOfTheDraws(int d, int rows)
    {
        var source = new BooleanXorSource(d);
        var xf = new float[rows * d];
        var xd = new double[rows * d];
        var y = new float[rows];
        var yd = new double[rows];
        source.FillBatch<float>(11, 7, xf, y, []);
        source.FillBatch<double>(11, 7, xd, yd, []);
        var rng = new CounterRandom(11, RandomStream.Data, 7);
        ulong bits = 0;
        for (int t = 0; t < rows * d; t++)
        {
            if (t % 64 == 0) bits = rng.NextUInt64();
            double expected = ((bits >> (t % 64)) & 1) != 0 ? -1.0 : 1.0;
            Assert.Equal(expected, xf[t]);
            Assert.Equal(expected, xd[t]);
        }
        for (int r = 0; r < rows; r++)
        {
            Assert.Equal(-xf[r * d] * xf[r * d + 1], y[r]);
            Assert.Equal(-xd[r * d] * xd[r * d + 1], yd[r]);
        }
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
