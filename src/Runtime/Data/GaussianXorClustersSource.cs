using System.Globalization;
using System.Numerics;

namespace XorGen;

/// <summary>How label noise picks the flipped labels.</summary>
public enum LabelNoiseMode
{
    /// <summary>Each label is flipped independently with probability η.</summary>
    Independent,
    /// <summary>In a fixed training set, exactly ⌊η·n_k⌋ labels of each cluster k are flipped, chosen uniformly at random (Frei et al.: "15% of the labels within each cluster").</summary>
    ExactPerCluster,
}

/// <summary>
/// Frei, Chatterji, Bartlett: XOR clusters with label noise. Centres ±μ1 (clean label +1) and ±μ2 (clean label −1),
/// each with probability ¼, μ1 = e1, μ2 = e2; x = centre + N(0, σ² I_d). The observed label is the clean label
/// flipped with rate η. Every sample keeps both labels (<see cref="Dataset{T}.YClean"/> and <see cref="Dataset{T}.Y"/>).
/// </summary>
/// <remarks>
/// <see cref="LabelNoiseMode.ExactPerCluster"/> applies to the fixed training set only; online batches
/// (<see cref="FillBatch{T}"/>) and test sets always flip independently with probability η, which has the same
/// marginal noise rate. Flip decisions come from <see cref="RandomStream.LabelNoise"/>, so the samples do not
/// depend on η or on the mode. Clusters are numbered 0: +μ1, 1: −μ1, 2: +μ2, 3: −μ2.
/// </remarks>
public sealed class GaussianXorClustersSource : IDataSource
{
    /// <summary>A source in dimension <paramref name="inputs"/> ≥ 2 with noise std σ, flip rate η ∈ [0, 1] and a noise mode.</summary>
    public GaussianXorClustersSource(int inputs, double noiseStd, double flipRate, LabelNoiseMode mode = LabelNoiseMode.Independent)
    {
        if (inputs < 2 || inputs > ModelSpec.MaxSize)
            throw new ArgumentOutOfRangeException(nameof(inputs), inputs, $"Gaussian XOR clusters need d between 2 and {ModelSpec.MaxSize}, got d = {inputs}");
        SourceStreams.NonNegative(noiseStd, "the cluster noise std σ", nameof(noiseStd));
        if (!(flipRate >= 0 && flipRate <= 1))
            throw new ArgumentException(FormattableString.Invariant($"the label flip rate η must be in [0, 1], got {flipRate}"), nameof(flipRate));
        if (!Enum.IsDefined(mode)) throw new ArgumentException($"unknown label noise mode {(int)mode}", nameof(mode));
        Inputs = inputs;
        NoiseStd = noiseStd;
        FlipRate = flipRate;
        Mode = mode;
        Mu1 = new double[inputs]; Mu1[0] = 1;
        Mu2 = new double[inputs]; Mu2[1] = 1;
    }

    /// <inheritdoc/>
    public string Name => "gaussian-xor-clusters";
    /// <inheritdoc/>
    public int Inputs { get; }
    /// <summary>The per-coordinate noise standard deviation σ.</summary>
    public double NoiseStd { get; }
    /// <summary>The label flip rate η.</summary>
    public double FlipRate { get; }
    /// <summary>How the training set's labels are flipped.</summary>
    public LabelNoiseMode Mode { get; }
    /// <summary>μ1 = e1: centres ±μ1 have clean label +1.</summary>
    public double[] Mu1 { get; }
    /// <summary>μ2 = e2: centres ±μ2 have clean label −1.</summary>
    public double[] Mu2 { get; }
    /// <inheritdoc/>
    public bool IsRegression => false;
    /// <inheritdoc/>
    public bool SupportsOnline => true;

    /// <inheritdoc/>
    public string Describe() => string.Create(CultureInfo.InvariantCulture,
        $"gaussian-xor-clusters d={Inputs} sigma={NoiseStd} flip={FlipRate} noise={(Mode == LabelNoiseMode.Independent ? "independent" : "exact-per-cluster")}: centres ±e1 (+1), ±e2 (-1)");

    /// <summary>The number of flips in a cluster of <paramref name="clusterSize"/> samples under <see cref="LabelNoiseMode.ExactPerCluster"/>: ⌊η·n_k⌋ (computed with a 1e-9 allowance so that 0.29·100 gives 29).</summary>
    public int ExactFlips(int clusterSize) => (int)Math.Floor(FlipRate * clusterSize + 1e-9);

    /// <inheritdoc/>
    public void FillBatch<T>(ulong seed, long batchIndex, Span<T> x, Span<T> y, Span<T> yClean) where T : unmanaged, IFloatingPointIeee754<T>
    {
        SourceStreams.CheckBatch(Inputs, batchIndex, x, y, yClean);
        var data = new CounterRandom(seed, RandomStream.Data, (ulong)batchIndex);
        var noise = new CounterRandom(seed, RandomStream.LabelNoise, (ulong)batchIndex);
        for (int i = 0; i < y.Length; i++)
        {
            T clean = T.CreateTruncating(Sample(ref data, x.Slice(i * Inputs, Inputs)) < 2 ? 1.0 : -1.0);
            if (yClean.Length != 0) yClean[i] = clean;
            y[i] = noise.NextDouble() < FlipRate ? -clean : clean;
        }
    }

    /// <summary>The fixed training set; labels flipped according to <see cref="Mode"/>.</summary>
    public Dataset<T> TrainingSet<T>(ulong seed, int count) where T : unmanaged, IFloatingPointIeee754<T> =>
        TrainingSet<T>(seed, count, out _);

    /// <summary>The fixed training set, also giving the cluster (0: +μ1, 1: −μ1, 2: +μ2, 3: −μ2) of each sample.</summary>
    public Dataset<T> TrainingSet<T>(ulong seed, int count, out int[] clusters) where T : unmanaged, IFloatingPointIeee754<T>
    {
        SourceStreams.CheckCount(count);
        var data = new CounterRandom(seed, RandomStream.Data, SourceStreams.FixedSet);
        var noise = new CounterRandom(seed, RandomStream.LabelNoise, SourceStreams.FixedSet);
        var set = Make<T>(ref data, count, out clusters);
        if (Mode == LabelNoiseMode.Independent)
        {
            for (int i = 0; i < count; i++) if (noise.NextDouble() < FlipRate) set.Y[i] = -set.Y[i];
            return set;
        }
        for (int k = 0; k < 4; k++)
        {
            var members = new List<int>();
            for (int i = 0; i < count; i++) if (clusters[i] == k) members.Add(i);
            int flips = ExactFlips(members.Count);
            // Partial Fisher–Yates: the first `flips` entries become a uniform random subset.
            for (int f = 0; f < flips; f++)
            {
                int j = f + noise.NextInt(members.Count - f);
                (members[f], members[j]) = (members[j], members[f]);
                set.Y[members[f]] = -set.Y[members[f]];
            }
        }
        return set;
    }

    /// <summary>A test set: observed labels with independent flips at rate η, and the clean labels.</summary>
    public Dataset<T> TestSet<T>(ulong seed, int count) where T : unmanaged, IFloatingPointIeee754<T>
    {
        SourceStreams.CheckCount(count);
        var data = new CounterRandom(seed, RandomStream.TestData);
        var noise = new CounterRandom(seed, RandomStream.LabelNoise, SourceStreams.TestSet);
        var set = Make<T>(ref data, count, out _);
        for (int i = 0; i < count; i++) if (noise.NextDouble() < FlipRate) set.Y[i] = -set.Y[i];
        return set;
    }

    private Dataset<T> Make<T>(ref CounterRandom data, int count, out int[] clusters) where T : unmanaged, IFloatingPointIeee754<T>
    {
        var x = new T[checked(count * Inputs)];
        var y = new T[count];
        var clean = new T[count];
        clusters = new int[count];
        for (int i = 0; i < count; i++)
        {
            int k = Sample(ref data, x.AsSpan(i * Inputs, Inputs));
            clusters[i] = k;
            clean[i] = y[i] = T.CreateTruncating(k < 2 ? 1.0 : -1.0);
        }
        return new Dataset<T>(count, Inputs, x, y, clean);
    }

    /// <summary>Draws one sample into <paramref name="row"/> and returns its cluster.</summary>
    private int Sample<T>(ref CounterRandom rng, Span<T> row) where T : unmanaged, IFloatingPointIeee754<T>
    {
        int k = (int)(rng.NextUInt64() >> 62);
        double sigma = NoiseStd;
        for (int c = 0; c < row.Length; c++) row[c] = T.CreateTruncating(sigma * rng.NextGaussian());
        int axis = k < 2 ? 0 : 1;
        row[axis] += (k & 1) == 0 ? T.One : -T.One;
        return k;
    }
}
