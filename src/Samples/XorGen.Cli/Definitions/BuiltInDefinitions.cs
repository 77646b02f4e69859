// The experiment definitions of the built-in experiments (float). The source generator compiles a specialized kernel for
// each and registers it when the xorgen assembly loads, and gives each class its Spec: Experiments.cs builds every
// built-in experiment on one of these (Spec = GlasgowXor.Spec), so `run` trains and `show` prints the same model.
namespace XorGen.Cli.Definitions;

/// <summary>Glasgow XOR at its default size: mean-field ReLU network, logistic loss × 2, both layers trained.</summary>
[TwoLayerKernel(Inputs = 32, Width = 128, Activation = Activation.Relu, Loss = Loss.Logistic, LossScale = 2, Train = TrainedLayers.Both,
    Output = OutputLayer.Free, Scale = OutputScale.InverseWidth, Bias = false, GradientScale = GradientScale.PerNeuron, Element = Precision.Float)]
internal partial class GlasgowXor;

/// <summary>Glasgow XOR at the performance sizes (d = 128, m = 512): <c>xorgen run glasgow-xor --d 128 --width 512</c> and the bench.</summary>
[TwoLayerKernel(Inputs = 128, Width = 512, Activation = Activation.Relu, Loss = Loss.Logistic, LossScale = 2, Train = TrainedLayers.Both,
    Output = OutputLayer.Free, Scale = OutputScale.InverseWidth, Bias = false, GradientScale = GradientScale.PerNeuron, Element = Precision.Float)]
internal partial class GlasgowXorLarge;

/// <summary>Glasgow's random-features baseline: only the output layer is trained.</summary>
[TwoLayerKernel(Inputs = 32, Width = 4096, Activation = Activation.Relu, Loss = Loss.Logistic, LossScale = 2, Train = TrainedLayers.SecondOnly,
    Output = OutputLayer.Free, Scale = OutputScale.InverseWidth, Bias = false, GradientScale = GradientScale.PerNeuron, Element = Precision.Float)]
internal partial class GlasgowXorRandomFeatures;

/// <summary>Frei et al.: noisy Gaussian XOR clusters, first layer trained, fixed balanced outputs ±1/√m.</summary>
[TwoLayerKernel(Inputs = 20, Width = 400, Activation = Activation.Relu, Loss = Loss.Logistic, LossScale = 1, Train = TrainedLayers.FirstOnly,
    Output = OutputLayer.FixedBalanced, OutputMagnitude = 0.05, Scale = OutputScale.One, Bias = false, GradientScale = GradientScale.Raw, Element = Precision.Float)]
internal partial class FreiXorNoise;

/// <summary>Chatterji, Long, Bartlett: Huberized ReLU (h = 0.01) with bias on the 2-D XOR clusters.</summary>
[TwoLayerKernel(Inputs = 2, Width = 200, Activation = Activation.HuberizedRelu, ActivationParameter = 0.01, Loss = Loss.Logistic, LossScale = 1,
    Train = TrainedLayers.FirstOnly, Output = OutputLayer.FixedBalanced, OutputMagnitude = 1, Scale = OutputScale.One, Bias = true,
    GradientScale = GradientScale.Raw, Element = Precision.Float)]
internal partial class ChatterjiHuberXor;

/// <summary>Chatterji, Long, Bartlett: ReLU with bias on the 2-D "shoulders" clusters.</summary>
[TwoLayerKernel(Inputs = 2, Width = 200, Activation = Activation.Relu, Loss = Loss.Logistic, LossScale = 1, Train = TrainedLayers.FirstOnly,
    Output = OutputLayer.FixedBalanced, OutputMagnitude = 1, Scale = OutputScale.One, Bias = true, GradientScale = GradientScale.Raw, Element = Precision.Float)]
internal partial class ChatterjiShouldersRelu;

/// <summary>Li, Ma, Zhang: |·| learner with a tied-norm output on the absolute-value teacher, squared loss.</summary>
[TwoLayerKernel(Inputs = 30, Width = 100, Activation = Activation.Abs, Loss = Loss.Squared, LossScale = 1, Train = TrainedLayers.FirstOnly,
    Output = OutputLayer.TiedToNorm, Scale = OutputScale.InverseWidth, Bias = false, GradientScale = GradientScale.PerNeuron, Element = Precision.Float)]
internal partial class LmzAbsTeacher;
