using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace XorGen.Operators;

/// <summary>
/// A per-sample loss ℓ(y, f) with multiplier c and its derivative ∂ℓ/∂f: the one definition every kernel runs.
/// The scalar forms serve the reference and the generic kernel (double, per row) and the generated kernels' remainder
/// rows; <c>Rows</c> evaluates a register of rows in double vectors for the generated kernels (in float vectors for the
/// <c>loss=float</c> variant).
/// </summary>
public interface ILossOperator
{
    /// <summary>Whether the loss is a classification loss (labels ±1: the kernels report errors), or a regression one.</summary>
    static abstract bool Classifies { get; }

    /// <summary>c·ℓ(y, f).</summary>
    static abstract T Value<T>(T y, T f, T c) where T : unmanaged, IFloatingPointIeee754<T>;

    /// <summary>c·∂ℓ/∂f at (y, f).</summary>
    static abstract T Derivative<T>(T y, T f, T c) where T : unmanaged, IFloatingPointIeee754<T>;

    /// <summary>Adds c·ℓ of each lane's row to <paramref name="lossSum"/> and returns c·ℓ′·<paramref name="gScale"/>.</summary>
    static abstract Vector128<double> Rows(Vector128<double> y, Vector128<double> f, Vector128<double> c, Vector128<double> gScale, ref Vector128<double> lossSum);
    /// <inheritdoc cref="Rows(Vector128{double}, Vector128{double}, Vector128{double}, Vector128{double}, ref Vector128{double})"/>
    static abstract Vector256<double> Rows(Vector256<double> y, Vector256<double> f, Vector256<double> c, Vector256<double> gScale, ref Vector256<double> lossSum);
    /// <inheritdoc cref="Rows(Vector128{double}, Vector128{double}, Vector128{double}, Vector128{double}, ref Vector128{double})"/>
    static abstract Vector512<double> Rows(Vector512<double> y, Vector512<double> f, Vector512<double> c, Vector512<double> gScale, ref Vector512<double> lossSum);

    /// <summary>
    /// The same in float vectors (the <c>loss=float</c> variant): twice the rows per register and float's cheaper
    /// exp and log. Each lane's c·ℓ is widened and added to <paramref name="lossSum"/> in double; ℓ and ℓ′ carry float's
    /// relative error (about 10⁻⁷), small losses included.
    /// </summary>
    static abstract Vector128<float> Rows(Vector128<float> y, Vector128<float> f, Vector128<float> c, Vector128<float> gScale, ref Vector128<double> lossSum);
    /// <inheritdoc cref="Rows(Vector128{float}, Vector128{float}, Vector128{float}, Vector128{float}, ref Vector128{double})"/>
    static abstract Vector256<float> Rows(Vector256<float> y, Vector256<float> f, Vector256<float> c, Vector256<float> gScale, ref Vector256<double> lossSum);
    /// <inheritdoc cref="Rows(Vector128{float}, Vector128{float}, Vector128{float}, Vector128{float}, ref Vector128{double})"/>
    static abstract Vector512<float> Rows(Vector512<float> y, Vector512<float> f, Vector512<float> c, Vector512<float> gScale, ref Vector512<double> lossSum);
}

/// <summary>Calls <see cref="ILossOperatorVisitor{TResult}.Visit{TLoss}"/> with the operator of a <see cref="Loss"/>.</summary>
public interface ILossOperatorVisitor<out TResult>
{
    /// <summary>Called with the operator type.</summary>
    TResult Visit<TLoss>() where TLoss : struct, ILossOperator;
}

/// <summary>The map from <see cref="Loss"/> to its operator: the one switch over losses in the runtime.</summary>
public static class LossOperators
{
    /// <summary>Runs <paramref name="visitor"/> with the operator of <paramref name="loss"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A value with no operator.</exception>
    public static TResult Visit<TResult, TVisitor>(Loss loss, TVisitor visitor) where TVisitor : ILossOperatorVisitor<TResult>
        => loss switch
        {
            Loss.Logistic => visitor.Visit<Logistic>(),
            Loss.Squared => visitor.Visit<Squared>(),
            _ => throw new ArgumentOutOfRangeException(nameof(loss), loss, $"loss {(int)loss} has no operator"),
        };

    /// <summary>The value, derivative and kind of a loss as scalar double functions of (y, f) with the multiplier bound.</summary>
    public static ScalarLoss Scalar(Loss loss, double scale) => Visit<ScalarLoss, ScalarFunctions>(loss, new ScalarFunctions(scale));

    private readonly struct ScalarFunctions(double scale) : ILossOperatorVisitor<ScalarLoss>
    {
        public ScalarLoss Visit<TLoss>() where TLoss : struct, ILossOperator
        {
            double c = scale;
            return new ScalarLoss((y, f) => TLoss.Value(y, f, c), (y, f) => TLoss.Derivative(y, f, c), TLoss.Classifies);
        }
    }
}

/// <summary>A loss bound to its multiplier, in double: ℓ, ∂ℓ/∂f, and whether it classifies.</summary>
/// <param name="Value">c·ℓ(y, f).</param>
/// <param name="Derivative">c·∂ℓ/∂f.</param>
/// <param name="Classifies">Whether errors are defined (labels ±1).</param>
public sealed record ScalarLoss(Func<double, double, double> Value, Func<double, double, double> Derivative, bool Classifies);

/// <summary>
/// c·log(1 + e^{−y f}), evaluated stably and to full relative precision for any margin; ℓ′ = −c·y·sigmoid(−y f).
/// Glasgow uses c = 2. With t = −y f: ℓ = max(t, 0) + log1p(e^{−|t|}), and log1p(x) = log(u)·x/(u − 1) with u = 1 + x
/// rounded (Goldberg), x where u = 1: log(1 + x) alone loses x's low bits (10⁻⁵ relative at margin 25 in double) and
/// reads every loss beyond margin 37 as 0, which a log-scale loss curve near convergence shows as a hole.
/// </summary>
public readonly struct Logistic : ILossOperator
{
    /// <inheritdoc/>
    public static bool Classifies => true;

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static T Value<T>(T y, T f, T c) where T : unmanaged, IFloatingPointIeee754<T>
    {
        T t = -y * f;
        T e = T.Exp(-T.Abs(t));
        T u = T.One + e;
        T log1pE = u == T.One ? e : T.Log(u) * (e / (u - T.One));
        return c * (T.Max(t, T.Zero) + log1pE);
    }

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static T Derivative<T>(T y, T f, T c) where T : unmanaged, IFloatingPointIeee754<T>
    {
        T t = -y * f;
        T sigmoid = t >= T.Zero ? T.One / (T.One + T.Exp(-t)) : T.Exp(t) / (T.One + T.Exp(t));
        return -c * y * sigmoid;
    }

    // t = −y f, e = exp(−|t|): ℓ = c·(max(t, 0) + log1p(e)), log1p as in Value; sigmoid(t) = 1/(1 + e) for t ≥ 0,
    // e/(1 + e) otherwise (the numerator selected first: one division per lane, the same quotient).
    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<double> Rows(Vector128<double> y, Vector128<double> f, Vector128<double> c, Vector128<double> gScale, ref Vector128<double> lossSum)
    {
        Vector128<double> t = -y * f;
        Vector128<double> e = Vector128.Exp(-Vector128.Abs(t));
        Vector128<double> onePlusE = Vector128<double>.One + e;
        lossSum += c * (Vector128.MaxNative(t, Vector128<double>.Zero)
            + Vector128.ConditionalSelect(Vector128.Equals(onePlusE, Vector128<double>.One), e, Vector128.Log(onePlusE) * (e / (onePlusE - Vector128<double>.One))));
        Vector128<double> sigmoid = Vector128.ConditionalSelect(Vector128.GreaterThanOrEqual(t, Vector128<double>.Zero), Vector128<double>.One, e) / onePlusE;
        return -c * y * sigmoid * gScale;
    }

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<double> Rows(Vector256<double> y, Vector256<double> f, Vector256<double> c, Vector256<double> gScale, ref Vector256<double> lossSum)
    {
        Vector256<double> t = -y * f;
        Vector256<double> e = Vector256.Exp(-Vector256.Abs(t));
        Vector256<double> onePlusE = Vector256<double>.One + e;
        lossSum += c * (Vector256.MaxNative(t, Vector256<double>.Zero)
            + Vector256.ConditionalSelect(Vector256.Equals(onePlusE, Vector256<double>.One), e, Vector256.Log(onePlusE) * (e / (onePlusE - Vector256<double>.One))));
        Vector256<double> sigmoid = Vector256.ConditionalSelect(Vector256.GreaterThanOrEqual(t, Vector256<double>.Zero), Vector256<double>.One, e) / onePlusE;
        return -c * y * sigmoid * gScale;
    }

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<double> Rows(Vector512<double> y, Vector512<double> f, Vector512<double> c, Vector512<double> gScale, ref Vector512<double> lossSum)
    {
        Vector512<double> t = -y * f;
        Vector512<double> e = Vector512.Exp(-Vector512.Abs(t));
        Vector512<double> onePlusE = Vector512<double>.One + e;
        lossSum += c * (Vector512.MaxNative(t, Vector512<double>.Zero)
            + Vector512.ConditionalSelect(Vector512.Equals(onePlusE, Vector512<double>.One), e, Vector512.Log(onePlusE) * (e / (onePlusE - Vector512<double>.One))));
        Vector512<double> sigmoid = Vector512.ConditionalSelect(Vector512.GreaterThanOrEqual(t, Vector512<double>.Zero), Vector512<double>.One, e) / onePlusE;
        return -c * y * sigmoid * gScale;
    }

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<float> Rows(Vector128<float> y, Vector128<float> f, Vector128<float> c, Vector128<float> gScale, ref Vector128<double> lossSum)
    {
        Vector128<float> t = -y * f;
        Vector128<float> e = Vector128.Exp(-Vector128.Abs(t));
        Vector128<float> onePlusE = Vector128<float>.One + e;
        // log1p(e) as in Value: float's 1 + e loses e's low bits (all of them below 2⁻²⁴), so log(u) alone would be off by
        // up to 2⁻²⁴/e relative and read the losses of margins beyond 17 as 0
        Vector128<float> log1pE = Vector128.ConditionalSelect(Vector128.Equals(onePlusE, Vector128<float>.One), e, Vector128.Log(onePlusE) * (e / (onePlusE - Vector128<float>.One)));
        Vector128<float> loss = c * (Vector128.MaxNative(t, Vector128<float>.Zero) + log1pE);
        lossSum += Vector128.WidenLower(loss) + Vector128.WidenUpper(loss);
        Vector128<float> sigmoid = Vector128.ConditionalSelect(Vector128.GreaterThanOrEqual(t, Vector128<float>.Zero), Vector128<float>.One, e) / onePlusE;
        return -c * y * sigmoid * gScale;
    }

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<float> Rows(Vector256<float> y, Vector256<float> f, Vector256<float> c, Vector256<float> gScale, ref Vector256<double> lossSum)
    {
        Vector256<float> t = -y * f;
        Vector256<float> e = Vector256.Exp(-Vector256.Abs(t));
        Vector256<float> onePlusE = Vector256<float>.One + e;
        // log1p(e) as in Value: float's 1 + e loses e's low bits (all of them below 2⁻²⁴), so log(u) alone would be off by
        // up to 2⁻²⁴/e relative and read the losses of margins beyond 17 as 0
        Vector256<float> log1pE = Vector256.ConditionalSelect(Vector256.Equals(onePlusE, Vector256<float>.One), e, Vector256.Log(onePlusE) * (e / (onePlusE - Vector256<float>.One)));
        Vector256<float> loss = c * (Vector256.MaxNative(t, Vector256<float>.Zero) + log1pE);
        lossSum += Vector256.WidenLower(loss) + Vector256.WidenUpper(loss);
        Vector256<float> sigmoid = Vector256.ConditionalSelect(Vector256.GreaterThanOrEqual(t, Vector256<float>.Zero), Vector256<float>.One, e) / onePlusE;
        return -c * y * sigmoid * gScale;
    }

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<float> Rows(Vector512<float> y, Vector512<float> f, Vector512<float> c, Vector512<float> gScale, ref Vector512<double> lossSum)
    {
        Vector512<float> t = -y * f;
        Vector512<float> e = Vector512.Exp(-Vector512.Abs(t));
        Vector512<float> onePlusE = Vector512<float>.One + e;
        // log1p(e) as in Value: float's 1 + e loses e's low bits (all of them below 2⁻²⁴), so log(u) alone would be off by
        // up to 2⁻²⁴/e relative and read the losses of margins beyond 17 as 0
        Vector512<float> log1pE = Vector512.ConditionalSelect(Vector512.Equals(onePlusE, Vector512<float>.One), e, Vector512.Log(onePlusE) * (e / (onePlusE - Vector512<float>.One)));
        Vector512<float> loss = c * (Vector512.MaxNative(t, Vector512<float>.Zero) + log1pE);
        lossSum += Vector512.WidenLower(loss) + Vector512.WidenUpper(loss);
        Vector512<float> sigmoid = Vector512.ConditionalSelect(Vector512.GreaterThanOrEqual(t, Vector512<float>.Zero), Vector512<float>.One, e) / onePlusE;
        return -c * y * sigmoid * gScale;
    }
}

/// <summary>c·(f − y)², ℓ′ = 2c(f − y): a regression loss (Li, Ma, Zhang use c = 1).</summary>
public readonly struct Squared : ILossOperator
{
    /// <inheritdoc/>
    public static bool Classifies => false;

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static T Value<T>(T y, T f, T c) where T : unmanaged, IFloatingPointIeee754<T> => c * (f - y) * (f - y);

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static T Derivative<T>(T y, T f, T c) where T : unmanaged, IFloatingPointIeee754<T> => (c + c) * (f - y);

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<double> Rows(Vector128<double> y, Vector128<double> f, Vector128<double> c, Vector128<double> gScale, ref Vector128<double> lossSum)
    {
        Vector128<double> r = f - y;
        lossSum += c * r * r;
        return (c + c) * r * gScale;
    }

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<double> Rows(Vector256<double> y, Vector256<double> f, Vector256<double> c, Vector256<double> gScale, ref Vector256<double> lossSum)
    {
        Vector256<double> r = f - y;
        lossSum += c * r * r;
        return (c + c) * r * gScale;
    }

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<double> Rows(Vector512<double> y, Vector512<double> f, Vector512<double> c, Vector512<double> gScale, ref Vector512<double> lossSum)
    {
        Vector512<double> r = f - y;
        lossSum += c * r * r;
        return (c + c) * r * gScale;
    }

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<float> Rows(Vector128<float> y, Vector128<float> f, Vector128<float> c, Vector128<float> gScale, ref Vector128<double> lossSum)
    {
        Vector128<float> r = f - y;
        Vector128<float> loss = c * r * r;
        lossSum += Vector128.WidenLower(loss) + Vector128.WidenUpper(loss);
        return (c + c) * r * gScale;
    }

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<float> Rows(Vector256<float> y, Vector256<float> f, Vector256<float> c, Vector256<float> gScale, ref Vector256<double> lossSum)
    {
        Vector256<float> r = f - y;
        Vector256<float> loss = c * r * r;
        lossSum += Vector256.WidenLower(loss) + Vector256.WidenUpper(loss);
        return (c + c) * r * gScale;
    }

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<float> Rows(Vector512<float> y, Vector512<float> f, Vector512<float> c, Vector512<float> gScale, ref Vector512<double> lossSum)
    {
        Vector512<float> r = f - y;
        Vector512<float> loss = c * r * r;
        lossSum += Vector512.WidenLower(loss) + Vector512.WidenUpper(loss);
        return (c + c) * r * gScale;
    }
}
