// Generated kernels for the Glasgow grid sizes the CLI does not carry (the CLI's built-in definitions cover
// d = 32, m = 128 and d = 128, m = 512; the bench measures those through the CLI assembly). Same maths as the
// glasgow-xor definition: ReLU, logistic × 2, both layers, s = 1/m, no bias, per-neuron steps, float.
// The generator registers each kernel when this assembly loads, so GlasgowStep and ThreadedStep find them by spec.
namespace XorGen.Bench.Definitions;

/// <summary>Glasgow XOR at d = 32, m = 512 (benchmark grid).</summary>
[TwoLayerKernel(Inputs = 32, Width = 512, Activation = Activation.Relu, Loss = Loss.Logistic, LossScale = 2, Train = TrainedLayers.Both,
    Output = OutputLayer.Free, Scale = OutputScale.InverseWidth, Bias = false, GradientScale = GradientScale.PerNeuron, Element = Precision.Float)]
internal partial class GlasgowD32M512;

/// <summary>Glasgow XOR at d = 32, m = 2048 (benchmark grid).</summary>
[TwoLayerKernel(Inputs = 32, Width = 2048, Activation = Activation.Relu, Loss = Loss.Logistic, LossScale = 2, Train = TrainedLayers.Both,
    Output = OutputLayer.Free, Scale = OutputScale.InverseWidth, Bias = false, GradientScale = GradientScale.PerNeuron, Element = Precision.Float)]
internal partial class GlasgowD32M2048;

/// <summary>Glasgow XOR at d = 128, m = 128 (benchmark grid).</summary>
[TwoLayerKernel(Inputs = 128, Width = 128, Activation = Activation.Relu, Loss = Loss.Logistic, LossScale = 2, Train = TrainedLayers.Both,
    Output = OutputLayer.Free, Scale = OutputScale.InverseWidth, Bias = false, GradientScale = GradientScale.PerNeuron, Element = Precision.Float)]
internal partial class GlasgowD128M128;

/// <summary>Glasgow XOR at d = 128, m = 2048 (benchmark grid).</summary>
[TwoLayerKernel(Inputs = 128, Width = 2048, Activation = Activation.Relu, Loss = Loss.Logistic, LossScale = 2, Train = TrainedLayers.Both,
    Output = OutputLayer.Free, Scale = OutputScale.InverseWidth, Bias = false, GradientScale = GradientScale.PerNeuron, Element = Precision.Float)]
internal partial class GlasgowD128M2048;

/// <summary>Glasgow XOR at d = 512, m = 128 (benchmark grid).</summary>
[TwoLayerKernel(Inputs = 512, Width = 128, Activation = Activation.Relu, Loss = Loss.Logistic, LossScale = 2, Train = TrainedLayers.Both,
    Output = OutputLayer.Free, Scale = OutputScale.InverseWidth, Bias = false, GradientScale = GradientScale.PerNeuron, Element = Precision.Float)]
internal partial class GlasgowD512M128;

/// <summary>Glasgow XOR at d = 512, m = 512 (benchmark grid).</summary>
[TwoLayerKernel(Inputs = 512, Width = 512, Activation = Activation.Relu, Loss = Loss.Logistic, LossScale = 2, Train = TrainedLayers.Both,
    Output = OutputLayer.Free, Scale = OutputScale.InverseWidth, Bias = false, GradientScale = GradientScale.PerNeuron, Element = Precision.Float)]
internal partial class GlasgowD512M512;

/// <summary>Glasgow XOR at d = 512, m = 2048 (benchmark grid).</summary>
[TwoLayerKernel(Inputs = 512, Width = 2048, Activation = Activation.Relu, Loss = Loss.Logistic, LossScale = 2, Train = TrainedLayers.Both,
    Output = OutputLayer.Free, Scale = OutputScale.InverseWidth, Bias = false, GradientScale = GradientScale.PerNeuron, Element = Precision.Float)]
internal partial class GlasgowD512M2048;
