using System.Diagnostics;
using System.Globalization;

namespace XorGen.Bench;

/// <summary>
/// <c>peers --d 128 --width 512 --batch 128 --threads 1 --seconds 3 [--kernel auto|generated|generic|reference]
/// [--mode online|fixed] [--rate R] [--repeat N]</c>:
/// online SGD on the Glasgow spec (fresh Boolean XOR batch drawn every step; <c>--mode fixed</c> reuses batch 0, the
/// suite's Fixed rows), with the generated kernel when one is compiled for the spec, on any thread count, else the
/// generic one (auto). <c>--repeat N</c> measures N times in the same process (one warm-up) and reports the
/// median and the best. Prints one machine-readable line:
/// <c>RESULT peer=xorgen kernel=... isa=... d=... m=... batch=... threads=... steps=... seconds=... steps_per_second=... [best_steps_per_second=... gflops=...]</c>
/// (steps_per_second is the median when repeated).
/// </summary>
public static class PeersMode
{
    /// <summary>Runs the mode; exit code 2 on bad arguments.</summary>
    public static int Run(string[] args)
    {
        int d = 128, m = 512, batch = 128, threads = 1;
        double seconds = 3;
        string kernelName = "auto";
        bool fixedBatch = false;
        double rate = 0.1;
        int repeat = 1;
        try
        {
            for (int i = 0; i < args.Length; i++)
            {
                string Value() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value");
                switch (args[i])
                {
                    case "--d": d = Positive("--d", Value()); break;
                    case "--width": m = Positive("--width", Value()); break;
                    case "--batch": batch = Positive("--batch", Value()); break;
                    case "--threads": threads = Positive("--threads", Value()); break;
                    case "--seconds":
                        string s = Value();
                        if (!double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out seconds) || !(seconds > 0))
                            throw new ArgumentException($"--seconds must be a positive number, got '{s}'");
                        break;
                    case "--kernel": kernelName = Value(); break;
                    case "--rate":
                        string r = Value();
                        if (!double.TryParse(r, NumberStyles.Float, CultureInfo.InvariantCulture, out rate) || !(rate > 0) || !double.IsFinite(rate))
                            throw new ArgumentException($"--rate must be a positive number, got '{r}'");
                        break;
                    case "--repeat": repeat = Positive("--repeat", Value()); break;
                    case "--mode":
                        string mode = Value();
                        fixedBatch = mode switch
                        {
                            "online" => false,
                            "fixed" => true,
                            _ => throw new ArgumentException($"--mode must be online or fixed, got '{mode}'"),
                        };
                        break;
                    default: throw new ArgumentException($"unknown option '{args[i]}' (peers takes --d, --width, --batch, --threads, --seconds, --kernel, --mode, --rate, --repeat)");
                }
            }
            GeneratedKernels.EnsureLoaded();
            var spec = Cases.Glasgow(d, m).Validated();
            var kind = kernelName switch
            {
                "auto" => GeneratedKernels.Has(spec) ? KernelKind.Generated : KernelKind.Generic,
                "generated" => KernelKind.Generated,
                "generic" => KernelKind.Generic,
                "reference" => KernelKind.Reference,
                _ => throw new ArgumentException($"--kernel must be auto, generated, generic or reference, got '{kernelName}'"),
            };
            return Measure(spec, kind, batch, threads, seconds, fixedBatch, repeat, rate);
        }
        catch (ArgumentException e)
        {
            Console.Error.WriteLine($"error: {e.Message}");
            return 2;
        }
        catch (KernelNotAvailableException e)
        {
            Console.Error.WriteLine($"error: {e.Message}");
            return 1;
        }
    }

    private static int Positive(string name, string text)
        => int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out int v) && v > 0
            ? v : throw new ArgumentException($"{name} must be a positive integer, got '{text}'");

    private static int Measure(ModelSpec spec, KernelKind kind, int batch, int threads, double seconds, bool fixedBatch, int repeat, double rate)
    {
        using var kernel = KernelFactory.Create<float>(kind, spec, new KernelOptions(threads));
        var parameters = new NetworkParameters(spec);
        var random = new CounterRandom(1, RandomStream.Init);
        for (int j = 0; j < spec.Width; j++)
        {
            double norm2 = 0;
            for (int k = 0; k < spec.Inputs; k++)
            {
                double w = 0.1 / Math.Sqrt(spec.Inputs) * random.NextGaussian();
                parameters.W[j * spec.Inputs + k] = w;
                norm2 += w * w;
            }
            parameters.A[j] = random.NextSign() * Math.Sqrt(norm2);
        }
        kernel.LoadParameters(parameters);
        var x = new float[batch * spec.Inputs];
        var y = new float[batch];
        // Glasgow's rate θ = 0.1 (per-neuron steps) by default, as a real run uses; the suite's rows use 1e-6 / m.
        var control = StepControl.Constant(rate);
        var source = new BooleanXorSource(spec.Inputs);
        long step = 0;

        var process = Process.GetCurrentProcess();
        void RunFor(double limit, out long steps, out double elapsed, out double cpu)
        {
            process.Refresh();
            var cpu0 = process.TotalProcessorTime;
            var clock = Stopwatch.StartNew();
            steps = 0;
            do
            {
                for (int k = 0; k < 16; k++)
                {
                    if (!fixedBatch || step == 0) source.FillBatch<float>(1, step, x, y, []);
                    step++;
                    kernel.Step(x, y, batch, control);
                }
                steps += 16;
            } while (clock.Elapsed.TotalSeconds < limit);
            elapsed = clock.Elapsed.TotalSeconds;
            process.Refresh();
            cpu = (process.TotalProcessorTime - cpu0).TotalSeconds;
        }

        RunFor(Math.Min(0.5, seconds / 4), out _, out _, out _); // warm-up: tiered JIT, caches
        var rates = new List<double>();
        var cpuRates = new List<double>();
        long measured = 0;
        double time = 0;
        for (int r = 0; r < repeat; r++)
        {
            RunFor(seconds, out long n, out double t, out double cpu);
            measured += n;
            time += t;
            rates.Add(n / t);
            cpuRates.Add(n / cpu);
        }
        rates.Sort();
        cpuRates.Sort();
        static double Median(List<double> v) => v.Count % 2 == 1 ? v[v.Count / 2] : (v[v.Count / 2 - 1] + v[v.Count / 2]) / 2;
        double median = Median(rates);
        // Steps per second of the process's CPU time (all its threads): on a loaded machine, a rate that leaves out
        // the time the process waited for a core (but not the cache damage of sharing it).
        string extra = string.Create(CultureInfo.InvariantCulture, $" cpu_steps_per_second={Median(cpuRates):F1}")
            + (repeat > 1 ? string.Create(CultureInfo.InvariantCulture, $" repeats={repeat} best_steps_per_second={rates[^1]:F1} best_cpu_steps_per_second={cpuRates[^1]:F1}") : "");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"RESULT peer=xorgen kernel={kind.ToString().ToLowerInvariant()} isa={kernel.InstructionSet} mode={(fixedBatch ? "fixed" : "online")} d={spec.Inputs} m={spec.Width} batch={batch} threads={threads} steps={measured} seconds={time:F3} steps_per_second={median:F1}{extra} gflops={median * spec.FlopsPerStep(batch) / 1e9:F2}"));
        return 0;
    }
}
