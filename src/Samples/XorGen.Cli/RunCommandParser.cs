using System.CommandLine;
using static XorGen.Cli.CommandLine;

namespace XorGen.Cli;

/// <summary>What <c>xorgen run</c> was asked, as parsed: null for every option not given. No defaults applied yet.</summary>
internal sealed record RunArguments
{
    public required Experiment Experiment { get; init; }
    public int? Inputs { get; init; }
    public int? Width { get; init; }
    public int? Batch { get; init; }
    public int? TrainCount { get; init; }
    public int? TestCount { get; init; }
    public long? Steps { get; init; }
    public double? Rate { get; init; }
    public double? RateSecond { get; init; }
    public double? RateBias { get; init; }
    public ulong? Seed { get; init; }
    public string? Kernel { get; init; }
    public string? KernelCache { get; init; }
    public string? Precision { get; init; }
    public string? Optimizer { get; init; }
    public long? LogEvery { get; init; }
    public int? Threads { get; init; }
    public string? Variant { get; init; }
    public bool NoTuning { get; init; }
    public double? DivergeAbove { get; init; }
    public string? Out { get; init; }
    public bool Force { get; init; }
    public string? Export { get; init; }
    public string? DataX { get; init; }
    public string? DataY { get; init; }
    public string? TestX { get; init; }
    public string? TestY { get; init; }
    public string? Csv { get; init; }
    public string? TestCsv { get; init; }
    public bool NoProbes { get; init; }
    public double? Cap0 { get; init; }
    public double? Cap1 { get; init; }
    public long? CapSwitch { get; init; }
    public string? Until { get; init; }
    public long? MaxSamples { get; init; }
    public double? Theta { get; init; }
}

/// <summary>
/// The syntax of <c>xorgen run</c>: its options and how a parse becomes <see cref="RunArguments"/>. Execution is
/// <see cref="RunCommand"/>'s; nothing here reads a file or applies a default.
/// </summary>
internal sealed class RunCommandParser
{
    private readonly Argument<Experiment> ExperimentArg = ExperimentArgument();
    private readonly Option<int?> D = Int("--d", "Input dimension d (changes the model spec: its generated kernel is then specialized at run time).");
    private readonly Option<int?> Width = Int("--width", "Hidden width m (changes the model spec).");
    private readonly Option<int?> Batch = Int("--batch", "Rows per step for online SGD and minibatch epochs.");
    private readonly Option<int?> N = Int("--n", "Training-set size n (fixed-set optimisers).");
    private readonly Option<int?> TestN = Int("--test-n", "Test-set size (0: no test metrics).");
    private readonly Option<long?> Steps = Long("--steps", "Training steps.");
    private readonly Option<double?> Lr = Double("--lr", "Learning rate of every layer (Chatterji experiments: the first step α0).");
    private readonly Option<double?> LrSecond = Double("--lr-a", "Learning rate of the output weights a (default: --lr).");
    private readonly Option<double?> LrBias = Double("--lr-b", "Learning rate of the biases b (default: --lr).");
    private readonly Option<ulong?> SeedOption = Seed("--seed", "Seed of every random stream, 0 to 2^64−1 (default 1).");
    private readonly Option<string?> Kernel = Choice("--kernel", "Kernel (default: generated; a spec no compiled-in kernel covers is specialized at run time and cached).", "reference", "generic", "generated");
    private readonly Option<string?> KernelCache = new("--kernel-cache") { HelpName = "DIR", Description = "Cache of run-time-compiled kernels (default: $XORGEN_KERNEL_CACHE, else $XDG_CACHE_HOME/xorgen/kernels, else ~/.cache/xorgen/kernels)." };
    private readonly Option<string?> Precision = Choice("--precision", "Element type (default float).", "float", "double");
    private readonly Option<string?> Optimizer = Choice("--optimizer", "Optimiser (default: the experiment's).", "online-sgd", "full-batch-gd", "minibatch-epochs");
    private readonly Option<long?> LogEvery = Long("--log-every", "Record metrics and probes every N steps.");
    private readonly Option<int?> Threads = Int("--threads", $"Kernel worker threads, 1 to {RunLimits.MaxThreads} and at most the width (default 1).");
    private readonly Option<string?> Variant = new("--variant") { HelpName = "VARIANT", Description = "Tiling variant of the generated kernel: " + KernelVariant.Syntax + " (default: a compiled-in kernel as defined, else this CPU's tuned variant, else the default)." };
    private readonly Option<bool> NoTuning = new("--no-tuning") { Description = "Ignore this CPU's tuning file (xorgen tune): build the default variant (also XORGEN_TUNING=off)." };
    private readonly Option<double?> DivergeAbove = Double("--diverge-above", $"Stop as diverged when a step's loss exceeds X (default: {RunConfig.DefaultDivergenceFactor:G} × the initial loss).");
    private readonly Option<string?> Out = new("--out") { HelpName = "DIR", Description = "Directory of the run record (default runs/<experiment>-<seed>, plus a hash of the configuration when options change it)." };
    private readonly Option<bool> Force = new("--force") { Description = "Run into an --out that holds a complete record: the old record is moved aside first (to <DIR>.replaced-<time>)." };
    private readonly Option<string?> Export = new("--export") { HelpName = "DIR", Description = "Also write data and initial/final weights as .npy files here." };
    private readonly Option<string?> DataX = new("--data-x") { HelpName = "FILE", Description = "Your own training inputs: .npy of shape (n, d), float32 or float64." };
    private readonly Option<string?> DataY = new("--data-y") { HelpName = "FILE", Description = "Your own training labels: .npy of shape (n,)." };
    private readonly Option<string?> TestX = new("--test-x") { HelpName = "FILE", Description = "Your own test inputs (.npy)." };
    private readonly Option<string?> TestY = new("--test-y") { HelpName = "FILE", Description = "Your own test labels (.npy)." };
    private readonly Option<string?> Csv = new("--data-csv") { HelpName = "FILE", Description = "Your own training data as CSV (last column the label)." };
    private readonly Option<string?> TestCsv = new("--test-csv") { HelpName = "FILE", Description = "Your own test data as CSV." };
    private readonly Option<bool> NoProbes = new("--no-probes") { Description = "Record only losses and errors." };
    private readonly Option<double?> Cap0 = Double("--cap0", "Truncation (lmz-abs-teacher): the first stage's cap 1/λ0 on ‖w_j‖².");
    private readonly Option<double?> Cap1 = Double("--cap1", "Truncation (lmz-abs-teacher): the raised cap 1/λ1 on ‖w_j‖².");
    private readonly Option<long?> CapSwitch = Long("--cap-switch", "Truncation (lmz-abs-teacher): the step at which the cap is raised (default: half the steps).");
    private readonly Option<string?> Until = new("--until") { HelpName = "EXPR", Description = "Stop when this holds over the metrics at a logged step, e.g. \"test_error < 0.05\"." };
    private readonly Option<long?> MaxSamples = Long("--max-samples", "Stop once N samples have been seen (steps × rows per step).");
    private readonly Option<double?> Theta = Double("--theta", "Initial radius θ of the first-layer rows (sphere init: the Glasgow experiments).");

    /// <summary>The <c>run</c> command (its action is set by the caller).</summary>
    public Command Command { get; }

    public RunCommandParser() => Command = new("run", "Train one built-in experiment; prints the final train loss, test error and steps/s, and writes the run record.")
    {
        ExperimentArg, D, Width, Batch, N, TestN, Steps, Lr, LrSecond, LrBias, SeedOption, Kernel, KernelCache, Precision, Optimizer,
        LogEvery, Threads, Variant, NoTuning, DivergeAbove, Out, Force, Export, DataX, DataY, TestX, TestY, Csv, TestCsv, NoProbes, Until, MaxSamples, Theta,
        Cap0, Cap1, CapSwitch,
    };

    /// <summary>The arguments of a successful parse of <see cref="Command"/>.</summary>
    public RunArguments Arguments(ParseResult parse) => new()
    {
        Experiment = parse.GetValue(ExperimentArg)!,
        Inputs = parse.GetValue(D),
        Width = parse.GetValue(Width),
        Batch = parse.GetValue(Batch),
        TrainCount = parse.GetValue(N),
        TestCount = parse.GetValue(TestN),
        Steps = parse.GetValue(Steps),
        Rate = parse.GetValue(Lr),
        RateSecond = parse.GetValue(LrSecond),
        RateBias = parse.GetValue(LrBias),
        Seed = parse.GetValue(SeedOption),
        Kernel = parse.GetValue(Kernel),
        KernelCache = parse.GetValue(KernelCache),
        Precision = parse.GetValue(Precision),
        Optimizer = parse.GetValue(Optimizer),
        LogEvery = parse.GetValue(LogEvery),
        Threads = parse.GetValue(Threads),
        Variant = parse.GetValue(Variant),
        NoTuning = parse.GetValue(NoTuning),
        DivergeAbove = parse.GetValue(DivergeAbove),
        Out = parse.GetValue(Out),
        Force = parse.GetValue(Force),
        Export = parse.GetValue(Export),
        DataX = parse.GetValue(DataX),
        DataY = parse.GetValue(DataY),
        TestX = parse.GetValue(TestX),
        TestY = parse.GetValue(TestY),
        Csv = parse.GetValue(Csv),
        TestCsv = parse.GetValue(TestCsv),
        NoProbes = parse.GetValue(NoProbes),
        Cap0 = parse.GetValue(Cap0),
        Cap1 = parse.GetValue(Cap1),
        CapSwitch = parse.GetValue(CapSwitch),
        Until = parse.GetValue(Until),
        MaxSamples = parse.GetValue(MaxSamples),
        Theta = parse.GetValue(Theta),
    };
}
