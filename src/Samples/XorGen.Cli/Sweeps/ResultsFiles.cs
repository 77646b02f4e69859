using System.Data;
using System.Globalization;
using System.Text;
using DuckDB.NET.Data;
using Parquet;
using Parquet.Schema;

namespace XorGen.Cli.Sweeps;

/// <summary>
/// The results files of a sweep directory: <c>results.parquet</c> (Parquet.Net; one row group, a nullable column per
/// results column) and <c>results.csv</c>, both written under a temporary name and renamed into place; and SQL over the
/// Parquet file through embedded DuckDB, where the table is called <c>runs</c>.
/// </summary>
internal static class ResultsFiles
{
    public const string ParquetFileName = "results.parquet";
    public const string CsvFileName = "results.csv";

    /// <summary>Writes both files into <paramref name="directory"/>.</summary>
    public static void Write(string directory, ResultsTable table)
    {
        string parquet = Path.Combine(directory, ParquetFileName);
        string temp = $"{parquet}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp";
        try
        {
            using (var stream = File.Create(temp))
                WriteParquet(stream, table).GetAwaiter().GetResult();
            File.Move(temp, parquet, overwrite: true);
        }
        finally
        {
            if (File.Exists(temp)) File.Delete(temp);
        }
        SweepDirectory.WriteAtomically(Path.Combine(directory, CsvFileName), table.ToCsv());
    }

    private static async Task WriteParquet(Stream stream, ResultsTable table)
    {
        var fields = table.Columns.Select(c => c.Kind switch
        {
            ColumnKind.Int64 => (DataField)new DataField<long?>(c.Name),
            ColumnKind.Double => new DataField<double?>(c.Name),
            ColumnKind.Boolean => new DataField<bool?>(c.Name),
            _ => new DataField<string>(c.Name, true),
        }).ToList();
        var schema = new ParquetSchema(fields);
        await using var writer = await ParquetWriter.CreateAsync(schema, stream);
        using var group = writer.CreateRowGroup();
        for (int i = 0; i < fields.Count; i++)
        {
            var column = table.Columns[i];
            switch (column.Kind)
            {
                case ColumnKind.Int64:
                    await group.WriteAsync<long>(fields[i], column.Values.Select(v => (long?)v).ToArray().AsMemory());
                    break;
                case ColumnKind.Double:
                    // A NaN or infinity in a summary is null in the record; keep it null here too.
                    await group.WriteAsync<double>(fields[i], column.Values.Select(v => v is double d && double.IsFinite(d) ? d : (double?)null).ToArray().AsMemory());
                    break;
                case ColumnKind.Boolean:
                    await group.WriteAsync<bool>(fields[i], column.Values.Select(v => (bool?)v).ToArray().AsMemory());
                    break;
                default:
                    await group.WriteAsync(fields[i], column.Values.Select(v => (string?)v).ToArray()!);
                    break;
            }
        }
    }

    /// <summary>A query's result: column names and rows of values (null for SQL NULL).</summary>
    public sealed record QueryResult(IReadOnlyList<string> Columns, IReadOnlyList<object?[]> Rows);

    /// <summary>Runs <paramref name="sql"/> over <paramref name="parquetPath"/> as the table <c>runs</c>. A bad query throws <see cref="BadInputException"/>.</summary>
    public static QueryResult Query(string parquetPath, string sql)
    {
        using var connection = new DuckDBConnection("DataSource=:memory:");
        connection.Open();
        using (var view = connection.CreateCommand())
        {
            view.CommandText = $"CREATE VIEW runs AS SELECT * FROM read_parquet('{parquetPath.Replace("'", "''", StringComparison.Ordinal)}')";
            view.ExecuteNonQuery();
        }
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        try
        {
            using var reader = command.ExecuteReader();
            var columns = Enumerable.Range(0, reader.FieldCount).Select(reader.GetName).ToList();
            var rows = new List<object?[]>();
            while (reader.Read())
            {
                var row = new object?[reader.FieldCount];
                for (int i = 0; i < row.Length; i++) row[i] = reader.IsDBNull(i) ? null : reader.GetValue(i);
                rows.Add(row);
            }
            return new QueryResult(columns, rows);
        }
        catch (DuckDBException e)
        {
            throw new BadInputException($"--query: {Cli.OneLine(e.Message)}");
        }
    }

    /// <summary>An aligned text table: numbers right-aligned, text left-aligned, NULL shown as an empty cell.</summary>
    public static string Aligned(QueryResult result)
    {
        var cells = result.Rows.Select(r => r.Select(Text).ToArray()).ToList();
        var numeric = Enumerable.Range(0, result.Columns.Count)
            .Select(i => result.Rows.All(r => r[i] is null || IsNumber(r[i]!))).ToArray();
        var widths = Enumerable.Range(0, result.Columns.Count)
            .Select(i => Math.Max(result.Columns[i].Length, cells.Count == 0 ? 0 : cells.Max(r => r[i].Length))).ToArray();
        var sb = new StringBuilder();
        void Line(IReadOnlyList<string> values, bool header)
        {
            for (int i = 0; i < values.Count; i++)
            {
                if (i > 0) sb.Append("  ");
                sb.Append(numeric[i] && !header ? values[i].PadLeft(widths[i]) : values[i].PadRight(widths[i]));
            }
            sb.Append('\n');
        }
        Line(result.Columns, header: true);
        Line(widths.Select(w => new string('-', w)).ToList(), header: true);
        foreach (var row in cells) Line(row, header: false);
        return string.Join('\n', sb.ToString().Split('\n').Select(l => l.TrimEnd()));
    }

    /// <summary>The result as CSV (header, then rows; doubles round-trip).</summary>
    public static string Csv(QueryResult result)
    {
        var sb = new StringBuilder();
        sb.AppendJoin(',', result.Columns.Select(c => ResultsTable.Cell(c))).Append('\n');
        foreach (var row in result.Rows) sb.AppendJoin(',', row.Select(v => ResultsTable.Cell(Normalize(v)))).Append('\n');
        return sb.ToString();
    }

    private static object? Normalize(object? v) => v switch
    {
        float f => (double)f,
        decimal m => (double)m,
        _ => v,
    };

    private static bool IsNumber(object v) => v is sbyte or byte or short or ushort or int or uint or long or ulong or float or double or decimal
        or System.Numerics.BigInteger;

    private static string Text(object? v) => v switch
    {
        null => "",
        double d => d.ToString("G6", CultureInfo.InvariantCulture),
        float f => f.ToString("G6", CultureInfo.InvariantCulture),
        decimal m => m.ToString(CultureInfo.InvariantCulture),
        bool b => b ? "true" : "false",
        _ => Convert.ToString(v, CultureInfo.InvariantCulture) ?? "",
    };
}
