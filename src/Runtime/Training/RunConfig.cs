using System.Globalization;

namespace XorGen;

/// <summary>How training data reaches the kernel.</summary>
public enum OptimizerKind
{
    /// <summary>Online SGD: every step draws a fresh batch from the source (Glasgow).</summary>
    OnlineSgd,
    /// <summary>Full-batch gradient descent on a fixed training set (Frei; Chatterji; Li, Ma, Zhang).</summary>
    FullBatchGd,
    /// <summary>Minibatches over a fixed training set, reshuffled every epoch.</summary>
    MinibatchEpochs,
}

/// <summary>Every parameter of one training run. A run is a pure function of this record (its seed included).</summary>
public sealed record RunConfig
{
    /// <summary>Name of the experiment (for the record).</summary>
    public required string Experiment { get; init; }
    /// <summary>The network and loss.</summary>
    public required ModelSpec Spec { get; init; }
    /// <summary>Element type of the kernel.</summary>
    public Precision Precision { get; init; } = Precision.Float;
    /// <summary>
    /// Which kernel runs the steps; null (the default) picks the best available: the generated kernel when one is
    /// compiled for the spec and precision (or can be specialized at run time), on any number of <see cref="Threads"/>,
    /// else the generic kernel. The record names
    /// both what was asked (<c>kernel_requested</c>, <c>auto</c> for null) and what ran (<c>kernel</c>).
    /// </summary>
    public KernelKind? Kernel { get; init; }
    /// <summary>Where samples come from.</summary>
    public required IDataSource Data { get; init; }
    /// <summary>Training-set size n for the fixed-set optimisers (ignored by online SGD).</summary>
    public int TrainCount { get; init; }
    /// <summary>Size of the independent test set (0: no test metrics).</summary>
    public int TestCount { get; init; }
    /// <summary>
    /// Initial parameters: one of the papers' presets (<see cref="Initialization.Glasgow"/>,
    /// <see cref="Initialization.Frei(ModelSpec)"/>, <see cref="Initialization.Chatterji(ModelSpec)"/>, <see cref="Initialization.LiMaZhang(ModelSpec)"/>)
    /// or your own. Default: <see cref="Initialization.DefaultFor"/> the spec.
    /// </summary>
    public Initialization Initialization
    {
        get => _initialization ?? Initialization.DefaultFor(Spec);
        init => _initialization = value;
    }
    private readonly Initialization? _initialization;
    /// <summary>The optimiser.</summary>
    public OptimizerKind Optimizer { get; init; } = OptimizerKind.OnlineSgd;
    /// <summary>Rows per step for online SGD and minibatch epochs (full-batch GD uses the whole set).</summary>
    public int BatchSize { get; init; } = 1;
    /// <summary>Step sizes, adaptive rule and truncation.</summary>
    public required Schedule Schedule { get; init; }
    /// <summary>Number of training steps.</summary>
    public long Steps { get; init; }
    /// <summary>The seed of every random stream of the run.</summary>
    public ulong Seed { get; init; }
    /// <summary>Metrics and probes every this many steps (and at step 0 and the last step).</summary>
    public long LogEvery { get; init; } = 100;
    /// <summary>Worker threads the kernel splits its neurons over (a generated kernel uses at most one per column block of neurons).</summary>
    public int Threads { get; init; } = 1;
    /// <summary>
    /// The generated kernel's tiling variant, when the run pins one (it is then part of the configuration, since a variant
    /// sums in another order); null: a compiled-in kernel as defined, else this CPU's tuned variant, else the default.
    /// </summary>
    public KernelVariant? Variant { get; init; }
    /// <summary>Build the default variant even where this CPU's tuning file names another (a machine-side choice: not part of the configuration).</summary>
    public bool IgnoreTuning { get; init; }
    /// <summary>
    /// A step whose loss exceeds this bound stops the run as diverged (as a NaN or infinite loss always does).
    /// Null (the default): <see cref="DefaultDivergenceFactor"/> × the loss at the initial parameters (no bound when that is 0).
    /// </summary>
    public double? DivergeAbove { get; init; }

    /// <summary>The default divergence bound as a multiple of the initial loss.</summary>
    public const double DefaultDivergenceFactor = 1000;

    /// <summary>The probes measured at each logged step (none: no cost).</summary>
    public IReadOnlyList<IProbe> Probes { get; init; } = [];
    /// <summary>Stop condition over the metrics, checked at every logged step (step 0 included); null: run every step.</summary>
    public Expression? Until { get; init; }
    /// <summary>Stop once this many samples have been seen (rows through the kernel, <see cref="RowsPerStep"/> a step); null: no cap.</summary>
    public long? MaxSamples { get; init; }

    /// <summary>The steps the run takes at most: <see cref="Steps"/>, or fewer when <see cref="MaxSamples"/> is reached first (the step that reaches it is taken).</summary>
    public long StepLimit => MaxSamples is long cap && RowsPerStep > 0 ? Math.Min(Steps, Math.Max(1, (cap + RowsPerStep - 1) / RowsPerStep)) : Steps;

    /// <summary>Rows the kernel sees per step.</summary>
    public int RowsPerStep => Optimizer == OptimizerKind.FullBatchGd ? TrainCount : BatchSize;

    /// <summary>
    /// The kernel that runs for element type <typeparamref name="T"/>: <see cref="KernelKind.Reference"/> or
    /// <see cref="KernelKind.Generic"/> as asked; for null (auto) or <see cref="KernelKind.Generated"/>, the generated
    /// kernel when one is compiled for the spec (or can be specialized at run time), else the generic kernel. Both split
    /// the neurons over <see cref="Threads"/> threads.
    /// </summary>
    public KernelKind KernelFor<T>() where T : unmanaged, System.Numerics.IFloatingPointIeee754<T> =>
        Kernel is KernelKind.Reference or KernelKind.Generic ? Kernel.Value
        : KernelFactory.HasGenerated<T>(Spec) || KernelFactory.CanSpecialize(Spec) ? KernelKind.Generated : KernelKind.Generic;

    /// <summary>The loss bound for a run whose loss at the initial parameters is <paramref name="initialLoss"/> (+∞: none).</summary>
    public double DivergenceBound(double initialLoss) =>
        DivergeAbove ?? (initialLoss > 0 && double.IsFinite(initialLoss) ? DefaultDivergenceFactor * initialLoss : double.PositiveInfinity);

    /// <summary>
    /// An estimate of the memory the run needs (data, kernel buffers, parameter copies), in bytes; the
    /// configuration is refused when it exceeds the memory available to the process, and a sweep starts a run only
    /// while the estimates of the runs in flight fit together. Every kernel holds Wᵀ (and, once asked, its gradient),
    /// one rows × m workspace and at most a copy of the batch; the estimate doubles each of those as a margin
    /// (random features at d = 256, m = 262 144, 2560 rows: 8.1 GiB estimated, 5.3 GiB resident measured).
    /// </summary>
    public double EstimatedBytes()
    {
        double element = Precision == Precision.Double ? 8 : 4;
        double d = Spec.Inputs, m = Spec.Width, rows = Math.Max(1, (double)RowsPerStep);
        double parameters = m * d + 3 * m;
        double kernel = 4 * parameters * element + 2 * rows * m * element + 2 * rows * d * element;
        double trainer = 4 * parameters * 8 + (Probes.Count > 0 ? 2 * parameters * 8 : 0);
        double train = Optimizer == OptimizerKind.OnlineSgd ? 2 * rows * (d + 2) * element : (double)TrainCount * (d + 2) * (element + (Probes.Count > 0 ? 8 : 0));
        double test = (double)TestCount * (d + 2) * element;
        return kernel + trainer + train + test;
    }

    /// <summary>Every problem with the configuration, each naming the bad value; empty when valid.</summary>
    public IReadOnlyList<string> Problems()
    {
        var p = new List<string>(Spec.Problems());
        p.AddRange(Schedule.Problems());
        if (string.IsNullOrWhiteSpace(Experiment)) p.Add("experiment name is empty");
        if (!Enum.IsDefined(Precision)) p.Add($"unknown precision {(int)Precision}");
        if (Kernel is KernelKind k && !Enum.IsDefined(k)) p.Add($"unknown kernel kind {(int)k}");
        if (DivergeAbove is double bound && !(bound > 0 && double.IsFinite(bound))) p.Add(Invariant($"divergence bound {bound} must be a finite number > 0"));
        p.AddRange(RunLimits.Problems(this));
        if (!Enum.IsDefined(Optimizer)) p.Add($"unknown optimiser {(int)Optimizer}");
        if (Data.Inputs != Spec.Inputs) p.Add(Invariant($"data source {Data.Name} has d = {Data.Inputs} inputs but the model has d = {Spec.Inputs}"));
        if (Steps < 1) p.Add(Invariant($"steps = {Steps} must be at least 1"));
        if (MaxSamples is long ms && ms < 1) p.Add(Invariant($"max-samples = {ms} must be at least 1"));
        if (LogEvery < 1) p.Add(Invariant($"log-every = {LogEvery} must be at least 1"));
        if (Threads < 1) p.Add(Invariant($"threads = {Threads} must be at least 1"));
        if (TestCount < 0) p.Add(Invariant($"test-set size = {TestCount} must not be negative"));
        if (Optimizer == OptimizerKind.OnlineSgd)
        {
            if (!Data.SupportsOnline) p.Add($"data source {Data.Name} has a fixed set of samples and cannot give fresh batches for online SGD");
        }
        else if (TrainCount < 1) p.Add(Invariant($"training-set size n = {TrainCount} must be at least 1"));
        if (Optimizer != OptimizerKind.FullBatchGd && BatchSize < 1) p.Add(Invariant($"batch size = {BatchSize} must be at least 1"));
        if (Optimizer == OptimizerKind.MinibatchEpochs && BatchSize > TrainCount && TrainCount >= 1)
            p.Add(Invariant($"batch size = {BatchSize} is larger than the training set n = {TrainCount}"));
        if (Data is FileDataSource file && file.PrecisionProblem(Precision) is string precisionProblem) p.Add(precisionProblem);
        if (Data.IsRegression && Spec.Loss != Loss.Squared)
            p.Add($"loss {Spec.Loss} needs labels ±1, but {Data.Name} data has real targets{(Data is FileDataSource f && f.FirstNonSignLabel is { } bad ? $" ({bad})" : "")}");
        return p;
    }

    /// <summary>Throws <see cref="ArgumentException"/> naming every problem when the configuration is invalid.</summary>
    public RunConfig Validated()
    {
        var problems = Problems();
        if (problems.Count > 0) throw new ArgumentException(string.Join("; ", problems));
        return this;
    }

    private static string Invariant(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}

/// <summary>
/// The largest sizes a run accepts, checked by <see cref="RunConfig.Problems"/> before anything is allocated or
/// written: each dimension, each buffer's element count, the thread count, and the memory estimate.
/// </summary>
public static class RunLimits
{
    /// <summary>Largest input dimension d.</summary>
    public const int MaxInputs = 1 << 16;
    /// <summary>
    /// Largest hidden width m: 2²⁰, so that random features at d = 512 (m = 4·d²) still pass. Widths above 65536 (the
    /// most a definition's attribute takes) get a kernel specialized at run time; the buffer and memory checks are what
    /// bound a wide run in practice.
    /// </summary>
    public const int MaxWidth = 1 << 20;
    /// <summary>Largest batch, training-set or test-set size.</summary>
    public const int MaxRows = 100_000_000;
    /// <summary>Largest number of kernel threads (and never more than the width m).</summary>
    public const int MaxThreads = 64;
    /// <summary>Largest number of elements in one buffer (rows × d, rows × m, m × d).</summary>
    public const long MaxElements = int.MaxValue / 2;

    /// <summary>The memory a run may use: what the GC reports available to the process (a container's limit included).</summary>
    public static long AvailableBytes => GC.GetGCMemoryInfo().TotalAvailableMemoryBytes;

    /// <summary>The limit problems of <paramref name="c"/>, each naming the value and the limit.</summary>
    public static IReadOnlyList<string> Problems(RunConfig c)
    {
        var p = new List<string>();
        var s = c.Spec;
        if (s.Inputs > MaxInputs) p.Add(Inv($"d = {s.Inputs} is more than the largest input dimension, {MaxInputs}"));
        if (s.Width > MaxWidth) p.Add(Inv($"width m = {s.Width} is more than the largest width, {MaxWidth}"));
        if (c.Optimizer != OptimizerKind.FullBatchGd && c.BatchSize > MaxRows) p.Add(Inv($"batch = {c.BatchSize} is more than the largest batch, {MaxRows}"));
        if (c.Optimizer != OptimizerKind.OnlineSgd && c.TrainCount > MaxRows) p.Add(Inv($"training-set size n = {c.TrainCount} is more than the largest, {MaxRows}"));
        if (c.TestCount > MaxRows) p.Add(Inv($"test-set size = {c.TestCount} is more than the largest, {MaxRows}"));
        if (c.Threads > MaxThreads) p.Add(Inv($"threads = {c.Threads} is more than the largest thread count, {MaxThreads}"));
        else if (c.Threads > s.Width && s.Width >= 1) p.Add(Inv($"threads = {c.Threads} is more than the width m = {s.Width} (a thread needs at least one neuron)"));
        if (p.Count > 0 || s.Inputs < 1 || s.Width < 1) return p;
        long rows = Math.Max(Math.Max((long)c.RowsPerStep, c.TestCount), c.Optimizer == OptimizerKind.OnlineSgd ? 0 : c.TrainCount);
        Check(p, "rows × d", rows, s.Inputs);
        Check(p, "rows × m", Math.Max(1, c.RowsPerStep), s.Width);
        Check(p, "m × d", s.Width, s.Inputs);
        if (p.Count > 0) return p;
        double need = c.EstimatedBytes();
        long available = AvailableBytes;
        if (need > available)
            p.Add(Inv($"the run needs about {Gib(need)} of memory (d = {s.Inputs}, m = {s.Width}, {c.RowsPerStep} rows per step, n = {c.TrainCount}, test n = {c.TestCount}) but only {Gib(available)} is available"));
        return p;
    }

    /// <summary>Bytes in GiB with two decimals, e.g. "3.05 GiB".</summary>
    public static string Gib(double bytes) => Inv($"{bytes / (1L << 30):F2} GiB");

    private static void Check(List<string> p, string what, long a, long b)
    {
        if (a * b > MaxElements) p.Add(Inv($"{what} = {a} × {b} = {a * b} elements is more than the largest buffer, {MaxElements} elements"));
    }

    private static string Inv(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
