using Xunit;

namespace XorGen.Tests.Sweeps;

public sealed class SweepBenchTests
{
    [Fact]
    public void TheSweepBenchmarkRunsAndReportsEveryJobCount()
    {
        var saved = Console.Out;
        var output = new StringWriter();
        Console.SetOut(output);
        int code;
        try { code = XorGen.Bench.SweepBench.Run(["--runs", "6", "--jobs", "2", "--repeat", "1", "--steps", "5", "--test-n", "50"]); }
        finally { Console.SetOut(saved); }
        Assert.Equal(0, code);
        Assert.Contains("RESULT mode=sweep runs=6 jobs=1 ", output.ToString());
        Assert.Contains("RESULT mode=sweep runs=6 jobs=2 ", output.ToString());
        Assert.Equal(2, XorGen.Bench.SweepBench.Run(["--runs", "0"]));
    }

    [Fact]
    public void TheExampleFileCiRunsIsTheIssuesExampleVerbatim()
    {
        string path = Path.Combine(XorGen.Bench.Machine.RepositoryRoot(), "tests", "sweeps", "example.yaml");
        Assert.Equal(SweepTestKit.ReadmeExample.ReplaceLineEndings("\n") + "\n", File.ReadAllText(path).ReplaceLineEndings("\n"));
    }
}
