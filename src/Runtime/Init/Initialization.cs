namespace XorGen;

/// <summary>
/// The initial parameters of a run: a pure function of (spec, seed). W, a and b draw from separate substreams
/// of <see cref="RandomStream.Init"/> (0, 1, 2), so changing how a or b is initialised never moves W.
/// </summary>
/// <remarks>
/// The output init applies only to <see cref="OutputLayer.Free"/> outputs. For
/// <see cref="OutputLayer.FixedBalanced"/>, a_j = <see cref="ModelSpec.FixedOutputWeight"/>(j); for
/// <see cref="OutputLayer.TiedToNorm"/>, a_j = ‖w_j‖; <see cref="Output"/> is then ignored. The bias init is
/// ignored when the spec has no bias.
/// </remarks>
/// <param name="Weights">First-layer init.</param>
/// <param name="Output">Output-weight init (free outputs only).</param>
/// <param name="Bias">Bias init (specs with a bias only).</param>
public sealed record Initialization(WeightInit Weights, OutputInit Output, BiasInit Bias)
{
    /// <summary>Glasgow: rows uniform on the sphere of radius θ, a_j = ±‖w_j‖, no bias.</summary>
    public static Initialization Glasgow(double radius = 0.1) => new(new WeightInit.Sphere(radius), new OutputInit.BalancedToNorm(), new BiasInit.Zero());

    /// <summary>Frei et al.: W_ij ~ N(0, ω²) with ω² = 0.01/(m·d); fixed output.</summary>
    public static Initialization Frei(int width, int inputs) => new(new WeightInit.Gaussian(Math.Sqrt(0.01 / ((double)width * inputs))), new OutputInit.Zero(), new BiasInit.Zero());

    /// <summary>Chatterji et al. §5: every trainable parameter (W and b) ~ N(0, (4p)^(−5/4)), p = m/2.</summary>
    public static Initialization Chatterji(int width)
    {
        double std = Math.Sqrt(Math.Pow(4.0 * (width / 2.0), -1.25));
        return new(new WeightInit.Gaussian(std), new OutputInit.Zero(), new BiasInit.Gaussian(std));
    }

    /// <summary>Li, Ma, Zhang: w_j ~ N(0, I_d/d), i.e. std 1/√d; a tied to the norm.</summary>
    public static Initialization LiMaZhang(int inputs) => new(new WeightInit.Gaussian(1.0 / Math.Sqrt(inputs)), new OutputInit.Zero(), new BiasInit.Zero());

    /// <summary>Frei et al.'s initialisation for <paramref name="spec"/>'s sizes.</summary>
    public static Initialization Frei(ModelSpec spec) => Frei(spec.Width, spec.Inputs);

    /// <summary>Chatterji et al.'s initialisation for <paramref name="spec"/>: std (4p)^(−5/8) with p = max(1, ⌊m/2⌋).</summary>
    public static Initialization Chatterji(ModelSpec spec)
    {
        double std = Math.Pow(4.0 * Math.Max(1, spec.Width / 2), -5.0 / 8.0);
        return new(new WeightInit.Gaussian(std), new OutputInit.Zero(), new BiasInit.Gaussian(std));
    }

    /// <summary>Li, Ma and Zhang's initialisation for <paramref name="spec"/>'s d.</summary>
    public static Initialization LiMaZhang(ModelSpec spec) => LiMaZhang(spec.Inputs);

    /// <summary>
    /// The default when a <see cref="RunConfig"/> names none: <see cref="Glasgow"/> (θ = 0.1) for a free output layer,
    /// else <see cref="LiMaZhang(int)"/> (w_j ~ N(0, I/d); fixed or tied outputs need no init).
    /// </summary>
    public static Initialization DefaultFor(ModelSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        return spec.Output == OutputLayer.Free ? Glasgow() : LiMaZhang(Math.Max(1, spec.Inputs));
    }

    /// <summary>Creates the initial parameters for <paramref name="spec"/> and <paramref name="seed"/>.</summary>
    /// <exception cref="ArgumentException">The spec is invalid, or an init is null.</exception>
    /// <exception cref="DataFormatException">An init file is missing, malformed, or of the wrong shape.</exception>
    public NetworkParameters Create(ModelSpec spec, ulong seed)
    {
        ArgumentNullException.ThrowIfNull(spec);
        if (Weights is null || Output is null || Bias is null)
            throw new ArgumentException("every part of the initialization (weights, output, bias) must be given");
        spec.Validated();
        var p = new NetworkParameters(spec);
        int m = spec.Width, d = spec.Inputs;

        var wRng = new CounterRandom(seed, RandomStream.Init, 0);
        Weights.Fill(p.W, m, d, ref wRng);

        switch (spec.Output)
        {
            case OutputLayer.FixedBalanced:
                for (int j = 0; j < m; j++) p.A[j] = spec.FixedOutputWeight(j);
                break;
            case OutputLayer.TiedToNorm:
                for (int j = 0; j < m; j++) p.A[j] = OutputInit.RowNorm(p.W, j, d);
                break;
            default:
                var aRng = new CounterRandom(seed, RandomStream.Init, 1);
                Output.Fill(p.A, p.W, d, ref aRng);
                break;
        }

        if (p.HasBias)
        {
            var bRng = new CounterRandom(seed, RandomStream.Init, 2);
            Bias.Fill(p.B, ref bRng);
        }
        return p;
    }

    /// <summary>One line: <c>W sphere(r=0.1), a balanced-to-norm, b zero</c>.</summary>
    public string Describe() => $"W {Weights.Describe()}, a {Output.Describe()}, b {Bias.Describe()}";
}
