using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics.X86;

namespace XorGen;

/// <summary>
/// Software prefetch for the generated kernels (the <c>prefetch=N</c> variant knob), so that a definition's assembly
/// needs no unsafe code. The address is formed as a pointer, never as a reference past the array, and a prefetch
/// never faults: a target beyond the array (the last inputs' look-ahead) or one the GC has since moved only wastes a hint.
/// </summary>
public static class Prefetch
{
    /// <summary>Hints the cache line holding <paramref name="origin"/> + <paramref name="elements"/> into every cache level (prefetcht0); nothing where SSE is not supported.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static unsafe void L1<T>(ref T origin, nint elements) where T : unmanaged
    {
        if (Sse.IsSupported) Sse.Prefetch0((T*)Unsafe.AsPointer(ref origin) + elements);
    }
}
