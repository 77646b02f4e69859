using System.Text.Json;
using XorGen.Cli;
using Xunit;
using static XorGen.Tests.Cli.CliRunner;

namespace XorGen.Tests.Cli;

[Collection(ProcessWideSpecializer.Name)]
public sealed class CliTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "xorgen-cli-" + Guid.NewGuid().ToString("N"));

    public CliTests() => Directory.CreateDirectory(_dir);
    public void Dispose() => Directory.Delete(_dir, recursive: true);


    private static string[] Lines(string text) => text.Split('\n', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>A quick run of glasgow-xor at a small size.</summary>
    private static string[] Small(string outDir, params string[] more) =>
        ["run", "glasgow-xor", "--d", "6", "--width", "8", "--batch", "16", "--test-n", "50", "--kernel", "reference", "--out", outDir,
         .. more.Contains("--steps") ? more : [.. more, "--steps", "5"]];

    private void AssertBadInput(string[] args, string mentions)
    {
        string outDir = Path.Combine(_dir, "never");
        var (code, output, error) = Invoke([.. args, "--out", outDir]);
        Assert.Equal(2, code);
        var lines = Lines(error);
        Assert.Single(lines);
        Assert.StartsWith("xorgen: ", lines[0]);
        Assert.Contains(mentions, lines[0]);
        Assert.DoesNotContain("   at ", error); // no stack trace
        Assert.Equal("", output);
        Assert.False(Directory.Exists(outDir), "nothing is written for bad input");
    }

    [Fact]
    public void UnknownExperiment() => AssertBadInput(["run", "glasgow-xxor"], "glasgow-xxor");

    [Theory]
    [InlineData("--width", "0")]
    [InlineData("--d", "-3")]
    [InlineData("--batch", "0")]
    [InlineData("--steps", "-1")]
    [InlineData("--n", "0")]
    [InlineData("--log-every", "0")]
    [InlineData("--threads", "0")]
    [InlineData("--test-n", "-5")]
    public void ZeroOrNegativeSizes(string option, string value) => AssertBadInput(["run", "frei-xor-noise", option, value], $"{option} {value}");

    [Theory]
    [InlineData("NaN")]
    [InlineData("-0.5")]
    [InlineData("Infinity")]
    public void NaNOrNegativeRates(string value)
    {
        AssertBadInput(["run", "glasgow-xor", "--lr", value], "--lr");
        AssertBadInput(["run", "glasgow-xor", "--lr-a", value], "--lr-a");
    }

    [Theory]
    [InlineData("--width", "many")]
    [InlineData("--kernel", "fastest")]
    [InlineData("--precision", "half")]
    [InlineData("--optimizer", "adam")]
    public void UnparsableValues(string option, string value) => AssertBadInput(["run", "glasgow-xor", option, value], value);

    [Fact]
    public void UnknownOption() => AssertBadInput(["run", "glasgow-xor", "--widht", "3"], "--widht");

    [Fact]
    public void MissingNpy() => AssertBadInput(["run", "glasgow-xor", "--data-x", Path.Combine(_dir, "nope.npy"), "--data-y", Path.Combine(_dir, "nope-y.npy")], "nope");

    [Fact]
    public void TruncatedNpy()
    {
        string x = Path.Combine(_dir, "x.npy"), y = Path.Combine(_dir, "y.npy");
        NpyFile.Write(x, new double[20], 10, 2);
        NpyFile.Write(y, new double[10], 10);
        var bytes = File.ReadAllBytes(x);
        File.WriteAllBytes(x, bytes[..(bytes.Length - 8)]);
        AssertBadInput(["run", "glasgow-xor", "--data-x", x, "--data-y", y], "x.npy");
    }

    [Fact]
    public void MalformedNpy()
    {
        string x = Path.Combine(_dir, "bad.npy"), y = Path.Combine(_dir, "y.npy");
        File.WriteAllText(x, "this is not numpy");
        NpyFile.Write(y, new double[10], 10);
        AssertBadInput(["run", "glasgow-xor", "--data-x", x, "--data-y", y], "bad.npy");
    }

    [Fact]
    public void ShapeMismatch()
    {
        string x = Path.Combine(_dir, "x.npy"), y = Path.Combine(_dir, "y.npy");
        NpyFile.Write(x, new double[20], 10, 2);
        NpyFile.Write(y, new double[9], 9);
        AssertBadInput(["run", "glasgow-xor", "--data-x", x, "--data-y", y], "9");
    }

    [Fact]
    public void MalformedCsv()
    {
        string csv = Path.Combine(_dir, "data.csv");
        File.WriteAllText(csv, "1.0,2.0,1\n3.0,abc,-1\n");
        AssertBadInput(["run", "glasgow-xor", "--data-csv", csv], "data.csv");
    }

    [Fact]
    public void DataThatDoesNotMatchD()
    {
        string x = Path.Combine(_dir, "x.npy"), y = Path.Combine(_dir, "y.npy");
        NpyFile.Write(x, new double[20], 10, 2);
        NpyFile.Write(y, Enumerable.Repeat(1.0, 10).ToArray(), 10);
        AssertBadInput(["run", "glasgow-xor", "--data-x", x, "--data-y", y, "--d", "3"], "--d 3");
    }

    [Fact]
    public void UnwritableOut()
    {
        string file = Path.Combine(_dir, "a-file");
        File.WriteAllText(file, "");
        var (code, output, error) = Invoke(Small(Path.Combine(file, "run")));
        Assert.Equal(2, code);
        Assert.Single(Lines(error));
        Assert.Contains("--out", error);
        Assert.Contains("a-file", error);
        Assert.Equal("", output);
    }

    [Fact]
    public void ASmallRunPrintsASummaryAndWritesTheRecord()
    {
        string outDir = Path.Combine(_dir, "ok");
        var (code, output, error) = Invoke(Small(outDir));
        Assert.True(code == 0, error);
        Assert.Contains("train loss", output);
        Assert.Contains("test error", output);
        Assert.Contains("steps/s", output);
        Assert.True(File.Exists(Path.Combine(outDir, "run.jsonl")));
        Assert.True(File.Exists(Path.Combine(outDir, "metrics.csv")));
        var lines = File.ReadAllLines(Path.Combine(outDir, "run.jsonl"));
        Assert.Equal("glasgow-xor", JsonDocument.Parse(lines[0]).RootElement.GetProperty("experiment").GetString());
        Assert.Equal("summary", JsonDocument.Parse(lines[^1]).RootElement.GetProperty("type").GetString());
    }

    [Fact]
    public void DivergenceExitsWithOneAndSaysSo()
    {
        string outDir = Path.Combine(_dir, "diverged");
        var (code, _, error) = Invoke(Small(outDir, "--lr", "1e200", "--steps", "100"));
        Assert.Equal(1, code);
        Assert.Contains("diverged at step", error);
        var summary = JsonDocument.Parse(File.ReadAllLines(Path.Combine(outDir, "run.jsonl"))[^1]).RootElement;
        Assert.True(summary.GetProperty("diverged").GetBoolean());
    }

    /// <summary>
    /// A size no definition names gets a generated kernel specialized at run time; the run says it was compiled
    /// now, and the next identical run (a new specializer over the same cache, as a new process has) that it came from the cache.
    /// </summary>
    [Fact]
    public void ASizeOverrideGetsARunTimeKernelCompiledNowThenFromTheCache()
    {
        string cache = Path.Combine(_dir, "kernels");
        JsonElement Run(string name, string says, string source)
        {
            string outDir = Path.Combine(_dir, name);
            var args = Small(outDir, "--kernel-cache", cache).ToList();
            int k = args.IndexOf("--kernel");
            args.RemoveRange(k, 2); // no --kernel: the default asks for the generated kernel
            var (code, output, error) = Invoke([.. args]);
            Assert.True(code == 0, error);
            var line = Assert.Single(Lines(error), l => l.Contains("generated kernel for d=6 m=8", StringComparison.Ordinal));
            Assert.Contains(says, line, StringComparison.Ordinal);
            Assert.Contains("generated kernel (", output, StringComparison.Ordinal);
            var config = JsonDocument.Parse(File.ReadLines(Path.Combine(outDir, "run.jsonl")).First()).RootElement.Clone();
            Assert.Equal("generated", config.GetProperty("kernel").GetString());
            Assert.Equal(source, config.GetProperty("kernel_source").GetString());
            Assert.True(config.GetProperty("kernel_compile_seconds").GetDouble() >= 0);
            return config;
        }
        Run("first", "compiled now", "compiled-now");
        Run("second", "loaded from the kernel cache", "cache");
        Assert.Single(Directory.GetFiles(cache, "*.xgk"));
    }

    [Fact]
    public void AnUnwritableKernelCacheIsBadInput()
    {
        string file = Path.Combine(_dir, "a-file");
        File.WriteAllText(file, "");
        AssertBadInput(["run", "glasgow-xor", "--d", "6", "--width", "8", "--steps", "1", "--kernel-cache", Path.Combine(file, "kernels")], "--kernel-cache");
    }

    [Fact]
    public void UnparsableNumbersAreNamedInTheUsersTerms()
    {
        var (code, _, error) = Invoke("run", "glasgow-xor", "--steps", "abc");
        Assert.Equal(2, code);
        Assert.Contains("'abc'", error);
        Assert.Contains("as a whole number", error);
        Assert.DoesNotContain("System.", error);
        (code, _, error) = Invoke("run", "glasgow-xor", "--lr", "fast");
        Assert.Equal(2, code);
        Assert.Contains("as a number", error);
        Assert.DoesNotContain("System.", error);
    }

    [Fact]
    public void AnUnknownCommandIsNamed()
    {
        var (code, output, error) = Invoke("frobnicate");
        Assert.Equal(2, code);
        Assert.Single(Lines(error));
        Assert.Contains("'frobnicate'", error);
        Assert.Equal("", output);
    }

    /// <summary>
    /// The generated kernel's end-to-end check: glasgow-xor at its default model (the generated kernel the tool carries) reaches the same
    /// test error as the reference kernel for the same seed. 200 of the default 600 steps keep the reference run short.
    /// The test error reaches 0 within ~60 steps while the loss is still falling steeply (1.386 at the start, ≈ 0.1 at
    /// step 200), so the loss is what makes this comparison sharp.
    /// </summary>
    [Fact]
    public void GlasgowXorOnTheGeneratedKernelMatchesTheReference()
    {
        JsonElement Summary(string kernel)
        {
            string outDir = Path.Combine(_dir, "match-" + kernel);
            var (code, _, error) = Invoke("run", "glasgow-xor", "--kernel", kernel, "--steps", "200", "--test-n", "4000", "--no-probes", "--out", outDir);
            Assert.True(code == 0, error);
            var lines = File.ReadAllLines(Path.Combine(outDir, "run.jsonl"));
            Assert.Equal(kernel, JsonDocument.Parse(lines[0]).RootElement.GetProperty("kernel").GetString());
            return JsonDocument.Parse(lines[^1]).RootElement.Clone();
        }
        var generated = Summary("generated");
        var reference = Summary("reference");
        double errorGenerated = generated.GetProperty("test_error").GetDouble(), errorReference = reference.GetProperty("test_error").GetDouble();
        // float against double over 200 steps of SGD: a handful of the 4000 test points may sit at the boundary; 0.5% = 20 points
        Assert.True(Math.Abs(errorGenerated - errorReference) <= 0.005, $"test error: generated {errorGenerated}, reference {errorReference}");
        double lossGenerated = generated.GetProperty("test_loss").GetDouble(), lossReference = reference.GetProperty("test_loss").GetDouble();
        Assert.True(lossReference < 0.5, $"the reference run has left the start (2·log 2 ≈ 1.386): test loss {lossReference}");
        // the float kernel follows the double reference to ~1e-6 per step; 1e-3 relative after 200 steps leaves room for rounding, not for a wrong step
        Assert.True(Math.Abs(lossGenerated - lossReference) <= 1e-3 * lossReference, $"test loss: generated {lossGenerated}, reference {lossReference}");
    }

    [Fact]
    public void ExportWritesTheWeights()
    {
        string outDir = Path.Combine(_dir, "exp-run"), exportDir = Path.Combine(_dir, "exp");
        var (code, _, error) = Invoke(Small(outDir, "--export", exportDir));
        Assert.True(code == 0, error);
        Assert.Equal([8, 6], NpyFile.Read(Path.Combine(exportDir, "W_init.npy")).Shape);
        Assert.Equal([8], NpyFile.Read(Path.Combine(exportDir, "a_final.npy")).Shape);
        Assert.False(File.Exists(Path.Combine(exportDir, "X_train.npy")), "online SGD has no fixed training set");
    }

    [Fact]
    public void UsersOwnNpyDataTrainsWithMinibatchEpochs()
    {
        string x = Path.Combine(_dir, "x.npy"), y = Path.Combine(_dir, "y.npy");
        var xs = new double[40 * 3];
        var ys = new double[40];
        for (int i = 0; i < 40; i++) { xs[3 * i] = i % 2 == 0 ? 1 : -1; xs[3 * i + 1] = (i / 2) % 2 == 0 ? 1 : -1; ys[i] = -xs[3 * i] * xs[3 * i + 1]; }
        NpyFile.Write(x, xs, 40, 3);
        NpyFile.Write(y, ys, 40);
        string outDir = Path.Combine(_dir, "own");
        var (code, output, error) = Invoke("run", "glasgow-xor", "--data-x", x, "--data-y", y, "--batch", "8", "--steps", "10",
            "--test-n", "0", "--kernel", "reference", "--out", outDir);
        Assert.True(code == 0, error);
        Assert.Contains("minibatch", error);
        Assert.Contains("train loss", output);
        var config = JsonDocument.Parse(File.ReadAllLines(Path.Combine(outDir, "run.jsonl"))[0]).RootElement;
        Assert.Equal(3, config.GetProperty("model").GetProperty("d").GetInt32());
        Assert.Equal("minibatch-epochs", config.GetProperty("optimizer").GetString());
    }

    [Fact]
    public void ListShowsEveryExperiment()
    {
        var (code, output, _) = Invoke("list");
        Assert.Equal(0, code);
        foreach (var name in new[] { "glasgow-xor", "glasgow-xor-rf", "frei-xor-noise", "chatterji-huber-xor", "chatterji-shoulders-relu", "lmz-abs-teacher" })
            Assert.Contains(name, output);
        Assert.Contains("--d 2000 --n 200", output);
    }

    [Theory]
    [InlineData("--help")]
    [InlineData("list", "--help")]
    [InlineData("run", "--help")]
    [InlineData("run", "glasgow-xor", "--help")]
    public void HelpEverywhere(params string[] args)
    {
        var (code, output, _) = Invoke(args);
        Assert.Equal(0, code);
        Assert.Contains("Usage", output);
    }

    [Fact]
    public void Version()
    {
        var (code, output, _) = Invoke("--version");
        Assert.Equal(0, code);
        Assert.StartsWith("0.1.0", output.Trim());
    }

    [Fact]
    public void TheBuiltInSpecsAreExactlyTheGeneratorsSpecs()
    {
        ModelSpec Spec(string name) => Experiments.Find(name)!.Spec;
        Assert.Equal(new ModelSpec(32, 128, Activation.Relu, 0, Loss.Logistic, 2, TrainedLayers.Both, OutputLayer.Free, 1, OutputScale.InverseWidth, false, GradientScale.PerNeuron), Spec("glasgow-xor"));
        Assert.Equal(new ModelSpec(32, 4096, Activation.Relu, 0, Loss.Logistic, 2, TrainedLayers.SecondOnly, OutputLayer.Free, 1, OutputScale.InverseWidth, false, GradientScale.PerNeuron), Spec("glasgow-xor-rf"));
        Assert.Equal(new ModelSpec(20, 400, Activation.Relu, 0, Loss.Logistic, 1, TrainedLayers.FirstOnly, OutputLayer.FixedBalanced, 0.05, OutputScale.One, false, GradientScale.Raw), Spec("frei-xor-noise"));
        Assert.Equal(new ModelSpec(2, 200, Activation.HuberizedRelu, 0.01, Loss.Logistic, 1, TrainedLayers.FirstOnly, OutputLayer.FixedBalanced, 1, OutputScale.One, true, GradientScale.Raw), Spec("chatterji-huber-xor"));
        Assert.Equal(new ModelSpec(2, 200, Activation.Relu, 0, Loss.Logistic, 1, TrainedLayers.FirstOnly, OutputLayer.FixedBalanced, 1, OutputScale.One, true, GradientScale.Raw), Spec("chatterji-shoulders-relu"));
        Assert.Equal(Spec("chatterji-huber-xor"), Spec("chatterji-shoulders-huber")); // the same compiled kernel, other data
        Assert.Equal(new ModelSpec(30, 100, Activation.Abs, 0, Loss.Squared, 1, TrainedLayers.FirstOnly, OutputLayer.TiedToNorm, 1, OutputScale.InverseWidth, false, GradientScale.PerNeuron), Spec("lmz-abs-teacher"));
    }

    public static TheoryData<string, string> EveryExperimentWithEveryKernel()
    {
        var data = new TheoryData<string, string>();
        foreach (var e in Experiments.All)
            foreach (var kernel in new[] { "reference", "generic" })
                data.Add(e.Name, kernel);
        return data;
    }

    [Theory]
    [MemberData(nameof(EveryExperimentWithEveryKernel))]
    public void EveryBuiltInExperimentRunsEndToEnd(string experiment, string kernel)
    {
        string outDir = Path.Combine(_dir, experiment + kernel);
        string[] sizes = experiment switch
        {
            "frei-xor-noise" => ["--d", "8", "--width", "16", "--n", "64"],
            "lmz-abs-teacher" => ["--d", "6", "--width", "12", "--n", "64"],
            "chatterji-huber-xor" or "chatterji-shoulders-relu" or "chatterji-shoulders-huber" => ["--width", "20", "--n", "32"],
            _ => ["--d", "8", "--width", "16", "--batch", "16"],
        };
        var (code, output, error) = Invoke(["run", experiment, .. sizes, "--steps", "6", "--log-every", "2", "--test-n", "40",
            "--kernel", kernel, "--out", outDir]);
        Assert.True(code == 0, error);
        Assert.Contains("train loss", output);
        var lines = File.ReadAllLines(Path.Combine(outDir, "run.jsonl"));
        var config = JsonDocument.Parse(lines[0]).RootElement;
        Assert.Equal(kernel, config.GetProperty("kernel").GetString());
        Assert.Equal(6, lines.Length); // config, metrics at steps 0, 2, 4, 6, summary
        var summary = JsonDocument.Parse(lines[^1]).RootElement;
        Assert.False(summary.GetProperty("diverged").GetBoolean());
        Assert.Equal(6, summary.GetProperty("steps_completed").GetInt64());
        Assert.NotEmpty(config.GetProperty("probes").EnumerateArray());
    }
}
