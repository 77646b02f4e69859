using Xunit;

namespace XorGen.Tests.Data;

/// <summary>The batched draws are the sequential draws, on every path (.ci/run repeats this class under the DOTNET_Enable* switches).</summary>
public sealed class CounterRandomTests
{
    [Theory]
    [InlineData(0, 0)]
    [InlineData(0, 1)]
    [InlineData(0, 7)]
    [InlineData(0, 8)]
    [InlineData(1, 9)]
    [InlineData(3, 64)]
    [InlineData(1, 1000)]
    [InlineData(5, 17)]
    public void NextUInt64s_returns_what_as_many_NextUInt64_calls_would_and_leaves_the_stream_there(int before, int count)
    {
        var batched = new CounterRandom(0xDEADBEEF12345678UL, RandomStream.Data, 0x1_0000_0003UL);
        var sequential = batched;
        for (int i = 0; i < before; i++) Assert.Equal(sequential.NextUInt64(), batched.NextUInt64()); // an odd count leaves one draw buffered
        var draws = new ulong[count];
        batched.NextUInt64s(draws);
        for (int i = 0; i < count; i++) Assert.True(sequential.NextUInt64() == draws[i], $"draw {i} of {count} after {before}");
        for (int i = 0; i < 5; i++) Assert.Equal(sequential.NextUInt64(), batched.NextUInt64());
    }

    [Fact]
    public void Blocks_across_the_32_bit_boundary_of_the_counter_match()
    {
        var batched = new CounterRandom(9, RandomStream.Init);
        batched.Seek(2 * 0xFFFF_FFFEUL); // block 2^32 − 2: the next eight draws cross into block 2^32 + 1
        var sequential = batched;
        var draws = new ulong[16];
        batched.NextUInt64s(draws);
        foreach (ulong d in draws) Assert.Equal(sequential.NextUInt64(), d);
    }
}
