using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace XorGen.Generators.Tests;

/// <summary>The pipeline caches: an unrelated edit reuses the outputs, an attribute change regenerates.</summary>
public sealed class IncrementalityTests
{
    private static IEnumerable<IncrementalStepRunReason> Reasons(GeneratorDriver driver, string step) =>
        driver.GetRunResult().Results.Single().TrackedSteps[step].SelectMany(s => s.Outputs).Select(o => o.Reason);

    [Fact]
    public void An_unrelated_edit_leaves_the_outputs_cached_and_an_attribute_change_regenerates()
    {
        var definition = CSharpSyntaxTree.ParseText(DefinitionSource.With(inputs: 9, width: 5), GeneratorHarness.ParseOptions, path: "Definition.cs");
        var other = CSharpSyntaxTree.ParseText("namespace Experiments; public class Helper { public int Value => 1; }", GeneratorHarness.ParseOptions, path: "Helper.cs");
        var compilation = GeneratorHarness.Compilation().AddSyntaxTrees(definition, other);
        var driver = GeneratorHarness.Driver().RunGenerators(compilation);
        Assert.All(Reasons(driver, TwoLayerKernelGenerator.TrackingNames.Specs), r => Assert.Equal(IncrementalStepRunReason.New, r));

        // unrelated edit: another file changes
        var edited = compilation.ReplaceSyntaxTree(other, CSharpSyntaxTree.ParseText("namespace Experiments; public class Helper { public int Value => 2; }", GeneratorHarness.ParseOptions, path: "Helper.cs"));
        driver = driver.RunGenerators(edited);
        var specs = Reasons(driver, TwoLayerKernelGenerator.TrackingNames.Specs).ToList();
        Assert.NotEmpty(specs);
        Assert.All(specs, r => Assert.True(r is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, "spec step was " + r));
        var outputs = driver.GetRunResult().Results.Single().TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs).Select(o => o.Reason).ToList();
        Assert.All(outputs, r => Assert.True(r is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, "output step was " + r));

        // attribute change: the kernel is regenerated
        var changed = edited.ReplaceSyntaxTree(definition, CSharpSyntaxTree.ParseText(DefinitionSource.With(inputs: 10, width: 5), GeneratorHarness.ParseOptions, path: "Definition.cs"));
        driver = driver.RunGenerators(changed);
        Assert.Contains(Reasons(driver, TwoLayerKernelGenerator.TrackingNames.Specs), r => r is IncrementalStepRunReason.Modified or IncrementalStepRunReason.New);
        Assert.Contains("private const int D = 10;", driver.GetRunResult().Results.Single().GeneratedSources.Single(s => s.HintName == "Experiments.Experiment.g.cs").SourceText.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void The_pipeline_models_hold_no_compiler_objects()
    {
        var forbidden = new[] { typeof(ISymbol), typeof(SyntaxNode), typeof(Compilation), typeof(Location), typeof(SemanticModel) };
        foreach (var model in new[] { typeof(KernelSpec), typeof(DiagnosticInfo), typeof(ParseResult) })
            foreach (var p in model.GetProperties())
                Assert.DoesNotContain(forbidden, f => f.IsAssignableFrom(p.PropertyType));
    }
}
