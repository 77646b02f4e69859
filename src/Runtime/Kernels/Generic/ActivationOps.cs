using System.Numerics;
using System.Runtime.CompilerServices;

namespace XorGen;

/// <summary>
/// Constants an activation needs, broadcast once per call: P, Q, R mean
/// (h, 1/(2h), h/2) for the Huberized ReLU and (slope, ·, ·) for the leaky ReLU.
/// </summary>
internal readonly struct ActivationConstants<TVec>(TVec p, TVec q, TVec r) where TVec : struct
{
    public readonly TVec P = p, Q = q, R = r;
}

/// <summary>An activation σ and its derivative σ' on one register of any rung; same conventions as <see cref="ScalarMath"/>.</summary>
internal interface IActivationOp
{
    static abstract TVec Value<T, TOps, TVec>(TVec z, in ActivationConstants<TVec> c)
        where T : unmanaged, IFloatingPointIeee754<T> where TOps : struct, IVectorOps<TVec, T> where TVec : struct;
    static abstract TVec Derivative<T, TOps, TVec>(TVec z, in ActivationConstants<TVec> c)
        where T : unmanaged, IFloatingPointIeee754<T> where TOps : struct, IVectorOps<TVec, T> where TVec : struct;
}

/// <summary>max(0, z), σ'(0) = 0.</summary>
internal readonly struct ReluOp : IActivationOp
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TVec Value<T, TOps, TVec>(TVec z, in ActivationConstants<TVec> c)
        where T : unmanaged, IFloatingPointIeee754<T> where TOps : struct, IVectorOps<TVec, T> where TVec : struct
        => TOps.IfGreater(z, TOps.Zero, z, TOps.Zero);
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TVec Derivative<T, TOps, TVec>(TVec z, in ActivationConstants<TVec> c)
        where T : unmanaged, IFloatingPointIeee754<T> where TOps : struct, IVectorOps<TVec, T> where TVec : struct
        => TOps.IfGreater(z, TOps.Zero, TOps.One, TOps.Zero);
}

/// <summary>Huberized ReLU: 0 for z ≤ 0, z²/(2h) for 0 &lt; z ≤ h, z − h/2 above.</summary>
internal readonly struct HuberizedReluOp : IActivationOp
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TVec Value<T, TOps, TVec>(TVec z, in ActivationConstants<TVec> c)
        where T : unmanaged, IFloatingPointIeee754<T> where TOps : struct, IVectorOps<TVec, T> where TVec : struct
        => TOps.IfGreater(z, TOps.Zero,
            TOps.IfGreater(z, c.P, TOps.Subtract(z, c.R), TOps.Multiply(TOps.Multiply(z, z), c.Q)),
            TOps.Zero);
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TVec Derivative<T, TOps, TVec>(TVec z, in ActivationConstants<TVec> c)
        where T : unmanaged, IFloatingPointIeee754<T> where TOps : struct, IVectorOps<TVec, T> where TVec : struct
    {
        TVec half = TOps.Multiply(z, c.Q); // z/(2h)
        return TOps.IfGreater(z, TOps.Zero, TOps.IfGreater(z, c.P, TOps.One, TOps.Add(half, half)), TOps.Zero);
    }
}

/// <summary>|z|, sign(0) = 0.</summary>
internal readonly struct AbsOp : IActivationOp
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TVec Value<T, TOps, TVec>(TVec z, in ActivationConstants<TVec> c)
        where T : unmanaged, IFloatingPointIeee754<T> where TOps : struct, IVectorOps<TVec, T> where TVec : struct
        => TOps.Abs(z);
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TVec Derivative<T, TOps, TVec>(TVec z, in ActivationConstants<TVec> c)
        where T : unmanaged, IFloatingPointIeee754<T> where TOps : struct, IVectorOps<TVec, T> where TVec : struct
        => TOps.IfGreater(z, TOps.Zero, TOps.One, TOps.IfGreater(TOps.Zero, z, TOps.Subtract(TOps.Zero, TOps.One), TOps.Zero));
}

/// <summary>max(slope·z, z) with σ'(0) = slope.</summary>
internal readonly struct LeakyReluOp : IActivationOp
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TVec Value<T, TOps, TVec>(TVec z, in ActivationConstants<TVec> c)
        where T : unmanaged, IFloatingPointIeee754<T> where TOps : struct, IVectorOps<TVec, T> where TVec : struct
        => TOps.IfGreater(z, TOps.Zero, z, TOps.Multiply(c.P, z));
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TVec Derivative<T, TOps, TVec>(TVec z, in ActivationConstants<TVec> c)
        where T : unmanaged, IFloatingPointIeee754<T> where TOps : struct, IVectorOps<TVec, T> where TVec : struct
        => TOps.IfGreater(z, TOps.Zero, TOps.One, c.P);
}
