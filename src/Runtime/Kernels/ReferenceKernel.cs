using System.Numerics;
using XorGen.Operators;

namespace XorGen;

/// <summary>
/// The oracle: plain scalar double-precision code that states the maths of the four setups (Glasgow; Frei, Chatterji, Bartlett; Chatterji, Long, Bartlett; Li, Ma, Zhang) directly.
/// For input rows x_i, labels y_i and batch size B:
/// <code>
///   z_ij = w_j·x_i + b_j,   f_i = s·Σ_j a_j σ(z_ij),   L = (1/B)·Σ_i ℓ(y_i, f_i)
///   g_i  = ℓ'(y_i, f_i)/B
///   ∂L/∂a_j = s·Σ_i g_i σ(z_ij)                               (free output)
///   ∂L/∂w_j = Σ_i g_i s a_j σ'(z_ij) x_i  [+ Σ_i g_i s σ(z_ij) w_j/‖w_j‖ when a_j = ‖w_j‖]
///   ∂L/∂b_j = Σ_i g_i s a_j σ'(z_ij)
/// </code>
/// σ, σ′, ℓ and ℓ′ are the scalar double forms of the operators in <see cref="XorGen.Operators"/>, which the generic and
/// generated kernels run in vector form. Every faster kernel is tested against this one. It is slow on purpose: no blocking, no vectors.
/// </summary>
public sealed class ReferenceKernel<T> : ITrainingKernel<T> where T : unmanaged, IFloatingPointIeee754<T>
{
    private readonly NetworkParameters _p;
    private readonly NetworkParameters _grad;
    private readonly int _d, _m;
    private readonly Func<double, double> _activate, _derivative;
    private readonly ScalarLoss _loss;

    /// <summary>A reference kernel for the spec, with zeroed parameters.</summary>
    public ReferenceKernel(ModelSpec spec)
    {
        Spec = spec.Validated();
        _d = spec.Inputs;
        _m = spec.Width;
        _p = new NetworkParameters(spec);
        _grad = new NetworkParameters(spec);
        (_activate, _derivative) = ActivationOperators.Scalar(spec.Activation, spec.ActivationParameter);
        _loss = LossOperators.Scalar(spec.Loss, spec.LossScale);
        FillFixedOutput(_p);
    }

    /// <inheritdoc/>
    public ModelSpec Spec { get; }
    /// <inheritdoc/>
    public KernelKind Kind => KernelKind.Reference;
    /// <inheritdoc/>
    public InstructionSet InstructionSet => InstructionSet.Scalar;

    /// <inheritdoc/>
    public void LoadParameters(NetworkParameters parameters)
    {
        parameters.CopyTo(_p);
        FillFixedOutput(_p);
    }

    /// <inheritdoc/>
    public void StoreParameters(NetworkParameters parameters)
    {
        _p.CopyTo(parameters);
        if (Spec.Output == OutputLayer.TiedToNorm)
            for (int j = 0; j < _m; j++) parameters.A[j] = RowNorm(j);
    }

    /// <inheritdoc/>
    public double Step(ReadOnlySpan<T> x, ReadOnlySpan<T> y, int rows, in StepControl control)
    {
        CheckBatch(x, y, rows);
        if (rows == 0) return double.NaN; // no rows: no loss and no update (an adaptive rate of a NaN loss would poison W)
        double loss = LossAndGradient(x, y, rows, _grad);
        var (rateW, rateA, rateB) = control.RatesFor(loss);
        double mult = Spec.GradientMultiplier;
        for (int j = 0; j < _m; j++)
        {
            double norm2 = 0;
            for (int k = 0; k < _d; k++) norm2 += _p.W[j * _d + k] * _p.W[j * _d + k];
            if (norm2 > control.NormCapSquared) continue; // truncated neuron: no update
            if (Spec.TrainsFirst)
            {
                for (int k = 0; k < _d; k++) _p.W[j * _d + k] -= rateW * mult * _grad.W[j * _d + k];
                if (Spec.Bias) _p.B[j] -= rateB * mult * _grad.B[j];
            }
            if (Spec.TrainsSecond) _p.A[j] -= rateA * mult * _grad.A[j];
        }
        return loss;
    }

    /// <inheritdoc/>
    public double LossAndGradient(ReadOnlySpan<T> x, ReadOnlySpan<T> y, int rows, NetworkParameters gradient)
    {
        CheckBatch(x, y, rows);
        Array.Clear(gradient.W);
        Array.Clear(gradient.A);
        Array.Clear(gradient.B);
        double s = Spec.ScaleValue;
        double lossSum = 0;
        var z = new double[_m]; // the reference allocates: clarity over speed
        for (int i = 0; i < rows; i++)
        {
            ReadOnlySpan<T> xi = x.Slice(i * _d, _d);
            double f = 0;
            for (int j = 0; j < _m; j++)
            {
                z[j] = PreActivation(xi, j);
                f += OutputWeight(j) * Activate(z[j]);
            }
            f *= s;
            double yi = double.CreateTruncating(y[i]);
            lossSum += _loss.Value(yi, f);
            double g = _loss.Derivative(yi, f) / rows;
            for (int j = 0; j < _m; j++)
            {
                double h = Activate(z[j]);
                if (Spec.TrainsSecond) gradient.A[j] += g * s * h;
                if (!Spec.TrainsFirst) continue;
                double dz = g * s * OutputWeight(j) * Derivative(z[j]);
                for (int k = 0; k < _d; k++) gradient.W[j * _d + k] += dz * double.CreateTruncating(xi[k]);
                if (Spec.Bias) gradient.B[j] += dz;
                if (Spec.Output == OutputLayer.TiedToNorm)
                {
                    double norm = RowNorm(j);
                    if (norm > 0)
                        for (int k = 0; k < _d; k++) gradient.W[j * _d + k] += g * s * h * _p.W[j * _d + k] / norm;
                }
            }
        }
        return lossSum / rows;
    }

    /// <inheritdoc/>
    public EvalResult Evaluate(ReadOnlySpan<T> x, ReadOnlySpan<T> y, ReadOnlySpan<T> yClean, int rows)
    {
        CheckBatch(x, y, rows);
        if (!yClean.IsEmpty && yClean.Length != rows) throw new ArgumentException($"clean labels have {yClean.Length} values, expected {rows}");
        double lossSum = 0;
        int wrong = 0, wrongClean = 0;
        for (int i = 0; i < rows; i++)
        {
            double f = Output(x.Slice(i * _d, _d));
            double yi = double.CreateTruncating(y[i]);
            lossSum += _loss.Value(yi, f);
            if (ScalarMath.Misclassified(yi, f)) wrong++;
            double yc = yClean.IsEmpty ? yi : double.CreateTruncating(yClean[i]);
            if (ScalarMath.Misclassified(yc, f)) wrongClean++;
        }
        if (rows == 0) return new EvalResult(double.NaN, double.NaN, double.NaN, 0);
        bool classify = _loss.Classifies;
        return new EvalResult(lossSum / rows, classify ? (double)wrong / rows : double.NaN, classify ? (double)wrongClean / rows : double.NaN, rows);
    }

    /// <inheritdoc/>
    public void Predict(ReadOnlySpan<T> x, int rows, Span<T> output)
    {
        if (x.Length < rows * _d) throw new ArgumentException($"x has {x.Length} values, expected {rows}×{_d}");
        if (output.Length < rows) throw new ArgumentException($"output has room for {output.Length} values, expected {rows}");
        for (int i = 0; i < rows; i++) output[i] = T.CreateTruncating(Output(x.Slice(i * _d, _d)));
    }

    /// <inheritdoc/>
    public void Dispose() { }

    private double Output(ReadOnlySpan<T> xi)
    {
        double f = 0;
        for (int j = 0; j < _m; j++) f += OutputWeight(j) * Activate(PreActivation(xi, j));
        return Spec.ScaleValue * f;
    }

    private double PreActivation(ReadOnlySpan<T> xi, int j)
    {
        double z = Spec.Bias ? _p.B[j] : 0.0;
        for (int k = 0; k < _d; k++) z += _p.W[j * _d + k] * double.CreateTruncating(xi[k]);
        return z;
    }

    private double OutputWeight(int j) => Spec.Output switch
    {
        OutputLayer.TiedToNorm => RowNorm(j),
        OutputLayer.FixedBalanced => Spec.FixedOutputWeight(j),
        _ => _p.A[j],
    };

    private double RowNorm(int j)
    {
        double sum = 0;
        for (int k = 0; k < _d; k++) sum += _p.W[j * _d + k] * _p.W[j * _d + k];
        return Math.Sqrt(sum);
    }

    private double Activate(double z) => _activate(z);
    private double Derivative(double z) => _derivative(z);

    private void FillFixedOutput(NetworkParameters p)
    {
        if (Spec.Output == OutputLayer.FixedBalanced)
            for (int j = 0; j < _m; j++) p.A[j] = Spec.FixedOutputWeight(j);
    }

    private void CheckBatch(ReadOnlySpan<T> x, ReadOnlySpan<T> y, int rows)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(rows);
        if (x.Length < rows * _d) throw new ArgumentException($"x has {x.Length} values, expected {rows}×{_d}");
        if (y.Length < rows) throw new ArgumentException($"y has {y.Length} values, expected {rows}");
    }
}
