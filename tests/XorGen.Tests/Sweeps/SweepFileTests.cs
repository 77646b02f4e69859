using XorGen.Cli.Sweeps;
using XorGen.Tests.IO;
using Xunit;

namespace XorGen.Tests.Sweeps;

public sealed class SweepFileTests
{
    [Fact]
    public void TheReadmeExampleExpandsToItsGrid()
    {
        var runs = SweepTestKit.Plan(SweepTestKit.ReadmeExample);
        Assert.Equal(2 * 1 * 2 * 3, runs.Count);
        foreach (var run in runs)
        {
            var c = run.Config;
            Assert.Equal("glasgow-xor", c.Experiment);
            Assert.Equal(64, c.Spec.Width);
            Assert.Equal(10 * c.Spec.Inputs, c.BatchSize);
            Assert.Equal(400, c.Steps);
            Assert.Equal(2000, c.TestCount);
            Assert.Equal(10, c.LogEvery);
            Assert.Equal("test_error < 0.05", c.Until!.Text);
            Assert.Equal(["d", "width", "batch", "lr"], run.Parameters.Select(p => p.Name));
            Assert.StartsWith($"d={c.Spec.Inputs},width=64,batch={10 * c.Spec.Inputs},lr=", run.Id);
        }
        Assert.Equal([8, 16], runs.Select(r => r.Config.Spec.Inputs).Distinct());
        Assert.Equal([0.05, 0.2], runs.Select(r => r.Config.Schedule.RateFirst).Distinct().Order());
        Assert.Equal([1UL, 2UL, 3UL], runs.Select(r => r.Seed).Distinct());
        Assert.Equal(runs.Count, runs.Select(r => r.Id).Distinct().Count());
    }

    [Fact]
    public void IdsAreStableAndChangeWithTheConfiguration()
    {
        var a = SweepTestKit.Plan(SweepTestKit.Tiny);
        var b = SweepTestKit.Plan(SweepTestKit.Tiny);
        Assert.Equal(a.Select(r => r.Id), b.Select(r => r.Id));
        // Any option that changes the configuration gives new ids, even one that is not swept (not in the prefix).
        var c = SweepTestKit.Plan(SweepTestKit.Tiny.Replace("steps: 30", "steps: 31"));
        Assert.Empty(a.Select(r => r.Id).Intersect(c.Select(r => r.Id)));
        Assert.Equal(a.Select(r => r.Id[..r.Id.LastIndexOf('-')]), c.Select(r => r.Id[..r.Id.LastIndexOf('-')]));
    }

    [Fact]
    public void RangesIncludeBothEnds()
    {
        var lin = SweepTestKit.Plan(SweepTestKit.Tiny.Replace("lr: {values: [0.05, 0.2]}", "lr: {min: 0.1, max: 0.3, count: 3}"));
        Assert.Equal([0.1, 0.2, 0.3], lin.Select(r => r.Config.Schedule.RateFirst).Distinct().Order().Select(x => Math.Round(x, 12)));
        var log = SweepTestKit.Plan(SweepTestKit.Tiny.Replace("lr: {values: [0.05, 0.2]}", "lr: {min: 0.01, max: 1, count: 3, scale: log}"));
        Assert.Equal([0.01, 0.1, 1], log.Select(r => r.Config.Schedule.RateFirst).Distinct().Order().Select(x => Math.Round(x, 12)));
    }

    [Fact]
    public void TheResolvedFileReadsBackToTheSameRuns()
    {
        var file = SweepFile.Parse(SweepTestKit.ReadmeExample, "x.yaml");
        var again = SweepFile.Parse(file.ToYaml(), "sweep.yaml");
        Assert.Equal(SweepPlan.Expand(file, "x").Select(r => r.Id), SweepPlan.Expand(again, "y").Select(r => r.Id));
    }

    [Fact]
    public void ExperimentCanBeAParameterAndDerivedValuesReadDefaults()
    {
        var runs = SweepTestKit.Plan("""
            parameters:
              experiment: {values: [glasgow-xor, glasgow-xor-rf]}
              d: {values: [4]}
              steps: {expr: "2 * log_every"}
            options: {log-every: 3, test-n: 10, kernel: reference}
            """);
        Assert.Equal(["glasgow-xor", "glasgow-xor-rf"], runs.Select(r => r.Config.Experiment));
        Assert.All(runs, r => Assert.Equal(6, r.Config.Steps));
        Assert.Equal(64, runs[1].Config.Spec.Width); // the random-features baseline: 4·d²
    }

    [Theory]
    [InlineData("experiment: glasgow-xor\nbogus: 1\n", "test.yaml:2: unknown key 'bogus'")]
    [InlineData("experiment: glasgow-xor\noptions: {frobnicate: 3}\n", "unknown option 'frobnicate'")]
    [InlineData("experiment: glasgow-xor\nparameters:\n  wdth: {values: [8]}\n", "unknown option 'wdth'")]
    [InlineData("experiment: glasgow-xor\nparameters:\n  d: {values: []}\n", "empty list")]
    [InlineData("experiment: glasgow-xor\nparameters:\n  batch: {expr: \"10*\"}\n", "bad expression '10*'")]
    [InlineData("experiment: glasgow-xor\nparameters:\n  batch: {expr: \"10*q\"}\n", "unknown name 'q'")]
    [InlineData("experiment: glasgow-xor\nparameters:\n  a: {expr: \"b\"}\n  b: {expr: \"a\"}\n", "cycle")]
    [InlineData("experiment: glasgow-xor\nparameters:\n  d: {values: [0]}\n", "--d 0")]
    [InlineData("experiment: glasgow-xor\nparameters:\n  d: [8, 16]\n", "parameter 'd': expected")]
    [InlineData("experiment: glasgow-xor\nparameters:\n  lr: {min: 1, max: 2}\n", "needs count")]
    [InlineData("experiment: glasgow-xor\nparameters:\n  lr: {min: 0, max: 2, count: 3, scale: log}\n", "min > 0")]
    [InlineData("experiment: glasgow-xor\nparameters:\n  lr: {min: 1, max: 2, count: 3, scale: cubic}\n", "linear or log")]
    [InlineData("experiment: glasgow-xor\nseeds: 0\n", "seeds")]
    [InlineData("experiment: glasgow-xor\nseeds: []\n", "no seeds")]
    [InlineData("experiment: glasgow-xor\noptions: {seed: 3}\n", "use seeds:")]
    [InlineData("experiment: glasgow-xor\noptions: {out: x}\n", "set by the sweep itself")]
    [InlineData("experiment: glasgow-xor\nuntil: \"test_error <\"\n", "until")]
    [InlineData("experiment: nope\n", "unknown experiment 'nope'")]
    [InlineData("options: {d: 3}\n", "no experiment")]
    [InlineData("experiment: glasgow-xor\noptions: {d: 3}\nparameters:\n  d: {values: [4]}\n", "both a fixed option and a parameter")]
    [InlineData("experiment: [glasgow-xor\n", "not valid YAML")]
    [InlineData("- 1\n- 2\n", "one YAML mapping")]
    [InlineData("experiment: glasgow-xor\nparameters:\n  d: {values: [4, 4]}\n", "same run")]
    public void BadFilesAreOneLineExitTwo(string yaml, string mentions)
    {
        using var dir = new TempDirectory();
        string path = dir.WriteText("test.yaml", yaml);
        string outDir = dir.File("out");
        var (code, output, error) = SweepTestKit.Cli("sweep", path, "--out", outDir);
        Assert.Equal(2, code);
        var lines = error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Single(lines);
        Assert.StartsWith("xorgen: ", lines[0]);
        Assert.Contains(mentions, lines[0]);
        Assert.DoesNotContain("   at ", error);
        Assert.Equal("", output);
        Assert.False(Directory.Exists(outDir), "nothing is written for a bad sweep file");
    }

    [Fact]
    public void DryRunListsTheRunsAndWritesNothing()
    {
        using var dir = new TempDirectory();
        string path = dir.WriteText("example.yaml", SweepTestKit.ReadmeExample);
        var (code, output, _) = SweepTestKit.Cli("sweep", path, "--dry-run", "--out", dir.File("out"));
        Assert.Equal(0, code);
        Assert.Contains("12 runs", output);
        Assert.Equal(12, output.Split('\n').Count(l => l.Contains("[pending]")));
        Assert.False(Directory.Exists(dir.File("out")));
    }

    [Fact]
    public void BuiltinPrintsItsYamlWhichParses()
    {
        foreach (var name in BuiltinSweeps.Names)
        {
            var (code, output, _) = SweepTestKit.Cli("sweep", "--builtin", name, "--print");
            Assert.Equal(0, code);
            var runs = SweepPlan.Expand(SweepFile.Parse(output, name), name);
            Assert.Contains(runs, r => r.Config.Experiment == "glasgow-xor-rf");
            Assert.Contains(runs, r => r.Config.Experiment == "glasgow-xor");
            Assert.All(runs, r => Assert.Equal("test_error < 0.05", r.Config.Until!.Text));
        }
        Assert.Equal(2, SweepTestKit.Cli("sweep", "--builtin", "nope").Code);
    }
}
