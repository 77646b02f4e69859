namespace XorGen.Bench;

/// <summary>
/// Draws the fresh batch of an online step inside the measured step. Each batch is a pure function of
/// (seed, batch index) through <see cref="CounterRandom"/> on <see cref="RandomStream.Data"/>, and no call allocates.
/// Glasgow rows draw the Boolean XOR data (x ∈ {±1}^d uniform, y = −x₁·x₂, one random bit per coordinate);
/// the first-layer-only paper rows draw standard Gaussian inputs (the cost class of their Gaussian sources)
/// with y = −sign(x₁·x₂) for a logistic loss and y = |x₁| for the squared one.
/// </summary>
public static class OnlineBatch
{
    /// <summary>Fills <paramref name="x"/> (rows × d) and <paramref name="y"/> (rows) for batch <paramref name="batchIndex"/>.</summary>
    public static void Fill(Setup setup, ModelSpec spec, ulong seed, long batchIndex, Span<float> x, Span<float> y)
    {
        if (setup == Setup.Glasgow) FillBooleanXor(spec.Inputs, seed, batchIndex, x, y);
        else FillGaussian(spec, seed, batchIndex, x, y);
    }

    /// <summary>Boolean XOR on the hypercube: 64 coordinates per 64 random bits.</summary>
    public static void FillBooleanXor(int d, ulong seed, long batchIndex, Span<float> x, Span<float> y)
    {
        var random = new CounterRandom(seed, RandomStream.Data, (ulong)batchIndex);
        int n = y.Length * d;
        ulong bits = 0;
        for (int k = 0; k < n; k++)
        {
            if ((k & 63) == 0) bits = random.NextUInt64();
            x[k] = (bits & 1) == 0 ? 1f : -1f;
            bits >>= 1;
        }
        for (int i = 0; i < y.Length; i++) y[i] = -x[i * d] * x[i * d + Math.Min(1, d - 1)];
    }

    private static void FillGaussian(ModelSpec spec, ulong seed, long batchIndex, Span<float> x, Span<float> y)
    {
        var random = new CounterRandom(seed, RandomStream.Data, (ulong)batchIndex);
        int d = spec.Inputs;
        for (int k = 0; k < y.Length * d; k++) x[k] = (float)random.NextGaussian();
        for (int i = 0; i < y.Length; i++)
        {
            float x1 = x[i * d], x2 = x[i * d + Math.Min(1, d - 1)];
            y[i] = spec.Loss == Loss.Squared ? MathF.Abs(x1) : (x1 * x2 > 0 ? -1f : 1f);
        }
    }
}
