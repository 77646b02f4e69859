using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Numerics;
using XorGen.Specialization;

namespace XorGen.Cli;

/// <summary>
/// <c>xorgen tune &lt;experiment&gt; [--d N] [--width N] [--batch N] [--budget SECONDS]</c>: searches the variant space of the
/// experiment's generated kernel on this CPU. Every candidate is compiled at run time, checked against the reference
/// kernel (its loss and gradient on a batch of 21 rows, then its parameters after two steps with a rate that moves them),
/// and only then timed in-process: a fixed batch, warm-up, then repetitions whose median and spread are reported with
/// the GFLOP/s as % of this CPU's FMA peak, measured by the same command (best of before and after the search). The
/// search is coordinate descent from the default: register tile (rows × vectors) first, then the gradient's input tile,
/// the d unroll, the row padding, the prefetch distance and the loss's precision, within the budget (shared out over the
/// phases in proportion to their candidates, so each is reached). The fastest few and the default are then timed again,
/// interleaved, and the winner of that round is stored in this CPU's tuning file, which run-time specialization then
/// builds by default (XORGEN_TUNING=off or --no-tuning ignores it).
/// </summary>
internal sealed class TuneCommand
{
    private readonly Argument<Experiment> _experiment = CommandLine.ExperimentArgument();
    private readonly Option<int?> _d = CommandLine.Int("--d", "Input dimension d (default: the experiment's).");
    private readonly Option<int?> _width = CommandLine.Int("--width", "Hidden width m (default: the experiment's, or what it derives from --d).");
    private readonly Option<int?> _batch = CommandLine.Int("--batch", "Rows per timed step (default: the experiment's batch).");
    private readonly Option<string?> _precision = CommandLine.Choice("--precision", "Element type (default float).", "float", "double");
    private readonly Option<double?> _budget = CommandLine.Double("--budget", "Seconds the search may take (default 120); the final timing round comes on top.");
    private readonly Option<int?> _repeats = CommandLine.Int("--repeats", "Timed repetitions per candidate (default 5; median and spread are reported).");
    private readonly Option<string?> _tuning = new("--tuning") { HelpName = "FILE", Description = "Tuning file to update (default: $XORGEN_TUNING, else this CPU's file under $XDG_CONFIG_HOME/xorgen/tuning/)." };
    private readonly Option<bool> _noSave = new("--no-save") { Description = "Print the table only; do not store the winner." };
    private readonly Option<string?> _variants = new("--variants") { HelpName = "LIST", Description = "Time these variants (separated by ';') and the default instead of searching, e.g. \"inputs=6;rows=4,vectors=3\"." };
    private readonly Option<string?> _kernelCache = new("--kernel-cache") { HelpName = "DIR", Description = "Cache of run-time-compiled kernels (default: as for 'xorgen run')." };

    /// <summary>Rows of the reference check (odd: every tile's remainder path runs).</summary>
    private const int CheckRows = 21;
    /// <summary>How much faster than the default (final round, median) a variant must be to be stored instead of it.</summary>
    public const double Margin = 1.02;
    /// <summary>Final-round contenders besides the default.</summary>
    private const int Finalists = 3;

    public TuneCommand()
    {
        Command = new Command("tune", "Search the generated kernel's variants (tiling, unroll, padding, prefetch, loss precision) on this CPU; store the fastest in this CPU's tuning file.")
            { _experiment, _d, _width, _batch, _precision, _budget, _repeats, _variants, _tuning, _noSave, _kernelCache };
    }

    public Command Command { get; }

    public int Execute(ParseResult parse, TextWriter output, TextWriter error)
    {
        var experiment = parse.GetValue(_experiment)!;
        var (spec, element, _) = ShowCommand.Resolve(experiment, parse.GetValue(_d), parse.GetValue(_width), parse.GetValue(_precision));
        int batch = RunCommand.Positive("--batch", parse.GetValue(_batch)) ?? (experiment.Defaults.Batch > 0 ? experiment.Defaults.Batch : 256);
        RunCommand.Limit("--batch", batch, RunLimits.MaxRows);
        double budget = parse.GetValue(_budget) ?? 120;
        if (!(budget > 0 && double.IsFinite(budget))) throw new BadInputException(Inv($"--budget {budget}: must be a number of seconds > 0"));
        int repeats = RunCommand.Positive("--repeats", parse.GetValue(_repeats)) ?? 5;
        if (repeats > 100) throw new BadInputException(Inv($"--repeats {repeats}: at most 100"));
        if (RuntimeSpecializer.Unsupported(spec) is string why) throw new BadInputException($"no generated kernel for {experiment.Name} at {spec.Describe()}: {why}");
        KernelVariant[]? asked = null;
        if (parse.GetValue(_variants) is string list)
        {
            var parts = list.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            if (parts.Length == 0) throw new BadInputException("--variants: no variant given; separate variants with ';'");
            asked = [.. parts.Select(v => KernelVariant.TryParse(v, out string? why) ?? throw new BadInputException($"--variants: '{v}': {why}"))];
            var set = RuntimeSpecializer.Resolve(InstructionSet.Auto);
            foreach (var v in asked)
                if (RuntimeSpecializer.Unbuildable(spec, v, set, element) is string problem)
                    throw new BadInputException($"--variants: {problem}");
        }
        string? cacheDir = parse.GetValue(_kernelCache);
        if (cacheDir is not null) RunCommand.EnsureWritable(cacheDir, "--kernel-cache");

        bool save = !parse.GetValue(_noSave);
        string tuningPath = Path.GetFullPath(parse.GetValue(_tuning) ?? TuningFile.DefaultPath());
        TuningFile? file = null;
        if (save)
        {
            try
            {
                file = TuningFile.Load(tuningPath); // read first: a damaged file is refused before any work, never overwritten
            }
            catch (InvalidDataException e)
            {
                throw new BadInputException(e.Message + "; fix or remove it, or name another file with --tuning");
            }
            if (file.Cpu != MachineInfo.CpuSlug)
                throw new BadInputException($"tuning file {tuningPath} holds measurements of {file.Cpu}, and this CPU is {MachineInfo.CpuSlug}; name another file with --tuning");
        }

        SearchBase search = element == typeof(double)
            ? new Search<double>(spec, batch, repeats, cacheDir, error)
            : new Search<float>(spec, batch, repeats, cacheDir, error);
        var result = search.Run(budget, asked);
        Print(output, experiment.Name, spec, element, batch, result);
        var winner = result.Winner;
        if (save && file is not null)
        {
            file.Put(new TuningEntry(experiment.Name, TuningFile.SpecKey(spec), TuningFile.ElementName(element), result.Set.ToString(), spec.Inputs, spec.Width, batch,
                winner.Variant.ToString(), winner.Final!.Median, result.Default.Final!.Median, double.IsNaN(winner.PercentOfPeak(result)) ? null : winner.PercentOfPeak(result), DateTime.UtcNow));
            file.Save();
            output.WriteLine($"stored {winner.Variant} in {tuningPath}");
        }
        return Cli.Ok;
    }

    private static void Print(TextWriter output, string experiment, ModelSpec spec, Type element, int batch, SearchResult result)
    {
        string el = element == typeof(double) ? "double" : "float";
        output.WriteLine(Inv($"tune {experiment}: {spec.Describe()}, {el}, batch {batch}, {result.Set} on {MachineInfo.Current.CpuModel} ({MachineInfo.CpuSlug})"));
        output.WriteLine(result.PeakGflops > 0
            ? Inv($"FMA peak of one core, {el} {result.Set}: {result.PeakGflops:F1} GFLOP/s (best of the probes before and after the search)")
            : Inv($"the {result.Set} path has no vector FMA to measure a peak of: the % columns are left out"));
        output.WriteLine(Inv($"{result.Candidates.Count} variants timed in {result.SearchSeconds:F0} s{(result.Untimed > 0 ? $" (the budget left {result.Untimed} candidates untimed; --budget gives the search more time)" : "")}; {result.Failed.Count} failed the reference check"));
        output.WriteLine();
        output.WriteLine(Inv($"{"#",3}  {"variant",-44} {"steps/s",10} {"spread",17} {"GFLOP/s",8} {"% peak",7} {"× default",9}  check"));
        int rank = 0;
        double baseline = result.Default.Search!.Median;
        foreach (var c in result.Candidates.OrderByDescending(c => c.Search!.Median))
        {
            var t = c.Search!;
            output.WriteLine(Inv($"{++rank,3}  {c.Variant.ToString(),-44} {t.Median,10:F0} {t.Min,8:F0}–{t.Max,-8:F0} {t.Median * result.Flops / 1e9,8:F1} {Percent(100 * t.Median * result.Flops / 1e9 / result.PeakGflops, result),7} {t.Median / baseline,8:F3}×  {c.CheckError:E1}"));
        }
        foreach (var c in result.Failed)
            output.WriteLine(Inv($"  -  {c.Variant.ToString(),-44} FAILED the reference check: {c.CheckFailure}"));
        output.WriteLine();
        output.WriteLine(Inv($"final round ({result.FinalRounds} interleaved rounds of {result.Repeats} repetitions): median steps/s [min–max]"));
        foreach (var c in result.Final.OrderByDescending(c => c.Final!.Median))
            output.WriteLine(Inv($"     {c.Variant.ToString(),-44} {c.Final!.Median,10:F0} [{c.Final.Min:F0}–{c.Final.Max:F0}] {Percent(c.PercentOfPeak(result), result)} of peak"));
        var w = result.Winner;
        output.WriteLine();
        var fastest = result.Final.OrderByDescending(c => c.Final!.Median).First();
        output.WriteLine(w.Variant.IsDefault
            ? Inv($"winner: the default variant, {w.Final!.Median:F0} steps/s ({Percent(w.PercentOfPeak(result), result)} of peak)")
              + (fastest != w ? Inv($"; {fastest.Variant} was {fastest.Final!.Median / w.Final.Median:F3}× it, less than the {Margin:F2}× a variant must beat the default by") : "")
            : Inv($"winner: {w.Variant}, {w.Final!.Median:F0} steps/s ({Percent(w.PercentOfPeak(result), result)} of peak): {w.Final.Median / result.Default.Final!.Median:F3}× the default ({result.Default.Final.Median:F0} steps/s) in the final round"));
    }

    private static string Inv(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);

    private static string Percent(double value, SearchResult r) => r.PeakGflops > 0 ? Inv($"{value:F1}%") : "n/a";

    /// <summary>Steps per second over repetitions.</summary>
    internal sealed record Timing(double Median, double Min, double Max);

    internal sealed class Candidate(KernelVariant variant)
    {
        public KernelVariant Variant { get; } = variant;
        public double CheckError { get; set; }
        public string? CheckFailure { get; set; }
        public Timing? Search { get; set; }
        public Timing? Final { get; set; }
        public double PercentOfPeak(SearchResult r) => r.PeakGflops > 0 ? 100 * (Final ?? Search)!.Median * r.Flops / 1e9 / r.PeakGflops : double.NaN;
    }

    internal sealed record SearchResult(InstructionSet Set, double PeakGflops, double Flops, int Repeats, int FinalRounds, double SearchSeconds, int Untimed,
        IReadOnlyList<Candidate> Candidates, IReadOnlyList<Candidate> Failed, IReadOnlyList<Candidate> Final, Candidate Default, Candidate Winner);

    private abstract class SearchBase
    {
        /// <summary>Searches for <paramref name="budgetSeconds"/>, or times exactly <paramref name="asked"/> (and the default) when given.</summary>
        public abstract SearchResult Run(double budgetSeconds, IReadOnlyList<KernelVariant>? asked = null);
    }

    private sealed class Search<T> : SearchBase where T : unmanaged, IFloatingPointIeee754<T>
    {
        private readonly ModelSpec _spec;
        private readonly int _batch, _repeats;
        private readonly RuntimeSpecializer _specializer;
        private readonly TextWriter _log;
        private readonly InstructionSet _set;
        private readonly T[] _x, _y, _checkX, _checkY;
        private readonly NetworkParameters _init;
        private readonly StepControl _timingControl;
        private readonly Dictionary<KernelVariant, Candidate> _tried = [];

        public Search(ModelSpec spec, int batch, int repeats, string? cacheDir, TextWriter log)
        {
            _spec = spec;
            _batch = batch;
            _repeats = repeats;
            _log = log;
            _set = RuntimeSpecializer.Resolve(InstructionSet.Auto);
            _specializer = new RuntimeSpecializer(cacheDir, tuningPath: ""); // candidates are explicit variants: no tuning file involved
            var random = new CounterRandom(4, RandomStream.Data);
            _x = new T[batch * spec.Inputs];
            _y = new T[batch];
            Fill(random, _x, _y);
            _checkX = new T[CheckRows * spec.Inputs];
            _checkY = new T[CheckRows];
            Fill(random, _checkX, _checkY);
            _init = InitialParameters(spec);
            _timingControl = StepControl.Constant(1e-6 / spec.GradientMultiplier); // the suite's rate: parameters stay put, the work is the same
        }

        private void Fill(CounterRandom random, T[] x, T[] y)
        {
            for (int i = 0; i < x.Length; i++) x[i] = T.CreateTruncating(random.NextSign());
            for (int i = 0; i < y.Length; i++)
                y[i] = T.CreateTruncating(_spec.Loss == Loss.Logistic ? random.NextSign() : Math.Abs(double.CreateTruncating(x[i * _spec.Inputs])) + 0.1);
        }

        private static NetworkParameters InitialParameters(ModelSpec spec)
        {
            var p = new NetworkParameters(spec);
            var random = new CounterRandom(4, RandomStream.Init);
            double std = 1 / Math.Sqrt(spec.Inputs);
            for (int j = 0; j < spec.Width; j++)
            {
                for (int k = 0; k < spec.Inputs; k++) p.W[j * spec.Inputs + k] = std * random.NextGaussian();
                p.A[j] = random.NextSign() / Math.Sqrt(spec.Width);
                if (spec.Bias) p.B[j] = 0.1 * random.NextGaussian();
            }
            return p;
        }

        public override SearchResult Run(double budgetSeconds, IReadOnlyList<KernelVariant>? asked = null)
        {
            int bits = FmaPeak.BitsOf(_set);
            var precision = typeof(T) == typeof(double) ? Precision.Double : Precision.Float;
            double peak = bits > 0 ? FmaPeak.Measure(precision, bits) : 0;
            var clock = Stopwatch.StartNew();
            int untimed = 0;
            var defaultCandidate = Try(KernelVariant.Default) ?? throw new CommandFailedException("the default variant failed the reference check (an emitter bug; please report it)");
            var best = defaultCandidate;
            List<Func<KernelVariant, IEnumerable<KernelVariant>>> phases = asked is null ? [.. Phases()] : [_ => asked.Select(Canonical)];
            // The budget is shared out phase by phase in proportion to the candidates not yet timed, so the short phases at
            // the end (unroll, padding, prefetch, loss) are reached even where the tile phases alone would use it all; time a
            // phase leaves unused passes to the ones after it.
            List<KernelVariant> Untried(Func<KernelVariant, IEnumerable<KernelVariant>> phase) => phase(best.Variant).Where(v => !_tried.ContainsKey(v)).ToList();
            for (int p = 0; p < phases.Count; p++)
            {
                var candidates = Untried(phases[p]);
                int later = phases.Skip(p + 1).Sum(q => Untried(q).Count);
                double remaining = budgetSeconds - clock.Elapsed.TotalSeconds;
                double phaseEnd = clock.Elapsed.TotalSeconds + (candidates.Count + later == 0 ? 0 : remaining * candidates.Count / (candidates.Count + later));
                int timedHere = 0;
                foreach (var variant in candidates)
                {
                    // past the budget, or past this phase's share of it: the rest of the phase is left untimed
                    if (clock.Elapsed.TotalSeconds > Math.Min(phaseEnd, budgetSeconds)) break;
                    timedHere++;
                    if (Try(variant) is { } c && c.Search!.Median > best.Search!.Median) best = c;
                }
                untimed += candidates.Count - timedHere;
            }
            double searchSeconds = clock.Elapsed.TotalSeconds;
            if (bits > 0) peak = Math.Max(peak, FmaPeak.Measure(precision, bits));
            var timed = _tried.Values.Where(c => c.Search is not null).ToList();
            var final = timed.OrderByDescending(c => c.Search!.Median).Take(Finalists).Append(defaultCandidate).Distinct().ToList();
            const int rounds = 3;
            var samples = final.ToDictionary(c => c, _ => new List<double>());
            _log.WriteLine($"xorgen: final round: {final.Count} variants, {rounds} interleaved rounds");
            for (int round = 0; round < rounds; round++)
                foreach (var c in final)
                    samples[c].AddRange(Time(c.Variant).All);
            foreach (var c in final) c.Final = Summary(samples[c]);
            // a variant must beat the default by a margin to replace it: closer than that is noise on a shared machine
            var fastest = final.OrderByDescending(c => c.Final!.Median).First();
            var winner = fastest.Final!.Median >= Margin * defaultCandidate.Final!.Median ? fastest : defaultCandidate;
            return new SearchResult(_set, peak, _spec.FlopsPerStep(_batch), _repeats, rounds, searchSeconds, untimed, timed,
                _tried.Values.Where(c => c.CheckFailure is not null).ToList(), final, defaultCandidate, winner);
        }

        /// <summary>The search phases, each a function from the best variant so far to the candidates it tries.</summary>
        private IEnumerable<Func<KernelVariant, IEnumerable<KernelVariant>>> Phases()
        {
            bool fits(KernelVariant v) => v.RegisterProblems([_set], _spec.TrainsFirst).Count == 0;
            // every tile a × v (a: rows or inputs, v: vectors) that fits once made a variant, most accumulators first
            IEnumerable<KernelVariant> tiles(Func<int, int, KernelVariant> make) => (
                from a in Enumerable.Range(1, KernelVariant.MaxTile)
                from v in Enumerable.Range(1, KernelVariant.MaxTile)
                let c = make(a, v)
                where fits(c)
                orderby a * v descending, v descending
                select Canonical(c)).Distinct();
            // 1. the pre-activation register tile: every rows × vectors; where the gradient tile of the current inputs does
            //    not fit beside that many vectors, the most inputs that do
            yield return best => tiles((r, v) => WithFittingInputs(best with { RowTile = r, VectorTile = v }));
            // 2. the weight-gradient tile: every inputs × vectors, the pre-activation tile's rows lowered where they no longer
            //    fit beside that many vectors. The vector tile is shared by both micro-kernels, so phase 1 alone never tries a
            //    gradient tile wider than its winner's vectors allow (on Zen 3 the gradient pass is half of a step at d = 128,
            //    m = 512, B = 128, and 4 × 3 won phase 1 where 6 inputs × 2 vectors was never timed)
            if (_spec.TrainsFirst)
                yield return best => tiles((i, v) => WithFittingRows(best with { InputTile = i, VectorTile = v }));
            // 3. the unroll of the d loop (values that differ at this d)
            yield return best => new[] { 1, 2, 4, 8, 16, 32, 64 }.Where(u => u < _spec.Inputs || u == 64).Select(u => Canonical(best with { Unroll = Math.Min(u, _spec.Inputs) })).Distinct();
            // 4. the row padding
            yield return best => new[] { RowPadding.None, RowPadding.CacheLine, RowPadding.Auto }.Select(p => best with { Padding = p });
            // 5. the software prefetch distance of Wᵀ (measured on Zen 5: 1.04–1.11× at d = 256, m = 8192, where Wᵀ lives in
            //    L3; within noise at the suite's sizes, whose Wᵀ fits L2)
            if (_set != InstructionSet.Scalar)
                yield return best => new[] { 4, 16, 0 }.Select(p => best with { Prefetch = p });
            // 6. the loss in float vectors (float kernels): the per-row loss pass in double was 3% of the online step at d = 32,
            //    m = 128, B = 32 on Zen 5, and float evaluates it in half the time (XorGen.Bench loss)
            if (typeof(T) == typeof(float) && _set != InstructionSet.Scalar)
                yield return best => new[] { true, false }.Select(f => best with { FloatLoss = f });
        }

        /// <summary>The variant with its input tile lowered until the weight-gradient tile fits beside its vectors.</summary>
        private KernelVariant WithFittingInputs(KernelVariant v) =>
            !_spec.TrainsFirst || v.InputsPerTile <= MostBeside(v) || MostBeside(v) < 1 ? v : v with { InputTile = MostBeside(v) };

        /// <summary>The variant with its pre-activation rows lowered until that tile fits beside its vectors (a default row count adapts by itself).</summary>
        private KernelVariant WithFittingRows(KernelVariant v) =>
            v.RowTile == 0 || v.RowTile <= MostBeside(v) || MostBeside(v) < 1 ? v : v with { RowTile = MostBeside(v) };

        /// <summary>The most rows or inputs a tile of this variant's vectors holds in this path's registers (at most <see cref="KernelVariant.MaxTile"/>).</summary>
        private int MostBeside(KernelVariant v) => Math.Min(KernelVariant.MaxTile, KernelVariant.MostPerTile(_set, v.VectorsPerTile(_set)));

        /// <summary>A knob at its default value written as 0, so one kernel has one name (and one cache entry).</summary>
        private KernelVariant Canonical(KernelVariant v) => v with
        {
            RowTile = v.RowTile != 0 && v.RowTile == (v with { RowTile = 0 }).RowsPerTile(_set) ? 0 : v.RowTile,
            VectorTile = v.VectorTile == KernelVariant.Default.VectorsPerTile(_set) ? 0 : v.VectorTile,
            InputTile = v.InputTile == KernelVariant.DefaultInputTile ? 0 : v.InputTile,
            Unroll = v.Unroll != 0 && v.UnrollFor(_spec.Inputs) == KernelVariant.Default.UnrollFor(_spec.Inputs) ? 0 : v.Unroll,
        };

        /// <summary>Compiles, checks and times one variant (once: a variant already tried returns its result); null when it failed the check.</summary>
        private Candidate? Try(KernelVariant variant)
        {
            if (_tried.TryGetValue(variant, out var seen)) return seen.CheckFailure is null ? seen : null;
            var c = new Candidate(variant);
            _tried[variant] = c;
            var clock = Stopwatch.StartNew();
            try
            {
                c.CheckError = Check(variant);
            }
            catch (Exception e) when (e is KernelNotAvailableException or CheckFailedException)
            {
                c.CheckFailure = Cli.OneLine(e.Message);
                _log.WriteLine($"xorgen: [{_tried.Count}] {variant}: {c.CheckFailure}");
                return null;
            }
            c.Search = Time(variant).Summary;
            _log.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"xorgen: [{_tried.Count}] {variant}: {c.Search.Median:F0} steps/s [{c.Search.Min:F0}–{c.Search.Max:F0}] (check {c.CheckError:E1}, {clock.Elapsed.TotalSeconds:F1} s)"));
            return c;
        }

        private ITrainingKernel<T> Create(KernelVariant variant) => _specializer.Create<T>(_spec, new KernelOptions(InstructionSet: _set, Variant: variant), out _);

        /// <summary>
        /// Loss and gradient against the reference on 21 rows, then the parameters after two steps at a rate that moves
        /// the first layer by about a tenth of its size: returns the larger relative error; throws when it is beyond the
        /// element type's tolerance.
        /// </summary>
        private double Check(KernelVariant variant)
        {
            using var kernel = Create(variant);
            using var reference = new ReferenceKernel<T>(_spec);
            kernel.LoadParameters(_init);
            reference.LoadParameters(_init);
            var g = new NetworkParameters(_spec);
            var gr = new NetworkParameters(_spec);
            double loss = kernel.LossAndGradient(_checkX, _checkY, CheckRows, g);
            double lossRef = reference.LossAndGradient(_checkX, _checkY, CheckRows, gr);
            double error = Math.Abs(loss - lossRef) / (Math.Abs(lossRef) + 1e-30);
            error = Math.Max(error, Relative(g.W, gr.W));
            error = Math.Max(error, Relative(g.A, gr.A));
            error = Math.Max(error, Relative(g.B, gr.B));
            double gradScale = Math.Max(MaxAbs(gr.W), Math.Max(MaxAbs(gr.A), MaxAbs(gr.B)));
            double paramScale = Math.Max(MaxAbs(_init.W), MaxAbs(_init.A));
            double rate = gradScale > 0 ? 0.1 * paramScale / gradScale / _spec.GradientMultiplier : 0;
            var control = StepControl.Constant(rate);
            for (int step = 0; step < 2; step++)
            {
                kernel.Step(_checkX, _checkY, CheckRows, control);
                reference.Step(_checkX, _checkY, CheckRows, control);
            }
            var p = new NetworkParameters(_spec);
            var pr = new NetworkParameters(_spec);
            kernel.StoreParameters(p);
            reference.StoreParameters(pr);
            // relative to how far the reference moved the parameters: a wrong update cannot hide behind their size
            double moved = Math.Max(MaxDiff(pr.W, _init.W), Math.Max(MaxDiff(pr.A, _init.A), MaxDiff(pr.B, _init.B)));
            double paramError = Math.Max(MaxDiff(p.W, pr.W), Math.Max(MaxDiff(p.A, pr.A), MaxDiff(p.B, pr.B))) / (moved + 1e-30);
            error = Math.Max(error, moved > 0 ? paramError : 0);
            double tolerance = typeof(T) == typeof(float) ? 2e-3 : 1e-8;
            if (!(error <= tolerance))
                throw new CheckFailedException(string.Create(CultureInfo.InvariantCulture, $"differs from the reference by {error:E2} (tolerance {tolerance:E0})"));
            return error;
        }

        private static double Relative(double[] a, double[] b) => a.Length == 0 ? 0 : MaxDiff(a, b) / (MaxAbs(b) + 1e-30);
        private static double MaxAbs(double[] a) => a.Length == 0 ? 0 : a.Max(Math.Abs);
        private static double MaxDiff(double[] a, double[] b)
        {
            double m = 0;
            for (int i = 0; i < a.Length; i++) m = Math.Max(m, Math.Abs(a[i] - b[i]));
            return m;
        }

        /// <summary>Warm-up, then <see cref="_repeats"/> repetitions of about 0.1 s each of steps on the fixed batch.</summary>
        private (Timing Summary, List<double> All) Time(KernelVariant variant)
        {
            using var kernel = Create(variant);
            kernel.LoadParameters(_init);
            var warm = Stopwatch.StartNew();
            long steps = 0;
            while (warm.Elapsed.TotalSeconds < 0.05 || steps < 3) { kernel.Step(_x, _y, _batch, _timingControl); steps++; }
            long perRepeat = Math.Max(1, (long)(steps / warm.Elapsed.TotalSeconds * 0.1));
            var rates = new List<double>(_repeats);
            for (int r = 0; r < _repeats; r++)
            {
                var clock = Stopwatch.StartNew();
                for (long s = 0; s < perRepeat; s++) kernel.Step(_x, _y, _batch, _timingControl);
                rates.Add(perRepeat / clock.Elapsed.TotalSeconds);
            }
            return (Summary(rates), rates);
        }

        private static Timing Summary(List<double> rates)
        {
            var sorted = rates.Order().ToArray();
            double median = sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[sorted.Length / 2 - 1] + sorted[sorted.Length / 2]) / 2;
            return new Timing(median, sorted[0], sorted[^1]);
        }
    }

    private sealed class CheckFailedException(string message) : Exception(message);
}
