using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace XorGen;

/// <summary>
/// What a probe may read at one measurement: the spec, the current and initial parameters (canonical double layout),
/// the step count, the fixed training set (when the run has one), the last training loss and rate, and the norm cap.
/// A trainer keeps one context and updates it before calling the probes; probes never modify it.
/// </summary>
public sealed class ProbeContext
{
    /// <summary>An empty context; set every required member in an object initializer.</summary>
    public ProbeContext() { }

    /// <summary>A context for <paramref name="spec"/> with the current and initial parameters.</summary>
    [SetsRequiredMembers]
    public ProbeContext(ModelSpec spec, NetworkParameters parameters, NetworkParameters initial)
    {
        Spec = spec;
        Parameters = parameters;
        Initial = initial;
    }

    /// <summary>The model the parameters belong to: it fixes σ, s and the effective output weights.</summary>
    public required ModelSpec Spec { get; set; }

    /// <summary>The current parameters. For a tied or fixed output the probes ignore <see cref="NetworkParameters.A"/> and use the values in effect (‖w_j‖ or ±c).</summary>
    public required NetworkParameters Parameters { get; set; }

    /// <summary>The parameters at step 0 (Frei et al.'s feature change compares against them).</summary>
    public required NetworkParameters Initial { get; set; }

    /// <summary>Training steps taken so far (t).</summary>
    public long Step { get; set; }

    /// <summary>The fixed training set, or null for online training on fresh batches.</summary>
    public Dataset<double>? Train { get; set; }

    /// <summary>The training loss the trainer last computed (NaN when unknown).</summary>
    public double TrainLoss { get; set; } = double.NaN;

    /// <summary>The rate of the last step, adaptive or not (NaN when unknown).</summary>
    public double Rate { get; set; } = double.NaN;

    /// <summary>
    /// The truncation cap on ‖w_j‖² in effect (Li, Ma, Zhang; the current stage's 1/λ), +∞ when there is none.
    /// <see cref="LmzProbe"/> counts the neurons above it unless it was given its own cap.
    /// </summary>
    public double NormCapSquared { get; set; } = double.PositiveInfinity;

    /// <summary>Throws <see cref="ArgumentException"/> naming the mismatch when the parameters or the training set do not fit the spec.</summary>
    public void Validate()
    {
        Check(Parameters, "current");
        Check(Initial, "initial");
        if (Train is { } train && train.Inputs != Spec.Inputs)
            throw new ArgumentException(Invariant($"the training set has d = {train.Inputs} inputs but the spec has d = {Spec.Inputs}"));
    }

    private void Check(NetworkParameters p, string which)
    {
        if (p.Inputs != Spec.Inputs || p.Width != Spec.Width || p.HasBias != Spec.Bias)
            throw new ArgumentException(Invariant(
                $"the {which} parameters (d = {p.Inputs}, m = {p.Width}, bias = {p.HasBias}) do not fit the spec (d = {Spec.Inputs}, m = {Spec.Width}, bias = {Spec.Bias})"));
    }

    private static string Invariant(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}

/// <summary>
/// A measurement of the network taken every few steps when a run asks for it; a plain object that costs nothing otherwise.
/// </summary>
public interface IProbe
{
    /// <summary>A short lower-case name ("glasgow", "frei", "chatterji", "lmz").</summary>
    string Name { get; }

    /// <summary>Adds this probe's metrics (snake_case keys, documented on each probe) to <paramref name="metrics"/>, overwriting equal keys.</summary>
    void Measure(ProbeContext context, IDictionary<string, double> metrics);
}
