using Xunit;

namespace XorGen.Tests.Probes;

public class ProbeContextTests
{
    [Fact]
    public void InitializerFormDefaultsAndValidation()
    {
        var spec = new ModelSpec(3, 2);
        var p = new NetworkParameters(spec);
        var ctx = new ProbeContext { Spec = spec, Parameters = p, Initial = p.Clone() };
        Assert.True(double.IsNaN(ctx.TrainLoss));
        Assert.True(double.IsNaN(ctx.Rate));
        Assert.Equal(double.PositiveInfinity, ctx.NormCapSquared);
        Assert.Null(ctx.Train);
        ctx.Validate();

        ctx.Train = Dataset<double>.Allocate(4, 2);
        var e = Assert.Throws<ArgumentException>(ctx.Validate);
        Assert.Contains("d = 2", e.Message);
        ctx.Train = null;
        ctx.Initial = new NetworkParameters(3, 2, bias: true);
        e = Assert.Throws<ArgumentException>(ctx.Validate);
        Assert.Contains("initial", e.Message);
    }
}
