using System.Globalization;
using System.Text;
using System.Text.Json;

namespace XorGen;

/// <summary>
/// Writes a run record: <c>run.jsonl</c> (a config line, metrics lines, a summary line) and <c>metrics.csv</c>
/// (the metrics lines as a table) in a <see cref="RunDirectory"/> it holds locked for the run. Both are written under
/// a temporary name and renamed only when the run finishes (the CSV first, <c>run.jsonl</c> last), so an
/// interrupted run leaves nothing that looks complete; disposing an unfinished writer deletes the temporary files.
/// A writer made with <c>deferCommit</c> stops before the flush to disk and the renames: <see cref="Commit"/> does them
/// later (a sweep's <see cref="RecordCommitter"/> commits many finished records with one file-system sync).
/// </summary>
public sealed class RunRecordWriter : IRunListener, IDisposable
{
    /// <summary>File name of the JSON Lines record.</summary>
    public const string RecordFileName = "run.jsonl";
    /// <summary>File name of the metrics table.</summary>
    public const string CsvFileName = "metrics.csv";

    private readonly RunDirectory _directory;
    private readonly bool _ownsDirectory;
    private readonly FileStream _stream;
    private readonly List<MetricsRecord> _metrics = [];
    private readonly bool _deferCommit;
    private bool _written;
    private bool _finished;

    /// <summary>
    /// Takes <paramref name="directory"/> (created when missing) with <see cref="RunDirectory.Acquire"/> and starts a
    /// record there; the lock is released on <see cref="Dispose"/>. Throws <see cref="RunDirectoryException"/> when the
    /// directory is held by another run or holds a complete record (unless <paramref name="force"/>).
    /// </summary>
    public RunRecordWriter(string directory, bool force = false) : this(RunDirectory.Acquire(directory, force), ownsDirectory: true) { }

    /// <summary>
    /// Starts a record in a directory the caller holds (and releases itself). With <paramref name="deferCommit"/>,
    /// <see cref="Finished"/> writes both files under their temporary names and leaves the flush to disk and the renames
    /// to <see cref="Commit"/>; until then the record does not look complete.
    /// </summary>
    public RunRecordWriter(RunDirectory directory, bool deferCommit = false) : this(directory, ownsDirectory: false, deferCommit) { }

    private RunRecordWriter(RunDirectory directory, bool ownsDirectory, bool deferCommit = false)
    {
        ArgumentNullException.ThrowIfNull(directory);
        _directory = directory;
        _ownsDirectory = ownsDirectory;
        _deferCommit = deferCommit;
        try
        {
            _stream = RunDirectory.CreateFresh(directory.PartialPath(RecordFileName));
        }
        catch
        {
            if (ownsDirectory) directory.Dispose();
            throw;
        }
    }

    /// <summary>The directory of the record.</summary>
    public RunDirectory Directory => _directory;
    /// <summary>Path of the finished record.</summary>
    public string RecordPath => _directory.FinalPath(RecordFileName);
    /// <summary>Path of the finished CSV.</summary>
    public string CsvPath => _directory.FinalPath(CsvFileName);

    /// <inheritdoc/>
    public void Started(RunStart start) => WriteLine(w => RunRecordJson.WriteConfig(w, start, MachineInfo.Current));

    /// <inheritdoc/>
    public void Measured(MetricsRecord record)
    {
        _metrics.Add(record);
        WriteLine(w => RunRecordJson.WriteMetrics(w, record));
    }

    /// <inheritdoc/>
    public void Progress(long step, long steps, double loss) { }

    /// <inheritdoc/>
    public void Finished(RunSummary summary)
    {
        WriteLine(w => RunRecordJson.WriteSummary(w, summary));
        _stream.Flush(flushToDisk: !_deferCommit);
        _stream.Dispose();
        using (var csv = RunDirectory.CreateFresh(_directory.PartialPath(CsvFileName)))
            csv.Write(new UTF8Encoding(false).GetBytes(MetricsCsv.Format(_metrics)));
        _written = true;
        if (!_deferCommit) Commit(synced: true);
    }

    /// <summary>Whether <see cref="Finished"/> has written the record and it waits for <see cref="Commit"/>.</summary>
    public bool AwaitsCommit => _written && !_finished;

    /// <summary>
    /// Makes a finished record visible: flushes both temporary files to disk unless <paramref name="synced"/> (the caller
    /// has synced their file system), then renames them into place, <c>run.jsonl</c> last.
    /// </summary>
    public void Commit(bool synced)
    {
        if (!_written) throw new InvalidOperationException("the record is not finished");
        if (_finished) return;
        if (!synced)
            foreach (var name in new[] { RecordFileName, CsvFileName })
            {
                using var file = new FileStream(_directory.PartialPath(name), FileMode.Open, FileAccess.Write, FileShare.ReadWrite);
                file.Flush(flushToDisk: true);
            }
        _directory.Complete(CsvFileName, RecordFileName);
        _finished = true;
    }

    /// <summary>Closes the record (an unfinished one is deleted) and releases the directory when this writer took it.</summary>
    public void Dispose()
    {
        if (!_finished)
        {
            _stream.Dispose();
            _directory.Abandon(RecordFileName, CsvFileName);
            _finished = true;
        }
        if (_ownsDirectory) _directory.Dispose();
    }

    private void WriteLine(Action<Utf8JsonWriter> write)
    {
        using (var writer = new Utf8JsonWriter(_stream, new JsonWriterOptions { Indented = false, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
            write(writer);
        _stream.WriteByte((byte)'\n');
        _stream.Flush();
    }
}

/// <summary>The JSON objects of a run record, one per line.</summary>
public static class RunRecordJson
{
    /// <summary>Keys whose values are wall-clock measurements and so differ between two identical runs.</summary>
    /// <remarks><c>kernel_source</c> and <c>kernel_compile_seconds</c> say how this process got a run-time kernel's code (compiled now, or from the cache), which the same config may do either way;
    /// <c>kernel_variant</c> the variant built, which for a config that pins none depends on this CPU's tuning file.</remarks>
    public static IReadOnlySet<string> WallClockKeys { get; } = new HashSet<string> { "timestamp", "steps_per_second", "wall_time_seconds", "kernel_source", "kernel_compile_seconds", "kernel_variant" };

    /// <summary>The config line: every parameter, the kernel and instruction set used, the machine.</summary>
    public static void WriteConfig(Utf8JsonWriter w, RunStart start, MachineInfo machine) => WriteConfig(w, start, machine, start.InstructionSet.ToString());

    // instructionSet: the path's name, or "" for the configuration hash (which must not depend on the machine)
    private static void WriteConfig(Utf8JsonWriter w, RunStart start, MachineInfo machine, string instructionSet)
    {
        var c = start.Config;
        var s = c.Spec;
        w.WriteStartObject();
        w.WriteString("type", "config");
        w.WriteString("experiment", c.Experiment);
        w.WriteNumber("seed", c.Seed);
        w.WriteString("kernel", start.Kernel.ToString().ToLowerInvariant());
        w.WriteString("kernel_requested", c.Kernel is KernelKind k ? k.ToString().ToLowerInvariant() : "auto");
        w.WriteString("precision", c.Precision.ToString().ToLowerInvariant());
        w.WriteString("instruction_set", instructionSet);
        if (start.Origin is { } origin)
        {
            w.WriteString("kernel_source", origin.RecordName);
            w.WriteNumber("kernel_compile_seconds", Math.Round(origin.Seconds, 4));
            w.WriteString("kernel_variant", (origin.Variant ?? c.Variant ?? KernelVariant.Default).ToString());
        }
        w.WriteStartObject("model");
        w.WriteNumber("d", s.Inputs);
        w.WriteNumber("m", s.Width);
        w.WriteString("activation", s.Activation.ToString());
        Number(w, "activation_parameter", s.ActivationParameter);
        w.WriteString("loss", s.Loss.ToString());
        Number(w, "loss_scale", s.LossScale);
        w.WriteString("trained_layers", s.Train.ToString());
        w.WriteString("output_layer", s.Output.ToString());
        Number(w, "output_magnitude", s.OutputMagnitude);
        w.WriteString("output_scale", s.Scale.ToString());
        w.WriteBoolean("bias", s.Bias);
        w.WriteString("gradient_scale", s.GradientScale.ToString());
        w.WriteString("description", s.Describe());
        w.WriteEndObject();
        w.WriteStartObject("data");
        w.WriteString("source", c.Data.Name);
        w.WriteString("description", c.Data.Describe());
        w.WriteBoolean("regression", c.Data.IsRegression);
        w.WriteNumber("n_train", c.Optimizer == OptimizerKind.OnlineSgd ? 0 : c.TrainCount);
        w.WriteNumber("n_test", c.TestCount);
        w.WriteEndObject();
        w.WriteStartObject("init");
        w.WriteString("weights", Invariant(c.Initialization.Weights));
        w.WriteString("output", Invariant(c.Initialization.Output));
        w.WriteString("bias", Invariant(c.Initialization.Bias));
        w.WriteEndObject();
        w.WriteString("optimizer", OptimizerName(c.Optimizer));
        if (c.Optimizer != OptimizerKind.FullBatchGd) w.WriteNumber("batch", c.BatchSize);
        w.WriteStartObject("schedule");
        Number(w, "lr_w", c.Schedule.RateFirst);
        Number(w, "lr_a", c.Schedule.RateSecond);
        Number(w, "lr_b", c.Schedule.RateBias);
        if (c.Schedule.FirstStepRate is double f) Number(w, "first_step_rate", f);
        if (c.Schedule.IsAdaptive)
        {
            Number(w, "adaptive_c", c.Schedule.AdaptiveC);
            Number(w, "adaptive_p", c.Schedule.AdaptiveP);
        }
        w.WriteStartArray("truncation");
        foreach (var stage in c.Schedule.Truncation)
        {
            w.WriteStartObject();
            w.WriteNumber("from_step", stage.FromStep);
            Number(w, "norm_cap_squared", stage.NormCapSquared);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteString("description", c.Schedule.Describe());
        w.WriteEndObject();
        w.WriteNumber("steps", c.Steps);
        w.WriteNumber("log_every", c.LogEvery);
        w.WriteNumber("threads", c.Threads);
        if (c.Variant is { } variant) w.WriteString("variant", variant.ToString());
        if (c.DivergeAbove is double bound) w.WriteNumber("diverge_above", bound);
        else w.WriteNull("diverge_above");
        if (c.Until is { } until) w.WriteString("until", until.Text);
        else w.WriteNull("until");
        if (c.MaxSamples is long cap) w.WriteNumber("max_samples", cap);
        else w.WriteNull("max_samples");
        w.WriteStartArray("probes");
        foreach (var p in c.Probes) w.WriteStringValue(p.Name);
        w.WriteEndArray();
        w.WriteStartObject("machine");
        w.WriteString("cpu", machine.CpuModel);
        w.WriteNumber("cores", machine.Cores);
        w.WriteString("os", machine.OperatingSystem);
        w.WriteString("dotnet", machine.DotNetVersion);
        w.WriteEndObject();
        w.WriteString("timestamp", start.TimestampUtc.ToString("O", CultureInfo.InvariantCulture));
        w.WriteEndObject();
    }

    /// <summary>A metrics line: step and every metric (NaN and infinities as null).</summary>
    public static void WriteMetrics(Utf8JsonWriter w, MetricsRecord record)
    {
        w.WriteStartObject();
        w.WriteString("type", "metrics");
        w.WriteNumber("step", record.Step);
        foreach (var (key, value) in record.Values) Number(w, key, value);
        w.WriteEndObject();
    }

    /// <summary>The summary line: final metrics, speed, wall time, divergence.</summary>
    public static void WriteSummary(Utf8JsonWriter w, RunSummary summary)
    {
        w.WriteStartObject();
        w.WriteString("type", "summary");
        w.WriteNumber("steps_completed", summary.StepsCompleted);
        w.WriteNumber("final_step", summary.Final.Step);
        foreach (var (key, value) in summary.Final.Values) Number(w, key, value);
        Number(w, "steps_per_second", summary.StepsPerSecond);
        Number(w, "wall_time_seconds", summary.WallTimeSeconds);
        w.WriteNumber("samples_seen", summary.SamplesSeen);
        NullableNumber(w, "steps_to_target", summary.StepsToTarget);
        NullableNumber(w, "samples_to_target", summary.SamplesToTarget);
        w.WriteBoolean("diverged", summary.Diverged);
        if (summary.DivergedAtStep is long at) w.WriteNumber("diverged_at_step", at);
        else w.WriteNull("diverged_at_step");
        if (summary.DivergedBecause is string rule) w.WriteString("diverged_because", rule);
        else w.WriteNull("diverged_because");
        Number(w, "divergence_bound", summary.DivergenceBound);
        w.WriteEndObject();
    }

    /// <summary>
    /// A SHA-256 (64 lowercase hex digits) of everything in <paramref name="config"/>'s config line except what a run
    /// only learns as it starts (the kernel that ran, the instruction set, the machine, the time): two runs with the
    /// same hash are the same computation.
    /// </summary>
    public static string ConfigurationHash(RunConfig config)
    {
        ArgumentNullException.ThrowIfNull(config);
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        using (var w = new Utf8JsonWriter(buffer))
            WriteConfig(w, new RunStart(config, KernelKind.Reference, InstructionSet.Scalar, DateTime.UnixEpoch), new MachineInfo("", 0, "", ""), instructionSet: "");
        return Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(buffer.WrittenSpan));
    }

    /// <summary>Optimiser name as the record and the CLI spell it.</summary>
    public static string OptimizerName(OptimizerKind kind) => kind switch
    {
        OptimizerKind.OnlineSgd => "online-sgd",
        OptimizerKind.FullBatchGd => "full-batch-gd",
        OptimizerKind.MinibatchEpochs => "minibatch-epochs",
        _ => kind.ToString(),
    };

    private static void NullableNumber(Utf8JsonWriter w, string key, long? value)
    {
        if (value is long v) w.WriteNumber(key, v);
        else w.WriteNull(key);
    }

    private static void Number(Utf8JsonWriter w, string key, double value)
    {
        if (double.IsFinite(value)) w.WriteNumber(key, value);
        else w.WriteNull(key);
    }

    /// <summary>A record's text with numbers in the invariant culture.</summary>
    private static string Invariant(object value)
    {
        var saved = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        try { return value.ToString() ?? ""; }
        finally { CultureInfo.CurrentCulture = saved; }
    }
}

/// <summary>The metrics lines of a run as CSV: a header of every key in order of first appearance, empty cells for missing or non-finite values.</summary>
public static class MetricsCsv
{
    /// <summary>The CSV text.</summary>
    public static string Format(IReadOnlyList<MetricsRecord> records)
    {
        var keys = new List<string>();
        var seen = new HashSet<string>();
        foreach (var r in records)
            foreach (var kv in r.Values)
                if (seen.Add(kv.Key)) keys.Add(kv.Key);
        var sb = new StringBuilder();
        sb.Append("step");
        foreach (var k in keys) sb.Append(',').Append(k);
        sb.Append('\n');
        foreach (var r in records)
        {
            sb.Append(r.Step.ToString(CultureInfo.InvariantCulture));
            foreach (var k in keys)
            {
                sb.Append(',');
                double v = r[k];
                if (double.IsFinite(v)) sb.Append(v.ToString("R", CultureInfo.InvariantCulture));
            }
            sb.Append('\n');
        }
        return sb.ToString();
    }
}
