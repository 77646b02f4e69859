namespace XorGen;

/// <summary>The network arithmetic the probes share, on canonical double parameters.</summary>
internal static class ProbeMath
{
    /// <summary>The output weight in effect: A[j] (free), ±c (fixed balanced) or ‖w_j‖ (tied).</summary>
    public static double OutputWeight(ModelSpec spec, NetworkParameters p, int j) => spec.Output switch
    {
        OutputLayer.FixedBalanced => spec.FixedOutputWeight(j),
        OutputLayer.TiedToNorm => RowNorm(p, j),
        _ => p.A[j],
    };

    /// <summary>‖w_j‖.</summary>
    public static double RowNorm(NetworkParameters p, int j) => Math.Sqrt(Dot(p.Row(j), p.Row(j)));

    /// <summary>Σ_k u_k v_k.</summary>
    public static double Dot(ReadOnlySpan<double> u, ReadOnlySpan<double> v)
    {
        double sum = 0;
        for (int k = 0; k < u.Length; k++) sum += u[k] * v[k];
        return sum;
    }

    /// <summary>w_j·x + b_j.</summary>
    public static double PreActivation(NetworkParameters p, int j, ReadOnlySpan<double> x) =>
        Dot(p.Row(j), x) + (p.HasBias ? p.B[j] : 0.0);

    /// <summary>f(x) = s·Σ_j a_j σ(w_j·x + b_j) with the output weights in effect.</summary>
    public static double Output(ModelSpec spec, NetworkParameters p, ReadOnlySpan<double> x)
    {
        double f = 0;
        for (int j = 0; j < p.Width; j++)
            f += OutputWeight(spec, p, j) * ScalarMath.Activate(spec.Activation, spec.ActivationParameter, PreActivation(p, j, x));
        return spec.ScaleValue * f;
    }

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
