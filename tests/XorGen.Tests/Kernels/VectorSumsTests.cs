using Xunit;

namespace XorGen.Tests.Kernels;

/// <summary><see cref="VectorSums.Add{T}"/> and <see cref="VectorSums.Scale{T}"/>: element by element, vector body and tail alike.</summary>
public class VectorSumsTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(15)]
    [InlineData(16)]
    [InlineData(37)]
    [InlineData(128)]
    public void Add_and_scale_work_element_by_element_on_every_length(int length)
    {
        var sum = new float[length + 3];
        var add = new float[length + 5];
        for (int i = 0; i < add.Length; i++) add[i] = 1f / (i + 3);
        for (int i = 0; i < sum.Length; i++) sum[i] = i * 0.37f;
        var expected = sum.ToArray();
        for (int i = 0; i < length; i++) expected[i] = 0.25f * (expected[i] + add[i]);
        VectorSums.Add(sum.AsSpan(0, length), add);
        VectorSums.Scale(sum.AsSpan(0, length), 0.25f);
        Assert.Equal(expected, sum); // the elements past length are untouched

        var d = new double[length];
        for (int i = 0; i < length; i++) d[i] = i;
        VectorSums.Add<double>(d, d);
        VectorSums.Scale(d.AsSpan(), -0.5);
        for (int i = 0; i < length; i++) Assert.Equal(-i, d[i]);
    }

    [Fact]
    public void Add_refuses_a_shorter_addend()
    {
        var e = Assert.Throws<ArgumentException>(() => VectorSums.Add<float>(new float[4], new float[3]));
        Assert.Contains("3 values, expected 4", e.Message, StringComparison.Ordinal);
    }
}
