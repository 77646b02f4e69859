using XorGen.Operators;
using System.Numerics;
using System.Runtime.Intrinsics;

namespace XorGen;

/// <summary>
/// The generic SIMD kernel: sizes known only at run time, float or double, every <see cref="ModelSpec"/>.
/// It is the baseline the compile-time generated kernels must beat.
/// <para>
/// Layout. W is kept transposed, Wᵀ (d_p × m_p), so that neurons are contiguous: d is padded to a multiple of 4 and m to a
/// multiple of two registers of the chosen width, padding being zero (a padded neuron has w = a = b = 0, hence σ(0) = 0,
/// contributes nothing to f, and its gradient stays zero). Both products of a step then vectorise over neurons with
/// broadcasts from x, and no remainder loop exists anywhere: the batch is copied into a zero-padded workspace X
/// (B_p × d_p, B_p = B rounded up to 4) whose padding rows get g_i = 0.
/// </para>
/// <para>
/// A step is two phases over each thread's share of the neurons, separated by a scalar stage:
/// <list type="number">
/// <item>Forward: (when the output is tied, or a norm cap is set) ‖w_j‖² by one vectorised pass over Wᵀ; then
/// Z = X·Wᵀ + b by a register-blocked micro-kernel of 4 rows × 2 registers (8 accumulators, 2 loads of Wᵀ and 4
/// broadcasts of x per k; 4 rows × 4 registers where 32 vector registers exist, adding in the same order), whose epilogue stores z and accumulates a_j σ(z_ij) into a per-thread vector partial sum per row.</item>
/// <item>Scalar stage (the calling thread, B values): f_i = s·Σ (partials, reduced in thread order, lanes in order),
/// the loss and g_i = ℓ'(y_i, f_i)/B with <see cref="ScalarMath"/> in double (stable for any margin), and the rates
/// from <see cref="StepControl.RatesFor"/> at the batch loss — exactly the reference's rule.</item>
/// <item>Backward: per register of neurons, Δ_ij = g_i s a_j σ'(z_ij) overwrites z_ij while Σ_i g_i s σ(z_ij) (∂L/∂a_j) and
/// Σ_i Δ_ij (∂L/∂b_j) accumulate; a and b are updated (masked to zero for a neuron whose pre-update ‖w_j‖² exceeds the
/// cap). Then Gᵀ = Xᵀ·Δ by a micro-kernel of 4 inputs × 2 registers (or 4 × 4, as above) over the batch whose epilogue adds the tied-output
/// term and applies Wᵀ −= rate·mult·G in place: the gradient matrix is never stored during a step.</item>
/// </list>
/// With <see cref="KernelOptions.Threads"/> &gt; 1 the neurons are split over persistent workers in whole blocks; each
/// thread's row partial sums are reduced in thread order, so a given thread count gives the same bits on every run.
/// Sums over lanes and rows never depend on where an array starts (all loads are unaligned loads at fixed offsets).
/// </para>
/// <para>
/// Vector ladder: Vector512 → Vector256 → Vector128 → scalar, the widest accelerated one unless
/// <see cref="KernelOptions.InstructionSet"/> pins one. Operators are structs (TensorPrimitives style) so the JIT
/// specializes each phase per width and activation. After the first call at a given batch size no call allocates.
/// </para>
/// </summary>
public sealed class GenericKernel<T> : ITrainingKernel<T> where T : unmanaged, IFloatingPointIeee754<T>
{
    /// <summary>Rows evaluated at a time by <see cref="Evaluate"/> and <see cref="Predict"/>.</summary>
    private const int EvaluationChunk = 256;

    private readonly GenericState<T> _state;
    private readonly NeuronLoops<T> _loops;
    private readonly WorkerTeam _team;
    private readonly Action<int> _forward, _backward;
    private Action<int> _phase;
    private bool _disposed;

    /// <summary>A generic kernel for the spec with zeroed parameters (fixed outputs set to ±c).</summary>
    /// <exception cref="NotSupportedException">T is not float or double, or the pinned instruction set is not accelerated here.</exception>
    /// <exception cref="ArgumentOutOfRangeException">Fewer than one thread.</exception>
    public GenericKernel(ModelSpec spec, KernelOptions? options = null)
    {
        Spec = spec.Validated();
        options ??= new KernelOptions();
        if (typeof(T) != typeof(float) && typeof(T) != typeof(double))
            throw new NotSupportedException($"the generic kernel computes in float or double, not {typeof(T).Name}");
        if (options.Threads < 1)
            throw new ArgumentOutOfRangeException(nameof(options), options.Threads, $"threads must be at least 1, got {options.Threads}");
        InstructionSet = Resolve(options.InstructionSet);
        _loops = CreateLoops(spec, InstructionSet);
        _state = new GenericState<T>(spec, _loops.Lanes, options.Threads);
        _forward = t => _loops.Forward(_state, t);
        _backward = t => _loops.Backward(_state, t);
        _phase = _forward;
        _team = new WorkerTeam(options.Threads, t => _phase(t));
        LoadParameters(new NetworkParameters(spec));
    }

    /// <inheritdoc/>
    public ModelSpec Spec { get; }
    /// <inheritdoc/>
    public KernelKind Kind => KernelKind.Generic;
    /// <inheritdoc/>
    public InstructionSet InstructionSet { get; }

    /// <summary>The instruction set <see cref="XorGen.InstructionSet.Auto"/> picks on this machine, or the pinned one when it is accelerated (<see cref="InstructionSets.Resolve"/>).</summary>
    /// <exception cref="NotSupportedException">The pinned path is not accelerated on this machine (or is disabled by a DOTNET_Enable* setting).</exception>
    public static InstructionSet Resolve(InstructionSet requested) => InstructionSets.Resolve(requested);

    private static NeuronLoops<T> CreateLoops(ModelSpec spec, InstructionSet set) => set switch
    {
        XorGen.InstructionSet.Vector512 => CreateLoops<Vector512Ops<T>, Vector512<T>>(spec),
        XorGen.InstructionSet.Vector256 => CreateLoops<Vector256Ops<T>, Vector256<T>>(spec),
        XorGen.InstructionSet.Vector128 => CreateLoops<Vector128Ops<T>, Vector128<T>>(spec),
        _ => CreateLoops<ScalarOps<T>, T>(spec),
    };

    private static NeuronLoops<T> CreateLoops<TOps, TVec>(ModelSpec spec)
        where TOps : struct, IVectorOps<TVec, T> where TVec : struct
        => ActivationOperators.Visit<NeuronLoops<T>, LoopsFor<TOps, TVec>>(spec.Activation, new LoopsFor<TOps, TVec>(spec));

    /// <summary>The phases specialized to one register width and the spec's activation operator.</summary>
    private readonly struct LoopsFor<TOps, TVec>(ModelSpec spec) : IActivationOperatorVisitor<NeuronLoops<T>>
        where TOps : struct, IVectorOps<TVec, T> where TVec : struct
    {
        public NeuronLoops<T> Visit<TAct>() where TAct : struct, IActivationOperator => new NeuronLoops<T, TOps, TVec, TAct>(spec);
    }

    /// <inheritdoc/>
    public void LoadParameters(NetworkParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        if (parameters.Inputs != _state.D || parameters.Width != _state.M || parameters.HasBias != Spec.Bias)
            throw new ArgumentException($"parameters are shaped d={parameters.Inputs} m={parameters.Width} bias={parameters.HasBias}, the kernel needs d={_state.D} m={_state.M} bias={Spec.Bias}", nameof(parameters));
        int d = _state.D, mp = _state.Mp;
        for (int j = 0; j < _state.M; j++)
        {
            for (int k = 0; k < d; k++) _state.Wt[k * mp + j] = T.CreateTruncating(parameters.W[j * d + k]);
            _state.A[j] = T.CreateTruncating(Spec.Output switch
            {
                OutputLayer.FixedBalanced => Spec.FixedOutputWeight(j),
                OutputLayer.TiedToNorm => 0.0, // recomputed from W before every use
                _ => parameters.A[j],
            });
            if (Spec.Bias) _state.Bias[j] = T.CreateTruncating(parameters.B[j]);
        }
    }

    /// <inheritdoc/>
    public void StoreParameters(NetworkParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        if (parameters.Inputs != _state.D || parameters.Width != _state.M || parameters.HasBias != Spec.Bias)
            throw new ArgumentException($"parameters are shaped d={parameters.Inputs} m={parameters.Width} bias={parameters.HasBias}, the kernel has d={_state.D} m={_state.M} bias={Spec.Bias}", nameof(parameters));
        int d = _state.D, mp = _state.Mp;
        for (int j = 0; j < _state.M; j++)
        {
            double norm2 = 0;
            for (int k = 0; k < d; k++)
            {
                double w = double.CreateTruncating(_state.Wt[k * mp + j]);
                parameters.W[j * d + k] = w;
                norm2 += w * w;
            }
            parameters.A[j] = Spec.Output == OutputLayer.TiedToNorm ? Math.Sqrt(norm2) : double.CreateTruncating(_state.A[j]);
            if (Spec.Bias) parameters.B[j] = double.CreateTruncating(_state.Bias[j]);
        }
    }

    /// <inheritdoc/>
    public double Step(ReadOnlySpan<T> x, ReadOnlySpan<T> y, int rows, in StepControl control)
    {
        CheckBatch(x, y, rows);
        if (rows == 0) return double.NaN; // no rows: no loss and no update
        double cap = control.NormCapSquared;
        _state.Truncate = cap < double.PositiveInfinity;
        _state.Cap = T.CreateTruncating(cap);
        double loss = ForwardAndGradients(x, y, rows, computeNorms: _state.Tied || _state.Truncate);
        var (rateW, rateA, rateB) = control.RatesFor(loss);
        double mult = Spec.GradientMultiplier;
        _state.RateW = T.CreateTruncating(rateW * mult);
        _state.RateA = T.CreateTruncating(rateA * mult);
        _state.RateB = T.CreateTruncating(rateB * mult);
        _state.Update = true;
        RunPhase(_backward);
        return loss;
    }

    /// <inheritdoc/>
    public double LossAndGradient(ReadOnlySpan<T> x, ReadOnlySpan<T> y, int rows, NetworkParameters gradient)
    {
        ArgumentNullException.ThrowIfNull(gradient);
        CheckBatch(x, y, rows);
        if (gradient.Inputs != _state.D || gradient.Width != _state.M || gradient.HasBias != Spec.Bias)
            throw new ArgumentException($"gradient is shaped d={gradient.Inputs} m={gradient.Width} bias={gradient.HasBias}, the kernel has d={_state.D} m={_state.M} bias={Spec.Bias}", nameof(gradient));
        Array.Clear(gradient.W);
        Array.Clear(gradient.A);
        Array.Clear(gradient.B);
        if (rows == 0) return double.NaN;
        _state.Gt ??= new AlignedArray<T>(_state.Wt.Length);
        _state.Truncate = false;
        double loss = ForwardAndGradients(x, y, rows, computeNorms: _state.Tied);
        _state.Update = false;
        RunPhase(_backward);
        int d = _state.D, mp = _state.Mp;
        for (int j = 0; j < _state.M; j++)
        {
            if (Spec.TrainsFirst)
            {
                for (int k = 0; k < d; k++) gradient.W[j * d + k] = double.CreateTruncating(_state.Gt[k * mp + j]);
                if (Spec.Bias) gradient.B[j] = double.CreateTruncating(_state.SumB[j]);
            }
            if (Spec.TrainsSecond) gradient.A[j] = double.CreateTruncating(_state.SumA[j]);
        }
        return loss;
    }

    /// <inheritdoc/>
    public EvalResult Evaluate(ReadOnlySpan<T> x, ReadOnlySpan<T> y, ReadOnlySpan<T> yClean, int rows)
    {
        CheckBatch(x, y, rows);
        if (!yClean.IsEmpty && yClean.Length != rows) throw new ArgumentException($"clean labels have {yClean.Length} values, expected {rows}", nameof(yClean));
        if (rows == 0) return new EvalResult(double.NaN, double.NaN, double.NaN, 0);
        double lossSum = 0;
        int wrong = 0, wrongClean = 0;
        int chunk = Math.Max(EvaluationChunk, _state.RowCapacity);
        for (int start = 0; start < rows; start += chunk)
        {
            int count = Math.Min(chunk, rows - start);
            Forward(x.Slice(start * _state.D, count * _state.D), count, computeNorms: _state.Tied && start == 0);
            for (int i = 0; i < count; i++)
            {
                double f = Output(i);
                double yi = double.CreateTruncating(y[start + i]);
                lossSum += ScalarMath.LossValue(Spec.Loss, Spec.LossScale, yi, f);
                if (ScalarMath.Misclassified(yi, f)) wrong++;
                double yc = yClean.IsEmpty ? yi : double.CreateTruncating(yClean[start + i]);
                if (ScalarMath.Misclassified(yc, f)) wrongClean++;
            }
        }
        bool classify = ScalarMath.Classifies(Spec.Loss);
        return new EvalResult(lossSum / rows, classify ? (double)wrong / rows : double.NaN, classify ? (double)wrongClean / rows : double.NaN, rows);
    }

    /// <inheritdoc/>
    public void Predict(ReadOnlySpan<T> x, int rows, Span<T> output)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(rows);
        if (x.Length < (long)rows * _state.D) throw new ArgumentException($"x has {x.Length} values, expected {rows}×{_state.D}", nameof(x));
        if (output.Length < rows) throw new ArgumentException($"output has room for {output.Length} values, expected {rows}", nameof(output));
        int chunk = Math.Max(EvaluationChunk, _state.RowCapacity);
        for (int start = 0; start < rows; start += chunk)
        {
            int count = Math.Min(chunk, rows - start);
            Forward(x.Slice(start * _state.D, count * _state.D), count, computeNorms: _state.Tied && start == 0);
            for (int i = 0; i < count; i++) output[start + i] = T.CreateTruncating(Output(i));
        }
    }

    /// <summary>Stops the worker threads.</summary>
    public void Dispose()
    {
        if (_disposed) return;
        _disposed = true;
        _team.Dispose();
    }

    private void Forward(ReadOnlySpan<T> x, int rows, bool computeNorms)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        _state.LoadBatch(x, rows);
        _state.ComputeNorms = computeNorms;
        RunPhase(_forward);
    }

    /// <summary>Forward pass, then the per-row scalars: returns the mean loss and leaves g_i·s in the workspace (zero on padding rows).</summary>
    private double ForwardAndGradients(ReadOnlySpan<T> x, ReadOnlySpan<T> y, int rows, bool computeNorms)
    {
        Forward(x, rows, computeNorms);
        double s = _state.Scale, lossSum = 0;
        Span<T> gs = _state.Gs.AsSpan(0, _state.PaddedRows); // a span, not the indexer, in per-row loops
        for (int i = 0; i < rows; i++)
        {
            double f = Output(i);
            double yi = double.CreateTruncating(y[i]);
            lossSum += ScalarMath.LossValue(Spec.Loss, Spec.LossScale, yi, f);
            gs[i] = T.CreateTruncating(ScalarMath.LossDerivative(Spec.Loss, Spec.LossScale, yi, f) / rows * s);
        }
        gs.Slice(rows).Clear();
        return lossSum / rows;
    }

    /// <summary>f_i = s·Σ_threads Σ_lanes (partial sums), in a fixed order.</summary>
    private double Output(int i)
    {
        int lanes = _state.Lanes;
        double sum = 0;
        for (int t = 0; t < _state.Threads; t++)
        {
            Span<T> lane = _state.FAcc.AsSpan((t * _state.RowCapacity + i) * lanes, lanes);
            T part = T.Zero;
            for (int l = 0; l < lanes; l++) part += lane[l];
            sum += double.CreateTruncating(part);
        }
        return _state.Scale * sum;
    }

    private void RunPhase(Action<int> phase)
    {
        _phase = phase;
        _team.Run();
    }

    private void CheckBatch(ReadOnlySpan<T> x, ReadOnlySpan<T> y, int rows)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        ArgumentOutOfRangeException.ThrowIfNegative(rows);
        if (x.Length < (long)rows * _state.D) throw new ArgumentException($"x has {x.Length} values, expected {rows}×{_state.D}", nameof(x));
        if (y.Length < rows) throw new ArgumentException($"y has {y.Length} values, expected {rows}", nameof(y));
    }
}
