using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace XorGen.Specialization;

/// <summary>One tuned kernel: the variant <c>xorgen tune</c> found fastest for a spec, element type and path on this CPU.</summary>
/// <param name="Experiment">The experiment tuned (for the reader; lookups use the spec).</param>
/// <param name="Spec">The spec line of the cache key (<see cref="TuningFile.SpecKey"/>): every field of the model.</param>
/// <param name="Element">"float" or "double".</param>
/// <param name="InstructionSet">The path the kernels were compiled for.</param>
/// <param name="Inputs">d.</param>
/// <param name="Width">m.</param>
/// <param name="Batch">The batch size the candidates were timed at.</param>
/// <param name="Variant">The winner's canonical text (<see cref="KernelVariant.ToString"/>).</param>
/// <param name="StepsPerSecond">The winner's median steps per second.</param>
/// <param name="DefaultStepsPerSecond">The default variant's median steps per second, in the same run.</param>
/// <param name="PercentOfPeak">The winner's GFLOP/s as % of the FMA peak measured by the same run (null on the scalar path, which has no vector FMA peak).</param>
/// <param name="TunedUtc">When.</param>
public sealed record TuningEntry(string Experiment, string Spec, string Element, string InstructionSet, int Inputs, int Width, int Batch,
    string Variant, double StepsPerSecond, double DefaultStepsPerSecond, double? PercentOfPeak, DateTime TunedUtc);

/// <summary>
/// The per-CPU tuning file: the winners of <c>xorgen tune</c>, which run-time specialization builds by default instead of the
/// default variant. One JSON file per CPU, <c>$XDG_CONFIG_HOME/xorgen/tuning/&lt;cpu&gt;.json</c> (else
/// <c>~/.config/xorgen/tuning/&lt;cpu&gt;.json</c>); <c>XORGEN_TUNING</c> names another file, or <c>off</c> to ignore tuning. A
/// file tuned on another CPU is ignored (its header names the CPU). Written to a temporary name and renamed into place.
/// </summary>
public sealed class TuningFile
{
    /// <summary>The environment variable naming the tuning file, or <c>off</c>.</summary>
    public const string EnvironmentVariable = "XORGEN_TUNING";
    /// <summary>The value of the "format" field this code reads and writes.</summary>
    public const string FormatName = "xorgen-tuning 1";

    private TuningFile(string path, string cpu, List<TuningEntry> entries)
    {
        Path = path;
        Cpu = cpu;
        Entries = entries;
    }

    /// <summary>Where the file is (or will be written).</summary>
    public string Path { get; }
    /// <summary>The CPU the entries were measured on (<see cref="MachineInfo.CpuSlug"/>).</summary>
    public string Cpu { get; }
    /// <summary>The entries, in the order written.</summary>
    public List<TuningEntry> Entries { get; }

    /// <summary>Whether tuning is switched off by <c>XORGEN_TUNING=off</c>.</summary>
    public static bool DisabledByEnvironment => string.Equals(Environment.GetEnvironmentVariable(EnvironmentVariable)?.Trim(), "off", StringComparison.OrdinalIgnoreCase);

    /// <summary>The file run-time specialization reads by default: <see cref="DefaultPath"/>, or null when <c>XORGEN_TUNING=off</c>.</summary>
    public static string? ActivePath() => DisabledByEnvironment ? null : DefaultPath();

    /// <summary>The file run-time specialization reads: <c>$XORGEN_TUNING</c> (unless <c>off</c>), else this CPU's file under the XDG config directory.</summary>
    public static string DefaultPath()
    {
        string? named = Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (!string.IsNullOrWhiteSpace(named) && !DisabledByEnvironment) return System.IO.Path.GetFullPath(named);
        string? xdg = Environment.GetEnvironmentVariable("XDG_CONFIG_HOME");
        string root = !string.IsNullOrWhiteSpace(xdg) && System.IO.Path.IsPathRooted(xdg)
            ? xdg
            : System.IO.Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".config");
        return System.IO.Path.Combine(root, "xorgen", "tuning", MachineInfo.CpuSlug + ".json");
    }

    /// <summary>The spec as one line (every field, invariant round-trip numbers): what an entry is looked up by.</summary>
    public static string SpecKey(ModelSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        static string R(double v) => v.ToString("R", CultureInfo.InvariantCulture);
        return string.Create(CultureInfo.InvariantCulture,
            $"d={spec.Inputs} m={spec.Width} activation={spec.Activation}({R(spec.ActivationParameter)}) loss={spec.Loss}x{R(spec.LossScale)} train={spec.Train} output={spec.Output}({R(spec.OutputMagnitude)}) scale={spec.Scale} bias={spec.Bias} gradient={spec.GradientScale}");
    }

    /// <summary>An empty file for this CPU at <paramref name="path"/> (nothing is written until <see cref="Save"/>).</summary>
    public static TuningFile Empty(string path) => new(System.IO.Path.GetFullPath(path), MachineInfo.CpuSlug, []);

    /// <summary>Reads the file at <paramref name="path"/>: an empty one when there is none.</summary>
    /// <exception cref="InvalidDataException">The file exists but is not a tuning file (the message names it and says why).</exception>
    public static TuningFile Load(string path)
    {
        path = System.IO.Path.GetFullPath(path);
        if (!File.Exists(path)) return Empty(path);
        JsonNode? root;
        try
        {
            root = JsonNode.Parse(File.ReadAllText(path, Encoding.UTF8));
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"tuning file {path} is not valid JSON ({e.Message})");
        }
        if (root is not JsonObject o || (string?)o["format"] != FormatName)
            throw new InvalidDataException($"tuning file {path} is not a tuning file (expected \"format\": \"{FormatName}\")");
        string cpu = (string?)o["cpu"] ?? throw new InvalidDataException($"tuning file {path} names no cpu");
        var entries = new List<TuningEntry>();
        if (o["entries"] is JsonArray list)
        {
            foreach (var item in list)
            {
                try
                {
                    var entry = item.Deserialize(TuningJson.Default.TuningEntry) ?? throw new InvalidDataException("null entry");
                    if (entry.Spec is null || entry.Element is null || entry.InstructionSet is null || entry.Variant is null)
                        throw new InvalidDataException("it lacks spec, element, instruction_set or variant");
                    entries.Add(entry);
                }
                catch (Exception e) when (e is JsonException or InvalidDataException or InvalidOperationException)
                {
                    throw new InvalidDataException($"tuning file {path} has an entry that cannot be read ({e.Message})");
                }
            }
        }
        foreach (var entry in entries)
            if (KernelVariant.TryParse(entry.Variant, out string? why) is null)
                throw new InvalidDataException($"tuning file {path}: the entry for {entry.Spec} has the variant '{entry.Variant}', which is not one ({why})");
        return new TuningFile(path, cpu, entries);
    }

    /// <summary>
    /// The tuned variant of this spec, element type and path, when the file was measured on this CPU and the variant can
    /// be built on that path (an entry edited into one whose tile does not fit the registers is not used); else null.
    /// </summary>
    public KernelVariant? Find(ModelSpec spec, Type element, InstructionSet set)
    {
        ArgumentNullException.ThrowIfNull(spec);
        if (Cpu != MachineInfo.CpuSlug) return null;
        string key = SpecKey(spec), el = ElementName(element), path = set.ToString();
        for (int i = Entries.Count - 1; i >= 0; i--)
        {
            var e = Entries[i];
            if (e.Spec != key || e.Element != el || e.InstructionSet != path) continue;
            var variant = KernelVariant.Parse(e.Variant);
            return variant.RegisterProblems([set], spec.TrainsFirst).Count == 0 ? variant : null;
        }
        return null;
    }

    /// <summary>Adds or replaces the entry of the same spec, element type and path.</summary>
    public void Put(TuningEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        Entries.RemoveAll(e => e.Spec == entry.Spec && e.Element == entry.Element && e.InstructionSet == entry.InstructionSet);
        Entries.Add(entry);
    }

    /// <summary>Writes the file (creating its directory): to a temporary name beside it, then renamed over it.</summary>
    public void Save()
    {
        if (Cpu != MachineInfo.CpuSlug)
            throw new InvalidOperationException($"tuning file {Path} holds measurements of {Cpu}; this is {MachineInfo.CpuSlug}: write to another file");
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(Path)!);
        var root = new JsonObject
        {
            ["format"] = FormatName,
            ["cpu"] = Cpu,
            ["cpu_model"] = MachineInfo.Current.CpuModel,
            ["entries"] = JsonSerializer.SerializeToNode(Entries, TuningJson.Default.ListTuningEntry),
        };
        string temp = Path + "." + Environment.ProcessId.ToString(CultureInfo.InvariantCulture) + "." + Guid.NewGuid().ToString("N")[..8] + ".tmp";
        try
        {
            File.WriteAllText(temp, root.ToJsonString(new JsonSerializerOptions { WriteIndented = true }) + "\n", new UTF8Encoding(false));
            File.Move(temp, Path, overwrite: true);
        }
        finally
        {
            if (File.Exists(temp)) File.Delete(temp);
        }
    }

    /// <summary>"float" or "double".</summary>
    public static string ElementName(Type element) => element == typeof(double) ? "double" : element == typeof(float) ? "float"
        : throw new ArgumentException($"kernels are float or double, not {element.Name}", nameof(element));
}

[System.Text.Json.Serialization.JsonSourceGenerationOptions(PropertyNamingPolicy = System.Text.Json.Serialization.JsonKnownNamingPolicy.SnakeCaseLower)]
[System.Text.Json.Serialization.JsonSerializable(typeof(TuningEntry))]
[System.Text.Json.Serialization.JsonSerializable(typeof(List<TuningEntry>))]
internal sealed partial class TuningJson : System.Text.Json.Serialization.JsonSerializerContext;
