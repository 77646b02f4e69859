using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace XorGen.Bench;

/// <summary>Reads a benchmark case's own description: an instance of its class with the case's parameters set.</summary>
public static class CaseInspector
{
    /// <summary>The <see cref="IFlopCounted"/> view of a case, or null for a class that does not count flops.</summary>
    public static IFlopCounted? Describe(BenchmarkCase benchmarkCase)
    {
        var type = benchmarkCase.Descriptor.Type;
        if (!typeof(IFlopCounted).IsAssignableFrom(type)) return null;
        var instance = Activator.CreateInstance(type)!;
        foreach (var parameter in benchmarkCase.Parameters.Items)
        {
            var property = type.GetProperty(parameter.Name);
            if (property is not null) { property.SetValue(instance, parameter.Value); continue; }
            type.GetField(parameter.Name)?.SetValue(instance, parameter.Value);
        }
        return (IFlopCounted)instance;
    }

    /// <summary>Mean time of one operation in seconds, or null when the case has no result.</summary>
    public static double? SecondsPerOperation(Summary summary, BenchmarkCase benchmarkCase)
        => summary[benchmarkCase]?.ResultStatistics is { } stats ? stats.Mean / 1e9 : null;

    /// <summary>GFLOP/s of a case, or null.</summary>
    public static double? Gflops(Summary summary, BenchmarkCase benchmarkCase)
        => Describe(benchmarkCase) is { } d && SecondsPerOperation(summary, benchmarkCase) is { } s && s > 0
            ? d.FlopsPerOperation / s / 1e9 : null;
}

/// <summary>The FP32 FMA peak the % column compares against.</summary>
public static class Peak
{
    private static readonly Lazy<double> StartUp = new(PeakFma.MeasureFloatPeakGflops);

    /// <summary>
    /// The best FP32 <see cref="PeakFma"/> row of the summary (over widths and jobs: the default job's widest
    /// accelerated width); when the run had no such row (a filter left it out), a 0.2 s measurement made once in this process.
    /// </summary>
    public static (double Gflops, string Source) Float(Summary summary)
    {
        double best = 0;
        foreach (var c in summary.BenchmarksCases)
        {
            if (c.Descriptor.Type != typeof(PeakFma) || CaseInspector.Describe(c) is not PeakFma { Precision: Precision.Float }) continue;
            if (CaseInspector.Gflops(summary, c) is { } g) best = Math.Max(best, g);
        }
        return best > 0 ? (best, "PeakFma rows of this run") : (StartUp.Value, "start-up measurement of the host process");
    }
}

/// <summary>A numeric column computed from a case's flop count and mean time.</summary>
public sealed class FlopColumn(string id, string name, string legend, Func<Summary, BenchmarkCase, IFlopCounted, double?> value, string format)
    : IColumn
{
    /// <summary>Flops per operation.</summary>
    public static readonly FlopColumn FlopsPerStep = new("XorGenFlops", "Flop/op",
        "floating-point operations of one operation (a step: ModelSpec.FlopsPerStep(B) = 4·B·m·d with both layers trained)",
        (_, _, d) => d.FlopsPerOperation, "F0");

    /// <summary>Operations (steps) per second.</summary>
    public static readonly FlopColumn StepsPerSecond = new("XorGenSteps", "Steps/s", "operations (training steps) per second: 1 / Mean",
        (s, c, _) => CaseInspector.SecondsPerOperation(s, c) is { } t && t > 0 ? 1 / t : null, "F0");

    /// <summary>GFLOP/s.</summary>
    public static readonly FlopColumn Gflops = new("XorGenGflops", "GFLOP/s", "Flop/op / Mean, in 10^9 per second",
        (s, c, _) => CaseInspector.Gflops(s, c), "F2");

    /// <summary>Percent of the measured FP32 FMA peak × threads.</summary>
    public static readonly FlopColumn PercentOfPeak = new("XorGenPeak", "% FP32 peak",
        "GFLOP/s as a percentage of this CPU's measured single-core FP32 FMA peak (best FP32 PeakFma row of the run) times the row's threads",
        (s, c, d) => CaseInspector.Gflops(s, c) is { } g ? 100 * g / (Peak.Float(s).Gflops * d.Threads) : null, "F1");

    /// <inheritdoc/>
    public string Id => id;
    /// <inheritdoc/>
    public string ColumnName => name;
    /// <inheritdoc/>
    public bool AlwaysShow => true;
    /// <inheritdoc/>
    public ColumnCategory Category => ColumnCategory.Custom;
    /// <inheritdoc/>
    public int PriorityInCategory => 0;
    /// <inheritdoc/>
    public bool IsNumeric => true;
    /// <inheritdoc/>
    public UnitType UnitType => UnitType.Dimensionless;
    /// <inheritdoc/>
    public string Legend => legend;
    /// <inheritdoc/>
    public bool IsAvailable(Summary summary) => true;
    /// <inheritdoc/>
    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
    /// <inheritdoc/>
    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);
    /// <inheritdoc/>
    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
        => CaseInspector.Describe(benchmarkCase) is { } d && value(summary, benchmarkCase, d) is { } v
            ? v.ToString(format, style.CultureInfo ?? CultureInfo.InvariantCulture)
            : "NA";
    /// <inheritdoc/>
    public override string ToString() => ColumnName;
}
