using System.Numerics;

namespace XorGen;

/// <summary>The network arithmetic the probes share, on canonical double parameters.</summary>
internal static class ProbeMath
{
    /// <summary>The argument checks every <see cref="IProbe.Measure"/> starts with: both arguments given, the context consistent.</summary>
    public static void CheckArguments(ProbeContext context, IDictionary<string, double> metrics)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(metrics);
        context.Validate();
    }

    /// <summary>σ(z) for the spec's activation and parameter.</summary>
    public static double Activate(ModelSpec spec, double z) => ScalarMath.Activate(spec.Activation, spec.ActivationParameter, z);

    /// <summary>The output weight in effect: A[j] (free), ±c (fixed balanced) or ‖w_j‖ (tied).</summary>
    public static double OutputWeight(ModelSpec spec, NetworkParameters p, int j) => spec.Output switch
    {
        OutputLayer.FixedBalanced => spec.FixedOutputWeight(j),
        OutputLayer.TiedToNorm => RowNorm(p, j),
        _ => p.A[j],
    };

    /// <summary>‖w_j‖.</summary>
    public static double RowNorm(NetworkParameters p, int j) => Math.Sqrt(Dot(p.Row(j), p.Row(j)));

    /// <summary>Σ_k u_k v_k, in an order fixed by the lengths alone (never by where the arrays start), so results are reproducible.</summary>
    public static double Dot(ReadOnlySpan<double> u, ReadOnlySpan<double> v)
    {
        int n = u.Length, k = 0, width = Vector<double>.Count;
        double sum = 0;
        if (Vector.IsHardwareAccelerated && n >= width)
        {
            var acc = Vector<double>.Zero;
            for (; k <= n - width; k += width) acc += new Vector<double>(u.Slice(k)) * new Vector<double>(v.Slice(k));
            sum = Vector.Sum(acc);
        }
        for (; k < n; k++) sum += u[k] * v[k];
        return sum;
    }

    /// <summary>w_j·x + b_j.</summary>
    public static double PreActivation(NetworkParameters p, int j, ReadOnlySpan<double> x) =>
        Dot(p.Row(j), x) + (p.HasBias ? p.B[j] : 0.0);

    /// <summary>Throws when a vector argument is empty or holds a NaN or infinity.</summary>
    public static double[] CheckedCopy(double[]? values, string name)
    {
        ArgumentNullException.ThrowIfNull(values, name);
        if (values.Length == 0) throw new ArgumentException($"{name} is empty", name);
        for (int i = 0; i < values.Length; i++)
            if (!double.IsFinite(values[i]))
                throw new ArgumentException(FormattableString.Invariant($"{name}[{i}] = {values[i]} is not a finite number"), name);
        return (double[])values.Clone();
    }
}
