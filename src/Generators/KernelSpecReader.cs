using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace XorGen.Generators
{
    /// <summary>Parse stage: reads a [TwoLayerKernel] class into a <see cref="KernelSpec"/> plus diagnostics as data. Never throws on user input.</summary>
    public static class KernelSpecReader
    {
        /// <summary>Largest d, m or B a definition accepts.</summary>
        public const int MaxSize = 65536;

        /// <summary>Reads one attributed class.</summary>
        public static ParseResult Read(GeneratorAttributeSyntaxContext context, CancellationToken cancellationToken)
        {
            var diagnostics = new List<DiagnosticInfo>();
            var type = (INamedTypeSymbol)context.TargetSymbol;
            var attribute = context.Attributes[0];
            var attributeLocation = attribute.ApplicationSyntaxReference?.GetSyntax(cancellationToken).GetLocation() ?? context.TargetNode.GetLocation();
            var classLocation = context.TargetNode is TypeDeclarationSyntax tds ? tds.Identifier.GetLocation() : context.TargetNode.GetLocation();
            bool isRecord = context.TargetNode is RecordDeclarationSyntax;

            void Report(DiagnosticDescriptor descriptor, Location location, params string[] args) => diagnostics.Add(ToInfo(descriptor, location, args));

            bool isPartial = type.DeclaringSyntaxReferences.Any(r =>
                r.GetSyntax(cancellationToken) is TypeDeclarationSyntax c && c.Modifiers.Any(m => m.IsKind(SyntaxKind.PartialKeyword)));
            if (!isPartial) Report(DiagnosticDescriptors.NotPartial, classLocation, type.Name);
            if (type.ContainingType is { } outer) Report(DiagnosticDescriptors.Nested, classLocation, type.Name, outer.Name);
            if (type.TypeParameters.Length > 0) Report(DiagnosticDescriptors.Generic, classLocation, type.Name, string.Join(", ", type.TypeParameters.Select(p => p.Name)));

            var args = new Dictionary<string, TypedConstant>(StringComparer.Ordinal);
            foreach (var pair in attribute.NamedArguments) args[pair.Key] = pair.Value;
            foreach (var ctorArg in attribute.ConstructorArguments)
                if (ctorArg.Kind == TypedConstantKind.Error) Report(DiagnosticDescriptors.BadArgument, attributeLocation, "(constructor)", "the value does not compile");

            int ReadInt(string name, int fallback, bool required)
            {
                if (!args.TryGetValue(name, out var c))
                {
                    if (required) Report(DiagnosticDescriptors.MissingArgument, attributeLocation, type.Name, name);
                    return fallback;
                }
                if (c.Kind == TypedConstantKind.Primitive && c.Value is int i) return i;
                Report(DiagnosticDescriptors.BadArgument, attributeLocation, name, "expected an int constant, got " + Describe(c));
                return fallback;
            }

            double ReadDouble(string name, double fallback)
            {
                if (!args.TryGetValue(name, out var c)) return fallback;
                if (c.Kind == TypedConstantKind.Primitive)
                {
                    switch (c.Value)
                    {
                        case double d: return d;
                        case float f: return f;
                        case int i: return i;
                    }
                }
                Report(DiagnosticDescriptors.BadArgument, attributeLocation, name, "expected a double constant, got " + Describe(c));
                return fallback;
            }

            bool ReadBool(string name, bool fallback)
            {
                if (!args.TryGetValue(name, out var c)) return fallback;
                if (c.Kind == TypedConstantKind.Primitive && c.Value is bool b) return b;
                Report(DiagnosticDescriptors.BadArgument, attributeLocation, name, "expected true or false, got " + Describe(c));
                return fallback;
            }

            TEnum ReadEnum<TEnum>(string name, TEnum fallback) where TEnum : struct, Enum
            {
                if (!args.TryGetValue(name, out var c)) return fallback;
                if (c.Kind == TypedConstantKind.Enum && c.Value is int raw)
                {
                    if (Enum.IsDefined(typeof(TEnum), raw)) return (TEnum)Enum.ToObject(typeof(TEnum), raw);
                    Report(DiagnosticDescriptors.UnknownEnumValue, attributeLocation, name, raw.ToString(CultureInfo.InvariantCulture), typeof(TEnum).Name);
                    return fallback;
                }
                Report(DiagnosticDescriptors.BadArgument, attributeLocation, name, "expected a " + typeof(TEnum).Name + " value, got " + Describe(c));
                return fallback;
            }

            int inputs = ReadInt("Inputs", 1, required: true);
            int width = ReadInt("Width", 1, required: true);
            var activation = ReadEnum("Activation", Activation.Relu);
            double activationParameter = ReadDouble("ActivationParameter", 0);
            var loss = ReadEnum("Loss", Loss.Logistic);
            double lossScale = ReadDouble("LossScale", 1);
            var train = ReadEnum("Train", TrainedLayers.Both);
            var output = ReadEnum("Output", OutputLayer.Free);
            double outputMagnitude = ReadDouble("OutputMagnitude", 1);
            var scale = ReadEnum("Scale", OutputScale.One);
            bool bias = ReadBool("Bias", false);
            var gradientScale = ReadEnum("GradientScale", GradientScale.Raw);
            var element = ReadEnum("Element", Precision.Float);
            var instructionSet = ReadEnum("InstructionSet", InstructionSet.Auto);
            int batch = ReadInt("Batch", 0, required: false);
            var variant = new KernelVariant(ReadInt("RowTile", 0, required: false), ReadInt("VectorTile", 0, required: false),
                ReadInt("Unroll", 0, required: false), ReadInt("InputTile", 0, required: false), ReadEnum("Padding", RowPadding.Auto),
                ReadInt("Prefetch", 0, required: false), ReadBool("FloatLoss", false));

            // Validation of the values read (only meaningful when they were readable).
            if (inputs < 1 || inputs > MaxSize) Report(DiagnosticDescriptors.SizeOutOfRange, attributeLocation, "Inputs", Num(inputs));
            if (width < 1 || width > MaxSize) Report(DiagnosticDescriptors.SizeOutOfRange, attributeLocation, "Width", Num(width));
            if (batch < 0 || batch > MaxSize) Report(DiagnosticDescriptors.BatchOutOfRange, attributeLocation, Num(batch));
            if (output != OutputLayer.Free && train != TrainedLayers.FirstOnly)
                Report(DiagnosticDescriptors.UntrainableOutput, attributeLocation, output.ToString(), train.ToString());
            if (bias && train == TrainedLayers.SecondOnly) Report(DiagnosticDescriptors.BiasWithoutFirstLayer, attributeLocation, train.ToString());
            if (ActivationRules.ParameterProblem(activation, activationParameter) is { } need)
            {
                if (activation == Activation.HuberizedRelu) Report(DiagnosticDescriptors.HuberBandwidth, attributeLocation, Num(activationParameter));
                else if (activation == Activation.LeakyRelu) Report(DiagnosticDescriptors.LeakySlope, attributeLocation, Num(activationParameter));
                else Report(DiagnosticDescriptors.ActivationParameter, attributeLocation, activation.ToString(), need, Num(activationParameter));
            }
            if (!(lossScale > 0 && IsFinite(lossScale))) Report(DiagnosticDescriptors.LossScale, attributeLocation, Num(lossScale));
            if (output == OutputLayer.FixedBalanced && !IsFinite(outputMagnitude)) Report(DiagnosticDescriptors.OutputMagnitude, attributeLocation, Num(outputMagnitude));
            var rangeProblems = variant.RangeProblems().Concat(variant.ElementProblems(element)).ToList();
            foreach (string problem in rangeProblems) Report(DiagnosticDescriptors.VariantOutOfRange, attributeLocation, problem);
            if (rangeProblems.Count == 0)
            {
                var paths = instructionSet == InstructionSet.Auto
                    ? new[] { InstructionSet.Vector512, InstructionSet.Vector256, InstructionSet.Vector128, InstructionSet.Scalar }
                    : new[] { instructionSet };
                foreach (string problem in variant.RegisterProblems(paths, train != TrainedLayers.SecondOnly))
                    Report(DiagnosticDescriptors.TileTooLarge, attributeLocation, problem);
            }

            if (diagnostics.Count > 0)
                return new ParseResult(null, new EquatableArray<DiagnosticInfo>(diagnostics.ToImmutableArray()));

            string ns = type.ContainingNamespace is { IsGlobalNamespace: false } n ? n.ToDisplayString() : "";
            var spec = new KernelSpec(ns, type.Name, inputs, width, activation, activationParameter, loss, lossScale, train, output,
                outputMagnitude, scale, bias, gradientScale, element, instructionSet, batch, isRecord, variant.IsDefault ? null : variant);
            return new ParseResult(spec, default, ToInfo(DiagnosticDescriptors.DuplicateKernel, classLocation));
        }

        /// <summary>Turns a diagnostic into plain data (path and spans as numbers).</summary>
        public static DiagnosticInfo ToInfo(DiagnosticDescriptor descriptor, Location location, params string[] args)
        {
            var lineSpan = location.GetLineSpan();
            return new DiagnosticInfo(descriptor.Id, lineSpan.Path ?? "", location.SourceSpan.Start, location.SourceSpan.Length,
                lineSpan.StartLinePosition.Line, lineSpan.StartLinePosition.Character, lineSpan.EndLinePosition.Line, lineSpan.EndLinePosition.Character,
                new EquatableArray<string>(args.ToImmutableArray()));
        }

        /// <summary>
        /// XG0016 for every definition after the first (by full name) whose registration key another definition of the
        /// compilation already has: at run time the second registration would fail.
        /// </summary>
        public static IEnumerable<DiagnosticInfo> Duplicates(ImmutableArray<ParseResult> results)
        {
            var first = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var r in results.Where(r => r.Spec is not null && r.Where is not null).OrderBy(r => r.Spec!.FullName, StringComparer.Ordinal))
            {
                var spec = r.Spec!;
                if (first.TryGetValue(spec.RegistrationKey, out var earlier))
                    yield return r.Where! with { Arguments = new EquatableArray<string>(ImmutableArray.Create(spec.FullName, earlier)) };
                else
                    first[spec.RegistrationKey] = spec.FullName;
            }
        }

        /// <summary>Rebuilds the Roslyn diagnostic from its data.</summary>
        public static Diagnostic ToDiagnostic(DiagnosticInfo info)
        {
            var descriptor = DiagnosticDescriptors.ById[info.Id];
            var location = info.FilePath.Length == 0
                ? Location.None
                : Location.Create(info.FilePath, new Microsoft.CodeAnalysis.Text.TextSpan(info.SpanStart, info.SpanLength),
                    new Microsoft.CodeAnalysis.Text.LinePositionSpan(
                        new Microsoft.CodeAnalysis.Text.LinePosition(info.StartLine, info.StartCharacter),
                        new Microsoft.CodeAnalysis.Text.LinePosition(info.EndLine, info.EndCharacter)));
            return Diagnostic.Create(descriptor, location, info.Arguments.Items.Cast<object>().ToArray());
        }

        private static string Describe(TypedConstant c) => c.Kind == TypedConstantKind.Error
            ? "a value that does not compile"
            : (c.Type?.ToDisplayString() ?? "no type") + " " + (c.Kind == TypedConstantKind.Array ? "array" : Convert.ToString(c.Value, CultureInfo.InvariantCulture));

        private static bool IsFinite(double v) => !double.IsNaN(v) && !double.IsInfinity(v);

        private static string Num(double v) => v.ToString("R", CultureInfo.InvariantCulture);

        private static string Num(int v) => v.ToString(CultureInfo.InvariantCulture);
    }
}
