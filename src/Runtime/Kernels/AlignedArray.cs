using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace XorGen;

/// <summary>
/// A fixed-length array of <typeparamref name="T"/> whose first element sits on a 64-byte boundary: a cache line, and
/// the width of a <c>Vector512</c>. The generated kernels keep Wᵀ, the workspace and the per-neuron arrays in these.
/// <para>
/// Why: an ordinary array's data starts wherever the garbage collector placed it (8, 24, 40 … bytes past a cache line),
/// so with a row stride that is a whole number of cache lines every 64-byte vector load of a tile straddles two lines.
/// On Zen 5 the Vector512 phases ran 3–10% slower so (d = 128, m = 512, B = 128: 170–181 µs aligned against 173–195 µs
/// at offset 24; d = 512, m = 512: 661–664 against 729–733 µs), and the offset, hence the time, changed from process to
/// process.
/// </para>
/// <para>
/// The storage is an array on the pinned object heap (it never moves, so the alignment found at construction holds for
/// its lifetime) with up to 64 bytes of slack before the first element. Elements start zeroed.
/// </para>
/// </summary>
/// <typeparam name="T">The element type (float or double in the kernels).</typeparam>
public sealed class AlignedArray<T> where T : unmanaged
{
    /// <summary>The alignment of the first element, in bytes.</summary>
    public const int Alignment = 64;

    private readonly T[] _storage;
    private readonly int _offset;

    /// <summary>An array of <paramref name="length"/> zeroed elements, the first on a 64-byte boundary.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="length"/> is negative.</exception>
    /// <exception cref="NotSupportedException"><typeparamref name="T"/>'s size does not divide 64 (no element could start on the boundary).</exception>
    public AlignedArray(int length)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(length);
        int size = Unsafe.SizeOf<T>();
        if (Alignment % size != 0) throw new NotSupportedException($"an element of {typeof(T).Name} is {size} bytes, which does not divide {Alignment}");
        int slack = Alignment / size - 1;
        _storage = GC.AllocateArray<T>(checked(length + slack), pinned: true);
        long address = Marshal.UnsafeAddrOfPinnedArrayElement(_storage, 0).ToInt64();
        int misalignment = (int)(address & (Alignment - 1));
        // the GC aligns objects to at least the element size, so the gap to the next boundary is whole elements
        _offset = misalignment == 0 ? 0 : (Alignment - misalignment) / size;
        Length = length;
    }

    /// <summary>An empty array (a workspace before its first use).</summary>
    public static AlignedArray<T> Empty { get; } = new(0);

    /// <summary>The number of elements.</summary>
    public int Length { get; }

    /// <summary>The element at <paramref name="index"/>.</summary>
    /// <exception cref="IndexOutOfRangeException"><paramref name="index"/> is outside [0, <see cref="Length"/>).</exception>
    public ref T this[int index]
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get
        {
            if ((uint)index >= (uint)Length) ThrowIndex(index, Length);
            // checked above against Length, and _offset + Length is within the storage: no second check
            return ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(_storage), _offset + index);
        }
    }

    /// <summary>
    /// A reference to the first element, on a 64-byte boundary (for <c>Vector512.LoadUnsafe(ref …, offset)</c>); for an
    /// empty array, where that element would be (do not read or write through it).
    /// </summary>
    public ref T Start
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(_storage), _offset);
    }

    /// <summary>The elements as a span.</summary>
    public Span<T> AsSpan() => _storage.AsSpan(_offset, Length);

    /// <summary>Elements [<paramref name="start"/>, <paramref name="start"/> + <paramref name="length"/>) as a span.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The range is not inside the array.</exception>
    public Span<T> AsSpan(int start, int length) => AsSpan().Slice(start, length);

    [DoesNotReturn, MethodImpl(MethodImplOptions.NoInlining)]
    private static void ThrowIndex(int index, int length) => throw new IndexOutOfRangeException($"index {index} is outside an aligned array of {length} elements");
}
