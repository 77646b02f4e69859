using Xunit;

namespace XorGen.Tests.Data;

public sealed class AbsTeacherSourceTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(30)]
    public void RandomTeacherIsOrthogonalAndAFunctionOfTheSeed(int d)
    {
        var w = AbsTeacherSource.RandomOrthogonal(d, 42);
        for (int r = 0; r < d; r++)
            for (int s = 0; s < d; s++)
            {
                double dot = 0;
                for (int c = 0; c < d; c++) dot += w[r * d + c] * w[s * d + c];
                Assert.True(Math.Abs(dot - (r == s ? 1 : 0)) <= 1e-12, $"w*_{r}·w*_{s} = {dot}");
            }
        Assert.Equal(w, AbsTeacherSource.RandomOrthogonal(d, 42));
        Assert.Equal(w, AbsTeacherSource.Create(d, 42, randomOrthogonal: true).TeacherW);
        Assert.Equal(w, new AbsTeacherSource(d, randomOrthogonal: true, problemSeed: 42).TeacherW);
        if (d > 1) Assert.NotEqual(w, AbsTeacherSource.RandomOrthogonal(d, 43));
    }

    [Fact]
    public void TargetsFollowTheTeacherFormula()
    {
        const int d = 6;
        double[] a = [0.1, 0.2, 0.3, 0.15, 0.05, 0.2];
        var source = AbsTeacherSource.Create(d, 7, randomOrthogonal: true, teacherA: a);
        Assert.False(source.IsIdentity);
        Assert.True(source.IsRegression);
        var set = source.TrainingSet<double>(3, 200);
        Assert.False(set.HasSeparateCleanLabels);
        for (int i = 0; i < set.Count; i++)
        {
            var x = set.Row(i);
            double y = 0;
            for (int r = 0; r < d; r++)
            {
                double dot = 0;
                for (int c = 0; c < d; c++) dot += source.TeacherW[r * d + c] * x[c];
                y += a[r] * Math.Abs(dot);
            }
            Assert.Equal(y, set.Y[i], 12);
            Assert.Equal(y, source.Target(x), 12);
        }
        // Float batches: y is f* of the stored (rounded) x.
        var xf = new float[10 * d]; var yf = new float[10]; var cf = new float[10];
        source.FillBatch<float>(3, 0, xf, yf, cf);
        for (int i = 0; i < 10; i++)
            Assert.Equal((float)source.Target(xf.AsSpan(i * d, d).ToArray().Select(v => (double)v).ToArray()), yf[i]);
        Assert.Equal(yf, cf);
    }

    [Fact]
    public void IdentityTeacherWithUniformWeightsHasTheGaussianMean()
    {
        const int d = 10;
        var source = new AbsTeacherSource(d);
        Assert.True(source.IsIdentity);
        Assert.All(source.TeacherA, v => Assert.Equal(0.1, v, 15));
        var set = source.TrainingSet<double>(1, 2000);
        for (int i = 0; i < 20; i++) Assert.Equal(set.Row(i).ToArray().Average(Math.Abs), set.Y[i], 12);
        // E y = E|z| = √(2/π) ≈ 0.798; sd of the mean ≈ √(0.0363/2000) ≈ 0.0043. Inputs: mean 0, variance 1.
        Assert.InRange(set.Y.Average(), 0.798 - 0.025, 0.798 + 0.025);
        Assert.InRange(set.X.Average(), -0.03, 0.03);
        Assert.InRange(set.X.Average(v => v * v), 0.95, 1.05);
        Assert.NotEqual(set.X, source.TestSet<double>(1, 2000).X);
        Assert.Equal(set.X, source.TrainingSet<double>(1, 2000).X);
    }

    [Fact]
    public void BadTeachersAreRefusedNamingTheValue()
    {
        Assert.Contains("expected d = 3", Assert.Throws<ArgumentException>(() => new AbsTeacherSource(3, teacherA: [0.5, 0.5])).Message);
        Assert.Contains("-0.2", Assert.Throws<ArgumentException>(() => new AbsTeacherSource(3, teacherA: [0.6, 0.6, -0.2])).Message);
        Assert.Contains("NaN", Assert.Throws<ArgumentException>(() => new AbsTeacherSource(2, teacherA: [double.NaN, 1])).Message);
        Assert.Contains("sum to 1, got 0.9", Assert.Throws<ArgumentException>(() => new AbsTeacherSource(2, teacherA: [0.4, 0.5])).Message);
        Assert.Contains("d = 0", Assert.Throws<ArgumentOutOfRangeException>(() => new AbsTeacherSource(0)).Message);
        // Within tolerance of 1 is accepted.
        Assert.Equal(3, new AbsTeacherSource(3, teacherA: [0.333333, 0.333333, 0.333334]).Inputs);
        Assert.Contains("orthonormal", Assert.Throws<ArgumentException>(() => AbsTeacherSource.WithTeacher(2, [1, 0, 1, 1])).Message);
        Assert.Equal([0.0, 1, 1, 0], AbsTeacherSource.WithTeacher(2, [0, 1, 1, 0]).TeacherW);
    }
}
