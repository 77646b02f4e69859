using System.Globalization;
using System.Text.Json;

namespace XorGen.Cli.Reproduce;

/// <summary>
/// One finished run read back from its record: the metrics table (metrics.csv) and the summary (run.jsonl's last line).
/// The report is built from these files alone, whatever launched the runs.
/// </summary>
internal sealed class RunTable
{
    private readonly Dictionary<string, int> _columns;
    private readonly double[][] _rows;

    private RunTable(string directory, string[] header, double[][] rows, JsonElement summary)
    {
        Directory = directory;
        _columns = header.Select((h, i) => (h, i)).ToDictionary(p => p.h, p => p.i);
        _rows = rows;
        Summary = summary;
    }

    public string Directory { get; }
    public JsonElement Summary { get; }
    public int Count => _rows.Length;
    public bool Has(string column) => _columns.ContainsKey(column);
    public bool Diverged => Summary.TryGetProperty("diverged", out var d) && d.ValueKind == JsonValueKind.True;

    /// <summary>A column as doubles (NaN for empty cells).</summary>
    public double[] Column(string name)
    {
        if (!_columns.TryGetValue(name, out int c))
            throw new InvalidDataException($"{Directory}: metrics.csv has no column '{name}'");
        return _rows.Select(r => r[c]).ToArray();
    }

    public double[] Steps => Column("step");

    /// <summary>The last value of a column.</summary>
    public double Last(string name) => Column(name)[^1];

    public static RunTable Read(string directory)
    {
        string csv = Path.Combine(directory, RunRecordWriter.CsvFileName);
        string jsonl = Path.Combine(directory, RunRecordWriter.RecordFileName);
        var lines = File.ReadAllLines(csv);
        if (lines.Length < 2) throw new InvalidDataException($"{csv}: no metrics");
        string[] header = lines[0].Split(',');
        var rows = lines.Skip(1).Where(l => l.Length > 0).Select(l => l.Split(',').Select(Cell).ToArray()).ToArray();
        string last = File.ReadLines(jsonl).Last(l => l.Length > 0);
        using var doc = JsonDocument.Parse(last);
        return new RunTable(directory, header, rows, doc.RootElement.Clone());
    }

    private static double Cell(string s) => s.Length == 0 ? double.NaN : double.Parse(s, NumberStyles.Float, CultureInfo.InvariantCulture);
}
