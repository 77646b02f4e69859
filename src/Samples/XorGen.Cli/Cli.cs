using System.CommandLine;
using System.Globalization;
using System.Reflection;

namespace XorGen.Cli;

/// <summary>
/// The <c>xorgen</c> command line: <c>list</c>, <c>run</c>, <c>show</c>, <c>tune</c>, <c>sweep</c>, <c>results</c> and <c>reproduce</c>. Exit codes: 0 success, 2 bad input (one line on
/// stderr, nothing written), 1 failure while running (divergence).
/// </summary>
internal static class Cli
{
    public const int Ok = 0, Failed = 1, BadInput = 2;

    /// <summary>Runs the tool with <paramref name="args"/>; results go to <paramref name="output"/>, messages and progress to <paramref name="error"/>.</summary>
    public static int Run(string[] args, TextWriter output, TextWriter error, bool interactive = false)
    {
        var root = BuildCommands(output, error, interactive);
        var parse = root.Parse(args);
        bool wantsHelp = args.Any(a => a is "-h" or "--help" or "-?" or "/?" or "/h" or "--version");
        if (parse.Errors.Count > 0 && !wantsHelp)
        {
            error.WriteLine($"xorgen: {ParseErrorLine(parse.Errors)} (see 'xorgen --help')");
            return BadInput;
        }
        return parse.Invoke(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false });
    }

    private static RootCommand BuildCommands(TextWriter output, TextWriter error, bool interactive)
    {
        var root = new RootCommand("XorGen: train two-layer networks on the synthetic problems of four feature-learning papers (Glasgow; Frei, Chatterji, Bartlett; Chatterji, Long, Bartlett; Li, Ma, Zhang).");

        foreach (var option in root.Options.OfType<VersionOption>())
            option.Action = new PrintVersion(output);

        // Each command: a parser (syntax → arguments) and an execution, run through the one error-to-exit-code mapping.
        var list = new Command("list", "List the built-in experiments with their defaults.");
        list.SetAction(_ => CommandLine.Guarded(error, () => { ListExperiments(output); return Ok; }));
        root.Add(list);

        var run = new RunCommandParser();
        run.Command.SetAction(parse => CommandLine.Guarded(error, () => RunCommand.Execute(run.Arguments(parse), output, error, interactive)));
        root.Add(run.Command);

        var show = new ShowCommand();
        show.Command.SetAction(parse => CommandLine.Guarded(error, () => show.Execute(parse, output, error)));
        root.Add(show.Command);

        var tune = new TuneCommand();
        tune.Command.SetAction(parse => CommandLine.Guarded(error, () => tune.Execute(parse, output, error)));
        root.Add(tune.Command);

        var sweep = new Sweeps.SweepCommand();
        sweep.Command.SetAction(parse => CommandLine.Guarded(error, () =>
        {
            // SIGINT/SIGTERM (Ctrl-C, a cluster's preemption) stop the runs in flight cleanly: their partial records are removed.
            using var cancel = new CancellationTokenSource();
            using var sigint = System.Runtime.InteropServices.PosixSignalRegistration.Create(System.Runtime.InteropServices.PosixSignal.SIGINT, c => { c.Cancel = true; cancel.Cancel(); });
            using var sigterm = System.Runtime.InteropServices.PosixSignalRegistration.Create(System.Runtime.InteropServices.PosixSignal.SIGTERM, c => { c.Cancel = true; cancel.Cancel(); });
            try
            {
                return sweep.Execute(parse, output, error, interactive, cancel.Token);
            }
            catch (OperationCanceledException) when (cancel.IsCancellationRequested)
            {
                error.WriteLine("xorgen: sweep interrupted; rerun the same command to resume");
                return Failed;
            }
        }));
        root.Add(sweep.Command);

        var results = new Sweeps.ResultsCommand();
        results.Command.SetAction(parse => CommandLine.Guarded(error, () => results.Execute(parse, output, error)));
        root.Add(results.Command);

        var reproduce = new Reproduce.ReproduceCommand();
        reproduce.Command.SetAction(parse => CommandLine.Guarded(error, () => reproduce.Execute(parse, output, error)));
        root.Add(reproduce.Command);
        return root;
    }

    /// <summary>
    /// The parse error worth showing, in the user's terms: an unrecognized word beats the "required command" that
    /// follows from it, and a value that does not parse names the kind of value expected rather than a .NET type.
    /// </summary>
    private static string ParseErrorLine(IReadOnlyList<System.CommandLine.Parsing.ParseError> errors)
    {
        var chosen = errors.FirstOrDefault(e => e.Message.StartsWith("Unrecognized", StringComparison.Ordinal)) ?? errors[0];
        return System.Text.RegularExpressions.Regex.Replace(OneLine(chosen.Message), @"as expected type '([^']*)'", m =>
            m.Groups[1].Value.Contains("Int", StringComparison.Ordinal) ? "as a whole number"
            : m.Groups[1].Value.Contains("Double", StringComparison.Ordinal) || m.Groups[1].Value.Contains("Single", StringComparison.Ordinal) ? "as a number"
            : "as a value of the expected kind");
    }

    /// <summary>A rate for a progress line: two significant digits below 10 ("0.43"), whole numbers above ("1523").</summary>
    public static string Rate(double perSecond) => perSecond < 10
        ? perSecond.ToString("G2", CultureInfo.InvariantCulture)
        : perSecond.ToString("F0", CultureInfo.InvariantCulture);

    /// <summary>A message on one line, without the " (Parameter 'x')" suffix of argument exceptions.</summary>
    public static string OneLine(string message)
    {
        int p = message.IndexOf(" (Parameter '", StringComparison.Ordinal);
        if (p > 0) message = message[..p];
        return string.Join("; ", message.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
    }

    public static string Version =>
        typeof(Cli).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";

    private static void ListExperiments(TextWriter output)
    {
        output.WriteLine("Built-in experiments (xorgen run <name> [options]; defaults below):");
        output.WriteLine();
        foreach (var e in Experiments.All)
        {
            var s = e.Defaults;
            output.WriteLine($"  {e.Name}  ({e.Paper})");
            output.WriteLine($"      {e.Description}");
            output.WriteLine($"      model: {e.Spec.Describe()}");
            string data = s.Optimizer == OptimizerKind.OnlineSgd ? Inv($"batch {s.Batch} (fresh every step)") : Inv($"n {s.TrainCount}");
            string rate = s.Rate > 0 ? Inv($"lr {s.Rate}") : "lr α0=(4p)^(-3/4) then adaptive";
            output.WriteLine(Inv($"      defaults: {RunRecordJson.OptimizerName(s.Optimizer)}, {data}, steps {s.Steps}, {rate}, test n {s.TestCount}, log every {s.LogEvery}"));
            if (e.Note is not null) output.WriteLine($"      note: {e.Note}");
            output.WriteLine();
        }
    }

    /// <summary>--version prints the tool's version (not the host's, which the default action would under a test runner).</summary>
    private sealed class PrintVersion(TextWriter output) : System.CommandLine.Invocation.SynchronousCommandLineAction
    {
        public override int Invoke(ParseResult parseResult)
        {
            output.WriteLine(Version);
            return Ok;
        }
    }

    private static string Inv(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
