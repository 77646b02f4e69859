using System.CommandLine;

namespace XorGen.Cli.Sweeps;

/// <summary>
/// <c>xorgen results DIR [--query SQL] [--csv]</c>: collects a sweep directory's finished runs (the sweep is the
/// directory's resolved <c>sweep.yaml</c>) into <c>results.parquet</c> and <c>results.csv</c>, and runs SQL over them
/// through DuckDB, the table being <c>runs</c>.
/// </summary>
internal sealed class ResultsCommand
{
    private readonly Argument<string> _dir = new("dir") { Description = "A sweep directory (the --out of xorgen sweep)." };
    private readonly Option<string?> _query = new("--query") { HelpName = "SQL", Description = "SQL over the table 'runs', e.g. \"SELECT d, median(samples_to_target) FROM runs GROUP BY d\"." };
    private readonly Option<bool> _csv = new("--csv") { Description = "Print the query's result as CSV instead of an aligned table." };

    public ResultsCommand()
    {
        Command = new Command("results", "Collect a sweep directory's runs into results.parquet and results.csv; query them with SQL (DuckDB).") { _dir, _query, _csv };
    }

    public Command Command { get; }

    public int Execute(ParseResult parse, TextWriter output, TextWriter error)
    {
        string dir = Path.GetFullPath(parse.GetValue(_dir)!);
        string resolved = Path.Combine(dir, "sweep.yaml");
        if (!File.Exists(resolved)) throw new BadInputException($"'{dir}' is not a sweep directory (it has no sweep.yaml)");
        var file = SweepFile.Load(resolved);
        var runs = SweepPlan.Expand(file, resolved);
        var table = ResultsTable.Collect(new SweepDirectory(dir), runs);
        ResultsFiles.Write(dir, table);
        string parquet = Path.Combine(dir, ResultsFiles.ParquetFileName);
        string? sql = parse.GetValue(_query);
        if (sql is null)
        {
            output.WriteLine($"{table.RowCount} of {runs.Count} runs finished → {parquet}, {Path.Combine(dir, ResultsFiles.CsvFileName)}");
            return Cli.Ok;
        }
        var result = ResultsFiles.Query(parquet, sql);
        output.Write(parse.GetValue(_csv) ? ResultsFiles.Csv(result) : ResultsFiles.Aligned(result));
        return Cli.Ok;
    }
}
