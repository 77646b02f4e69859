using System.Diagnostics;
using System.Globalization;
using XorGen.Cli.Sweeps;

namespace XorGen.Bench;

/// <summary>
/// <c>sweep [--runs 1000] [--jobs N] [--repeat 3] [--d 16] [--steps 200] [--test-n 1000]</c>: the sweep engine's
/// throughput on many tiny runs (glasgow-xor, no probes), against the rate of the same runs trained alone.
/// <list type="number">
/// <item>single-run time t₁: 200 runs (after 20 warm-ups) trained alone with <see cref="Trainer.Run(RunConfig, IRunListener?, CancellationToken)"/>
/// on this thread, no record written; the mean, measured again before each repetition.</item>
/// <item>then the sweep with <c>--jobs 1</c> and with <c>--jobs N</c>, each into a fresh directory (records, locks, params, the
/// results table): wall time W. <c>--repeat</c> times.</item>
/// </list>
/// Reports runs/s, the efficiency rate / (jobs / t₁) of each repetition against its own t₁ (the goal: ≥ 0.9; median and best)
/// and the overhead per run W·jobs/runs − t₁ (the goal: ≤ 10 ms), then one machine-readable <c>RESULT</c> line per job count. Built from the sweep object model, not YAML, as a program would.
/// </summary>
public static class SweepBench
{
    public static int Run(string[] args)
    {
        int runs = 1000, jobs = Environment.ProcessorCount, repeat = 3, d = 16, testN = 1000;
        long steps = 200;
        if (args.Any(a => a is "--help" or "-h"))
        {
            Console.WriteLine("XorGen.Bench sweep [--runs 1000] [--jobs N] [--repeat 3] [--d 16] [--steps 200] [--test-n 1000]");
            Console.WriteLine("  The sweep engine's throughput on many tiny glasgow-xor runs against the same runs trained alone (t1):");
            Console.WriteLine("  efficiency = runs/s / (jobs / t1), goal >= 0.9; overhead per run = wall * jobs / runs - t1, goal <= 10 ms.");
            Console.WriteLine("  --jobs defaults to the core count; each repetition measures t1 again. Sweep directories go under $TMPDIR.");
            return 0;
        }
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

        const int Warmups = 20, Alone = 200;
        for (int i = 0; i < Warmups; i++) Trainer.Run(plan[i % plan.Count].Config);
        var self = Process.GetCurrentProcess();
        // What one run costs the garbage collector, alone (each repetition's t₁ runs) and on the bare threads: every
        // collection stops all the runs in flight, not only its own.
        var aloneGarbage = new List<(double KiB, double Collections, double PauseMs)>();
        var barePause = new List<double>();
        // t₁ is measured again before every repetition and each repetition's efficiency divides by its own t₁: this VM's
        // single-run time drifts by tens of percent within minutes (other tenants), which one t₁ at the start would book
        // as the engine's overhead or gain. t₁ is the mean over 200 runs, like the sweep's wall time per run.
        (double Wall, double Cpu) TimeAlone()
        {
            long bytes0 = GC.GetTotalAllocatedBytes(precise: true);
            int gen0 = GC.CollectionCount(0);
            var pause0 = GC.GetTotalPauseDuration();
            self.Refresh();
            var c0 = self.TotalProcessorTime;
            long t0 = Stopwatch.GetTimestamp();
            for (int i = 0; i < Alone; i++) Trainer.Run(plan[i % plan.Count].Config);
            double wall = Stopwatch.GetElapsedTime(t0).TotalSeconds / Alone;
            self.Refresh();
            double cpu = (self.TotalProcessorTime - c0).TotalSeconds / Alone;
            aloneGarbage.Add(((GC.GetTotalAllocatedBytes(precise: true) - bytes0) / 1024.0 / Alone, (GC.CollectionCount(0) - gen0) / (double)Alone,
                (GC.GetTotalPauseDuration() - pause0).TotalMilliseconds / Alone));
            return (wall, cpu);
        }

        // The same runs on j threads at once, no engine and no records: what the cores give in parallel (on a VM whose
        // vCPUs share a physical core, or under other tenants' load, j threads do not run j times as fast as one).
        double TimeBareParallel(int j)
        {
            if (j == 1) return double.NaN;
            int next = -1;
            var pause0 = GC.GetTotalPauseDuration();
            long t0 = Stopwatch.GetTimestamp();
            var threads = Enumerable.Range(0, j).Select(_ => new Thread(() =>
            {
                int i;
                while ((i = Interlocked.Increment(ref next)) < Alone) Trainer.Run(plan[i % plan.Count].Config);
            })).ToList();
            threads.ForEach(t => t.Start());
            threads.ForEach(t => t.Join());
            barePause.Add((GC.GetTotalPauseDuration() - pause0).TotalMilliseconds / Alone);
            return Stopwatch.GetElapsedTime(t0).TotalSeconds / Alone; // wall per run with j at once
        }

        int[] jobCounts = jobs == 1 ? [1] : [1, jobs];
        var rows = jobCounts.ToDictionary(j => j, _ => new List<(double T1, double Wall, double Efficiency, double CpuOverhead, double Table, double Bare)>());
        var alone = new List<double>();
        // Every sweep directory is deleted only after the last timing: deleting thousands of files between repetitions
        // would slow the next repetition's file creations (ext4 scans past recently deleted inodes) and time the bench itself.
        var made = new List<string>();
        try
        {
            for (int r = 0; r < repeat; r++)
            {
                var (t1, cpuAlone) = TimeAlone();
                alone.Add(t1);
                foreach (int j in jobCounts)
                {
                    double bare = TimeBareParallel(j);
                    self.Refresh();
                    var c0 = self.TotalProcessorTime;
                    string dir = Path.Combine(Path.GetTempPath(), "xorgen-sweep-bench-" + Guid.NewGuid().ToString("N"));
                    made.Add(dir);
                    long t0 = Stopwatch.GetTimestamp();
                    var outcome = SweepEngine.Run(new SweepDirectory(dir), plan, new SweepRunOptions(j));
                    long tTable = Stopwatch.GetTimestamp();
                    ResultsFiles.Write(dir, ResultsTable.Collect(new SweepDirectory(dir), plan));
                    double wall = Stopwatch.GetElapsedTime(t0).TotalSeconds;
                    double table = Stopwatch.GetElapsedTime(tTable).TotalSeconds;
                    if (outcome.Done != runs) throw new InvalidOperationException($"only {outcome.Done} of {runs} runs finished");
                    self.Refresh();
                    double cpu = (self.TotalProcessorTime - c0).TotalSeconds / runs;
                    rows[j].Add((t1, wall, runs / wall / (j / t1), cpu - cpuAlone, table, bare));
                }
            }
        }
        finally
        {
            foreach (string dir in made)
                try { Directory.Delete(dir, recursive: true); } catch (IOException) { }
        }

        Console.WriteLine(Inv($"one run alone (mean of {Alone}, before each repetition): {string.Join(", ", alone.Select(t => Inv($"{t * 1e3:F2}")))} ms"));
        Console.WriteLine(Inv($"garbage per run alone (median of the repetitions): {Median([.. aloneGarbage.Select(g => g.KiB)]):F0} KiB allocated, {Median([.. aloneGarbage.Select(g => g.Collections)]):F2} collections, {Median([.. aloneGarbage.Select(g => g.PauseMs)]):F3} ms paused"));
        if (barePause.Count > 0)
            Console.WriteLine(Inv($"GC pause per run on {jobs} bare threads (each repetition): {string.Join(", ", barePause.Select(t => Inv($"{t:F3}")))} ms"));
        Console.WriteLine();
        Console.WriteLine("| jobs | wall (median) | wall (best) | runs/s (median) | efficiency vs jobs/t₁ (median, best) | bare threads vs jobs/t₁ (median) | sweep vs bare threads (median) | overhead per run, wall (median) | CPU overhead per run (median) | results table (median) |");
        Console.WriteLine("| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        foreach (var (j, list) in rows)
        {
            var walls = list.Select(x => x.Wall).ToList();
            var effs = list.Select(x => x.Efficiency).ToList();
            var over = list.Select(x => x.Wall * j / runs - x.T1).ToList();
            string bareEff = j == 1 ? "1 (by definition)" : Inv($"{Median(list.Select(x => x.T1 / (j * x.Bare)).ToList()):F3}");
            string vsBare = j == 1 ? Inv($"{Median(effs):F3}") : Inv($"{Median(list.Select(x => runs / x.Wall * x.Bare).ToList()):F3}");
            Console.WriteLine(Inv($"| {j} | {Median(walls):F2} s | {walls.Min():F2} s | {runs / Median(walls):F1} | {Median(effs):F3}, {effs.Max():F3} | {bareEff} | {vsBare} | {Median(over) * 1e3:F2} ms | {Median(list.Select(x => x.CpuOverhead).ToList()) * 1e3:F2} ms | {Median(list.Select(x => x.Table).ToList()):F2} s |"));
        }
        Console.WriteLine();
        foreach (var (j, list) in rows)
            Console.WriteLine(Inv($"RESULT mode=sweep runs={runs} jobs={j} d={d} steps={steps} single_run_ms={Median(alone) * 1e3:F3} wall_median_s={Median(list.Select(x => x.Wall).ToList()):F3} efficiency_median={Median(list.Select(x => x.Efficiency).ToList()):F3} efficiency_best={list.Max(x => x.Efficiency):F3} overhead_ms_median={Median(list.Select(x => x.Wall * j / runs - x.T1).ToList()) * 1e3:F3} cpu_overhead_ms_median={Median(list.Select(x => x.CpuOverhead).ToList()) * 1e3:F3}"));
        return 0;
    }

    private static double Median(List<double> xs)
    {
        var s = xs.Order().ToList();
        return s.Count % 2 == 1 ? s[s.Count / 2] : (s[s.Count / 2 - 1] + s[s.Count / 2]) / 2;
    }

    private static string Inv(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
