using XorGen.Specialization;
using Xunit;

namespace XorGen.Tests.Specialization;

/// <summary>The variant's text form and rules, and the per-CPU tuning file that run-time specialization reads.</summary>
public sealed class TuningTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "xorgen-tuning-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        try { Directory.Delete(_dir, recursive: true); } catch (DirectoryNotFoundException) { }
    }

    [Theory]
    [InlineData("default", "default")]
    [InlineData(" vectors=3 , rows=2 ", "rows=2,vectors=3")]
    [InlineData("padding=line,inputs=6,unroll=8", "unroll=8,inputs=6,padding=line")]
    [InlineData("rows=0,padding=auto", "default")]
    [InlineData("prefetch=16,rows=2", "rows=2,prefetch=16")]
    [InlineData("prefetch=0", "default")]
    [InlineData("loss=float,prefetch=4", "prefetch=4,loss=float")]
    [InlineData("loss=double", "default")]
    public void A_variant_reads_back_from_its_canonical_text(string text, string canonical)
    {
        var v = KernelVariant.Parse(text);
        Assert.Equal(canonical, v.ToString());
        Assert.Equal(v, KernelVariant.Parse(v.ToString()));
    }

    [Theory]
    [InlineData("rows=9", "RowTile = 9 is out of range")]
    [InlineData("rows=2,rows=3", "given twice")]
    [InlineData("lanes=4", "unknown knob 'lanes'")]
    [InlineData("rows", "not name=value")]
    [InlineData("unroll=-1", "expected a whole number")]
    [InlineData("padding=wide", "use auto, none or line")]
    [InlineData("prefetch=65", "Prefetch = 65 is out of range")]
    [InlineData("loss=half", "use float or double")]
    public void Bad_variant_text_says_what_is_wrong(string text, string message)
    {
        Assert.Null(KernelVariant.TryParse(text, out string? why));
        Assert.Contains(message, why, StringComparison.Ordinal);
    }

    [Fact]
    public void Register_rules_count_accumulators_operands_and_the_path()
    {
        Assert.Empty(KernelVariant.Default.RegisterProblems([InstructionSet.Vector512, InstructionSet.Vector256, InstructionSet.Vector128, InstructionSet.Scalar], trainsFirst: true));
        Assert.Empty(KernelVariant.Parse("rows=6,vectors=4").RegisterProblems([InstructionSet.Vector512], true)); // 24 + 4 + 1 = 29 ≤ 32
        Assert.Single(KernelVariant.Parse("rows=7,vectors=4").RegisterProblems([InstructionSet.Vector512], true)); // 28 + 4 + 1 = 33
        // 4 vectors on Vector256: the default rows shrink to 2 so the forward tile fits (13 registers); the 4-input gradient tile (21) does not
        Assert.Single(KernelVariant.Parse("vectors=4").RegisterProblems([InstructionSet.Vector256], true));
        Assert.Equal(6, KernelVariant.Default.RowsPerTile(InstructionSet.Vector256));
        Assert.Equal(4, KernelVariant.Default.RowsPerTile(InstructionSet.Vector512));
        Assert.Equal(4, KernelVariant.Parse("vectors=3").RowsPerTile(InstructionSet.Vector256)); // 4 × 3 + 3 + 1 = 16
        Assert.Equal(2, KernelVariant.Parse("rows=2").RowsPerTile(InstructionSet.Vector256));
        Assert.Empty(KernelVariant.Parse("inputs=8,vectors=2,rows=2").RegisterProblems([InstructionSet.Vector256], trainsFirst: false));
        Assert.Equal(4, KernelVariant.Default.UnrollFor(100));
        Assert.Equal(16, KernelVariant.Default.UnrollFor(16));
        Assert.Equal(7, KernelVariant.Parse("unroll=64").UnrollFor(7));
    }

    private static TuningEntry Entry(ModelSpec spec, string variant, string set = "Vector512", string element = "float") =>
        new("glasgow-xor", TuningFile.SpecKey(spec), element, set, spec.Inputs, spec.Width, 128, variant, 2000, 1800, 80, DateTime.UnixEpoch);

    [Fact]
    public void The_file_round_trips_and_finds_by_spec_element_and_path()
    {
        string path = Path.Combine(_dir, "t.json");
        var spec = new ModelSpec(64, 256);
        var file = TuningFile.Load(path); // absent: empty
        Assert.Empty(file.Entries);
        file.Put(Entry(spec, "rows=2"));
        file.Put(Entry(spec, "inputs=6")); // replaces: one winner per spec, element and path
        file.Put(Entry(spec, "vectors=1", set: "Vector256"));
        file.Save();
        var read = TuningFile.Load(path);
        Assert.Equal(2, read.Entries.Count);
        Assert.Equal(KernelVariant.Parse("inputs=6"), read.Find(spec, typeof(float), InstructionSet.Vector512));
        Assert.Equal(KernelVariant.Parse("vectors=1"), read.Find(spec, typeof(float), InstructionSet.Vector256));
        Assert.Null(read.Find(spec, typeof(double), InstructionSet.Vector512));
        Assert.Null(read.Find(spec with { Width = 255 }, typeof(float), InstructionSet.Vector512));
        Assert.Empty(Directory.GetFiles(_dir, "*.tmp"));
    }

    [Theory]
    [InlineData("{ not json", "not valid JSON")]
    [InlineData("{\"format\": \"something else\"}", "is not a tuning file")]
    [InlineData("{\"format\": \"xorgen-tuning 1\", \"cpu\": \"x\", \"entries\": [{\"variant\": \"rows=2\"}]}", "cannot be read")]
    [InlineData("{\"format\": \"xorgen-tuning 1\", \"cpu\": \"x\", \"entries\": [{\"spec\": \"s\", \"element\": \"float\", \"instruction_set\": \"Vector512\", \"variant\": \"rows=99\"}]}", "which is not one")]
    public void A_damaged_file_is_refused_with_its_name(string content, string message)
    {
        Directory.CreateDirectory(_dir);
        string path = Path.Combine(_dir, "bad.json");
        File.WriteAllText(path, content);
        var e = Assert.Throws<InvalidDataException>(() => TuningFile.Load(path));
        Assert.Contains(path, e.Message, StringComparison.Ordinal);
        Assert.Contains(message, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_measured_on_another_cpu_is_not_used()
    {
        Directory.CreateDirectory(_dir);
        string path = Path.Combine(_dir, "other.json");
        var spec = new ModelSpec(64, 256);
        var set = RuntimeSpecializer.Resolve(InstructionSet.Auto);
        File.WriteAllText(path, "{\"format\": \"xorgen-tuning 1\", \"cpu\": \"some-other-cpu\", \"entries\": [{\"experiment\": \"glasgow-xor\", \"spec\": \"" + TuningFile.SpecKey(spec)
            + "\", \"element\": \"float\", \"instruction_set\": \"" + set + "\", \"inputs\": 64, \"width\": 256, \"batch\": 128, \"variant\": \"rows=2\", \"steps_per_second\": 1, \"default_steps_per_second\": 1, \"percent_of_peak\": 1, \"tuned_utc\": \"2026-01-01T00:00:00Z\"}]}");
        var file = TuningFile.Load(path);
        Assert.Single(file.Entries);
        Assert.Null(file.Find(spec, typeof(float), set));
        Assert.Throws<InvalidOperationException>(file.Save); // never written over with this CPU's numbers
    }

    [Fact]
    public void The_specializer_builds_the_tuned_variant_unless_asked_not_to()
    {
        string path = Path.Combine(_dir, "t.json");
        var spec = new ModelSpec(5, 9, Scale: OutputScale.InverseWidth);
        var set = RuntimeSpecializer.Resolve(InstructionSet.Auto);
        var file = TuningFile.Empty(path);
        file.Put(Entry(spec, "rows=3,inputs=2", set.ToString()));
        file.Save();
        var specializer = new RuntimeSpecializer(Path.Combine(_dir, "cache"), path);
        Assert.Equal(KernelVariant.Parse("rows=3,inputs=2"), specializer.Tuned(spec, typeof(float), InstructionSet.Auto));
        using (var tuned = specializer.Create<float>(spec, new KernelOptions(), out var origin))
            Assert.Equal(KernelVariant.Parse("rows=3,inputs=2"), origin.Variant);
        using (var plain = specializer.Create<float>(spec, new KernelOptions(IgnoreTuning: true), out var origin))
            Assert.Equal(KernelVariant.Default, origin.Variant);
        var off = new RuntimeSpecializer(Path.Combine(_dir, "cache"), tuningPath: "");
        Assert.Null(off.Tuned(spec, typeof(float), InstructionSet.Auto));
    }
}
