namespace XorGen.Cli.Sweeps;

/// <summary>
/// The sweep engine for programs (paper reproductions): build a <see cref="SweepFile"/> in code, run it into a
/// directory (resuming whatever is already there), read the results table. The same path as <c>xorgen sweep</c>:
/// <see cref="SweepPlan.Expand"/> → <see cref="SweepEngine.Run"/> → <see cref="ResultsTable.Collect"/> → results.parquet/csv.
/// </summary>
/// <example>
/// <code>
/// var sweep = new SweepFile
/// {
///     Experiment = "glasgow-xor",
///     Options = [new("steps", "400"), new("test-n", "2000")],
///     Parameters = [new SweepAxis.Values("d", [8L, 16L]), new SweepAxis.Derived("batch", Expression.Parse("10*d"))],
///     Seeds = [1, 2, 3],
///     Until = "test_error &lt; 0.05",
/// };
/// var table = SweepRunner.Run(sweep, "sweeps/mine");
/// var samples = table["samples_to_target"].Values;   // or ResultsFiles.Query(path, "SELECT ...")
/// </code>
/// </example>
internal static class SweepRunner
{
    /// <summary>
    /// Runs every run of <paramref name="sweep"/> not yet complete in <paramref name="outDir"/> (its <c>sweep.yaml</c> is
    /// written there), writes results.parquet and results.csv, and returns the table. Throws <see cref="SweepFileException"/>
    /// for a bad sweep.
    /// </summary>
    public static ResultsTable Run(SweepFile sweep, string outDir, SweepRunOptions? options = null, ISweepListener? listener = null,
        TextWriter? notes = null, CancellationToken cancel = default)
    {
        var runs = SweepPlan.Expand(sweep, "sweep", notes);
        var directory = new SweepDirectory(outDir);
        Directory.CreateDirectory(Path.Combine(directory.Root, "runs"));
        SweepDirectory.WriteAtomically(Path.Combine(directory.Root, "sweep.yaml"), sweep.ToYaml());
        SweepEngine.Run(directory, runs, options, listener, cancel);
        var table = ResultsTable.Collect(directory, runs);
        ResultsFiles.Write(directory.Root, table);
        return table;
    }
}
