using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace XorGen;

/// <summary>
/// Glasgow (2023): x uniform on the hypercube {−1, +1}^d, label y = −x_1·x_2 (coordinates 0 and 1), no noise.
/// Cluster view: x_{1:2} = ±(e1 − e2) ⇒ y = +1, x_{1:2} = ±(e1 + e2) ⇒ y = −1.
/// Each coordinate takes one random bit (64 per Philox draw).
/// </summary>
public sealed class BooleanXorSource : IDataSource, INoiselessSource
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
    public void FillBatch<T>(ulong seed, long batchIndex, Span<T> x, Span<T> y, Span<T> yClean) where T : unmanaged, IFloatingPointIeee754<T> =>
        NoiselessSource.FillBatch(this, seed, batchIndex, x, y, yClean);

    /// <inheritdoc/>
    public Dataset<T> TrainingSet<T>(ulong seed, int count) where T : unmanaged, IFloatingPointIeee754<T> =>
        NoiselessSource.TrainingSet<T>(this, seed, count);

    /// <inheritdoc/>
    public Dataset<T> TestSet<T>(ulong seed, int count) where T : unmanaged, IFloatingPointIeee754<T> =>
        NoiselessSource.TestSet<T>(this, seed, count);

    void INoiselessSource.Fill<T>(ref CounterRandom rng, Span<T> x, Span<T> y)
    {
        // Consecutive coordinates (across rows) take consecutive bits of each 64-bit draw: bit 1 ⇒ −1, bit 0 ⇒ +1.
        // float and double set the sign bit of 1.0 directly (branch-free); other types go through T.
        if (typeof(T) == typeof(float)) FillSigns(ref rng, MemoryMarshal.Cast<T, uint>(x), 0x3F800000u); // 1.0f
        else if (typeof(T) == typeof(double)) FillSigns(ref rng, MemoryMarshal.Cast<T, ulong>(x), 0x3FF0000000000000UL); // 1.0
        else FillGeneric(ref rng, x);
        int d = Inputs;
        for (int r = 0; r < y.Length; r++) y[r] = -(x[r * d] * x[r * d + 1]);
    }

    /// <summary>Sets each element to the bit pattern <paramref name="one"/> (1.0) with one random bit in its sign bit; one 64-bit draw per 64 elements.</summary>
    private static void FillSigns<TBits>(ref CounterRandom rng, Span<TBits> x, TBits one) where TBits : unmanaged, IBinaryInteger<TBits>
    {
        int signShift = Unsafe.SizeOf<TBits>() * 8 - 1;
        for (int i = 0; i < x.Length; i += 64)
        {
            ulong bits = rng.NextUInt64();
            var chunk = x.Slice(i, Math.Min(64, x.Length - i));
            for (int b = 0; b < chunk.Length; b++) chunk[b] = one | (TBits.CreateTruncating((bits >> b) & 1) << signShift);
        }
    }

    private static void FillGeneric<T>(ref CounterRandom rng, Span<T> x) where T : unmanaged, IFloatingPointIeee754<T>
    {
        T one = T.One, minusOne = -T.One;
        for (int i = 0; i < x.Length; i += 64)
        {
            ulong bits = rng.NextUInt64();
            var chunk = x.Slice(i, Math.Min(64, x.Length - i));
            for (int b = 0; b < chunk.Length; b++) chunk[b] = ((bits >> b) & 1) != 0 ? minusOne : one;
        }
    }
}
