using System.Xml.Linq;
using XorGen.Bench;
using Xunit;

namespace XorGen.Tests.Bench;

/// <summary>The cross-CPU `compare` command on small fixture folders written by the test.</summary>
public sealed class CompareTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "xorgen-compare-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_root)) Directory.Delete(_root, recursive: true);
    }

    private void Write(string folder, string report, string? machine = null)
    {
        string dir = Path.Combine(_root, folder);
        Directory.CreateDirectory(dir);
        File.WriteAllText(Path.Combine(dir, "report.md"), report);
        if (machine is not null) File.WriteAllText(Path.Combine(dir, "machine.txt"), machine);
    }

    // The layout Results.Report writes: a peak line, one "## Class" table per benchmark class.
    private const string ReportA = """
        # XorGen benchmark report (cpu-a)

        FP32 FMA peak (one core): 100.0 GFLOP/s (PeakFma rows of this run). Flop/op of a step = 4·B·m·d.

        ## GlasgowStep

        | Kernel | Mode | D | M | B | Mean | Steps/s | GFLOP/s | % FP32 peak | Alloc B/op |
        |---|---|---|---|---|---|---|---|---|---|
        | Generated | Fixed | 128 | 512 | 128 | 500.00 us | 2000 | 67.11 | 67.1 | 0 |
        | Generic | Fixed | 128 | 512 | 128 | 1000.00 us | 1000 | 33.55 | 33.6 | 0 |
        | Generic | Online | 32 | 128 | 32 | NA | NA | NA | NA | NA |

        ## IsaStep

        | Job | Kernel | Size | Mean | Steps/s | GFLOP/s | % FP32 peak | Alloc B/op |
        |---|---|---|---|---|---|---|---|
        | AVX2-off | Generic | 32,128,32 | 40.00 us | 25000 | 13.11 | 13.1 | 0 |
        """;

    private const string ReportB = """
        # XorGen benchmark report (cpu-b)

        FP32 FMA peak (one core): 200.0 GFLOP/s (PeakFma rows of this run).

        ## GlasgowStep

        | Kernel | Mode | D | M | B | Mean | Steps/s | GFLOP/s | % FP32 peak | Alloc B/op |
        |---|---|---|---|---|---|---|---|---|---|
        | Generic | Fixed | 128 | 512 | 128 | 300.00 us | 3333 | 111.85 | 55.9 | 0 |
        | Generated | Fixed | 32 | 128 | 32 | 5.00 us | 200000 | 104.86 | 52.4 | 0 |
        """;

    private const string MachineA = """
        date (UTC): 2026-12-02 05:00
        lscpu:
        Model name:                              Test CPU A
        CPU family:                              25
        Model:                                   1
        Flags:                                   fpu sse2 avx avx2 fma
        """;

    [Fact]
    public void Reads_every_cpu_folder_and_a_kept_run_below_one()
    {
        Write("cpu-a", ReportA, MachineA);
        Write("cpu-b", ReportB);
        Write("cpu-a/earlier", ReportB);
        Directory.CreateDirectory(Path.Combine(_root, "no-report")); // ignored: no report.md
        var runs = Compare.ReadAll(_root);
        Assert.Equal(["cpu-a", "cpu-a/earlier", "cpu-b"], runs.Select(r => r.Name));
        var a = runs[0];
        Assert.Equal(100.0, a.Peak);
        Assert.Equal("Test CPU A, family 25 model 1, AVX2, no AVX-512", a.Cpu);
        Assert.Equal("2026-12-02 05:00", a.Date);
        Assert.Equal(4, a.Rows.Count);
        Assert.Equal(new Compare.Row("GlasgowStep", "Generated Fixed", "128/512/128", 67.11, 67.1), a.Rows[0]);
        Assert.True(double.IsNaN(a.Rows[2].Gflops));
        Assert.Equal(new Compare.Row("IsaStep", "[AVX2-off] Generic", "32/128/32", 13.11, 13.1), a.Rows[3]);
        Assert.Equal(200.0, runs[2].Peak);
        Assert.Equal("", runs[2].Cpu); // no machine.txt
    }

    [Fact]
    public void Writes_one_table_of_rows_by_cpu_and_an_svg_chart()
    {
        Write("cpu-a", ReportA, MachineA);
        Write("cpu-b", ReportB);
        string output = Path.Combine(_root, "out");
        Assert.Equal(0, Compare.Run(["--results", _root, "--out", output]));
        var lines = File.ReadAllLines(Path.Combine(output, "README.md"));
        Assert.Contains("| benchmark | case | size | cpu-a | cpu-b |", lines);
        Assert.Contains("| GlasgowStep | Generic Fixed | 128/512/128 | 33.55 (33.6%) | 111.85 (55.9%) |", lines);
        Assert.Contains("| GlasgowStep | Generated Fixed | 128/512/128 | 67.11 (67.1%) | — |", lines);
        Assert.Contains("| GlasgowStep | Generated Fixed | 32/128/32 | — | 104.86 (52.4%) |", lines);
        Assert.Contains("| GlasgowStep | Generic Online | 32/128/32 | — | — |", lines); // NA in its only run
        Assert.Contains("| cpu-a | Test CPU A, family 25 model 1, AVX2, no AVX-512 | 2026-12-02 05:00 | 100.0 |", lines);
        Assert.Contains(lines, l => l.Contains($"]({Compare.ChartFile})", StringComparison.Ordinal));

        // The chart is an SVG document with the title, the sizes as category labels and one legend entry per (run, kernel).
        var svg = XDocument.Load(Path.Combine(output, Compare.ChartFile));
        Assert.Equal("svg", svg.Root!.Name.LocalName);
        var texts = svg.Descendants().Where(e => e.Name.LocalName == "text").Select(e => e.Value.Replace('\u00A0', ' ').Trim()).ToList();
        Assert.Contains(texts, t => t.StartsWith("GlasgowStep, fixed batch", StringComparison.Ordinal));
        Assert.Contains("128/512/128", texts);
        Assert.Contains("32/128/32", texts);
        Assert.Contains("cpu-a generated", texts);
        Assert.Contains("cpu-a generic", texts);
        Assert.Contains("cpu-b generic", texts);
        Assert.Contains("cpu-b generated", texts);
    }

    [Fact]
    public void Bad_input_is_one_line_and_exit_code_2()
    {
        Assert.Equal(2, Compare.Run(["--results", Path.Combine(_root, "missing")]));
        Assert.Equal(2, Compare.Run(["--bogus"]));
        Assert.Equal(2, Compare.Run(["--results"]));
        Directory.CreateDirectory(_root);
        Assert.Equal(2, Compare.Run(["--results", _root])); // no report at all
        Write("cpu-x", "# not a report\n\n| a | b |\n|---|---|\n| 1 | 2 |\n");
        var error = Assert.Throws<FormatException>(() => Compare.ReadAll(_root));
        Assert.Contains("FP32 FMA peak", error.Message);
        Assert.Equal(2, Compare.Run(["--results", _root, "--out", Path.Combine(_root, "out")]));
        Assert.False(File.Exists(Path.Combine(_root, "out", "README.md")), "nothing is written when a report cannot be read");
    }
}
