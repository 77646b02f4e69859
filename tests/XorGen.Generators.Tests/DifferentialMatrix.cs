using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;

namespace XorGen.Kernels.Tests;

/// <summary>
/// Writes DifferentialDefinitions.cs, the differential matrix the generator compiles into this assembly, from the enums
/// themselves: every activation × loss × (trained layers, output layer, bias) that <see cref="ModelSpec.Problems"/>
/// accepts, in float, every third one also in double, at odd sizes (d, m among 1, 3, 7, 17, 33, 100); a definition
/// pinned to each instruction set in each element type; a fixed batch; two row-stride cases; and two widths of several
/// column blocks for the threaded runs. An activation's parameter is the first that <see cref="ActivationRules"/> accepts
/// of a rotating list. A new enum member therefore enters the matrix by regenerating the file: <c>XORGEN_ACCEPT_SNAPSHOTS=1 dotnet test tests/XorGen.Generators.Tests</c>
/// (the test <see cref="DifferentialTests.The_committed_matrix_is_the_one_the_enums_give"/> fails until it is).
/// </summary>
internal static class DifferentialMatrix
{
    private static readonly int[] Sizes = [1, 3, 7, 17, 33, 100];
    private static readonly double[] Parameters = [0.3, 4, 0.5];

    /// <summary>Where the committed file is.</summary>
    public static string CommittedPath([CallerFilePath] string here = "") => Path.Combine(Path.GetDirectoryName(here)!, "DifferentialDefinitions.cs");

    /// <summary>The definitions: class name → attribute arguments.</summary>
    public static IReadOnlyList<(string Name, string Arguments)> Definitions()
    {
        var list = new List<(string, string)>();
        int i = 0, combo = 0;
        foreach (var act in Enum.GetValues<Activation>())
        foreach (var loss in Enum.GetValues<Loss>())
        foreach (var train in Enum.GetValues<TrainedLayers>())
        foreach (var output in Enum.GetValues<OutputLayer>())
        foreach (bool bias in new[] { false, true })
        {
            var spec = new ModelSpec(1, 1, act, Parameter(act, i), loss, 1, train, output, 0.5, OutputScale.One, bias);
            if (spec.Problems().Count > 0) continue;
            foreach (var element in combo++ % 3 == 0 ? new[] { Precision.Float, Precision.Double } : new[] { Precision.Float })
            {
                int d = Sizes[i % Sizes.Length], m = Sizes[(i / Sizes.Length + 2 * i + 1) % Sizes.Length];
                var scale = (OutputScale)(i % 3);
                string name = (element == Precision.Float ? "F_" : "D_") + act + "_" + loss + "_" + train + "_" + output + (bias ? "_Bias" : "_NoBias");
                list.Add((name, Arguments(d, m, spec with { LossScale = i % 3 == 2 ? 2 : 1, Scale = scale, GradientScale = (GradientScale)(i / 2 % 2) }, element)));
                i++;
            }
        }
        foreach (var set in Enum.GetValues<InstructionSet>().Where(s => s != InstructionSet.Auto))
        {
            int k = (int)set;
            list.Add(("F_Pinned_" + set, Arguments(33, 17, new ModelSpec(1, 1, Activation.HuberizedRelu, 0.3, Loss.Logistic, 1, TrainedLayers.Both,
                Scale: (OutputScale)(k % 3), GradientScale: (GradientScale)(k / 2 % 2)), Precision.Float) + ", InstructionSet = InstructionSet." + set));
            list.Add(("D_Pinned_" + set, Arguments(7, 33, new ModelSpec(1, 1, Activation.Abs, 0, Loss.Squared, 1, TrainedLayers.FirstOnly, OutputLayer.TiedToNorm,
                Scale: (OutputScale)((k + 1) % 3), Bias: true, GradientScale: (GradientScale)((k + 1) / 2 % 2)), Precision.Double) + ", InstructionSet = InstructionSet." + set));
        }
        var glasgow = new ModelSpec(1, 1, Activation.Relu, 0, Loss.Logistic, 2, TrainedLayers.Both, Scale: OutputScale.InverseWidth, Bias: true, GradientScale: GradientScale.PerNeuron);
        list.Add(("F_FixedBatch", Arguments(17, 33, glasgow, Precision.Float) + ", Batch = 16"));
        // MPad × 4 bytes = 1 KiB (float, m = 256) and MPad × 8 bytes = 1 KiB (double, m = 128): the row stride gets one more cache line
        list.Add(("F_PaddedStride", Arguments(5, 256, glasgow, Precision.Float)));
        list.Add(("D_PaddedStride", Arguments(5, 128, glasgow with { LossScale = 1, Scale = OutputScale.InverseSqrtWidth, Bias = false, GradientScale = GradientScale.Raw }, Precision.Double)));
        // variants: every knob away from its default, tiles that do not divide d, m or the rows, on the ladder and pinned
        list.Add(("F_Variant_Narrow", Arguments(33, 100, glasgow, Precision.Float) + ", RowTile = 1, VectorTile = 1, Unroll = 1, InputTile = 1, Padding = RowPadding.None"));
        list.Add(("F_Variant_Odd", Arguments(37, 50, new ModelSpec(1, 1, Activation.HuberizedRelu, 0.3, Loss.Logistic, 1, TrainedLayers.Both, Scale: OutputScale.InverseSqrtWidth, Bias: true),
            Precision.Float) + ", RowTile = 3, VectorTile = 3, Unroll = 5, InputTile = 3, Padding = RowPadding.CacheLine, Prefetch = 3, FloatLoss = true"));
        list.Add(("D_Variant_Tall", Arguments(7, 33, new ModelSpec(1, 1, Activation.Abs, 0, Loss.Squared, 1, TrainedLayers.FirstOnly, OutputLayer.TiedToNorm, GradientScale: GradientScale.PerNeuron),
            Precision.Double) + ", RowTile = 6, VectorTile = 2, Unroll = 2, InputTile = 5"));
        list.Add(("F_Variant_FloatLossSquared", Arguments(7, 33, new ModelSpec(1, 1, Activation.Abs, 0, Loss.Squared, 1, TrainedLayers.Both, Scale: OutputScale.InverseWidth),
            Precision.Float) + ", FloatLoss = true"));
        list.Add(("F_Variant_Pinned512", Arguments(19, 70, glasgow, Precision.Float) + ", InstructionSet = InstructionSet.Vector512, RowTile = 6, VectorTile = 4, Unroll = 19, InputTile = 6, Prefetch = 64"));
        // several column blocks on the ladder (64 floats, 32 doubles), the last one part padding: neurons split over 2 and 3 threads
        list.Add(("F_Threads", Arguments(17, 161, new ModelSpec(1, 1, Activation.HuberizedRelu, 0.3, Loss.Logistic, 1, TrainedLayers.Both,
            Scale: OutputScale.InverseWidth, Bias: true, GradientScale: GradientScale.PerNeuron), Precision.Float)));
        list.Add(("D_Threads", Arguments(33, 97, new ModelSpec(1, 1, Activation.Abs, 0, Loss.Squared, 1, TrainedLayers.FirstOnly, OutputLayer.TiedToNorm,
            Scale: OutputScale.InverseSqrtWidth, Bias: true, GradientScale: GradientScale.Raw), Precision.Double)));
        return list;
    }

    /// <summary>The text of DifferentialDefinitions.cs.</summary>
    public static string Source()
    {
        var sb = new StringBuilder();
        sb.Append("// <auto-generated by DifferentialMatrix.Source() — regenerate with XORGEN_ACCEPT_SNAPSHOTS=1, do not edit/>\n");
        sb.Append("// Experiment definitions compiled into the test assembly by the generator (as an analyzer): the differential matrix.\n");
        sb.Append("namespace XorGen.Matrix;\n");
        foreach (var (name, arguments) in Definitions())
            sb.Append('\n').Append("[TwoLayerKernel(").Append(arguments).Append(")]\n").Append("internal partial class ").Append(name).Append(";\n");
        return sb.ToString();
    }

    private static double Parameter(Activation activation, int i)
    {
        if (ActivationRules.ParameterName(activation) is null) return 0;
        for (int k = 0; k < Parameters.Length; k++)
        {
            double p = Parameters[(i + k) % Parameters.Length];
            if (ActivationRules.ParameterProblem(activation, p) is null) return p;
        }
        throw new InvalidOperationException($"none of {string.Join(", ", Parameters)} is a valid parameter of {activation}; add one to DifferentialMatrix.Parameters");
    }

    private static string Arguments(int d, int m, ModelSpec s, Precision element)
    {
        var a = new List<string> { "Inputs = " + N(d), "Width = " + N(m), "Activation = Activation." + s.Activation };
        if (ActivationRules.ParameterName(s.Activation) is not null) a.Add("ActivationParameter = " + N(s.ActivationParameter));
        a.Add("Loss = Loss." + s.Loss);
        a.Add("LossScale = " + N(s.LossScale));
        a.Add("Train = TrainedLayers." + s.Train);
        a.Add("Output = OutputLayer." + s.Output);
        if (s.Output == OutputLayer.FixedBalanced) a.Add("OutputMagnitude = " + N(s.OutputMagnitude));
        a.Add("Scale = OutputScale." + s.Scale);
        a.Add("Bias = " + (s.Bias ? "true" : "false"));
        a.Add("GradientScale = GradientScale." + s.GradientScale);
        a.Add("Element = Precision." + element);
        return string.Join(", ", a);
    }

    private static string N(double v) => v.ToString("R", CultureInfo.InvariantCulture);
}
