using System.Globalization;
using System.Numerics;
using XorGen.Specialization;

namespace XorGen.Cli;

/// <summary>
/// Executes <c>xorgen run</c> from parsed <see cref="RunArguments"/> (the syntax is <see cref="RunCommandParser"/>'s):
/// experiment defaults + arguments → <see cref="RunConfig"/> → limits → the run directory's lock → <see cref="Trainer"/>
/// → run record (and export). Every input is checked before anything is written.
/// </summary>
internal static class RunCommand
{
    /// <summary>The configuration <paramref name="args"/> resolve to, checked: throws <see cref="BadInputException"/> for the first problem.</summary>
    public static RunConfig Resolve(RunArguments args, TextWriter? notices = null)
    {
        var experiment = args.Experiment;
        var defaults = experiment.Defaults;

        // User data replaces the experiment's source; d then comes from the file.
        IDataSource? userData = LoadUserData(args);
        int? d = Positive("--d", args.Inputs);
        if (userData is not null && d is int dd && dd != userData.Inputs)
            throw new BadInputException(Inv($"--d {dd} does not match the data, which has d = {userData.Inputs}"));

        var optimizer = args.Optimizer is string o ? ParseOptimizer(o) : defaults.Optimizer;
        if (userData is not null && args.Optimizer is null && optimizer == OptimizerKind.OnlineSgd)
        {
            optimizer = OptimizerKind.MinibatchEpochs;
            notices?.WriteLine("xorgen: your data is a fixed set: training with minibatch epochs instead of online SGD");
        }
        int inputs = d ?? userData?.Inputs ?? defaults.Inputs;
        var settings = new RunSettings(
            inputs,
            WidthFor(experiment, inputs, args.Width),
            Positive("--batch", args.Batch) ?? (defaults.Batch > 0 ? defaults.Batch : 256),
            Positive("--n", args.TrainCount) ?? (userData is FileDataSource f ? f.TrainCount : defaults.TrainCount > 0 ? defaults.TrainCount : 10_000),
            NonNegative("--test-n", args.TestCount) ?? (userData is FileDataSource tf ? tf.TestCount : defaults.TestCount),
            PositiveLong("--steps", args.Steps) ?? defaults.Steps,
            Rate("--lr", args.Rate) ?? defaults.Rate,
            args.Seed ?? defaults.Seed,
            PositiveLong("--log-every", args.LogEvery) ?? defaults.LogEvery,
            optimizer);
        int threads = Positive("--threads", args.Threads) ?? 1;
        if (threads > RunLimits.MaxThreads)
            throw new BadInputException(Inv($"--threads {threads}: at most {RunLimits.MaxThreads} threads"));
        Limit("--d", settings.Inputs, RunLimits.MaxInputs);
        Limit("--width", settings.Width, RunLimits.MaxWidth);
        Limit("--batch", settings.Batch, RunLimits.MaxRows);
        Limit("--n", settings.TrainCount, RunLimits.MaxRows);
        Limit("--test-n", settings.TestCount, RunLimits.MaxRows);
        if (threads > settings.Width)
            throw new BadInputException(Inv($"--threads {threads}: at most the width m = {settings.Width} (a thread needs at least one neuron)"));
        if (args.DivergeAbove is double bound && !(bound > 0 && double.IsFinite(bound)))
            throw new BadInputException(Inv($"--diverge-above {bound}: must be a finite number > 0"));
        if (userData is FileDataSource file)
        {
            if (settings.TrainCount > file.TrainCount)
                throw new BadInputException(Inv($"--n {settings.TrainCount} is more than the {file.TrainCount} rows of your training data"));
            if (settings.TestCount > file.TestCount)
                throw new BadInputException(file.HasTestSet
                    ? Inv($"--test-n {settings.TestCount} is more than the {file.TestCount} rows of your test data")
                    : "your data has no test set: give --test-x/--test-y (or --test-csv), or --test-n 0");
        }
        if (settings.Optimizer == OptimizerKind.MinibatchEpochs && settings.Batch > settings.TrainCount)
            throw new BadInputException(Inv($"--batch {settings.Batch} is larger than the training set (n = {settings.TrainCount})"));

        var spec = experiment.SpecFor(settings.Inputs, settings.Width);
        var specProblems = spec.Problems();
        if (specProblems.Count > 0) throw new BadInputException(specProblems[0]);
        var data = userData ?? experiment.DataFor(settings.Inputs);
        var schedule = experiment.ScheduleFor(spec, settings);
        if (Rate("--lr-a", args.RateSecond) is double ra) schedule = schedule with { RateSecond = ra };
        if (Rate("--lr-b", args.RateBias) is double rb) schedule = schedule with { RateBias = rb };
        schedule = WithCaps(args, schedule, experiment.Name);
        var config = new RunConfig
        {
            Experiment = experiment.Name,
            Spec = spec,
            Precision = args.Precision == "double" ? Precision.Double : Precision.Float,
            Kernel = args.Kernel switch { "reference" => KernelKind.Reference, "generic" => KernelKind.Generic, "generated" => KernelKind.Generated, _ => null },
            Data = data,
            TrainCount = settings.TrainCount,
            TestCount = settings.TestCount,
            Initialization = experiment.InitFor(spec),
            Optimizer = settings.Optimizer,
            BatchSize = settings.Batch,
            Schedule = schedule,
            Steps = settings.Steps,
            Seed = settings.Seed,
            LogEvery = settings.LogEvery,
            Threads = threads,
            Variant = VariantOf(args),
            IgnoreTuning = args.NoTuning,
            DivergeAbove = args.DivergeAbove,
            Probes = args.NoProbes ? [] : experiment.ProbesFor(spec, userData is null ? data : null),
        };
        if (args.Theta is double theta)
        {
            if (!(theta > 0 && double.IsFinite(theta))) throw new BadInputException(Inv($"--theta {theta}: the initial radius must be a finite number > 0"));
            if (config.Initialization.Weights is not WeightInit.Sphere)
                throw new BadInputException($"--theta sets the radius of a sphere init; {experiment.Name} initialises its weights as {config.Initialization.Weights}");
            config = config with { Initialization = config.Initialization with { Weights = new WeightInit.Sphere(theta) } };
        }
        if (args.Until is string until)
            config = config with { Until = Expression.Parse(until) };
        config = config with { MaxSamples = PositiveLong("--max-samples", args.MaxSamples) };
        if (config.Variant is { } variant && RuntimeSpecializer.Unbuildable(spec, variant, InstructionSets.Resolve(InstructionSet.Auto), ElementType(config)) is string unbuildable)
            throw new BadInputException($"--variant '{args.Variant}' cannot be built on this machine's {InstructionSets.Resolve(InstructionSet.Auto)} path: {unbuildable}");
        var problems = config.Problems();
        if (problems.Count > 0) throw new BadInputException(problems[0]);
        return config;
    }

    /// <summary>The `xorgen run` options a sweep file may not set in `options`/`parameters`: the sweep sets them itself (`seeds`, `until`, `max-samples`, the run directories).</summary>
    public static IReadOnlyList<string> SweepOwnedOptions { get; } = ["out", "force", "export", "seed", "until", "max_samples"];

    /// <summary>
    /// The run configuration of <c>xorgen run</c> for an experiment and options given as (name without dashes, value)
    /// pairs, exactly as the command line would build it (a sweep resolves each of its runs this way). Throws
    /// <see cref="BadInputException"/> naming an unknown option or a bad value.
    /// </summary>
    public static RunConfig Resolve(string experiment, IEnumerable<KeyValuePair<string, string>> options, TextWriter? notes = null)
    {
        var parser = new RunCommandParser();
        var args = new List<string> { experiment };
        foreach (var (name, value) in options)
        {
            var option = parser.Command.Options.FirstOrDefault(o => o.Name == "--" + name)
                ?? throw new BadInputException($"unknown option '{name}' (the options are those of 'xorgen run': {string.Join(", ", parser.Command.Options.Select(o => o.Name.TrimStart('-')).Where(n => n is not ("help" or "h" or "?")))})");
            if (option.ValueType == typeof(bool))
            {
                if (value is "true" or "True") args.Add(option.Name);
                else if (value is not ("false" or "False")) throw new BadInputException($"option '{name}': '{value}' is not true or false");
            }
            else args.AddRange([option.Name, value]);
        }
        return Resolve(parser, args, notes);
    }

    /// <summary>The run configuration of <c>xorgen run EXPERIMENT OPTIONS…</c> from its arguments (without "run").</summary>
    public static RunConfig Resolve(IReadOnlyList<string> arguments, TextWriter? notes = null) => Resolve(new RunCommandParser(), arguments, notes);

    private static RunConfig Resolve(RunCommandParser parser, IReadOnlyList<string> arguments, TextWriter? notes)
    {
        var parse = parser.Command.Parse(arguments);
        if (parse.Errors.Count > 0) throw new BadInputException(Cli.OneLine(parse.Errors[0].Message));
        return Resolve(parser.Arguments(parse), notes);
    }

    /// <summary>
    /// The default run directory: <c>runs/&lt;experiment&gt;-&lt;seed&gt;</c> for the experiment's own configuration, with
    /// <c>-&lt;8 hex digits&gt;</c> of <see cref="RunRecordJson.ConfigurationHash"/> appended when any option changes it,
    /// so two different configurations never share a default directory.
    /// </summary>
    public static string DefaultOutDirectory(RunConfig config, RunArguments args)
    {
        string name = Inv($"{config.Experiment}-{config.Seed}");
        var plain = Resolve(new RunArguments { Experiment = args.Experiment, Seed = args.Seed });
        string hash = RunRecordJson.ConfigurationHash(config);
        return Path.Combine("runs", hash == RunRecordJson.ConfigurationHash(plain) ? name : name + "-" + hash[..8]);
    }

    public static int Execute(RunArguments args, TextWriter output, TextWriter error, bool interactive)
    {
        var config = Resolve(args, error);
        double need = config.EstimatedBytes();

        string outDir = args.Out ?? DefaultOutDirectory(config, args);
        string? exportDir = args.Export;
        if (args.KernelCache is not null) EnsureWritable(args.KernelCache, "--kernel-cache");
        EnsureWritable(outDir, "--out");
        if (exportDir is not null) EnsureWritable(exportDir, "--export");

        RunResult result;
        // The lock is taken before the first step and held to the end; a held or complete directory is refused here.
        var directory = RunDirectory.Acquire(outDir, args.Force);
        try
        {
            if (directory.TookOverFrom is { } dead) error.WriteLine($"xorgen: took over '{outDir}' from a run that ended without finishing ({dead})");
            if (directory.MovedAsideTo is { } aside) error.WriteLine($"xorgen: --force: moved the previous record in '{outDir}' to '{aside}'");
            if (need >= 1L << 30) error.WriteLine($"xorgen: this run needs about {RunLimits.Gib(need)} of memory");
            NoteKernel(config, args.KernelCache, error);
            using var record = new RunRecordWriter(directory);
            // The record starts only once the loss at the initial parameters is known to be finite (else: the data's fault).
            if (interactive)
                result = SpectreProgress.Run(config, [new InitialLossGate(config, record)]);
            else
                result = Trainer.Run(config, new InitialLossGate(config, new Listeners([record, new PlainProgress(error)])));
        }
        catch (BadInputException)
        {
            directory.ReleaseAndRemoveIfUnused();
            throw;
        }
        finally
        {
            directory.Dispose();
        }
        if (exportDir is not null) RunExport.Write(exportDir, result);

        PrintSummary(output, result, Path.Combine(outDir, RunRecordWriter.RecordFileName), exportDir);
        if (result.Summary.Diverged)
        {
            string why = result.Summary.DivergedBecause == DivergenceRule.AboveBound
                ? Inv($"the loss {result.Summary.Final["train_loss"]:G6} exceeded the bound {result.Summary.DivergenceBound:G6} ({(config.DivergeAbove is null ? $"{RunConfig.DefaultDivergenceFactor:G} × the initial loss; change it with --diverge-above" : "--diverge-above")})")
                : Inv($"the loss became {result.Summary.Final["train_loss"]}");
            error.WriteLine(Inv($"xorgen: training diverged at step {result.Summary.DivergedAtStep}: {why}; try a smaller --lr (the record marks the run diverged)"));
            return Cli.Failed;
        }
        return Cli.Ok;
    }

    /// <summary>--variant parsed (null when not given); bad text, or a variant with a kernel kind that has none, is bad input.</summary>
    private static KernelVariant? VariantOf(RunArguments args)
    {
        if (args.Variant is null) return null;
        if (args.Kernel is "reference" or "generic")
            throw new BadInputException($"--variant tiles a generated kernel; --kernel {args.Kernel} has no variants");
        return KernelVariant.TryParse(args.Variant, out string? why) ?? throw new BadInputException($"--variant '{args.Variant}': {why}");
    }

    /// <summary>
    /// One line when the kernel that will run is not the one asked for; for a spec no compiled-in kernel covers, installs
    /// the run-time specializer, builds its kernel now and says whether it was compiled now or loaded from the cache
    /// (or, when it cannot be built, that the generic kernel runs and why).
    /// </summary>
    private static void NoteKernel(RunConfig config, string? kernelCache, TextWriter error)
    {
        var spec = config.Spec;
        bool hasGenerated = config.Precision == Precision.Double ? KernelFactory.HasGenerated<double>(spec) : KernelFactory.HasGenerated<float>(spec);
        if (config.Kernel is KernelKind.Reference or KernelKind.Generic) return;
        string? unsupported = hasGenerated ? null : RuntimeSpecializer.Unsupported(spec);
        string what = $"{spec.Describe()} ({config.Precision.ToString().ToLowerInvariant()})";
        var element = ElementType(config);
        // the specializer reads this CPU's tuning file (once, lazily); it is installed only when a kernel must be built
        var specializer = new RuntimeSpecializer(kernelCache);
        var tuned = config.Variant is null && !config.IgnoreTuning ? specializer.Tuned(spec, element, InstructionSet.Auto) : null;
        var wanted = config.Variant ?? tuned;
        // a compiled-in kernel runs when it is the variant wanted (or none is): nothing to build, nothing to say
        if (hasGenerated && (wanted is null || GeneratedKernelCatalog.Find(spec, element, wanted) is not null))
        {
            if (!config.IgnoreTuning && specializer.TuningProblem is string problem) error.WriteLine("xorgen: " + Cli.OneLine(problem));
            return;
        }
        if (unsupported is not null)
        {
            error.WriteLine($"xorgen: no generated kernel is compiled for {what} and none can be specialized ({unsupported}); using the generic kernel");
            return;
        }
        KernelFactory.RegisterSpecializer(specializer);
        try
        {
            var origin = config.Precision == Precision.Double
                ? specializer.Prepare<double>(spec, InstructionSet.Auto, config.Variant, config.IgnoreTuning)
                : specializer.Prepare<float>(spec, InstructionSet.Auto, config.Variant, config.IgnoreTuning);
            if (tuned is not null) what += $", tuned variant {tuned} ({specializer.TuningPath})";
            else if (config.Variant is { IsDefault: false } v) what += $", variant {v}";
            error.WriteLine(origin.Source == KernelSource.Cache
                ? Inv($"xorgen: generated kernel for {what} loaded from the kernel cache in {origin.Seconds:F3} s ({origin.CacheEntry})")
                : Inv($"xorgen: generated kernel for {what} compiled now in {origin.Seconds:F2} s{(origin.CacheEntry is null ? "" : $", cached as {origin.CacheEntry}")}"));
            if (origin.Note is not null) error.WriteLine("xorgen: " + Cli.OneLine(origin.Note));
        }
        catch (Exception e) when (e is KernelNotAvailableException or NotSupportedException)
        {
            KernelFactory.RegisterSpecializer(null); // the run falls back to the generic kernel
            error.WriteLine($"xorgen: no generated kernel is compiled for {what} and specializing one failed ({Cli.OneLine(e.Message)}); using the generic kernel");
        }
    }

    /// <summary>
    /// --cap0/--cap1/--cap-switch replace the two truncation stages (Li, Ma, Zhang: cap 1/λ0 from step 0, raised to 1/λ1);
    /// they are bad input for an experiment without truncation.
    /// </summary>
    private static Schedule WithCaps(RunArguments args, Schedule schedule, string experiment)
    {
        double? cap0 = args.Cap0, cap1 = args.Cap1;
        long? at = args.CapSwitch;
        if (cap0 is null && cap1 is null && at is null) return schedule;
        if (schedule.Truncation.Count != 2)
            throw new BadInputException($"--cap0, --cap1 and --cap-switch set the truncation stages of lmz-abs-teacher; '{experiment}' has no truncation");
        foreach (var (name, v) in new[] { ("--cap0", cap0), ("--cap1", cap1) })
            if (v is double c && !(c > 0 && double.IsFinite(c)))
                throw new BadInputException(Inv($"{name} {c}: a cap on ‖w_j‖² must be a positive finite number"));
        if (at is long a && a < 1) throw new BadInputException(Inv($"--cap-switch {a}: must be at least 1"));
        var first = schedule.Truncation[0];
        var second = schedule.Truncation[1];
        return schedule with
        {
            Truncation = [first with { NormCapSquared = cap0 ?? first.NormCapSquared },
                new TruncationStage(at ?? second.FromStep, cap1 ?? second.NormCapSquared)],
        };
    }

    private static IDataSource? LoadUserData(RunArguments args)
    {
        string? x = args.DataX, y = args.DataY, tx = args.TestX, ty = args.TestY;
        string? csv = args.Csv, testCsv = args.TestCsv;
        if (csv is not null)
        {
            if (x is not null || y is not null || tx is not null || ty is not null)
                throw new BadInputException("give your data either as CSV (--data-csv) or as .npy (--data-x/--data-y), not both");
            return FileDataSource.FromCsv(csv, testCsv);
        }
        if (testCsv is not null) throw new BadInputException("--test-csv needs --data-csv");
        if (x is null && y is null)
        {
            if (tx is not null || ty is not null) throw new BadInputException("--test-x/--test-y need --data-x and --data-y");
            return null;
        }
        if (x is null || y is null) throw new BadInputException(x is null ? "--data-y needs --data-x" : "--data-x needs --data-y");
        if ((tx is null) != (ty is null)) throw new BadInputException(tx is null ? "--test-y needs --test-x" : "--test-x needs --test-y");
        return FileDataSource.FromNpy(x, y, tx, ty);
    }

    /// <summary>
    /// Refuses a directory that cannot be created or written, without creating anything: the nearest existing
    /// ancestor must be a directory in which a file can be made (a probe file, deleted at once).
    /// </summary>
    internal static void EnsureWritable(string directory, string option)
    {
        try
        {
            string full = Path.GetFullPath(directory);
            if (File.Exists(full)) throw new BadInputException($"cannot write to {option} '{directory}': it is a file, not a directory");
            string existing = full;
            while (!Directory.Exists(existing))
            {
                string? parent = Path.GetDirectoryName(existing);
                if (parent is null) break;
                if (File.Exists(parent)) throw new BadInputException($"cannot write to {option} '{directory}': '{parent}' is a file, not a directory");
                existing = parent;
            }
            string probe = Path.Combine(existing, $".xorgen-write-test-{Environment.ProcessId}");
            File.WriteAllBytes(probe, []);
            File.Delete(probe);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new BadInputException($"cannot write to {option} '{directory}': {Cli.OneLine(e.Message)}");
        }
    }

    private static void PrintSummary(TextWriter output, RunResult result, string recordPath, string? exportDir)
    {
        var s = result.Summary;
        var c = result.Start.Config;
        var final = s.Final;
        string origin = result.Start.Origin?.Source switch { KernelSource.CompiledNow => ", compiled now", KernelSource.Cache => ", from the kernel cache", _ => "" };
        output.WriteLine(Inv($"{c.Experiment}  seed {c.Seed}  {result.Start.Kernel.ToString().ToLowerInvariant()} kernel ({result.Start.InstructionSet}, {c.Precision.ToString().ToLowerInvariant()}{origin})  {c.Spec.Describe()}"));
        output.WriteLine(Inv($"steps          {s.StepsCompleted}{(s.Diverged ? $" (diverged at step {s.DivergedAtStep})" : "")}"));
        output.WriteLine(Inv($"train loss     {Number(final["train_loss"])}"));
        if (final.Has("test_loss")) output.WriteLine(Inv($"test loss      {Number(final["test_loss"])}"));
        if (final.Has("test_error"))
            output.WriteLine(Inv($"test error     {Percent(final["test_error"])}{(c.Data is GaussianXorClustersSource ? $"  (clean labels {Percent(final["test_error_clean"])})" : "")}"));
        if (c.Until is { } until)
            output.WriteLine(Inv($"until          {until.Text}: {(s.StepsToTarget is long st ? $"reached at step {st} ({s.SamplesToTarget} samples)" : "not reached")}"));
        output.WriteLine(Inv($"samples seen   {s.SamplesSeen}"));
        output.WriteLine(Inv($"steps/s        {s.StepsPerSecond:F1}  (wall time {s.WallTimeSeconds:F2} s)"));
        output.WriteLine($"record         {recordPath}");
        if (exportDir is not null) output.WriteLine($"export         {exportDir}");
    }

    private static string Number(double v) => double.IsFinite(v) ? v.ToString("G6", CultureInfo.InvariantCulture) : v.ToString(CultureInfo.InvariantCulture);
    private static string Percent(double v) => double.IsFinite(v) ? (100 * v).ToString("F2", CultureInfo.InvariantCulture) + "%" : "n/a";

    private static OptimizerKind ParseOptimizer(string s) => s switch
    {
        "online-sgd" => OptimizerKind.OnlineSgd,
        "full-batch-gd" => OptimizerKind.FullBatchGd,
        _ => OptimizerKind.MinibatchEpochs,
    };

    /// <summary>The width of a run at d = <paramref name="inputs"/>: --width, else what the experiment derives from d, else its default.</summary>
    internal static int WidthFor(Experiment experiment, int inputs, int? width) =>
        Positive("--width", width) ?? experiment.WidthFor?.Invoke(inputs) ?? experiment.Defaults.Width;

    internal static int? Positive(string name, int? v)
    {
        if (v is int i && i < 1) throw new BadInputException(Inv($"{name} {i}: must be at least 1"));
        return v;
    }

    private static int? NonNegative(string name, int? v)
    {
        if (v is int i && i < 0) throw new BadInputException(Inv($"{name} {i}: must not be negative"));
        return v;
    }

    private static long? PositiveLong(string name, long? v)
    {
        if (v is long i && i < 1) throw new BadInputException(Inv($"{name} {i}: must be at least 1"));
        return v;
    }

    internal static void Limit(string name, int value, int max)
    {
        if (value > max) throw new BadInputException(Inv($"{name} {value}: at most {max}"));
    }

    private static double? Rate(string name, double? v)
    {
        if (v is double r && !(r >= 0 && double.IsFinite(r))) throw new BadInputException(Inv($"{name} {r}: a learning rate must be a finite number ≥ 0"));
        return v;
    }

    /// <summary>The kernel's element type, float or double, as the configuration's precision names it.</summary>
    private static Type ElementType(RunConfig config) => config.Precision == Precision.Double ? typeof(double) : typeof(float);

    private static string Inv(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}

/// <summary>
/// Holds back the record's first events until the loss at the initial parameters is measured: a loss that is already
/// NaN or infinite before any step (data too large for the model in this precision) is bad input, refused (exit 2)
/// with nothing recorded, rather than a divergence.
/// </summary>
internal sealed class InitialLossGate(RunConfig config, IRunListener inner) : IRunListener
{
    private RunStart? _start;
    private bool _open;

    public void Started(RunStart start) => _start = start;

    public void Measured(MetricsRecord record)
    {
        if (!_open)
        {
            double loss = record["train_loss"];
            if (record.Step == 0 && !double.IsFinite(loss))
                throw new BadInputException(string.Create(CultureInfo.InvariantCulture,
                    $"the loss at the initial parameters is {loss}, before any step: the data ({config.Data.Name}) is too large for this model in {config.Precision.ToString().ToLowerInvariant()} precision{(config.Precision == Precision.Float ? "; try --precision double or rescale the data" : "; rescale the data")}"));
            _open = true;
            if (_start is not null) inner.Started(_start);
        }
        inner.Measured(record);
    }

    public void Progress(long step, long steps, double loss) => inner.Progress(step, steps, loss);

    public void Finished(RunSummary summary)
    {
        if (!_open) { _open = true; if (_start is not null) inner.Started(_start); }
        inner.Finished(summary);
    }
}

/// <summary>Fans run events out to several listeners.</summary>
internal sealed class Listeners(IReadOnlyList<IRunListener> all) : IRunListener
{
    public void Started(RunStart start) { foreach (var l in all) l.Started(start); }
    public void Measured(MetricsRecord record) { foreach (var l in all) l.Measured(record); }
    public void Progress(long step, long steps, double loss) { foreach (var l in all) l.Progress(step, steps, loss); }
    public void Finished(RunSummary summary) { foreach (var l in all) l.Finished(summary); }
}
