using DuckDB.NET.Data;
using XorGen.Cli.Sweeps;
using XorGen.Tests.IO;
using Xunit;

namespace XorGen.Tests.Sweeps;

public sealed class ResultsTests
{
    [Fact]
    public void TheParquetFileReadsBackThroughDuckDbCellForCell()
    {
        using var tmp = new TempDirectory();
        string file = tmp.WriteText("tiny.yaml", SweepTestKit.Tiny);
        string outDir = tmp.File("out");
        var (code, output, error) = SweepTestKit.Cli("sweep", file, "--out", outDir, "--jobs", "2");
        Assert.True(code == 0, error);
        Assert.Contains("results", output);

        var runs = SweepPlan.Expand(SweepFile.Load(Path.Combine(outDir, "sweep.yaml")), "sweep.yaml");
        var table = ResultsTable.Collect(new SweepDirectory(outDir), runs);
        Assert.Equal(12, table.RowCount);

        // An independent reader: DuckDB's own Parquet reader, not Parquet.Net.
        using var connection = new DuckDBConnection("DataSource=:memory:");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT * FROM read_parquet('{Path.Combine(outDir, "results.parquet")}') ORDER BY run_id";
        using var reader = command.ExecuteReader();
        Assert.Equal(table.Columns.Select(c => c.Name), Enumerable.Range(0, reader.FieldCount).Select(reader.GetName));
        int row = 0;
        while (reader.Read())
        {
            for (int c = 0; c < reader.FieldCount; c++)
            {
                object? expected = table.Columns[c].Values[row];
                object? actual = reader.IsDBNull(c) ? null : reader.GetValue(c);
                if (expected is double d && !double.IsFinite(d)) expected = null;
                Assert.Equal(expected, actual);
            }
            row++;
        }
        Assert.Equal(12, row);
        Assert.Equal(["run_id", "d", "width", "batch", "lr", "seed", "status", "error"], table.Columns.Take(8).Select(c => c.Name));
        Assert.Equal(ColumnKind.Int64, table["d"].Kind);
        Assert.Equal(ColumnKind.Double, table["lr"].Kind);
        Assert.Equal(ColumnKind.Int64, table["samples_to_target"].Kind);

        // The CSV has the same rows.
        var csv = File.ReadAllLines(Path.Combine(outDir, "results.csv"));
        Assert.Equal(table.ToCsv().TrimEnd('\n').Split('\n'), csv);
    }

    [Fact]
    public void QueriesPrintAnAlignedTableOrCsv()
    {
        using var tmp = new TempDirectory();
        string file = tmp.WriteText("tiny.yaml", SweepTestKit.Tiny);
        string outDir = tmp.File("out");
        Assert.Equal(0, SweepTestKit.Cli("sweep", file, "--out", outDir).Code);
        var (code, output, error) = SweepTestKit.Cli("results", outDir, "--query", "SELECT d, count(*) AS n, median(samples_seen) AS s FROM runs GROUP BY d ORDER BY d");
        Assert.True(code == 0, error);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Matches(@"^d\s+n\s+s$", lines[0]);
        Assert.Matches(@"^-+\s+-+\s+-+$", lines[1]);
        Assert.Matches(@"^4\s+6\s+\d", lines[2]);
        Assert.Matches(@"^6\s+6\s+\d", lines[3]);
        var csv = SweepTestKit.Cli("results", outDir, "--query", "SELECT d, count(*) AS n FROM runs GROUP BY d ORDER BY d", "--csv");
        Assert.Equal("d,n\n4,6\n6,6\n", csv.Out);

        var bad = SweepTestKit.Cli("results", outDir, "--query", "SELECT nope FROM runs");
        Assert.Equal(2, bad.Code);
        Assert.Single(bad.Err.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Equal(2, SweepTestKit.Cli("results", tmp.File("nowhere")).Code);
    }
}
