using Xunit;
using System.Runtime.Intrinsics;
using XorGen.Operators;

namespace XorGen.Tests.Kernels;

/// <summary>
/// The losses: the scalar definition against the exact loss to double rounding, the vector rows (what generated kernels
/// call) in double against the scalar definition, and in float (loss=float) against the exact loss to float's relative
/// error, across margins from −60 to 60, where the logistic loss spans 60 down to 10⁻²⁶ (no small loss may read 0).
/// </summary>
public sealed class LossRowsTests
{
    private static readonly float[] Margins = [-60f, -20f, -3.5f, -1f, -0.25f, 0f, 1e-3f, 0.5f, 2f, 7f, 15f, 17f, 25f, 40f, 60f, 0.125f];

    [Fact]
    public void Logistic_rows_match_the_scalar_loss() => Check<Logistic>(c: 2);

    [Fact]
    public void Squared_rows_match_the_scalar_loss() => Check<Squared>(c: 1);

    private static void Check<TLoss>(double c) where TLoss : struct, ILossOperator
    {
        const double gScale = 0.25;
        foreach (float y in new[] { 1f, -1f, 0.3f })
            foreach (float margin in Margins)
            {
                float f = margin * y; // y·f = margin for y = ±1
                double formula = TLoss.Value((double)y, f, c), derivative = TLoss.Derivative((double)y, f, c) * gScale;
                double loss = typeof(TLoss) == typeof(Logistic) ? c * LogisticExact(-(double)y * f) : formula;
                string at = $"y = {y}, f = {f}";
                Near(loss, formula, 1e-15, "the scalar definition at " + at); // full precision for every margin, small losses included

                // float rows, every width: lane 0 holds the row, the other lanes other rows
                var sum128 = Vector128<double>.Zero;
                var g128 = TLoss.Rows(Vector128.Create(y), Vector128.Create(f), Vector128.Create((float)c), Vector128.Create((float)gScale), ref sum128);
                var sum256 = Vector256<double>.Zero;
                var g256 = TLoss.Rows(Vector256.Create(y), Vector256.Create(f), Vector256.Create((float)c), Vector256.Create((float)gScale), ref sum256);
                var sum512 = Vector512<double>.Zero;
                var g512 = TLoss.Rows(Vector512.Create(y), Vector512.Create(f), Vector512.Create((float)c), Vector512.Create((float)gScale), ref sum512);
                Near(loss, Vector128.Sum(sum128) / 4, 2e-6, "float rows (128) loss at " + at);
                Near(loss, Vector256.Sum(sum256) / 8, 2e-6, "float rows (256) loss at " + at);
                Near(loss, Vector512.Sum(sum512) / 16, 2e-6, "float rows (512) loss at " + at);
                for (int lane = 0; lane < 4; lane++) Near(derivative, g128.GetElement(lane), 2e-6, "float rows (128) ℓ′ at " + at);
                for (int lane = 0; lane < 8; lane++) Near(derivative, g256.GetElement(lane), 2e-6, "float rows (256) ℓ′ at " + at);
                for (int lane = 0; lane < 16; lane++) Near(derivative, g512.GetElement(lane), 2e-6, "float rows (512) ℓ′ at " + at);

                // double rows
                var dsum = Vector512<double>.Zero;
                var dg = TLoss.Rows(Vector512.Create((double)y), Vector512.Create((double)f), Vector512.Create(c), Vector512.Create(gScale), ref dsum);
                Near(formula, Vector512.Sum(dsum) / 8, 1e-13, "double rows loss at " + at);
                Near(derivative, dg.GetElement(3), 1e-13, "double rows ℓ′ at " + at);
            }
    }

    /// <summary>
    /// log(1 + e^t) to double's precision at every t: max(t, 0) + log1p(e^{−|t|}), log1p(x) = log(u)·x/(u − 1) with u = 1 + x
    /// (the double formula's log(1 + x) loses x's low bits: 8·10⁻⁶ relative at t = −25, all of it beyond t = −37).
    /// </summary>
    private static double LogisticExact(double t)
    {
        double x = Math.Exp(-Math.Abs(t)), u = 1 + x;
        return Math.Max(t, 0) + (u == 1 ? x : Math.Log(u) * x / (u - 1));
    }

    private static void Near(double expected, double actual, double relative, string what)
    {
        // relative to the value, or absolute at the float's own rounding of 1 where the value is 0 (the derivative of f = y)
        double tolerance = Math.Max(relative * Math.Abs(expected), 1e-300);
        Assert.True(Math.Abs(expected - actual) <= tolerance || (expected == 0 && Math.Abs(actual) < 1e-7),
            $"{what}: expected {expected:R}, got {actual:R} (relative error {Math.Abs(expected - actual) / Math.Abs(expected):E2})");
    }
}
