using System.Diagnostics;
using System.Globalization;
using Spectre.Console;

namespace XorGen.Cli.Sweeps;

/// <summary>
/// Progress of a whole sweep on stderr: runs done of total, failures, runs/s and the time left. On a terminal one live
/// Spectre.Console bar; redirected, a plain line when runs end (at most every few seconds, and at the end) and, while
/// no run ends, one every minute, so that a log of hours-long runs shows the sweep is alive and how long it has run.
/// </summary>
internal sealed class SweepProgress : ISweepListener
{
    private readonly TextWriter _error;
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly double _plainEverySeconds;
    private readonly double _heartbeatSeconds;
    private readonly Lock _sync = new();
    private ProgressTask? _bar;
    private int _toRun, _finished, _failed;
    private double _lastLine = double.NegativeInfinity;
    private readonly string _name;

    public SweepProgress(string name, TextWriter error, double plainEverySeconds = 5, double heartbeatSeconds = 60)
    {
        _name = name;
        _error = error;
        _plainEverySeconds = plainEverySeconds;
        _heartbeatSeconds = heartbeatSeconds;
    }

    /// <summary>Runs <paramref name="sweep"/> under a live bar when <paramref name="interactive"/>, else with plain lines.</summary>
    public T Run<T>(bool interactive, Func<ISweepListener, T> sweep)
    {
        if (!interactive)
        {
            // ticks at a quarter of the heartbeat, so a line comes at most a quarter late whatever the phase
            var period = TimeSpan.FromSeconds(_heartbeatSeconds / 4);
            using var heartbeat = new Timer(_ => Heartbeat(), null, period, period);
            return sweep(this);
        }
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
        lock (_sync)
        {
            _toRun = toRun;
            if (_bar is not null) _bar.MaxValue = Math.Max(1, toRun);
            else _error.WriteLine(Inv($"xorgen: sweep {_name}: {total} runs, {total - toRun} already finished, {toRun} to run"));
            _lastLine = _clock.Elapsed.TotalSeconds;
        }
    }

    public void RunEnded(SweepRun run, RunState state, RunSummary? summary, string? error)
    {
        lock (_sync)
        {
            _finished++;
            if (state == RunState.Failed) _failed++;
            double elapsed = _clock.Elapsed.TotalSeconds;
            if (_bar is not null)
            {
                _bar.Value = _finished;
                _bar.Description = $"{_name}  {Counts(elapsed)}".EscapeMarkup();
                return;
            }
            if (error is not null) _error.WriteLine($"xorgen: run {run.Id} failed: {error}");
            else if (summary is { Diverged: true }) _error.WriteLine(Inv($"xorgen: run {run.Id} diverged at step {summary.DivergedAtStep}"));
            if (elapsed - _lastLine >= _plainEverySeconds || _finished == _toRun) Line(elapsed);
        }
    }

    /// <summary>The plain line again when none was written for a minute (runs in flight, none ended).</summary>
    private void Heartbeat()
    {
        lock (_sync)
        {
            double elapsed = _clock.Elapsed.TotalSeconds;
            if (_finished < _toRun && elapsed - _lastLine >= _heartbeatSeconds) Line(elapsed);
        }
    }

    private void Line(double elapsed)
    {
        _lastLine = elapsed;
        string eta = _finished == 0 ? "unknown" : Inv($"{TimeSpan.FromSeconds(Math.Round((_toRun - _finished) / Rate(elapsed))):c}");
        _error.WriteLine(Inv($"xorgen: {Counts(elapsed)}  eta {eta}  elapsed {TimeSpan.FromSeconds(Math.Round(elapsed)):c}"));
    }

    private double Rate(double elapsed) => _finished / Math.Max(1e-9, elapsed);

    private string Counts(double elapsed) => Inv($"{_finished}/{_toRun} runs  {_failed} failed  {Cli.Rate(Rate(elapsed))} runs/s");

    private static string Inv(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
