using OxyPlot;
using OxyPlot.Axes;
using OxyPlot.Legends;
using OxyPlot.Series;

namespace XorGen.Cli.Reproduce;

/// <summary>Line plots with OxyPlot (exported by its <see cref="SvgExporter"/>): linear or log axes, a legend, points that a log axis cannot show dropped.</summary>
internal static class Plots
{
    private static readonly OxyColor[] Palette =
    [
        OxyColor.FromRgb(0x1f, 0x77, 0xb4), OxyColor.FromRgb(0xd6, 0x27, 0x28), OxyColor.FromRgb(0x2c, 0xa0, 0x2c),
        OxyColor.FromRgb(0xff, 0x7f, 0x0e), OxyColor.FromRgb(0x94, 0x67, 0xbd), OxyColor.FromRgb(0x8c, 0x56, 0x4b),
        OxyColor.FromRgb(0xe3, 0x77, 0xc2), OxyColor.FromRgb(0x7f, 0x7f, 0x7f), OxyColor.FromRgb(0xbc, 0xbd, 0x22),
        OxyColor.FromRgb(0x17, 0xbe, 0xcf),
    ];

    public static OxyColor Color(int i) => Palette[i % Palette.Length];

    /// <remarks>
    /// The legend sits inside the plot area: placed outside, its size is measured by the exporter's text measurer in one
    /// layout pass and not another, which shifted the series against the axes and cut legend entries.
    /// </remarks>
    public static PlotModel Create(string title, string xTitle, string yTitle, bool logX = false, bool logY = false,
        LegendPosition legend = LegendPosition.RightTop)
    {
        // Arial: the exporter measures text with Helvetica metrics, which Arial (Liberation Sans on Linux) matches
        var model = new PlotModel { Title = title, Background = OxyColors.White, TitleFontSize = 14, DefaultFont = "Arial" };
        model.Axes.Add(logX ? new LogarithmicAxis { Position = AxisPosition.Bottom, Title = xTitle, MajorGridlineStyle = LineStyle.Dot }
                            : new LinearAxis { Position = AxisPosition.Bottom, Title = xTitle, MajorGridlineStyle = LineStyle.Dot });
        model.Axes.Add(logY ? new LogarithmicAxis { Position = AxisPosition.Left, Title = yTitle, MajorGridlineStyle = LineStyle.Dot }
                            : new LinearAxis { Position = AxisPosition.Left, Title = yTitle, MajorGridlineStyle = LineStyle.Dot });
        model.Legends.Add(new Legend
        {
            LegendPosition = legend,
            LegendPlacement = LegendPlacement.Inside,
            LegendFontSize = 11,
            LegendBackground = OxyColor.FromAColor(220, OxyColors.White),
            LegendBorder = OxyColors.Gray,
        });
        model.IsLegendVisible = true;
        return model;
    }

    /// <summary>Adds a line (drawn as one SVG polyline; give it at least 3 points); a log axis drops points ≤ 0, and NaN points are dropped everywhere.</summary>
    public static LineSeries Line(PlotModel model, string title, IReadOnlyList<double> x, IReadOnlyList<double> y, OxyColor color,
        LineStyle style = LineStyle.Solid, double thickness = 1.5, bool markers = false, bool inLegend = true)
    {
        bool logX = model.Axes.Any(a => a.Position == AxisPosition.Bottom && a is LogarithmicAxis);
        bool logY = model.Axes.Any(a => a.Position == AxisPosition.Left && a is LogarithmicAxis);
        var series = new LineSeries
        {
            Title = inLegend ? title : null,
            Color = color,
            LineStyle = style,
            StrokeThickness = thickness,
            MarkerType = markers ? MarkerType.Circle : MarkerType.None,
            MarkerSize = 3,
            MarkerFill = color,
        };
        for (int i = 0; i < Math.Min(x.Count, y.Count); i++)
        {
            double xi = x[i], yi = y[i];
            if (!double.IsFinite(xi) || !double.IsFinite(yi) || (logX && xi <= 0) || (logY && yi <= 0)) continue;
            series.Points.Add(new DataPoint(xi, yi));
        }
        model.Series.Add(series);
        return series;
    }

    /// <summary>The plot as an SVG document (OxyPlot's exporter).</summary>
    public static string Svg(PlotModel model, int width = 760, int height = 420)
    {
        var exporter = new SvgExporter { Width = width, Height = height, TextMeasurer = new PixelTextMeasurer(width, height) };
        return exporter.ExportToString(model);
    }

    /// <summary>
    /// The exporter's default measurer (the PDF context) measures text in points while the SVG is drawn in pixels, so
    /// text came out 4/3 wider than measured (and characters outside Latin-1 measured as nothing): legend entries were cut
    /// and axis titles overlapped the tick labels.
    /// </summary>
    private sealed class PixelTextMeasurer(double width, double height) : PdfRenderContext(width, height, OxyColors.White)
    {
        public override OxySize MeasureText(string text, string? fontFamily = null, double fontSize = 10, double fontWeight = 500)
        {
            // the PDF fonts' metrics cover Latin-1 only: measure Greek letters and maths signs (μ, ‖, √, ·) as an 'o'
            string latin1 = string.Create(text.Length, text, static (span, t) =>
            {
                for (int i = 0; i < t.Length; i++) span[i] = t[i] <= '\u00ff' ? t[i] : 'o';
            });
            var size = base.MeasureText(latin1, fontFamily, fontSize, fontWeight);
            return new OxySize(size.Width * 4 / 3, size.Height * 4 / 3);
        }
    }
}
