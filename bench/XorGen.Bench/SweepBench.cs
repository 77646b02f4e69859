using System.Diagnostics;
using System.Globalization;
using XorGen.Cli.Sweeps;

namespace XorGen.Bench;

/// <summary>
/// <c>sweep [--runs 1000] [--jobs N] [--repeat 3] [--d 16] [--steps 200] [--test-n 1000]</c>: the sweep engine's
/// throughput on many tiny runs (glasgow-xor, no probes), against the rate of the same runs trained alone.
/// <list type="number">
/// <item>single-run time t₁: each of 200 runs (after 20 warm-ups) trained alone with <see cref="Trainer.Run(RunConfig, IRunListener?, CancellationToken)"/>
/// on this thread, no record written; median and best.</item>
/// <item>the sweep with <c>--jobs 1</c> and with <c>--jobs N</c>, each into a fresh directory (records, locks, params, the
/// results table), <c>--repeat</c> times: wall time W.</item>
/// </list>
/// Reports runs/s, the efficiency rate / (jobs / t₁) (the goal: ≥ 0.9) and the overhead per run W·jobs/runs − t₁ (the goal:
/// ≤ 10 ms), then one machine-readable <c>RESULT</c> line. Built from the sweep object model, not YAML, as a program would.
/// </summary>
public static class SweepBench
{
    public static int Run(string[] args)
    {
        int runs = 1000, jobs = Environment.ProcessorCount, repeat = 3, d = 16, testN = 1000;
        long steps = 200;
        try
        {
            for (int i = 0; i < args.Length; i++)
            {
                string Value() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value");
                int Int() => int.TryParse(Value(), NumberStyles.None, CultureInfo.InvariantCulture, out int v) && v >= 1 ? v : throw new ArgumentException($"{args[i - 1]} needs a whole number ≥ 1");
                switch (args[i])
                {
                    case "--runs": runs = Int(); break;
                    case "--jobs": jobs = Int(); break;
                    case "--repeat": repeat = Int(); break;
                    case "--d": d = Int(); break;
                    case "--steps": steps = Int(); break;
                    case "--test-n": testN = Int(); break;
                    default: throw new ArgumentException($"unknown argument '{args[i]}' (sweep --runs N --jobs N --repeat N --d N --steps N --test-n N)");
                }
            }
        }
        catch (ArgumentException e)
        {
            Console.Error.WriteLine($"error: {e.Message}");
            return 2;
        }

        var file = new SweepFile
        {
            Experiment = "glasgow-xor",
            Options = [new("d", Inv($"{d}")), new("steps", Inv($"{steps}")), new("test-n", Inv($"{testN}")), new("no-probes", "true")],
            Seeds = [.. Enumerable.Range(1, runs).Select(i => (ulong)i)],
        };
        var plan = SweepPlan.Expand(file, "bench", Console.Error);
        var c = plan[0].Config;
        Console.WriteLine(Inv($"sweep bench: {runs} runs of glasgow-xor d={d} m={c.Spec.Width} batch={c.BatchSize} steps={steps} test-n={testN}, {(c.Kernel is KernelKind k ? k.ToString().ToLowerInvariant() : "auto")} kernel, {Environment.ProcessorCount} cores"));

        const int Warmups = 20, Alone = 200; // enough runs alone that t₁, which every efficiency divides by, is steady
        for (int i = 0; i < Warmups; i++) Trainer.Run(plan[i % plan.Count].Config);
        var alone = new List<double>();
        var self = Process.GetCurrentProcess();
        var cpu0 = self.TotalProcessorTime;
        for (int i = 0; i < Alone; i++)
        {
            long t0 = Stopwatch.GetTimestamp();
            Trainer.Run(plan[i % plan.Count].Config);
            alone.Add(Stopwatch.GetElapsedTime(t0).TotalSeconds);
        }
        self.Refresh();
        double cpuAlone = (self.TotalProcessorTime - cpu0).TotalSeconds / Alone;
        double t1 = Median(alone), t1Best = alone.Min();
        Console.WriteLine(Inv($"one run alone: median {t1 * 1e3:F2} ms, best {t1Best * 1e3:F2} ms  ({1 / t1:F1} runs/s on one thread); CPU time {cpuAlone * 1e3:F2} ms per run"));
        // On a shared machine wall times swing with the other load; CPU time per run is the steadier measure of overhead.
        var cpuPerRun = new Dictionary<int, List<double>>();
        var tableSeconds = new Dictionary<int, List<double>>();

        var results = new Dictionary<int, List<double>>();
        // Every sweep directory is deleted only after the last timing: deleting thousands of files between repetitions
        // would slow the next repetition's file creations (ext4 scans past recently deleted inodes) and time the bench itself.
        var made = new List<string>();
        try
        {
            foreach (int j in jobs == 1 ? [1] : (int[])[1, jobs])
            {
                results[j] = [];
                cpuPerRun[j] = [];
                tableSeconds[j] = [];
                for (int r = 0; r < repeat; r++)
                {
                    self.Refresh();
                    var c0 = self.TotalProcessorTime;
                    string dir = Path.Combine(Path.GetTempPath(), "xorgen-sweep-bench-" + Guid.NewGuid().ToString("N"));
                    made.Add(dir);
                    long t0 = Stopwatch.GetTimestamp();
                    var outcome = SweepEngine.Run(new SweepDirectory(dir), plan, new SweepRunOptions(j));
                    long t1Table = Stopwatch.GetTimestamp();
                    ResultsFiles.Write(dir, ResultsTable.Collect(new SweepDirectory(dir), plan));
                    double wall = Stopwatch.GetElapsedTime(t0).TotalSeconds;
                    tableSeconds[j].Add(Stopwatch.GetElapsedTime(t1Table).TotalSeconds);
                    if (outcome.Done != runs) throw new InvalidOperationException($"only {outcome.Done} of {runs} runs finished");
                    results[j].Add(wall);
                    self.Refresh();
                    cpuPerRun[j].Add((self.TotalProcessorTime - c0).TotalSeconds / runs);
                }
            }
        }
        finally
        {
            foreach (string dir in made)
                try { Directory.Delete(dir, recursive: true); } catch (IOException) { }
        }

        Console.WriteLine();
        Console.WriteLine("| jobs | wall (median) | wall (best) | runs/s (median) | runs/s (best) | efficiency vs jobs/t₁ (median, best) | overhead per run (median, best) |");
        Console.WriteLine("| ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        foreach (var (j, walls) in results)
        {
            double wm = Median(walls), wb = walls.Min();
            double ideal = j / t1;
            Console.WriteLine(Inv($"| {j} | {wm:F2} s | {wb:F2} s | {runs / wm:F1} | {runs / wb:F1} | {runs / wm / ideal:F3}, {runs / wb / ideal:F3} | {(wm * j / runs - t1) * 1e3:F2} ms, {(wb * j / runs - t1) * 1e3:F2} ms |"));
        }
        Console.WriteLine();
        foreach (var (j, cpus) in cpuPerRun)
            Console.WriteLine(Inv($"jobs {j}: CPU time per run in the sweep: median {Median(cpus) * 1e3:F2} ms, best {cpus.Min() * 1e3:F2} ms; minus alone: {(Median(cpus) - cpuAlone) * 1e3:F2} ms (median), {(cpus.Min() - cpuAlone) * 1e3:F2} ms (best); results table (in the wall time): median {Median(tableSeconds[j]):F2} s"));
        foreach (var (j, walls) in results)
            Console.WriteLine(Inv($"RESULT mode=sweep runs={runs} jobs={j} d={d} steps={steps} single_run_ms={t1 * 1e3:F3} wall_median_s={Median(walls):F3} wall_best_s={walls.Min():F3} efficiency_median={runs / Median(walls) / (j / t1):F3} overhead_ms_median={(Median(walls) * j / runs - t1) * 1e3:F3} cpu_overhead_ms_median={(Median(cpuPerRun[j]) - cpuAlone) * 1e3:F3}"));
        return 0;
    }

    private static double Median(List<double> xs)
    {
        var s = xs.Order().ToList();
        return s.Count % 2 == 1 ? s[s.Count / 2] : (s[s.Count / 2 - 1] + s[s.Count / 2]) / 2;
    }

    private static string Inv(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
