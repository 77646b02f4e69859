using Xunit;
using System.Numerics;
using System.Runtime.Intrinsics;
using XorGen.Kernels.Tests;
using static XorGen.Tests.Kernels.KernelTestData;

namespace XorGen.Tests.Kernels;

/// <summary>The generic SIMD kernel against the reference oracle on every instruction-set path (a path this machine lacks is reported skipped).</summary>
public class GenericKernelTests
{
    private static readonly int[] Sizes = [1, 7, 33, 100];
    private const int Rows = 9; // not a multiple of 4: the padded-row path always runs

    /// <summary>
    /// Every valid combination (activation × loss × trained layers × output × bias), sizes rotating so that every pair
    /// (d, m) ∈ {1, 7, 33, 100}² appears: LossAndGradient, Evaluate, Predict and one Step with per-layer rates,
    /// a per-neuron multiplier, a truncation cap and (every third case) the adaptive rate.
    /// </summary>
    [Theory]
    [PathData(InstructionSet.Vector512)]
    [PathData(InstructionSet.Vector256)]
    [PathData(InstructionSet.Vector128)]
    [PathData(InstructionSet.Scalar)]
    public void One_step_loss_gradient_evaluate_and_predict_match_the_reference(string type, InstructionSet set)
    {
        if (type == "float") OneStepAllCombinations<float>(set);
        else OneStepAllCombinations<double>(set);
    }

    private static void OneStepAllCombinations<T>(InstructionSet set) where T : unmanaged, IFloatingPointIeee754<T>
    {
        bool isFloat = typeof(T) == typeof(float);
        // double: only the order of sums differs from the reference: ~1e-15 relative, so 1e-10 of the magnitude is ample.
        // float: the parameters are float-representable for both kernels, so the difference is float accumulation over
        // at most d = 100 products (≈ √100·6e-8 typical, 100·6e-8 worst case, relative to the sum of |terms|, which can
        // exceed the magnitude of the result a few times): 2e-5 of the magnitude.
        double relative = isFloat ? 2e-5 : 1e-10;
        var combos = ValidCombinations(1, 1);
        // the valid combinations reach every activation and every loss (derived from the enums, no count kept by hand)
        Assert.Equal(Enum.GetValues<Activation>(), combos.Select(s => s.Activation).Distinct().Order());
        Assert.Equal(Enum.GetValues<Loss>(), combos.Select(s => s.Loss).Distinct().Order());
        for (int c = 0; c < combos.Count; c++)
        {
            int d = Sizes[c % 4], m = Sizes[c / 4 % 4];
            var spec = combos[c] with
            {
                Inputs = d, Width = m,
                Scale = (OutputScale)(c % 3),
                GradientScale = c % 2 == 0 ? GradientScale.PerNeuron : GradientScale.Raw,
            };
            bool truncate = c % 4 == 1;
            var p = Parameters(spec, (ulong)c, oddRowScale: truncate ? 3 : 1);
            if (isFloat) RoundToFloat(p);
            var (x, y) = Batch<T>(spec, Rows, (ulong)c);
            var yClean = y.Select((v, i) => i % 3 == 0 ? -v : v).ToArray();
            using var reference = new ReferenceKernel<T>(spec);
            using var generic = new GenericKernel<T>(spec, new KernelOptions(1, set));
            Assert.Equal(set, generic.InstructionSet);
            reference.LoadParameters(p);
            generic.LoadParameters(p);
            string what = $"{typeof(T).Name} {set} {spec.Describe()}";

            var gRef = new NetworkParameters(spec);
            var gGen = new NetworkParameters(spec);
            double lRef = reference.LossAndGradient(x, y, Rows, gRef);
            double lGen = generic.LossAndGradient(x, y, Rows, gGen);
            Assert.True(Math.Abs(lRef - lGen) <= relative * Math.Max(1, Math.Abs(lRef)), $"{what}: loss {lGen} vs {lRef}");
            var fr = Flatten(gRef);
            Assert.True(MaxDifference(fr, Flatten(gGen)) <= relative * Magnitude(fr), $"{what}: gradient differs by {MaxDifference(fr, Flatten(gGen))}");

            var eRef = reference.Evaluate(x, y, yClean, Rows);
            var eGen = generic.Evaluate(x, y, yClean, Rows);
            Assert.True(Math.Abs(eRef.Loss - eGen.Loss) <= relative * Math.Max(1, Math.Abs(eRef.Loss)), $"{what}: evaluate loss {eGen.Loss} vs {eRef.Loss}");
            Assert.Equal(eRef.Count, eGen.Count);
            var outRef = new T[Rows];
            var outGen = new T[Rows];
            reference.Predict(x, Rows, outRef);
            generic.Predict(x, Rows, outGen);
            double[] oRef = outRef.Select(double.CreateTruncating).ToArray(), oGen = outGen.Select(double.CreateTruncating).ToArray();
            Assert.True(MaxDifference(oRef, oGen) <= relative * Magnitude(oRef), $"{what}: outputs differ by {MaxDifference(oRef, oGen)}");
            // Errors are counts of sign disagreements: equal unless an output sits within rounding of zero.
            if (oRef.All(f => Math.Abs(f) > 1e-3))
            {
                Assert.Equal(eRef.Error, eGen.Error);
                Assert.Equal(eRef.ErrorClean, eGen.ErrorClean);
            }

            var control = new StepControl(0.05, 0.03, 0.02, NormCapSquared: truncate ? 4 : double.PositiveInfinity,
                AdaptiveC: c % 3 == 2 ? 0.05 : 0, AdaptiveP: 2);
            double sRef = reference.Step(x, y, Rows, control);
            double sGen = generic.Step(x, y, Rows, control);
            Assert.True(Math.Abs(sRef - sGen) <= relative * Math.Max(1, Math.Abs(sRef)), $"{what}: step loss {sGen} vs {sRef}");
            var pRef = new NetworkParameters(spec);
            var pGen = new NetworkParameters(spec);
            reference.StoreParameters(pRef);
            generic.StoreParameters(pGen);
            var a = Flatten(pRef);
            Assert.True(MaxDifference(a, Flatten(pGen)) <= relative * Magnitude(a), $"{what}: parameters after one step differ by {MaxDifference(a, Flatten(pGen))}");
        }
    }

    /// <summary>The 100-step cases: every d and every m of {1, 7, 33, 100} appears (and m = 256, d = 32 / m = 64 for the alias-breaking row strides), and every activation, loss, layer choice, output kind, bias, scale and control.</summary>
    private static readonly (ModelSpec Spec, StepControl Control, double OddRowScale)[] LongRunCases =
    [
        (new ModelSpec(33, 100, Activation.Relu, 0, Loss.Logistic, 2, TrainedLayers.Both, OutputLayer.Free, 1, OutputScale.InverseWidth, false, GradientScale.PerNeuron),
            new StepControl(0.05, 0.05, 0.05), 1),
        (new ModelSpec(100, 7, Activation.Relu, 0, Loss.Logistic, 1, TrainedLayers.FirstOnly, OutputLayer.FixedBalanced, 0.3, OutputScale.One),
            new StepControl(0.02, 0, 0), 1),
        (new ModelSpec(1, 33, Activation.HuberizedRelu, 0.05, Loss.Logistic, 1, TrainedLayers.FirstOnly, OutputLayer.FixedBalanced, 1, OutputScale.InverseSqrtWidth, true),
            new StepControl(0, 0, 0, AdaptiveC: 0.05, AdaptiveP: 2), 1),
        (new ModelSpec(7, 1, Activation.Abs, 0, Loss.Squared, 1, TrainedLayers.FirstOnly, OutputLayer.TiedToNorm, 1, OutputScale.InverseWidth, false, GradientScale.PerNeuron),
            new StepControl(0.02, 0, 0, NormCapSquared: 4), 3),
        (new ModelSpec(7, 7, Activation.LeakyRelu, 0.1, Loss.Squared, 1, TrainedLayers.SecondOnly, OutputLayer.Free, 1, OutputScale.InverseSqrtWidth),
            new StepControl(0, 0.05, 0), 1),
        (new ModelSpec(100, 33, Activation.LeakyRelu, 0.1, Loss.Logistic, 1, TrainedLayers.Both, OutputLayer.Free, 1, OutputScale.InverseWidth, true, GradientScale.PerNeuron),
            new StepControl(0.03, 0.02, 0.01, NormCapSquared: 4), 3),
        (new ModelSpec(33, 100, Activation.Abs, 0, Loss.Squared, 1, TrainedLayers.FirstOnly, OutputLayer.TiedToNorm, 1, OutputScale.InverseWidth, false, GradientScale.PerNeuron),
            new StepControl(0.01, 0, 0, NormCapSquared: 4), 3),
        // m = 256: a padded row of Wt/Z is a whole even number of cache lines in float and double on every path, so its
        // row stride gets one more line (against L1 set aliasing); this case runs that layout.
        (new ModelSpec(17, 256, Activation.Relu, 0, Loss.Logistic, 2, TrainedLayers.Both, OutputLayer.Free, 1, OutputScale.InverseWidth, true, GradientScale.PerNeuron),
            new StepControl(0.05, 0.05, 0.05), 1),
        // d = 32 and m = 64: rows of X (32 values) and of Wt/Z (64) are whole even numbers of lines in float and double,
        // so both row strides get the extra line; tied output and a norm cap read Wt through the padded stride too.
        (new ModelSpec(32, 64, Activation.Abs, 0, Loss.Squared, 1, TrainedLayers.FirstOnly, OutputLayer.TiedToNorm, 1, OutputScale.InverseWidth, false, GradientScale.PerNeuron),
            new StepControl(0.01, 0, 0, NormCapSquared: 4), 3),
        (new ModelSpec(32, 64, Activation.Relu, 0, Loss.Logistic, 2, TrainedLayers.Both, OutputLayer.Free, 1, OutputScale.InverseWidth, true, GradientScale.PerNeuron),
            new StepControl(0.05, 0.05, 0.05), 1),
    ];

    /// <summary>After 100 steps on four cycling batches the generic parameters still agree with the reference.</summary>
    [Theory]
    [PathData(InstructionSet.Vector512, CasesFrom = nameof(LongRunCases))]
    [PathData(InstructionSet.Vector256, CasesFrom = nameof(LongRunCases))]
    [PathData(InstructionSet.Vector128, CasesFrom = nameof(LongRunCases))]
    [PathData(InstructionSet.Scalar, CasesFrom = nameof(LongRunCases))]
    public void Hundred_steps_match_the_reference(string type, InstructionSet set, int index)
    {
        if (type == "float") HundredSteps<float>(set, index);
        else HundredSteps<double>(set, index);
    }

    private static void HundredSteps<T>(InstructionSet set, int index) where T : unmanaged, IFloatingPointIeee754<T>
    {
        var (spec, control, oddRowScale) = LongRunCases[index];
        bool isFloat = typeof(T) == typeof(float);
        var p = Parameters(spec, 77, oddRowScale);
        if (isFloat) RoundToFloat(p);
        var batches = Enumerable.Range(0, 4).Select(b => Batch<T>(spec, Rows, 100 + (ulong)b)).ToArray();
        using var reference = new ReferenceKernel<T>(spec);
        using var generic = new GenericKernel<T>(spec, new KernelOptions(1, set));
        reference.LoadParameters(p);
        generic.LoadParameters(p);
        double maxLossGap = 0, lossMagnitude = 1;
        for (int step = 0; step < 100; step++)
        {
            var (x, y) = batches[step % 4];
            double lRef = reference.Step(x, y, Rows, control);
            double lGen = generic.Step(x, y, Rows, control);
            maxLossGap = Math.Max(maxLossGap, Math.Abs(lRef - lGen));
            lossMagnitude = Math.Max(lossMagnitude, Math.Abs(lRef));
        }
        var pRef = new NetworkParameters(spec);
        var pGen = new NetworkParameters(spec);
        reference.StoreParameters(pRef);
        generic.StoreParameters(pGen);
        var a = Flatten(pRef);
        var b = Flatten(pGen);
        Assert.True(MaxDifference(Flatten(p), a) > 1e-3, "the run did not move the parameters");
        // double: per-step differences ~1e-16 relative grow at most linearly at these small rates (measured ≈ 3e-16
        // after 100 steps): 1e-10 of the magnitude.
        // float: ~1e-7..1e-6 relative per step (float sums of ≤ 100 terms, ε = 6e-8), mostly cancelling over 100 steps
        // (measured ≈ 1e-7..8e-7). But over 9 rows × m neurons × 100 steps some z_ij lands within float rounding
        // (~1e-6) of a kink, and σ'(z) then differs between float and double for that sample: one such flip moves a
        // row of W by rate·mult·|g s a x| ≈ 0.05·100·(2·0.5/9)·(1/100)·|x| ≈ 1e-3 (case 0 shows exactly this, 9.9e-4, on
        // every path). So the float bound is 2e-3 of the magnitude: one flip, not a systematic error.
        double relative = isFloat ? 2e-3 : 1e-10;
        string what = $"{typeof(T).Name} {set} {spec.Describe()}";
        Assert.True(maxLossGap <= relative * lossMagnitude, $"{what}: losses differ by {maxLossGap}");
        Assert.True(MaxDifference(a, b) <= relative * Magnitude(a), $"{what}: parameters after 100 steps differ by {MaxDifference(a, b)}");
    }

    [Theory]
    [InlineData("float")]
    [InlineData("double")]
    public void Two_threads_agree_with_one_and_repeat_bit_for_bit(string type)
    {
        // Tolerances as for the 100-step comparison with the reference (20 steps here).
        if (type == "float") Threads<float>(1e-4);
        else Threads<double>(1e-10);
    }

    private static void Threads<T>(double relative) where T : unmanaged, IFloatingPointIeee754<T>
    {
        var spec = new ModelSpec(33, 100, Activation.Relu, 0, Loss.Logistic, 2, TrainedLayers.Both, Scale: OutputScale.InverseWidth, Bias: true, GradientScale: GradientScale.PerNeuron);
        var p = Parameters(spec, 5);
        double[] Run(int threads)
        {
            using var kernel = new GenericKernel<T>(spec, new KernelOptions(threads));
            kernel.LoadParameters(p);
            for (int step = 0; step < 20; step++)
            {
                var (x, y) = Batch<T>(spec, 13, (ulong)step);
                kernel.Step(x, y, 13, StepControl.Constant(0.1));
            }
            var q = new NetworkParameters(spec);
            kernel.StoreParameters(q);
            var (xe, ye) = Batch<T>(spec, 300, 999); // more rows than one evaluation chunk
            var e = kernel.Evaluate(xe, ye, default, 300);
            return [.. Flatten(q), e.Loss, e.Error];
        }
        var one = Run(1);
        var two = Run(2);
        var twoAgain = Run(2);
        Assert.Equal(two, twoAgain); // same thread count: same bits
        // Thread split changes only the order of the per-row sum over neurons.
        Assert.True(MaxDifference(one, two) <= relative * Magnitude(one), $"threads=2 differs from threads=1 by {MaxDifference(one, two)}");
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void No_call_allocates_after_the_first_at_a_batch_size(int threads)
    {
        var spec = new ModelSpec(17, 40, Activation.Abs, Loss: Loss.Squared, Train: TrainedLayers.FirstOnly, Output: OutputLayer.TiedToNorm, Scale: OutputScale.InverseWidth);
        using var kernel = new GenericKernel<float>(spec, new KernelOptions(threads));
        kernel.LoadParameters(Parameters(spec, 1));
        var (x, y) = Batch<float>(spec, 21, 2);
        var control = new StepControl(0.01, 0, 0, NormCapSquared: 2, AdaptiveC: 0.01);
        var grad = new NetworkParameters(spec);
        var output = new float[21];
        kernel.Step(x, y, 21, control);
        kernel.LossAndGradient(x, y, 21, grad);
        kernel.Evaluate(x, y, default, 21);
        kernel.Predict(x, 21, output);
        BlockThisThreadOnce();
        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 0; i < 10; i++)
        {
            kernel.Step(x, y, 21, control);
            kernel.Step(x, y, 17, control); // a smaller batch reuses the workspace
        }
        kernel.LossAndGradient(x, y, 21, grad);
        kernel.Evaluate(x, y, default, 21);
        kernel.Predict(x, 21, output);
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.Equal(0, allocated);
    }

    /// <summary>
    /// The first time a thread really blocks, the runtime allocates its per-thread wait state (64 bytes, once per
    /// thread, whatever primitive is waited on). With two threads the caller may block at any step under load, so the
    /// test pays that one-time cost before measuring; what remains measured is what the kernel itself allocates.
    /// </summary>
    private static void BlockThisThreadOnce()
    {
        using var gate = new SemaphoreSlim(0);
        var releaser = new Thread(() => { Thread.Sleep(20); gate.Release(); });
        releaser.Start();
        gate.Wait();
        releaser.Join();
    }

    [Fact]
    public void Results_do_not_depend_on_where_the_batch_starts_in_memory()
    {
        var spec = new ModelSpec(7, 33, Activation.HuberizedRelu, 0.3, Bias: true);
        var (x, y) = Batch<float>(spec, 11, 4);
        double[]? first = null;
        for (int offset = 0; offset < 4; offset++)
        {
            var shifted = new float[x.Length + offset];
            x.CopyTo(shifted, offset);
            using var kernel = new GenericKernel<float>(spec);
            kernel.LoadParameters(Parameters(spec, 9));
            double loss = kernel.Step(shifted.AsSpan(offset), y, 11, StepControl.Constant(0.1));
            var q = new NetworkParameters(spec);
            kernel.StoreParameters(q);
            double[] result = [loss, .. Flatten(q)];
            if (first is null) first = result;
            else Assert.Equal(first, result);
        }
    }

    [Fact]
    public void Factory_returns_the_generic_kernel_on_the_widest_accelerated_path()
    {
        var spec = new ModelSpec(4, 4);
        using var kernel = KernelFactory.Create<double>(KernelKind.Generic, spec);
        Assert.IsType<GenericKernel<double>>(kernel);
        Assert.Equal(KernelKind.Generic, kernel.Kind);
        var widest = Vector512.IsHardwareAccelerated ? InstructionSet.Vector512 : Vector256.IsHardwareAccelerated ? InstructionSet.Vector256 : Vector128.IsHardwareAccelerated ? InstructionSet.Vector128 : InstructionSet.Scalar;
        Assert.Equal(widest, kernel.InstructionSet);
    }

    [Fact]
    public void A_pinned_path_the_machine_lacks_is_refused_and_scalar_is_always_available()
    {
        var spec = new ModelSpec(4, 4);
        using (var scalar = new GenericKernel<float>(spec, new KernelOptions(1, InstructionSet.Scalar)))
            Assert.Equal(InstructionSet.Scalar, scalar.InstructionSet);
        foreach (var (set, accelerated) in new[]
        {
            (InstructionSet.Vector512, Vector512.IsHardwareAccelerated),
            (InstructionSet.Vector256, Vector256.IsHardwareAccelerated),
            (InstructionSet.Vector128, Vector128.IsHardwareAccelerated),
        })
        {
            if (accelerated)
            {
                using var k = new GenericKernel<float>(spec, new KernelOptions(1, set));
                Assert.Equal(set, k.InstructionSet);
            }
            else
            {
                var e = Assert.Throws<NotSupportedException>(() => new GenericKernel<float>(spec, new KernelOptions(1, set)));
                Assert.Contains(set.ToString(), e.Message);
            }
        }
    }

    [Fact]
    public void Bad_options_and_shapes_are_refused_with_the_bad_value_named()
    {
        var spec = new ModelSpec(4, 4);
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => new GenericKernel<float>(spec, new KernelOptions(0)));
        Assert.Contains("0", e.Message);
        using var kernel = new GenericKernel<float>(spec);
        var wrong = new NetworkParameters(5, 4, false);
        Assert.Contains("d=5", Assert.Throws<ArgumentException>(() => kernel.LoadParameters(wrong)).Message);
        Assert.Contains("expected 3×4", Assert.Throws<ArgumentException>(() => kernel.Step(new float[8], new float[3], 3, StepControl.Constant(0.1))).Message);
    }

    private static void RoundToFloat(NetworkParameters p)
    {
        foreach (var array in new[] { p.W, p.A, p.B })
            for (int i = 0; i < array.Length; i++) array[i] = (float)array[i];
    }
}
