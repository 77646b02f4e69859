using System.Linq;
using Microsoft.CodeAnalysis;

namespace XorGen.Generators
{
    /// <summary>
    /// The XorGen source generator: [TwoLayerKernel] classes in, specialized kernels out.
    /// Pipeline: parse (<see cref="KernelSpecReader"/>) → model (<see cref="KernelSpec"/>) → emit (<see cref="KernelEmitter"/>);
    /// diagnostics travel as data in their own step.
    /// </summary>
    [Generator(LanguageNames.CSharp)]
    public sealed class TwoLayerKernelGenerator : IIncrementalGenerator
    {
        /// <summary>The attribute the pipeline looks for.</summary>
        public const string AttributeName = "XorGen.TwoLayerKernelAttribute";

        /// <summary>Tracking names of the pipeline steps (used by incrementality tests).</summary>
        public static class TrackingNames
        {
            /// <summary>Attribute read into a parse result.</summary>
            public const string Parse = "XorGen.Parse";
            /// <summary>The valid specs.</summary>
            public const string Specs = "XorGen.Specs";
            /// <summary>The diagnostics as data.</summary>
            public const string Diagnostics = "XorGen.Diagnostics";
            /// <summary>XG0016: definitions of the compilation that build the same kernel.</summary>
            public const string Duplicates = "XorGen.Duplicates";
        }

        /// <inheritdoc/>
        public void Initialize(IncrementalGeneratorInitializationContext context)
        {
            var parsed = context.SyntaxProvider
                .ForAttributeWithMetadataName(AttributeName, static (node, _) => node is Microsoft.CodeAnalysis.CSharp.Syntax.ClassDeclarationSyntax or Microsoft.CodeAnalysis.CSharp.Syntax.RecordDeclarationSyntax, KernelSpecReader.Read)
                .WithTrackingName(TrackingNames.Parse);

            var specs = parsed
                .Where(static r => r.Spec is not null)
                .Select(static (r, _) => r.Spec!)
                .WithTrackingName(TrackingNames.Specs);

            var diagnostics = parsed
                .SelectMany(static (r, _) => r.Diagnostics.Items)
                .WithTrackingName(TrackingNames.Diagnostics);

            var duplicates = parsed.Collect()
                .SelectMany(static (all, _) => KernelSpecReader.Duplicates(all))
                .WithTrackingName(TrackingNames.Duplicates);

            context.RegisterSourceOutput(specs, static (spc, spec) => spc.AddSource(KernelEmitter.HintName(spec), KernelEmitter.Emit(spec)));
            context.RegisterSourceOutput(diagnostics, static (spc, info) => spc.ReportDiagnostic(KernelSpecReader.ToDiagnostic(info)));
            context.RegisterSourceOutput(duplicates, static (spc, info) => spc.ReportDiagnostic(KernelSpecReader.ToDiagnostic(info)));
        }
    }
}
