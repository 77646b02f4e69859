using System.Runtime.Intrinsics;
using XorGen.Operators;
using Xunit;

namespace XorGen.Tests.Kernels;

/// <summary>
/// <see cref="ActivationBackprop.Times{TAct, T, TOps, TVec}"/> is g·σ′(z) for every activation, on every register width:
/// the select it uses where an operator declares <see cref="IActivationOperator.DerivativeIsStep"/> must agree with that
/// operator's own derivative, and the multiply elsewhere is the derivative times g.
/// </summary>
public sealed class ActivationBackpropTests
{
    private static readonly double[] Zs = [-3.5, -1, -0.25, -1e-30, -0.0, 0.0, 1e-30, 0.01, 0.25, 0.5, 1, 2.75, 40];
    private static readonly double[] Gs = [1, -0.75, 3e-4, -12.5];

    public static TheoryData<Activation, double> Activations() => new()
    {
        { Activation.Relu, 0 }, { Activation.HuberizedRelu, 0.3 }, { Activation.Abs, 0 }, { Activation.LeakyRelu, 0.1 },
        { Activation.Quadratic, 0 }, { Activation.Softplus, 2 },
    };

    [Theory]
    [MemberData(nameof(Activations))]
    public void Times_is_g_times_the_derivative_on_every_width(Activation activation, double parameter)
        => ActivationOperators.Visit<bool, Check>(activation, new Check(parameter));

    [Fact]
    public void Only_relu_declares_a_unit_step_derivative()
    {
        Assert.True(Step<Relu>());
        Assert.False(Step<HuberizedRelu>());
        Assert.False(Step<Abs>());
        Assert.False(Step<LeakyRelu>());
        Assert.False(Step<Quadratic>());
        Assert.False(Step<Softplus>());
    }

    private static bool Step<TAct>() where TAct : struct, IActivationOperator => TAct.DerivativeIsStep;

    private readonly struct Check(double parameter) : IActivationOperatorVisitor<bool>
    {
        public bool Visit<TAct>() where TAct : struct, IActivationOperator
        {
            var scalar = ActivationConstants.Scalar<TAct>(parameter);
            var c512 = ActivationConstants.For<TAct, float, Vector512Ops<float>, Vector512<float>>(parameter);
            var c256 = ActivationConstants.For<TAct, float, Vector256Ops<float>, Vector256<float>>(parameter);
            var c128 = ActivationConstants.For<TAct, double, Vector128Ops<double>, Vector128<double>>(parameter);
            var cf = ActivationConstants.For<TAct, float, ScalarOps<float>, float>(parameter);
            foreach (double z in Zs)
                foreach (double g in Gs)
                {
                    double derivative = TAct.Derivative<double, ScalarOps<double>, double>(z, in scalar);
                    if (TAct.DerivativeIsStep) Assert.Equal(z > 0 ? 1.0 : 0.0, derivative);
                    double expected = g * derivative;
                    Assert.Equal(expected, ActivationBackprop.Times<TAct, double, ScalarOps<double>, double>(z, g, in scalar));
                    float zf = (float)z, gf = (float)g;
                    float expectedF = gf * TAct.Derivative<float, ScalarOps<float>, float>(zf, in cf);
                    Assert.Equal(expectedF, ActivationBackprop.Times<TAct, float, ScalarOps<float>, float>(zf, gf, in cf));
                    // the vector widths, lane by lane (the accelerated path where there is one, the software one elsewhere)
                    var v512 = ActivationBackprop.Times<TAct, float, Vector512Ops<float>, Vector512<float>>(Vector512.Create(zf), Vector512.Create(gf), in c512);
                    var v256 = ActivationBackprop.Times<TAct, float, Vector256Ops<float>, Vector256<float>>(Vector256.Create(zf), Vector256.Create(gf), in c256);
                    var v128 = ActivationBackprop.Times<TAct, double, Vector128Ops<double>, Vector128<double>>(Vector128.Create(z), Vector128.Create(g), in c128);
                    for (int l = 0; l < Vector512<float>.Count; l++) Assert.Equal(expectedF, v512[l], 1e-6f * Math.Max(1, Math.Abs(expectedF)));
                    for (int l = 0; l < Vector256<float>.Count; l++) Assert.Equal(expectedF, v256[l], 1e-6f * Math.Max(1, Math.Abs(expectedF)));
                    for (int l = 0; l < Vector128<double>.Count; l++) Assert.Equal(expected, v128[l], 1e-12 * Math.Max(1, Math.Abs(expected)));
                }
            return true;
        }
    }
}
