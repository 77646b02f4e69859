using XorGen.Specialization;
using Xunit;
using static XorGen.Tests.Cli.CliRunner;

namespace XorGen.Tests.Cli;

/// <summary><c>xorgen show --variant/--diff</c>, <c>xorgen run --variant</c> and <c>xorgen tune</c> with its tuning file.</summary>
[Collection(ProcessWideSpecializer.Name)]
public sealed class VariantCommandTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "xorgen-variant-cli-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        KernelFactory.RegisterSpecializer(null);
        try { Directory.Delete(_dir, recursive: true); } catch (DirectoryNotFoundException) { }
    }


    [Fact]
    public void Show_prints_a_variant_and_lines_two_up_side_by_side()
    {
        var (code, output, _) = Invoke("show", "glasgow-xor", "--variant", "rows=2,unroll=8");
        Assert.Equal(XorGen.Cli.Cli.Ok, code);
        Assert.Contains("variant: rows=2,unroll=8", output, StringComparison.Ordinal);
        Assert.Contains("for (; i + 2 <= rows; i += 2)", output, StringComparison.Ordinal);

        // explicit rows rather than the default: the default row tile depends on the widest path of this CPU (4 on Vector512, 6 on Vector256)
        (code, output, _) = Invoke("show", "glasgow-xor", "--diff", "rows=5", "rows=3");
        Assert.Equal(XorGen.Cli.Cli.Ok, code);
        Assert.StartsWith("A: rows=5", output, StringComparison.Ordinal);
        Assert.Contains("B: rows=3", output, StringComparison.Ordinal);
        Assert.Contains("aligned lines differ", output, StringComparison.Ordinal);
        // the main row-tile loops differ, marked as a changed line with A's on the left and B's on the right
        Assert.Contains(output.Split('\n'), l => l.Contains("i += 5)", StringComparison.Ordinal) && l.Contains(" | ", StringComparison.Ordinal) && l.Contains("i += 3)", StringComparison.Ordinal));
        // A's 4-row remainder tile has no counterpart in B (whose remainder is below 3 rows)
        Assert.Contains(output.Split('\n'), l => l.Contains("i += 4)", StringComparison.Ordinal) && l.TrimEnd().EndsWith('<'));

        (code, output, _) = Invoke("show", "glasgow-xor", "--diff", "default", "rows=2");
        Assert.Equal(XorGen.Cli.Cli.Ok, code);
        Assert.StartsWith("A: default", output, StringComparison.Ordinal);
        Assert.Contains("B: rows=2", output, StringComparison.Ordinal);
        Assert.Contains("aligned lines differ", output, StringComparison.Ordinal);
        Assert.DoesNotContain("partial class GlasgowXor", output, StringComparison.Ordinal); // both sides in the run-time form

        (code, output, _) = Invoke("show", "glasgow-xor", "--diff", "rows=2", "rows=2");
        Assert.Equal(XorGen.Cli.Cli.Ok, code);
        Assert.Contains("0 of ", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("show", "--variant", "rows=99", "RowTile = 99 is out of range")]
    [InlineData("show", "--variant", "rows=8,vectors=8", "vector registers")]
    [InlineData("run", "--variant", "bogus", "not name=value")]
    [InlineData("run", "--variant", "loss=float", "applies to float kernels", "double")]
    [InlineData("show", "--variant", "loss=float", "applies to float kernels", "double")]
    public void A_bad_variant_is_one_line_and_exit_2(string command, string option, string value, string message, string precision = "float")
    {
        string[] args = command == "run" ? [command, "glasgow-xor", option, value, "--out", Path.Combine(_dir, "r")] : [command, "glasgow-xor", option, value];
        if (precision == "double") args = [.. args, "--precision", "double"];
        var (code, _, error) = Invoke(args);
        Assert.Equal(XorGen.Cli.Cli.BadInput, code);
        Assert.Contains(message, error, StringComparison.Ordinal);
        Assert.Single(error.Trim().Split('\n'));
        Assert.False(Directory.Exists(Path.Combine(_dir, "r")));
    }

    [Fact]
    public void Run_with_a_variant_records_it_and_a_generic_kernel_refuses_one()
    {
        string outDir = Path.Combine(_dir, "run");
        var (code, _, error) = Invoke("run", "glasgow-xor", "--d", "12", "--width", "20", "--steps", "20", "--variant", "rows=3,inputs=2", "--kernel-cache", Path.Combine(_dir, "cache"), "--out", outDir);
        Assert.True(code == XorGen.Cli.Cli.Ok, error);
        Assert.Contains("variant rows=3,inputs=2", error, StringComparison.Ordinal);
        string config = File.ReadLines(Path.Combine(outDir, "run.jsonl")).First();
        Assert.Contains("\"variant\":\"rows=3,inputs=2\"", config, StringComparison.Ordinal);
        Assert.Contains("\"kernel_variant\":\"rows=3,inputs=2\"", config, StringComparison.Ordinal);
        (code, _, error) = Invoke("run", "glasgow-xor", "--kernel", "generic", "--variant", "rows=2", "--out", Path.Combine(_dir, "g"));
        Assert.Equal(XorGen.Cli.Cli.BadInput, code);
        Assert.Contains("no variants", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Tune_checks_times_and_stores_a_winner_that_run_then_builds()
    {
        string tuning = Path.Combine(_dir, "tuning.json");
        string cache = Path.Combine(_dir, "cache");
        var (code, output, error) = Invoke("tune", "glasgow-xor", "--d", "8", "--width", "24", "--batch", "16", "--budget", "3", "--repeats", "1", "--tuning", tuning, "--kernel-cache", cache);
        Assert.True(code == XorGen.Cli.Cli.Ok, error);
        Assert.Contains("FMA peak of one core", output, StringComparison.Ordinal);
        Assert.Contains("% peak", output, StringComparison.Ordinal);
        Assert.Contains("final round", output, StringComparison.Ordinal);
        Assert.Contains("winner: ", output, StringComparison.Ordinal);
        Assert.DoesNotContain("FAILED", output, StringComparison.Ordinal);
        var file = TuningFile.Load(tuning);
        var entry = Assert.Single(file.Entries);
        Assert.Equal(8, entry.Inputs);
        Assert.Equal(16, entry.Batch);
        Assert.True(entry.StepsPerSecond > 0 && entry.PercentOfPeak > 0);

        // what run builds: the stored variant, through the tuning file the environment names
        var spec = XorGen.Cli.Experiments.Find("glasgow-xor")!.SpecFor(8, 24);
        var specializer = new RuntimeSpecializer(cache, tuning);
        var set = RuntimeSpecializer.Resolve(InstructionSet.Auto);
        Assert.Equal(KernelVariant.Parse(entry.Variant), file.Find(spec, typeof(float), set));
        using var kernel = specializer.Create<float>(spec, new KernelOptions(), out var origin);
        Assert.Equal(KernelVariant.Parse(entry.Variant), origin.Variant);

        // a damaged tuning file is refused before any work and left as it was
        File.WriteAllText(tuning, "{ damaged");
        (code, _, error) = Invoke("tune", "glasgow-xor", "--d", "8", "--width", "24", "--budget", "1", "--tuning", tuning);
        Assert.Equal(XorGen.Cli.Cli.BadInput, code);
        Assert.Contains("not valid JSON", error, StringComparison.Ordinal);
        Assert.Equal("{ damaged", File.ReadAllText(tuning));
    }

    [Fact]
    public void Tune_with_variants_times_exactly_those_and_the_default()
    {
        var (code, output, error) = Invoke("tune", "glasgow-xor", "--d", "8", "--width", "24", "--batch", "16", "--repeats", "1", "--no-save",
            "--variants", "rows=3;inputs=2", "--kernel-cache", Path.Combine(_dir, "cache"));
        Assert.True(code == XorGen.Cli.Cli.Ok, error);
        Assert.Contains("3 variants timed", output, StringComparison.Ordinal);
        var table = output.Split('\n').Where(l => l.Length > 4 && char.IsDigit(l.TrimStart()[0]) && l.Contains('%')).Select(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1]).ToList();
        Assert.Equal(["default", "inputs=2", "rows=3"], table.Order(StringComparer.Ordinal).ToList());
    }

    [Theory]
    [InlineData(";", "no variant given")]
    [InlineData("rows=2;bogus", "'bogus'")]
    [InlineData("rows=8,vectors=8", "vector registers")]
    [InlineData("loss=float", "applies to float kernels", "double")]
    public void Tune_refuses_bad_variants_in_one_line(string list, string message, string precision = "float")
    {
        var (code, _, error) = Invoke("tune", "glasgow-xor", "--d", "8", "--width", "24", "--no-save", "--precision", precision, "--variants", list);
        Assert.Equal(XorGen.Cli.Cli.BadInput, code);
        Assert.Contains(message, error, StringComparison.Ordinal);
        Assert.Single(error.Trim().Split('\n'));
    }
}
