using System.Globalization;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace XorGen.Generators.Tests;

/// <summary>The generated text: snapshots, no diagnostics, no warnings at the highest level, culture independence.</summary>
public sealed class GeneratorTests
{
    public static TheoryData<string, string> Cases => new()
    {
        { "GlasgowRelu", DefinitionSource.With(inputs: 32, width: 128, lossScale: 2, scale: "InverseWidth", gradientScale: "PerNeuron") },
        { "HuberBiasFixed", DefinitionSource.With(inputs: 2, width: 200, activation: "HuberizedRelu", parameter: 0.01, train: "FirstOnly", output: "FixedBalanced", bias: true) },
        { "AbsSquaredTied", DefinitionSource.With(inputs: 30, width: 100, activation: "Abs", loss: "Squared", train: "FirstOnly", output: "TiedToNorm", scale: "InverseWidth", gradientScale: "PerNeuron") },
        { "LeakySecondOnly", DefinitionSource.With(inputs: 16, width: 64, activation: "LeakyRelu", parameter: 0.1, train: "SecondOnly", scale: "InverseSqrtWidth") },
        { "DoubleOddInputs", DefinitionSource.With(inputs: 33, width: 17, element: "Double", bias: true) },
        { "PinnedVector256", DefinitionSource.With(inputs: 33, width: 40, instructionSet: "Vector256", batch: 64) },
        { "PinnedScalar", DefinitionSource.With(inputs: 5, width: 7, loss: "Squared", instructionSet: "Scalar") },
        { "Variant512", DefinitionSource.With(inputs: 37, width: 100, instructionSet: "Vector512", variant: "RowTile = 3, VectorTile = 7, Unroll = 8, InputTile = 2, Padding = RowPadding.CacheLine, Prefetch = 8") },
        { "FloatLoss", DefinitionSource.With(inputs: 32, width: 128, lossScale: 2, scale: "InverseWidth", gradientScale: "PerNeuron", variant: "FloatLoss = true") },
    };

    /// <summary>The one whole-file snapshot: the pinned scalar path with m = 7 (registration, dispatch, padding, every member).</summary>
    private const string WholeFileCase = "PinnedScalar";

    private static readonly string[] Phases = ["Forward", "Outputs", "BackwardRows", "BackwardColumns", "GradientPass"];

    /// <summary>
    /// The member snapshots, each one generated method: every phase on every path of the Glasgow ladder, and for the other
    /// specs the members where their maths differs (Huberized ReLU with a bias, the tied output with squared loss, the
    /// frozen first layer, double with odd d, the pinned scalar path), and the threaded dispatch of the ladder. An emitter
    /// change shows as the methods it changed.
    /// </summary>
    public static TheoryData<string, string> Members()
    {
        var data = new TheoryData<string, string>();
        foreach (var path in new[] { "512", "256", "128", "Scalar" })
            foreach (var phase in Phases)
                data.Add("GlasgowRelu", phase + path);
        foreach (var m in new[] { "Step", "ForwardAndOutputs", "RunPhase" }) data.Add("GlasgowRelu", m);
        foreach (var m in new[] { "Outputs256", "BackwardRows256", "BackwardColumns256", "GradientPass256" }) data.Add("HuberBiasFixed", m);
        foreach (var m in new[] { "StoreParameters", "Outputs256", "GradientPass256" }) data.Add("AbsSquaredTied", m);
        data.Add("LeakySecondOnly", "Step");
        data.Add("DoubleOddInputs", "Outputs256");
        data.Add("PinnedVector256", "Step");
        // a variant: 3-row tiles, 7-vector column blocks (m = 100 pads to 112, not 128), d unrolled by 8 with a tail of 5, 2-input gradient tiles
        foreach (var m in new[] { "Forward512", "GradientPass512" }) data.Add("Variant512", m);
        // the loss in float vectors: 16 rows per register on Vector512, no widening
        foreach (var m in new[] { "BackwardRows512", "BackwardRows128" }) data.Add("FloatLoss", m);
        return data;
    }

    // one generator run per case, shared by that case's member snapshots
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, Lazy<string>> GeneratedFiles = new(StringComparer.Ordinal);

    private static string Generated(string caseName) => GeneratedFiles.GetOrAdd(caseName, name => new Lazy<string>(() =>
    {
        var (sources, diagnostics, _) = GeneratorHarness.Run(Cases.Single(c => (string)c[0] == name)[1].ToString()!);
        Assert.Empty(diagnostics); // no silent diagnostics
        return sources["Experiments.Experiment.g.cs"];
    })).Value;

    [Fact]
    public void Generated_source_matches_the_approved_whole_file_snapshot() =>
        Snapshot.Match(Generated(WholeFileCase), nameof(GeneratorTests), WholeFileCase);

    [Theory]
    [MemberData(nameof(Members))]
    public void Generated_member_matches_its_approved_snapshot(string caseName, string member) =>
        Snapshot.Match(GeneratedMembers.Single(Generated(caseName), member), nameof(GeneratorTests), caseName + "." + member);

    [Fact]
    public void Every_approved_snapshot_belongs_to_a_case()
    {
        var expected = Members().Select(r => nameof(GeneratorTests) + "." + r[0] + "." + r[1]).Append(nameof(GeneratorTests) + "." + WholeFileCase).ToHashSet();
        var orphans = Snapshot.Approved().Where(n => n.StartsWith(nameof(GeneratorTests) + ".", StringComparison.Ordinal) && !expected.Contains(n)).ToList();
        Assert.True(orphans.Count == 0, "approved snapshots no test checks (delete them): " + string.Join(", ", orphans));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Generated_code_compiles_without_any_warning_at_level_9999(string caseName, string source)
    {
        var (_, generatorDiagnostics, output) = GeneratorHarness.Run(source);
        Assert.Empty(generatorDiagnostics);
        var problems = output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning && d.Id != "CS8019").ToList();
        Assert.True(problems.Count == 0, caseName + ": " + string.Join("\n", problems));
    }

    [Fact]
    public void Emitting_under_a_comma_decimal_culture_gives_the_same_text()
    {
        var spec = new KernelSpec("Experiments", "Huber", 33, 100, G.Activation.HuberizedRelu, 0.015, G.Loss.Logistic, 2.5, G.TrainedLayers.FirstOnly,
            G.OutputLayer.FixedBalanced, 0.05, G.OutputScale.InverseSqrtWidth, true, G.GradientScale.PerNeuron, G.Precision.Float);
        var saved = CultureInfo.CurrentCulture;
        string invariant, german;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
            invariant = KernelEmitter.Emit(spec);
            CultureInfo.CurrentCulture = new CultureInfo("de-DE");
            Assert.Equal("0,5", 0.5.ToString(CultureInfo.CurrentCulture)); // the culture really uses a comma
            german = KernelEmitter.Emit(spec);
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
        }
        Assert.Equal(invariant, german);
        Assert.Contains("ActivationConstants.For<HuberizedRelu, float, Vector512Ops<float>, Vector512<float>>(0.015d)", german, StringComparison.Ordinal);
        Assert.Contains("private const float S = 0.1f;", german, StringComparison.Ordinal); // s = 1/√100 as a float literal
        Assert.Contains("ActivationParameter: 0.015d", german, StringComparison.Ordinal);
    }

    /// <summary>
    /// The emitter depends on the spec alone: a spec built by hand gives exactly the approved whole-file text, which the
    /// generator produced from the attribute in another process, and keeps giving it after other specs were emitted and
    /// when many threads emit at once (no state carried between calls).
    /// </summary>
    [Fact]
    public void The_emitter_is_a_pure_function_of_the_spec()
    {
        string approved = Snapshot.ApprovedText(nameof(GeneratorTests), WholeFileCase);
        var spec = new KernelSpec("Experiments", "Experiment", 5, 7, Loss: G.Loss.Squared, InstructionSet: G.InstructionSet.Scalar);
        Assert.Equal(approved, KernelEmitter.Emit(spec));
        var others = new[]
        {
            spec with { Inputs = 8 }, spec with { Element = G.Precision.Double }, spec with { InstructionSet = G.InstructionSet.Auto, Batch = 64 },
            new KernelSpec("N", "C", 2, 200, G.Activation.HuberizedRelu, 0.01, Bias: true),
        };
        var results = new string[64];
        Parallel.For(0, results.Length, i =>
        {
            string other = KernelEmitter.Emit(others[i % others.Length]);
            Assert.NotEqual(approved, other);
            results[i] = KernelEmitter.Emit(spec);
        });
        Assert.All(results, r => Assert.Equal(approved, r));
    }

    [Fact]
    public void Frozen_layers_and_absent_bias_emit_no_code()
    {
        var (secondOnly, _, _) = GeneratorHarness.Run(DefinitionSource.With(train: "SecondOnly"));
        Assert.DoesNotContain("private void GradientPass", secondOnly["Experiments.Experiment.g.cs"], StringComparison.Ordinal);
        var (noBias, _, _) = GeneratorHarness.Run(DefinitionSource.With(bias: false));
        Assert.DoesNotContain("_b[", noBias["Experiments.Experiment.g.cs"], StringComparison.Ordinal);
        var (firstOnly, _, _) = GeneratorHarness.Run(DefinitionSource.With(train: "FirstOnly"));
        Assert.DoesNotContain("_rateA", firstOnly["Experiments.Experiment.g.cs"], StringComparison.Ordinal);
    }

    [Fact]
    public void Hint_names_are_deterministic()
    {
        var (sources, _, _) = GeneratorHarness.Run(DefinitionSource.With(), DefinitionSource.Raw("[TwoLayerKernel(Inputs = 3, Width = 2)] public partial class Second { }"));
        Assert.Equal(["Experiments.Experiment.g.cs", "Experiments.Second.g.cs"], sources.Keys.Order(StringComparer.Ordinal));
    }
}
