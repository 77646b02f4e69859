using System.Numerics;

namespace XorGen;

/// <summary>
/// Where a run's samples come from. Synthetic sources draw fresh batches on demand (online training) and
/// fixed training and test sets; file sources only give fixed sets. Every draw is a pure function of the seed:
/// online batches use <see cref="RandomStream.Data"/> (substream = batch index), the fixed training set
/// <see cref="RandomStream.Data"/> (substream <see cref="SourceStreams.FixedSet"/>), the test set
/// <see cref="RandomStream.TestData"/>, and label noise <see cref="RandomStream.LabelNoise"/>.
/// </summary>
public interface IDataSource
{
    /// <summary>Short name, e.g. <c>boolean-xor</c>.</summary>
    string Name { get; }
    /// <summary>Input dimension d.</summary>
    int Inputs { get; }
    /// <summary>True for real targets (the absolute-value teacher, file data with non-±1 labels); false for labels ±1.</summary>
    bool IsRegression { get; }
    /// <summary>Whether <see cref="FillBatch{T}"/> can draw fresh samples (false for file data).</summary>
    bool SupportsOnline { get; }
    /// <summary>One line with the source's parameters.</summary>
    string Describe();

    /// <summary>
    /// Fills a fresh batch for online training: a pure function of (<paramref name="seed"/>, <paramref name="batchIndex"/>),
    /// independent of the order of calls; no allocation. Rows = <c>y.Length</c>; <paramref name="x"/> holds rows × d
    /// values (row-major); <paramref name="yClean"/> has one value per row (or is empty when not wanted).
    /// </summary>
    /// <exception cref="InvalidOperationException">The source has no online samples (<see cref="SupportsOnline"/> false).</exception>
    void FillBatch<T>(ulong seed, long batchIndex, Span<T> x, Span<T> y, Span<T> yClean) where T : unmanaged, IFloatingPointIeee754<T>;

    /// <summary>The fixed training set of <paramref name="count"/> samples for this seed (<see cref="RandomStream.Data"/>).</summary>
    Dataset<T> TrainingSet<T>(ulong seed, int count) where T : unmanaged, IFloatingPointIeee754<T>;

    /// <summary>A test set of <paramref name="count"/> samples, independent of the training data (<see cref="RandomStream.TestData"/>).</summary>
    Dataset<T> TestSet<T>(ulong seed, int count) where T : unmanaged, IFloatingPointIeee754<T>;
}

/// <summary>The substreams the synthetic sources draw from, and the checks they share.</summary>
public static class SourceStreams
{
    /// <summary>Substream of <see cref="RandomStream.Data"/> and <see cref="RandomStream.LabelNoise"/> used by the fixed training set; online batch indices must stay below it.</summary>
    public const ulong FixedSet = 1UL << 55;

    /// <summary>Substream of <see cref="RandomStream.LabelNoise"/> used by the test set.</summary>
    public const ulong TestSet = FixedSet + 1;

    /// <summary>Checks the spans of a batch and returns the number of rows.</summary>
    internal static int CheckBatch<T>(int inputs, long batchIndex, Span<T> x, Span<T> y, Span<T> yClean)
    {
        if (batchIndex < 0 || (ulong)batchIndex >= FixedSet)
            throw new ArgumentOutOfRangeException(nameof(batchIndex), batchIndex, $"batch index must be in [0, 2^55), got {batchIndex}");
        int rows = y.Length;
        if ((long)x.Length != (long)rows * inputs)
            throw new ArgumentException($"x has {x.Length} values, expected {rows} rows × d = {inputs}", nameof(x));
        if (yClean.Length != rows && yClean.Length != 0)
            throw new ArgumentException($"clean labels have {yClean.Length} values, expected {rows} (or none)", nameof(yClean));
        return rows;
    }

    /// <summary>Checks a requested set size.</summary>
    internal static void CheckCount(int count)
    {
        if (count < 1) throw new ArgumentOutOfRangeException(nameof(count), count, $"the number of samples must be at least 1, got {count}");
    }

    /// <summary>Throws <see cref="ArgumentException"/> unless the value is finite and ≥ 0.</summary>
    internal static double NonNegative(double value, string what, string paramName)
    {
        if (!(value >= 0 && double.IsFinite(value)))
            throw new ArgumentException(FormattableString.Invariant($"{what} must be a finite number ≥ 0, got {value}"), paramName);
        return value;
    }
}
