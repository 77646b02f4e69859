using System.Globalization;
using System.Text.Json;
using Xunit;

namespace XorGen.Tests.Cli;

/// <summary>
/// Each row of "nothing silent" against the real <c>xorgen</c> process: the exit code, exactly one line on stderr for
/// a refusal, no stack trace, and nothing written where nothing should be. Numeric rows run under the invariant,
/// de-DE, fr-FR and tr-TR cultures.
/// </summary>
public sealed class NothingSilentTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "xorgen-silent-" + Guid.NewGuid().ToString("N"));

    public NothingSilentTests() => Directory.CreateDirectory(_dir);
    public void Dispose() { try { Directory.Delete(_dir, recursive: true); } catch (IOException) { } }

    public static TheoryData<string> Cultures => new(XorgenProcess.Cultures);

    private static readonly string[] Tiny = ["--d", "6", "--width", "8", "--batch", "16", "--test-n", "20", "--steps", "3", "--no-probes"];

    /// <summary>Runs in a fresh working directory that must stay empty; asserts a refusal: exit 2, one line naming every part of <paramref name="mentions"/>.</summary>
    private string Refused(string culture, string[] args, params string[] mentions)
    {
        string cwd = Path.Combine(_dir, "cwd-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(cwd);
        var r = XorgenProcess.Run(cwd, culture, args);
        Assert.True(r.Code == 2, $"exit {r.Code}, stderr: {r.Err}");
        Assert.Single(r.ErrLines);
        Assert.StartsWith("xorgen: ", r.ErrLines[0]);
        Assert.DoesNotContain("   at ", r.Err);
        Assert.DoesNotContain("Exception", r.Err);
        foreach (var m in mentions) Assert.Contains(m, r.ErrLines[0]);
        Assert.Equal("", r.Out);
        Assert.Empty(Directory.EnumerateFileSystemEntries(cwd));
        return r.ErrLines[0];
    }

    private static JsonElement ConfigLine(string dir) =>
        JsonDocument.Parse(File.ReadLines(Path.Combine(dir, "run.jsonl")).First()).RootElement;

    private static JsonElement SummaryLine(string dir) =>
        JsonDocument.Parse(File.ReadLines(Path.Combine(dir, "run.jsonl")).Last()).RootElement;

    [Theory]
    [MemberData(nameof(Cultures))]
    public void A_decimal_point_means_the_same_in_every_culture(string culture)
    {
        string outDir = Path.Combine(_dir, "lr-" + culture.Replace('.', '_'));
        var r = XorgenProcess.Run(_dir, culture, ["run", "glasgow-xor", .. Tiny, "--lr", "0.1", "--diverge-above", "1e6", "--out", outDir]);
        Assert.True(r.Code == 0, r.Err);
        var schedule = ConfigLine(outDir).GetProperty("schedule");
        Assert.Equal(0.1, schedule.GetProperty("lr_w").GetDouble());
        Assert.Equal(1e6, ConfigLine(outDir).GetProperty("diverge_above").GetDouble());
        Assert.Contains("train loss", r.Out);
        Assert.DoesNotContain(",", r.Out.Split('\n').First(l => l.StartsWith("train loss", StringComparison.Ordinal)));
    }

    [Theory]
    [MemberData(nameof(Cultures))]
    public void A_decimal_comma_is_refused_in_every_culture(string culture)
    {
        Refused(culture, ["run", "glasgow-xor", "--lr", "0,1"], "--lr", "'0,1'");
        Refused(culture, ["run", "glasgow-xor", "--diverge-above", "1,5"], "--diverge-above", "'1,5'");
        Refused(culture, ["run", "glasgow-xor", "--steps", "1.000"], "--steps", "'1.000'");
    }

    [Theory]
    [MemberData(nameof(Cultures))]
    public void Sizes_beyond_the_limits_are_refused_before_anything_is_created(string culture)
    {
        Refused(culture, ["run", "glasgow-xor", "--d", "1000000"], "--d 1000000", RunLimits.MaxInputs.ToString(CultureInfo.InvariantCulture));
        Refused(culture, ["run", "glasgow-xor", "--width", "2000000"], "--width 2000000", RunLimits.MaxWidth.ToString(CultureInfo.InvariantCulture));
        Refused(culture, ["run", "glasgow-xor", "--batch", "2000000000"], "--batch 2000000000", RunLimits.MaxRows.ToString(CultureInfo.InvariantCulture));
        Refused(culture, ["run", "frei-xor-noise", "--n", "2000000000"], "--n 2000000000", RunLimits.MaxRows.ToString(CultureInfo.InvariantCulture));
        Refused(culture, ["run", "glasgow-xor", "--threads", "1000"], "--threads 1000", RunLimits.MaxThreads.ToString(CultureInfo.InvariantCulture));
        Refused(culture, ["run", "glasgow-xor", "--threads", "2000000000"], "--threads 2000000000", RunLimits.MaxThreads.ToString(CultureInfo.InvariantCulture));
        Refused(culture, ["run", "glasgow-xor", "--width", "16", "--threads", "32"], "--threads 32", "m = 16");
        // within each limit but not in memory: refused with the estimate
        Refused(culture, ["run", "glasgow-xor", "--d", "30000", "--width", "30000"], "needs about", "GiB", "available");
    }

    [Fact]
    public void The_seed_and_enum_options_say_what_they_take()
    {
        Refused("", ["run", "glasgow-xor", "--seed", "-1"], "a seed is a whole number from 0 to 2^64−1");
        Refused("", ["run", "glasgow-xor", "--seed", "18446744073709551616"], "a seed is a whole number from 0 to 2^64−1");
        Refused("tr_TR.UTF-8", ["run", "glasgow-xor", "--precision", "half"], "Must be one of: float, double");
        Refused("", ["run", "glasgow-xor", "--kernel", "fast"], "Must be one of: reference, generic, generated");
        Refused("", ["run", "glasgow-xor", "--optimizer", "adam"], "Must be one of: online-sgd, full-batch-gd, minibatch-epochs");
        Refused("", ["run", "glasgow-xxor"], "unknown experiment 'glasgow-xxor'");
        Refused("", ["show", "glasgow-xxor"], "unknown experiment 'glasgow-xxor'");
    }

    [Theory]
    [MemberData(nameof(Cultures))]
    public void Float64_data_too_large_for_float_is_refused_at_load(string culture)
    {
        var x = new double[8 * 3];
        for (int i = 0; i < x.Length; i++) x[i] = i % 3 - 1;
        x[2 * 3 + 1] = 1e39;
        NpyFile.Write(Path.Combine(_dir, "X.npy"), x, 8, 3);
        NpyFile.Write(Path.Combine(_dir, "y.npy"), [1.0, -1, 1, -1, 1, -1, 1, -1], 8);
        string line = Refused(culture, ["run", "frei-xor-noise", "--data-x", Path.Combine(_dir, "X.npy"), "--data-y", Path.Combine(_dir, "y.npy"), "--test-n", "0"],
            "X.npy", "row 2", "column 1", "1E+39", "--precision double");
        Assert.DoesNotContain("''", line);
    }

    [Theory]
    [MemberData(nameof(Cultures))]
    public void A_csv_row_mixing_numbers_and_text_is_an_error(string culture)
    {
        string csv = Path.Combine(_dir, "typo.csv");
        File.WriteAllText(csv, "0.1x,0.5,1\n0.2,0.1,-1\n0.3,0.3,1\n");
        Refused(culture, ["run", "frei-xor-noise", "--data-csv", csv, "--test-n", "0"], "typo.csv", "line 1", "column 1", "'0.1x'");
        string header = Path.Combine(_dir, "header.csv");
        File.WriteAllText(header, "x1,x2,y\n0.1,0.5,1\n0.2,0.1,-1\nbad,0.3,1\n");
        Refused(culture, ["run", "frei-xor-noise", "--data-csv", header, "--test-n", "0"], "header.csv", "line 4", "column 1", "'bad'");
    }

    [Fact]
    public void A_header_row_is_a_row_with_no_numeric_cell()
    {
        string csv = Path.Combine(_dir, "ok.csv");
        File.WriteAllText(csv, "x1,x2,y\n0.1,0.5,1\n0.2,0.1,-1\n0.3,0.3,1\n");
        string outDir = Path.Combine(_dir, "csv-run");
        var r = XorgenProcess.Run(_dir, "", "run", "frei-xor-noise", "--data-csv", csv, "--test-n", "0", "--steps", "2", "--out", outDir);
        Assert.True(r.Code == 0, r.Err);
        Assert.Equal(3, ConfigLine(outDir).GetProperty("data").GetProperty("n_train").GetInt32());
    }

    [Theory]
    [InlineData("lmz-abs-teacher", "1e6")]
    [InlineData("chatterji-huber-xor", "1e30")]
    public void A_loss_far_above_the_initial_loss_is_divergence(string experiment, string lr)
    {
        string outDir = Path.Combine(_dir, "div-" + experiment);
        var r = XorgenProcess.Run(_dir, "de_DE.UTF-8", "run", experiment, "--lr", lr, "--steps", "50", "--no-probes", "--out", outDir);
        Assert.True(r.Code == 1, $"exit {r.Code}: {r.Err}");
        Assert.DoesNotContain("   at ", r.Err);
        Assert.Contains("exceeded the bound", r.ErrLines[^1]);
        Assert.Contains("--diverge-above", r.ErrLines[^1]);
        var summary = SummaryLine(outDir);
        Assert.True(summary.GetProperty("diverged").GetBoolean());
        Assert.Equal(DivergenceRule.AboveBound, summary.GetProperty("diverged_because").GetString());
        Assert.Equal(JsonValueKind.Null, ConfigLine(outDir).GetProperty("diverge_above").ValueKind);

        // A bound the loss stays under lets the run go on: the rule is the bound, not the learning rate.
        string free = Path.Combine(_dir, "nodiv-" + experiment);
        r = XorgenProcess.Run(_dir, "", "run", experiment, "--steps", "3", "--no-probes", "--diverge-above", "1e300", "--out", free);
        Assert.True(r.Code == 0, r.Err);
        Assert.Equal(JsonValueKind.Null, SummaryLine(free).GetProperty("diverged_because").ValueKind);
    }

    [Fact]
    public void Labels_zero_one_for_a_classification_experiment_name_the_file_row_and_value()
    {
        NpyFile.Write(Path.Combine(_dir, "X01.npy"), new double[4 * 2] { 1, 0, 0, 1, 1, 1, 0, 0 }, 4, 2);
        NpyFile.Write(Path.Combine(_dir, "y01.npy"), [1.0, 0, 1, 0], 4);
        Refused("", ["run", "frei-xor-noise", "--data-x", Path.Combine(_dir, "X01.npy"), "--data-y", Path.Combine(_dir, "y01.npy"), "--test-n", "0"],
            "y01.npy", "row 1", "label 0", "±1");
    }

    [Fact]
    public void A_test_set_of_another_d_is_named_in_single_quotes()
    {
        NpyFile.Write(Path.Combine(_dir, "X.npy"), new double[4 * 2] { 1, 0, 0, 1, 1, 1, 0, 0 }, 4, 2);
        NpyFile.Write(Path.Combine(_dir, "y.npy"), [1.0, -1, 1, -1], 4);
        NpyFile.Write(Path.Combine(_dir, "Xt9.npy"), new double[2 * 9], 2, 9);
        NpyFile.Write(Path.Combine(_dir, "yt.npy"), [1.0, -1], 2);
        string line = Refused("", ["run", "frei-xor-noise", "--data-x", Path.Combine(_dir, "X.npy"), "--data-y", Path.Combine(_dir, "y.npy"),
            "--test-x", Path.Combine(_dir, "Xt9.npy"), "--test-y", Path.Combine(_dir, "yt.npy")], "Xt9.npy'", "d = 9");
        Assert.DoesNotContain("''", line);
    }

    [Fact]
    public void A_directory_given_as_a_data_file_is_named_as_a_directory()
    {
        Refused("", ["run", "frei-xor-noise", "--data-x", _dir, "--data-y", _dir], "is a directory");
        Refused("", ["run", "frei-xor-noise", "--data-csv", _dir], "is a directory");
    }

    [Fact]
    public void The_record_names_the_kernel_asked_for_and_the_one_that_ran()
    {
        string auto = Path.Combine(_dir, "auto");
        Assert.Equal(0, XorgenProcess.Run(_dir, "", ["run", "glasgow-xor", .. Tiny, "--out", auto]).Code);
        Assert.Equal("auto", ConfigLine(auto).GetProperty("kernel_requested").GetString());
        Assert.Equal("generated", ConfigLine(auto).GetProperty("kernel").GetString()); // none compiled in for d = 6: specialized at run time
        Assert.Contains(ConfigLine(auto).GetProperty("kernel_source").GetString(), new[] { "compiled-now", "cache" });

        string asked = Path.Combine(_dir, "asked");
        Assert.Equal(0, XorgenProcess.Run(_dir, "", ["run", "glasgow-xor", .. Tiny, "--kernel", "generated", "--out", asked]).Code);
        Assert.Equal("generated", ConfigLine(asked).GetProperty("kernel_requested").GetString());
        Assert.Equal("generated", ConfigLine(asked).GetProperty("kernel").GetString());
        Assert.Equal("cache", ConfigLine(asked).GetProperty("kernel_source").GetString()); // the same kernel as the run before

        string builtIn = Path.Combine(_dir, "builtin");
        Assert.Equal(0, XorgenProcess.Run(_dir, "", "run", "glasgow-xor", "--steps", "2", "--no-probes", "--out", builtIn).Code);
        Assert.Equal("auto", ConfigLine(builtIn).GetProperty("kernel_requested").GetString());
        Assert.Equal("generated", ConfigLine(builtIn).GetProperty("kernel").GetString());
    }

    [Fact]
    public void A_complete_record_is_refused_unless_force_which_moves_it_aside()
    {
        string outDir = Path.Combine(_dir, "rec");
        Assert.Equal(0, XorgenProcess.Run(_dir, "", ["run", "glasgow-xor", .. Tiny, "--seed", "1", "--out", outDir]).Code);
        string before = File.ReadAllText(Path.Combine(outDir, "run.jsonl"));

        var r = XorgenProcess.Run(_dir, "", ["run", "glasgow-xor", .. Tiny, "--seed", "2", "--out", outDir]);
        Assert.Equal(2, r.Code);
        Assert.Single(r.ErrLines);
        Assert.Contains("--force", r.ErrLines[0]);
        Assert.Equal(before, File.ReadAllText(Path.Combine(outDir, "run.jsonl")));

        r = XorgenProcess.Run(_dir, "", ["run", "glasgow-xor", .. Tiny, "--seed", "2", "--out", outDir, "--force"]);
        Assert.True(r.Code == 0, r.Err);
        Assert.Equal(2UL, ConfigLine(outDir).GetProperty("seed").GetUInt64());
        string aside = Assert.Single(Directory.GetDirectories(_dir, "rec.replaced-*"));
        Assert.Equal(before, File.ReadAllText(Path.Combine(aside, "run.jsonl")));
        Assert.True(File.Exists(Path.Combine(aside, "metrics.csv")));
        Assert.Contains(aside, r.Err);
    }

    [Fact]
    public void Default_directories_of_different_configurations_differ()
    {
        string cwd = Path.Combine(_dir, "defaults");
        Directory.CreateDirectory(cwd);
        Assert.Equal(0, XorgenProcess.Run(cwd, "", ["run", "glasgow-xor", .. Tiny]).Code);
        Assert.Equal(0, XorgenProcess.Run(cwd, "", "run", "glasgow-xor", "--d", "6", "--width", "10", "--batch", "16", "--test-n", "20", "--steps", "3", "--no-probes").Code);
        var dirs = Directory.GetDirectories(Path.Combine(cwd, "runs")).Select(Path.GetFileName).Order().ToList();
        Assert.Equal(2, dirs.Count);
        Assert.All(dirs, d => Assert.Matches("^glasgow-xor-1-[0-9a-f]{8}$", d!));
        // the experiment's own configuration keeps the plain name
        var plain = XorGen.Cli.RunCommand.DefaultOutDirectory(
            XorGen.Cli.RunCommand.Resolve(new XorGen.Cli.RunArguments { Experiment = XorGen.Cli.Experiments.Find("glasgow-xor")! }),
            new XorGen.Cli.RunArguments { Experiment = XorGen.Cli.Experiments.Find("glasgow-xor")! });
        Assert.Equal(Path.Combine("runs", "glasgow-xor-1"), plain);
    }
}
