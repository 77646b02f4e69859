namespace XorGen;

/// <summary>
/// The parameters of a two-layer network in the canonical layout, in double precision:
/// W row-major (m × d, row j is w_j), a (m), b (m, or empty without a bias).
/// Kernels may keep their own layout; they load from and store to this one.
/// </summary>
public sealed class NetworkParameters
{
    /// <summary>Creates zeroed parameters for d inputs and m neurons.</summary>
    public NetworkParameters(int inputs, int width, bool bias)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(inputs, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(width, 1);
        Inputs = inputs;
        Width = width;
        W = new double[checked(inputs * width)];
        A = new double[width];
        B = bias ? new double[width] : [];
    }

    /// <summary>Creates zeroed parameters shaped for the spec.</summary>
    public NetworkParameters(ModelSpec spec) : this(spec.Inputs, spec.Width, spec.Bias) { }

    /// <summary>Input dimension d.</summary>
    public int Inputs { get; }
    /// <summary>Hidden width m.</summary>
    public int Width { get; }
    /// <summary>First layer, row-major m × d.</summary>
    public double[] W { get; }
    /// <summary>Output weights a_j (for tied or fixed outputs: the values in effect).</summary>
    public double[] A { get; }
    /// <summary>Biases b_j; empty when the network has none.</summary>
    public double[] B { get; }
    /// <summary>Whether the network has biases.</summary>
    public bool HasBias => B.Length > 0;

    /// <summary>Row j of W.</summary>
    public Span<double> Row(int j) => W.AsSpan(j * Inputs, Inputs);

    /// <summary>A deep copy.</summary>
    public NetworkParameters Clone()
    {
        var c = new NetworkParameters(Inputs, Width, HasBias);
        CopyTo(c);
        return c;
    }

    /// <summary>Copies every value into <paramref name="target"/>, which must have the same shape.</summary>
    public void CopyTo(NetworkParameters target)
    {
        if (target.Inputs != Inputs || target.Width != Width || target.HasBias != HasBias)
            throw new ArgumentException("parameter shapes differ", nameof(target));
        W.CopyTo(target.W, 0);
        A.CopyTo(target.A, 0);
        B.CopyTo(target.B, 0);
    }
}
