using System.Globalization;
using System.Text;
using System.Text.Json;

namespace XorGen;

/// <summary>The type of a results column.</summary>
public enum ColumnKind
{
    /// <summary>64-bit integers.</summary>
    Int64,
    /// <summary>Doubles.</summary>
    Double,
    /// <summary>Text.</summary>
    String,
    /// <summary>True or false.</summary>
    Boolean,
}

/// <summary>One column of a <see cref="ResultsTable"/>: a name, a type and a value per row (null where missing).</summary>
public sealed record ResultsColumn(string Name, ColumnKind Kind, IReadOnlyList<object?> Values);

/// <summary>
/// A sweep's results: one row per finished run (done or failed; pending and running runs have no row), in run-id order.
/// Columns: <c>run_id</c>, every swept parameter, <c>seed</c>, <c>status</c> (<c>done</c>/<c>failed</c>), <c>error</c>
/// (why a run could not run), then the summary line of the run record (<c>steps_completed</c>, <c>final_step</c>, the final
/// metrics, <c>samples_seen</c>, <c>steps_to_target</c>, <c>samples_to_target</c>, <c>steps_per_second</c>,
/// <c>wall_time_seconds</c>, <c>diverged</c>, <c>diverged_at_step</c>).
/// </summary>
public sealed class ResultsTable
{
    private static readonly HashSet<string> IntegerSummaryKeys =
        ["steps_completed", "final_step", "samples_seen", "steps_to_target", "samples_to_target", "diverged_at_step"];

    private ResultsTable(IReadOnlyList<ResultsColumn> columns, int rows)
    {
        Columns = columns;
        RowCount = rows;
    }

    /// <summary>The columns in order.</summary>
    public IReadOnlyList<ResultsColumn> Columns { get; }

    /// <summary>The number of rows.</summary>
    public int RowCount { get; }

    /// <summary>The column called <paramref name="name"/>.</summary>
    public ResultsColumn this[string name] => Columns.FirstOrDefault(c => c.Name == name)
        ?? throw new KeyNotFoundException($"the results have no column '{name}'");

    /// <summary>The value at (<paramref name="row"/>, column <paramref name="name"/>).</summary>
    public object? Value(int row, string name) => this[name].Values[row];

    /// <summary>Reads the finished runs among <paramref name="runs"/> from <paramref name="directory"/>.</summary>
    public static ResultsTable Collect(SweepDirectory directory, IReadOnlyList<SweepRun> runs)
    {
        var rows = new List<(SweepRun Run, string Status, string? Error, JsonElement? Summary)>();
        foreach (var run in runs.OrderBy(r => r.Id, StringComparer.Ordinal))
        {
            var summary = directory.ReadSummary(run.Id);
            if (summary is { } s)
                rows.Add((run, s.TryGetProperty("diverged", out var d) && d.ValueKind == JsonValueKind.True ? "failed" : "done", null, s));
            else if (directory.ReadFailure(run.Id) is string error)
                rows.Add((run, "failed", error, null));
        }

        var columns = new List<ResultsColumn>
        {
            new("run_id", ColumnKind.String, rows.Select(r => (object?)r.Run.Id).ToList()),
        };
        var names = new List<string>();
        foreach (var run in runs)
            foreach (var p in run.Parameters)
                if (!names.Contains(p.Name)) names.Add(p.Name);
        foreach (var name in names)
        {
            var values = rows.Select(r => r.Run.Parameters.FirstOrDefault(p => p.Name == name)?.Value).ToList();
            var kind = KindOf(values);
            columns.Add(new(name, kind, values.Select(v => Coerce(v, kind)).ToList()));
        }
        columns.Add(new("seed", ColumnKind.Int64, rows.Select(r => (object?)checked((long)r.Run.Seed)).ToList()));
        columns.Add(new("status", ColumnKind.String, rows.Select(r => (object?)r.Status).ToList()));
        columns.Add(new("error", ColumnKind.String, rows.Select(r => (object?)r.Error).ToList()));

        var keys = new List<string>();
        foreach (var r in rows)
            if (r.Summary is { } s)
                foreach (var p in s.EnumerateObject())
                    if (p.Name != "type" && !names.Contains(p.Name) && p.Name is not ("run_id" or "seed" or "status" or "error") && !keys.Contains(p.Name))
                        keys.Add(p.Name);
        foreach (var key in keys)
        {
            var kind = key == "diverged" ? ColumnKind.Boolean : IntegerSummaryKeys.Contains(key) ? ColumnKind.Int64 : ColumnKind.Double;
            var values = rows.Select(r =>
            {
                if (r.Summary is not { } s || !s.TryGetProperty(key, out var v) || v.ValueKind == JsonValueKind.Null) return null;
                return kind switch
                {
                    ColumnKind.Boolean => (object?)(v.ValueKind == JsonValueKind.True),
                    ColumnKind.Int64 => v.GetInt64(),
                    _ => v.GetDouble(),
                };
            }).ToList();
            columns.Add(new(key, kind, values));
        }
        return new ResultsTable(columns, rows.Count);
    }

    /// <summary>The table as CSV: a header, then one line per row; empty cells for nulls, doubles round-trip, text quoted when needed.</summary>
    public string ToCsv()
    {
        var sb = new StringBuilder();
        sb.AppendJoin(',', Columns.Select(c => Quote(c.Name))).Append('\n');
        for (int row = 0; row < RowCount; row++)
        {
            for (int c = 0; c < Columns.Count; c++)
            {
                if (c > 0) sb.Append(',');
                sb.Append(Cell(Columns[c].Values[row]));
            }
            sb.Append('\n');
        }
        return sb.ToString();
    }

    /// <summary>A value as a CSV cell.</summary>
    public static string Cell(object? value) => value switch
    {
        null => "",
        double d => double.IsFinite(d) ? d.ToString("R", CultureInfo.InvariantCulture) : "",
        bool b => b ? "true" : "false",
        string s => Quote(s),
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? "",
    };

    private static string Quote(string s) =>
        s.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + s.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : s;

    private static ColumnKind KindOf(IEnumerable<object?> values)
    {
        var present = values.Where(v => v is not null).ToList();
        if (present.Count == 0) return ColumnKind.String;
        if (present.All(v => v is long or int)) return ColumnKind.Int64;
        if (present.All(v => v is long or int or double or float)) return ColumnKind.Double;
        if (present.All(v => v is bool)) return ColumnKind.Boolean;
        return ColumnKind.String;
    }

    private static object? Coerce(object? value, ColumnKind kind) => value is null ? null : kind switch
    {
        ColumnKind.Int64 => Convert.ToInt64(value, CultureInfo.InvariantCulture),
        ColumnKind.Double => Convert.ToDouble(value, CultureInfo.InvariantCulture),
        ColumnKind.Boolean => value,
        _ => SweepParameter.Format(value, "R"),
    };
}
