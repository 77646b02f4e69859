using System.Numerics;
using System.Runtime.Intrinsics;

namespace XorGen.Kernels.Tests;

/// <summary>
/// Generated kernels (compiled into this assembly from DifferentialDefinitions.cs) against the reference kernel on the same
/// initialisation and data, after 1 and after 100 steps, on every instruction-set path the machine accelerates.
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

    private static void Run(string name, InstructionSet path)
    {
        var info = GeneratedKernelCatalog.Find(MatrixNamespace + name) ?? throw new InvalidOperationException("not registered: " + name);
        var kernelType = typeof(DifferentialTests).Assembly.GetType(info.Definition + "+Kernel", throwOnError: true)!;
        if (info.Element == typeof(float)) Compare<float>(info.Spec, kernelType, path, name);
        else Compare<double>(info.Spec, kernelType, path, name);
    }

    [Fact]
    public void Threads_and_mismatched_pins_are_refused_with_a_clear_message()
    {
        var threads = Assert.Throws<System.Reflection.TargetInvocationException>(() =>
            Activator.CreateInstance(typeof(Matrix.F_FixedBatch.Kernel), new KernelOptions(Threads: 2)));
        var notSupported = Assert.IsType<NotSupportedException>(threads.InnerException);
        Assert.Contains("Threads = 2", notSupported.Message, StringComparison.Ordinal);

        var pinned = Assert.Throws<System.Reflection.TargetInvocationException>(() =>
            Activator.CreateInstance(typeof(Matrix.F_Pinned_Scalar.Kernel), new KernelOptions(InstructionSet: InstructionSet.Vector128)));
        Assert.Contains("pinned to Scalar", Assert.IsType<NotSupportedException>(pinned.InnerException).Message, StringComparison.Ordinal);

        using var kernel = Matrix.F_Pinned_Scalar.CreateKernel();
        Assert.Equal(InstructionSet.Scalar, kernel.InstructionSet);
        Assert.Equal(KernelKind.Generated, kernel.Kind);
        Assert.Equal(Matrix.F_Pinned_Scalar.Spec, kernel.Spec);
    }

    private static void Compare<T>(ModelSpec spec, Type kernelType, InstructionSet path, string name) where T : unmanaged, IFloatingPointIeee754<T>
    {
        // Tolerances, relative to the largest magnitude of the compared quantity (plus 1): float kernels round
        // every product to 24 bits and sum in a different order than the double reference; after 100 steps the
        // rounding of each step feeds the next. Double kernels only differ in summation order.
        bool single = typeof(T) == typeof(float);
        double tolOne = single ? 2e-4 : 1e-10;
        double tolHundred = single ? 3e-3 : 1e-8;
        string where = name + " on " + path;

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

        using var reference = new ReferenceKernel<T>(spec);
        using var generated = (ITrainingKernel<T>)Activator.CreateInstance(kernelType, new KernelOptions(InstructionSet: path))!;
        Assert.Equal(KernelKind.Generated, generated.Kind);
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
