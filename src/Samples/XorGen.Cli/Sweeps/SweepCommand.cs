using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using XorGen.Specialization;

namespace XorGen.Cli.Sweeps;

/// <summary>
/// <c>xorgen sweep FILE</c>: a sweep file → its runs (<see cref="SweepPlan"/>) → this shard's slice → the engine, into
/// <c>--out</c> (default <c>sweeps/&lt;file name&gt;/</c>), then the results table. Also <c>--dry-run</c>, <c>--status</c>,
/// <c>--print</c>, <c>--builtin NAME</c> and <c>--slurm</c> (write, and with <c>--submit</c> submit, an sbatch array).
/// </summary>
internal sealed class SweepCommand
{
    private readonly Argument<string?> _file = new("file") { Description = "The sweep file (YAML).", Arity = ArgumentArity.ZeroOrOne };
    private readonly Option<string?> _builtin = new("--builtin") { HelpName = "NAME", Description = $"A built-in sweep instead of a file: {string.Join(", ", BuiltinSweeps.Names)}." };
    private readonly Option<bool> _print = new("--print") { Description = "Print the sweep file (the built-in one's YAML) and stop." };
    private readonly Option<bool> _dryRun = new("--dry-run") { Description = "List the runs (id, parameters, state) and stop." };
    private readonly Option<bool> _status = new("--status") { Description = "Print how many runs are done, running, failed and pending, and stop." };
    private readonly Option<int?> _jobs = new("--jobs") { HelpName = "N", Description = "Runs at once in this process, each on one thread (default: the core count)." };
    private readonly Option<string?> _out = new("--out") { HelpName = "DIR", Description = "The sweep directory (default sweeps/<file name>/)." };
    private readonly Option<bool> _retryFailed = new("--retry-failed") { Description = "Run failed runs again (they are skipped otherwise)." };
    private readonly Option<string?> _shard = new("--shard") { HelpName = "i/N", Description = "Run only shard i of N (0-based; split by run id). Default: from a Slurm, Kubernetes or AWS Batch array's environment." };
    private readonly Option<int?> _shards = new("--shards") { HelpName = "N", Description = "The shard count of a Kubernetes Indexed Job (its completions; the index is JOB_COMPLETION_INDEX)." };
    private readonly Option<bool> _slurm = new("--slurm") { Description = "Write an sbatch script for a throttled job array over the sweep (DIR/slurm/sweep.sbatch) and stop." };
    private readonly Option<bool> _submit = new("--submit") { Description = "With --slurm: submit the script with sbatch." };
    private readonly Option<int?> _arrayLimit = new("--array-limit") { HelpName = "K", Description = "With --slurm: at most K array tasks at once (--array=0-(N-1)%K)." };
    private readonly Option<int?> _runsPerTask = new("--runs-per-task") { HelpName = "R", Description = "With --slurm: runs per array task (default 1)." };
    private readonly Option<string[]> _sbatchArg = new("--sbatch-arg") { HelpName = "ARG", Description = "With --slurm: an extra #SBATCH line, e.g. --sbatch-arg=--time=01:00:00 (repeatable).", AllowMultipleArgumentsPerToken = false };

    public SweepCommand()
    {
        Command = new Command("sweep", "Run a grid of experiments × seeds from a YAML sweep file: resumable, shardable over a cluster, one results table.")
        {
            _file, _builtin, _print, _dryRun, _status, _jobs, _out, _retryFailed, _shard, _shards, _slurm, _submit, _arrayLimit, _runsPerTask, _sbatchArg,
        };
    }

    public Command Command { get; }

    public int Execute(ParseResult parse, TextWriter output, TextWriter error, bool interactive, CancellationToken cancel)
    {
        string? path = parse.GetValue(_file), builtin = parse.GetValue(_builtin);
        if ((path is null) == (builtin is null)) throw new BadInputException(path is null ? "give a sweep file, or --builtin NAME" : "give a sweep file or --builtin, not both");
        string name, source, text;
        if (builtin is not null)
        {
            text = BuiltinSweeps.Yaml(builtin) ?? throw new BadInputException($"unknown built-in sweep '{builtin}'; the built-in sweeps are: {string.Join(", ", BuiltinSweeps.Names)}");
            name = builtin;
            source = $"built-in sweep {builtin}";
        }
        else
        {
            try { text = File.ReadAllText(path!); }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException)
            {
                throw new BadInputException($"cannot read sweep file '{path}': {Cli.OneLine(e.Message)}");
            }
            name = Path.GetFileNameWithoutExtension(path!);
            source = path!;
        }
        if (parse.GetValue(_print))
        {
            output.Write(text);
            return Cli.Ok;
        }
        int? jobs = parse.GetValue(_jobs);
        if (jobs is int j && j < 1) throw new BadInputException(Inv($"--jobs {j}: must be at least 1"));
        if (parse.GetValue(_submit) && !parse.GetValue(_slurm)) throw new BadInputException("--submit needs --slurm");
        if (!parse.GetValue(_slurm) && (parse.GetValue(_arrayLimit) is not null || parse.GetValue(_runsPerTask) is not null || parse.GetValue(_sbatchArg) is { Length: > 0 }))
            throw new BadInputException("--array-limit, --runs-per-task and --sbatch-arg go with --slurm");

        var file = SweepFile.Parse(text, source);
        var notes = new StringWriter();
        var runs = SweepPlan.Expand(file, source, notes);
        error.Write(notes.ToString()); // only once the whole sweep resolved: a bad file gives its one line alone
        string outDir = Path.GetFullPath(parse.GetValue(_out) ?? Path.Combine("sweeps", name));
        var directory = new SweepDirectory(outDir);

        if (parse.GetValue(_dryRun)) return DryRun(runs, directory, output);
        if (parse.GetValue(_status)) return Status(runs, directory, output);

        EnsureDirectory(outDir);
        string resolved = Path.Combine(outDir, "sweep.yaml");
        SweepDirectory.WriteAtomically(resolved, file.ToYaml());
        if (parse.GetValue(_slurm)) return Slurm(parse, name, resolved, outDir, runs.Count, output, error);

        var shard = ChooseShard(parse);
        var mine = shard.Select(runs);
        var progress = new SweepProgress(shard.Count > 1 ? Inv($"{name} shard {shard.Index}/{shard.Count}") : name, error);
        // a size no definition names gets a generated kernel compiled at run time (once per spec, then from the kernel cache)
        RuntimeSpecializer.Install();
        var options = new SweepRunOptions(jobs ?? 0, parse.GetValue(_retryFailed));
        MemoryNote(mine, options, error);
        var outcome = progress.Run(interactive, listener => SweepEngine.Run(directory, mine, options, listener, cancel));
        if (outcome.MemoryWaits > 0)
            error.WriteLine(Inv($"xorgen: {outcome.MemoryWaits} run(s) waited for others to finish: their memory estimates did not fit together in {RunLimits.Gib(options.MemoryBudget)}"));

        output.WriteLine(Inv($"sweep {name}{(shard.Count > 1 ? $" shard {shard.Index}/{shard.Count}" : "")}: {outcome.Total} runs: {outcome.Done} done now, {outcome.Failed} failed now, {outcome.SkippedDone} already done, {outcome.SkippedFailed} failed before (not retried), {outcome.HeldElsewhere} running elsewhere ({outcome.WallSeconds:F1} s)"));
        // The table: always for the whole sweep; a shard writes it only once every run of the sweep has finished.
        var states = runs.Select(r => directory.StateOf(r.Id)).ToList();
        bool complete = states.All(s => s is RunState.Done or RunState.Failed);
        if (shard.Count == 1 || complete)
        {
            var table = ResultsTable.Collect(directory, runs);
            ResultsFiles.Write(outDir, table);
            output.WriteLine($"results        {Path.Combine(outDir, ResultsFiles.ParquetFileName)}, {ResultsFiles.CsvFileName} ({table.RowCount} runs)");
            if (complete && builtin is not null) BuiltinSweeps.Report(builtin, Path.Combine(outDir, ResultsFiles.ParquetFileName), output);
        }
        else output.WriteLine($"results        when every shard has finished (or now: xorgen results {outDir})");
        int failed = states.Count(s => s == RunState.Failed);
        if (failed > 0) error.WriteLine(Inv($"xorgen: {failed} run(s) of the sweep failed (see status in results.csv; rerun with --retry-failed)"));
        return mine.Any(r => directory.StateOf(r.Id) == RunState.Failed) ? Cli.Failed : Cli.Ok;
    }

    /// <summary>
    /// One line on stderr when the largest runs cannot all be in flight at once: with <c>--jobs</c> workers, runs
    /// start only while their memory estimates fit together in the memory available.
    /// </summary>
    private static void MemoryNote(IReadOnlyList<SweepRun> runs, SweepRunOptions options, TextWriter error)
    {
        if (runs.Count == 0) return;
        int workers = options.WorkersFor(runs.Count);
        double largest = runs.Max(r => r.Config.EstimatedBytes());
        if (workers > 1 && largest * workers > options.MemoryBudget)
            error.WriteLine(Inv($"xorgen: the largest runs need about {RunLimits.Gib(largest)} each; with {RunLimits.Gib(options.MemoryBudget)} available, runs start only while their estimates fit together (fewer than {workers} at once)"));
    }

    private ShardSpec ChooseShard(ParseResult parse)
    {
        int? shards = parse.GetValue(_shards);
        if (shards is int n && n < 1) throw new BadInputException(Inv($"--shards {n}: must be at least 1"));
        if (parse.GetValue(_shard) is string text)
        {
            var s = ShardSpec.Parse(text);
            if (shards is int m && m != s.Count) throw new BadInputException(Inv($"--shards {m} disagrees with --shard {text}"));
            return s;
        }
        var fromEnv = ShardSpec.FromEnvironment(Environment.GetEnvironmentVariable, shards);
        if (fromEnv is null && shards is not null)
            throw new BadInputException("--shards N needs JOB_COMPLETION_INDEX (a Kubernetes Indexed Job); elsewhere give --shard i/N");
        return fromEnv ?? ShardSpec.All;
    }

    private static int DryRun(IReadOnlyList<SweepRun> runs, SweepDirectory directory, TextWriter output)
    {
        output.WriteLine(Inv($"{runs.Count} runs into {directory.Root}:"));
        foreach (var run in runs)
        {
            var c = run.Config;
            output.WriteLine(Inv($"  {run.Id}  [{directory.StateOf(run.Id).ToString().ToLowerInvariant()}]  {c.Experiment}, {c.Spec.Describe()}, {RunRecordJson.OptimizerName(c.Optimizer)} batch {c.BatchSize}, {c.Steps} steps, {c.Schedule.Describe()}, {(c.Kernel is KernelKind k ? k.ToString().ToLowerInvariant() : "auto")} kernel"));
        }
        return Cli.Ok;
    }

    private static int Status(IReadOnlyList<SweepRun> runs, SweepDirectory directory, TextWriter output)
    {
        var states = runs.Select(r => (Run: r, State: directory.StateOf(r.Id))).ToList();
        int Count(RunState s) => states.Count(x => x.State == s);
        output.WriteLine(Inv($"{runs.Count} runs: {Count(RunState.Done)} done, {Count(RunState.Running)} running, {Count(RunState.Failed)} failed, {Count(RunState.Pending)} pending"));
        foreach (var (run, _) in states.Where(x => x.State == RunState.Failed).Take(20))
            output.WriteLine($"  failed  {run.Id}: {directory.ReadFailure(run.Id) ?? "diverged"}");
        return Cli.Ok;
    }

    private int Slurm(ParseResult parse, string name, string resolved, string outDir, int runCount, TextWriter output, TextWriter error)
    {
        int perTask = parse.GetValue(_runsPerTask) ?? 1;
        if (perTask < 1) throw new BadInputException(Inv($"--runs-per-task {perTask}: must be at least 1"));
        int? limit = parse.GetValue(_arrayLimit);
        if (limit is int k && k < 1) throw new BadInputException(Inv($"--array-limit {k}: must be at least 1"));
        int tasks = SlurmScript.Tasks(runCount, perTask);
        Directory.CreateDirectory(Path.Combine(outDir, "slurm"));
        string script = Path.Combine(outDir, "slurm", "sweep.sbatch");
        SweepDirectory.WriteAtomically(script, SlurmScript.Write(name, resolved, outDir, tasks, limit, parse.GetValue(_sbatchArg) ?? [], SlurmScript.SelfCommand()));
        output.WriteLine(Inv($"sbatch script  {script}  ({runCount} runs in {tasks} array tasks{(limit is int l ? $", at most {l} at once" : "")})"));
        if (!parse.GetValue(_submit)) return Cli.Ok;

        var start = new ProcessStartInfo("sbatch") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add("--parsable");
        start.ArgumentList.Add(script);
        Process process;
        try { process = Process.Start(start) ?? throw new BadInputException("could not start sbatch"); }
        catch (System.ComponentModel.Win32Exception e) { throw new BadInputException($"cannot run sbatch (is Slurm installed here?): {Cli.OneLine(e.Message)}"); }
        using (process)
        {
            string stdout = process.StandardOutput.ReadToEnd(), stderr = process.StandardError.ReadToEnd();
            process.WaitForExit();
            if (process.ExitCode != 0)
            {
                error.WriteLine($"xorgen: sbatch failed (exit {process.ExitCode}): {Cli.OneLine(stderr)}");
                return Cli.Failed;
            }
            output.WriteLine($"submitted      job {stdout.Trim()}");
        }
        return Cli.Ok;
    }

    private static void EnsureDirectory(string directory)
    {
        try { Directory.CreateDirectory(Path.Combine(directory, "runs")); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new BadInputException($"cannot write to --out '{directory}': {Cli.OneLine(e.Message)}");
        }
    }

    private static string Inv(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
