using System.Collections.Immutable;
using System.Globalization;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace XorGen.Generators.Tests;

/// <summary>Runs the generator over source text in an in-memory compilation, the way the compiler does.</summary>
internal static class GeneratorHarness
{
    private static readonly Lazy<ImmutableArray<MetadataReference>> References = new(() =>
    {
        var paths = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Where(p => Path.GetFileName(p).StartsWith("System", StringComparison.Ordinal) || Path.GetFileName(p) is "netstandard.dll" or "mscorlib.dll")
            .ToList();
        paths.Add(typeof(ModelSpec).Assembly.Location);
        return paths.Distinct().Select(p => (MetadataReference)MetadataReference.CreateFromFile(p)).ToImmutableArray();
    });

    public static CSharpParseOptions ParseOptions { get; } = new(LanguageVersion.Latest);

    public static CSharpCompilation Compilation(params string[] sources) => CSharpCompilation.Create(
        "Definitions",
        sources.Select((s, i) => CSharpSyntaxTree.ParseText(s, ParseOptions, path: "Definition" + i.ToString(CultureInfo.InvariantCulture) + ".cs")),
        References.Value,
        new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable, warningLevel: 9999));

    public static GeneratorDriver Driver() => CSharpGeneratorDriver.Create(
        [new TwoLayerKernelGenerator().AsSourceGenerator()],
        parseOptions: ParseOptions,
        driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));

    /// <summary>Runs the generator; returns the generated sources (hint name → text), the generator diagnostics and the output compilation.</summary>
    public static (IReadOnlyDictionary<string, string> Sources, ImmutableArray<Diagnostic> Diagnostics, Compilation Output) Run(params string[] sources)
    {
        var compilation = Compilation(sources);
        var driver = Driver().RunGeneratorsAndUpdateCompilation(compilation, out var output, out var diagnostics);
        var result = driver.GetRunResult().Results.Single();
        if (result.Exception is not null) throw new InvalidOperationException("the generator threw", result.Exception);
        var generated = result.GeneratedSources.ToDictionary(s => s.HintName, s => s.SourceText.ToString(), StringComparer.Ordinal);
        return (generated, diagnostics, output);
    }
}

/// <summary>Readable test definitions: <c>DefinitionSource.With(inputs: 33, activation: "HuberizedRelu", parameter: 0.01)</c>.</summary>
internal static class DefinitionSource
{
    public static string With(
        int inputs = 8, int width = 16, string activation = "Relu", double? parameter = null, string loss = "Logistic", double? lossScale = null,
        string train = "Both", string output = "Free", double? magnitude = null, string scale = "One", bool bias = false,
        string gradientScale = "Raw", string element = "Float", string instructionSet = "Auto", int? batch = null, string className = "Experiment", string? variant = null)
    {
        var args = new List<string>
        {
            "Inputs = " + inputs.ToString(CultureInfo.InvariantCulture),
            "Width = " + width.ToString(CultureInfo.InvariantCulture),
            "Activation = Activation." + activation,
        };
        if (parameter is { } p) args.Add("ActivationParameter = " + p.ToString("R", CultureInfo.InvariantCulture));
        args.Add("Loss = Loss." + loss);
        if (lossScale is { } c) args.Add("LossScale = " + c.ToString("R", CultureInfo.InvariantCulture));
        args.Add("Train = TrainedLayers." + train);
        args.Add("Output = OutputLayer." + output);
        if (magnitude is { } mg) args.Add("OutputMagnitude = " + mg.ToString("R", CultureInfo.InvariantCulture));
        args.Add("Scale = OutputScale." + scale);
        args.Add("Bias = " + (bias ? "true" : "false"));
        args.Add("GradientScale = GradientScale." + gradientScale);
        args.Add("Element = Precision." + element);
        args.Add("InstructionSet = InstructionSet." + instructionSet);
        if (batch is { } b) args.Add("Batch = " + b.ToString(CultureInfo.InvariantCulture));
        if (variant is not null) args.Add(variant);
        return Raw("[TwoLayerKernel(" + string.Join(", ", args) + ")]\npublic partial class " + className + " { }");
    }

    /// <summary>A file in namespace Experiments with <c>using XorGen;</c> around the given declarations.</summary>
    public static string Raw(string declarations) => "using XorGen;\n\nnamespace Experiments;\n\n" + declarations + "\n";
}
