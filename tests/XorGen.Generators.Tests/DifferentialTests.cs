using System.Numerics;
using System.Runtime.Intrinsics;

namespace XorGen.Kernels.Tests;

/// <summary>
/// Generated kernels (compiled into this assembly from DifferentialDefinitions.cs) against the reference kernel on the same
/// initialisation and data, after 1 and after 100 steps, on every instruction-set path the machine accelerates, on one
/// thread and with the neurons split over 2 and 3 threads (the definitions with that many column blocks).
/// .ci/run repeats these with DOTNET_EnableAVX512=0, DOTNET_EnableAVX2=0 and DOTNET_EnableHWIntrinsic=0.
/// </summary>
public sealed class DifferentialTests
{
    private const string MatrixNamespace = "XorGen.Matrix.";
    private const int Rows = 21; // 5 tiles of 4 rows + a remainder row; the vector loss takes 16 (or 8, 4) rows at a time, then a tail

    /// <summary>Every matrix definition (short names).</summary>
    public static TheoryData<string> Definitions() => MatrixRows(_ => true);

    /// <summary>The definitions on the automatic ladder: each runs on every path, one theory per path.</summary>
    public static TheoryData<string> LadderDefinitions() => MatrixRows(i => i.InstructionSet == InstructionSet.Auto);

    /// <summary>The definitions pinned to <paramref name="set"/>.</summary>
    public static TheoryData<string> PinnedDefinitions(InstructionSet set) => MatrixRows(i => i.InstructionSet == set);

    /// <summary>Thread counts of the threaded rows.</summary>
    private static readonly int[] ThreadCounts = [2, 3];

    /// <summary>
    /// (definition, threads) for the definitions that run on <paramref name="set"/> (the ladder's, and those pinned to it;
    /// for Auto the ladder's) and have at least that many column blocks: with fewer, the kernel runs on fewer threads.
    /// </summary>
    public static TheoryData<string, int> ThreadedDefinitions(InstructionSet set)
    {
        var data = new TheoryData<string, int>();
        foreach (var info in MatrixInfos(i => i.InstructionSet == InstructionSet.Auto || i.InstructionSet == set))
            foreach (int threads in ThreadCounts)
                if (ColumnBlocks(KernelType(info)) >= threads) data.Add(info.Definition[MatrixNamespace.Length..], threads);
        return data;
    }

    /// <summary>The generated kernel's column blocks, the most threads it splits its neurons over.</summary>
    private static int ColumnBlocks(Type kernelType) => (int)kernelType.GetField("Blocks", System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static)!.GetRawConstantValue()!;

    private static Type KernelType(GeneratedKernelInfo info) => typeof(DifferentialTests).Assembly.GetType(info.Definition + "+Kernel", throwOnError: true)!;

    private static IEnumerable<GeneratedKernelInfo> MatrixInfos(Func<GeneratedKernelInfo, bool> keep)
        => GeneratedKernelCatalog.All.Where(i => i.Definition.StartsWith(MatrixNamespace, StringComparison.Ordinal) && keep(i));

    private static TheoryData<string> MatrixRows(Func<GeneratedKernelInfo, bool> keep)
    {
        var data = new TheoryData<string>();
        foreach (var info in GeneratedKernelCatalog.All.Where(i => i.Definition.StartsWith(MatrixNamespace, StringComparison.Ordinal) && keep(i)))
            data.Add(info.Definition[MatrixNamespace.Length..]);
        return data;
    }

    [Fact]
    public void The_whole_matrix_is_registered_by_the_module_initializers()
        => Assert.Equal(DifferentialMatrix.Definitions().Select(d => d.Name).Order(StringComparer.Ordinal), GeneratedKernelCatalog.All.Where(i => i.Definition.StartsWith(MatrixNamespace, StringComparison.Ordinal)).Select(i => i.Definition[MatrixNamespace.Length..]).Order(StringComparer.Ordinal));

    [Fact]
    public void The_matrix_covers_every_activation_loss_and_instruction_set()
    {
        var specs = GeneratedKernelCatalog.All.Where(i => i.Definition.StartsWith(MatrixNamespace, StringComparison.Ordinal)).ToList();
        Assert.Equal(Enum.GetValues<Activation>(), specs.Select(i => i.Spec.Activation).Distinct().Order());
        Assert.Equal(Enum.GetValues<Loss>(), specs.Select(i => i.Spec.Loss).Distinct().Order());
        Assert.Equal(Enum.GetValues<InstructionSet>(), specs.Select(i => i.InstructionSet).Distinct().Order());
        Assert.Equal([typeof(double), typeof(float)], specs.Select(i => i.Element).Distinct().OrderBy(t => t.Name, StringComparer.Ordinal));
    }

    /// <summary>DifferentialDefinitions.cs is what <see cref="DifferentialMatrix.Source"/> writes from the enums (XORGEN_ACCEPT_SNAPSHOTS=1 rewrites it).</summary>
    [Fact]
    public void The_committed_matrix_is_the_one_the_enums_give()
    {
        string path = DifferentialMatrix.CommittedPath();
        string expected = DifferentialMatrix.Source();
        string committed = File.ReadAllText(path).Replace("\r\n", "\n");
        if (committed != expected && Environment.GetEnvironmentVariable("XORGEN_ACCEPT_SNAPSHOTS") == "1")
        {
            File.WriteAllText(path, expected);
            return;
        }
        Assert.True(committed == expected, path + " is stale: regenerate it with XORGEN_ACCEPT_SNAPSHOTS=1 dotnet test tests/XorGen.Generators.Tests --filter The_committed_matrix, then rebuild");
    }

    [Theory]
    [MemberData(nameof(LadderDefinitions))]
    public void Auto_path_matches_the_reference_after_1_and_100_steps(string name) => Run(name, InstructionSet.Auto);

    [AcceleratedTheory(InstructionSet.Vector512)]
    [MemberData(nameof(LadderDefinitions))]
    public void Vector512_path_matches_the_reference(string name) => Run(name, InstructionSet.Vector512);

    [AcceleratedTheory(InstructionSet.Vector256)]
    [MemberData(nameof(LadderDefinitions))]
    public void Vector256_path_matches_the_reference(string name) => Run(name, InstructionSet.Vector256);

    [AcceleratedTheory(InstructionSet.Vector128)]
    [MemberData(nameof(LadderDefinitions))]
    public void Vector128_path_matches_the_reference(string name) => Run(name, InstructionSet.Vector128);

    [Theory]
    [MemberData(nameof(LadderDefinitions))]
    public void Scalar_path_matches_the_reference(string name) => Run(name, InstructionSet.Scalar);

    [AcceleratedTheory(InstructionSet.Vector512)]
    [MemberData(nameof(PinnedDefinitions), InstructionSet.Vector512)]
    public void Definition_pinned_to_Vector512_matches_the_reference(string name) => Run(name, InstructionSet.Vector512);

    [AcceleratedTheory(InstructionSet.Vector256)]
    [MemberData(nameof(PinnedDefinitions), InstructionSet.Vector256)]
    public void Definition_pinned_to_Vector256_matches_the_reference(string name) => Run(name, InstructionSet.Vector256);

    [AcceleratedTheory(InstructionSet.Vector128)]
    [MemberData(nameof(PinnedDefinitions), InstructionSet.Vector128)]
    public void Definition_pinned_to_Vector128_matches_the_reference(string name) => Run(name, InstructionSet.Vector128);

    [Theory]
    [MemberData(nameof(PinnedDefinitions), InstructionSet.Scalar)]
    public void Definition_pinned_to_Scalar_matches_the_reference(string name) => Run(name, InstructionSet.Scalar);

    [Theory]
    [MemberData(nameof(ThreadedDefinitions), InstructionSet.Auto)]
    public void Auto_path_on_threads_matches_the_reference_after_1_and_100_steps(string name, int threads) => Run(name, InstructionSet.Auto, threads);

    [AcceleratedTheory(InstructionSet.Vector512)]
    [MemberData(nameof(ThreadedDefinitions), InstructionSet.Vector512)]
    public void Vector512_path_on_threads_matches_the_reference(string name, int threads) => Run(name, InstructionSet.Vector512, threads);

    [AcceleratedTheory(InstructionSet.Vector256)]
    [MemberData(nameof(ThreadedDefinitions), InstructionSet.Vector256)]
    public void Vector256_path_on_threads_matches_the_reference(string name, int threads) => Run(name, InstructionSet.Vector256, threads);

    [AcceleratedTheory(InstructionSet.Vector128)]
    [MemberData(nameof(ThreadedDefinitions), InstructionSet.Vector128)]
    public void Vector128_path_on_threads_matches_the_reference(string name, int threads) => Run(name, InstructionSet.Vector128, threads);

    [Theory]
    [MemberData(nameof(ThreadedDefinitions), InstructionSet.Scalar)]
    public void Scalar_path_on_threads_matches_the_reference(string name, int threads) => Run(name, InstructionSet.Scalar, threads);

    [Fact]
    public void The_threaded_rows_cover_both_element_types_every_pinned_path_and_three_threads()
    {
        var auto = ThreadedDefinitions(InstructionSet.Auto).Select(r => ((string)r[0], (int)r[1])).ToList();
        Assert.Contains(("F_Threads", 3), auto);
        Assert.Contains(("D_Threads", 3), auto);
        Assert.Contains(("F_PaddedStride", 2), auto);
        foreach (var set in Enum.GetValues<InstructionSet>().Where(s => s != InstructionSet.Auto))
            Assert.Contains(ThreadedDefinitions(set), r => ((string)r[0]).EndsWith("_Pinned_" + set, StringComparison.Ordinal));
    }

    private static void Run(string name, InstructionSet path, int threads = 1)
    {
        var info = GeneratedKernelCatalog.Find(MatrixNamespace + name) ?? throw new InvalidOperationException("not registered: " + name);
        var kernelType = KernelType(info);
        if (info.Element == typeof(float)) Compare<float>(info.Spec, kernelType, path, threads, name);
        else Compare<double>(info.Spec, kernelType, path, threads, name);
    }

    /// <summary>
    /// The same thread count gives the same bits on every run (the outputs are reduced from per-block partial sums in
    /// block order, never in the order the threads finish or by which thread took a block), and the threaded parameters
    /// stay close to one thread's.
    /// </summary>
    [Theory]
    [InlineData("F_Threads", 2)]
    [InlineData("F_Threads", 3)]
    [InlineData("D_Threads", 3)]
    [InlineData("F_PaddedStride", 3)]
    [InlineData("F_Pinned_Scalar", 3)]
    public void A_thread_count_repeats_bit_for_bit(string name, int threads)
    {
        var info = GeneratedKernelCatalog.Find(MatrixNamespace + name)!;
        if (info.Element == typeof(float)) Repeat<float>(info, threads, 1e-4);
        else Repeat<double>(info, threads, 1e-10);
    }

    /// <summary>
    /// Which thread computes which column block does not change a bit: two and three threads share F_Threads' three
    /// blocks differently (2: blocks {0} and {1, 2}, with stealing whenever one thread is ahead; 3: one each), and they
    /// must agree with each other exactly, run after run, on every step's loss, the trained parameters, the gradient
    /// and the predictions.
    /// </summary>
    [Theory]
    [InlineData("F_Threads")]
    [InlineData("D_Threads")]
    public void Any_thread_count_above_one_gives_the_same_bits_whoever_takes_which_block(string name)
    {
        var info = GeneratedKernelCatalog.Find(MatrixNamespace + name)!;
        if (info.Element == typeof(float)) SameBits<float>(info);
        else SameBits<double>(info);
    }

    private static void SameBits<T>(GeneratedKernelInfo info) where T : unmanaged, IFloatingPointIeee754<T>
    {
        var spec = info.Spec;
        var (init, x, y) = Problem<T>(spec, info.Definition);
        // the training run's values, then the gradient and the predictions at the initial parameters
        double[] Values(int threads)
        {
            using var kernel = (ITrainingKernel<T>)Activator.CreateInstance(KernelType(info), new KernelOptions(threads))!;
            var gradient = new NetworkParameters(spec);
            kernel.LoadParameters(init);
            kernel.LossAndGradient(x, y, Rows, gradient);
            var output = new T[3 * Rows];
            kernel.Predict(x, 3 * Rows, output);
            return [.. Train<T>(info, threads), .. gradient.W, .. gradient.A, .. gradient.B, .. output.Select(double.CreateChecked)];
        }
        var two = Values(2);
        for (int round = 0; round < 3; round++)
            AssertSameBits(two, Values(3), $"{info.Definition}, three threads against two");
    }

    /// <summary>Every value of <paramref name="actual"/> has exactly the bits of the same value in <paramref name="expected"/>.</summary>
    private static void AssertSameBits(double[] expected, double[] actual, string what)
    {
        Assert.Equal(expected.Length, actual.Length);
        for (int i = 0; i < expected.Length; i++)
            Assert.True(BitConverter.DoubleToInt64Bits(expected[i]) == BitConverter.DoubleToInt64Bits(actual[i]), $"{what}: value {i} is {actual[i]:R}, expected {expected[i]:R}");
    }

    /// <summary>60 steps over three batches of <see cref="Rows"/>; every loss, the stored parameters and the final loss.</summary>
    private static double[] Train<T>(GeneratedKernelInfo info, int threads) where T : unmanaged, IFloatingPointIeee754<T>
    {
        var spec = info.Spec;
        var (init, x, y) = Problem<T>(spec, info.Definition);
        using var kernel = (ITrainingKernel<T>)Activator.CreateInstance(KernelType(info), new KernelOptions(threads))!;
        kernel.LoadParameters(init);
        var losses = new List<double>();
        for (int step = 0; step < 60; step++)
        {
            int b = step % 3;
            losses.Add(kernel.Step(x.AsSpan(b * Rows * spec.Inputs, Rows * spec.Inputs), y.AsSpan(b * Rows, Rows), Rows, StepControl.Constant(0.05 / spec.GradientMultiplier)));
        }
        var p = Stored(kernel, spec);
        return [.. losses, .. p.W, .. p.A, .. p.B, kernel.Evaluate(x, y, default, 3 * Rows).Loss];
    }

    private static void Repeat<T>(GeneratedKernelInfo info, int threads, double relative) where T : unmanaged, IFloatingPointIeee754<T>
    {
        var first = Train<T>(info, threads);
        AssertSameBits(first, Train<T>(info, threads), $"{info.Definition} on {threads} threads, run again");
        var one = Train<T>(info, 1);
        double scale = 1 + one.Max(Math.Abs);
        for (int i = 0; i < one.Length; i++)
            Assert.True(Math.Abs(first[i] - one[i]) <= relative * scale, $"{info.Definition}: {threads} threads differ from one at value {i}: {first[i]:R} against {one[i]:R}");
    }

    [Fact]
    public void More_threads_than_column_blocks_run_on_one_per_block_and_one_block_on_one_thread_bit_for_bit()
    {
        // F_FixedBatch: m = 33 floats, one block of 64 on the ladder; F_Threads: m = 161, three blocks
        Assert.Equal(1, ColumnBlocks(typeof(Matrix.F_FixedBatch.Kernel)));
        using (var wide = new Matrix.F_Threads.Kernel(new KernelOptions(Threads: 8))) Assert.Equal(3, wide.Threads);
        using (var two = new Matrix.F_Threads.Kernel(new KernelOptions(Threads: 2))) Assert.Equal(2, two.Threads);
        using (var single = new Matrix.F_Threads.Kernel(new KernelOptions())) Assert.Equal(1, single.Threads);

        var info = GeneratedKernelCatalog.Find(MatrixNamespace + nameof(Matrix.F_FixedBatch))!;
        var (init, x, y) = Problem<float>(info.Spec, info.Definition);
        float[] Train(int threads)
        {
            using var kernel = new Matrix.F_FixedBatch.Kernel(new KernelOptions(threads));
            Assert.Equal(1, kernel.Threads);
            kernel.LoadParameters(init);
            for (int step = 0; step < 20; step++) kernel.Step(x.AsSpan(0, 16 * info.Spec.Inputs), y.AsSpan(0, 16), 16, StepControl.Constant(0.05));
            var output = new float[3 * Rows];
            kernel.Predict(x, 3 * Rows, output);
            return output;
        }
        Assert.Equal(Train(1), Train(4));
        var zero = Assert.Throws<ArgumentOutOfRangeException>(() => new Matrix.F_Threads.Kernel(new KernelOptions(Threads: 0)));
        Assert.Contains("at least 1", zero.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_threaded_kernel_allocates_nothing_after_the_first_call_at_a_batch_size_and_refuses_work_once_disposed()
    {
        var info = GeneratedKernelCatalog.Find(MatrixNamespace + nameof(Matrix.F_Threads))!;
        var (init, x, y) = Problem<float>(info.Spec, info.Definition);
        var kernel = new Matrix.F_Threads.Kernel(new KernelOptions(Threads: 3));
        kernel.LoadParameters(init);
        var grad = new NetworkParameters(info.Spec);
        var output = new float[Rows];
        var control = new StepControl(0.01, 0.01, 0.01, NormCapSquared: 2);
        void Calls()
        {
            kernel.Step(x, y, Rows, control);
            kernel.LossAndGradient(x, y, Rows, grad);
            kernel.Evaluate(x, y, default, Rows);
            kernel.Predict(x, Rows, output);
        }
        Calls();
        Calls();
        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 0; i < 10; i++) Calls();
        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
        kernel.Dispose();
        kernel.Dispose();
        Assert.Throws<ObjectDisposedException>(() => { kernel.Step(x, y, Rows, control); });
    }

    [Fact]
    public void Mismatched_pins_are_refused_with_a_clear_message()
    {
        var pinned = Assert.Throws<System.Reflection.TargetInvocationException>(() =>
            Activator.CreateInstance(typeof(Matrix.F_Pinned_Scalar.Kernel), new KernelOptions(InstructionSet: InstructionSet.Vector128)));
        Assert.Contains("pinned to Scalar", Assert.IsType<NotSupportedException>(pinned.InnerException).Message, StringComparison.Ordinal);

        using var kernel = Matrix.F_Pinned_Scalar.CreateKernel();
        Assert.Equal(InstructionSet.Scalar, kernel.InstructionSet);
        Assert.Equal(KernelKind.Generated, kernel.Kind);
        Assert.Equal(Matrix.F_Pinned_Scalar.Spec, kernel.Spec);
    }

    /// <summary>The initial parameters and three batches of <see cref="Rows"/> rows of a definition's differential run.</summary>
    private static (NetworkParameters Init, T[] X, T[] Y) Problem<T>(ModelSpec spec, string name) where T : unmanaged, IFloatingPointIeee754<T>
    {
        int d = spec.Inputs, m = spec.Width;
        var rng = new Random(StableSeed(name));
        var init = new NetworkParameters(spec);
        for (int i = 0; i < init.W.Length; i++) init.W[i] = (rng.NextDouble() * 2 - 1) / Math.Sqrt(d);
        for (int j = 0; j < m; j++) init.A[j] = rng.NextDouble() * 2 - 1;
        for (int j = 0; j < init.B.Length; j++) init.B[j] = (rng.NextDouble() * 2 - 1) * 0.3;

        const int batches = 3;
        var x = new T[batches * Rows * d];
        var y = new T[batches * Rows];
        for (int i = 0; i < x.Length; i++) x[i] = T.CreateTruncating(rng.NextDouble() * 2 - 1);
        for (int i = 0; i < y.Length; i++)
            y[i] = spec.Loss == Loss.Logistic ? (rng.Next(2) == 0 ? -T.One : T.One) : T.CreateTruncating(Math.Abs(double.CreateTruncating(x[i * d])) + 0.1);
        return (init, x, y);
    }

    private static void Compare<T>(ModelSpec spec, Type kernelType, InstructionSet path, int threads, string name) where T : unmanaged, IFloatingPointIeee754<T>
    {
        // Tolerances, relative to the largest magnitude of the compared quantity (plus 1): float kernels round
        // every product to 24 bits and sum in a different order than the double reference; after 100 steps the
        // rounding of each step feeds the next. Double kernels only differ in summation order.
        bool single = typeof(T) == typeof(float);
        double tolOne = single ? 2e-4 : 1e-10;
        double tolHundred = single ? 3e-3 : 1e-8;
        string where = name + " on " + path + (threads > 1 ? " on " + threads + " threads" : "");

        int d = spec.Inputs, m = spec.Width;
        const int batches = 3;
        var (init, x, y) = Problem<T>(spec, name);

        using var reference = new ReferenceKernel<T>(spec);
        using var generated = (ITrainingKernel<T>)Activator.CreateInstance(kernelType, new KernelOptions(threads, path))!;
        Assert.Equal(KernelKind.Generated, generated.Kind);
        Assert.Equal(threads, (int)kernelType.GetProperty("Threads")!.GetValue(generated)!); // not fewer: the neurons really are split
        reference.LoadParameters(init);
        generated.LoadParameters(init);

        // before any step: outputs, evaluation and the raw gradient
        var fr = new T[Rows * batches];
        var fg = new T[Rows * batches];
        reference.Predict(x, Rows * batches, fr);
        generated.Predict(x, Rows * batches, fg);
        AssertClose(fr.Select(v => double.CreateTruncating(v)).ToArray(), fg.Select(v => double.CreateTruncating(v)).ToArray(), tolOne, where + ": predictions");
        var er = reference.Evaluate(x, y, default, Rows * batches);
        var eg = generated.Evaluate(x, y, default, Rows * batches);
        AssertClose([er.Loss], [eg.Loss], tolOne, where + ": evaluation loss");
        Assert.Equal(er.Count, eg.Count);
        var gr = new NetworkParameters(spec);
        var gg = new NetworkParameters(spec);
        double lr = reference.LossAndGradient(x, y, Rows, gr);
        double lg = generated.LossAndGradient(x, y, Rows, gg);
        AssertClose([lr], [lg], tolOne, where + ": loss of LossAndGradient");
        AssertParameters(gr, gg, tolOne, where + ": raw gradient");

        // step 1: truncation active, with the cap between two neurons' squared norms so rounding cannot flip a neuron
        double rate = 0.05 / spec.GradientMultiplier;
        var norms = Enumerable.Range(0, m).Select(j => init.Row(j).ToArray().Sum(v => v * v)).Order().ToArray();
        double cap = m >= 2 ? (norms[m / 2 - 1] + norms[m / 2]) / 2 : double.PositiveInfinity;
        var first = new StepControl(rate, rate, rate, NormCapSquared: cap);
        AssertClose([reference.Step(x, y, Rows, first)], [generated.Step(x, y, Rows, first)], tolOne, where + ": loss of step 1");
        AssertParameters(Stored(reference, spec), Stored(generated, spec), tolOne, where + ": parameters after 1 step");

        // steps 2..100: an adaptive step (logistic), then constant rates, cycling over three batches
        var adaptive = new StepControl(0, 0, 0, AdaptiveC: 0.02 / spec.GradientMultiplier, AdaptiveP: 1);
        var constant = StepControl.Constant(rate);
        for (int step = 2; step <= 100; step++)
        {
            var control = step == 2 && spec.Loss == Loss.Logistic ? adaptive : constant;
            int b = step % batches;
            var xs = x.AsSpan(b * Rows * d, Rows * d);
            var ys = y.AsSpan(b * Rows, Rows);
            double a = reference.Step(xs, ys, Rows, control);
            double g = generated.Step(xs, ys, Rows, control);
            if (step == 100) AssertClose([a], [g], tolHundred, where + ": loss of step 100");
        }
        AssertParameters(Stored(reference, spec), Stored(generated, spec), tolHundred, where + ": parameters after 100 steps");

        // step 101: a cap again after 99 steps without one (the generated kernel stopped summing ‖w_j‖² and recomputes
        // them), the cap in the widest gap between two neurons' squared norms so that no rounding can flip a neuron
        if (m >= 2)
        {
            var now = Stored(reference, spec);
            var normsNow = Enumerable.Range(0, m).Select(j => now.Row(j).ToArray().Sum(v => v * v)).Order().ToArray();
            int widest = Enumerable.Range(0, m - 1).MaxBy(j => normsNow[j + 1] - normsNow[j]);
            var capped = new StepControl(rate, rate, rate, NormCapSquared: (normsNow[widest] + normsNow[widest + 1]) / 2);
            AssertClose([reference.Step(x, y, Rows, capped)], [generated.Step(x, y, Rows, capped)], tolHundred, where + ": loss of the capped step 101");
            AssertParameters(Stored(reference, spec), Stored(generated, spec), tolHundred, where + ": parameters after the capped step 101");
        }
    }

    private static NetworkParameters Stored<T>(ITrainingKernel<T> kernel, ModelSpec spec) where T : unmanaged, IFloatingPointIeee754<T>
    {
        var p = new NetworkParameters(spec);
        kernel.StoreParameters(p);
        return p;
    }

    private static void AssertParameters(NetworkParameters expected, NetworkParameters actual, double tolerance, string what)
    {
        AssertClose(expected.W, actual.W, tolerance, what + " (W)");
        AssertClose(expected.A, actual.A, tolerance, what + " (a)");
        AssertClose(expected.B, actual.B, tolerance, what + " (b)");
    }

    /// <summary>|actual − expected| ≤ tolerance·(1 + max|expected|) element-wise.</summary>
    private static void AssertClose(double[] expected, double[] actual, double tolerance, string what)
    {
        Assert.Equal(expected.Length, actual.Length);
        double scale = 1 + expected.Select(Math.Abs).DefaultIfEmpty(0).Max();
        for (int i = 0; i < expected.Length; i++)
        {
            double diff = Math.Abs(actual[i] - expected[i]);
            Assert.True(diff <= tolerance * scale, $"{what}: element {i} is {actual[i]:R}, reference {expected[i]:R} (|diff| {diff:G3} > {tolerance:G3}·{scale:G4})");
        }
    }

    private static int StableSeed(string name)
    {
        int h = 17;
        foreach (char c in name) h = unchecked(h * 31 + c);
        return h;
    }
}
