using System.Numerics;
using System.Runtime.CompilerServices;
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
}
