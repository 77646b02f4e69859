using System.Numerics;

namespace XorGen;

/// <summary>
/// A synthetic source without label noise whose samples are a function of one random stream: it only says how to fill rows,
/// and <see cref="NoiselessSource"/> turns that into the online batches, the training set and the test set of <see cref="IDataSource"/>.
/// </summary>
internal interface INoiselessSource
{
    /// <summary>Input dimension d.</summary>
    int Inputs { get; }

    /// <summary>Fills <c>y.Length</c> rows of <paramref name="x"/> (row-major, d per row) and their labels from <paramref name="rng"/>.</summary>
    void Fill<T>(ref CounterRandom rng, Span<T> x, Span<T> y) where T : unmanaged, IFloatingPointIeee754<T>;
}

/// <summary>The streams and checks of <see cref="IDataSource"/> for every <see cref="INoiselessSource"/>: clean labels equal the labels.</summary>
internal static class NoiselessSource
{
    /// <summary><see cref="IDataSource.FillBatch{T}"/>: batch <paramref name="batchIndex"/> draws from <see cref="RandomStream.Data"/>, substream = batch index.</summary>
    public static void FillBatch<T>(INoiselessSource source, ulong seed, long batchIndex, Span<T> x, Span<T> y, Span<T> yClean)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        SourceStreams.CheckBatch(source.Inputs, batchIndex, x, y, yClean);
        var rng = new CounterRandom(seed, RandomStream.Data, (ulong)batchIndex);
        source.Fill(ref rng, x, y);
        if (yClean.Length != 0) y.CopyTo(yClean);
    }

    /// <summary><see cref="IDataSource.TrainingSet{T}"/>: <see cref="RandomStream.Data"/>, substream <see cref="SourceStreams.FixedSet"/>.</summary>
    public static Dataset<T> TrainingSet<T>(INoiselessSource source, ulong seed, int count) where T : unmanaged, IFloatingPointIeee754<T> =>
        Make<T>(source, new CounterRandom(seed, RandomStream.Data, SourceStreams.FixedSet), count);

    /// <summary><see cref="IDataSource.TestSet{T}"/>: <see cref="RandomStream.TestData"/>.</summary>
    public static Dataset<T> TestSet<T>(INoiselessSource source, ulong seed, int count) where T : unmanaged, IFloatingPointIeee754<T> =>
        Make<T>(source, new CounterRandom(seed, RandomStream.TestData), count);

    private static Dataset<T> Make<T>(INoiselessSource source, CounterRandom rng, int count) where T : unmanaged, IFloatingPointIeee754<T>
    {
        SourceStreams.CheckCount(count);
        int d = source.Inputs;
        var x = new T[checked(count * d)];
        var y = new T[count];
        source.Fill(ref rng, x, y);
        return new Dataset<T>(count, d, x, y);
    }
}
