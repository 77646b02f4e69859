using System.Diagnostics;
using System.Globalization;
using Spectre.Console;

namespace XorGen.Cli;

/// <summary>Progress for a redirected stderr: about ten plain lines per run.</summary>
internal sealed class PlainProgress(TextWriter error) : IRunListener
{
    private long _every = 1;
    private readonly Stopwatch _clock = new();

    public void Started(RunStart start)
    {
        _every = Math.Max(1, start.Config.Steps / 10);
        _clock.Start();
        error.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"xorgen: {start.Config.Experiment}: {start.Config.Steps} steps, {start.Kernel.ToString().ToLowerInvariant()} kernel ({start.InstructionSet})"));
    }

    public void Measured(MetricsRecord record) { }

    public void Progress(long step, long steps, double loss)
    {
        if (step % _every != 0 && step != steps) return;
        double rate = step / Math.Max(1e-9, _clock.Elapsed.TotalSeconds);
        error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"xorgen: step {step}/{steps}  loss {loss:G5}  {Cli.Rate(rate)} steps/s"));
    }

    public void Finished(RunSummary summary) { }
}

/// <summary>A live Spectre.Console bar on stderr with step, steps/s and the current loss.</summary>
internal static class SpectreProgress
{
    public static RunResult Run(RunConfig config, List<IRunListener> listeners)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        RunResult? result = null;
        console.Progress()
            .AutoClear(false)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
            .Start(context =>
            {
                var task = context.AddTask(config.Experiment, maxValue: config.Steps);
                var bar = new BarListener(task, config.Experiment);
                result = Trainer.Run(config, new Listeners([.. listeners, bar]));
                task.Value = task.MaxValue;
            });
        return result!;
    }

    private sealed class BarListener(ProgressTask task, string name) : IRunListener
    {
        private readonly Stopwatch _clock = Stopwatch.StartNew();
        public void Started(RunStart start) { }
        public void Measured(MetricsRecord record) { }
        public void Progress(long step, long steps, double loss)
        {
            task.Value = step;
            double rate = step / Math.Max(1e-9, _clock.Elapsed.TotalSeconds);
            task.Description = string.Create(CultureInfo.InvariantCulture, $"{name}  step {step}/{steps}  {Cli.Rate(rate)} steps/s  loss {loss:G4}").EscapeMarkup();
        }
        public void Finished(RunSummary summary) { }
    }
}
