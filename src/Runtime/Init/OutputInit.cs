using System.Globalization;

namespace XorGen;

/// <summary>
/// How free output weights a_j are initialised (drawn from <see cref="RandomStream.Init"/>, substream 1).
/// Only used when the spec's output layer is <see cref="OutputLayer.Free"/>: for
/// <see cref="OutputLayer.FixedBalanced"/> the spec fixes a_j = ±c, and for <see cref="OutputLayer.TiedToNorm"/>
/// a_j = ‖w_j‖; the output init is then ignored.
/// </summary>
public abstract record OutputInit
{
    private OutputInit() { }

    /// <summary>a_j = 0.</summary>
    public sealed record Zero : OutputInit;

    /// <summary>a_j = value.</summary>
    /// <param name="Value">The value, finite.</param>
    public sealed record Constant(double Value) : OutputInit
    {
        /// <summary>The value.</summary>
        public double Value { get; } = InitChecks.Finite(Value, "output init constant");
    }

    /// <summary>a_j = ε_j·‖w_j‖ with a fair random sign ε_j: each neuron balanced (Glasgow).</summary>
    public sealed record BalancedToNorm : OutputInit;

    /// <summary>+c for the first ⌊m/2⌋ neurons, −c for the next ⌊m/2⌋, 0 for the last when m is odd.</summary>
    /// <param name="Magnitude">c, finite.</param>
    public sealed record BalancedSigns(double Magnitude) : OutputInit
    {
        /// <summary>c.</summary>
        public double Magnitude { get; } = InitChecks.Finite(Magnitude, "output init magnitude");
    }

    /// <summary>a_j ~ N(0, std²).</summary>
    /// <param name="Std">The standard deviation, finite and ≥ 0.</param>
    public sealed record Gaussian(double Std) : OutputInit
    {
        /// <summary>The standard deviation.</summary>
        public double Std { get; } = InitChecks.NonNegative(Std, "output init std");
    }

    /// <summary>An explicit a from a <c>.npy</c> file of shape (m,).</summary>
    /// <param name="Path">The file.</param>
    public sealed record FromNpy(string Path) : OutputInit
    {
        /// <summary>The file.</summary>
        public string Path { get; } = InitChecks.NotEmpty(Path, "output init file");
    }

    /// <summary>Fills a, given the already initialised W (row-major m × d).</summary>
    internal void Fill(Span<double> a, ReadOnlySpan<double> w, int inputs, ref CounterRandom rng)
    {
        int m = a.Length;
        switch (this)
        {
            case Zero:
                a.Clear();
                break;
            case Constant c:
                a.Fill(c.Value);
                break;
            case BalancedToNorm:
                for (int j = 0; j < m; j++) a[j] = rng.NextSign() * RowNorm(w, j, inputs);
                break;
            case BalancedSigns b:
                int half = m / 2;
                for (int j = 0; j < m; j++) a[j] = j < half ? b.Magnitude : j < 2 * half ? -b.Magnitude : 0.0;
                break;
            case Gaussian g:
                for (int j = 0; j < m; j++) a[j] = g.Std * rng.NextGaussian();
                break;
            case FromNpy f:
                InitChecks.Load(f.Path, "a", a, m);
                break;
            default:
                throw new InvalidOperationException($"unknown output init {this}");
        }
    }

    internal static double RowNorm(ReadOnlySpan<double> w, int j, int inputs)
    {
        double s = 0;
        foreach (double v in w.Slice(j * inputs, inputs)) s += v * v;
        return Math.Sqrt(s);
    }

    /// <summary>A short description: <c>zero</c>, <c>constant(1)</c>, <c>balanced-to-norm</c>, <c>balanced-signs(0.05)</c>, <c>gaussian(std=1)</c>, <c>npy(a.npy)</c>.</summary>
    public string Describe() => this switch
    {
        Zero => "zero",
        Constant c => string.Create(CultureInfo.InvariantCulture, $"constant({c.Value})"),
        BalancedToNorm => "balanced-to-norm",
        BalancedSigns b => string.Create(CultureInfo.InvariantCulture, $"balanced-signs({b.Magnitude})"),
        Gaussian g => string.Create(CultureInfo.InvariantCulture, $"gaussian(std={g.Std})"),
        FromNpy f => $"npy({f.Path})",
        _ => GetType().Name,
    };
}
