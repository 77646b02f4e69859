using System.Globalization;
using System.Text;
using OxyPlot;
using OxyPlot.Axes;
using OxyPlot.Legends;
using OxyPlot.Series;

namespace XorGen.Bench;

/// <summary>
/// <c>compare [--results DIR] [--out DIR]</c>: reads the report.md of every CPU folder under bench/results (and of any
/// folder one level below a CPU folder that holds its own report.md, such as an earlier run kept beside the current one)
/// and writes README.md there: one table of every benchmark row (class, case and size) × CPU with GFLOP/s and % of that
/// run's FP32 peak, and the chart percent-of-peak.svg (OxyPlot's SvgExporter) of the GlasgowStep Fixed rows of the
/// generated and generic kernels, % of peak per CPU. Exit code 2 with one line on stderr for a bad argument, a missing
/// folder or a report.md that cannot be read.
/// </summary>
public static class Compare
{
    /// <summary>The file name of the chart written beside README.md.</summary>
    public const string ChartFile = "percent-of-peak.svg";

    /// <summary>Runs the command.</summary>
    public static int Run(string[] args)
    {
        string? root = null, output = null;
        for (int i = 0; i < args.Length; i++)
        {
            if (args[i] is "--results" or "--out")
            {
                if (i + 1 >= args.Length) { Console.Error.WriteLine($"error: {args[i]} needs a directory"); return 2; }
                if (args[i] == "--results") root = args[++i]; else output = args[++i];
            }
            else { Console.Error.WriteLine($"error: unknown option '{args[i]}' (compare takes --results DIR and --out DIR)"); return 2; }
        }
        root ??= Path.Combine(Machine.RepositoryRoot(), "bench", "results");
        output ??= root;
        try
        {
            var runs = ReadAll(root);
            if (runs.Count == 0) { Console.Error.WriteLine($"error: no <cpu>/report.md under {root}"); return 2; }
            Directory.CreateDirectory(output);
            File.WriteAllText(Path.Combine(output, ChartFile), Chart(runs));
            File.WriteAllText(Path.Combine(output, "README.md"), Markdown(runs));
            Console.WriteLine($"compare: {runs.Count} run(s) ({string.Join(", ", runs.Select(r => r.Name))}) -> {Path.Combine(output, "README.md")}, {ChartFile}");
            return 0;
        }
        catch (Exception e) when (e is FormatException or IOException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"error: {e.Message}");
            return 2;
        }
    }

    /// <summary>One row of a report: its key (class, case, size), GFLOP/s and % of peak (NaN where the report says NA).</summary>
    public sealed record Row(string Class, string Case, string Size, double Gflops, double Percent)
    {
        /// <summary>The label of the row in the table.</summary>
        public string Key => $"{Class} | {Case} | {Size}";
    }

    /// <summary>One results folder: its name (the CPU folder, or cpu/sub), its peak, CPU description and rows in report order.</summary>
    public sealed record ResultRun(string Name, double Peak, string Cpu, string Date, IReadOnlyList<Row> Rows);

    /// <summary>Every run under <paramref name="root"/>, sorted by name.</summary>
    /// <exception cref="IOException">The folder does not exist.</exception>
    /// <exception cref="FormatException">A report.md is not one the suite writes.</exception>
    public static List<ResultRun> ReadAll(string root)
    {
        if (!Directory.Exists(root)) throw new DirectoryNotFoundException($"results folder {root} does not exist");
        var runs = new List<ResultRun>();
        foreach (var cpu in Directory.EnumerateDirectories(root).Order(StringComparer.Ordinal))
        {
            if (File.Exists(Path.Combine(cpu, "report.md"))) runs.Add(Read(cpu, Path.GetFileName(cpu)));
            foreach (var sub in Directory.EnumerateDirectories(cpu).Order(StringComparer.Ordinal))
                if (File.Exists(Path.Combine(sub, "report.md"))) runs.Add(Read(sub, $"{Path.GetFileName(cpu)}/{Path.GetFileName(sub)}"));
        }
        return runs;
    }

    /// <summary>Parses the report.md (and machine.txt when present) of one folder.</summary>
    public static ResultRun Read(string folder, string name)
    {
        string file = Path.Combine(folder, "report.md");
        var lines = File.ReadAllLines(file);
        double peak = double.NaN;
        var rows = new List<Row>();
        string? cls = null;
        string[]? header = null;
        for (int n = 0; n < lines.Length; n++)
        {
            string line = lines[n].Trim();
            if (line.StartsWith("FP32 FMA peak (one core):", StringComparison.Ordinal))
            {
                var token = line["FP32 FMA peak (one core):".Length..].Trim().Split(' ')[0];
                if (!double.TryParse(token, NumberStyles.Float, CultureInfo.InvariantCulture, out peak))
                    throw new FormatException($"{file}:{n + 1}: cannot read the peak '{token}'");
            }
            else if (line.StartsWith("## ", StringComparison.Ordinal)) { cls = line[3..].Trim(); header = null; }
            else if (line.StartsWith('|') && cls is not null)
            {
                var cells = line.Trim('|').Split('|').Select(c => c.Trim()).ToArray();
                if (header is null) { header = cells; continue; }
                if (cells.All(c => c.Length > 0 && c.All(ch => ch is '-' or ':'))) continue;
                if (cells.Length != header.Length) throw new FormatException($"{file}:{n + 1}: {cells.Length} cells, the table header has {header.Length}");
                rows.Add(ToRow(file, n + 1, cls, header, cells));
            }
        }
        if (double.IsNaN(peak)) throw new FormatException($"{file}: no 'FP32 FMA peak (one core):' line (not a report.md written by the suite)");
        string cpu = "", date = "";
        string machine = Path.Combine(folder, "machine.txt");
        if (File.Exists(machine))
        {
            var text = File.ReadAllLines(machine);
            string Field(string key) => text.Select(l => l.Split(':', 2)).Where(p => p.Length == 2 && p[0].Trim() == key).Select(p => p[1].Trim()).FirstOrDefault() ?? "";
            string flags = Field("Flags");
            cpu = $"{Field("Model name")}, family {Field("CPU family")} model {Field("Model")}, {(flags.Contains("avx512f", StringComparison.Ordinal) ? "AVX-512" : flags.Contains("avx2", StringComparison.Ordinal) ? "AVX2, no AVX-512" : "no AVX2")}";
            date = Field("date (UTC)");
        }
        return new ResultRun(name, peak, cpu, date, rows);
    }

    private static readonly string[] ValueColumns = ["Mean", "Steps/s", "GFLOP/s", "% FP32 peak", "Alloc B/op"];

    private static Row ToRow(string file, int line, string cls, string[] header, string[] cells)
    {
        int g = Array.IndexOf(header, "GFLOP/s"), p = Array.IndexOf(header, "% FP32 peak");
        if (g < 0 || p < 0) throw new FormatException($"{file}:{line}: the table of {cls} has no GFLOP/s or % FP32 peak column");
        var names = new List<string>();
        var sizes = new List<string>();
        var sizeNames = new List<string>();
        for (int c = 0; c < header.Length; c++)
        {
            if (ValueColumns.Contains(header[c])) continue;
            if (cells[c].Length > 0 && cells[c].All(ch => char.IsDigit(ch) || ch == ',')) { sizeNames.Add(header[c]); sizes.Add(cells[c].Replace(',', '/')); }
            else names.Add(header[c] == "Job" ? $"[{cells[c]}]" : cells[c]);
        }
        string size = sizes.Count == 0 ? "" : sizeNames.Count == 1 && sizeNames[0] != "Size" ? $"{sizeNames[0]} {sizes[0]}" : string.Join("/", sizes);
        return new Row(cls, string.Join(" ", names), size, Number(cells[g]), Number(cells[p]));
    }

    private static double Number(string text) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double v) ? v : double.NaN;

    /// <summary>The text of README.md: how it was made, the runs, then the table.</summary>
    public static string Markdown(IReadOnlyList<ResultRun> runs)
    {
        var text = new StringBuilder();
        text.AppendLine("# XorGen benchmarks across CPUs");
        text.AppendLine();
        text.AppendLine("Written by `dotnet run -c Release --project bench/XorGen.Bench -- compare` from every `bench/results/<cpu>/report.md`");
        text.AppendLine("(and `<cpu>/<run>/report.md`, an earlier run kept beside the current one). Each cell is GFLOP/s and, in brackets,");
        text.AppendLine("% of the FP32 FMA peak that the same run measured on its CPU (one core; × threads for threaded rows). Rows are");
        text.AppendLine("noisy on shared machines: compare rows of one run before concluding across runs. Do not edit by hand.");
        text.AppendLine();
        text.AppendLine($"![% of FP32 peak, GlasgowStep, fixed batch]({ChartFile})");
        text.AppendLine();
        text.AppendLine("| run | CPU | date (UTC) | FP32 peak, GFLOP/s per core |");
        text.AppendLine("|---|---|---|---:|");
        foreach (var run in runs)
            text.AppendLine(CultureInfo.InvariantCulture, $"| {run.Name} | {(run.Cpu.Length > 0 ? run.Cpu : "(no machine.txt)")} | {run.Date} | {run.Peak:F1} |");
        text.AppendLine();
        text.AppendLine("| benchmark | case | size | " + string.Join(" | ", runs.Select(r => r.Name)) + " |");
        text.AppendLine("|---|---|---|" + string.Concat(runs.Select(_ => "---:|")));
        foreach (var key in Keys(runs))
        {
            var first = runs.SelectMany(r => r.Rows).First(r => r.Key == key);
            var cells = runs.Select(run => run.Rows.FirstOrDefault(r => r.Key == key) is { } row && !double.IsNaN(row.Gflops)
                ? string.Create(CultureInfo.InvariantCulture, $"{row.Gflops:F2} ({row.Percent:F1}%)") : "—");
            text.AppendLine($"| {first.Class} | {first.Case} | {first.Size} | {string.Join(" | ", cells)} |");
        }
        return text.ToString();
    }

    /// <summary>Every row key, in the order of the first run that has it (runs in name order).</summary>
    private static List<string> Keys(IReadOnlyList<ResultRun> runs)
    {
        var keys = new List<string>();
        var seen = new HashSet<string>();
        foreach (var run in runs)
            foreach (var row in run.Rows)
                if (seen.Add(row.Key)) keys.Add(row.Key);
        return keys;
    }

    /// <summary>
    /// The SVG chart: one horizontal bar per (run, kernel) for every GlasgowStep size, fixed batch, the generated and the
    /// generic kernel, % of that run's FP32 peak. A run without such rows gets no bars (it is still in the table).
    /// </summary>
    public static string Chart(IReadOnlyList<ResultRun> runs)
    {
        var model = new PlotModel
        {
            Title = "GlasgowStep, fixed batch: % of the FP32 FMA peak (one core)",
            Background = OxyColors.White,
            Padding = new OxyThickness(8, 24, 8, 8),
            PlotMargins = new OxyThickness(100, double.NaN, double.NaN, double.NaN),
        };
        model.Legends.Add(new Legend { LegendPosition = LegendPosition.TopCenter, LegendPlacement = LegendPlacement.Outside, LegendOrientation = LegendOrientation.Vertical });
        var glasgow = runs.SelectMany(r => r.Rows).Where(IsChartRow).Select(r => r.Size).Distinct().ToList();
        // First size at the top.
        var categories = new CategoryAxis { Position = AxisPosition.Left, Title = "d/m/B", IsZoomEnabled = false, StartPosition = 1, EndPosition = 0 };
        categories.Labels.AddRange(glasgow);
        model.Axes.Add(categories);
        model.Axes.Add(new LinearAxis { Position = AxisPosition.Bottom, Minimum = 0, Maximum = 100, Title = "% of peak", MajorGridlineStyle = LineStyle.Dot });
        foreach (var run in runs)
            foreach (var kernel in new[] { "Generated", "Generic" })
            {
                var rows = run.Rows.Where(r => IsChartRow(r) && r.Case.StartsWith(kernel + " ", StringComparison.Ordinal)).ToList();
                if (rows.Count == 0) continue;
                // Trailing no-break spaces: the exporter measures text narrower than viewers draw it, and the legend box would clip the name.
                var series = new BarSeries { Title = $"{run.Name} {kernel.ToLowerInvariant()}" + new string('\u00A0', 60), StrokeThickness = 0 };
                foreach (var size in glasgow)
                {
                    var row = rows.FirstOrDefault(r => r.Size == size);
                    series.Items.Add(new BarItem(row is null || double.IsNaN(row.Percent) ? 0 : row.Percent));
                }
                model.Series.Add(series);
            }
        int bars = Math.Max(1, model.Series.Count);
        double width = 1000, height = Math.Max(400, 160 + 16 * bars + glasgow.Count * bars * 9);
        // Text is measured with the PDF context's Helvetica metrics, close to the sans-serif fonts SVG viewers draw with.
        var exporter = new SvgExporter { UseVerticalTextAlignmentWorkaround = true, Width = width, Height = height, TextMeasurer = new PdfRenderContext(width, height, OxyColors.White) };
        return exporter.ExportToString(model);
    }

    private static bool IsChartRow(Row row) => row.Class == "GlasgowStep" && row.Case.EndsWith(" Fixed", StringComparison.Ordinal) && !row.Case.StartsWith("Reference", StringComparison.Ordinal);
}
