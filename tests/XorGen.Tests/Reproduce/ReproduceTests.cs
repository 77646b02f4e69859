using System.Text.Json;
using XorGen.Cli.Reproduce;
using Xunit;
using static XorGen.Tests.Cli.CliRunner;

namespace XorGen.Tests.Reproduce;

public sealed class ReproduceTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "xorgen-reproduce-" + Guid.NewGuid().ToString("N"));

    public ReproduceTests() => Directory.CreateDirectory(_dir);
    public void Dispose() => Directory.Delete(_dir, recursive: true);


    private static PlannedRun Tiny(int seed, string steps = "4") => new($"tiny-seed={seed}", "glasgow-xor",
        ["--d", "6", "--width", "8", "--batch", "16", "--steps", steps, "--test-n", "32", "--kernel", "reference", "--seed", seed.ToString(System.Globalization.CultureInfo.InvariantCulture)]);

    [Fact]
    public void Run_ids_are_stable_readable_and_change_with_any_option()
    {
        Assert.Equal(Tiny(1).Id, Tiny(1).Id);
        Assert.StartsWith("tiny-seed=1-", Tiny(1).Id);
        Assert.NotEqual(Tiny(1).Id, Tiny(2).Id);
        Assert.NotEqual(Tiny(1).Id, Tiny(1, steps: "5").Id);
        Assert.NotEqual(Tiny(1).Id, (Tiny(1) with { Experiment = "glasgow-xor-rf" }).Id);
    }

    [Fact]
    public void A_batch_skips_complete_runs_and_redoes_interrupted_ones()
    {
        var runs = new[] { Tiny(1), Tiny(2) };
        var first = RunBatch.Execute(_dir, runs, jobs: 2, TextWriter.Null);
        Assert.All(runs, r => Assert.Equal(RunOutcome.Done, first[r]));
        string record1 = File.ReadAllText(Path.Combine(RunBatch.RunDirectory(_dir, runs[0]), "run.jsonl"));

        // an interrupted run leaves only partial files: simulate by removing the finished record of run 2
        string dir2 = RunBatch.RunDirectory(_dir, runs[1]);
        File.Move(Path.Combine(dir2, "run.jsonl"), Path.Combine(dir2, "run.jsonl.partial"));
        var second = RunBatch.Execute(_dir, runs, jobs: 1, TextWriter.Null);
        Assert.Equal(RunOutcome.Skipped, second[runs[0]]);
        Assert.Equal(RunOutcome.Done, second[runs[1]]);
        Assert.Equal(record1, File.ReadAllText(Path.Combine(RunBatch.RunDirectory(_dir, runs[0]), "run.jsonl"))); // untouched
        var table = RunTable.Read(dir2);
        Assert.Equal(0, table.Steps[0]);
        Assert.Equal(4, table.Steps[^1]);
        Assert.False(table.Diverged);
    }

    [Fact]
    public void A_run_with_bad_options_is_reported_failed_not_complete()
    {
        var bad = new PlannedRun("bad", "glasgow-xor", ["--d", "0"]);
        var outcome = RunBatch.Execute(_dir, [bad], jobs: 1, TextWriter.Null);
        Assert.Equal(RunOutcome.Failed, outcome[bad]);
        Assert.False(RunBatch.IsComplete(_dir, bad));
    }

    [Theory]
    [InlineData(new[] { "reproduce", "nope" }, "nope")]
    [InlineData(new[] { "reproduce", "frei", "--jobs", "0" }, "--jobs 0")]
    [InlineData(new[] { "reproduce", "frei", "--profile", "huge" }, "huge")]
    public void Bad_command_lines_give_one_line_and_exit_2(string[] args, string mentions)
    {
        var (code, output, error) = Invoke([.. args, "--out", Path.Combine(_dir, "never")]);
        Assert.Equal(2, code);
        var lines = error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Single(lines);
        Assert.Contains(mentions, lines[0]);
        Assert.Equal("", output);
    }

    [Fact]
    public void Truncation_caps_are_options_of_the_lmz_experiment()
    {
        string outDir = Path.Combine(_dir, "lmz");
        var (code, _, error) = Invoke("run", "lmz-abs-teacher", "--d", "4", "--width", "6", "--n", "20", "--steps", "4", "--test-n", "8",
            "--cap0", "1.25", "--cap1", "9", "--cap-switch", "3", "--out", outDir);
        Assert.True(code == 0, error);
        string config = File.ReadLines(Path.Combine(outDir, "run.jsonl")).First();
        using var doc = JsonDocument.Parse(config);
        var stages = doc.RootElement.GetProperty("schedule").GetProperty("truncation").EnumerateArray()
            .Select(e => (e.GetProperty("from_step").GetInt64(), e.GetProperty("norm_cap_squared").GetDouble())).ToArray();
        Assert.Equal([(0L, 1.25), (3L, 9.0)], stages);

        var (bad, _, badError) = Invoke("run", "frei-xor-noise", "--cap0", "2", "--out", Path.Combine(_dir, "never"));
        Assert.Equal(2, bad);
        Assert.Contains("no truncation", badError);
        var (neg, _, negError) = Invoke("run", "lmz-abs-teacher", "--cap1", "-1", "--out", Path.Combine(_dir, "never"));
        Assert.Equal(2, neg);
        Assert.Contains("--cap1", negError);
    }

    [Fact]
    public void The_Huberized_shoulders_experiment_exists_and_runs_on_a_generated_kernel()
    {
        string outDir = Path.Combine(_dir, "sh");
        var (code, output, error) = Invoke("run", "chatterji-shoulders-huber", "--steps", "3", "--test-n", "16", "--out", outDir);
        Assert.True(code == 0, error);
        Assert.Contains("generated kernel", output);
        Assert.Contains("shoulders", File.ReadLines(Path.Combine(outDir, "run.jsonl")).First());
    }

    [Fact]
    public void A_linear_classifier_through_the_origin_is_at_chance_on_XOR_clusters_and_not_on_separable_data()
    {
        var xor = new GaussianXorClustersSource(20, Math.Pow(20, -0.6), 0.15, LabelNoiseMode.ExactPerCluster);
        var r = LinearBaseline.Fit(xor.TrainingSet<double>(3, 400), xor.TestSet<double>(3, 4000), bias: false);
        Assert.InRange(r.TestErrorClean, 0.45, 0.55);

        // labels y = sign(x_1) on Gaussian input: a linear classifier through the origin learns it
        var rng = new Random(5);
        Dataset<double> Separable(int n)
        {
            var x = new double[n * 3]; var y = new double[n];
            for (int i = 0; i < n; i++)
            {
                for (int k = 0; k < 3; k++) x[i * 3 + k] = rng.NextDouble() * 2 - 1;
                y[i] = x[i * 3] >= 0 ? 1 : -1;
            }
            return new Dataset<double>(n, 3, x, y);
        }
        var s = LinearBaseline.Fit(Separable(400), Separable(2000), bias: false);
        Assert.True(s.TestErrorClean < 0.05, $"separable data: test error {s.TestErrorClean}");
    }

    [Fact]
    public void The_least_squares_fit_and_median_are_right()
    {
        var (slope, intercept) = Fmt.Fit([1, 2, 3, 4], [3, 5, 7, 9]);
        Assert.Equal(2, slope, 12);
        Assert.Equal(1, intercept, 12);
        Assert.Equal(2.5, Fmt.Median([4, 1, double.NaN, 2, 3]));
        Assert.Equal(3, Fmt.Median([5, 3, 1]));
    }
}
