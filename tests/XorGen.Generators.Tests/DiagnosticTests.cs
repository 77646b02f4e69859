using Microsoft.CodeAnalysis;

namespace XorGen.Generators.Tests;

/// <summary>Each diagnostic id, its message naming the bad value, and no generated code for an invalid definition.</summary>
public sealed class DiagnosticTests
{
    private static Diagnostic Single(string source, string expectedId)
    {
        var (sources, diagnostics, _) = GeneratorHarness.Run(source);
        var ours = diagnostics.Where(d => d.Id.StartsWith("XG", StringComparison.Ordinal)).ToList();
        Assert.True(ours.Count == 1 && ours[0].Id == expectedId, "expected exactly " + expectedId + ", got: " + string.Join("; ", diagnostics));
        Assert.Empty(sources); // invalid input: a diagnostic and no output
        Assert.NotEqual(Location.None, ours[0].Location);
        return ours[0];
    }

    [Fact]
    public void XG0001_class_not_partial() =>
        Assert.Contains("'Plain'", Single(DefinitionSource.Raw("[TwoLayerKernel(Inputs = 2, Width = 3)] public class Plain { }"), "XG0001").GetMessage(), StringComparison.Ordinal);

    [Fact]
    public void XG0002_class_nested() =>
        Assert.Contains("'Outer'", Single(DefinitionSource.Raw("public partial class Outer { [TwoLayerKernel(Inputs = 2, Width = 3)] public partial class Inner { } }"), "XG0002").GetMessage(), StringComparison.Ordinal);

    [Fact]
    public void XG0003_class_generic() =>
        Assert.Contains("<TElement>", Single(DefinitionSource.Raw("[TwoLayerKernel(Inputs = 2, Width = 3)] public partial class G<TElement> { }"), "XG0003").GetMessage(), StringComparison.Ordinal);

    [Theory]
    [InlineData(0, 4, "Inputs = 0")]
    [InlineData(-3, 4, "Inputs = -3")]
    [InlineData(4, 65537, "Width = 65537")]
    public void XG0004_size_out_of_range(int d, int m, string named) =>
        Assert.Contains(named, Single(DefinitionSource.With(inputs: d, width: m), "XG0004").GetMessage(), StringComparison.Ordinal);

    [Fact]
    public void XG0005_batch_out_of_range() =>
        Assert.Contains("Batch = -1", Single(DefinitionSource.With(batch: -1), "XG0005").GetMessage(), StringComparison.Ordinal);

    [Theory]
    [InlineData("TiedToNorm", "Both")]
    [InlineData("FixedBalanced", "SecondOnly")]
    public void XG0006_tied_or_fixed_output_with_the_second_layer_trained(string output, string train) =>
        Assert.Contains("Output = " + output, Single(DefinitionSource.With(output: output, train: train), "XG0006").GetMessage(), StringComparison.Ordinal);

    [Fact]
    public void XG0007_bias_with_only_the_second_layer() =>
        Assert.Contains("SecondOnly", Single(DefinitionSource.With(bias: true, train: "SecondOnly"), "XG0007").GetMessage(), StringComparison.Ordinal);

    [Theory]
    [InlineData(0.0, "got 0")]
    [InlineData(-0.5, "got -0.5")]
    public void XG0008_huberized_relu_without_positive_h(double h, string named) =>
        Assert.Contains(named, Single(DefinitionSource.With(activation: "HuberizedRelu", parameter: h), "XG0008").GetMessage(), StringComparison.Ordinal);

    [Fact]
    public void XG0008_huberized_relu_with_h_missing() => Single(DefinitionSource.With(activation: "HuberizedRelu"), "XG0008");

    [Theory]
    [InlineData(1.0, "got 1")]
    [InlineData(-0.1, "got -0.1")]
    public void XG0009_leaky_slope_outside_zero_one(double slope, string named) =>
        Assert.Contains(named, Single(DefinitionSource.With(activation: "LeakyRelu", parameter: slope), "XG0009").GetMessage(), StringComparison.Ordinal);

    [Theory]
    [InlineData("0", "LossScale = 0")]
    [InlineData("-2", "LossScale = -2")]
    [InlineData("double.NaN", "LossScale = NaN")]
    [InlineData("double.PositiveInfinity", "LossScale = Infinity")]
    public void XG0010_loss_scale_not_positive_finite(string value, string named) =>
        Assert.Contains(named, Single(DefinitionSource.Raw("[TwoLayerKernel(Inputs = 2, Width = 3, LossScale = " + value + ")] public partial class E { }"), "XG0010").GetMessage(), StringComparison.Ordinal);

    [Fact]
    public void XG0011_fixed_output_magnitude_not_finite() =>
        Assert.Contains("NaN", Single(DefinitionSource.Raw("[TwoLayerKernel(Inputs = 2, Width = 3, Train = TrainedLayers.FirstOnly, Output = OutputLayer.FixedBalanced, OutputMagnitude = double.NaN)] public partial class E { }"), "XG0011").GetMessage(), StringComparison.Ordinal);

    [Theory]
    [InlineData("Inputs = \"many\"", true)]
    [InlineData("Inputs = 2.5", false)] // CS0266, but Roslyn still binds a constant the generator can read
    [InlineData("Inputs = undefinedName", true)]
    [InlineData("Bias = 1", true)]
    [InlineData("LossScale = \"two\"", true)]
    [InlineData("Activation = 3", false)] // the compiler reports CS0266 and still binds the value: the generator reads LeakyRelu
    public void XG0012_mistyped_or_malformed_arguments_never_throw(string argument, bool unreadable)
    {
        string others = argument.StartsWith("Inputs", StringComparison.Ordinal) ? "Width = 3, " : "Width = 3, Inputs = 2, ";
        string source = DefinitionSource.Raw("[TwoLayerKernel(" + others + argument + ")] public partial class E { }");
        var (sources, diagnostics, output) = GeneratorHarness.Run(source); // throws if the generator threw
        Assert.Contains(output.GetDiagnostics(), d => d.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error); // the compiler rejects it anyway
        if (unreadable)
        {
            Assert.Empty(sources);
            var xg = Assert.Single(diagnostics, d => d.Id == "XG0012");
            Assert.Contains(argument[..argument.IndexOf(' ', StringComparison.Ordinal)], xg.GetMessage(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void XG0013_undefined_enum_value() =>
        Assert.Contains("Activation = 42", Single(DefinitionSource.Raw("[TwoLayerKernel(Inputs = 2, Width = 3, Activation = (Activation)42)] public partial class E { }"), "XG0013").GetMessage(), StringComparison.Ordinal);

    [Theory]
    [InlineData("[TwoLayerKernel(Width = 3)]", "Inputs")]
    [InlineData("[TwoLayerKernel(Inputs = 3)]", "Width")]
    public void XG0014_missing_required_argument(string attribute, string named) =>
        Assert.Contains(named, Single(DefinitionSource.Raw(attribute + " public partial class E { }"), "XG0014").GetMessage(), StringComparison.Ordinal);

    [Theory]
    [InlineData(0.0, "got 0")]
    [InlineData(-1.0, "got -1")]
    public void XG0015_softplus_without_positive_sharpness(double beta, string named)
    {
        string message = Single(DefinitionSource.With(activation: "Softplus", parameter: beta), "XG0015").GetMessage();
        Assert.Contains("Softplus", message, StringComparison.Ordinal);
        Assert.Contains("β > 0", message, StringComparison.Ordinal);
        Assert.Contains(named, message, StringComparison.Ordinal);
    }

    [Fact]
    public void XG0016_two_definitions_that_build_the_same_kernel()
    {
        var (sources, diagnostics, _) = GeneratorHarness.Run(DefinitionSource.Raw(
            "[TwoLayerKernel(Inputs = 2, Width = 3)] public partial class First { }\n[TwoLayerKernel(Inputs = 2, Width = 3)] public partial class Second { }"));
        var ours = diagnostics.Where(d => d.Id.StartsWith("XG", StringComparison.Ordinal)).ToList();
        Assert.True(ours.Count == 1 && ours[0].Id == "XG0016", "expected one XG0016, got: " + string.Join("; ", diagnostics));
        Assert.Contains("'Experiments.Second'", ours[0].GetMessage(), StringComparison.Ordinal);
        Assert.Contains("'Experiments.First'", ours[0].GetMessage(), StringComparison.Ordinal);
        Assert.Equal(2, sources.Count);
        // a pinned instruction set or a fixed batch makes a different kernel: no diagnostic
        var (_, distinct, _) = GeneratorHarness.Run(DefinitionSource.Raw(
            "[TwoLayerKernel(Inputs = 2, Width = 3)] public partial class First { }\n[TwoLayerKernel(Inputs = 2, Width = 3, InstructionSet = InstructionSet.Scalar)] public partial class Second { }"));
        Assert.DoesNotContain(distinct, d => d.Id.StartsWith("XG", StringComparison.Ordinal));
    }

    [Fact]
    public void A_partial_record_class_definition_gets_its_kernel()
    {
        var (sources, diagnostics, output) = GeneratorHarness.Run(DefinitionSource.Raw("[TwoLayerKernel(Inputs = 2, Width = 3)] public partial record class Rec;"));
        Assert.Empty(diagnostics);
        Assert.Contains("partial record class Rec", sources["Experiments.Rec.g.cs"], StringComparison.Ordinal);
        Assert.Empty(output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
    }

    [Fact]
    public void Every_descriptor_has_a_test_above()
    {
        var tested = typeof(DiagnosticTests).GetMethods().Select(m => m.Name).Where(n => n.StartsWith("XG", StringComparison.Ordinal)).Select(n => n[..6]).ToHashSet();
        Assert.Equal(DiagnosticDescriptors.ById.Keys.Order(StringComparer.Ordinal), tested.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_bare_attribute_or_a_constructor_argument_never_throws()
    {
        foreach (var attribute in new[] { "[TwoLayerKernel]", "[TwoLayerKernel()]", "[TwoLayerKernel(5)]", "[TwoLayerKernel(Inputs = )]" })
        {
            var (sources, diagnostics, _) = GeneratorHarness.Run(DefinitionSource.Raw(attribute + " public partial class E { }"));
            Assert.Empty(sources);
            Assert.Contains(diagnostics, d => d.Id.StartsWith("XG", StringComparison.Ordinal));
        }
    }

    [Theory]
    [InlineData("RowTile = 9", "RowTile = 9 is out of range")]
    [InlineData("VectorTile = -1", "VectorTile = -1 is out of range")]
    [InlineData("Unroll = 65", "Unroll = 65 is out of range")]
    [InlineData("InputTile = 12", "InputTile = 12 is out of range")]
    [InlineData("Prefetch = 65", "Prefetch = 65 is out of range")]
    public void XG0017_variant_knob_out_of_range(string knob, string named) =>
        Assert.Contains(named, Single(DefinitionSource.With(variant: knob), "XG0017").GetMessage(), StringComparison.Ordinal);

    [Fact]
    public void XG0017_float_loss_on_a_double_kernel() =>
        Assert.Contains("applies to float kernels", Single(DefinitionSource.With(element: "Double", variant: "FloatLoss = true"), "XG0017").GetMessage(), StringComparison.Ordinal);

    [Theory]
    [InlineData("Vector512", "RowTile = 8, VectorTile = 4", "needs 37 vector registers")] // 32 accumulators + 4 weights + 1 input > 32 zmm
    [InlineData("Vector256", "InputTile = 8, VectorTile = 2, RowTile = 2", "weight-gradient tile of 8 inputs")]
    public void XG0018_tile_that_does_not_fit_the_registers(string instructionSet, string knobs, string named) =>
        Assert.Contains(named, Single(DefinitionSource.With(instructionSet: instructionSet, variant: knobs), "XG0018").GetMessage(), StringComparison.Ordinal);

    [Fact]
    public void XG0018_on_the_ladder_names_each_narrower_rung_the_tile_does_not_fit()
    {
        // 4 rows × 4 vectors fit the 32 zmm of Vector512, not the 16 registers of the Vector256, Vector128 and scalar rungs
        var (sources, diagnostics, _) = GeneratorHarness.Run(DefinitionSource.With(variant: "VectorTile = 4"));
        var ours = diagnostics.Where(d => d.Id.StartsWith("XG", StringComparison.Ordinal)).ToList();
        Assert.Empty(sources);
        Assert.All(ours, d => Assert.Equal("XG0018", d.Id));
        Assert.Equal(["Scalar", "Vector128", "Vector256"], ours.Select(d => d.GetMessage()).SelectMany(m => new[] { "Vector256", "Vector128", "Scalar" }.Where(p => m.Contains(p + " has 16", StringComparison.Ordinal))).Distinct().Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_frozen_first_layer_has_no_gradient_tile_to_fit() =>
        Assert.Empty(GeneratorHarness.Run(DefinitionSource.With(train: "SecondOnly", instructionSet: "Vector256", variant: "InputTile = 8, VectorTile = 2, RowTile = 2")).Diagnostics.Where(d => d.Id.StartsWith("XG", StringComparison.Ordinal)));
}
