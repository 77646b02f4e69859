using XorGen.Cli.Sweeps;

namespace XorGen.Tests.Sweeps;

/// <summary>Small sweeps that run in well under a second, and the CLI invoked in-process.</summary>
internal static class SweepTestKit
{
    /// <summary>The example sweep file of the README (and tests/sweeps/example.yaml), verbatim.</summary>
    public const string ReadmeExample = """
        experiment: glasgow-xor
        options:            # any `xorgen run` option, fixed for every run
          steps: 400
          test-n: 2000
          log-every: 10
        parameters:         # the grid: the product of every list
          d: {values: [8, 16]}
          width: {values: [64]}
          batch: {expr: "10*d"}          # derived from other parameters
          lr: {min: 0.05, max: 0.2, count: 2, scale: log}
        seeds: 3            # or a list: [1, 5, 9]
        until: "test_error < 0.05"     # stop each run when this holds
        """;

    /// <summary>12 tiny runs on the reference kernel (deterministic across machines and vector paths).</summary>
    public const string Tiny = """
        experiment: glasgow-xor
        options:
          steps: 30
          test-n: 200
          log-every: 5
          kernel: reference
          no-probes: true
        parameters:
          d: {values: [4, 6]}
          width: {values: [8]}
          batch: {expr: "4*d"}
          lr: {values: [0.05, 0.2]}
        seeds: [1, 2, 3]
        until: "test_error < 0.02"
        """;

    public static IReadOnlyList<SweepRun> Plan(string yaml) => SweepPlan.Expand(SweepFile.Parse(yaml, "test.yaml"), "test.yaml");

    public static (int Code, string Out, string Err) Cli(params string[] args) => XorGen.Tests.Cli.CliRunner.Invoke(args);

    /// <summary>The table's cells, without the wall-clock columns.</summary>
    public static List<string> Cells(ResultsTable table)
    {
        var cells = new List<string>();
        foreach (var column in table.Columns.Where(c => !RunRecordJson.WallClockKeys.Contains(c.Name)))
            for (int r = 0; r < table.RowCount; r++) cells.Add(column.Name + "[" + table.Value(r, "run_id") + "]=" + ResultsTable.Cell(column.Values[r]));
        return cells;
    }
}
