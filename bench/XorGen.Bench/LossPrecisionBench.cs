using System.Diagnostics;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using XorGen.Operators;

namespace XorGen.Bench;

/// <summary>
/// <c>loss [--rows 32] [--repeat 7]</c>: whether a "loss in float" variant knob would pay. Times the generated kernels'
/// per-row loss pass (BackwardRows: the logistic loss and g_i = ℓ′·s/B for a float batch) as it ships, in double
/// vectors (each float register widened to two, <see cref="Logistic"/>'s double Rows, narrowed back), against its
/// float Rows (the <c>loss=float</c> variant), on the widest vector path of this machine, and
/// reports ns per batch, the saving, and what float costs in accuracy (largest relative difference of g, and the
/// per-row loss a float evaluation loses at large margins).
/// </summary>
public static class LossPrecisionBench
{
    public static int Run(string[] args)
    {
        int rows = 32, repeat = 7;
        if (args.Any(a => a is "--help" or "-h"))
        {
            Console.WriteLine("XorGen.Bench loss [--rows 32] [--repeat 7]");
            Console.WriteLine("  The generated kernels' per-row logistic loss pass in double vectors (the default) against loss=float:");
            Console.WriteLine("  ns per batch of --rows rows (median and best of --repeat), the saving, and float's accuracy cost.");
            return 0;
        }
        for (int i = 0; i < args.Length; i++)
        {
            if (args[i] is not ("--rows" or "--repeat")) { Console.Error.WriteLine($"error: unknown option {args[i]} (see --help)"); return 2; }
            if (i + 1 >= args.Length || !int.TryParse(args[i + 1], NumberStyles.None, CultureInfo.InvariantCulture, out int v) || v < 1 || v > 1 << 20)
            {
                Console.Error.WriteLine($"error: {args[i]} needs a whole number from 1 to {1 << 20}");
                return 2;
            }
            if (args[i] == "--rows") rows = v; else repeat = v;
            i++;
        }
        bool wide = Vector512.IsHardwareAccelerated;
        if (!wide && !Vector256.IsHardwareAccelerated) { Console.Error.WriteLine("error: neither Vector512 nor Vector256 is accelerated here"); return 1; }
        int lanes = wide ? 16 : 8;
        rows -= rows % lanes;
        if (rows == 0) { Console.Error.WriteLine($"error: --rows must be at least {lanes} (one float register) on this path"); return 2; }

        var random = new Random(7);
        var f0 = new float[rows];
        var y = new float[rows];
        for (int i = 0; i < rows; i++) { f0[i] = (float)(random.NextDouble() * 6 - 3); y[i] = random.Next(2) * 2 - 1; }
        var f = new float[rows];
        Func<float[], float[], int, double> inDouble = wide ? Double512 : Double256, inFloat = wide ? Float512 : Float256;

        // accuracy: g from both, and the loss of one row at margins y·f = 10, 20, 40
        f0.CopyTo(f, 0);
        inDouble(f, y, rows);
        var g = (float[])f.Clone();
        f0.CopyTo(f, 0);
        inFloat(f, y, rows);
        double worst = 0;
        for (int i = 0; i < rows; i++) worst = Math.Max(worst, Math.Abs(f[i] - g[i]) / Math.Abs(g[i]));

        long n = Math.Max(1, 20_000_000 / rows);
        var times = new Dictionary<string, List<double>> { ["double"] = [], ["float"] = [] };
        double sink = 0;
        for (int rep = 0; rep <= repeat; rep++)
            foreach (var (name, pass) in new[] { ("double", inDouble), ("float", inFloat) })
            {
                var clock = Stopwatch.StartNew();
                for (long k = 0; k < n; k++) { f0.CopyTo(f, 0); sink += pass(f, y, rows); }
                if (rep > 0) times[name].Add(clock.Elapsed.TotalNanoseconds / n); // repetition 0 is the warm-up
            }
        var copy = Stopwatch.StartNew();
        for (long k = 0; k < n; k++) f0.CopyTo(f, 0);
        double copyNs = copy.Elapsed.TotalNanoseconds / n;

        static double Median(List<double> v) { var s = v.Order().ToList(); return s.Count % 2 == 1 ? s[s.Count / 2] : (s[s.Count / 2 - 1] + s[s.Count / 2]) / 2; }
        double dMed = Median(times["double"]) - copyNs, fMed = Median(times["float"]) - copyNs;
        double dBest = times["double"].Min() - copyNs, fBest = times["float"].Min() - copyNs;
        var inv = CultureInfo.InvariantCulture;
        Console.WriteLine(string.Format(inv, "logistic loss pass, {0} rows, Vector{1}, {2} repetitions of {3:N0} batches (minus {4:F1} ns for restoring f):", rows, wide ? 512 : 256, repeat, n, copyNs));
        Console.WriteLine(string.Format(inv, "  double (default):     {0,7:F1} ns median, {1,7:F1} best  ({2:F2} ns per row)", dMed, dBest, dMed / rows));
        Console.WriteLine(string.Format(inv, "  float (loss=float):   {0,7:F1} ns median, {1,7:F1} best  ({2:F2} ns per row)", fMed, fBest, fMed / rows));
        Console.WriteLine(string.Format(inv, "  saving per batch:     {0,7:F1} ns median, {1,7:F1} best", dMed - fMed, dBest - fBest));
        Console.WriteLine(string.Format(inv, "  accuracy: largest relative difference of g_i {0:E1}; the loss of one row at margin y·f = 7, 20, 40:", worst));
        foreach (float margin in new[] { 7f, 20f, 40f })
        {
            // log(1 + e^{−m}) = e^{−m}(1 − e^{−m}/2 + …): e^{−m} itself is exact to 10⁻⁸ relative beyond m = 18
            double exact = margin > 18 ? Math.Exp(-margin) : Math.Log(1 + Math.Exp(-(double)margin));
            double inDoubleRows = Logistic.Value(1.0, margin, 1.0);
            var sum = Vector128<double>.Zero;
            Logistic.Rows(Vector128.Create(1f), Vector128.Create(margin), Vector128<float>.One, Vector128<float>.One, ref sum);
            Console.WriteLine(string.Format(inv, "    {0,3}: exact {1:E4}, double formula {2:E4}, loss=float rows {3:E4}", margin, exact, inDoubleRows, Vector128.Sum(sum) / 4));
        }
        Console.WriteLine(string.Format(inv, "RESULT rows={0} path=Vector{1} double_ns={2:F1} float_ns={3:F1} saving_ns={4:F1} worst_g_rel={5:E1}", rows, wide ? 512 : 256, dMed, fMed, dMed - fMed, worst));
        GC.KeepAlive(sink);
        return 0;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static double Double512(float[] fa, float[] ya, int rows)
    {
        ref float fr = ref MemoryMarshal.GetArrayDataReference(fa);
        ref float yr = ref MemoryMarshal.GetArrayDataReference(ya);
        var lossV = Vector512<double>.Zero;
        var c = Vector512.Create(2.0);
        var gScale = Vector512.Create(1.0 / rows);
        for (int i = 0; i + 16 <= rows; i += 16)
        {
            var fv = Vector512.LoadUnsafe(ref fr, (nuint)i);
            var yv = Vector512.LoadUnsafe(ref yr, (nuint)i);
            var g0 = Logistic.Rows(Vector512.WidenLower(yv), Vector512.WidenLower(fv), c, gScale, ref lossV);
            var g1 = Logistic.Rows(Vector512.WidenUpper(yv), Vector512.WidenUpper(fv), c, gScale, ref lossV);
            Vector512.Narrow(g0, g1).StoreUnsafe(ref fr, (nuint)i);
        }
        return VectorSums.Sum(lossV) / rows;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static double Float512(float[] fa, float[] ya, int rows)
    {
        ref float fr = ref MemoryMarshal.GetArrayDataReference(fa);
        ref float yr = ref MemoryMarshal.GetArrayDataReference(ya);
        var lossV = Vector512<double>.Zero;
        var c = Vector512.Create(2f);
        var gScale = Vector512.Create(1f / rows);
        for (int i = 0; i + 16 <= rows; i += 16)
        {
            var fv = Vector512.LoadUnsafe(ref fr, (nuint)i);
            var yv = Vector512.LoadUnsafe(ref yr, (nuint)i);
            Logistic.Rows(yv, fv, c, gScale, ref lossV).StoreUnsafe(ref fr, (nuint)i);
        }
        return VectorSums.Sum(lossV) / rows;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static double Double256(float[] fa, float[] ya, int rows)
    {
        ref float fr = ref MemoryMarshal.GetArrayDataReference(fa);
        ref float yr = ref MemoryMarshal.GetArrayDataReference(ya);
        var lossV = Vector256<double>.Zero;
        var c = Vector256.Create(2.0);
        var gScale = Vector256.Create(1.0 / rows);
        for (int i = 0; i + 8 <= rows; i += 8)
        {
            var fv = Vector256.LoadUnsafe(ref fr, (nuint)i);
            var yv = Vector256.LoadUnsafe(ref yr, (nuint)i);
            var g0 = Logistic.Rows(Vector256.WidenLower(yv), Vector256.WidenLower(fv), c, gScale, ref lossV);
            var g1 = Logistic.Rows(Vector256.WidenUpper(yv), Vector256.WidenUpper(fv), c, gScale, ref lossV);
            Vector256.Narrow(g0, g1).StoreUnsafe(ref fr, (nuint)i);
        }
        return VectorSums.Sum(lossV) / rows;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static double Float256(float[] fa, float[] ya, int rows)
    {
        ref float fr = ref MemoryMarshal.GetArrayDataReference(fa);
        ref float yr = ref MemoryMarshal.GetArrayDataReference(ya);
        var lossV = Vector256<double>.Zero;
        var c = Vector256.Create(2f);
        var gScale = Vector256.Create(1f / rows);
        for (int i = 0; i + 8 <= rows; i += 8)
        {
            var fv = Vector256.LoadUnsafe(ref fr, (nuint)i);
            var yv = Vector256.LoadUnsafe(ref yr, (nuint)i);
            Logistic.Rows(yv, fv, c, gScale, ref lossV).StoreUnsafe(ref fr, (nuint)i);
        }
        return VectorSums.Sum(lossV) / rows;
    }
}
