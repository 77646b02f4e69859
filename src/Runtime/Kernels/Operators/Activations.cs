using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace XorGen.Operators;

/// <summary>
/// The constants an activation reads, broadcast to a register once per call site: P is the activation's parameter,
/// Q and R what the operator derives from it (<see cref="IActivationOperator.Constants"/>), so no lane divides.
/// </summary>
/// <typeparam name="TVec">The register: Vector512/256/128 of T, or T itself.</typeparam>
public readonly struct ActivationConstants<TVec>(TVec p, TVec q, TVec r) where TVec : struct
{
    /// <summary>The parameter (h, slope, β, ...).</summary>
    public readonly TVec P = p;
    /// <summary>The first derived constant.</summary>
    public readonly TVec Q = q;
    /// <summary>The second derived constant.</summary>
    public readonly TVec R = r;
}

/// <summary>Broadcasts an activation's constants for one register type.</summary>
public static class ActivationConstants
{
    /// <summary>The constants of <typeparamref name="TAct"/> for <paramref name="parameter"/> on the register <typeparamref name="TVec"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ActivationConstants<TVec> For<TAct, T, TOps, TVec>(double parameter)
        where TAct : struct, IActivationOperator
        where T : unmanaged, IFloatingPointIeee754<T> where TOps : struct, IVectorOps<TVec, T> where TVec : struct
    {
        var (p, q, r) = TAct.Constants(parameter);
        return new(TOps.Splat(T.CreateTruncating(p)), TOps.Splat(T.CreateTruncating(q)), TOps.Splat(T.CreateTruncating(r)));
    }

    /// <summary>The scalar constants in double, for the reference kernel and the probes.</summary>
    public static ActivationConstants<double> Scalar<TAct>(double parameter) where TAct : struct, IActivationOperator
        => For<TAct, double, ScalarOps<double>, double>(parameter);
}

/// <summary>
/// An activation σ and its derivative σ′: the one definition the reference (scalar double), generic (vector ops of
/// any width) and generated kernels (the same calls with constant parameters) all run. Each operator also has
/// <c>Value</c>/<c>Derivative</c> overloads for T and for Vector128/256/512 of T that forward to these.
/// </summary>
public interface IActivationOperator
{
    /// <summary>(P, Q, R) for a parameter: P the parameter itself, Q and R what Value and Derivative need of it.</summary>
    static abstract (double P, double Q, double R) Constants(double parameter);

    /// <summary>σ(z) lane-wise.</summary>
    static abstract TVec Value<T, TOps, TVec>(TVec z, in ActivationConstants<TVec> c)
        where T : unmanaged, IFloatingPointIeee754<T> where TOps : struct, IVectorOps<TVec, T> where TVec : struct;

    /// <summary>σ′(z) lane-wise.</summary>
    static abstract TVec Derivative<T, TOps, TVec>(TVec z, in ActivationConstants<TVec> c)
        where T : unmanaged, IFloatingPointIeee754<T> where TOps : struct, IVectorOps<TVec, T> where TVec : struct;

    /// <summary>
    /// Whether σ′(z) is exactly 1 for z &gt; 0 and 0 otherwise (ReLU), so that g·σ′(z) is a lane select rather than a
    /// multiply (<see cref="ActivationBackprop"/>); the operator's <c>Derivative</c> must agree (a unit test checks).
    /// </summary>
    static virtual bool DerivativeIsStep => false;
}

/// <summary>g·σ′(z), the back-propagation through an activation, the one way every kernel path forms it.</summary>
public static class ActivationBackprop
{
    /// <summary>
    /// g·σ′(z) lane-wise: z &gt; 0 ? g : 0 when σ′ is the unit step (one compare and one masked move instead of a
    /// compare, a select of 1 or 0 and a multiply), else g·σ′(z).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TVec Times<TAct, T, TOps, TVec>(TVec z, TVec g, in ActivationConstants<TVec> c)
        where TAct : struct, IActivationOperator
        where T : unmanaged, IFloatingPointIeee754<T> where TOps : struct, IVectorOps<TVec, T> where TVec : struct
        => TAct.DerivativeIsStep ? TOps.IfGreater(z, TOps.Zero, g, TOps.Zero) : TOps.Multiply(g, TAct.Derivative<T, TOps, TVec>(z, in c));
}

/// <summary>Calls <see cref="IActivationOperatorVisitor{TResult}.Visit{TAct}"/> with the operator of an <see cref="Activation"/>.</summary>
public interface IActivationOperatorVisitor<out TResult>
{
    /// <summary>Called with the operator type.</summary>
    TResult Visit<TAct>() where TAct : struct, IActivationOperator;
}

/// <summary>The map from <see cref="Activation"/> to its operator: the one switch over activations in the runtime.</summary>
public static class ActivationOperators
{
    /// <summary>Runs <paramref name="visitor"/> with the operator of <paramref name="activation"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A value with no operator.</exception>
    public static TResult Visit<TResult, TVisitor>(Activation activation, TVisitor visitor) where TVisitor : IActivationOperatorVisitor<TResult>
        => activation switch
        {
            Activation.Relu => visitor.Visit<Relu>(),
            Activation.HuberizedRelu => visitor.Visit<HuberizedRelu>(),
            Activation.Abs => visitor.Visit<Abs>(),
            Activation.LeakyRelu => visitor.Visit<LeakyRelu>(),
            Activation.Quadratic => visitor.Visit<Quadratic>(),
            Activation.Softplus => visitor.Visit<Softplus>(),
            _ => throw new ArgumentOutOfRangeException(nameof(activation), activation, $"activation {(int)activation} has no operator"),
        };

    /// <summary>σ and σ′ of an activation as scalar double functions (built once; the reference kernel and the probes call them).</summary>
    public static (Func<double, double> Value, Func<double, double> Derivative) Scalar(Activation activation, double parameter)
        => Visit<(Func<double, double>, Func<double, double>), ScalarFunctions>(activation, new ScalarFunctions(parameter));

    private readonly struct ScalarFunctions(double parameter) : IActivationOperatorVisitor<(Func<double, double>, Func<double, double>)>
    {
        public (Func<double, double>, Func<double, double>) Visit<TAct>() where TAct : struct, IActivationOperator
        {
            var c = ActivationConstants.Scalar<TAct>(parameter);
            return (z => TAct.Value<double, ScalarOps<double>, double>(z, in c), z => TAct.Derivative<double, ScalarOps<double>, double>(z, in c));
        }
    }
}

/// <summary>max(0, z), with σ′(0) = 0 (Glasgow; Frei, Chatterji, Bartlett).</summary>
public readonly struct Relu : IActivationOperator
{
    /// <summary>No parameter.</summary>
    public static (double P, double Q, double R) Constants(double parameter) => (0, 0, 0);

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TVec Value<T, TOps, TVec>(TVec z, in ActivationConstants<TVec> c)
        where T : unmanaged, IFloatingPointIeee754<T> where TOps : struct, IVectorOps<TVec, T> where TVec : struct
        => TOps.Max(z, TOps.Zero);

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TVec Derivative<T, TOps, TVec>(TVec z, in ActivationConstants<TVec> c)
        where T : unmanaged, IFloatingPointIeee754<T> where TOps : struct, IVectorOps<TVec, T> where TVec : struct
        => TOps.IfGreater(z, TOps.Zero, TOps.One, TOps.Zero);

    /// <inheritdoc/>
    public static bool DerivativeIsStep => true;

#pragma warning disable CS1591 // the width overloads forward to the two methods above
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static T Value<T>(T z, in ActivationConstants<T> c) where T : unmanaged, IFloatingPointIeee754<T> => Value<T, ScalarOps<T>, T>(z, c);
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector128<T> Value<T>(Vector128<T> z, in ActivationConstants<Vector128<T>> c) where T : unmanaged, IFloatingPointIeee754<T> => Value<T, Vector128Ops<T>, Vector128<T>>(z, c);
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector256<T> Value<T>(Vector256<T> z, in ActivationConstants<Vector256<T>> c) where T : unmanaged, IFloatingPointIeee754<T> => Value<T, Vector256Ops<T>, Vector256<T>>(z, c);
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector512<T> Value<T>(Vector512<T> z, in ActivationConstants<Vector512<T>> c) where T : unmanaged, IFloatingPointIeee754<T> => Value<T, Vector512Ops<T>, Vector512<T>>(z, c);
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static T Derivative<T>(T z, in ActivationConstants<T> c) where T : unmanaged, IFloatingPointIeee754<T> => Derivative<T, ScalarOps<T>, T>(z, c);
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector128<T> Derivative<T>(Vector128<T> z, in ActivationConstants<Vector128<T>> c) where T : unmanaged, IFloatingPointIeee754<T> => Derivative<T, Vector128Ops<T>, Vector128<T>>(z, c);
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector256<T> Derivative<T>(Vector256<T> z, in ActivationConstants<Vector256<T>> c) where T : unmanaged, IFloatingPointIeee754<T> => Derivative<T, Vector256Ops<T>, Vector256<T>>(z, c);
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector512<T> Derivative<T>(Vector512<T> z, in ActivationConstants<Vector512<T>> c) where T : unmanaged, IFloatingPointIeee754<T> => Derivative<T, Vector512Ops<T>, Vector512<T>>(z, c);
#pragma warning restore CS1591
}

/// <summary>Huberized ReLU with bandwidth h: 0 for z ≤ 0, z²/(2h) for 0 &lt; z ≤ h, z − h/2 above (Chatterji, Long, Bartlett).</summary>
public readonly struct HuberizedRelu : IActivationOperator
{
    /// <summary>(h, 1/(2h), h/2).</summary>
    public static (double P, double Q, double R) Constants(double parameter) => (parameter, 1 / (2 * parameter), parameter / 2);

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TVec Value<T, TOps, TVec>(TVec z, in ActivationConstants<TVec> c)
        where T : unmanaged, IFloatingPointIeee754<T> where TOps : struct, IVectorOps<TVec, T> where TVec : struct
        => TOps.IfGreater(z, TOps.Zero, TOps.IfGreater(z, c.P, TOps.Subtract(z, c.R), TOps.Multiply(TOps.Multiply(z, z), c.Q)), TOps.Zero);

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TVec Derivative<T, TOps, TVec>(TVec z, in ActivationConstants<TVec> c)
        where T : unmanaged, IFloatingPointIeee754<T> where TOps : struct, IVectorOps<TVec, T> where TVec : struct
    {
        TVec half = TOps.Multiply(z, c.Q); // z/(2h)
        return TOps.IfGreater(z, TOps.Zero, TOps.IfGreater(z, c.P, TOps.One, TOps.Add(half, half)), TOps.Zero);
    }

#pragma warning disable CS1591 // the width overloads forward to the two methods above
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static T Value<T>(T z, in ActivationConstants<T> c) where T : unmanaged, IFloatingPointIeee754<T> => Value<T, ScalarOps<T>, T>(z, c);
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector128<T> Value<T>(Vector128<T> z, in ActivationConstants<Vector128<T>> c) where T : unmanaged, IFloatingPointIeee754<T> => Value<T, Vector128Ops<T>, Vector128<T>>(z, c);
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector256<T> Value<T>(Vector256<T> z, in ActivationConstants<Vector256<T>> c) where T : unmanaged, IFloatingPointIeee754<T> => Value<T, Vector256Ops<T>, Vector256<T>>(z, c);
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector512<T> Value<T>(Vector512<T> z, in ActivationConstants<Vector512<T>> c) where T : unmanaged, IFloatingPointIeee754<T> => Value<T, Vector512Ops<T>, Vector512<T>>(z, c);
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static T Derivative<T>(T z, in ActivationConstants<T> c) where T : unmanaged, IFloatingPointIeee754<T> => Derivative<T, ScalarOps<T>, T>(z, c);
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector128<T> Derivative<T>(Vector128<T> z, in ActivationConstants<Vector128<T>> c) where T : unmanaged, IFloatingPointIeee754<T> => Derivative<T, Vector128Ops<T>, Vector128<T>>(z, c);
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector256<T> Derivative<T>(Vector256<T> z, in ActivationConstants<Vector256<T>> c) where T : unmanaged, IFloatingPointIeee754<T> => Derivative<T, Vector256Ops<T>, Vector256<T>>(z, c);
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector512<T> Derivative<T>(Vector512<T> z, in ActivationConstants<Vector512<T>> c) where T : unmanaged, IFloatingPointIeee754<T> => Derivative<T, Vector512Ops<T>, Vector512<T>>(z, c);
#pragma warning restore CS1591
}

/// <summary>|z|, with sign(0) = 0 as its derivative (Li, Ma, Zhang).</summary>
public readonly struct Abs : IActivationOperator
{
    /// <summary>No parameter.</summary>
    public static (double P, double Q, double R) Constants(double parameter) => (0, 0, 0);

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TVec Value<T, TOps, TVec>(TVec z, in ActivationConstants<TVec> c)
        where T : unmanaged, IFloatingPointIeee754<T> where TOps : struct, IVectorOps<TVec, T> where TVec : struct
        => TOps.Abs(z);

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TVec Derivative<T, TOps, TVec>(TVec z, in ActivationConstants<TVec> c)
        where T : unmanaged, IFloatingPointIeee754<T> where TOps : struct, IVectorOps<TVec, T> where TVec : struct
        => TOps.IfGreater(z, TOps.Zero, TOps.One, TOps.IfGreater(TOps.Zero, z, TOps.Subtract(TOps.Zero, TOps.One), TOps.Zero));

#pragma warning disable CS1591 // the width overloads forward to the two methods above
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static T Value<T>(T z, in ActivationConstants<T> c) where T : unmanaged, IFloatingPointIeee754<T> => Value<T, ScalarOps<T>, T>(z, c);
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector128<T> Value<T>(Vector128<T> z, in ActivationConstants<Vector128<T>> c) where T : unmanaged, IFloatingPointIeee754<T> => Value<T, Vector128Ops<T>, Vector128<T>>(z, c);
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector256<T> Value<T>(Vector256<T> z, in ActivationConstants<Vector256<T>> c) where T : unmanaged, IFloatingPointIeee754<T> => Value<T, Vector256Ops<T>, Vector256<T>>(z, c);
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector512<T> Value<T>(Vector512<T> z, in ActivationConstants<Vector512<T>> c) where T : unmanaged, IFloatingPointIeee754<T> => Value<T, Vector512Ops<T>, Vector512<T>>(z, c);
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static T Derivative<T>(T z, in ActivationConstants<T> c) where T : unmanaged, IFloatingPointIeee754<T> => Derivative<T, ScalarOps<T>, T>(z, c);
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector128<T> Derivative<T>(Vector128<T> z, in ActivationConstants<Vector128<T>> c) where T : unmanaged, IFloatingPointIeee754<T> => Derivative<T, Vector128Ops<T>, Vector128<T>>(z, c);
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector256<T> Derivative<T>(Vector256<T> z, in ActivationConstants<Vector256<T>> c) where T : unmanaged, IFloatingPointIeee754<T> => Derivative<T, Vector256Ops<T>, Vector256<T>>(z, c);
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector512<T> Derivative<T>(Vector512<T> z, in ActivationConstants<Vector512<T>> c) where T : unmanaged, IFloatingPointIeee754<T> => Derivative<T, Vector512Ops<T>, Vector512<T>>(z, c);
#pragma warning restore CS1591
}

/// <summary>max(slope·z, z) for 0 ≤ slope &lt; 1, with σ′(0) = slope.</summary>
public readonly struct LeakyRelu : IActivationOperator
{
    /// <summary>(slope, unused, unused).</summary>
    public static (double P, double Q, double R) Constants(double parameter) => (parameter, 0, 0);

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TVec Value<T, TOps, TVec>(TVec z, in ActivationConstants<TVec> c)
        where T : unmanaged, IFloatingPointIeee754<T> where TOps : struct, IVectorOps<TVec, T> where TVec : struct
        => TOps.IfGreater(z, TOps.Zero, z, TOps.Multiply(c.P, z));

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TVec Derivative<T, TOps, TVec>(TVec z, in ActivationConstants<TVec> c)
        where T : unmanaged, IFloatingPointIeee754<T> where TOps : struct, IVectorOps<TVec, T> where TVec : struct
        => TOps.IfGreater(z, TOps.Zero, TOps.One, c.P);

#pragma warning disable CS1591 // the width overloads forward to the two methods above
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static T Value<T>(T z, in ActivationConstants<T> c) where T : unmanaged, IFloatingPointIeee754<T> => Value<T, ScalarOps<T>, T>(z, c);
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector128<T> Value<T>(Vector128<T> z, in ActivationConstants<Vector128<T>> c) where T : unmanaged, IFloatingPointIeee754<T> => Value<T, Vector128Ops<T>, Vector128<T>>(z, c);
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector256<T> Value<T>(Vector256<T> z, in ActivationConstants<Vector256<T>> c) where T : unmanaged, IFloatingPointIeee754<T> => Value<T, Vector256Ops<T>, Vector256<T>>(z, c);
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector512<T> Value<T>(Vector512<T> z, in ActivationConstants<Vector512<T>> c) where T : unmanaged, IFloatingPointIeee754<T> => Value<T, Vector512Ops<T>, Vector512<T>>(z, c);
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static T Derivative<T>(T z, in ActivationConstants<T> c) where T : unmanaged, IFloatingPointIeee754<T> => Derivative<T, ScalarOps<T>, T>(z, c);
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector128<T> Derivative<T>(Vector128<T> z, in ActivationConstants<Vector128<T>> c) where T : unmanaged, IFloatingPointIeee754<T> => Derivative<T, Vector128Ops<T>, Vector128<T>>(z, c);
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector256<T> Derivative<T>(Vector256<T> z, in ActivationConstants<Vector256<T>> c) where T : unmanaged, IFloatingPointIeee754<T> => Derivative<T, Vector256Ops<T>, Vector256<T>>(z, c);
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector512<T> Derivative<T>(Vector512<T> z, in ActivationConstants<Vector512<T>> c) where T : unmanaged, IFloatingPointIeee754<T> => Derivative<T, Vector512Ops<T>, Vector512<T>>(z, c);
#pragma warning restore CS1591
}

/// <summary>z², with σ′(z) = 2z (many XOR and parity analyses).</summary>
public readonly struct Quadratic : IActivationOperator
{
    /// <summary>No parameter.</summary>
    public static (double P, double Q, double R) Constants(double parameter) => (0, 0, 0);

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TVec Value<T, TOps, TVec>(TVec z, in ActivationConstants<TVec> c)
        where T : unmanaged, IFloatingPointIeee754<T> where TOps : struct, IVectorOps<TVec, T> where TVec : struct
        => TOps.Multiply(z, z);

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TVec Derivative<T, TOps, TVec>(TVec z, in ActivationConstants<TVec> c)
        where T : unmanaged, IFloatingPointIeee754<T> where TOps : struct, IVectorOps<TVec, T> where TVec : struct
        => TOps.Add(z, z);

#pragma warning disable CS1591 // the width overloads forward to the two methods above
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static T Value<T>(T z, in ActivationConstants<T> c) where T : unmanaged, IFloatingPointIeee754<T> => Value<T, ScalarOps<T>, T>(z, c);
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector128<T> Value<T>(Vector128<T> z, in ActivationConstants<Vector128<T>> c) where T : unmanaged, IFloatingPointIeee754<T> => Value<T, Vector128Ops<T>, Vector128<T>>(z, c);
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector256<T> Value<T>(Vector256<T> z, in ActivationConstants<Vector256<T>> c) where T : unmanaged, IFloatingPointIeee754<T> => Value<T, Vector256Ops<T>, Vector256<T>>(z, c);
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector512<T> Value<T>(Vector512<T> z, in ActivationConstants<Vector512<T>> c) where T : unmanaged, IFloatingPointIeee754<T> => Value<T, Vector512Ops<T>, Vector512<T>>(z, c);
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static T Derivative<T>(T z, in ActivationConstants<T> c) where T : unmanaged, IFloatingPointIeee754<T> => Derivative<T, ScalarOps<T>, T>(z, c);
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector128<T> Derivative<T>(Vector128<T> z, in ActivationConstants<Vector128<T>> c) where T : unmanaged, IFloatingPointIeee754<T> => Derivative<T, Vector128Ops<T>, Vector128<T>>(z, c);
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector256<T> Derivative<T>(Vector256<T> z, in ActivationConstants<Vector256<T>> c) where T : unmanaged, IFloatingPointIeee754<T> => Derivative<T, Vector256Ops<T>, Vector256<T>>(z, c);
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector512<T> Derivative<T>(Vector512<T> z, in ActivationConstants<Vector512<T>> c) where T : unmanaged, IFloatingPointIeee754<T> => Derivative<T, Vector512Ops<T>, Vector512<T>>(z, c);
#pragma warning restore CS1591
}

/// <summary>log(1 + e^{βz})/β with sharpness β &gt; 0, σ′(z) = sigmoid(βz): a smooth ReLU, evaluated stably for any βz.</summary>
public readonly struct Softplus : IActivationOperator
{
    /// <summary>(β, 1/β, unused).</summary>
    public static (double P, double Q, double R) Constants(double parameter) => (parameter, 1 / parameter, 0);

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TVec Value<T, TOps, TVec>(TVec z, in ActivationConstants<TVec> c)
        where T : unmanaged, IFloatingPointIeee754<T> where TOps : struct, IVectorOps<TVec, T> where TVec : struct
    {
        // t = βz: softplus(t) = max(t, 0) + log(1 + e^{−|t|}), divided by β
        TVec t = TOps.Multiply(c.P, z);
        TVec e = TOps.Exp(TOps.Subtract(TOps.Zero, TOps.Abs(t)));
        return TOps.Multiply(TOps.Add(TOps.Max(t, TOps.Zero), TOps.Log(TOps.Add(TOps.One, e))), c.Q);
    }

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TVec Derivative<T, TOps, TVec>(TVec z, in ActivationConstants<TVec> c)
        where T : unmanaged, IFloatingPointIeee754<T> where TOps : struct, IVectorOps<TVec, T> where TVec : struct
    {
        // sigmoid(t) = 1/(1 + e^{−t}) for t ≥ 0, e^{t}/(1 + e^{t}) below: both as e = e^{−|t|}, never overflowing
        TVec t = TOps.Multiply(c.P, z);
        TVec e = TOps.Exp(TOps.Subtract(TOps.Zero, TOps.Abs(t)));
        TVec onePlusE = TOps.Add(TOps.One, e);
        return TOps.IfGreater(TOps.Zero, t, TOps.Divide(e, onePlusE), TOps.Divide(TOps.One, onePlusE));
    }

#pragma warning disable CS1591 // the width overloads forward to the two methods above
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static T Value<T>(T z, in ActivationConstants<T> c) where T : unmanaged, IFloatingPointIeee754<T> => Value<T, ScalarOps<T>, T>(z, c);
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector128<T> Value<T>(Vector128<T> z, in ActivationConstants<Vector128<T>> c) where T : unmanaged, IFloatingPointIeee754<T> => Value<T, Vector128Ops<T>, Vector128<T>>(z, c);
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector256<T> Value<T>(Vector256<T> z, in ActivationConstants<Vector256<T>> c) where T : unmanaged, IFloatingPointIeee754<T> => Value<T, Vector256Ops<T>, Vector256<T>>(z, c);
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector512<T> Value<T>(Vector512<T> z, in ActivationConstants<Vector512<T>> c) where T : unmanaged, IFloatingPointIeee754<T> => Value<T, Vector512Ops<T>, Vector512<T>>(z, c);
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static T Derivative<T>(T z, in ActivationConstants<T> c) where T : unmanaged, IFloatingPointIeee754<T> => Derivative<T, ScalarOps<T>, T>(z, c);
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector128<T> Derivative<T>(Vector128<T> z, in ActivationConstants<Vector128<T>> c) where T : unmanaged, IFloatingPointIeee754<T> => Derivative<T, Vector128Ops<T>, Vector128<T>>(z, c);
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector256<T> Derivative<T>(Vector256<T> z, in ActivationConstants<Vector256<T>> c) where T : unmanaged, IFloatingPointIeee754<T> => Derivative<T, Vector256Ops<T>, Vector256<T>>(z, c);
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector512<T> Derivative<T>(Vector512<T> z, in ActivationConstants<Vector512<T>> c) where T : unmanaged, IFloatingPointIeee754<T> => Derivative<T, Vector512Ops<T>, Vector512<T>>(z, c);
#pragma warning restore CS1591
}
