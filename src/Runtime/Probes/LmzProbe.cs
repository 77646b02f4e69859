using System.Globalization;

namespace XorGen;

/// <summary>
/// Li, Ma, Zhang: absolute-value teacher f*(x) = Σ_r a_r |w*_r·x| with x ~ N(0, I_d), learner (1/m)·Σ_j ‖w_j‖·σ(w_j·x) with σ = |·| or
/// ReLU (from <see cref="ModelSpec.Activation"/>), squared loss, truncation by a norm cap.
/// The population loss is exact (<see cref="PopulationLoss"/>), not a Monte Carlo estimate.
/// <para>Keys:</para>
/// <list type="bullet">
/// <item><c>population_loss</c>: E[(f − f*)²]; <c>population_loss_times_d</c>: the same × d (Var f* ≈ 0.363/d for a_r = 1/d).</item>
/// <item><c>population_loss_order_0</c>, <c>_order_1</c> (ReLU learner only; the |·| learner has no odd part), <c>_order_2</c>, <c>_order_4</c>,
/// <c>_order_6</c>, <c>_order_rest</c> (every order ≥ 8): the Hermite-order terms, each ≥ 0, summing to <c>population_loss</c>.</item>
/// <item><c>alignment_mean</c>, <c>alignment_min</c>: of max_r |⟨w̄_j, w̄*_r⟩| over the neurons with w_j ≠ 0 (NaN when there is none).</item>
/// <item><c>mass_error</c>: Σ_r |mass_r − target_r|. Each nonzero neuron is assigned to the teacher direction of its largest alignment
/// (the first on ties) and mass_r sums its weight α_j = s·a_j·‖w_j‖ (= ‖w_j‖²/m for the tied learner). target_r = a_r·‖w*_r‖ for the
/// |·| learner and 2·a_r·‖w*_r‖ for ReLU (relu(z) + relu(−z) = |z|: a ReLU learner needs a neuron on each side of a direction).</item>
/// <item><c>capped_neurons</c>: the number of neurons with ‖w_j‖² above the cap: the cap given to the constructor, else
/// <see cref="ProbeContext.NormCapSquared"/> (0 when the cap is +∞).</item>
/// </list>
/// Cost O(m²d + m·r·d) per measurement; the teacher's own terms are computed once.
/// </summary>
public sealed class LmzProbe : IProbe
{
    private readonly double[] _teacherW, _teacherA, _teacherNorm;
    private readonly int _d;
    private readonly double? _cap;
    private PopulationLossTerms? _teacherTerms;

    /// <summary>A probe for the teacher (W*, a).</summary>
    /// <param name="teacherW">W*, row-major r × d (row r is w*_r), as <c>AbsTeacherSource.TeacherW</c>.</param>
    /// <param name="teacherA">a_r, r entries.</param>
    /// <param name="normCapSquared">The cap on ‖w_j‖² for <c>capped_neurons</c>; null to read <see cref="ProbeContext.NormCapSquared"/>.</param>
    public LmzProbe(double[] teacherW, double[] teacherA, double? normCapSquared = null)
    {
        _teacherW = ProbeMath.CheckedCopy(teacherW, nameof(teacherW));
        _teacherA = ProbeMath.CheckedCopy(teacherA, nameof(teacherA));
        _d = PopulationLoss.TeacherInputs(_teacherW, _teacherA);
        if (normCapSquared is { } cap && !(cap > 0))
            throw new ArgumentOutOfRangeException(nameof(normCapSquared), cap, string.Create(CultureInfo.InvariantCulture, $"norm cap ‖w‖² ≤ {cap} must be positive"));
        _cap = normCapSquared;
        _teacherNorm = new double[_teacherA.Length];
        for (int t = 0; t < _teacherNorm.Length; t++)
        {
            var row = _teacherW.AsSpan(t * _d, _d);
            _teacherNorm[t] = Math.Sqrt(ProbeMath.Dot(row, row));
        }
    }

    /// <inheritdoc/>
    public string Name => "lmz";

    /// <inheritdoc/>
    public void Measure(ProbeContext context, IDictionary<string, double> metrics)
    {
        ProbeMath.CheckArguments(context, metrics);
        var spec = context.Spec;
        var p = context.Parameters;
        int d = p.Inputs, m = p.Width, r = _teacherA.Length;
        if (d != _d) throw new ArgumentException($"the teacher has d = {_d} inputs but the spec has d = {d}");

        _teacherTerms ??= PopulationLoss.TeacherTerms(_teacherW, _teacherA, _d);
        var terms = PopulationLoss.Decompose(spec, p, _teacherW, _teacherA, _teacherTerms.Value);
        metrics["population_loss"] = terms.Total;
        metrics["population_loss_times_d"] = terms.Total * d;
        metrics["population_loss_order_0"] = terms.Order0;
        if (spec.Activation == Activation.Relu) metrics["population_loss_order_1"] = terms.Order1;
        metrics["population_loss_order_2"] = terms.Order2;
        metrics["population_loss_order_4"] = terms.Order4;
        metrics["population_loss_order_6"] = terms.Order6;
        metrics["population_loss_order_rest"] = terms.Rest;

        double cap = _cap ?? context.NormCapSquared;
        double s = spec.ScaleValue;
        double targetFactor = spec.Activation == Activation.Relu ? 2.0 : 1.0;
        Span<double> mass = r <= 256 ? stackalloc double[r] : new double[r];
        mass.Clear();
        double alignSum = 0, alignMin = double.PositiveInfinity;
        int directed = 0, capped = 0;
        for (int j = 0; j < m; j++)
        {
            ReadOnlySpan<double> w = p.Row(j);
            double norm2 = ProbeMath.Dot(w, w);
            if (norm2 > cap) capped++;
            if (norm2 == 0) continue;
            double norm = Math.Sqrt(norm2);
            double best = -1;
            int bestR = -1;
            for (int t = 0; t < r; t++)
            {
                if (_teacherNorm[t] == 0) continue;
                double align = Math.Abs(ProbeMath.Dot(w, _teacherW.AsSpan(t * d, d))) / (norm * _teacherNorm[t]);
                if (align > best) { best = align; bestR = t; }
            }
            if (bestR < 0) continue; // a teacher of zero rows only: no direction to align with
            directed++;
            alignSum += best;
            alignMin = Math.Min(alignMin, best);
            mass[bestR] += s * ProbeMath.OutputWeight(spec, p, j) * norm;
        }
        double massError = 0;
        for (int t = 0; t < r; t++) massError += Math.Abs(mass[t] - targetFactor * _teacherA[t] * _teacherNorm[t]);
        metrics["alignment_mean"] = directed > 0 ? alignSum / directed : double.NaN;
        metrics["alignment_min"] = directed > 0 ? alignMin : double.NaN;
        metrics["mass_error"] = massError;
        metrics["capped_neurons"] = capped;
    }
}
