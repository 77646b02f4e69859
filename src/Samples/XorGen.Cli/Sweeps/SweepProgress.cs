using System.Diagnostics;
using System.Globalization;
using Spectre.Console;

namespace XorGen.Cli.Sweeps;

/// <summary>
/// Progress of a whole sweep on stderr: runs done of total, failures, runs/s and the time left. On a terminal one live
/// Spectre.Console bar; redirected, a plain line at most every few seconds (and at the end).
/// </summary>
internal sealed class SweepProgress : ISweepListener
{
    private readonly TextWriter _error;
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly double _plainEverySeconds;
    private ProgressTask? _bar;
    private int _toRun, _finished, _failed;
    private double _lastLine = double.NegativeInfinity;
    private readonly string _name;

    public SweepProgress(string name, TextWriter error, double plainEverySeconds = 5)
    {
        _name = name;
        _error = error;
        _plainEverySeconds = plainEverySeconds;
    }

    /// <summary>Runs <paramref name="sweep"/> under a live bar when <paramref name="interactive"/>, else with plain lines.</summary>
    public T Run<T>(bool interactive, Func<ISweepListener, T> sweep)
    {
        if (!interactive) return sweep(this);
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        T result = default!;
        console.Progress()
            .AutoClear(false)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
            .Start(context =>
            {
                _bar = context.AddTask(_name.EscapeMarkup(), maxValue: 1);
                result = sweep(this);
                _bar.Value = _bar.MaxValue;
            });
        return result;
    }

    public void SweepStarted(int total, int toRun)
    {
        _toRun = toRun;
        if (_bar is not null) _bar.MaxValue = Math.Max(1, toRun);
        else _error.WriteLine(Inv($"xorgen: sweep {_name}: {total} runs, {total - toRun} already finished, {toRun} to run"));
    }

    public void RunEnded(SweepRun run, RunState state, RunSummary? summary, string? error)
    {
        _finished++;
        if (state == RunState.Failed) _failed++;
        double elapsed = _clock.Elapsed.TotalSeconds;
        double rate = _finished / Math.Max(1e-9, elapsed);
        string line = Inv($"{_finished}/{_toRun} runs  {_failed} failed  {rate:F1} runs/s");
        if (_bar is not null)
        {
            _bar.Value = _finished;
            _bar.Description = $"{_name}  {line}".EscapeMarkup();
            return;
        }
        if (error is not null) _error.WriteLine($"xorgen: run {run.Id} failed: {error}");
        else if (summary is { Diverged: true }) _error.WriteLine(Inv($"xorgen: run {run.Id} diverged at step {summary.DivergedAtStep}"));
        if (elapsed - _lastLine >= _plainEverySeconds || _finished == _toRun)
        {
            _lastLine = elapsed;
            double eta = (_toRun - _finished) / Math.Max(1e-9, rate);
            _error.WriteLine(Inv($"xorgen: {line}  eta {TimeSpan.FromSeconds(Math.Round(eta)):c}"));
        }
    }

    private static string Inv(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
