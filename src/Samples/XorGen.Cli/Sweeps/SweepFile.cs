using System.Globalization;
using System.Text;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace XorGen.Cli.Sweeps;

/// <summary>A bad sweep file: the message names the file, the line and the bad key or value.</summary>
internal sealed class SweepFileException(string message) : BadInputException(message);

/// <summary>One axis of a sweep's grid, or a value derived from the others.</summary>
internal abstract record SweepAxis(string Name)
{
    /// <summary><c>{values: [a, b, ...]}</c> (or <c>{value: a}</c>): the listed values.</summary>
    public sealed record Values(string Name, IReadOnlyList<object> Items) : SweepAxis(Name);

    /// <summary><c>{min, max, count, scale: linear|log}</c>: <c>count</c> evenly (or geometrically) spaced values, both ends included.</summary>
    public sealed record Range(string Name, double Min, double Max, int Count, bool Log) : SweepAxis(Name)
    {
        public IReadOnlyList<object> Items => [.. Enumerable.Range(0, Count).Select(i => (object)At(i))];

        private double At(int i)
        {
            if (Count == 1) return Min;
            if (i == Count - 1) return Max;
            double t = (double)i / (Count - 1);
            return Log ? Min * Math.Pow(Max / Min, t) : Min + (Max - Min) * t;
        }
    }

    /// <summary><c>{expr: "10*d"}</c>: computed per run from the other parameters, the options and the experiment's defaults.</summary>
    public sealed record Derived(string Name, Expression Expr) : SweepAxis(Name);
}

/// <summary>
/// A sweep: an experiment (or a list of them as the parameter <c>experiment</c>), fixed <c>xorgen run</c> options, the
/// grid of parameters, the seeds and the stop conditions. Read from YAML with <see cref="Load"/> or built in code (helper
/// E's paper reproductions build them so); <see cref="ToYaml"/> writes the resolved form a sweep directory keeps.
/// </summary>
internal sealed record SweepFile
{
    /// <summary>The experiment of every run; null when <c>experiment</c> is a parameter.</summary>
    public string? Experiment { get; init; }
    /// <summary><c>xorgen run</c> options (name without dashes → value) fixed for every run, in file order.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Options { get; init; } = [];
    /// <summary>The grid (the product of every list) and the derived values, in file order.</summary>
    public IReadOnlyList<SweepAxis> Parameters { get; init; } = [];
    /// <summary>The seeds; each grid point runs once per seed.</summary>
    public IReadOnlyList<ulong> Seeds { get; init; } = [1];
    /// <summary>Stop each run when this holds over the metrics at a logged step.</summary>
    public string? Until { get; init; }
    /// <summary>Stop each run once it has seen this many samples.</summary>
    public long? MaxSamples { get; init; }

    private static readonly string[] TopKeys = ["experiment", "options", "parameters", "seeds", "until", "max-samples"];

    /// <summary>Reads a sweep file; throws <see cref="SweepFileException"/> (one line naming file, line and problem).</summary>
    public static SweepFile Load(string path)
    {
        string text;
        try { text = File.ReadAllText(path); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new SweepFileException($"cannot read sweep file '{path}': {Cli.OneLine(e.Message)}");
        }
        return Parse(text, path);
    }

    /// <summary>Parses sweep-file text; <paramref name="source"/> names it in messages.</summary>
    public static SweepFile Parse(string text, string source)
    {
        var stream = new YamlStream();
        try { stream.Load(new StringReader(text)); }
        catch (YamlException e)
        {
            throw new SweepFileException($"{source}:{e.Start.Line}: not valid YAML: {Cli.OneLine(e.InnerException?.Message ?? e.Message)}");
        }
        if (stream.Documents.Count != 1 || stream.Documents[0].RootNode is not YamlMappingNode root)
            throw new SweepFileException($"{source}: a sweep file is one YAML mapping (experiment:, options:, parameters:, seeds:, until:)");

        string? experiment = null, until = null;
        long? maxSamples = null;
        var options = new List<KeyValuePair<string, string>>();
        var axes = new List<SweepAxis>();
        IReadOnlyList<ulong> seeds = [1];
        var seen = new HashSet<string>();
        foreach (var (keyNode, value) in root.Children)
        {
            string key = Key(keyNode, source);
            if (!seen.Add(key)) throw Error(source, keyNode, $"'{key}' appears twice");
            switch (key)
            {
                case "experiment": experiment = Scalar(value, source, "experiment"); break;
                case "until": until = Scalar(value, source, "until"); break;
                case "max-samples" or "max_samples":
                    maxSamples = Number(value, source, key) is long ms && ms >= 1 ? ms : throw Error(source, value, "max-samples must be a whole number ≥ 1");
                    break;
                case "options":
                    if (value is not YamlMappingNode opts) throw Error(source, value, "options: expected a mapping of 'xorgen run' options to values");
                    foreach (var (k, v) in opts.Children)
                    {
                        string name = Key(k, source);
                        if (options.Any(o => o.Key == name)) throw Error(source, k, $"option '{name}' appears twice");
                        options.Add(new(name, ScalarText(v, source, $"options.{name}")));
                    }
                    break;
                case "parameters":
                    if (value is not YamlMappingNode pars) throw Error(source, value, "parameters: expected a mapping of parameter names to {values: [...]}, {min, max, count, scale} or {expr: ...}");
                    foreach (var (k, v) in pars.Children)
                    {
                        string name = Key(k, source);
                        if (axes.Any(a => a.Name == name)) throw Error(source, k, $"parameter '{name}' appears twice");
                        axes.Add(Axis(name, v, source));
                    }
                    break;
                case "seeds": seeds = ParseSeeds(value, source); break;
                default:
                    throw Error(source, keyNode, $"unknown key '{key}' (a sweep file has {string.Join(", ", TopKeys)})");
            }
        }
        var file = new SweepFile { Experiment = experiment, Options = options, Parameters = axes, Seeds = seeds, Until = until, MaxSamples = maxSamples };
        file.Check(source);
        return file;
    }

    /// <summary>Structural checks that need no experiment: names, overlaps, the expressions' references.</summary>
    public void Check(string source)
    {
        bool sweptExperiment = Parameters.Any(a => a.Name == "experiment");
        if (Experiment is null && !sweptExperiment) throw new SweepFileException($"{source}: no experiment: give 'experiment: NAME' (see 'xorgen list') or sweep it as a parameter");
        if (Experiment is not null && sweptExperiment) throw new SweepFileException($"{source}: 'experiment' is both fixed and a parameter");
        if (Parameters.FirstOrDefault(a => a is SweepAxis.Derived && a.Name == "experiment") is not null)
            throw new SweepFileException($"{source}: parameter 'experiment' must be a list of names, not an expression");
        foreach (var (name, _) in Options)
        {
            if (RunCommand.SweepOwnedOptions.Contains(Canonical(name)))
                throw new SweepFileException($"{source}: option '{name}' is set by the sweep itself ({OwnedHint(name)})");
            if (Parameters.Any(a => Canonical(a.Name) == Canonical(name)))
                throw new SweepFileException($"{source}: '{name}' is both a fixed option and a parameter");
        }
        foreach (var axis in Parameters)
        {
            if (axis.Name != "experiment" && RunCommand.SweepOwnedOptions.Contains(Canonical(axis.Name)))
                throw new SweepFileException($"{source}: parameter '{axis.Name}' is set by the sweep itself ({OwnedHint(axis.Name)})");
            if (axis is SweepAxis.Values { Items.Count: 0 }) throw new SweepFileException($"{source}: parameter '{axis.Name}' has an empty list: the grid would have no runs");
        }
        if (Seeds.Count == 0) throw new SweepFileException($"{source}: no seeds: the grid would have no runs");
        if (Seeds.Distinct().Count() != Seeds.Count) throw new SweepFileException($"{source}: a seed is listed twice");
        if (Until is not null)
        {
            try { Expression.Parse(Until); }
            catch (ExpressionException e) { throw new SweepFileException($"{source}: until: {e.Message}"); }
        }
        DerivedOrder(source);
    }

    /// <summary>The derived parameters in an order where each comes after those it reads; throws on a cycle.</summary>
    public IReadOnlyList<SweepAxis.Derived> DerivedOrder(string source)
    {
        var derived = Parameters.OfType<SweepAxis.Derived>().ToList();
        var order = new List<SweepAxis.Derived>();
        var placed = new HashSet<string>();
        while (order.Count < derived.Count)
        {
            var ready = derived.FirstOrDefault(d => !placed.Contains(d.Name)
                && d.Expr.Variables.All(v => !derived.Any(o => Canonical(o.Name) == Canonical(v) && !placed.Contains(o.Name))));
            if (ready is null)
                throw new SweepFileException($"{source}: the derived parameters {string.Join(", ", derived.Where(d => !placed.Contains(d.Name)).Select(d => d.Name))} depend on each other in a cycle");
            order.Add(ready);
            placed.Add(ready.Name);
        }
        return order;
    }

    /// <summary>The number of runs: the product of the lists' lengths times the seeds.</summary>
    public long RunCount => Parameters.Aggregate(1L, (n, a) => n * a switch
    {
        SweepAxis.Values v => v.Items.Count,
        SweepAxis.Range r => r.Count,
        _ => 1,
    }) * Seeds.Count;

    /// <summary>The resolved sweep file as YAML (what a sweep directory keeps as <c>sweep.yaml</c>; <see cref="Parse"/> reads it back to the same sweep).</summary>
    public string ToYaml()
    {
        var sb = new StringBuilder();
        sb.Append("# resolved by xorgen ").Append(Cli.Version).Append("; rerun with: xorgen sweep sweep.yaml --out <this directory>\n");
        if (Experiment is not null) sb.Append("experiment: ").Append(Yaml(Experiment)).Append('\n');
        if (Options.Count > 0)
        {
            sb.Append("options:\n");
            foreach (var (k, v) in Options) sb.Append("  ").Append(k).Append(": ").Append(YamlPlain(v)).Append('\n');
        }
        if (Parameters.Count > 0)
        {
            sb.Append("parameters:\n");
            foreach (var axis in Parameters)
            {
                sb.Append("  ").Append(axis.Name).Append(": ");
                sb.Append(axis switch
                {
                    SweepAxis.Values v => "{values: [" + string.Join(", ", v.Items.Select(YamlValue)) + "]}",
                    SweepAxis.Range r => Inv($"{{min: {r.Min:R}, max: {r.Max:R}, count: {r.Count}, scale: {(r.Log ? "log" : "linear")}}}"),
                    SweepAxis.Derived d => "{expr: " + Yaml(d.Expr.Text) + "}",
                    _ => throw new InvalidOperationException(),
                }).Append('\n');
            }
        }
        sb.Append("seeds: [").AppendJoin(", ", Seeds.Select(s => s.ToString(CultureInfo.InvariantCulture))).Append("]\n");
        if (Until is not null) sb.Append("until: ").Append(Yaml(Until)).Append('\n');
        if (MaxSamples is long ms) sb.Append("max-samples: ").Append(ms.ToString(CultureInfo.InvariantCulture)).Append('\n');
        return sb.ToString();
    }

    public static string Canonical(string name) => Expression.Canonical(name);

    private static string OwnedHint(string name) => Canonical(name) switch
    {
        "seed" => "use seeds:",
        "until" => "use until: at the top level",
        "max_samples" => "use max-samples: at the top level",
        _ => "each run writes into the sweep directory",
    };

    private static SweepAxis Axis(string name, YamlNode node, string source)
    {
        if (node is not YamlMappingNode map)
            throw Error(source, node, $"parameter '{name}': expected {{values: [...]}}, {{min, max, count, scale}} or {{expr: ...}}");
        var keys = map.Children.Keys.Select(k => Key(k, source)).ToList();
        string? Get(string key) => map.Children.FirstOrDefault(kv => Key(kv.Key, source) == key) is { Key: not null } kv ? ScalarText(kv.Value, source, $"{name}.{key}") : null;
        YamlNode? Node(string key) => map.Children.FirstOrDefault(kv => Key(kv.Key, source) == key).Value;
        if (keys.Contains("values"))
        {
            Only(keys, ["values"], name, node, source);
            if (Node("values") is not YamlSequenceNode seq) throw Error(source, node, $"parameter '{name}': values: expected a list such as [8, 16]");
            return new SweepAxis.Values(name, [.. seq.Children.Select(c => Value(c, source, name))]);
        }
        if (keys.Contains("value"))
        {
            Only(keys, ["value"], name, node, source);
            return new SweepAxis.Values(name, [Value(Node("value")!, source, name)]);
        }
        if (keys.Contains("expr"))
        {
            Only(keys, ["expr"], name, node, source);
            try { return new SweepAxis.Derived(name, Expression.Parse(Get("expr")!)); }
            catch (ExpressionException e) { throw Error(source, node, $"parameter '{name}': {e.Message}"); }
        }
        if (keys.Contains("min") || keys.Contains("max"))
        {
            Only(keys, ["min", "max", "count", "scale"], name, node, source);
            double min = Double(Get("min"), name, "min", node, source), max = Double(Get("max"), name, "max", node, source);
            string countText = Get("count") ?? throw Error(source, node, $"parameter '{name}': a range needs count");
            if (!int.TryParse(countText, NumberStyles.None, CultureInfo.InvariantCulture, out int count) || count < 1)
                throw Error(source, node, $"parameter '{name}': count '{countText}' must be a whole number ≥ 1");
            string scale = Get("scale") ?? "linear";
            if (scale is not ("linear" or "log")) throw Error(source, node, $"parameter '{name}': scale '{scale}' must be linear or log");
            if (max < min) throw Error(source, node, Inv($"parameter '{name}': max {max} is below min {min}"));
            if (scale == "log" && !(min > 0)) throw Error(source, node, Inv($"parameter '{name}': a log scale needs min > 0, not {min}"));
            return new SweepAxis.Range(name, min, max, count, scale == "log");
        }
        throw Error(source, node, $"parameter '{name}': expected values:, value:, min:/max:/count: or expr: (found {string.Join(", ", keys)})");
    }

    private static void Only(List<string> keys, string[] allowed, string name, YamlNode node, string source)
    {
        foreach (var k in keys)
            if (!allowed.Contains(k)) throw Error(source, node, $"parameter '{name}': unknown key '{k}' beside {string.Join("/", allowed)}");
    }

    private static double Double(string? text, string name, string key, YamlNode node, string source)
    {
        if (text is null) throw Error(source, node, $"parameter '{name}': a range needs {key}");
        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double v) || !double.IsFinite(v))
            throw Error(source, node, $"parameter '{name}': {key} '{text}' is not a number");
        return v;
    }

    private static IReadOnlyList<ulong> ParseSeeds(YamlNode node, string source)
    {
        if (node is YamlScalarNode s)
        {
            if (!int.TryParse(s.Value, NumberStyles.None, CultureInfo.InvariantCulture, out int n) || n < 1)
                throw Error(source, node, $"seeds: '{s.Value}' must be a count ≥ 1 (seeds 1..N) or a list such as [1, 5, 9]");
            return [.. Enumerable.Range(1, n).Select(i => (ulong)i)];
        }
        if (node is YamlSequenceNode seq)
            return [.. seq.Children.Select(c => c is YamlScalarNode { Value: { } v } && ulong.TryParse(v, NumberStyles.None, CultureInfo.InvariantCulture, out ulong u)
                ? u : throw Error(source, c, "seeds: every seed must be a whole number ≥ 0"))];
        throw Error(source, node, "seeds: expected a count or a list of seeds");
    }

    /// <summary>A list item: a whole number (long), a number (double), true/false, or text (quoted scalars are always text).</summary>
    private static object Value(YamlNode node, string source, string name)
    {
        if (node is not YamlScalarNode s || s.Value is null) throw Error(source, node, $"parameter '{name}': every value must be a single number or word");
        return Typed(s.Value, s.Style is ScalarStyle.SingleQuoted or ScalarStyle.DoubleQuoted);
    }

    public static object Typed(string text, bool quoted = false)
    {
        if (quoted) return text;
        if (long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out long l)) return l;
        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double d)) return d;
        if (text is "true" or "false") return text == "true";
        return text;
    }

    private static long? Number(YamlNode node, string source, string key) =>
        node is YamlScalarNode { Value: { } v } && long.TryParse(v, NumberStyles.None, CultureInfo.InvariantCulture, out long l) ? l : throw Error(source, node, $"{key}: expected a whole number");

    private static string Key(YamlNode node, string source) =>
        node is YamlScalarNode { Value: { Length: > 0 } k } ? k : throw Error(source, node, "expected a name as the key");

    private static string Scalar(YamlNode node, string source, string key) =>
        node is YamlScalarNode { Value: { Length: > 0 } v } ? v : throw Error(source, node, $"{key}: expected a single value");

    private static string ScalarText(YamlNode node, string source, string key) =>
        node is YamlScalarNode { Value: { } v } ? v : throw Error(source, node, $"{key}: expected a single value, not a list or mapping");

    private static SweepFileException Error(string source, YamlNode node, string message) => new($"{source}:{node.Start.Line}: {message}");

    private static string YamlValue(object v) => v switch
    {
        string s => Yaml(s),
        _ => SweepParameter.Format(v, "R"),
    };

    private static string YamlPlain(string v) => Typed(v) is string ? Yaml(v) : v;

    /// <summary>A double-quoted YAML scalar (valid for any text).</summary>
    private static string Yaml(string s) => "\"" + s.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";

    private static string Inv(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
