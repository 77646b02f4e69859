namespace XorGen;

/// <summary>The metrics of one logged step, in the order they were measured (snake_case keys).</summary>
/// <param name="Step">Steps taken before the measurement (0 = initial parameters).</param>
/// <param name="Values">Metric name → value; NaN where a value is undefined.</param>
public sealed record MetricsRecord(long Step, IReadOnlyList<KeyValuePair<string, double>> Values)
{
    /// <summary>The value of <paramref name="key"/>, or NaN when the record has none.</summary>
    public double this[string key]
    {
        get
        {
            foreach (var kv in Values) if (kv.Key == key) return kv.Value;
            return double.NaN;
        }
    }

    /// <summary>Whether the record has <paramref name="key"/>.</summary>
    public bool Has(string key)
    {
        foreach (var kv in Values) if (kv.Key == key) return true;
        return false;
    }
}

/// <summary>What a run knows once its kernel is built, before the first step.</summary>
/// <param name="Config">The configuration.</param>
/// <param name="Kernel">The kind of kernel actually running.</param>
/// <param name="InstructionSet">The vector path the kernel actually uses.</param>
/// <param name="TimestampUtc">Wall-clock start (not part of the deterministic record).</param>
/// <param name="Origin">For a generated kernel, where its code came from (compiled in, compiled now, cache) and how long that took; else null.</param>
public sealed record RunStart(RunConfig Config, KernelKind Kernel, InstructionSet InstructionSet, DateTime TimestampUtc, KernelOrigin? Origin = null);

/// <summary>The end of a run.</summary>
/// <param name="StepsCompleted">Steps counted as done: all of them when the run finishes. When a step's own loss diverges,
/// the steps before it; the kernel has already applied that step's update, so the final parameters are one update past
/// this count. When a measured loss diverges, the steps up to that measurement.</param>
/// <param name="Final">The last metrics record.</param>
/// <param name="StepsPerSecond">Training steps per second, measured over the steps alone (no evaluation, no probes).</param>
/// <param name="WallTimeSeconds">Wall time of the whole run.</param>
/// <param name="Diverged">Whether a loss became NaN or infinite.</param>
/// <param name="DivergedAtStep">The step whose loss was not finite, when diverged.</param>
public sealed record RunSummary(long StepsCompleted, MetricsRecord Final, double StepsPerSecond, double WallTimeSeconds, bool Diverged, long? DivergedAtStep)
{
    /// <summary>Samples the kernel trained on: steps completed × rows per step (for online SGD, every one fresh).</summary>
    public long SamplesSeen { get; init; }
    /// <summary>The first logged step at which the stop condition (<see cref="RunConfig.Until"/>) held; null when it never did (or there is none).</summary>
    public long? StepsToTarget { get; init; }
    /// <summary>Samples seen by <see cref="StepsToTarget"/>; null when the target was never reached.</summary>
    public long? SamplesToTarget { get; init; }
    /// <summary>Which rule stopped a diverged run (<see cref="DivergenceRule"/>), null when it did not diverge.</summary>
    public string? DivergedBecause { get; init; }
    /// <summary>The loss bound the run was held to (+∞: none).</summary>
    public double DivergenceBound { get; init; } = double.PositiveInfinity;
}

/// <summary>The rules that stop a run as diverged, as the record names them.</summary>
public static class DivergenceRule
{
    /// <summary>A loss became NaN or infinite.</summary>
    public const string NotFinite = "not-finite";
    /// <summary>A loss exceeded the divergence bound.</summary>
    public const string AboveBound = "above-bound";
}

/// <summary>Receives the events of a run as they happen (records, progress bars).</summary>
public interface IRunListener
{
    /// <summary>The kernel is built; no step taken yet.</summary>
    void Started(RunStart start);
    /// <summary>A logged step was measured.</summary>
    void Measured(MetricsRecord record);
    /// <summary>Training went on: <paramref name="step"/> of <paramref name="steps"/> done, last step loss <paramref name="loss"/>.</summary>
    void Progress(long step, long steps, double loss);
    /// <summary>The run ended (normally or diverged).</summary>
    void Finished(RunSummary summary);
}

/// <summary>The outcome of a run, with what an export needs.</summary>
/// <param name="Start">The start event (config, kernel, instruction set).</param>
/// <param name="Metrics">Every metrics record in step order.</param>
/// <param name="Summary">The summary.</param>
/// <param name="Initial">The parameters before the first step (tied and fixed outputs filled in).</param>
/// <param name="Final">The parameters after the last step.</param>
/// <param name="TrainingData">The fixed training set in double precision, made on first use (null for online SGD).</param>
/// <param name="TestData">The test set in double precision, made on first use (null when the run has none).</param>
public sealed record RunResult(
    RunStart Start,
    IReadOnlyList<MetricsRecord> Metrics,
    RunSummary Summary,
    NetworkParameters Initial,
    NetworkParameters Final,
    Lazy<Dataset<double>?> TrainingData,
    Lazy<Dataset<double>?> TestData)
{
    /// <summary>The fixed training set in double precision; null for online SGD. Converted when first read (an export), not by every run.</summary>
    public Dataset<double>? TrainingSet => TrainingData.Value;

    /// <summary>The test set in double precision; null when the run has none. Converted when first read (an export), not by every run.</summary>
    public Dataset<double>? TestSet => TestData.Value;
}
