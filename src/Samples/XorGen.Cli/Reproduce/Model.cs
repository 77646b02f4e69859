using System.Globalization;
using OxyPlot;

namespace XorGen.Cli.Reproduce;

/// <summary>quick: minutes on 2 cores (CI); paper: the papers' sizes and step counts.</summary>
internal enum Profile { Quick, Paper }

/// <summary>PASS/FAIL for a claim; Observed for a fact the report states without judging it (a theorem's premise, a shape).</summary>
internal enum Verdict { Pass, Fail, Observed }

/// <summary>One claim checked by a stated numeric criterion: the measured value beside the paper's or the theory's.</summary>
internal sealed record Check(string Claim, string Criterion, string Measured, string Expected, Verdict Verdict)
{
    public static Check Judge(string claim, string criterion, string measured, string expected, bool pass) =>
        new(claim, criterion, measured, expected, pass ? Verdict.Pass : Verdict.Fail);

    public static Check Observe(string claim, string measured, string expected) => new(claim, "(reported, not judged)", measured, expected, Verdict.Observed);
}

/// <summary>A figure: the paper's figure number, what it shows, the command that regenerates it, and the plot.</summary>
internal sealed record Figure(string FileName, string Label, string Caption, string Command, PlotModel Model)
{
    /// <summary>The number of data series drawn (the browser test checks the rendered SVG has them all).</summary>
    public int Series => Model.Series.Count;
}

/// <summary>Everything the report says about one paper.</summary>
internal sealed record PaperResult(
    string Key,
    string Title,
    string Profile,
    IReadOnlyList<Check> Checks,
    IReadOnlyList<Figure> Figures,
    IReadOnlyList<string> Settings,
    IReadOnlyList<string> HowFound)
{
    public bool Passed => Checks.All(c => c.Verdict != Verdict.Fail);
}

/// <summary>One paper's reproduction: the runs of a profile, then the claims and figures from their records.</summary>
internal interface IPaperReproduction
{
    string Key { get; }
    string Title { get; }
    IReadOnlyList<PlannedRun> Plan(Profile profile);
    PaperResult Evaluate(string root, Profile profile);
}

internal static class Fmt
{
    public static string G(double v, int digits = 4) => double.IsFinite(v) ? v.ToString("G" + digits, CultureInfo.InvariantCulture) : "n/a";
    public static string F(double v, int decimals) => double.IsFinite(v) ? v.ToString("F" + decimals, CultureInfo.InvariantCulture) : "n/a";
    public static string Pct(double v, int decimals = 1) => double.IsFinite(v) ? (100 * v).ToString("F" + decimals, CultureInfo.InvariantCulture) + "%" : "n/a";
    public static string Inv(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);

    public static double Median(IEnumerable<double> values)
    {
        var v = values.Where(double.IsFinite).OrderBy(x => x).ToArray();
        if (v.Length == 0) return double.NaN;
        return v.Length % 2 == 1 ? v[v.Length / 2] : 0.5 * (v[v.Length / 2 - 1] + v[v.Length / 2]);
    }

    /// <summary>Least-squares slope and intercept of y on x.</summary>
    public static (double Slope, double Intercept) Fit(IReadOnlyList<double> x, IReadOnlyList<double> y)
    {
        int n = x.Count;
        if (n < 2) return (double.NaN, double.NaN);
        double mx = x.Average(), my = y.Average(), sxy = 0, sxx = 0;
        for (int i = 0; i < n; i++) { sxy += (x[i] - mx) * (y[i] - my); sxx += (x[i] - mx) * (x[i] - mx); }
        double slope = sxy / sxx;
        return (slope, my - slope * mx);
    }
}
