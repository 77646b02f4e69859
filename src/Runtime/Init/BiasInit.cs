using System.Globalization;

namespace XorGen;

/// <summary>How biases b_j are initialised (drawn from <see cref="RandomStream.Init"/>, substream 2); ignored when the spec has no bias.</summary>
public abstract record BiasInit
{
    private BiasInit() { }

    /// <summary>b_j = 0.</summary>
    public sealed record Zero : BiasInit;

    /// <summary>b_j ~ N(0, std²) (Chatterji et al.: every trainable parameter N(0, σ²)).</summary>
    /// <param name="Std">The standard deviation, finite and ≥ 0.</param>
    public sealed record Gaussian(double Std) : BiasInit
    {
        /// <summary>The standard deviation.</summary>
        public double Std { get; } = InitChecks.NonNegative(Std, "bias init std");
    }

    /// <summary>An explicit b from a <c>.npy</c> file of shape (m,).</summary>
    /// <param name="Path">The file.</param>
    public sealed record FromNpy(string Path) : BiasInit
    {
        /// <summary>The file.</summary>
        public string Path { get; } = InitChecks.NotEmpty(Path, "bias init file");
    }

    internal void Fill(Span<double> b, ref CounterRandom rng)
    {
        switch (this)
        {
            case Zero:
                b.Clear();
                break;
            case Gaussian g:
                for (int j = 0; j < b.Length; j++) b[j] = g.Std * rng.NextGaussian();
                break;
            case FromNpy f:
                InitChecks.Load(f.Path, "b", b, b.Length);
                break;
            default:
                throw new InvalidOperationException($"unknown bias init {this}");
        }
    }

    /// <summary>A short description: <c>zero</c>, <c>gaussian(std=0.1)</c>, <c>npy(b.npy)</c>.</summary>
    public string Describe() => this switch
    {
        Zero => "zero",
        Gaussian g => string.Create(CultureInfo.InvariantCulture, $"gaussian(std={g.Std})"),
        FromNpy f => $"npy({f.Path})",
        _ => GetType().Name,
    };
}
