using BenchmarkDotNet.Running;
using XorGen.Bench;
using Xunit;

namespace XorGen.Tests.Bench;

/// <summary>The benchmark suite's bookkeeping: which rows run in which job, their flop counts, the peak probe, the peers mode's input checks.</summary>
public class BenchSuiteTests
{
    private static List<BenchmarkCase> CasesOf(Type type)
        => BenchmarkConverter.TypeToBenchmarks(type, SuiteConfig.Create(dry: true, Path.GetTempPath())).BenchmarksCases.ToList();

    [Fact]
    public void GlasgowRowsCountFourBmdFlopsAndRunOnlyInTheDefaultJob()
    {
        var cases = CasesOf(typeof(GlasgowStep));
        Assert.NotEmpty(cases);
        foreach (var c in cases)
        {
            Assert.Equal(SuiteConfig.DefaultJobId, c.Job.Id);
            var row = Assert.IsType<GlasgowStep>(CaseInspector.Describe(c));
            Assert.Equal(4.0 * row.B * row.M * row.D, row.FlopsPerOperation);
        }
        // Generic rows: the whole grid, both modes.
        Assert.Equal(3 * 3 * 2 * 2, cases.Count(c => ((GlasgowStep)CaseInspector.Describe(c)!).Kernel == KernelKind.Generic));
    }

    [Fact]
    public void ReferenceRowsStopAtTheFlopLimitAndGeneratedRowsFollowTheRegistry()
    {
        var rows = CasesOf(typeof(GlasgowStep)).Select(c => (GlasgowStep)CaseInspector.Describe(c)!).ToList();
        var reference = rows.Where(r => r.Kernel == KernelKind.Reference).ToList();
        Assert.Contains(reference, r => r is { D: 32, M: 128, B: 32 });
        Assert.All(reference, r => Assert.True(r.FlopsPerOperation <= Cases.ReferenceFlopLimit));
        Assert.DoesNotContain(reference, r => r is { D: 512, M: 2048 });
        foreach (var r in rows.Where(r => r.Kernel == KernelKind.Generated))
            Assert.True(KernelFactory.HasGenerated<float>(r.Spec));
        Assert.Equal(
            rows.Count(r => r.Kernel == KernelKind.Generic),
            rows.Count(r => r.Kernel == KernelKind.Generated) + rows.Count(r => r.Kernel == KernelKind.Generic && !KernelFactory.HasGenerated<float>(r.Spec)));
    }

    [Fact]
    public void MatrixClassesRunInEveryInstructionSetJob()
    {
        var jobs = CasesOf(typeof(PeakFma)).Select(c => c.Job.Id).Distinct().Order().ToList();
        Assert.Equal(SuiteConfig.InstructionSetJobs.Select(j => j.Id).Order(), jobs);
        Assert.Equal([SuiteConfig.DefaultJobId], CasesOf(typeof(ThreadedStep)).Select(c => c.Job.Id).Distinct());
    }

    [Fact]
    public void ThreadedRowsRunTheGeneratedKernelOnOneAndTwoThreads()
    {
        var rows = CasesOf(typeof(ThreadedStep)).Select(c => (ThreadedStep)CaseInspector.Describe(c)!).ToList();
        Assert.Equal(4, rows.Count(r => r.Kernel == KernelKind.Generic));
        Assert.True(KernelFactory.HasGenerated<float>(Cases.Glasgow(512, 2048)), "the largest Glasgow size has a compiled-in kernel");
        Assert.Equal(4, rows.Count(r => r.Kernel == KernelKind.Generated));
        Assert.Equal([1, 1, 2, 2], rows.Where(r => r.Kernel == KernelKind.Generated).Select(r => r.T).Order());
        using var kernel = KernelFactory.Create<float>(KernelKind.Generated, Cases.Glasgow(512, 2048), new KernelOptions(2));
        Assert.Equal(2, (int)kernel.GetType().GetProperty("Threads")!.GetValue(kernel)!);
    }

    [Fact]
    public void PaperRowsUseTheBuiltInExperimentSpecs()
    {
        Assert.Equal(new ModelSpec(2, 200, Activation.HuberizedRelu, 0.01, Loss.Logistic, 1, TrainedLayers.FirstOnly,
            OutputLayer.FixedBalanced, 1, OutputScale.One, true, GradientScale.Raw), Cases.Spec(Setup.Chatterji, 0, 0));
        var lmz = Cases.Spec(Setup.LiMaZhang, 0, 0);
        Assert.Equal((30, 100, OutputLayer.TiedToNorm, Loss.Squared), (lmz.Inputs, lmz.Width, lmz.Output, lmz.Loss));
        Assert.Equal(2.0 * 128 * 400 * 20 * 2, Cases.Spec(Setup.Frei, 0, 0).FlopsPerStep(128));
    }

    [Theory]
    [InlineData(Precision.Float, 512, 16)]
    [InlineData(Precision.Double, 256, 4)]
    [InlineData(Precision.Float, 128, 4)]
    public void PeakProbeCountsTwoFlopsPerLanePerChainAndConvergesToItsFixedPoint(Precision precision, int bits, int lanes)
    {
        Assert.Equal(2.0 * PeakFma.Rounds * PeakFma.Chains * lanes, PeakFma.Flops(precision, bits));
        // acc ← 0.999·acc + 0.001 from 0.5: 1 − 0.5·0.999^4096 ≈ 0.9917 per chain; the first lane sums 12 chains.
        double expected = PeakFma.Chains * (1 - 0.5 * Math.Pow(0.999, PeakFma.Rounds));
        Assert.Equal(expected, PeakFma.Run(precision, bits), precision == Precision.Float ? 1e-2 : 1e-9);
    }

    [Fact]
    public void CpuSlugIsAFolderName() => Assert.Matches("^[a-z0-9]+(-[a-z0-9]+)*$", Machine.CpuSlug());

    [Theory]
    [InlineData("--d", "0")]
    [InlineData("--width", "x")]
    [InlineData("--seconds", "-1")]
    [InlineData("--kernel", "fast")]
    [InlineData("--bogus", "1")]
    public void PeersModeRejectsBadInputWithExitCodeTwo(string option, string value)
        => Assert.Equal(2, PeersMode.Run([option, value]));
}
