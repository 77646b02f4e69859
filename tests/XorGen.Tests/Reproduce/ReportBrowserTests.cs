using System.Diagnostics;
using System.Text.RegularExpressions;
using Xunit;

namespace XorGen.Tests.Reproduce;

/// <summary>
/// Opens each paper's report.html in headless Chromium (Debian's <c>chromium</c>; .ci/run installs it): the DOM Chromium
/// builds must hold one SVG per figure with the number of data series the report says it drew, and a screenshot of the
/// page must not be blank. Checks the committed reports (docs/reproductions) and, when XORGEN_REPORT_DIR is set, a
/// freshly generated report directory as well (CI sets it to the one `xorgen reproduce` just wrote).
/// </summary>
public sealed partial class ReportBrowserTests
{
    /// <summary>Figures per paper report: the list the reports promise (docs/reproductions).</summary>
    private static readonly Dictionary<string, int> ExpectedFigures = new()
    {
        ["glasgow"] = 3, // signal/noise norms, cluster margins, samples to 5% against d
        ["frei"] = 2,    // Fig. 2 left and right
        ["chatterji"] = 3, // Fig. 3/4 shoulders, t·L_t, Fig. 2 XOR
        ["lmz"] = 2,     // Fig. 1 (m = 100) and Fig. 2 (m = 60)
    };

    /// <summary>Series per figure: seeds × variants plus the reference lines.</summary>
    private static readonly Dictionary<string, int> ExpectedSeries = new()
    {
        ["glasgow-phase1-norms"] = 3,      // signal, noise, theory's rate
        ["glasgow-margins"] = 4,           // the four cluster centres
        ["glasgow-sample-complexity"] = 4, // both layers and random features, each with its fitted line
        ["frei-fig2-left"] = 5,            // train accuracy, noisy points fit, test accuracy noisy and clean, 1 − η
        ["frei-fig2-right"] = 5,
        ["chatterji-fig3-fig4-shoulders"] = 11, // 5 seeds × (ReLU, Huberized ReLU) + c/t
        ["chatterji-t-times-loss"] = 10,
        ["chatterji-fig2-xor"] = 6,        // 5 seeds + c/t
        ["lmz-fig1-m100"] = 6,             // orders 0, 2, 4, 6, rest + total
        ["lmz-fig2-m60"] = 6,
    };

    public static TheoryData<string> Reports()
    {
        var data = new TheoryData<string>();
        var roots = new List<string> { Path.Combine(RepoRoot(), "docs", "reproductions") };
        if (Environment.GetEnvironmentVariable("XORGEN_REPORT_DIR") is { Length: > 0 } extra) roots.Add(Path.GetFullPath(extra));
        foreach (var root in roots)
            foreach (var paper in ExpectedFigures.Keys)
                data.Add(Path.Combine(root, paper, "report.html"));
        return data;
    }

    [Theory]
    [MemberData(nameof(Reports))]
    public void Every_figure_renders_in_chromium(string report)
    {
        Assert.True(File.Exists(report), $"{report} is missing (regenerate with `xorgen reproduce all --profile quick --out docs/reproductions`)");
        string paper = Path.GetFileName(Path.GetDirectoryName(report))!;
        string work = Path.Combine(Path.GetTempPath(), "xorgen-browser-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(work);
        try
        {
            string dom = Chromium(work, "--dump-dom", new Uri(report).AbsoluteUri);
            // inlined SVGs share one id space: a clash would make a figure clip to another figure's clip path
            var ids = IdAttribute().Matches(dom).Select(m => m.Groups[1].Value).ToArray();
            Assert.True(ids.Length == ids.Distinct().Count(), $"{paper}: duplicate element ids in the page");
            var figures = FigureElement().Matches(dom);
            Assert.Equal(ExpectedFigures[paper], figures.Count);
            foreach (Match f in figures)
            {
                string id = f.Groups["id"].Value;
                int expected = int.Parse(f.Groups["series"].Value, System.Globalization.CultureInfo.InvariantCulture);
                string body = f.Groups["body"].Value;
                Assert.True(SvgElement().Matches(body).Count == 1, $"{paper}/{id}: expected one <svg> in the figure");
                // OxyPlot draws each line series as one polyline; axis ticks, grid lines and legend swatches have 2 points
                int series = Polyline().Matches(body).Count(p => p.Groups["points"].Value.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries).Length >= 3);
                Assert.True(ExpectedSeries.TryGetValue(id, out int listed), $"{paper}/{id}: a figure the test does not know");
                Assert.True(expected == listed, $"{paper}/{id}: the report drew {expected} series, the figure's list has {listed}");
                Assert.True(series == expected, $"{paper}/{id}: {series} data series rendered, the report drew {expected}");
            }

            string png = Path.Combine(work, "page.png");
            Chromium(work, $"--screenshot={png}", "--window-size=1280,2400", "--hide-scrollbars", new Uri(report).AbsoluteUri);
            var image = Png.Read(png);
            Assert.True(image.Width >= 1000 && image.Height >= 1000, $"screenshot is {image.Width}×{image.Height}");
            int nonWhite = image.Pixels.Count(p => p != 0xFFFFFF);
            int colours = image.Pixels.Distinct().Count();
            Assert.True(nonWhite > image.Pixels.Length / 100, $"{paper}: screenshot nearly blank ({nonWhite} non-white pixels)");
            Assert.True(colours >= 16, $"{paper}: screenshot has only {colours} colours");
            // the series colours of the plots are on the page (the first palette colour: every figure uses it)
            Assert.Contains(image.Pixels, p => Near(p, 0x1f77b4));
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }

    private static bool Near(int p, int rgb) =>
        Math.Abs(((p >> 16) & 255) - ((rgb >> 16) & 255)) <= 12 && Math.Abs(((p >> 8) & 255) - ((rgb >> 8) & 255)) <= 12 && Math.Abs((p & 255) - (rgb & 255)) <= 12;

    private static string Chromium(string work, params string[] args)
    {
        string exe = new[] { "/usr/bin/chromium", "/usr/bin/chromium-browser" }.FirstOrDefault(File.Exists)
            ?? throw new InvalidOperationException("headless Chromium is needed for this test: apt-get install -y chromium (.ci/run installs it)");
        var psi = new ProcessStartInfo(exe)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var a in new[] { "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                     "--disable-component-update", "--disable-sync", "--user-data-dir=" + Path.Combine(work, "profile") })
            psi.ArgumentList.Add(a);
        foreach (var a in args) psi.ArgumentList.Add(a);
        using var process = Process.Start(psi)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(120_000))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("chromium did not finish in 120 s");
        }
        Assert.True(process.ExitCode == 0, $"chromium exited {process.ExitCode}: {stderr.Result}");
        return stdout.Result;
    }

    internal static string RepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "XorGen.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new DirectoryNotFoundException("XorGen.sln not found above the test binaries");
    }

    [GeneratedRegex("""<figure class="plot" id="(?<id>[^"]+)" data-series="(?<series>\d+)">(?<body>.*?)</figure>""", RegexOptions.Singleline)]
    private static partial Regex FigureElement();

    [GeneratedRegex("\\sid=\"([^\"]+)\"")]
    private static partial Regex IdAttribute();

    [GeneratedRegex("<svg[\\s>]")]
    private static partial Regex SvgElement();

    [GeneratedRegex("<polyline points=\"(?<points>[^\"]*)\"")]
    private static partial Regex Polyline();
}
