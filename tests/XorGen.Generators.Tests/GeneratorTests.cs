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
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Generated_source_matches_the_approved_snapshot(string caseName, string source)
    {
        var (sources, diagnostics, _) = GeneratorHarness.Run(source);
        Assert.Empty(diagnostics); // no silent diagnostics
        Snapshot.Match(sources["Experiments.Experiment.g.cs"], nameof(GeneratorTests), caseName);
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

    [Fact]
    public void The_emitter_is_a_pure_function_of_the_spec()
    {
        var spec = new KernelSpec("N", "C", 7, 3);
        Assert.Equal(KernelEmitter.Emit(spec), KernelEmitter.Emit(spec with { }));
        Assert.NotEqual(KernelEmitter.Emit(spec), KernelEmitter.Emit(spec with { Inputs = 8 }));
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
