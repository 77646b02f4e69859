using System.Numerics;

namespace XorGen.Tests.Training;

/// <summary>Small runs and instrumented parts for the trainer tests.</summary>
internal static class TrainingFixtures
{
    /// <summary>The Glasgow setup at a small size: Boolean XOR, online SGD, both layers.</summary>
    public static RunConfig SmallGlasgow(int d = 6, int m = 12, int batch = 32, long steps = 30, double rate = 0.4, ulong seed = 7) => new()
    {
        Experiment = "test-glasgow",
        Spec = new ModelSpec(d, m, Activation.Relu, 0, Loss.Logistic, 2, TrainedLayers.Both, OutputLayer.Free, 1,
            OutputScale.InverseWidth, false, GradientScale.PerNeuron),
        Kernel = KernelKind.Reference,
        Data = new BooleanXorSource(d),
        TestCount = 200,
        Initialization = new Initialization(new WeightInit.Sphere(0.1), new OutputInit.BalancedToNorm(), new BiasInit.Zero()),
        Optimizer = OptimizerKind.OnlineSgd,
        BatchSize = batch,
        Schedule = Schedule.Constant(rate),
        Steps = steps,
        Seed = seed,
        LogEvery = 10,
    };

    /// <summary>A run on <see cref="IndexedSource"/> with rate 0: parameters never move, rows are identifiable.</summary>
    public static RunConfig Indexed(OptimizerKind optimizer, int n, int batch, long steps, Schedule? schedule = null) => new()
    {
        Experiment = "test-indexed",
        Spec = new ModelSpec(IndexedSource.D, 4, Bias: true, Train: TrainedLayers.FirstOnly, Output: OutputLayer.FixedBalanced),
        Kernel = KernelKind.Reference,
        Data = new IndexedSource(),
        TrainCount = n,
        TestCount = 0,
        Initialization = new Initialization(new WeightInit.Gaussian(0.1), new OutputInit.Zero(), new BiasInit.Zero()),
        Optimizer = optimizer,
        BatchSize = batch,
        Schedule = schedule ?? Schedule.Constant(0),
        Steps = steps,
        Seed = 3,
        LogEvery = 1000,
    };
}

/// <summary>
/// A data source whose rows say where they came from: x_0 = id/1000 where id is the row number of the training set,
/// or 500 + (batch index) for online batches (all rows of batch b carry b); x_1 = row within the batch / 1000.
/// </summary>
internal sealed class IndexedSource : IDataSource
{
    public const int D = 2;
    public string Name => "indexed";
    public int Inputs => D;
    public bool IsRegression => false;
    public bool SupportsOnline => true;
    public string Describe() => "rows numbered in x_0";

    public static int IdOf<T>(T x0) where T : unmanaged, IFloatingPointIeee754<T> => (int)Math.Round(double.CreateTruncating(x0) * 1000);

    public void FillBatch<T>(ulong seed, long batchIndex, Span<T> x, Span<T> y, Span<T> yClean) where T : unmanaged, IFloatingPointIeee754<T>
    {
        for (int r = 0; r < y.Length; r++)
        {
            x[r * D] = T.CreateTruncating((500 + batchIndex) / 1000.0);
            x[r * D + 1] = T.CreateTruncating(r / 1000.0);
            y[r] = yClean[r] = r % 2 == 0 ? T.One : -T.One;
        }
    }

    public Dataset<T> TrainingSet<T>(ulong seed, int count) where T : unmanaged, IFloatingPointIeee754<T>
    {
        var set = Dataset<T>.Allocate(count, D);
        for (int i = 0; i < count; i++)
        {
            set.X[i * D] = T.CreateTruncating(i / 1000.0);
            set.Y[i] = set.YClean[i] = i % 2 == 0 ? T.One : -T.One;
        }
        return set;
    }

    public Dataset<T> TestSet<T>(ulong seed, int count) where T : unmanaged, IFloatingPointIeee754<T> => TrainingSet<T>(seed, count);
}

/// <summary>The reference kernel, recording what each step was given.</summary>
internal sealed class RecordingKernel<T>(ModelSpec spec) : ITrainingKernel<T> where T : unmanaged, IFloatingPointIeee754<T>
{
    private readonly ReferenceKernel<T> _inner = new(spec);
    public List<int[]> StepRowIds { get; } = [];
    public List<StepControl> Controls { get; } = [];
    public List<double> Losses { get; } = [];
    public int StoreCalls { get; private set; }

    public ModelSpec Spec => _inner.Spec;
    public KernelKind Kind => KernelKind.Reference;
    public InstructionSet InstructionSet => InstructionSet.Scalar;
    public void LoadParameters(NetworkParameters parameters) => _inner.LoadParameters(parameters);
    public void StoreParameters(NetworkParameters parameters) { StoreCalls++; _inner.StoreParameters(parameters); }

    public double Step(ReadOnlySpan<T> x, ReadOnlySpan<T> y, int rows, in StepControl control)
    {
        var ids = new int[rows];
        for (int r = 0; r < rows; r++) ids[r] = IndexedSource.IdOf(x[r * spec.Inputs]);
        StepRowIds.Add(ids);
        Controls.Add(control);
        double loss = _inner.Step(x, y, rows, control);
        Losses.Add(loss);
        return loss;
    }

    public double LossAndGradient(ReadOnlySpan<T> x, ReadOnlySpan<T> y, int rows, NetworkParameters gradient) => _inner.LossAndGradient(x, y, rows, gradient);
    public EvalResult Evaluate(ReadOnlySpan<T> x, ReadOnlySpan<T> y, ReadOnlySpan<T> yClean, int rows) => _inner.Evaluate(x, y, yClean, rows);
    public void Predict(ReadOnlySpan<T> x, int rows, Span<T> output) => _inner.Predict(x, rows, output);
    public void Dispose() => _inner.Dispose();
}

/// <summary>A probe that records when it ran and what it saw.</summary>
internal sealed class CountingProbe : IProbe
{
    public List<long> Steps { get; } = [];
    public List<double> FirstWeights { get; } = [];
    public string Name => "counting";
    public void Measure(ProbeContext context, IDictionary<string, double> metrics)
    {
        Steps.Add(context.Step);
        FirstWeights.Add(context.Parameters.W[0]);
        metrics["counting_w0"] = context.Parameters.W[0];
    }
}
