using XorGen.Cli.Definitions;

namespace XorGen.Cli;

/// <summary>The run-time settings of a run after the command line has been applied to an experiment's defaults.</summary>
internal sealed record RunSettings(
    int Inputs,
    int Width,
    int Batch,
    int TrainCount,
    int TestCount,
    long Steps,
    double Rate,
    ulong Seed,
    long LogEvery,
    OptimizerKind Optimizer);

/// <summary>
/// A built-in experiment: one of the four papers' setups with its model, data, initialisation, optimiser, schedule and
/// probes. Its model is the spec of a definition class (<c>Spec = GlasgowXor.Spec</c>, emitted by the source generator
/// from the class's <c>[TwoLayerKernel]</c> attribute): the one form of the model, which <c>run</c> trains and
/// <c>show</c> prints; other sizes are that spec with d and m replaced (and <see cref="Rescale"/> applied).
/// </summary>
internal sealed class Experiment
{
    public required string Name { get; init; }
    public required string Description { get; init; }
    public required string Paper { get; init; }
    /// <summary>A note on options worth knowing (other regimes).</summary>
    public string? Note { get; init; }
    /// <summary>The default width for d when the run does not set one (the random-features baseline needs m well above d²); null: <see cref="RunSettings.Width"/>.</summary>
    public Func<int, int>? WidthFor { get; init; }
    /// <summary>The model at the default sizes: the <c>Spec</c> of the experiment's definition class.</summary>
    public required ModelSpec Spec { get; init; }
    /// <summary>What else changes with the sizes (Frei's output magnitude 1/√m, Chatterji's h = 1/p); null: nothing.</summary>
    public Func<ModelSpec, ModelSpec>? Rescale { get; init; }
    public required RunSettings Defaults { get; init; }
    /// <summary>The experiment's data source for d.</summary>
    public required Func<int, IDataSource> DataFor { get; init; }
    /// <summary>Initialisation for (spec).</summary>
    public required Func<ModelSpec, Initialization> InitFor { get; init; }
    /// <summary>Schedule for (spec, settings).</summary>
    public required Func<ModelSpec, RunSettings, Schedule> ScheduleFor { get; init; }
    /// <summary>Probes for (spec, data); the data is the experiment's own source (null for a user's data).</summary>
    public required Func<ModelSpec, IDataSource?, IReadOnlyList<IProbe>> ProbesFor { get; init; }

    /// <summary>The model at (d, m): <see cref="Spec"/> with the two sizes replaced, then <see cref="Rescale"/>d.</summary>
    public ModelSpec SpecFor(int inputs, int width)
    {
        var sized = Spec with { Inputs = inputs, Width = width };
        return Rescale is null ? sized : Rescale(sized);
    }
}

/// <summary>The built-in experiments of the <c>xorgen</c> tool.</summary>
internal static class Experiments
{
    // Glasgow defaults follow the theory's scales: θ = 0.1, B = 320 ≥ d/θ, η = 0.1 ≤ θ, 600 steps (≈ 2·10⁵ fresh samples).
    public static IReadOnlyList<Experiment> All { get; } =
    [
        Glasgow("glasgow-xor", GlasgowXor.Spec,
            "XOR on {±1}^d, online SGD with fresh batches, both layers, mean-field ReLU (learns with d·polylog d samples)",
            new RunSettings(32, 128, 320, 0, 10_000, 600, 0.1, 1, 50, OptimizerKind.OnlineSgd)),
        // The kernel baseline made fair: with the first layer frozen on the sphere of radius θ = 0.1 the features
        // are σ(w·x) ≈ θ in size, so the output layer needs a rate ~10⁴ times the both-layers one, and the width must be well
        // above d² for the random features to span the degree-2 XOR: m = 4·d². Measured at d = 32 (m = 4096): η = 1000
        // reaches 5% test error after ≈ 4·10⁴ samples; η = 0.1 stays at 45% (train loss ≈ ln 4).
        Glasgow("glasgow-xor-rf", GlasgowXorRandomFeatures.Spec,
            "the same, second layer only: the random-features (kernel) baseline, which needs ≈ d² samples; width 4·d² by default",
            new RunSettings(32, 4096, 320, 0, 10_000, 300, 1000, 1, 25, OptimizerKind.OnlineSgd), widthFor: d => 4 * d * d),
        new Experiment
        {
            Name = "frei-xor-noise",
            Paper = "Frei, Chatterji, Bartlett",
            Description = "Gaussian XOR clusters, 15% labels flipped per cluster, first layer only, full-batch GD: fits the noise yet generalises",
            Note = "high-dimensional regime: --d 2000 --n 200",
            Spec = FreiXorNoise.Spec,
            Rescale = s => s with { OutputMagnitude = 1.0 / Math.Sqrt(s.Width) },
            Defaults = new RunSettings(20, 400, 0, 2000, 6000, 300, 0.1, 1, 25, OptimizerKind.FullBatchGd),
            DataFor = d => new GaussianXorClustersSource(d, Math.Pow(d, -0.6), 0.15, LabelNoiseMode.ExactPerCluster),
            InitFor = Initialization.Frei,
            ScheduleFor = (_, s) => Schedule.Constant(s.Rate),
            ProbesFor = (_, data) => data is GaussianXorClustersSource g ? [new FreiProbe(g.Mu1, g.Mu2)] : [],
        },
        Chatterji("chatterji-huber-xor", ChatterjiHuberXor.Spec, ClusterLayout.Xor,
            "2-D XOR clusters, Huberized ReLU with a trained bias, full-batch GD with α0 then α_t = log²(1/L_t)/p: loss falls like 1/t"),
        Chatterji("chatterji-shoulders-relu", ChatterjiShouldersRelu.Spec, ClusterLayout.Shoulders,
            "2-D \"shoulders\" clusters, plain ReLU with a trained bias, the same adaptive schedule (Fig. 4)"),
        // the same model as chatterji-huber-xor (one definition, one kernel), on the shoulders data
        Chatterji("chatterji-shoulders-huber", ChatterjiHuberXor.Spec, ClusterLayout.Shoulders,
            "2-D \"shoulders\" clusters, Huberized ReLU with a trained bias, the same adaptive schedule (the Huberized side of Fig. 3/4)"),
        new Experiment
        {
            Name = "lmz-abs-teacher",
            Paper = "Li, Ma, Zhang",
            Description = "absolute-value teacher with Gaussian input, output tied to ‖w_j‖, squared loss, full-batch GD with a norm cap in two stages",
            Note = "truncation caps: --cap0 X (1/λ0, first stage), --cap1 X (1/λ1, raised cap), --cap-switch N (step of the raise)",
            Spec = LmzAbsTeacher.Spec,
            // η = 0.2: stable (0.5 oscillates); order-2 loss drops within a few hundred steps, order 4 plateaus.
            Defaults = new RunSettings(30, 100, 0, 10_000, 2000, 2000, 0.2, 1, 100, OptimizerKind.FullBatchGd),
            DataFor = d => new AbsTeacherSource(d),
            InitFor = Initialization.LiMaZhang,
            // Truncation (Li, Ma, Zhang): cap ‖w_j‖² ≤ 1/λ0 = 4 for the first half, then raise it to 1/λ1 = 16.
            ScheduleFor = (_, s) => Schedule.Constant(s.Rate) with { Truncation = [new(0, 4.0), new(s.Steps / 2, 16.0)] },
            ProbesFor = (_, data) => data is AbsTeacherSource t ? [new LmzProbe(t.TeacherW, t.TeacherA)] : [],
        },
    ];

    public static Experiment? Find(string name) => All.FirstOrDefault(e => e.Name == name);

    private static Experiment Glasgow(string name, ModelSpec spec, string description, RunSettings defaults, Func<int, int>? widthFor = null) => new()
    {
        Name = name,
        WidthFor = widthFor,
        Note = spec.Train == TrainedLayers.Both ? "performance sizes (a compiled-in kernel too): --d 128 --width 512" : null,
        Paper = "Glasgow 2023",
        Description = description,
        Spec = spec,
        Defaults = defaults,
        DataFor = d => new BooleanXorSource(d),
        // Sphere of radius θ = 0.1, a_j = ±‖w_j‖ with a fair sign (balanced neurons).
        InitFor = _ => Initialization.Glasgow(),
        ScheduleFor = (_, s) => Schedule.Constant(s.Rate),
        ProbesFor = (spec, data) => data is BooleanXorSource && spec.Inputs >= 2 ? [new GlasgowProbe()] : [],
    };

    private static Experiment Chatterji(string name, ModelSpec spec, ClusterLayout layout, string description) => new()
    {
        Name = name,
        Paper = "Chatterji, Long, Bartlett",
        Description = description,
        // m = 2p, h = 1/p, fixed outputs ±1, trained bias, s = 1.
        Spec = spec,
        Rescale = s => s.Activation == Activation.HuberizedRelu ? s with { ActivationParameter = 1.0 / P(s) } : s,
        // The paper plots 100 rounds; 500 show the O(1/t) tail and let every seed separate the clusters.
        Defaults = new RunSettings(2, 200, 0, 128, 2000, 500, 0, 1, 25, OptimizerKind.FullBatchGd),
        DataFor = _ => new ClusterMixtureSource(layout, 0.1),
        // Every trainable parameter ~ N(0, (4p)^(−5/4)).
        InitFor = Initialization.Chatterji,
        // First step α0 = (4p)^(−3/4) (or --lr), then α_t = c·log²(1/L_t)/p with c = 1.
        ScheduleFor = (spec, s) => new Schedule
        {
            FirstStepRate = s.Rate > 0 ? s.Rate : Math.Pow(4.0 * P(spec), -0.75),
            AdaptiveC = 1,
            AdaptiveP = P(spec),
        },
        ProbesFor = (spec, _) => [new ChatterjiProbe((int)P(spec))],
    };

    private static double P(ModelSpec spec) => Math.Max(1, spec.Width / 2);
}
