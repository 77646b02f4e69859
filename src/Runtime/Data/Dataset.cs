using System.Numerics;

namespace XorGen;

/// <summary>
/// A fixed set of samples: X row-major (n × d), observed labels Y (±1, or real targets for regression),
/// and clean labels (the label before noise; equal to Y when the source has no noise).
/// </summary>
public sealed class Dataset<T> where T : unmanaged, IFloatingPointIeee754<T>
{
    /// <summary>Wraps arrays; <paramref name="yClean"/> null means "same as y".</summary>
    public Dataset(int count, int inputs, T[] x, T[] y, T[]? yClean = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 0);
        ArgumentOutOfRangeException.ThrowIfLessThan(inputs, 1);
        if (x.Length != checked(count * inputs)) throw new ArgumentException($"X has {x.Length} values, expected {count}×{inputs}", nameof(x));
        if (y.Length != count) throw new ArgumentException($"y has {y.Length} values, expected {count}", nameof(y));
        if (yClean is not null && yClean.Length != count) throw new ArgumentException($"clean labels have {yClean.Length} values, expected {count}", nameof(yClean));
        Count = count; Inputs = inputs; X = x; Y = y; YClean = yClean ?? y;
    }

    /// <summary>Allocates a zeroed dataset.</summary>
    public static Dataset<T> Allocate(int count, int inputs) =>
        new(count, inputs, new T[checked(count * inputs)], new T[count], new T[count]);

    /// <summary>Number of samples n.</summary>
    public int Count { get; }
    /// <summary>Input dimension d.</summary>
    public int Inputs { get; }
    /// <summary>Samples, row-major n × d.</summary>
    public T[] X { get; }
    /// <summary>Observed labels.</summary>
    public T[] Y { get; }
    /// <summary>Clean labels (same array as Y when there is no noise).</summary>
    public T[] YClean { get; }
    /// <summary>Whether clean and observed labels are stored separately.</summary>
    public bool HasSeparateCleanLabels => !ReferenceEquals(Y, YClean);

    /// <summary>Row i of X.</summary>
    public ReadOnlySpan<T> Row(int i) => X.AsSpan(i * Inputs, Inputs);

    /// <summary>Converts to another element type.</summary>
    public Dataset<TOut> Convert<TOut>() where TOut : unmanaged, IFloatingPointIeee754<TOut>
    {
        static TOut[] C(T[] a) { var r = new TOut[a.Length]; for (int i = 0; i < a.Length; i++) r[i] = TOut.CreateTruncating(a[i]); return r; }
        var y = C(Y);
        return new Dataset<TOut>(Count, Inputs, C(X), y, HasSeparateCleanLabels ? C(YClean) : y);
    }
}
