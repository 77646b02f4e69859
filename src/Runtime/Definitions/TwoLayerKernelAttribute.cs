namespace XorGen;

/// <summary>
/// Marks a <c>partial</c> top-level class as an experiment definition: the XorGen source generator emits a kernel
/// specialized to exactly these values (d and m as constants, activation and loss inlined, frozen layers omitted)
/// into a nested <c>Kernel</c> class and registers it with <see cref="KernelFactory"/> when the assembly loads.
/// Every property up to <see cref="Batch"/> maps to the <see cref="ModelSpec"/> field of the same meaning (the defaults are
/// ModelSpec's); the rest choose the kernel's <see cref="KernelVariant"/>: its tiling, checked at compile time (XG0017,
/// XG0018).
/// </summary>
/// <example>
/// <code>
/// [TwoLayerKernel(Inputs = 128, Width = 512, Activation = Activation.Relu, Loss = Loss.Logistic, LossScale = 2,
///                 Train = TrainedLayers.Both, Scale = OutputScale.InverseWidth, GradientScale = GradientScale.PerNeuron)]
/// public partial class GlasgowXor128 { }
/// </code>
/// </example>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
public sealed class TwoLayerKernelAttribute : Attribute
{
    /// <summary>Largest d or m a definition accepts (the generator reports XG0004 beyond it).</summary>
    public const int MaxSize = 65536;

    /// <summary>Input dimension d (1 to <see cref="MaxSize"/>). Required.</summary>
    public int Inputs { get; set; }
    /// <summary>Hidden width m (1 to <see cref="MaxSize"/>). Required.</summary>
    public int Width { get; set; }
    /// <summary>The activation σ.</summary>
    public Activation Activation { get; set; } = Activation.Relu;
    /// <summary>h of the Huberized ReLU (Chatterji, Long, Bartlett), or the slope of the leaky ReLU.</summary>
    public double ActivationParameter { get; set; }
    /// <summary>The loss.</summary>
    public Loss Loss { get; set; } = Loss.Logistic;
    /// <summary>The loss multiplier c (Glasgow: 2).</summary>
    public double LossScale { get; set; } = 1;
    /// <summary>Which layers gradient steps update.</summary>
    public TrainedLayers Train { get; set; } = TrainedLayers.Both;
    /// <summary>What the output weights are.</summary>
    public OutputLayer Output { get; set; } = OutputLayer.Free;
    /// <summary>c of a <see cref="OutputLayer.FixedBalanced"/> output layer.</summary>
    public double OutputMagnitude { get; set; } = 1;
    /// <summary>The output scale s.</summary>
    public OutputScale Scale { get; set; } = OutputScale.One;
    /// <summary>Whether each neuron has a trained bias.</summary>
    public bool Bias { get; set; }
    /// <summary>Raw or per-neuron (× m) gradient.</summary>
    public GradientScale GradientScale { get; set; } = GradientScale.Raw;
    /// <summary>Element type the kernel computes in.</summary>
    public Precision Element { get; set; } = Precision.Float;
    /// <summary>Automatic width ladder (Vector512 → Vector256 → Vector128 → scalar at run time), or one pinned path.</summary>
    public InstructionSet InstructionSet { get; set; } = InstructionSet.Auto;
    /// <summary>Optional fixed batch size B (0 = any): the workspace is allocated once for B rows at construction.</summary>
    public int Batch { get; set; }

    // The variant: how the kernel is tiled, not what it computes (see KernelVariant). 0 = the path's default.
    /// <summary>Batch rows per register tile of the pre-activation kernel (1 to 8; 0 = 4, on Vector256 6 or as many as fit beside the vectors).</summary>
    public int RowTile { get; set; }
    /// <summary>Vectors of neurons per register tile in every micro-kernel (1 to 8; 0 = 4 on Vector512, 2 on narrower paths).</summary>
    public int VectorTile { get; set; }
    /// <summary>Unroll of the loop over d in the pre-activation kernel (1 to 64; 0 = complete for d ≤ 16, else 4).</summary>
    public int Unroll { get; set; }
    /// <summary>Inputs per register tile of the weight-gradient kernel (1 to 8; 0 = 4).</summary>
    public int InputTile { get; set; }
    /// <summary>The row-stride rule of the transposed weights and the workspace.</summary>
    public RowPadding Padding { get; set; } = RowPadding.Auto;
    /// <summary>Software prefetch distance of Wᵀ in inputs (1 to 64; 0 = none): see KernelVariant.Prefetch.</summary>
    public int Prefetch { get; set; }
    /// <summary>Evaluate the per-row loss in float vectors instead of double (float kernels only): see KernelVariant.FloatLoss.</summary>
    public bool FloatLoss { get; set; }
}
