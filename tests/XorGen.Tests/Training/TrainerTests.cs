using Xunit;

namespace XorGen.Tests.Training;

public class TrainerTests
{
    [Fact]
    public void OnlineSgdTrainsEveryStepOnTheFreshBatchOfThatStep()
    {
        var config = TrainingFixtures.Indexed(OptimizerKind.OnlineSgd, n: 0, batch: 5, steps: 7);
        using var kernel = new RecordingKernel<double>(config.Spec);
        Trainer.Run(config, kernel);
        Assert.Equal(7, kernel.StepRowIds.Count);
        for (int t = 0; t < 7; t++)
        {
            Assert.Equal(5, kernel.StepRowIds[t].Length);
            Assert.All(kernel.StepRowIds[t], id => Assert.Equal(500 + t, id));
        }
    }

    [Fact]
    public void FullBatchGdTrainsEveryStepOnTheWholeSet()
    {
        var config = TrainingFixtures.Indexed(OptimizerKind.FullBatchGd, n: 9, batch: 1, steps: 4);
        using var kernel = new RecordingKernel<float>(config.Spec with { });
        Trainer.Run(config with { Precision = Precision.Float }, kernel);
        Assert.Equal(4, kernel.StepRowIds.Count);
        Assert.All(kernel.StepRowIds, ids => Assert.Equal(Enumerable.Range(0, 9), ids));
    }

    [Fact]
    public void MinibatchEpochsVisitEverySampleOncePerEpochInAFreshOrder()
    {
        const int n = 10, batch = 4; // 3 steps per epoch: 4 + 4 + 2 rows
        var config = TrainingFixtures.Indexed(OptimizerKind.MinibatchEpochs, n, batch, steps: 9);
        using var kernel = new RecordingKernel<double>(config.Spec);
        Trainer.Run(config, kernel);
        Assert.Equal(9, kernel.StepRowIds.Count);
        var orders = new List<int[]>();
        for (int epoch = 0; epoch < 3; epoch++)
        {
            var seen = kernel.StepRowIds.Skip(3 * epoch).Take(3).ToList();
            Assert.Equal([4, 4, 2], seen.Select(s => s.Length));
            var order = seen.SelectMany(s => s).ToArray();
            Assert.Equal(Enumerable.Range(0, n), order.Order());
            orders.Add(order);
        }
        Assert.False(orders[0].SequenceEqual(orders[1]) && orders[1].SequenceEqual(orders[2]), "epochs are reshuffled");

        // The order is a pure function of (seed, epoch).
        var again = new int[n];
        Minibatches.EpochOrder(config.Seed, 1, again);
        Assert.Equal(orders[1], again);
        Minibatches.EpochOrder(config.Seed + 1, 1, again);
        Assert.NotEqual(orders[1], again);
    }

    [Fact]
    public void ScheduleGivesTheFirstStepItsOwnRateThenTheAdaptiveRule()
    {
        var schedule = new Schedule { FirstStepRate = 0.25, AdaptiveC = 1.5, AdaptiveP = 10 };
        var config = TrainingFixtures.Indexed(OptimizerKind.FullBatchGd, n: 8, batch: 1, steps: 3, schedule);
        using var kernel = new RecordingKernel<double>(config.Spec);
        Trainer.Run(config, kernel);
        Assert.Equal(new StepControl(0.25, 0.25, 0.25), kernel.Controls[0]);
        Assert.False(kernel.Controls[0].IsAdaptive);
        for (int t = 1; t < 3; t++)
        {
            Assert.True(kernel.Controls[t].IsAdaptive);
            double loss = kernel.Losses[t];
            double expected = 1.5 * Math.Log(1 / loss) * Math.Log(1 / loss) / 10; // α_t = c·log²(1/L_t)/p
            Assert.Equal(expected, kernel.Controls[t].RatesFor(loss).First, 12);
        }
    }

    [Fact]
    public void AdaptiveStepMovesTheWeightsByTheFormulaRateTimesTheGradient()
    {
        var spec = new ModelSpec(2, 5, Train: TrainedLayers.FirstOnly, Output: OutputLayer.FixedBalanced, Bias: true);
        var source = new IndexedSource();
        var set = source.TrainingSet<double>(1, 6);
        var kernel = new ReferenceKernel<double>(spec);
        var start = new Initialization(new WeightInit.Gaussian(0.5), new OutputInit.Zero(), new BiasInit.Gaussian(0.5)).Create(spec, 11);
        kernel.LoadParameters(start);
        var gradient = new NetworkParameters(spec);
        double loss = kernel.LossAndGradient(set.X, set.Y, set.Count, gradient);
        var control = new Schedule { AdaptiveC = 2, AdaptiveP = 3 }.ControlAt(5);
        kernel.Step(set.X, set.Y, set.Count, control);
        var after = new NetworkParameters(spec);
        kernel.StoreParameters(after);
        double alpha = 2 * Math.Pow(Math.Log(1 / loss), 2) / 3;
        for (int i = 0; i < after.W.Length; i++) Assert.Equal(start.W[i] - alpha * gradient.W[i], after.W[i], 12);
        for (int j = 0; j < after.B.Length; j++) Assert.Equal(start.B[j] - alpha * gradient.B[j], after.B[j], 12);
    }

    [Fact]
    public void TruncationCapsChangeInStages()
    {
        var schedule = Schedule.Constant(0.1) with { Truncation = [new(0, 4.0), new(5, 16.0)] };
        var config = TrainingFixtures.Indexed(OptimizerKind.FullBatchGd, n: 4, batch: 1, steps: 8, schedule);
        using var kernel = new RecordingKernel<double>(config.Spec);
        Trainer.Run(config, kernel);
        Assert.Equal([4, 4, 4, 4, 4, 16, 16, 16], kernel.Controls.Select(c => c.NormCapSquared));
        Assert.Equal(double.PositiveInfinity, Schedule.Constant(1).ControlAt(3).NormCapSquared);
        Assert.Equal(double.PositiveInfinity, (Schedule.Constant(1) with { Truncation = [new(2, 1.0)] }).ControlAt(1).NormCapSquared);
    }

    [Fact]
    public void SeparateRatesPerLayerReachTheKernel()
    {
        var schedule = new Schedule { RateFirst = 0.1, RateSecond = 0.2, RateBias = 0.3 };
        var config = TrainingFixtures.Indexed(OptimizerKind.FullBatchGd, n: 4, batch: 1, steps: 2, schedule);
        using var kernel = new RecordingKernel<double>(config.Spec);
        Trainer.Run(config, kernel);
        Assert.All(kernel.Controls, c => Assert.Equal((0.1, 0.2, 0.3), (c.RateFirst, c.RateSecond, c.RateBias)));
    }

    [Fact]
    public void ProbesRunAtStepZeroEveryLogEveryAndTheLastStepOnTheCurrentParameters()
    {
        var probe = new CountingProbe();
        var config = TrainingFixtures.SmallGlasgow(steps: 25) with { LogEvery = 10, Probes = [probe] };
        using var kernel = new RecordingKernel<double>(config.Spec);
        var result = Trainer.Run(config, kernel);
        Assert.Equal([0L, 10, 20, 25], probe.Steps);
        Assert.Equal([0L, 10, 20, 25], result.Metrics.Select(r => r.Step));
        Assert.Equal(result.Initial.W[0], probe.FirstWeights[0]);
        Assert.Equal(result.Final.W[0], probe.FirstWeights[^1]);
        Assert.NotEqual(probe.FirstWeights[0], probe.FirstWeights[^1]);
        Assert.All(result.Metrics, r => Assert.True(r.Has("counting_w0")));
    }

    [Fact]
    public void WithoutProbesTheParametersAreReadOnlyAtTheStartAndTheEnd()
    {
        var config = TrainingFixtures.SmallGlasgow(steps: 25) with { LogEvery = 5 };
        using var kernel = new RecordingKernel<double>(config.Spec);
        Trainer.Run(config, kernel);
        Assert.Equal(2, kernel.StoreCalls);
    }

    [Fact]
    public void MetricsHaveTrainAndTestLossesAndErrors()
    {
        var result = Trainer.Run(TrainingFixtures.SmallGlasgow(steps: 10));
        foreach (var key in new[] { "train_loss", "train_error", "test_loss", "test_error", "test_error_clean" })
            Assert.True(result.Metrics[^1].Has(key), key);
        Assert.Equal(10, result.Summary.StepsCompleted);
        Assert.False(result.Summary.Diverged);
        Assert.Null(result.Summary.DivergedAtStep);
    }

    [Theory]
    [InlineData(Precision.Float)]
    [InlineData(Precision.Double)]
    public void AHugeRateDivergesAndStopsTheRun(Precision precision)
    {
        var config = TrainingFixtures.SmallGlasgow(steps: 200, rate: 1e200) with { Precision = precision };
        var result = Trainer.Run(config);
        Assert.True(result.Summary.Diverged);
        Assert.NotNull(result.Summary.DivergedAtStep);
        Assert.True(result.Summary.StepsCompleted < 200);
        Assert.False(double.IsFinite(result.Summary.Final["train_loss"]));
    }

    [Fact]
    public void InvalidConfigurationsNameTheBadValue()
    {
        var good = TrainingFixtures.SmallGlasgow();
        Assert.Contains("steps = 0", Assert.Throws<ArgumentException>(() => Trainer.Run(good with { Steps = 0 })).Message);
        Assert.Contains("batch size = -2", Assert.Throws<ArgumentException>(() => Trainer.Run(good with { BatchSize = -2 })).Message);
        Assert.Contains("NaN", Assert.Throws<ArgumentException>(() => Trainer.Run(good with { Schedule = Schedule.Constant(double.NaN) })).Message);
        Assert.Contains("-1", Assert.Throws<ArgumentException>(() => Trainer.Run(good with { Schedule = Schedule.Constant(-1) })).Message);
        Assert.Contains("d = 5", Assert.Throws<ArgumentException>(() => Trainer.Run(good with { Data = new BooleanXorSource(5) })).Message);
        Assert.Contains("n = 0", Assert.Throws<ArgumentException>(() => Trainer.Run(good with { Optimizer = OptimizerKind.FullBatchGd, TrainCount = 0 })).Message);
    }

    [Fact]
    public void TheSameRunTwiceGivesTheSameMetrics()
    {
        var a = Trainer.Run(TrainingFixtures.SmallGlasgow(steps: 20) with { Precision = Precision.Float });
        var b = Trainer.Run(TrainingFixtures.SmallGlasgow(steps: 20) with { Precision = Precision.Float });
        Assert.Equal(a.Metrics.Count, b.Metrics.Count);
        for (int i = 0; i < a.Metrics.Count; i++) Assert.Equal(a.Metrics[i].Values, b.Metrics[i].Values);
        Assert.Equal(a.Final.W, b.Final.W);
        var c = Trainer.Run(TrainingFixtures.SmallGlasgow(steps: 20, seed: 8) with { Precision = Precision.Float });
        Assert.NotEqual(a.Final.W, c.Final.W);
    }

    [Theory]
    [InlineData(OptimizerKind.OnlineSgd)]
    [InlineData(OptimizerKind.FullBatchGd)]
    [InlineData(OptimizerKind.MinibatchEpochs)]
    public void StepsDoNotAllocate(OptimizerKind optimizer)
    {
        // Same logged steps (0 and the last), different numbers of steps: the difference is what the steps allocate.
        long Allocated(long steps)
        {
            var config = TrainingFixtures.SmallGlasgow(steps: steps) with
            {
                Optimizer = optimizer, TrainCount = 64, BatchSize = 16, LogEvery = 1_000_000, TestCount = 0,
                Schedule = Schedule.Constant(0.1) with { Truncation = [new(0, 100.0), new(5, 200.0)] },
            };
            // The generic kernel: the reference allocates a scratch row per step on purpose.
            using var kernel = KernelFactory.Create<float>(KernelKind.Generic, config.Spec);
            long before = GC.GetAllocatedBytesForCurrentThread();
            Trainer.Run(config, kernel);
            return GC.GetAllocatedBytesForCurrentThread() - before;
        }
        Allocated(20); // warm up (JIT, statics)
        long few = Allocated(20), many = Allocated(420);
        Assert.True(many - few < 1024, $"400 more steps allocated {many - few} bytes");
    }
}
