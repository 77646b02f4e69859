using System.Globalization;

namespace XorGen;

/// <summary>
/// A truncation stage (Li, Ma, Zhang): from step <see cref="FromStep"/> on, a neuron whose ‖w_j‖² exceeds
/// <see cref="NormCapSquared"/> (= 1/λ) gets no update.
/// </summary>
/// <param name="FromStep">First step (0-based) the cap applies to.</param>
/// <param name="NormCapSquared">The cap 1/λ on ‖w_j‖².</param>
public readonly record struct TruncationStage(long FromStep, double NormCapSquared);

/// <summary>
/// The step-size schedule of a run: constant rates per layer, an optional separate first step,
/// the adaptive rule α_t = c·log²(1/L_t)/p (Chatterji, Long, Bartlett) and truncation by a norm cap in stages.
/// </summary>
public sealed record Schedule
{
    /// <summary>Step size for the first layer W.</summary>
    public double RateFirst { get; init; }
    /// <summary>Step size for the output weights a.</summary>
    public double RateSecond { get; init; }
    /// <summary>Step size for the biases b.</summary>
    public double RateBias { get; init; }
    /// <summary>When set, step 0 uses this rate for every layer (Chatterji's α_0), whatever the rule after it.</summary>
    public double? FirstStepRate { get; init; }
    /// <summary>When positive, steps use α_t = c·log²(1/L_t)/p, L_t being the step's own pre-update loss.</summary>
    public double AdaptiveC { get; init; }
    /// <summary>p of the adaptive rule.</summary>
    public double AdaptiveP { get; init; } = 1;
    /// <summary>Norm-cap stages in increasing <see cref="TruncationStage.FromStep"/>; empty for no truncation.</summary>
    public IReadOnlyList<TruncationStage> Truncation { get; init; } = [];

    /// <summary>The same constant rate for every layer.</summary>
    public static Schedule Constant(double rate) => new() { RateFirst = rate, RateSecond = rate, RateBias = rate };

    /// <summary>Whether any step uses the adaptive rule.</summary>
    public bool IsAdaptive => AdaptiveC > 0;

    /// <summary>The kernel's step control for step <paramref name="step"/> (0-based).</summary>
    public StepControl ControlAt(long step)
    {
        double cap = double.PositiveInfinity;
        var stages = Truncation;
        for (int i = 0; i < stages.Count; i++) // indexed: no enumerator allocated per step
            if (stages[i].FromStep <= step) cap = stages[i].NormCapSquared;
        if (step == 0 && FirstStepRate is double first)
            return new StepControl(first, first, first, cap);
        return new StepControl(RateFirst, RateSecond, RateBias, cap, AdaptiveC, AdaptiveP);
    }

    /// <summary>Every problem with the schedule, each naming the bad value; empty when valid.</summary>
    public IReadOnlyList<string> Problems()
    {
        var p = new List<string>();
        void Rate(string name, double v)
        {
            if (!(v >= 0 && double.IsFinite(v))) p.Add(Invariant($"{name} must be a finite number ≥ 0, got {v}"));
        }
        Rate("learning rate for W", RateFirst);
        Rate("learning rate for a", RateSecond);
        Rate("learning rate for b", RateBias);
        if (FirstStepRate is double f) Rate("first-step rate", f);
        if (!(AdaptiveC >= 0 && double.IsFinite(AdaptiveC))) p.Add(Invariant($"adaptive constant c must be a finite number ≥ 0, got {AdaptiveC}"));
        if (!(AdaptiveP > 0 && double.IsFinite(AdaptiveP))) p.Add(Invariant($"adaptive p must be a positive finite number, got {AdaptiveP}"));
        long previous = long.MinValue;
        foreach (var stage in Truncation)
        {
            if (stage.FromStep < 0) p.Add(Invariant($"truncation stage starts at step {stage.FromStep} < 0"));
            if (stage.FromStep <= previous) p.Add(Invariant($"truncation stages must start at increasing steps, got {stage.FromStep} after {previous}"));
            if (!(stage.NormCapSquared > 0)) p.Add(Invariant($"truncation cap must be positive, got {stage.NormCapSquared}"));
            previous = stage.FromStep;
        }
        return p;
    }

    /// <summary>A one-line description.</summary>
    public string Describe()
    {
        var parts = new List<string>();
        if (FirstStepRate is double f) parts.Add(Invariant($"first step α0={f}"));
        if (IsAdaptive) parts.Add(Invariant($"adaptive α=c·log²(1/L)/p c={AdaptiveC} p={AdaptiveP}"));
        else if (RateFirst == RateSecond && RateFirst == RateBias) parts.Add(Invariant($"constant η={RateFirst}"));
        else parts.Add(Invariant($"constant η_W={RateFirst} η_a={RateSecond} η_b={RateBias}"));
        foreach (var s in Truncation) parts.Add(Invariant($"cap ‖w‖²≤{s.NormCapSquared} from step {s.FromStep}"));
        return string.Join(", ", parts);
    }

    private static string Invariant(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
