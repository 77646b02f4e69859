using System.Globalization;

namespace XorGen;

/// <summary>How the first-layer rows w_j are initialised (drawn from <see cref="RandomStream.Init"/>, substream 0).</summary>
public abstract record WeightInit
{
    private WeightInit() { }

    /// <summary>Every entry N(0, std²). Frei et al.: std² = ω² = 0.01/(m·d); Chatterji et al.: std² = (4p)^(−5/4); Li, Ma, Zhang: std = 1/√d.</summary>
    /// <param name="Std">The standard deviation, finite and ≥ 0.</param>
    public sealed record Gaussian(double Std) : WeightInit
    {
        /// <summary>The standard deviation.</summary>
        public double Std { get; } = InitChecks.NonNegative(Std, "weight init std");
    }

    /// <summary>Each row uniform on the sphere of radius θ (Glasgow; default θ = 0.1).</summary>
    /// <param name="Radius">The radius θ, finite and ≥ 0.</param>
    public sealed record Sphere(double Radius) : WeightInit
    {
        /// <summary>The radius θ.</summary>
        public double Radius { get; } = InitChecks.NonNegative(Radius, "weight init sphere radius");
    }

    /// <summary>An explicit W from a <c>.npy</c> file of shape (m, d).</summary>
    /// <param name="Path">The file.</param>
    public sealed record FromNpy(string Path) : WeightInit
    {
        /// <summary>The file.</summary>
        public string Path { get; } = InitChecks.NotEmpty(Path, "weight init file");
    }

    /// <summary>Fills W (row-major m × d).</summary>
    internal void Fill(Span<double> w, int width, int inputs, ref CounterRandom rng)
    {
        switch (this)
        {
            case Gaussian g:
                for (int i = 0; i < w.Length; i++) w[i] = g.Std * rng.NextGaussian();
                break;
            case Sphere s:
                for (int j = 0; j < width; j++)
                {
                    var row = w.Slice(j * inputs, inputs);
                    double norm2;
                    do
                    {
                        norm2 = 0;
                        for (int c = 0; c < inputs; c++) { row[c] = rng.NextGaussian(); norm2 += row[c] * row[c]; }
                    } while (!(norm2 > 0));
                    double scale = s.Radius / Math.Sqrt(norm2);
                    for (int c = 0; c < inputs; c++) row[c] *= scale;
                }
                break;
            case FromNpy f:
                InitChecks.Load(f.Path, "W", w, width, inputs);
                break;
            default:
                throw new InvalidOperationException($"unknown weight init {this}");
        }
    }

    /// <summary>A short description: <c>gaussian(std=0.01)</c>, <c>sphere(r=0.1)</c>, <c>npy(W.npy)</c>.</summary>
    public string Describe() => this switch
    {
        Gaussian g => string.Create(CultureInfo.InvariantCulture, $"gaussian(std={g.Std})"),
        Sphere s => string.Create(CultureInfo.InvariantCulture, $"sphere(r={s.Radius})"),
        FromNpy f => $"npy({f.Path})",
        _ => GetType().Name,
    };
}

/// <summary>Checks shared by the initialisers.</summary>
internal static class InitChecks
{
    public static double NonNegative(double value, string what)
    {
        if (!(value >= 0 && double.IsFinite(value)))
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"{what} must be a finite number ≥ 0, got {value}"));
        return value;
    }

    public static double Finite(double value, string what)
    {
        if (!double.IsFinite(value))
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"{what} must be a finite number, got {value}"));
        return value;
    }

    public static string NotEmpty(string path, string what)
    {
        if (string.IsNullOrWhiteSpace(path)) throw new ArgumentException($"{what} path must not be empty, got '{path}'");
        return path;
    }

    /// <summary>Reads a .npy array of exactly the given shape into <paramref name="target"/>.</summary>
    public static void Load(string path, string name, Span<double> target, params int[] shape)
    {
        var array = NpyFile.Read(path);
        if (!array.Shape.AsSpan().SequenceEqual(shape))
            throw new DataFormatException($"'{path}': {name} must have shape {NpyFile.FormatShape(shape)} for this network, found {array.ShapeText}");
        for (int i = 0; i < array.Data.Length; i++)
            if (!double.IsFinite(array.Data[i]))
                throw new DataFormatException(string.Create(CultureInfo.InvariantCulture, $"'{path}': {name} value {array.Data[i]} at index {i} is not finite"));
        array.Data.CopyTo(target);
    }
}
