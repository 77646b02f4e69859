using Xunit;

namespace XorGen.Tests.Sweeps;

public sealed class ExpressionTests
{
    private static double Eval(string text, params (string Name, double Value)[] vars) =>
        Expression.Parse(text).Evaluate(n => vars.Where(v => v.Name == n).Select(v => (double?)v.Value).FirstOrDefault());

    [Theory]
    [InlineData("10*d", 160)]
    [InlineData("1 + 2 * 3", 7)]
    [InlineData("(1 + 2) * 3", 9)]
    [InlineData("2 ^ 3 ^ 2", 512)] // right-associative
    [InlineData("-2 ^ 2", -4)]
    [InlineData("2 ** 10", 1024)]
    [InlineData("7 % 4", 3)]
    [InlineData("max(320, 10*d)", 320)]
    [InlineData("min(3, 1, 2)", 1)]
    [InlineData("log(exp(2))", 2)]
    [InlineData("sqrt(d)", 4)]
    [InlineData("1.5e2", 150)]
    [InlineData("d >= 16 and d < 17", 1)]
    [InlineData("d > 16 or d == 16", 1)]
    [InlineData("not d == 16", 0)]
    [InlineData("!(d != 16)", 1)]
    [InlineData("d > 16 || d < 0", 0)]
    public void Evaluates(string text, double expected) => Assert.Equal(expected, Eval(text, ("d", 16)), 12);

    [Fact]
    public void NaNComparesFalse()
    {
        Assert.Equal(0, Eval("x < 1", ("x", double.NaN)));
        Assert.Equal(0, Eval("x >= 1", ("x", double.NaN)));
        Assert.False(Expression.Parse("x").IsTrue(_ => double.NaN));
    }

    [Fact]
    public void ListsItsVariablesAndCanonicalNames()
    {
        var e = Expression.Parse("test_error < 0.05 and train_loss < test_n");
        Assert.Equal(["test_error", "train_loss", "test_n"], e.Variables);
        Assert.Equal("test_n", Expression.Canonical("test-n"));
    }

    [Theory]
    [InlineData("", "empty")]
    [InlineData("test_error <", "ends too early")]
    [InlineData("1 +* 2", "unexpected '*'")]
    [InlineData("(1 + 2", "missing ')'")]
    [InlineData("foo(1)", "unknown function 'foo'")]
    [InlineData("pow(1)", "pow takes 2")]
    [InlineData("1 < 2 < 3", "do not chain")]
    [InlineData("1 2", "unexpected '2'")]
    [InlineData("a $ b", "unexpected '$'")]
    public void RejectsBadText(string text, string mentions)
    {
        var e = Assert.Throws<ExpressionException>(() => Expression.Parse(text));
        Assert.Contains(mentions, e.Message);
        Assert.Contains("column", e.Message);
    }

    [Fact]
    public void UnknownNameThrowsNamingIt()
    {
        var e = Assert.Throws<ExpressionException>(() => Eval("tst < 1"));
        Assert.Contains("'tst'", e.Message);
    }

    [Fact]
    public void IsCultureInvariant()
    {
        var saved = System.Globalization.CultureInfo.CurrentCulture;
        try
        {
            System.Globalization.CultureInfo.CurrentCulture = new System.Globalization.CultureInfo("de-DE");
            Assert.Equal(0.05, Eval("0.05"));
        }
        finally { System.Globalization.CultureInfo.CurrentCulture = saved; }
    }
}
