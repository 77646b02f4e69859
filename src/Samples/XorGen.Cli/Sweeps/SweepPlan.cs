using System.Globalization;

namespace XorGen.Cli.Sweeps;

/// <summary>
/// Expands a <see cref="SweepFile"/> into its runs: the product of the lists in file order (the first varies slowest),
/// each grid point once per seed (innermost), the derived parameters computed per run, and every run's configuration
/// resolved exactly as <c>xorgen run</c> would resolve its options.
/// </summary>
internal static class SweepPlan
{
    /// <summary>The runs of <paramref name="file"/>. Notes (such as a generic-kernel fallback) go once each to <paramref name="notes"/>.</summary>
    public static IReadOnlyList<SweepRun> Expand(SweepFile file, string source, TextWriter? notes = null)
    {
        file.Check(source);
        var grid = file.Parameters.Where(a => a is not SweepAxis.Derived).ToList();
        var derived = file.DerivedOrder(source);
        var lists = grid.Select(a => a switch
        {
            SweepAxis.Values v => v.Items,
            SweepAxis.Range r => r.Items,
            _ => throw new InvalidOperationException(),
        }).ToList();

        var runs = new List<SweepRun>();
        var seenNotes = new HashSet<string>(StringComparer.Ordinal);
        var index = new int[grid.Count];
        while (true)
        {
            var point = new Dictionary<string, object>(StringComparer.Ordinal);
            for (int i = 0; i < grid.Count; i++) point[SweepFile.Canonical(grid[i].Name)] = lists[i][index[i]];
            foreach (var seed in file.Seeds) runs.Add(Resolve(file, source, point, derived, seed, notes, seenNotes));

            int k = grid.Count - 1;
            while (k >= 0 && ++index[k] == lists[k].Count) index[k--] = 0;
            if (k < 0) break;
        }
        var duplicate = runs.GroupBy(r => r.Id, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null) throw new SweepFileException($"{source}: two grid points give the same run ({duplicate.Key}): a list repeats a value");
        return runs;
    }

    private static SweepRun Resolve(SweepFile file, string source, Dictionary<string, object> gridPoint, IReadOnlyList<SweepAxis.Derived> derived,
        ulong seed, TextWriter? notes, HashSet<string> seenNotes)
    {
        var values = new Dictionary<string, object>(gridPoint, StringComparer.Ordinal);
        string experimentName = file.Experiment ?? Convert.ToString(values["experiment"], CultureInfo.InvariantCulture)!;
        var experiment = Experiments.Find(experimentName)
            ?? throw new SweepFileException($"{source}: unknown experiment '{experimentName}'; the built-in experiments are: {string.Join(", ", Experiments.All.Select(e => e.Name))}");

        foreach (var d in derived)
        {
            double v;
            try
            {
                v = d.Expr.Evaluate(name => Lookup(SweepFile.Canonical(name), values, file, experiment, seed));
            }
            catch (ExpressionException e)
            {
                throw new SweepFileException($"{source}: parameter '{d.Name}': {e.Message} (an expression reads the other parameters, the options, seed, and the experiment's d, width, batch, n, test_n, steps, lr, log_every)");
            }
            if (!double.IsFinite(v)) throw new SweepFileException(Inv($"{source}: parameter '{d.Name}': '{d.Expr.Text}' is {v} at {Describe(values)}"));
            values[SweepFile.Canonical(d.Name)] = Math.Abs(v) < 9e15 && v == Math.Round(v) ? (object)(long)v : v;
        }

        var parameters = file.Parameters.Select(a => new SweepParameter(SweepFile.Canonical(a.Name), values[SweepFile.Canonical(a.Name)])).ToList();
        var options = new List<KeyValuePair<string, string>>(file.Options);
        foreach (var p in parameters)
            if (p.Name != "experiment") options.Add(new(p.Name.Replace('_', '-'), p.Text));
        options.Add(new("seed", seed.ToString(CultureInfo.InvariantCulture)));
        if (file.Until is not null) options.Add(new("until", file.Until));
        if (file.MaxSamples is long ms) options.Add(new("max-samples", ms.ToString(CultureInfo.InvariantCulture)));

        var noteWriter = new StringWriter();
        RunConfig config;
        try
        {
            config = RunCommand.Resolve(experiment.Name, options, noteWriter);
        }
        catch (Exception e) when (e is BadInputException or ArgumentException or DataFormatException or FileNotFoundException)
        {
            throw new SweepFileException($"{source}: the run {Describe(values)}, seed {seed}: {Cli.OneLine(e.Message)}");
        }
        if (notes is not null)
            foreach (var line in noteWriter.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                if (seenNotes.Add(line)) notes.WriteLine(line);
        return SweepRun.Create(parameters, config);
    }

    private static double? Lookup(string name, Dictionary<string, object> values, SweepFile file, Experiment experiment, ulong seed)
    {
        if (values.TryGetValue(name, out var v)) return v is string ? null : Convert.ToDouble(v, CultureInfo.InvariantCulture);
        foreach (var (k, text) in file.Options)
            if (SweepFile.Canonical(k) == name)
                return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double x) ? x : null;
        if (name == "seed") return seed;
        var s = experiment.Defaults;
        return name switch
        {
            "d" => s.Inputs,
            "width" => s.Width,
            "batch" => s.Batch,
            "n" => s.TrainCount,
            "test_n" => s.TestCount,
            "steps" => s.Steps,
            "lr" => s.Rate,
            "log_every" => s.LogEvery,
            _ => null,
        };
    }

    private static string Describe(Dictionary<string, object> values) =>
        values.Count == 0 ? "(no parameters)" : string.Join(",", values.Select(kv => kv.Key + "=" + SweepParameter.Format(kv.Value, "G6")));

    private static string Inv(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
