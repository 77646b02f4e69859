using BenchmarkDotNet.Attributes;

namespace XorGen.Bench;

/// <summary>A benchmark whose operation does a known number of floating-point operations, on a known number of threads.</summary>
public interface IFlopCounted
{
    /// <summary>Flops of one benchmark operation (for a training step: <see cref="ModelSpec.FlopsPerStep"/>).</summary>
    double FlopsPerOperation { get; }
    /// <summary>Threads the operation may use; the % of peak column compares against peak × threads.</summary>
    int Threads { get; }
    /// <summary>Why this row is not measured (the suite's filter drops it, see <see cref="Cases.Omission"/>), or null.</summary>
    string? Omission { get; }
}

/// <summary>
/// One training step per operation: <c>kernel.Step(x, y, B, rate)</c> on a float kernel. In <see cref="BatchMode.Online"/>
/// a fresh batch is drawn first, inside the measured operation. Parameters start near the Glasgow initialisation
/// (w_j ~ N(0, θ²/d·I), a_j = ±‖w_j‖, θ = 0.1) and the step size is tiny (1e−6 / gradient multiplier), so the
/// parameters stay in the same numeric regime however many steps BenchmarkDotNet runs (no denormals, no overflow).
/// </summary>
public abstract class StepBenchmark : IFlopCounted
{
    private ITrainingKernel<float>? _kernel;
    private float[] _x = [], _x2 = [], _y = [];
    private IDataSource? _source;
    private long _batchIndex;
    private StepControl _control;
    private int _rows;
    private ModelSpec? _spec;

    /// <summary>Which kernel runs the step.</summary>
    public abstract KernelKind KernelKind { get; }
    /// <summary>Fixed batch or online SGD.</summary>
    public abstract BatchMode BatchMode { get; }
    /// <summary>The spec family.</summary>
    public abstract Setup Setup { get; }
    /// <summary>Batch size B.</summary>
    public abstract int Batch { get; }
    /// <inheritdoc/>
    public virtual int Threads => 1;

    /// <summary>The spec this row trains.</summary>
    public ModelSpec Spec => _spec ??= CreateSpec();

    /// <summary>Builds the spec from the row's parameters.</summary>
    protected abstract ModelSpec CreateSpec();

    /// <inheritdoc/>
    public double FlopsPerOperation => Spec.FlopsPerStep(Batch);

    /// <inheritdoc/>
    public string? Omission => Cases.Omission(KernelKind, Spec, Batch, Threads);

    /// <summary>Builds the kernel, loads the initial parameters and draws batch 0.</summary>
    [GlobalSetup]
    public void Setup_()
    {
        if (KernelKind == KernelKind.Generated) GeneratedKernels.EnsureLoaded();
        var spec = Spec;
        _kernel = KernelFactory.Create<float>(KernelKind, spec, new KernelOptions(Threads));
        _kernel.LoadParameters(InitialParameters(spec));
        _x = new float[Batch * spec.Inputs];
        _x2 = new float[Batch * spec.Inputs];
        _y = new float[Batch];
        _source = OnlineBatch.Source(Setup, spec);
        _source.FillBatch<float>(Seed, 0, _x, _y, []);
        _control = StepControl.Constant(1e-6 / spec.GradientMultiplier);
        _batchIndex = 1;
        _rows = Batch; // read once: a row's Batch may be computed (IsaStep parses its Size), and the step must not allocate
        // One step before measuring, so the kernel has sized its workspace for this batch.
        _kernel.Step(_x, _y, Batch, _control);
    }

    /// <summary>
    /// One training step (online: drawing its fresh batch first, into one of two arrays in turn as the trainer's online
    /// feed does, so that a threaded kernel's workers do not still hold the lines being overwritten).
    /// </summary>
    [Benchmark]
    public double TrainingStep()
    {
        if (BatchMode == BatchMode.Online)
        {
            var x = (_batchIndex & 1) == 0 ? _x : _x2;
            _source!.FillBatch<float>(Seed, _batchIndex++, x, _y, []);
            return _kernel!.Step(x, _y, _rows, _control);
        }
        return _kernel!.Step(_x, _y, _rows, _control);
    }

    /// <summary>Releases the kernel (and its worker threads).</summary>
    [GlobalCleanup]
    public void Cleanup() => _kernel?.Dispose();

    private const ulong Seed = 4;

    private static NetworkParameters InitialParameters(ModelSpec spec)
    {
        var p = new NetworkParameters(spec);
        var random = new CounterRandom(Seed, RandomStream.Init);
        double std = 0.1 / Math.Sqrt(spec.Inputs);
        for (int j = 0; j < spec.Width; j++)
        {
            double norm2 = 0;
            for (int k = 0; k < spec.Inputs; k++)
            {
                double w = std * random.NextGaussian();
                p.W[j * spec.Inputs + k] = w;
                norm2 += w * w;
            }
            p.A[j] = random.NextSign() * Math.Sqrt(norm2);
        }
        return p;
    }
}

/// <summary>The Glasgow grid: d ∈ {32, 128, 512}, m ∈ {128, 512, 2048}, B ∈ {32, 128}; reference only at small sizes.</summary>
public class GlasgowStep : StepBenchmark
{
    /// <summary>Kernel.</summary>
    [Params(KernelKind.Generated, KernelKind.Generic, KernelKind.Reference)] public KernelKind Kernel { get; set; }
    /// <summary>Batch mode.</summary>
    [Params(BatchMode.Fixed, BatchMode.Online)] public BatchMode Mode { get; set; }
    /// <summary>d.</summary>
    [Params(32, 128, 512)] public int D { get; set; }
    /// <summary>m.</summary>
    [Params(128, 512, 2048)] public int M { get; set; }
    /// <summary>B.</summary>
    [Params(32, 128)] public int B { get; set; }

    /// <inheritdoc/>
    public override KernelKind KernelKind => Kernel;
    /// <inheritdoc/>
    public override BatchMode BatchMode => Mode;
    /// <inheritdoc/>
    public override Setup Setup => Setup.Glasgow;
    /// <inheritdoc/>
    protected override ModelSpec CreateSpec() => Cases.Glasgow(D, M);
    /// <inheritdoc/>
    public override int Batch => B;
}

/// <summary>One size each of the first-layer-only paper setups (their built-in experiment sizes), B = 128.</summary>
public class PaperStep : StepBenchmark
{
    /// <summary>Setup.</summary>
    [Params(Setup.Chatterji, Setup.Frei, Setup.LiMaZhang)] public Setup Paper { get; set; }
    /// <summary>Kernel.</summary>
    [Params(KernelKind.Generated, KernelKind.Generic, KernelKind.Reference)] public KernelKind Kernel { get; set; }
    /// <summary>Batch mode.</summary>
    [Params(BatchMode.Fixed, BatchMode.Online)] public BatchMode Mode { get; set; }

    /// <inheritdoc/>
    public override KernelKind KernelKind => Kernel;
    /// <inheritdoc/>
    public override BatchMode BatchMode => Mode;
    /// <inheritdoc/>
    public override Setup Setup => Paper;
    /// <inheritdoc/>
    protected override ModelSpec CreateSpec() => Cases.Spec(Paper, 0, 0);
    /// <inheritdoc/>
    public override int Batch => 128;
}

/// <summary>Threads: the largest Glasgow size on 1 and 2 threads (the step splits its neurons over threads).</summary>
public class ThreadedStep : StepBenchmark
{
    /// <summary>Kernel.</summary>
    [Params(KernelKind.Generated, KernelKind.Generic)] public KernelKind Kernel { get; set; }
    /// <summary>Batch mode.</summary>
    [Params(BatchMode.Fixed, BatchMode.Online)] public BatchMode Mode { get; set; }
    /// <summary>Worker threads.</summary>
    [Params(1, 2)] public int T { get; set; }

    /// <inheritdoc/>
    public override KernelKind KernelKind => Kernel;
    /// <inheritdoc/>
    public override BatchMode BatchMode => Mode;
    /// <inheritdoc/>
    public override Setup Setup => Setup.Glasgow;
    /// <inheritdoc/>
    protected override ModelSpec CreateSpec() => Cases.Glasgow(512, 2048);
    /// <inheritdoc/>
    public override int Batch => 128;
    /// <inheritdoc/>
    public override int Threads => T;
}

/// <summary>
/// The instruction-set matrix: the two sizes the targets name, fixed batch, run in every job of the run
/// (default, DOTNET_EnableAVX512=0, DOTNET_EnableAVX2=0): see <see cref="InstructionSetMatrixAttribute"/>.
/// </summary>
[InstructionSetMatrix]
public class IsaStep : StepBenchmark
{
    /// <summary>Kernel.</summary>
    [Params(KernelKind.Generated, KernelKind.Generic)] public KernelKind Kernel { get; set; }
    /// <summary>Size as "d,m,B".</summary>
    [Params("128,512,128", "32,128,32")] public string Size { get; set; } = "128,512,128";

    private int Part(int i) => int.Parse(Size.Split(',')[i], System.Globalization.CultureInfo.InvariantCulture);

    /// <inheritdoc/>
    public override KernelKind KernelKind => Kernel;
    /// <inheritdoc/>
    public override BatchMode BatchMode => BatchMode.Fixed;
    /// <inheritdoc/>
    public override Setup Setup => Setup.Glasgow;
    /// <inheritdoc/>
    protected override ModelSpec CreateSpec() => Cases.Glasgow(Part(0), Part(1));
    /// <inheritdoc/>
    public override int Batch => Part(2);
}

/// <summary>Marks a benchmark class that runs in every instruction-set job; the others run only in the default job.</summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class InstructionSetMatrixAttribute : Attribute;
