using System.Globalization;
using System.Text;

namespace XorGen;

/// <summary>One swept parameter of a run and its value (a <see cref="long"/>, <see cref="double"/>, <see cref="string"/> or <see cref="bool"/>).</summary>
public sealed record SweepParameter(string Name, object Value)
{
    /// <summary>The value as a sweep file and a run id spell it (invariant culture, round-trip for doubles).</summary>
    public string Text => Format(Value, "R");

    /// <summary>A value in the invariant culture with the given double format.</summary>
    public static string Format(object value, string doubleFormat) => value switch
    {
        double d => d.ToString(doubleFormat, CultureInfo.InvariantCulture),
        float f => ((double)f).ToString(doubleFormat, CultureInfo.InvariantCulture),
        long l => l.ToString(CultureInfo.InvariantCulture),
        int i => i.ToString(CultureInfo.InvariantCulture),
        bool b => b ? "true" : "false",
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? "",
    };
}

/// <summary>
/// One run of a sweep: its stable id, the swept parameters and seed that name it, and the fully resolved configuration.
/// </summary>
/// <param name="Id">Readable prefix of the swept values and seed, then a hash of the whole resolved configuration (<see cref="RunId"/>).</param>
/// <param name="Parameters">The swept parameters in the sweep file's order (the grid's axes and derived values).</param>
/// <param name="Seed">The run's seed.</param>
/// <param name="Config">Every parameter of the run.</param>
public sealed record SweepRun(string Id, IReadOnlyList<SweepParameter> Parameters, ulong Seed, RunConfig Config)
{
    /// <summary>A run with its id computed from the parameters and configuration.</summary>
    public static SweepRun Create(IReadOnlyList<SweepParameter> parameters, RunConfig config) =>
        new(RunId.For(parameters, config), parameters, config.Seed, config);
}

/// <summary>
/// Run ids: <c>d=16,lr=0.1,seed=3-1a2b3c4d5e6f</c>. The prefix is for people (swept values, 6 significant digits, and
/// the seed); the 12 hex digits are SHA-256 of the run's configuration line as the run record writes it, without the
/// machine, the timestamp and the kernel actually used. So the same configuration always gets the same id on any machine,
/// and a configuration that changed in any way (an option, an experiment default) gets a new one.
/// </summary>
public static class RunId
{
    /// <summary>The id of a run.</summary>
    public static string For(IReadOnlyList<SweepParameter> parameters, RunConfig config)
    {
        var prefix = new StringBuilder();
        foreach (var p in parameters)
        {
            if (prefix.Length > 0) prefix.Append(',');
            prefix.Append(p.Name).Append('=').Append(SweepParameter.Format(p.Value, "G6"));
        }
        if (prefix.Length > 0) prefix.Append(',');
        prefix.Append("seed=").Append(config.Seed.ToString(CultureInfo.InvariantCulture));
        string readable = Sanitize(prefix.ToString());
        if (readable.Length > 96) readable = readable[..96];
        return readable + "-" + Hash(config);
    }

    /// <summary>12 hex digits of <see cref="RunRecordJson.ConfigurationHash"/>: SHA-256 of the configuration line without what a run only learns as it starts.</summary>
    public static string Hash(RunConfig config) => RunRecordJson.ConfigurationHash(config)[..12];

    // File-name safe on every OS: letters, digits and . , = _ + - ; anything else becomes _.
    private static string Sanitize(string s)
    {
        var sb = new StringBuilder(s.Length);
        foreach (char c in s) sb.Append(char.IsAsciiLetterOrDigit(c) || c is '.' or ',' or '=' or '_' or '+' or '-' ? c : '_');
        return sb.ToString();
    }
}

/// <summary>A slice of a sweep: shard <see cref="Index"/> of <see cref="Count"/> (0-based).</summary>
public readonly record struct ShardSpec(int Index, int Count)
{
    /// <summary>The whole sweep.</summary>
    public static ShardSpec All => new(0, 1);

    /// <summary>
    /// The runs of this shard: the runs sorted by id (ordinal), every <see cref="Count"/>-th from <see cref="Index"/>.
    /// Every machine computes the same split from the same sweep, the shards are disjoint, their union is the sweep,
    /// and their sizes differ by at most one.
    /// </summary>
    public IReadOnlyList<SweepRun> Select(IReadOnlyList<SweepRun> runs)
    {
        if (Count < 1 || Index < 0 || Index >= Count) throw new ArgumentException($"shard {Index}/{Count}: needs 0 ≤ index < count");
        var sorted = runs.OrderBy(r => r.Id, StringComparer.Ordinal).ToList();
        var mine = new List<SweepRun>();
        for (int i = Index; i < sorted.Count; i += Count) mine.Add(sorted[i]);
        return mine;
    }

    /// <summary>Parses <c>i/N</c>.</summary>
    public static ShardSpec Parse(string text)
    {
        var parts = text.Split('/');
        if (parts.Length != 2 || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out int i)
            || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out int n) || n < 1 || i >= n)
            throw new ArgumentException($"--shard '{text}': expected i/N with 0 ≤ i < N, e.g. 0/4");
        return new ShardSpec(i, n);
    }

    /// <summary>
    /// The shard a cluster's job-array environment assigns, or null outside one. Slurm arrays: index
    /// (<c>SLURM_ARRAY_TASK_ID</c> − <c>SLURM_ARRAY_TASK_MIN</c>) / <c>SLURM_ARRAY_TASK_STEP</c> (step 1 when unset), count
    /// <c>SLURM_ARRAY_TASK_COUNT</c>; Kubernetes Indexed Jobs: <c>JOB_COMPLETION_INDEX</c> with the count from
    /// <paramref name="shards"/> (<c>--shards N</c>, required there); AWS Batch arrays: <c>AWS_BATCH_JOB_ARRAY_INDEX</c>
    /// and <c>AWS_BATCH_JOB_ARRAY_SIZE</c>. Throws <see cref="ArgumentException"/> for an inconsistent environment.
    /// </summary>
    public static ShardSpec? FromEnvironment(Func<string, string?> env, int? shards)
    {
        static int Int(Func<string, string?> env, string name, int? fallback = null)
        {
            string? v = env(name);
            if (string.IsNullOrEmpty(v))
                return fallback ?? throw new ArgumentException($"{name} is not set, but the job-array environment needs it");
            if (!int.TryParse(v, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out int x))
                throw new ArgumentException($"{name}='{v}' is not a whole number");
            return x;
        }
        ShardSpec Checked(ShardSpec s, string source)
        {
            if (s.Count < 1 || s.Index < 0 || s.Index >= s.Count)
                throw new ArgumentException($"{source} gives shard {s.Index} of {s.Count}, which is not a valid slice");
            if (shards is int n && n != s.Count)
                throw new ArgumentException($"--shards {n} disagrees with {source}, which says {s.Count} tasks");
            return s;
        }

        if (!string.IsNullOrEmpty(env("SLURM_ARRAY_TASK_ID")))
        {
            int id = Int(env, "SLURM_ARRAY_TASK_ID"), min = Int(env, "SLURM_ARRAY_TASK_MIN", 0), step = Int(env, "SLURM_ARRAY_TASK_STEP", 1);
            if (step < 1) throw new ArgumentException($"SLURM_ARRAY_TASK_STEP={step} must be at least 1");
            if ((id - min) % step != 0) throw new ArgumentException($"SLURM_ARRAY_TASK_ID={id} is not on the array's grid (min {min}, step {step})");
            return Checked(new ShardSpec((id - min) / step, Int(env, "SLURM_ARRAY_TASK_COUNT")), "the Slurm array");
        }
        if (!string.IsNullOrEmpty(env("JOB_COMPLETION_INDEX")))
        {
            if (shards is null) throw new ArgumentException("JOB_COMPLETION_INDEX is set (a Kubernetes Indexed Job): give the job's completions as --shards N");
            return Checked(new ShardSpec(Int(env, "JOB_COMPLETION_INDEX"), shards.Value), "the Kubernetes Indexed Job");
        }
        if (!string.IsNullOrEmpty(env("AWS_BATCH_JOB_ARRAY_INDEX")))
            return Checked(new ShardSpec(Int(env, "AWS_BATCH_JOB_ARRAY_INDEX"), Int(env, "AWS_BATCH_JOB_ARRAY_SIZE")), "the AWS Batch array");
        return null;
    }
}
