namespace XorGen.Tests.Probes;

/// <summary>Small builders for the probe tests.</summary>
internal static class ProbeTestKit
{
    public static NetworkParameters Parameters(ModelSpec spec, double[][] rows, double[]? a = null, double[]? b = null)
    {
        var p = new NetworkParameters(spec);
        for (int j = 0; j < rows.Length; j++) rows[j].CopyTo(p.Row(j));
        a?.CopyTo(p.A, 0);
        b?.CopyTo(p.B, 0);
        return p;
    }

    public static NetworkParameters Random(ModelSpec spec, ulong seed, double std, double aStd = 1.0)
    {
        var p = new NetworkParameters(spec);
        var rng = new CounterRandom(seed, RandomStream.Init);
        for (int i = 0; i < p.W.Length; i++) p.W[i] = std * rng.NextGaussian();
        for (int j = 0; j < p.A.Length; j++) p.A[j] = aStd * rng.NextGaussian();
        for (int j = 0; j < p.B.Length; j++) p.B[j] = std * rng.NextGaussian();
        return p;
    }

    public static Dictionary<string, double> Measure(IProbe probe, ProbeContext context)
    {
        var metrics = new Dictionary<string, double>();
        probe.Measure(context, metrics);
        return metrics;
    }

    public static double[] Identity(int d)
    {
        var w = new double[d * d];
        for (int r = 0; r < d; r++) w[r * d + r] = 1;
        return w;
    }
}
