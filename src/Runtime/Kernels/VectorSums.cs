using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace XorGen;

/// <summary>
/// Horizontal sums that fold a wide register in halves first (512 → 256 → 128 bits, one add each) and reduce only the
/// last 128 bits lane by lane. <c>Vector512.Sum</c> reduces each 128-bit quarter separately and adds the four results
/// (about 20 instructions against 8); in the generated kernels' outputs, one sum per batch row, that was a twentieth of a
/// small online step (d = 32, m = 128, B = 32 on Zen 5).
/// </summary>
public static class VectorSums
{
    /// <summary>The sum of the lanes of <paramref name="value"/>: (lower + upper) halves, then their halves, then the 128-bit lanes.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static T Sum<T>(Vector512<T> value) where T : unmanaged, INumber<T> => Sum(value.GetLower() + value.GetUpper());

    /// <summary>The sum of the lanes of <paramref name="value"/>: (lower + upper) halves, then the 128-bit lanes.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static T Sum<T>(Vector256<T> value) where T : unmanaged, INumber<T> => Vector128.Sum(value.GetLower() + value.GetUpper());

    /// <summary>
    /// <paramref name="sum"/>[i] += <paramref name="add"/>[i], element by element (each element's sum is the same whatever
    /// the vector width): the generated kernels' reduction of per-block partial outputs.
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="add"/> is shorter than <paramref name="sum"/>.</exception>
    public static void Add<T>(Span<T> sum, ReadOnlySpan<T> add) where T : unmanaged, INumber<T>
    {
        if (add.Length < sum.Length) throw new ArgumentException("add has " + add.Length + " values, expected " + sum.Length, nameof(add));
        ref T s = ref MemoryMarshal.GetReference(sum);
        ref T a = ref MemoryMarshal.GetReference(add);
        int i = 0;
        for (; i + Vector<T>.Count <= sum.Length; i += Vector<T>.Count)
            Vector.StoreUnsafe(Vector.LoadUnsafe(ref s, (nuint)i) + Vector.LoadUnsafe(ref a, (nuint)i), ref s, (nuint)i);
        for (; i < sum.Length; i++) Unsafe.Add(ref s, i) += Unsafe.Add(ref a, i);
    }

    /// <summary><paramref name="values"/>[i] = <paramref name="factor"/> · <paramref name="values"/>[i], element by element.</summary>
    public static void Scale<T>(Span<T> values, T factor) where T : unmanaged, INumber<T>
    {
        ref T v = ref MemoryMarshal.GetReference(values);
        var f = new Vector<T>(factor);
        int i = 0;
        for (; i + Vector<T>.Count <= values.Length; i += Vector<T>.Count)
            Vector.StoreUnsafe(f * Vector.LoadUnsafe(ref v, (nuint)i), ref v, (nuint)i);
        for (; i < values.Length; i++) Unsafe.Add(ref v, i) = factor * Unsafe.Add(ref v, i);
    }
}
