using System.Numerics;
using XorGen.Specialization;
using Xunit;
using XorGen.Kernels.Tests;
using static XorGen.Tests.Kernels.KernelTestData;

namespace XorGen.Tests.Specialization;

/// <summary>
/// Kernels specialized at run time (emitted by the generator's emitter, compiled by Roslyn, loaded from memory or the
/// cache) against the reference oracle: odd sizes, every activation, loss, layer choice, output layer and scale, after
/// 1 and 100 steps, on every instruction-set path this machine accelerates. .ci/run repeats these with
/// DOTNET_EnableAVX512=0, DOTNET_EnableAVX2=0 and DOTNET_EnableHWIntrinsic=0.
/// </summary>
[Collection(ProcessWideSpecializer.Name)]
public sealed class SpecializedKernelTests : IClassFixture<SpecializedKernelTests.Compiler>
{
    /// <summary>One specializer (one cache directory) for the class: each kernel is compiled once.</summary>
    public sealed class Compiler : IDisposable
    {
        public RuntimeSpecializer Specializer { get; } = new(TestKernelCache.NewDirectory());
        public void Dispose() { try { Directory.Delete(Specializer.Cache.Directory, recursive: true); } catch (DirectoryNotFoundException) { } }
    }

    private readonly RuntimeSpecializer _specializer;
    public SpecializedKernelTests(Compiler compiler) => _specializer = compiler.Specializer;

    private const int Rows = 21; // 5 row tiles of 4 and a remainder row; the vector loss a whole block and a tail

    /// <summary>Specs no definition in the tool names, at odd sizes (1, 3, 7, 15, 17, 33, 100), covering every maths option.</summary>
    private static readonly (string Name, ModelSpec Spec, bool Double)[] Cases =
    [
        ("1x1 relu logistic both", new ModelSpec(1, 1), false),
        ("3x7 huber fixed bias", new ModelSpec(3, 7, Activation.HuberizedRelu, 0.5, Train: TrainedLayers.FirstOnly, Output: OutputLayer.FixedBalanced, OutputMagnitude: 0.7, Bias: true), false),
        ("17x33 glasgow", new ModelSpec(17, 33, Loss: Loss.Logistic, LossScale: 2, Scale: OutputScale.InverseWidth, GradientScale: GradientScale.PerNeuron), false),
        ("33x100 abs squared tied (double)", new ModelSpec(33, 100, Activation.Abs, Loss: Loss.Squared, Train: TrainedLayers.FirstOnly, Output: OutputLayer.TiedToNorm, Scale: OutputScale.InverseWidth, GradientScale: GradientScale.PerNeuron), true),
        ("7x15 leaky second-only (double)", new ModelSpec(7, 15, Activation.LeakyRelu, 0.1, Train: TrainedLayers.SecondOnly, Scale: OutputScale.InverseSqrtWidth), true),
        ("100x17 relu squared both bias", new ModelSpec(100, 17, Loss: Loss.Squared, Bias: true), false),
    ];

    public static TheoryData<string> Names()
    {
        var data = new TheoryData<string>();
        foreach (var c in Cases) data.Add(c.Name);
        return data;
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Run_time_kernel_matches_the_reference_after_1_and_100_steps(string name)
    {
        var c = Cases.Single(x => x.Name == name);
        Assert.False(KernelFactory.HasGenerated<float>(c.Spec) || KernelFactory.HasGenerated<double>(c.Spec), "a compiled-in kernel would hide the run-time one");
        if (c.Double) Compare<double>(c.Spec, InstructionSet.Auto, name);
        else Compare<float>(c.Spec, InstructionSet.Auto, name);
    }

    /// <summary>Every rung, pinned: each is its own compiled variant (own cache key); a rung this machine lacks is reported skipped.</summary>
    [Theory]
    [PathData(InstructionSet.Vector512)]
    [PathData(InstructionSet.Vector256)]
    [PathData(InstructionSet.Vector128)]
    [PathData(InstructionSet.Scalar)]
    public void Every_path_compiles_and_matches_the_reference(string element, InstructionSet set)
    {
        if (element == "float") Compare<float>(Cases.Single(x => x.Name == "17x33 glasgow").Spec, set, "17x33 glasgow on " + set);
        else Compare<double>(Cases.Single(x => x.Name == "33x100 abs squared tied (double)").Spec, set, "33x100 tied on " + set);
    }

    [Fact]
    public void The_factory_builds_a_run_time_kernel_through_the_installed_specializer_and_reports_its_origin()
    {
        var spec = new ModelSpec(5, 11, Scale: OutputScale.InverseWidth);
        var previous = KernelFactory.Specializer;
        try
        {
            KernelFactory.RegisterSpecializer(_specializer);
            using var kernel = KernelFactory.Create<float>(KernelKind.Generated, spec);
            Assert.Equal(KernelKind.Generated, kernel.Kind);
            Assert.Equal(spec, kernel.Spec);
            var origin = KernelFactory.OriginOf(kernel)!;
            Assert.NotEqual(KernelSource.CompiledIn, origin.Source);
            Assert.True(origin.Seconds > 0);

            KernelFactory.RegisterSpecializer(null);
            Assert.Throws<KernelNotAvailableException>(() => KernelFactory.Create<float>(KernelKind.Generated, spec));
        }
        finally
        {
            KernelFactory.RegisterSpecializer(previous);
        }
    }

    /// <summary>Variants with every knob away from its default (prefetches reaching past the last input too), tiles that divide neither d, m nor the rows; each fits the 16 registers of every path.</summary>
    /// <remarks>Of the 21 rows, 8-row tiles leave 5 (a 4-row and a 1-row remainder tile), 5-row tiles leave 1.</remarks>
    private static readonly string[] VariantTexts = ["rows=1,vectors=1,unroll=1,inputs=1,padding=none,prefetch=1", "rows=3,vectors=3,unroll=5,inputs=3,padding=line,prefetch=64", "rows=5,vectors=2,unroll=16,inputs=2", "rows=2,vectors=5,inputs=2,prefetch=3", "rows=8,vectors=1,unroll=3,inputs=6"];

    [Theory]
    [PathData(InstructionSet.Vector512, CasesFrom = nameof(VariantTexts))]
    [PathData(InstructionSet.Vector256, CasesFrom = nameof(VariantTexts))]
    [PathData(InstructionSet.Vector128, CasesFrom = nameof(VariantTexts))]
    [PathData(InstructionSet.Scalar, CasesFrom = nameof(VariantTexts))]
    public void Run_time_variants_match_the_reference_on_every_path(string element, InstructionSet set, int variant)
    {
        var v = KernelVariant.Parse(VariantTexts[variant]);
        if (element == "float") Compare<float>(Cases.Single(x => x.Name == "17x33 glasgow").Spec, set, "17x33 glasgow, " + v + ", on " + set, variant: v);
        else Compare<double>(Cases.Single(x => x.Name == "3x7 huber fixed bias").Spec, set, "3x7 huber (double), " + v + ", on " + set, variant: v);
    }

    /// <summary>The loss in float vectors (a float-only knob), the logistic loss on the "float" rows and the squared loss on the "double" rows, on every path.</summary>
    [Theory]
    [PathData(InstructionSet.Vector512)]
    [PathData(InstructionSet.Vector256)]
    [PathData(InstructionSet.Vector128)]
    [PathData(InstructionSet.Scalar)]
    public void The_float_loss_variant_matches_the_reference_on_every_path(string element, InstructionSet set)
    {
        var v = KernelVariant.Parse("loss=float");
        string name = element == "float" ? "17x33 glasgow" : "100x17 relu squared both bias";
        Compare<float>(Cases.Single(x => x.Name == name).Spec, set, name + ", loss=float, on " + set, variant: v);
    }

    [Fact]
    public void The_float_loss_variant_is_refused_for_a_double_kernel()
    {
        var spec = Cases.Single(x => x.Name == "33x100 abs squared tied (double)").Spec;
        var e = Assert.Throws<KernelNotAvailableException>(() => _specializer.Create<double>(spec, new KernelOptions(Variant: KernelVariant.Parse("loss=float")), out _));
        Assert.Contains("applies to float kernels", e.Message, StringComparison.Ordinal);
    }

    /// <summary>Rows, unroll, inputs and padding change no sum's order: the same bits as the default, step after step.</summary>
    [Fact]
    public void Variants_that_keep_the_vector_tile_give_the_default_kernel_bits()
    {
        var spec = Cases.Single(x => x.Name == "17x33 glasgow").Spec;
        var set = RuntimeSpecializer.Resolve(InstructionSet.Auto);
        var p = Parameters(spec, 5);
        var (x, y) = Batch<float>(spec, Rows, 3);
        double[] Run(KernelVariant variant)
        {
            using var kernel = _specializer.Create<float>(spec, new KernelOptions(InstructionSet: set, Variant: variant), out _);
            kernel.LoadParameters(p);
            var losses = new List<double>();
            for (int step = 0; step < 20; step++) losses.Add(kernel.Step(x, y, Rows, StepControl.Constant(0.05 / spec.GradientMultiplier)));
            return [.. losses, .. Flatten(Stored(kernel, spec))];
        }
        var baseline = Run(KernelVariant.Default);
        Assert.Equal(baseline, Run(KernelVariant.Parse("rows=3,unroll=5,inputs=3,padding=line")));
        Assert.Equal(baseline, Run(KernelVariant.Parse("rows=1,unroll=1,inputs=1,padding=none")));
        Assert.Equal(baseline, Run(KernelVariant.Parse("prefetch=5"))); // hints only, including ones past the end of Wᵀ
        Assert.Equal(baseline, Run(KernelVariant.Parse("rows=6"))); // 21 rows: three 6-row tiles, then the 2-row and the 1-row remainder tiles
        Assert.NotEqual(baseline, Run(KernelVariant.Parse("vectors=1"))); // fewer partial sums over the neurons: other rounding
    }

    [Fact]
    public void A_variant_that_does_not_fit_the_path_is_refused_with_the_register_count()
    {
        var e = Assert.Throws<KernelNotAvailableException>(() => _specializer.Create<float>(new ModelSpec(3, 5), new KernelOptions(InstructionSet: InstructionSet.Scalar, Variant: KernelVariant.Parse("rows=8,vectors=4")), out _));
        Assert.Contains("needs 37 vector registers", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Sizes_beyond_the_run_limits_are_refused_with_a_reason()
    {
        Assert.Contains("65536", RuntimeSpecializer.Unsupported(new ModelSpec(70_000, 3)), StringComparison.Ordinal);
        Assert.Null(RuntimeSpecializer.Unsupported(new ModelSpec(3, 3)));
        Assert.Null(RuntimeSpecializer.Unsupported(new ModelSpec(3, 70_000))); // wider than a definition may be: fine at run time
        var e = Assert.Throws<KernelNotAvailableException>(() => _specializer.Create<float>(new ModelSpec(70_000, 3), new KernelOptions(), out _));
        Assert.Contains("d = 70000", e.Message, StringComparison.Ordinal);
    }

    /// <summary>
    /// Specs whose Wᵀ is larger than 8 MiB (KernelEmitter.PackThresholdBytes): the forward pass
    /// copies each column block into a contiguous block first. Widths above 65536 (no definition may name them) and
    /// an odd width whose last block is partly padding; 5 steps, as the reference is slow at these widths.
    /// </summary>
    [Theory]
    [InlineData(3, 700_001, false, TrainedLayers.SecondOnly)]
    [InlineData(37, 65_537, false, TrainedLayers.Both)]
    [InlineData(5, 450_001, true, TrainedLayers.Both)]
    public void Kernels_that_pack_their_weight_blocks_match_the_reference(int d, int m, bool bias, TrainedLayers train)
    {
        var spec = new ModelSpec(d, m, Loss: Loss.Logistic, LossScale: 2, Train: train, Scale: OutputScale.InverseWidth, GradientScale: GradientScale.PerNeuron, Bias: bias);
        string source = RuntimeSpecializer.SourceFor(spec, typeof(float), RuntimeSpecializer.Resolve(InstructionSet.Auto));
        Assert.Contains("t_packed", source, StringComparison.Ordinal); // the spec is large enough to pack
        Assert.DoesNotContain("t_packed", RuntimeSpecializer.SourceFor(new ModelSpec(d, 1000), typeof(float), InstructionSet.Auto), StringComparison.Ordinal);
        Compare<float>(spec, InstructionSet.Auto, d + "x" + m + " packed", steps: 5);
    }

    [Fact]
    public void Packed_kernels_on_threads_match_the_reference()
    {
        var spec = new ModelSpec(37, 65_537, Loss: Loss.Logistic, LossScale: 2, Scale: OutputScale.InverseWidth, GradientScale: GradientScale.PerNeuron);
        Compare<double>(spec, InstructionSet.Auto, "37x65537 packed on 2 threads (double)", threads: 2, steps: 4);
    }

    /// <summary>A run-time kernel splits its neurons over threads like a compiled-in one (m = 100 doubles: 4 column blocks of 32).</summary>
    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    public void A_run_time_kernel_on_threads_matches_the_reference(int threads)
        => Compare<double>(Cases.Single(x => x.Name == "33x100 abs squared tied (double)").Spec, InstructionSet.Auto, "33x100 tied on " + threads + " threads", threads);

    private void Compare<T>(ModelSpec spec, InstructionSet set, string where, int threads = 1, KernelVariant? variant = null, int steps = 100) where T : unmanaged, IFloatingPointIeee754<T>
    {
        // Tolerances relative to 1 + the largest magnitude compared: a float kernel rounds every product to 24 bits and
        // sums in another order than the double reference, and over 100 steps each step's rounding feeds the next;
        // a double kernel differs only in summation order.
        bool single = typeof(T) == typeof(float);
        double tolOne = single ? 2e-4 : 1e-10, tolHundred = single ? 3e-3 : 1e-8;

        var p = Parameters(spec, 7);
        using var reference = new ReferenceKernel<T>(spec);
        using var kernel = _specializer.Create<T>(spec, new KernelOptions(threads, set, variant), out var origin);
        Assert.Equal(KernelKind.Generated, kernel.Kind);
        Assert.Equal(variant ?? KernelVariant.Default, origin.Variant);
        Assert.Equal(RuntimeSpecializer.Resolve(set), kernel.InstructionSet);
        Assert.NotEqual(KernelSource.CompiledIn, origin.Source);
        Assert.Equal(threads, (int)kernel.GetType().GetProperty("Threads")!.GetValue(kernel)!); // the generated kernel's own count: not fewer
        reference.LoadParameters(p);
        kernel.LoadParameters(p);

        const int batches = 3;
        var (x, y) = Batch<T>(spec, Rows * batches, 11);
        var fr = new T[Rows * batches];
        var fg = new T[Rows * batches];
        reference.Predict(x, Rows * batches, fr);
        kernel.Predict(x, Rows * batches, fg);
        AssertClose(D(fr), D(fg), tolOne, where + ": predictions");
        AssertClose([reference.Evaluate(x, y, default, Rows * batches).Loss], [kernel.Evaluate(x, y, default, Rows * batches).Loss], tolOne, where + ": evaluation loss");
        var gr = new NetworkParameters(spec);
        var gg = new NetworkParameters(spec);
        AssertClose([reference.LossAndGradient(x, y, Rows, gr)], [kernel.LossAndGradient(x, y, Rows, gg)], tolOne, where + ": loss of LossAndGradient");
        AssertClose(Flatten(gr), Flatten(gg), tolOne, where + ": raw gradient");

        double rate = 0.05 / spec.GradientMultiplier;
        var norms = Enumerable.Range(0, spec.Width).Select(j => p.Row(j).ToArray().Sum(v => v * v)).Order().ToArray();
        double cap = spec.Width >= 2 ? (norms[spec.Width / 2 - 1] + norms[spec.Width / 2]) / 2 : double.PositiveInfinity; // between two neurons: rounding cannot flip one
        var first = new StepControl(rate, rate, rate, NormCapSquared: cap);
        AssertClose([reference.Step(x, y, Rows, first)], [kernel.Step(x, y, Rows, first)], tolOne, where + ": loss of step 1");
        AssertClose(Flatten(Stored(reference, spec)), Flatten(Stored(kernel, spec)), tolOne, where + ": parameters after 1 step");

        var adaptive = new StepControl(0, 0, 0, AdaptiveC: 0.02 / spec.GradientMultiplier, AdaptiveP: 1);
        var constant = StepControl.Constant(rate);
        for (int step = 2; step <= steps; step++)
        {
            var control = step == 2 && spec.Loss == Loss.Logistic ? adaptive : constant;
            int b = step % batches;
            double lr = reference.Step(x.AsSpan(b * Rows * spec.Inputs, Rows * spec.Inputs), y.AsSpan(b * Rows, Rows), Rows, control);
            double lg = kernel.Step(x.AsSpan(b * Rows * spec.Inputs, Rows * spec.Inputs), y.AsSpan(b * Rows, Rows), Rows, control);
            if (step == steps) AssertClose([lr], [lg], tolHundred, where + ": loss of step " + steps);
        }
        AssertClose(Flatten(Stored(reference, spec)), Flatten(Stored(kernel, spec)), tolHundred, where + ": parameters after " + steps + " steps");
    }

    private static double[] D<T>(T[] v) where T : unmanaged, IFloatingPointIeee754<T> => v.Select(e => double.CreateTruncating(e)).ToArray();

    private static NetworkParameters Stored<T>(ITrainingKernel<T> kernel, ModelSpec spec) where T : unmanaged, IFloatingPointIeee754<T>
    {
        var p = new NetworkParameters(spec);
        kernel.StoreParameters(p);
        return p;
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
}
