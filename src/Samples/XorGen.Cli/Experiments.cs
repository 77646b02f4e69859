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
/// A built-in experiment: one setup of papers.md with its model, data, initialisation, optimiser, schedule and probes.
/// <see cref="Spec"/> at the default sizes is exactly the spec the generator compiles a kernel for.
/// </summary>
internal sealed class Experiment
{
    public required string Name { get; init; }
    public required string Description { get; init; }
    public required string Paper { get; init; }
    /// <summary>A note on options worth knowing (other regimes).</summary>
    public string? Note { get; init; }
    /// <summary>The spec for (d, m).</summary>
    public required Func<int, int, ModelSpec> SpecFor { get; init; }
    public required RunSettings Defaults { get; init; }
    /// <summary>The experiment's data source for d.</summary>
    public required Func<int, IDataSource> DataFor { get; init; }
    /// <summary>Initialisation for (spec).</summary>
    public required Func<ModelSpec, Initialization> InitFor { get; init; }
    /// <summary>Schedule for (spec, settings).</summary>
    public required Func<ModelSpec, RunSettings, Schedule> ScheduleFor { get; init; }
    /// <summary>Probes for (spec, data); the data is the experiment's own source (null for a user's data).</summary>
    public required Func<ModelSpec, IDataSource?, IReadOnlyList<IProbe>> ProbesFor { get; init; }

    /// <summary>The spec at the default sizes.</summary>
    public ModelSpec Spec => SpecFor(Defaults.Inputs, Defaults.Width);
}

/// <summary>The built-in experiments of the <c>xorgen</c> tool.</summary>
internal static class Experiments
{
    // Glasgow defaults follow the theory's scales: θ = 0.1, B = 320 ≥ d/θ, η = 0.1 ≤ θ, 600 steps (≈ 2·10⁵ fresh samples).
    public static IReadOnlyList<Experiment> All { get; } =
    [
        Glasgow("glasgow-xor", TrainedLayers.Both,
            "XOR on {±1}^d, online SGD with fresh batches, both layers, mean-field ReLU (learns with d·polylog d samples)",
            new RunSettings(32, 128, 320, 0, 10_000, 600, 0.1, 1, 50, OptimizerKind.OnlineSgd)),
        Glasgow("glasgow-xor-rf", TrainedLayers.SecondOnly,
            "the same, second layer only: the random-features (kernel) baseline, which needs ≈ d² samples",
            new RunSettings(32, 128, 320, 0, 10_000, 600, 0.1, 1, 50, OptimizerKind.OnlineSgd)),
        new Experiment
        {
            Name = "frei-xor-noise",
            Paper = "Frei, Chatterji, Bartlett",
            Description = "Gaussian XOR clusters, 15% labels flipped per cluster, first layer only, full-batch GD: fits the noise yet generalises",
            Note = "high-dimensional regime: --d 2000 --n 200",
            SpecFor = (d, m) => new ModelSpec(d, m, Activation.Relu, 0, Loss.Logistic, 1, TrainedLayers.FirstOnly,
                OutputLayer.FixedBalanced, 1.0 / Math.Sqrt(m), OutputScale.One, false, GradientScale.Raw),
            Defaults = new RunSettings(20, 400, 0, 2000, 6000, 300, 0.1, 1, 25, OptimizerKind.FullBatchGd),
            DataFor = d => new GaussianXorClustersSource(d, Math.Pow(d, -0.6), 0.15, LabelNoiseMode.ExactPerCluster),
            InitFor = Initialization.Frei,
            ScheduleFor = (_, s) => Schedule.Constant(s.Rate),
            ProbesFor = (_, data) => data is GaussianXorClustersSource g ? [new FreiProbe(g.Mu1, g.Mu2)] : [],
        },
        Chatterji("chatterji-huber-xor", Activation.HuberizedRelu, ClusterLayout.Xor,
            "2-D XOR clusters, Huberized ReLU with a trained bias, full-batch GD with α0 then α_t = log²(1/L_t)/p: loss falls like 1/t"),
        Chatterji("chatterji-shoulders-relu", Activation.Relu, ClusterLayout.Shoulders,
            "2-D \"shoulders\" clusters, plain ReLU with a trained bias, the same adaptive schedule (Fig. 4)"),
        new Experiment
        {
            Name = "lmz-abs-teacher",
            Paper = "Li, Ma, Zhang",
            Description = "absolute-value teacher with Gaussian input, output tied to ‖w_j‖, squared loss, full-batch GD with a norm cap in two stages",
            SpecFor = (d, m) => new ModelSpec(d, m, Activation.Abs, 0, Loss.Squared, 1, TrainedLayers.FirstOnly,
                OutputLayer.TiedToNorm, 1, OutputScale.InverseWidth, false, GradientScale.PerNeuron),
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

    private static Experiment Glasgow(string name, TrainedLayers train, string description, RunSettings defaults) => new()
    {
        Name = name,
        Note = train == TrainedLayers.Both ? "performance sizes (issue 4): --d 128 --width 512" : null,
        Paper = "Glasgow 2023",
        Description = description,
        SpecFor = (d, m) => new ModelSpec(d, m, Activation.Relu, 0, Loss.Logistic, 2, train,
            OutputLayer.Free, 1, OutputScale.InverseWidth, false, GradientScale.PerNeuron),
        Defaults = defaults,
        DataFor = d => new BooleanXorSource(d),
        // Sphere of radius θ = 0.1, a_j = ±‖w_j‖ with a fair sign (balanced neurons).
        InitFor = _ => Initialization.Glasgow(),
        ScheduleFor = (_, s) => Schedule.Constant(s.Rate),
        ProbesFor = (spec, data) => data is BooleanXorSource && spec.Inputs >= 2 ? [new GlasgowProbe()] : [],
    };

    private static Experiment Chatterji(string name, Activation activation, ClusterLayout layout, string description) => new()
    {
        Name = name,
        Paper = "Chatterji, Long, Bartlett",
        Description = description,
        // m = 2p, h = 1/p, fixed outputs ±1, trained bias, s = 1.
        SpecFor = (d, m) => new ModelSpec(d, m, activation, activation == Activation.HuberizedRelu ? 1.0 / Math.Max(1, m / 2) : 0,
            Loss.Logistic, 1, TrainedLayers.FirstOnly, OutputLayer.FixedBalanced, 1, OutputScale.One, true, GradientScale.Raw),
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
