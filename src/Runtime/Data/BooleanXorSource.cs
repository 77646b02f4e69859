using System.Numerics;

namespace XorGen;

/// <summary>
/// Glasgow (2023): x uniform on the hypercube {−1, +1}^d, label y = −x_1·x_2 (coordinates 0 and 1), no noise.
/// Cluster view: x_{1:2} = ±(e1 − e2) ⇒ y = +1, x_{1:2} = ±(e1 + e2) ⇒ y = −1.
/// Each coordinate takes one random bit (64 per Philox draw).
/// </summary>
public sealed class BooleanXorSource : IDataSource
{
    /// <summary>A source of dimension <paramref name="inputs"/> ≥ 2.</summary>
    public BooleanXorSource(int inputs)
    {
        if (inputs < 2 || inputs > ModelSpec.MaxSize)
            throw new ArgumentOutOfRangeException(nameof(inputs), inputs, $"Boolean XOR needs d between 2 and {ModelSpec.MaxSize}, got d = {inputs}");
        Inputs = inputs;
    }

    /// <inheritdoc/>
    public string Name => "boolean-xor";
    /// <inheritdoc/>
    public int Inputs { get; }
    /// <inheritdoc/>
    public bool IsRegression => false;
    /// <inheritdoc/>
    public bool SupportsOnline => true;
    /// <inheritdoc/>
    public string Describe() => $"boolean-xor d={Inputs}: x ~ U{{±1}}^d, y = -x1*x2";

    /// <inheritdoc/>
    public void FillBatch<T>(ulong seed, long batchIndex, Span<T> x, Span<T> y, Span<T> yClean) where T : unmanaged, IFloatingPointIeee754<T>
    {
        SourceStreams.CheckBatch(Inputs, batchIndex, x, y, yClean);
        var rng = new CounterRandom(seed, RandomStream.Data, (ulong)batchIndex);
        Fill(ref rng, x, y, yClean);
    }

    /// <inheritdoc/>
    public Dataset<T> TrainingSet<T>(ulong seed, int count) where T : unmanaged, IFloatingPointIeee754<T>
    {
        SourceStreams.CheckCount(count);
        return Make<T>(new CounterRandom(seed, RandomStream.Data, SourceStreams.FixedSet), count);
    }

    /// <inheritdoc/>
    public Dataset<T> TestSet<T>(ulong seed, int count) where T : unmanaged, IFloatingPointIeee754<T>
    {
        SourceStreams.CheckCount(count);
        return Make<T>(new CounterRandom(seed, RandomStream.TestData), count);
    }

    private Dataset<T> Make<T>(CounterRandom rng, int count) where T : unmanaged, IFloatingPointIeee754<T>
    {
        var x = new T[checked(count * Inputs)];
        var y = new T[count];
        Fill(ref rng, x, y, []);
        return new Dataset<T>(count, Inputs, x, y);
    }

    private void Fill<T>(ref CounterRandom rng, Span<T> x, Span<T> y, Span<T> yClean) where T : unmanaged, IFloatingPointIeee754<T>
    {
        T one = T.One, minusOne = -T.One;
        // Consecutive coordinates (across rows) take consecutive bits of each 64-bit draw.
        int i = 0;
        for (; i + 64 <= x.Length; i += 64)
        {
            ulong bits = rng.NextUInt64();
            var chunk = x.Slice(i, 64);
            for (int b = 0; b < 64; b++) chunk[b] = ((bits >> b) & 1) != 0 ? minusOne : one;
        }
        if (i < x.Length)
        {
            ulong bits = rng.NextUInt64();
            for (int b = 0; i < x.Length; i++, b++) x[i] = ((bits >> b) & 1) != 0 ? minusOne : one;
        }
        int d = Inputs;
        for (int r = 0; r < y.Length; r++) y[r] = -(x[r * d] * x[r * d + 1]);
        if (yClean.Length != 0) y.CopyTo(yClean);
    }
}
