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
    /// <summary>Which kernel runs the steps.</summary>
    public KernelKind Kernel { get; init; } = KernelKind.Generic;
    /// <summary>Where samples come from.</summary>
    public required IDataSource Data { get; init; }
    /// <summary>Training-set size n for the fixed-set optimisers (ignored by online SGD).</summary>
    public int TrainCount { get; init; }
    /// <summary>Size of the independent test set (0: no test metrics).</summary>
    public int TestCount { get; init; }
    /// <summary>Initial parameters.</summary>
    public required Initialization Initialization { get; init; }
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
    /// <summary>Worker threads of the kernel.</summary>
    public int Threads { get; init; } = 1;
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

    /// <summary>Every problem with the configuration, each naming the bad value; empty when valid.</summary>
    public IReadOnlyList<string> Problems()
    {
        var p = new List<string>(Spec.Problems());
        p.AddRange(Schedule.Problems());
        if (string.IsNullOrWhiteSpace(Experiment)) p.Add("experiment name is empty");
        if (!Enum.IsDefined(Precision)) p.Add($"unknown precision {(int)Precision}");
        if (!Enum.IsDefined(Kernel)) p.Add($"unknown kernel kind {(int)Kernel}");
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
        if (Data.IsRegression && Spec.Loss != Loss.Squared)
            p.Add($"loss {Spec.Loss} needs labels ±1, but data source {Data.Name} has real targets");
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
