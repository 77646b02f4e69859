using System.Runtime.CompilerServices;
using Xunit;

namespace XorGen.Tests.Kernels;

/// <summary>
/// <see cref="AlignedArray{T}"/>: the first element on a 64-byte boundary whatever the garbage collector's placement,
/// zeroed, bounds-checked through the indexer, one storage seen through the indexer, <see cref="AlignedArray{T}.Start"/>
/// and the spans; and the generic kernel keeps its parameters and workspace in them.
/// </summary>
public unsafe class AlignedArrayTests
{
    private static long Address<T>(ref T value) => (long)Unsafe.AsPointer(ref value);

    [Fact]
    public void The_first_element_is_on_a_64_byte_boundary_for_every_length_and_placement()
    {
        var keep = new List<object>();
        for (int round = 0; round < 64; round++)
        {
            keep.Add(new byte[round * 8 + 1]); // shift where the next allocations land
            foreach (int length in new[] { 0, 1, 3, 16, 17, 1000, 70_000 })
            {
                var f = new AlignedArray<float>(length);
                var d = new AlignedArray<double>(length);
                keep.Add(f);
                keep.Add(d);
                Assert.Equal(0, Address(ref f.Start) % 64);
                Assert.Equal(0, Address(ref d.Start) % 64);
                Assert.Equal(length, f.Length);
                Assert.Equal(length, d.AsSpan().Length);
            }
        }
        GC.Collect(); // pinned storage does not move
        foreach (var o in keep)
            if (o is AlignedArray<float> f) Assert.Equal(0, Address(ref f.Start) % 64);
    }

    [Fact]
    public void The_indexer_the_start_and_the_spans_see_one_zeroed_storage()
    {
        var a = new AlignedArray<float>(37);
        Assert.All(a.AsSpan().ToArray(), v => Assert.Equal(0f, v));
        for (int i = 0; i < a.Length; i++) a[i] = i + 0.5f;
        Assert.Equal(3.5f, Unsafe.Add(ref a.Start, 3));
        Assert.Equal([10.5f, 11.5f, 12.5f], a.AsSpan(10, 3).ToArray());
        a.AsSpan(36, 1)[0] = -1;
        Assert.Equal(-1f, a[36]);
        Assert.True(Unsafe.AreSame(ref a.Start, ref a[0]));
    }

    [Fact]
    public void Out_of_range_access_is_refused()
    {
        var a = new AlignedArray<double>(4);
        Assert.Throws<IndexOutOfRangeException>(() => a[4]);
        Assert.Throws<IndexOutOfRangeException>(() => a[-1]);
        Assert.Throws<IndexOutOfRangeException>(() => AlignedArray<double>.Empty[0]);
        Assert.Throws<ArgumentOutOfRangeException>(() => a.AsSpan(2, 3));
        Assert.Throws<ArgumentOutOfRangeException>(() => new AlignedArray<float>(-1));
    }

    [Fact]
    public void The_generic_kernel_keeps_its_parameters_and_workspace_aligned()
    {
        var spec = new ModelSpec(13, 37, Activation.Relu);
        using var kernel = KernelFactory.Create<float>(KernelKind.Generic, spec);
        kernel.LoadParameters(KernelTestData.Parameters(spec, 1));
        var (x, y) = KernelTestData.Batch<float>(spec, 9, 2);
        kernel.Step(x, y, 9, StepControl.Constant(0.01));
        object state = kernel.GetType().GetField("_state", System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Instance)!.GetValue(kernel)!;
        foreach (string name in new[] { "Wt", "A", "Norm2", "X", "Z" })
        {
            var array = (AlignedArray<float>)state.GetType().GetField(name)!.GetValue(state)!;
            Assert.True(array.Length > 0, name);
            Assert.Equal(0, Address(ref array.Start) % 64);
        }
    }
}
