using System.Globalization;
using System.Numerics;

namespace XorGen;

/// <summary>The placement of the four clusters of <see cref="ClusterMixtureSource"/>.</summary>
public enum ClusterLayout
{
    /// <summary>Positive centres (√½, −√½), (−√½, √½); negative centres (√½, √½), (−√½, −√½).</summary>
    Xor,
    /// <summary>Positive centres moved to (1, 0) and (0, 1); negative centres as in <see cref="Xor"/>.</summary>
    Shoulders,
}

/// <summary>
/// Chatterji, Long, Bartlett §5: d = 2, four Gaussian clusters (per-coordinate std 0.1 by default), two per class,
/// each chosen with probability ¼; optionally every x is projected to the unit circle. No label noise.
/// </summary>
public sealed class ClusterMixtureSource : IDataSource
{
    private static readonly double H = Math.Sqrt(0.5);

    /// <summary>A mixture with the given layout, per-coordinate std, and optional projection to the unit sphere.</summary>
    public ClusterMixtureSource(ClusterLayout layout, double std = 0.1, bool projectToSphere = false)
    {
        if (!Enum.IsDefined(layout)) throw new ArgumentException($"unknown cluster layout {(int)layout}", nameof(layout));
        SourceStreams.NonNegative(std, "the cluster std", nameof(std));
        Layout = layout;
        Std = std;
        ProjectToSphere = projectToSphere;
        Centres = layout == ClusterLayout.Xor
            ? [H, -H, -H, H, H, H, -H, -H]
            : [1, 0, 0, 1, H, H, -H, -H];
    }

    /// <summary>The cluster layout.</summary>
    public ClusterLayout Layout { get; }
    /// <summary>Per-coordinate standard deviation around each centre.</summary>
    public double Std { get; }
    /// <summary>Whether each x is divided by its norm.</summary>
    public bool ProjectToSphere { get; }
    /// <summary>The four centres, row-major 4 × 2: rows 0 and 1 have label +1, rows 2 and 3 label −1.</summary>
    public double[] Centres { get; }
    /// <summary>The label of cluster <paramref name="k"/> (0..3).</summary>
    public static double CentreLabel(int k) => k < 2 ? 1.0 : -1.0;

    /// <inheritdoc/>
    public string Name => Layout == ClusterLayout.Xor ? "cluster-xor" : "cluster-shoulders";
    /// <inheritdoc/>
    public int Inputs => 2;
    /// <inheritdoc/>
    public bool IsRegression => false;
    /// <inheritdoc/>
    public bool SupportsOnline => true;

    /// <inheritdoc/>
    public string Describe() => string.Create(CultureInfo.InvariantCulture,
        $"{Name} d=2: four clusters, std={Std}{(ProjectToSphere ? ", projected to the unit circle" : "")}");

    /// <inheritdoc/>
    public void FillBatch<T>(ulong seed, long batchIndex, Span<T> x, Span<T> y, Span<T> yClean) where T : unmanaged, IFloatingPointIeee754<T>
    {
        SourceStreams.CheckBatch(Inputs, batchIndex, x, y, yClean);
        var rng = new CounterRandom(seed, RandomStream.Data, (ulong)batchIndex);
        Fill(ref rng, x, y);
        if (yClean.Length != 0) y.CopyTo(yClean);
    }

    /// <inheritdoc/>
    public Dataset<T> TrainingSet<T>(ulong seed, int count) where T : unmanaged, IFloatingPointIeee754<T> =>
        Make<T>(new CounterRandom(seed, RandomStream.Data, SourceStreams.FixedSet), count);

    /// <inheritdoc/>
    public Dataset<T> TestSet<T>(ulong seed, int count) where T : unmanaged, IFloatingPointIeee754<T> =>
        Make<T>(new CounterRandom(seed, RandomStream.TestData), count);

    private Dataset<T> Make<T>(CounterRandom rng, int count) where T : unmanaged, IFloatingPointIeee754<T>
    {
        SourceStreams.CheckCount(count);
        var x = new T[checked(count * 2)];
        var y = new T[count];
        Fill(ref rng, x, y);
        return new Dataset<T>(count, 2, x, y);
    }

    private void Fill<T>(ref CounterRandom rng, Span<T> x, Span<T> y) where T : unmanaged, IFloatingPointIeee754<T>
    {
        for (int i = 0; i < y.Length; i++)
        {
            int k = (int)(rng.NextUInt64() >> 62);
            double a = Centres[2 * k] + Std * rng.NextGaussian();
            double b = Centres[2 * k + 1] + Std * rng.NextGaussian();
            if (ProjectToSphere)
            {
                double norm = Math.Sqrt(a * a + b * b);
                if (norm > 0) { a /= norm; b /= norm; }
            }
            x[2 * i] = T.CreateTruncating(a);
            x[2 * i + 1] = T.CreateTruncating(b);
            y[i] = T.CreateTruncating(CentreLabel(k));
        }
    }
}
