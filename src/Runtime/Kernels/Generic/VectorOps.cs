using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.Arm;
using System.Runtime.Intrinsics.X86;

namespace XorGen;

/// <summary>
/// The operations the generic kernel needs from one rung of the vector ladder, written as static members
/// of a struct so that the JIT specializes each driver per width (the TensorPrimitives shape).
/// <typeparamref name="TVec"/> is the register type: Vector512/256/128 of T, or T itself for the scalar rung.
/// </summary>
public interface IVectorOps<TVec, T>
    where TVec : struct
    where T : unmanaged, IFloatingPointIeee754<T>
{
    /// <summary>Lanes per register.</summary>
    static abstract int Count { get; }
    /// <summary>Every lane 0.</summary>
    static abstract TVec Zero { get; }
    /// <summary>Every lane 1.</summary>
    static abstract TVec One { get; }
    /// <summary>Every lane <paramref name="value"/>.</summary>
    static abstract TVec Splat(T value);
    /// <summary>Loads Count elements from <paramref name="source"/> (unaligned).</summary>
    static abstract TVec Load(ref T source);
    /// <summary>Stores Count elements at <paramref name="destination"/> (unaligned).</summary>
    static abstract void Store(TVec value, ref T destination);
    /// <summary>a + b.</summary>
    static abstract TVec Add(TVec a, TVec b);
    /// <summary>a − b.</summary>
    static abstract TVec Subtract(TVec a, TVec b);
    /// <summary>a·b.</summary>
    static abstract TVec Multiply(TVec a, TVec b);
    /// <summary>a / b.</summary>
    static abstract TVec Divide(TVec a, TVec b);
    /// <summary>a·b + c (fused where the hardware fuses).</summary>
    static abstract TVec MultiplyAdd(TVec a, TVec b, TVec c);
    /// <summary>|a|.</summary>
    static abstract TVec Abs(TVec a);
    /// <summary>√a.</summary>
    static abstract TVec Sqrt(TVec a);
    /// <summary>Lane-wise a &gt; b ? whenGreater : otherwise (false for NaN, like the scalar comparison).</summary>
    static abstract TVec IfGreater(TVec a, TVec b, TVec whenGreater, TVec otherwise);
    /// <summary>
    /// Lane-wise a &gt; b ? a : b: the hardware max (x86 maxps/maxpd), b where a lane is NaN or both are zeros. One
    /// instruction, where the IEEE <c>VectorN.Max</c> needs fix-up instructions around it, and the same rule as the scalar form.
    /// </summary>
    static abstract TVec Max(TVec a, TVec b);
    /// <summary>Lane-wise e^a.</summary>
    static abstract TVec Exp(TVec a);
    /// <summary>Lane-wise natural logarithm.</summary>
    static abstract TVec Log(TVec a);
}

/// <summary>The scalar rung: one lane, plain IEEE arithmetic. Always correct, on any machine.</summary>
public readonly struct ScalarOps<T> : IVectorOps<T, T> where T : unmanaged, IFloatingPointIeee754<T>
{
    /// <inheritdoc/>
    public static int Count => 1;
    /// <inheritdoc/>
    /// <inheritdoc/>
    public static T Zero => T.Zero;
    /// <inheritdoc/>
    public static T One => T.One;
    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static T Splat(T value) => value;
    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static T Load(ref T source) => source;
    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static void Store(T value, ref T destination) => destination = value;
    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static T Add(T a, T b) => a + b;
    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static T Subtract(T a, T b) => a - b;
    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static T Multiply(T a, T b) => a * b;
    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static T Divide(T a, T b) => a / b;
    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static T MultiplyAdd(T a, T b, T c) => a * b + c;
    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static T Abs(T a) => T.Abs(a);
    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static T Sqrt(T a) => T.Sqrt(a);
    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static T IfGreater(T a, T b, T whenGreater, T otherwise) => a > b ? whenGreater : otherwise;
    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static T Max(T a, T b) => a > b ? a : b;
    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static T Exp(T a) => T.Exp(a);
    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static T Log(T a) => T.Log(a);
}

/// <summary>Whether the vector FusedMultiplyAdd helpers map to an instruction (otherwise they would run a slow software fallback).</summary>
internal static class FusedSupport
{
    /// <inheritdoc/>
    public static bool Available => Fma.IsSupported || AdvSimd.IsSupported;
}

/// <summary>128-bit rung (SSE/AVX or AdvSimd).</summary>
public readonly struct Vector128Ops<T> : IVectorOps<Vector128<T>, T> where T : unmanaged, IFloatingPointIeee754<T>
{
    /// <inheritdoc/>
    public static int Count => Vector128<T>.Count;
    /// <inheritdoc/>
    /// <inheritdoc/>
    public static Vector128<T> Zero => Vector128<T>.Zero;
    /// <inheritdoc/>
    public static Vector128<T> One => Vector128<T>.One;
    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector128<T> Splat(T value) => Vector128.Create(value);
    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector128<T> Load(ref T source) => Vector128.LoadUnsafe(ref source);
    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static void Store(Vector128<T> value, ref T destination) => value.StoreUnsafe(ref destination);
    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector128<T> Add(Vector128<T> a, Vector128<T> b) => a + b;
    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector128<T> Subtract(Vector128<T> a, Vector128<T> b) => a - b;
    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector128<T> Multiply(Vector128<T> a, Vector128<T> b) => a * b;
    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector128<T> Divide(Vector128<T> a, Vector128<T> b) => a / b;
    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<T> MultiplyAdd(Vector128<T> a, Vector128<T> b, Vector128<T> c)
    {
        if (FusedSupport.Available)
        {
            if (typeof(T) == typeof(float)) return Vector128.FusedMultiplyAdd(a.AsSingle(), b.AsSingle(), c.AsSingle()).As<float, T>();
            if (typeof(T) == typeof(double)) return Vector128.FusedMultiplyAdd(a.AsDouble(), b.AsDouble(), c.AsDouble()).As<double, T>();
        }
        return a * b + c;
    }
    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector128<T> Abs(Vector128<T> a) => Vector128.Abs(a);
    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector128<T> Sqrt(Vector128<T> a) => Vector128.Sqrt(a);
    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<T> IfGreater(Vector128<T> a, Vector128<T> b, Vector128<T> whenGreater, Vector128<T> otherwise)
        => Vector128.ConditionalSelect(Vector128.GreaterThan(a, b), whenGreater, otherwise);
    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector128<T> Max(Vector128<T> a, Vector128<T> b) => Vector128.MaxNative(a, b);
    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<T> Exp(Vector128<T> a)
    {
        if (typeof(T) == typeof(float)) return Vector128.Exp(a.AsSingle()).As<float, T>();
        if (typeof(T) == typeof(double)) return Vector128.Exp(a.AsDouble()).As<double, T>();
        throw new NotSupportedException($"no vector exp for {typeof(T).Name}");
    }
    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<T> Log(Vector128<T> a)
    {
        if (typeof(T) == typeof(float)) return Vector128.Log(a.AsSingle()).As<float, T>();
        if (typeof(T) == typeof(double)) return Vector128.Log(a.AsDouble()).As<double, T>();
        throw new NotSupportedException($"no vector log for {typeof(T).Name}");
    }
}

/// <summary>256-bit rung (AVX).</summary>
public readonly struct Vector256Ops<T> : IVectorOps<Vector256<T>, T> where T : unmanaged, IFloatingPointIeee754<T>
{
    /// <inheritdoc/>
    public static int Count => Vector256<T>.Count;
    /// <inheritdoc/>
    /// <inheritdoc/>
    public static Vector256<T> Zero => Vector256<T>.Zero;
    /// <inheritdoc/>
    public static Vector256<T> One => Vector256<T>.One;
    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector256<T> Splat(T value) => Vector256.Create(value);
    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector256<T> Load(ref T source) => Vector256.LoadUnsafe(ref source);
    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static void Store(Vector256<T> value, ref T destination) => value.StoreUnsafe(ref destination);
    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector256<T> Add(Vector256<T> a, Vector256<T> b) => a + b;
    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector256<T> Subtract(Vector256<T> a, Vector256<T> b) => a - b;
    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector256<T> Multiply(Vector256<T> a, Vector256<T> b) => a * b;
    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector256<T> Divide(Vector256<T> a, Vector256<T> b) => a / b;
    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<T> MultiplyAdd(Vector256<T> a, Vector256<T> b, Vector256<T> c)
    {
        if (FusedSupport.Available)
        {
            if (typeof(T) == typeof(float)) return Vector256.FusedMultiplyAdd(a.AsSingle(), b.AsSingle(), c.AsSingle()).As<float, T>();
            if (typeof(T) == typeof(double)) return Vector256.FusedMultiplyAdd(a.AsDouble(), b.AsDouble(), c.AsDouble()).As<double, T>();
        }
        return a * b + c;
    }
    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector256<T> Abs(Vector256<T> a) => Vector256.Abs(a);
    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector256<T> Sqrt(Vector256<T> a) => Vector256.Sqrt(a);
    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<T> IfGreater(Vector256<T> a, Vector256<T> b, Vector256<T> whenGreater, Vector256<T> otherwise)
        => Vector256.ConditionalSelect(Vector256.GreaterThan(a, b), whenGreater, otherwise);
    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector256<T> Max(Vector256<T> a, Vector256<T> b) => Vector256.MaxNative(a, b);
    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<T> Exp(Vector256<T> a)
    {
        if (typeof(T) == typeof(float)) return Vector256.Exp(a.AsSingle()).As<float, T>();
        if (typeof(T) == typeof(double)) return Vector256.Exp(a.AsDouble()).As<double, T>();
        throw new NotSupportedException($"no vector exp for {typeof(T).Name}");
    }
    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<T> Log(Vector256<T> a)
    {
        if (typeof(T) == typeof(float)) return Vector256.Log(a.AsSingle()).As<float, T>();
        if (typeof(T) == typeof(double)) return Vector256.Log(a.AsDouble()).As<double, T>();
        throw new NotSupportedException($"no vector log for {typeof(T).Name}");
    }
}

/// <summary>512-bit rung (AVX-512).</summary>
public readonly struct Vector512Ops<T> : IVectorOps<Vector512<T>, T> where T : unmanaged, IFloatingPointIeee754<T>
{
    /// <inheritdoc/>
    public static int Count => Vector512<T>.Count;
    /// <inheritdoc/>
    /// <inheritdoc/>
    public static Vector512<T> Zero => Vector512<T>.Zero;
    /// <inheritdoc/>
    public static Vector512<T> One => Vector512<T>.One;
    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector512<T> Splat(T value) => Vector512.Create(value);
    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector512<T> Load(ref T source) => Vector512.LoadUnsafe(ref source);
    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static void Store(Vector512<T> value, ref T destination) => value.StoreUnsafe(ref destination);
    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector512<T> Add(Vector512<T> a, Vector512<T> b) => a + b;
    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector512<T> Subtract(Vector512<T> a, Vector512<T> b) => a - b;
    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector512<T> Multiply(Vector512<T> a, Vector512<T> b) => a * b;
    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector512<T> Divide(Vector512<T> a, Vector512<T> b) => a / b;
    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<T> MultiplyAdd(Vector512<T> a, Vector512<T> b, Vector512<T> c)
    {
        if (FusedSupport.Available)
        {
            if (typeof(T) == typeof(float)) return Vector512.FusedMultiplyAdd(a.AsSingle(), b.AsSingle(), c.AsSingle()).As<float, T>();
            if (typeof(T) == typeof(double)) return Vector512.FusedMultiplyAdd(a.AsDouble(), b.AsDouble(), c.AsDouble()).As<double, T>();
        }
        return a * b + c;
    }
    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector512<T> Abs(Vector512<T> a) => Vector512.Abs(a);
    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector512<T> Sqrt(Vector512<T> a) => Vector512.Sqrt(a);
    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<T> IfGreater(Vector512<T> a, Vector512<T> b, Vector512<T> whenGreater, Vector512<T> otherwise)
        => Vector512.ConditionalSelect(Vector512.GreaterThan(a, b), whenGreater, otherwise);
    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector512<T> Max(Vector512<T> a, Vector512<T> b) => Vector512.MaxNative(a, b);
    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<T> Exp(Vector512<T> a)
    {
        if (typeof(T) == typeof(float)) return Vector512.Exp(a.AsSingle()).As<float, T>();
        if (typeof(T) == typeof(double)) return Vector512.Exp(a.AsDouble()).As<double, T>();
        throw new NotSupportedException($"no vector exp for {typeof(T).Name}");
    }
    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<T> Log(Vector512<T> a)
    {
        if (typeof(T) == typeof(float)) return Vector512.Log(a.AsSingle()).As<float, T>();
        if (typeof(T) == typeof(double)) return Vector512.Log(a.AsDouble()).As<double, T>();
        throw new NotSupportedException($"no vector log for {typeof(T).Name}");
    }
}
