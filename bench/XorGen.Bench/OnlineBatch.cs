namespace XorGen.Bench;

/// <summary>
/// The data source an online row draws its fresh batch from, inside the measured step: the runtime's own sources
/// (<see cref="IDataSource.FillBatch{T}"/>: a pure function of (seed, batch index), no allocation), with the
/// problems of the built-in experiments.
/// </summary>
public static class OnlineBatch
{
    /// <summary>
    /// Glasgow: Boolean XOR on the hypercube (x ∈ {±1}^d, y = −x₁x₂). Chatterji: the 2-D XOR cluster mixture.
    /// Frei: Gaussian XOR clusters in d = 20 with label noise 0.1. Li–Ma–Zhang: the absolute-value teacher with Gaussian input.
    /// </summary>
    public static IDataSource Source(Setup setup, ModelSpec spec) => setup switch
    {
        Setup.Glasgow => new BooleanXorSource(spec.Inputs),
        Setup.Chatterji => new ClusterMixtureSource(ClusterLayout.Xor),
        Setup.Frei => new GaussianXorClustersSource(spec.Inputs, noiseStd: 1.0 / Math.Sqrt(spec.Inputs), flipRate: 0.1),
        Setup.LiMaZhang => new AbsTeacherSource(spec.Inputs),
        _ => throw new ArgumentOutOfRangeException(nameof(setup), setup, "unknown setup"),
    };
}
