using OxyPlot;
using static XorGen.Cli.Reproduce.Fmt;

namespace XorGen.Cli.Reproduce;

/// <summary>
/// Glasgow 2023: phase 1 (‖w_sig‖² grows like (1 + 2η/√(2π))^t, signal overtakes noise after ≈ 1.25·ln(d)/η steps),
/// the four cluster margins, and samples to 5% test error against d for both layers and for random features.
/// </summary>
internal sealed class Glasgow : IPaperReproduction
{
    public string Key => "glasgow";
    public string Title => "Glasgow 2023 — SGD finds the XOR features with d·polylog d samples";

    private const double Eta = 0.1;
    private const double Target = 0.05;

    private static int[] Dims(Profile p) => p == Profile.Quick ? [8, 16, 32, 64] : [16, 32, 64, 128, 256];
    private static int[] RfDims(Profile p) => p == Profile.Quick ? [8, 16, 32] : [16, 32, 64];
    private static int Seeds(Profile p) => p == Profile.Quick ? 3 : 5;

    /// <summary>Random features: width 4·d² (well above d², so the kernel is resolved), s = 1/m, rate 3000 (the default 0.1 barely moves a).</summary>
    private static int RfWidth(int d) => 4 * d * d;
    private const double RfRate = 3000;

    private static PlannedRun Phase1(int seed) => new(Inv($"phase1-seed={seed}"), "glasgow-xor",
        ["--steps", "150", "--log-every", "1", "--test-n", "1000", "--seed", Inv($"{seed}")]);

    private static PlannedRun Both(int d, int seed, Profile p) => new(Inv($"both-d={d}-seed={seed}"), "glasgow-xor",
        ["--d", Inv($"{d}"), "--batch", Inv($"{10 * d}"), "--steps", p == Profile.Quick ? "300" : "600", "--log-every", "2",
         "--test-n", "2000", "--no-probes", "--seed", Inv($"{seed}")]);

    private static PlannedRun Rf(int d, int seed, Profile p) => new(Inv($"rf-d={d}-seed={seed}"), "glasgow-xor-rf",
        ["--d", Inv($"{d}"), "--width", Inv($"{RfWidth(d)}"), "--lr", Inv($"{RfRate}"), "--batch", Inv($"{10 * d}"),
         "--steps", p == Profile.Quick ? "600" : "1500", "--log-every", "2", "--test-n", "2000", "--no-probes", "--seed", Inv($"{seed}")]);

    public IReadOnlyList<PlannedRun> Plan(Profile profile)
    {
        var runs = new List<PlannedRun>();
        for (int s = 1; s <= Seeds(profile); s++) runs.Add(Phase1(s));
        foreach (int d in Dims(profile)) for (int s = 1; s <= Seeds(profile); s++) runs.Add(Both(d, s, profile));
        foreach (int d in RfDims(profile)) for (int s = 1; s <= Seeds(profile); s++) runs.Add(Rf(d, s, profile));
        return runs;
    }

    /// <summary>Samples seen when test error first drops below 5% (logged steps × B), NaN when never.</summary>
    private static double SamplesToTarget(RunTable t, int batch)
    {
        var steps = t.Steps;
        var err = t.Column("test_error");
        for (int i = 0; i < steps.Length; i++)
            if (err[i] < Target) return steps[i] * batch;
        return double.NaN;
    }

    public PaperResult Evaluate(string root, Profile profile)
    {
        var checks = new List<Check>();
        var figures = new List<Figure>();
        int seeds = Seeds(profile);
        string prof = profile.ToString().ToLowerInvariant();

        // ---- phase 1
        double theoryRate = 1 + 2 * Eta / Math.Sqrt(2 * Math.PI);
        int d0 = 32;
        double theoryCross = 1.25 * Math.Log(d0) / Eta;
        var rates = new List<double>();
        var crosses = new List<double>();
        RunTable? first = null;
        for (int s = 1; s <= seeds; s++)
        {
            var t = RunTable.Read(RunBatch.RunDirectory(root, Phase1(s)));
            first ??= t;
            var step = t.Steps;
            var sig = t.Column("signal_norm");
            var noise = t.Column("noise_norm");
            int cross = -1;
            for (int i = 0; i < sig.Length && cross < 0; i++) if (sig[i] >= noise[i]) cross = i;
            double crossStep = cross >= 0 ? step[cross] : double.NaN;
            crosses.Add(crossStep);
            // fit log ‖w_sig‖² on steps 1 .. 0.8·crossing: the exponential phase, before the signal saturates
            int end = cross > 0 ? (int)(0.8 * cross) : step.Length / 4;
            var xs = new List<double>(); var ys = new List<double>();
            for (int i = 1; i <= end; i++) { xs.Add(step[i]); ys.Add(2 * Math.Log(sig[i])); }
            rates.Add(Math.Exp(Fit(xs, ys).Slope));
        }
        double rate = Median(rates), crossing = Median(crosses);
        checks.Add(Check.Judge("Phase 1: ‖w_sig‖² grows geometrically at the theory's rate",
            "median per-step growth of mean ‖w_sig‖² (log-linear fit up to 0.8 × the crossing step) within 10% of the theory's excess rate 2η/√(2π)",
            Inv($"×{rate:F4} per step (seeds: {string.Join(", ", rates.Select(r => r.ToString("F4", System.Globalization.CultureInfo.InvariantCulture)))})"),
            Inv($"×{theoryRate:F4} = 1 + 2η/√(2π), η = {Eta}"),
            Math.Abs((rate - 1) - (theoryRate - 1)) <= 0.10 * (theoryRate - 1)));
        checks.Add(Check.Judge("Phase 1 ends when the signal overtakes the noise, after ≈ 1.25·ln(d)/η steps",
            "median first step with mean ‖w_sig‖ ≥ mean (‖w_opp‖ + ‖w_⊥‖) within 25% of 1.25·ln(d)/η",
            Inv($"step {crossing:F0} (seeds: {string.Join(", ", crosses.Select(c => G(c)))})"),
            Inv($"{theoryCross:F1} steps (d = {d0}, η = {Eta})"),
            Math.Abs(crossing - theoryCross) <= 0.25 * theoryCross));

        var norms = Plots.Create("Signal and noise norms, glasgow-xor d=32 m=128 (seed 1)", "step", "mean norm", logY: true, legend: OxyPlot.Legends.LegendPosition.RightBottom);
        var st = first!.Steps;
        var sig1 = first.Column("signal_norm");
        Plots.Line(norms, "‖w_sig‖", st, sig1, Plots.Color(0), thickness: 2);
        Plots.Line(norms, "‖w_opp‖ + ‖w_⊥‖", st, first.Column("noise_norm"), Plots.Color(1), thickness: 2);
        // theory: ‖w_sig‖ = ‖w_sig(0)‖ · (1 + 2η/√(2π))^(t/2)
        Plots.Line(norms, "theory (1+2η/√(2π))^(t/2)", st, st.Select(x => sig1[0] * Math.Pow(theoryRate, x / 2)).Where((_, i) => st[i] <= theoryCross * 1.5).ToArray(),
            Plots.Color(7), LineStyle.Dash);
        figures.Add(new Figure("glasgow-phase1-norms.svg", "Glasgow, phase 1 (Lemma on signal growth; no figure in the paper)",
            "Mean signal norm ‖w_sig‖ and noise norm ‖w_opp‖+‖w_⊥‖ against step, with the theory's phase-1 growth.",
            $"xorgen reproduce glasgow --profile {prof}   (the run: {Phase1(1).Command("DIR")})", norms));

        var margins = Plots.Create("Margins γ_μ = y(μ)·f(μ) at the four cluster centres (seed 1)", "step", "margin", legend: OxyPlot.Legends.LegendPosition.LeftTop);
        string[] clusters = ["p_mu1", "n_mu1", "p_mu2", "n_mu2"];
        string[] names = ["+μ1", "−μ1", "+μ2", "−μ2"];
        for (int i = 0; i < 4; i++) Plots.Line(margins, "γ at " + names[i], st, first.Column("margin_" + clusters[i]), Plots.Color(i), thickness: 2);
        figures.Add(new Figure("glasgow-margins.svg", "Glasgow, phase 2 (margins balance and grow; no figure in the paper)",
            "The network's margin at each of the four cluster centres against step.",
            $"xorgen reproduce glasgow --profile {prof}   (the run: {Phase1(1).Command("DIR")})", margins));
        double minMargin = clusters.Min(c => first.Last("margin_" + c));
        checks.Add(Check.Judge("Phase 2: every cluster centre ends up with a positive margin",
            "minimum over the four centres of y(μ)·f(μ) at step 150 (seed 1) > 0", G(minMargin), "> 0", minMargin > 0));

        // ---- sample complexity
        var sc = Plots.Create("Samples to 5% test error against d", "d", "samples (median over seeds)", logX: true, logY: true, legend: OxyPlot.Legends.LegendPosition.LeftTop);
        var table = new List<string>();
        (double slope, double[] ds, double[] med, int missing) Learner(string name, int[] dims, Func<int, int, PlannedRun> run, int color)
        {
            var med = new List<double>(); var used = new List<double>(); int missing = 0;
            foreach (int d in dims)
            {
                var samples = Enumerable.Range(1, seeds).Select(s => SamplesToTarget(RunTable.Read(RunBatch.RunDirectory(root, run(d, s))), 10 * d)).ToArray();
                missing += samples.Count(x => !double.IsFinite(x));
                double m = samples.Any(x => !double.IsFinite(x)) ? double.NaN : Median(samples);
                table.Add(Inv($"| {name} | {d} | {string.Join(", ", samples.Select(x => G(x, 6)))} | {G(m, 6)} |"));
                if (double.IsFinite(m)) { med.Add(m); used.Add(d); }
            }
            var fit = Fit(used.Select(x => Math.Log(x)).ToArray(), med.Select(x => Math.Log(x)).ToArray());
            Plots.Line(sc, Inv($"{name} (slope {fit.Slope:F2})"), used, med, Plots.Color(color), markers: true, thickness: 2);
            if (used.Count >= 2)
                Plots.Line(sc, Inv($"{name} fit"), used, used.Select(d => Math.Exp(fit.Intercept + fit.Slope * Math.Log(d))).ToArray(), Plots.Color(color), LineStyle.Dash, inLegend: false);
            return (fit.Slope, used.ToArray(), med.ToArray(), missing);
        }
        var both = Learner("both layers", Dims(profile), (d, s) => Both(d, s, profile), 0);
        var rf = Learner("random features", RfDims(profile), (d, s) => Rf(d, s, profile), 1);
        figures.Add(new Figure("glasgow-sample-complexity.svg", "Glasgow, sample complexity (Thm 1.1 against the kernel lower bound; no figure in the paper)",
            "Median samples seen (steps × B, B = 10d) when test error first falls below 5%, against d, log–log, with the least-squares slope. Random features: second layer only, m = 4d², η = 3000.",
            $"xorgen reproduce glasgow --profile {prof}   (a run: {Both(16, 1, profile).Command("DIR")}; {Rf(16, 1, profile).Command("DIR")})", sc));
        // d·polylog d over a short range of d has a local log–log slope well above 1: compare with d·ln²d over the same d
        double polySlope = Fit(both.ds.Select(d => Math.Log(d)).ToArray(), both.ds.Select(d => Math.Log(d * Math.Log(d) * Math.Log(d))).ToArray()).Slope;
        checks.Add(Check.Judge("Both layers learn XOR with d·polylog d samples",
            "every run reaches 5% test error, and the log–log slope of median samples against d is at most that of d·ln²d over the same d (+0.15), i.e. no faster than d·polylog d",
            Inv($"slope {both.slope:F2}; {both.missing} run(s) never reached 5%"), Inv($"d·ln²d: slope {polySlope:F2} over d = {string.Join(", ", both.ds)}"),
            both.missing == 0 && both.slope <= polySlope + 0.15));
        checks.Add(Check.Judge("Random features (a kernel method) need ≈ d² samples",
            "every run reaches 5%, and the slope for random features is ≥ 1.6 and at least 0.5 above the slope for both layers",
            Inv($"slope {rf.slope:F2} (both layers {both.slope:F2}); {rf.missing} run(s) never reached 5%"), "≈ 2 (d²)",
            rf.missing == 0 && rf.slope >= 1.6 && rf.slope - both.slope >= 0.5));

        var settings = new List<string>
        {
            "Phase 1 and margins: `glasgow-xor` at its defaults (d = 32, m = 128, B = 320, η = 0.1, θ = 0.1), 150 steps logged at every step, " + Inv($"{seeds} seeds."),
            "Sample complexity: `glasgow-xor` with B = 10d (≥ d/θ), η = 0.1, m = 128; `glasgow-xor-rf` with m = 4d², η = 3000, B = 10d; test error on 2000 fresh samples every 2 steps; samples to target = the first logged step below 5% × B.",
            "| learner | d | samples to 5% per seed | median |",
            "| --- | ---: | --- | ---: |",
        };
        settings.AddRange(table);
        var how = new List<string>
        {
            "Both layers: the theory's scales (B ≥ d/θ, η ≤ θ) as in the defaults; nothing tuned.",
            "Criterion for both layers: first written as \"slope ≤ 1.5\"; the quick profile measured 1.70 over d = 8, 16, 32, where d·ln²d itself has a log–log slope of 1.74 — a fixed number cannot tell d·polylog d from d² over so short a range, so the criterion compares with d·ln²d over the same d, and d = 64 was added to the quick profile. The paper profile (d up to 256) is the sharper test.",
            "Random features: at the default rate (0.1) and width (128) the second layer barely moves (45% test error after 600 steps). The rate was raised to 3000 and the width set to 4d², as measured by hand before this command existed (a rate ≈ 3·10⁴ times the default with s = 1/m and a width well above d²); the slope is reported whatever it is.",
        };
        return new PaperResult(Key, Title, prof, checks, figures, settings, how);
    }
}
