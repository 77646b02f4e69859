using System.Diagnostics;
using System.Globalization;

namespace XorGen.Bench;

/// <summary>
/// <c>peers --d 128 --width 512 --batch 128 --threads 1 --seconds 3 [--kernel auto|generated|generic|reference]</c>:
/// online SGD on the Glasgow spec (fresh Boolean XOR batch drawn every step), with the generated kernel when one
/// is compiled for the spec and accepts the thread count, else the generic one (auto). Prints one machine-readable line:
/// <c>RESULT peer=xorgen kernel=... isa=... d=... m=... batch=... threads=... steps=... seconds=... steps_per_second=...</c>.
/// </summary>
public static class PeersMode
{
    /// <summary>Runs the mode; exit code 2 on bad arguments.</summary>
    public static int Run(string[] args)
    {
        int d = 128, m = 512, batch = 128, threads = 1;
        double seconds = 3;
        string kernelName = "auto";
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
                    default: throw new ArgumentException($"unknown option '{args[i]}' (peers takes --d, --width, --batch, --threads, --seconds, --kernel)");
                }
            }
            var spec = Cases.Glasgow(d, m).Validated();
            var kind = kernelName switch
            {
                "auto" => GeneratedKernels.Has(spec) && (threads == 1 || GeneratedKernels.ThreadsUnsupported(spec, threads) is null)
                    ? KernelKind.Generated : KernelKind.Generic,
                "generated" => KernelKind.Generated,
                "generic" => KernelKind.Generic,
                "reference" => KernelKind.Reference,
                _ => throw new ArgumentException($"--kernel must be auto, generated, generic or reference, got '{kernelName}'"),
            };
            return Measure(spec, kind, batch, threads, seconds);
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

    private static int Measure(ModelSpec spec, KernelKind kind, int batch, int threads, double seconds)
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
        // Glasgow's rate θ = 0.1 (per-neuron steps), as a real run uses.
        var control = StepControl.Constant(0.1);
        var source = new BooleanXorSource(spec.Inputs);
        long step = 0;

        void RunFor(double limit, out long steps, out double elapsed)
        {
            var clock = Stopwatch.StartNew();
            steps = 0;
            do
            {
                for (int k = 0; k < 16; k++)
                {
                    source.FillBatch<float>(1, step++, x, y, []);
                    kernel.Step(x, y, batch, control);
                }
                steps += 16;
            } while (clock.Elapsed.TotalSeconds < limit);
            elapsed = clock.Elapsed.TotalSeconds;
        }

        RunFor(Math.Min(0.5, seconds / 4), out _, out _); // warm-up: tiered JIT, caches
        RunFor(seconds, out long measured, out double time);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"RESULT peer=xorgen kernel={kind.ToString().ToLowerInvariant()} isa={kernel.InstructionSet} d={spec.Inputs} m={spec.Width} batch={batch} threads={threads} steps={measured} seconds={time:F3} steps_per_second={measured / time:F1}"));
        return 0;
    }
}
