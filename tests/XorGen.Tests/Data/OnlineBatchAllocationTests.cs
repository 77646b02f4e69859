using Xunit;

namespace XorGen.Tests.Data;

public sealed class OnlineBatchAllocationTests
{
    public static TheoryData<string> Sources => ["boolean", "gaussian", "mixture", "teacher"];

    private static IDataSource Make(string name) => name switch
    {
        "boolean" => new BooleanXorSource(33),
        "gaussian" => new GaussianXorClustersSource(33, 0.2, 0.1),
        "mixture" => new ClusterMixtureSource(ClusterLayout.Shoulders, projectToSphere: true),
        _ => AbsTeacherSource.Create(33, 1, randomOrthogonal: true),
    };

    [Theory]
    [MemberData(nameof(Sources))]
    public void FillBatchDoesNotAllocate(string name)
    {
        var source = Make(name);
        const int rows = 16;
        var x = new float[rows * source.Inputs]; var y = new float[rows]; var c = new float[rows];
        source.FillBatch<float>(1, 0, x, y, c);
        // The JIT may allocate while it recompiles a method; a round without any allocation shows FillBatch itself allocates nothing.
        bool clean = false;
        for (int round = 0; round < 10 && !clean; round++)
        {
            long before = GC.GetAllocatedBytesForCurrentThread();
            for (int t = 0; t < 20; t++) source.FillBatch<float>(1, t, x, y, c);
            clean = GC.GetAllocatedBytesForCurrentThread() == before;
        }
        Assert.True(clean, $"{name}: FillBatch allocated in every round");
    }
}
