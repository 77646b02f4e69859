using System.CommandLine;
using System.Globalization;
using System.Numerics;
using XorGen.Specialization;

namespace XorGen.Cli;

/// <summary>
/// <c>xorgen run &lt;experiment&gt;</c>: experiment defaults + options → <see cref="RunConfig"/> → <see cref="Trainer"/>
/// → run record (and export). Every input is checked before anything is written.
/// </summary>
internal sealed class RunCommand
{
    private readonly Argument<string> _experiment = new("experiment") { Description = "A built-in experiment (see 'xorgen list')." };
    private readonly Option<int?> _d = new("--d") { HelpName = "N", Description = "Input dimension d (changes the model spec: a generated kernel for it is specialized at run time)." };
    private readonly Option<int?> _width = new("--width") { HelpName = "N", Description = "Hidden width m (changes the model spec)." };
    private readonly Option<int?> _batch = new("--batch") { HelpName = "N", Description = "Rows per step for online SGD and minibatch epochs." };
    private readonly Option<int?> _n = new("--n") { HelpName = "N", Description = "Training-set size n (fixed-set optimisers)." };
    private readonly Option<int?> _testN = new("--test-n") { HelpName = "N", Description = "Test-set size (0: no test metrics)." };
    private readonly Option<long?> _steps = new("--steps") { HelpName = "N", Description = "Training steps." };
    private readonly Option<double?> _lr = new("--lr") { HelpName = "X", Description = "Learning rate of every layer (Chatterji experiments: the first step α0)." };
    private readonly Option<double?> _lrSecond = new("--lr-a") { HelpName = "X", Description = "Learning rate of the output weights a (default: --lr)." };
    private readonly Option<double?> _lrBias = new("--lr-b") { HelpName = "X", Description = "Learning rate of the biases b (default: --lr)." };
    private readonly Option<ulong?> _seed = new("--seed") { HelpName = "N", Description = "Seed of every random stream (default 1)." };
    private readonly Option<string?> _kernel = new("--kernel") { Description = "reference, generic or generated (default: generated; a spec no compiled-in kernel covers is specialized at run time and cached)." };
    private readonly Option<string?> _kernelCache = new("--kernel-cache") { HelpName = "DIR", Description = "Cache of run-time-compiled kernels (default: $XORGEN_KERNEL_CACHE, else $XDG_CACHE_HOME/xorgen/kernels, else ~/.cache/xorgen/kernels)." };
    private readonly Option<string?> _precision = new("--precision") { Description = "float (default) or double." };
    private readonly Option<string?> _optimizer = new("--optimizer") { Description = "online-sgd, full-batch-gd or minibatch-epochs (default: the experiment's)." };
    private readonly Option<long?> _logEvery = new("--log-every") { HelpName = "N", Description = "Record metrics and probes every N steps." };
    private readonly Option<int?> _threads = new("--threads") { HelpName = "N", Description = "Kernel worker threads (default 1)." };
    private readonly Option<string?> _out = new("--out") { HelpName = "DIR", Description = "Directory of the run record (default runs/<experiment>-<seed>)." };
    private readonly Option<string?> _export = new("--export") { HelpName = "DIR", Description = "Also write data and initial/final weights as .npy files here." };
    private readonly Option<string?> _dataX = new("--data-x") { HelpName = "FILE", Description = "Your own training inputs: .npy of shape (n, d), float32 or float64." };
    private readonly Option<string?> _dataY = new("--data-y") { HelpName = "FILE", Description = "Your own training labels: .npy of shape (n,)." };
    private readonly Option<string?> _testX = new("--test-x") { HelpName = "FILE", Description = "Your own test inputs (.npy)." };
    private readonly Option<string?> _testY = new("--test-y") { HelpName = "FILE", Description = "Your own test labels (.npy)." };
    private readonly Option<string?> _csv = new("--data-csv") { HelpName = "FILE", Description = "Your own training data as CSV (last column the label)." };
    private readonly Option<string?> _testCsv = new("--test-csv") { HelpName = "FILE", Description = "Your own test data as CSV." };
    private readonly Option<bool> _noProbes = new("--no-probes") { Description = "Record only losses and errors." };

    public RunCommand()
    {
        _kernel.AcceptOnlyFromAmong("reference", "generic", "generated");
        _precision.AcceptOnlyFromAmong("float", "double");
        _optimizer.AcceptOnlyFromAmong("online-sgd", "full-batch-gd", "minibatch-epochs");
        Command = new Command("run", "Train one built-in experiment; prints the final train loss, test error and steps/s, and writes the run record.")
        {
            _experiment, _d, _width, _batch, _n, _testN, _steps, _lr, _lrSecond, _lrBias, _seed, _kernel, _kernelCache, _precision, _optimizer,
            _logEvery, _threads, _out, _export, _dataX, _dataY, _testX, _testY, _csv, _testCsv, _noProbes,
        };
    }

    public Command Command { get; }

    public int Execute(ParseResult parse, TextWriter output, TextWriter error, bool interactive)
    {
        string name = parse.GetValue(_experiment)!;
        var experiment = Experiments.Find(name)
            ?? throw new BadInputException($"unknown experiment '{name}'; the built-in experiments are: {string.Join(", ", Experiments.All.Select(e => e.Name))}");
        var defaults = experiment.Defaults;

        // User data replaces the experiment's source; d then comes from the file.
        IDataSource? userData = LoadUserData(parse);
        int? d = Positive(parse, _d);
        if (userData is not null && d is int dd && dd != userData.Inputs)
            throw new BadInputException(Inv($"--d {dd} does not match the data, which has d = {userData.Inputs}"));

        var optimizer = parse.GetValue(_optimizer) is string o ? ParseOptimizer(o) : defaults.Optimizer;
        if (userData is not null && parse.GetValue(_optimizer) is null && optimizer == OptimizerKind.OnlineSgd)
        {
            optimizer = OptimizerKind.MinibatchEpochs;
            error.WriteLine("xorgen: your data is a fixed set: training with minibatch epochs instead of online SGD");
        }
        var settings = new RunSettings(
            d ?? userData?.Inputs ?? defaults.Inputs,
            Positive(parse, _width) ?? defaults.Width,
            Positive(parse, _batch) ?? (defaults.Batch > 0 ? defaults.Batch : 256),
            Positive(parse, _n) ?? (userData is FileDataSource f ? f.TrainCount : defaults.TrainCount > 0 ? defaults.TrainCount : 10_000),
            NonNegative(parse, _testN) ?? (userData is FileDataSource tf ? tf.TestCount : defaults.TestCount),
            PositiveLong(parse, _steps) ?? defaults.Steps,
            Rate(parse, _lr) ?? defaults.Rate,
            parse.GetValue(_seed) ?? defaults.Seed,
            PositiveLong(parse, _logEvery) ?? defaults.LogEvery,
            optimizer);
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
        int threads = Positive(parse, _threads) ?? 1;

        var spec = experiment.SpecFor(settings.Inputs, settings.Width);
        var specProblems = spec.Problems();
        if (specProblems.Count > 0) throw new BadInputException(specProblems[0]);
        var data = userData ?? experiment.DataFor(settings.Inputs);
        var schedule = experiment.ScheduleFor(spec, settings);
        if (Rate(parse, _lrSecond) is double ra) schedule = schedule with { RateSecond = ra };
        if (Rate(parse, _lrBias) is double rb) schedule = schedule with { RateBias = rb };
        var precision = parse.GetValue(_precision) == "double" ? Precision.Double : Precision.Float;
        var config = new RunConfig
        {
            Experiment = experiment.Name,
            Spec = spec,
            Precision = precision,
            Kernel = KernelKind.Reference,
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
            Probes = parse.GetValue(_noProbes) ? [] : experiment.ProbesFor(spec, userData is null ? data : null),
        };
        var problems = config.Problems();
        if (problems.Count > 0) throw new BadInputException(problems[0]);

        string outDir = parse.GetValue(_out) ?? Path.Combine("runs", Inv($"{experiment.Name}-{settings.Seed}"));
        string? exportDir = parse.GetValue(_export);
        string? kernelCache = parse.GetValue(_kernelCache);
        if (kernelCache is not null) EnsureWritable(kernelCache, "--kernel-cache");
        EnsureWritable(outDir, "--out");
        if (exportDir is not null) EnsureWritable(exportDir, "--export");

        config = config with { Kernel = ChooseKernel(parse.GetValue(_kernel), spec, precision, threads, kernelCache, error) };

        RunResult result;
        using (var record = new RunRecordWriter(outDir))
        {
            var listeners = new List<IRunListener> { record };
            if (interactive)
                result = SpectreProgress.Run(config, listeners);
            else
            {
                listeners.Add(new PlainProgress(error));
                result = Trainer.Run(config, new Listeners(listeners));
            }
        }
        if (exportDir is not null) RunExport.Write(exportDir, result);

        PrintSummary(output, result, Path.Combine(outDir, RunRecordWriter.RecordFileName), exportDir);
        if (result.Summary.Diverged)
        {
            error.WriteLine(Inv($"xorgen: training diverged at step {result.Summary.DivergedAtStep}: the loss became {result.Summary.Final["train_loss"]}; try a smaller --lr (the record marks the run diverged)"));
            return Cli.Failed;
        }
        return Cli.Ok;
    }

    /// <summary>
    /// generated (compiled in, or specialized at run time: one line says whether it was compiled now or loaded from the
    /// cache), else generic with one line saying why.
    /// </summary>
    private static KernelKind ChooseKernel(string? requested, ModelSpec spec, Precision precision, int threads, string? kernelCache, TextWriter error)
    {
        bool hasGenerated = precision == Precision.Double ? KernelFactory.HasGenerated<double>(spec) : KernelFactory.HasGenerated<float>(spec);
        string? unsupported = RuntimeSpecializer.Unsupported(spec);
        if ((hasGenerated || unsupported is null) && threads > 1 && requested is null or "generated")
        {
            // generated kernels run on one thread; the generic kernel splits neurons over threads
            error.WriteLine($"xorgen: the generated kernel runs on one thread; using the generic kernel for --threads {threads}");
            return KernelKind.Generic;
        }
        switch (requested)
        {
            case "reference": return KernelKind.Reference;
            case "generic": return KernelKind.Generic;
            default: // "generated", or nothing asked: the generated kernel when one is compiled for this spec
                if (hasGenerated) return KernelKind.Generated;
                string what = $"{spec.Describe()} ({precision.ToString().ToLowerInvariant()})";
                if (unsupported is not null)
                {
                    error.WriteLine($"xorgen: no generated kernel is compiled for {what} and none can be specialized ({unsupported}); using the generic kernel");
                    return KernelKind.Generic;
                }
                var specializer = RuntimeSpecializer.Install(kernelCache);
                try
                {
                    var origin = precision == Precision.Double ? specializer.Prepare<double>(spec) : specializer.Prepare<float>(spec);
                    error.WriteLine(origin.Source == KernelSource.Cache
                        ? Inv($"xorgen: generated kernel for {what} loaded from the kernel cache in {origin.Seconds:F3} s ({origin.CacheEntry})")
                        : Inv($"xorgen: generated kernel for {what} compiled now in {origin.Seconds:F2} s{(origin.CacheEntry is null ? "" : $", cached as {origin.CacheEntry}")}"));
                    if (origin.Note is not null) error.WriteLine("xorgen: " + Cli.OneLine(origin.Note));
                    return KernelKind.Generated;
                }
                catch (Exception e) when (e is KernelNotAvailableException or NotSupportedException)
                {
                    error.WriteLine($"xorgen: no generated kernel is compiled for {what} and specializing one failed ({Cli.OneLine(e.Message)}); using the generic kernel");
                    return KernelKind.Generic;
                }
        }
    }

    private IDataSource? LoadUserData(ParseResult parse)
    {
        string? x = parse.GetValue(_dataX), y = parse.GetValue(_dataY), tx = parse.GetValue(_testX), ty = parse.GetValue(_testY);
        string? csv = parse.GetValue(_csv), testCsv = parse.GetValue(_testCsv);
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

    private static void EnsureWritable(string directory, string option)
    {
        string probe = Path.Combine(directory, $".xorgen-write-test-{Environment.ProcessId}");
        try
        {
            Directory.CreateDirectory(directory);
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

    private static int? Positive(ParseResult parse, Option<int?> option)
    {
        int? v = parse.GetValue(option);
        if (v is int i && i < 1) throw new BadInputException(Inv($"{option.Name} {i}: must be at least 1"));
        return v;
    }

    private static int? NonNegative(ParseResult parse, Option<int?> option)
    {
        int? v = parse.GetValue(option);
        if (v is int i && i < 0) throw new BadInputException(Inv($"{option.Name} {i}: must not be negative"));
        return v;
    }

    private static long? PositiveLong(ParseResult parse, Option<long?> option)
    {
        long? v = parse.GetValue(option);
        if (v is long i && i < 1) throw new BadInputException(Inv($"{option.Name} {i}: must be at least 1"));
        return v;
    }

    private static double? Rate(ParseResult parse, Option<double?> option)
    {
        double? v = parse.GetValue(option);
        if (v is double r && !(r >= 0 && double.IsFinite(r))) throw new BadInputException(Inv($"{option.Name} {r}: a learning rate must be a finite number ≥ 0"));
        return v;
    }

    private static string Inv(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}

/// <summary>Fans run events out to several listeners.</summary>
internal sealed class Listeners(IReadOnlyList<IRunListener> all) : IRunListener
{
    public void Started(RunStart start) { foreach (var l in all) l.Started(start); }
    public void Measured(MetricsRecord record) { foreach (var l in all) l.Measured(record); }
    public void Progress(long step, long steps, double loss) { foreach (var l in all) l.Progress(step, steps, loss); }
    public void Finished(RunSummary summary) { foreach (var l in all) l.Finished(summary); }
}
