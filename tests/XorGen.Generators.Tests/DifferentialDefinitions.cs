// Experiment definitions compiled into the test assembly by the generator (as an analyzer): the differential matrix.
// Written by a script: activations × losses × (trained layers, output layer, bias) in float, a half of it in double,
// at odd sizes (d, m among 1, 3, 7, 17, 33, 100), plus definitions pinned to each instruction set.
namespace XorGen.Matrix;

[TwoLayerKernel(Inputs = 1, Width = 17, Activation = Activation.Relu, Loss = Loss.Logistic, LossScale = 1, Train = TrainedLayers.FirstOnly, Output = OutputLayer.Free, Scale = OutputScale.One, Bias = false, GradientScale = GradientScale.Raw, Element = Precision.Float)]
internal partial class F_Relu_Logistic_FirstOnly_Free_NoBias;

[TwoLayerKernel(Inputs = 100, Width = 3, Activation = Activation.Relu, Loss = Loss.Logistic, LossScale = 1, Train = TrainedLayers.FirstOnly, Output = OutputLayer.Free, Scale = OutputScale.InverseSqrtWidth, Bias = false, GradientScale = GradientScale.Raw, Element = Precision.Double)]
internal partial class D_Relu_Logistic_FirstOnly_Free_NoBias;

[TwoLayerKernel(Inputs = 7, Width = 3, Activation = Activation.Relu, Loss = Loss.Logistic, LossScale = 2, Train = TrainedLayers.FirstOnly, Output = OutputLayer.Free, Scale = OutputScale.InverseWidth, Bias = true, GradientScale = GradientScale.Raw, Element = Precision.Float)]
internal partial class F_Relu_Logistic_FirstOnly_Free_Bias;

[TwoLayerKernel(Inputs = 33, Width = 7, Activation = Activation.Relu, Loss = Loss.Logistic, LossScale = 1, Train = TrainedLayers.SecondOnly, Output = OutputLayer.Free, Scale = OutputScale.One, Bias = false, GradientScale = GradientScale.PerNeuron, Element = Precision.Float)]
internal partial class F_Relu_Logistic_SecondOnly_Free_NoBias;

[TwoLayerKernel(Inputs = 3, Width = 33, Activation = Activation.Relu, Loss = Loss.Logistic, LossScale = 1, Train = TrainedLayers.SecondOnly, Output = OutputLayer.Free, Scale = OutputScale.InverseSqrtWidth, Bias = false, GradientScale = GradientScale.PerNeuron, Element = Precision.Double)]
internal partial class D_Relu_Logistic_SecondOnly_Free_NoBias;

[TwoLayerKernel(Inputs = 100, Width = 33, Activation = Activation.Relu, Loss = Loss.Logistic, LossScale = 2, Train = TrainedLayers.Both, Output = OutputLayer.Free, Scale = OutputScale.InverseWidth, Bias = false, GradientScale = GradientScale.PerNeuron, Element = Precision.Float)]
internal partial class F_Relu_Logistic_Both_Free_NoBias;

[TwoLayerKernel(Inputs = 17, Width = 1, Activation = Activation.Relu, Loss = Loss.Logistic, LossScale = 1, Train = TrainedLayers.Both, Output = OutputLayer.Free, Scale = OutputScale.One, Bias = true, GradientScale = GradientScale.Raw, Element = Precision.Float)]
internal partial class F_Relu_Logistic_Both_Free_Bias;

[TwoLayerKernel(Inputs = 7, Width = 100, Activation = Activation.Relu, Loss = Loss.Logistic, LossScale = 1, Train = TrainedLayers.Both, Output = OutputLayer.Free, Scale = OutputScale.InverseSqrtWidth, Bias = true, GradientScale = GradientScale.Raw, Element = Precision.Double)]
internal partial class D_Relu_Logistic_Both_Free_Bias;

[TwoLayerKernel(Inputs = 3, Width = 100, Activation = Activation.Relu, Loss = Loss.Logistic, LossScale = 2, Train = TrainedLayers.FirstOnly, Output = OutputLayer.FixedBalanced, OutputMagnitude = 0.5, Scale = OutputScale.InverseWidth, Bias = false, GradientScale = GradientScale.Raw, Element = Precision.Float)]
internal partial class F_Relu_Logistic_FirstOnly_FixedBalanced_NoBias;

[TwoLayerKernel(Inputs = 1, Width = 3, Activation = Activation.Relu, Loss = Loss.Logistic, LossScale = 1, Train = TrainedLayers.FirstOnly, Output = OutputLayer.FixedBalanced, OutputMagnitude = 0.5, Scale = OutputScale.One, Bias = true, GradientScale = GradientScale.PerNeuron, Element = Precision.Float)]
internal partial class F_Relu_Logistic_FirstOnly_FixedBalanced_Bias;

[TwoLayerKernel(Inputs = 100, Width = 3, Activation = Activation.Relu, Loss = Loss.Logistic, LossScale = 1, Train = TrainedLayers.FirstOnly, Output = OutputLayer.FixedBalanced, OutputMagnitude = 0.5, Scale = OutputScale.InverseSqrtWidth, Bias = true, GradientScale = GradientScale.PerNeuron, Element = Precision.Double)]
internal partial class D_Relu_Logistic_FirstOnly_FixedBalanced_Bias;

[TwoLayerKernel(Inputs = 7, Width = 7, Activation = Activation.Relu, Loss = Loss.Logistic, LossScale = 2, Train = TrainedLayers.FirstOnly, Output = OutputLayer.TiedToNorm, Scale = OutputScale.InverseWidth, Bias = false, GradientScale = GradientScale.PerNeuron, Element = Precision.Float)]
internal partial class F_Relu_Logistic_FirstOnly_TiedToNorm_NoBias;

[TwoLayerKernel(Inputs = 33, Width = 33, Activation = Activation.Relu, Loss = Loss.Logistic, LossScale = 1, Train = TrainedLayers.FirstOnly, Output = OutputLayer.TiedToNorm, Scale = OutputScale.One, Bias = true, GradientScale = GradientScale.Raw, Element = Precision.Float)]
internal partial class F_Relu_Logistic_FirstOnly_TiedToNorm_Bias;

[TwoLayerKernel(Inputs = 3, Width = 33, Activation = Activation.Relu, Loss = Loss.Logistic, LossScale = 1, Train = TrainedLayers.FirstOnly, Output = OutputLayer.TiedToNorm, Scale = OutputScale.InverseSqrtWidth, Bias = true, GradientScale = GradientScale.Raw, Element = Precision.Double)]
internal partial class D_Relu_Logistic_FirstOnly_TiedToNorm_Bias;

[TwoLayerKernel(Inputs = 100, Width = 1, Activation = Activation.Relu, Loss = Loss.Squared, LossScale = 2, Train = TrainedLayers.FirstOnly, Output = OutputLayer.Free, Scale = OutputScale.InverseWidth, Bias = false, GradientScale = GradientScale.Raw, Element = Precision.Float)]
internal partial class F_Relu_Squared_FirstOnly_Free_NoBias;

[TwoLayerKernel(Inputs = 17, Width = 100, Activation = Activation.Relu, Loss = Loss.Squared, LossScale = 1, Train = TrainedLayers.FirstOnly, Output = OutputLayer.Free, Scale = OutputScale.One, Bias = true, GradientScale = GradientScale.PerNeuron, Element = Precision.Float)]
internal partial class F_Relu_Squared_FirstOnly_Free_Bias;

[TwoLayerKernel(Inputs = 7, Width = 100, Activation = Activation.Relu, Loss = Loss.Squared, LossScale = 1, Train = TrainedLayers.FirstOnly, Output = OutputLayer.Free, Scale = OutputScale.InverseSqrtWidth, Bias = true, GradientScale = GradientScale.PerNeuron, Element = Precision.Double)]
internal partial class D_Relu_Squared_FirstOnly_Free_Bias;

[TwoLayerKernel(Inputs = 3, Width = 17, Activation = Activation.Relu, Loss = Loss.Squared, LossScale = 2, Train = TrainedLayers.SecondOnly, Output = OutputLayer.Free, Scale = OutputScale.InverseWidth, Bias = false, GradientScale = GradientScale.PerNeuron, Element = Precision.Float)]
internal partial class F_Relu_Squared_SecondOnly_Free_NoBias;

[TwoLayerKernel(Inputs = 1, Width = 7, Activation = Activation.Relu, Loss = Loss.Squared, LossScale = 1, Train = TrainedLayers.Both, Output = OutputLayer.Free, Scale = OutputScale.One, Bias = false, GradientScale = GradientScale.Raw, Element = Precision.Float)]
internal partial class F_Relu_Squared_Both_Free_NoBias;

[TwoLayerKernel(Inputs = 100, Width = 3, Activation = Activation.Relu, Loss = Loss.Squared, LossScale = 1, Train = TrainedLayers.Both, Output = OutputLayer.Free, Scale = OutputScale.InverseSqrtWidth, Bias = false, GradientScale = GradientScale.Raw, Element = Precision.Double)]
internal partial class D_Relu_Squared_Both_Free_NoBias;

[TwoLayerKernel(Inputs = 7, Width = 33, Activation = Activation.Relu, Loss = Loss.Squared, LossScale = 2, Train = TrainedLayers.Both, Output = OutputLayer.Free, Scale = OutputScale.InverseWidth, Bias = true, GradientScale = GradientScale.Raw, Element = Precision.Float)]
internal partial class F_Relu_Squared_Both_Free_Bias;

[TwoLayerKernel(Inputs = 33, Width = 1, Activation = Activation.Relu, Loss = Loss.Squared, LossScale = 1, Train = TrainedLayers.FirstOnly, Output = OutputLayer.FixedBalanced, OutputMagnitude = 0.5, Scale = OutputScale.One, Bias = false, GradientScale = GradientScale.PerNeuron, Element = Precision.Float)]
internal partial class F_Relu_Squared_FirstOnly_FixedBalanced_NoBias;

[TwoLayerKernel(Inputs = 3, Width = 33, Activation = Activation.Relu, Loss = Loss.Squared, LossScale = 1, Train = TrainedLayers.FirstOnly, Output = OutputLayer.FixedBalanced, OutputMagnitude = 0.5, Scale = OutputScale.InverseSqrtWidth, Bias = false, GradientScale = GradientScale.PerNeuron, Element = Precision.Double)]
internal partial class D_Relu_Squared_FirstOnly_FixedBalanced_NoBias;

[TwoLayerKernel(Inputs = 100, Width = 100, Activation = Activation.Relu, Loss = Loss.Squared, LossScale = 2, Train = TrainedLayers.FirstOnly, Output = OutputLayer.FixedBalanced, OutputMagnitude = 0.5, Scale = OutputScale.InverseWidth, Bias = true, GradientScale = GradientScale.PerNeuron, Element = Precision.Float)]
internal partial class F_Relu_Squared_FirstOnly_FixedBalanced_Bias;

[TwoLayerKernel(Inputs = 17, Width = 17, Activation = Activation.Relu, Loss = Loss.Squared, LossScale = 1, Train = TrainedLayers.FirstOnly, Output = OutputLayer.TiedToNorm, Scale = OutputScale.One, Bias = false, GradientScale = GradientScale.Raw, Element = Precision.Float)]
internal partial class F_Relu_Squared_FirstOnly_TiedToNorm_NoBias;

[TwoLayerKernel(Inputs = 7, Width = 100, Activation = Activation.Relu, Loss = Loss.Squared, LossScale = 1, Train = TrainedLayers.FirstOnly, Output = OutputLayer.TiedToNorm, Scale = OutputScale.InverseSqrtWidth, Bias = false, GradientScale = GradientScale.Raw, Element = Precision.Double)]
internal partial class D_Relu_Squared_FirstOnly_TiedToNorm_NoBias;

[TwoLayerKernel(Inputs = 3, Width = 3, Activation = Activation.Relu, Loss = Loss.Squared, LossScale = 2, Train = TrainedLayers.FirstOnly, Output = OutputLayer.TiedToNorm, Scale = OutputScale.InverseWidth, Bias = true, GradientScale = GradientScale.Raw, Element = Precision.Float)]
internal partial class F_Relu_Squared_FirstOnly_TiedToNorm_Bias;

[TwoLayerKernel(Inputs = 1, Width = 33, Activation = Activation.HuberizedRelu, ActivationParameter = 0.3, Loss = Loss.Logistic, LossScale = 1, Train = TrainedLayers.FirstOnly, Output = OutputLayer.Free, Scale = OutputScale.One, Bias = false, GradientScale = GradientScale.PerNeuron, Element = Precision.Float)]
internal partial class F_HuberizedRelu_Logistic_FirstOnly_Free_NoBias;

[TwoLayerKernel(Inputs = 100, Width = 3, Activation = Activation.HuberizedRelu, ActivationParameter = 0.3, Loss = Loss.Logistic, LossScale = 1, Train = TrainedLayers.FirstOnly, Output = OutputLayer.Free, Scale = OutputScale.InverseSqrtWidth, Bias = false, GradientScale = GradientScale.PerNeuron, Element = Precision.Double)]
internal partial class D_HuberizedRelu_Logistic_FirstOnly_Free_NoBias;

[TwoLayerKernel(Inputs = 7, Width = 1, Activation = Activation.HuberizedRelu, ActivationParameter = 0.3, Loss = Loss.Logistic, LossScale = 2, Train = TrainedLayers.FirstOnly, Output = OutputLayer.Free, Scale = OutputScale.InverseWidth, Bias = true, GradientScale = GradientScale.PerNeuron, Element = Precision.Float)]
internal partial class F_HuberizedRelu_Logistic_FirstOnly_Free_Bias;

[TwoLayerKernel(Inputs = 33, Width = 100, Activation = Activation.HuberizedRelu, ActivationParameter = 0.3, Loss = Loss.Logistic, LossScale = 1, Train = TrainedLayers.SecondOnly, Output = OutputLayer.Free, Scale = OutputScale.One, Bias = false, GradientScale = GradientScale.Raw, Element = Precision.Float)]
internal partial class F_HuberizedRelu_Logistic_SecondOnly_Free_NoBias;

[TwoLayerKernel(Inputs = 3, Width = 33, Activation = Activation.HuberizedRelu, ActivationParameter = 0.3, Loss = Loss.Logistic, LossScale = 1, Train = TrainedLayers.SecondOnly, Output = OutputLayer.Free, Scale = OutputScale.InverseSqrtWidth, Bias = false, GradientScale = GradientScale.Raw, Element = Precision.Double)]
internal partial class D_HuberizedRelu_Logistic_SecondOnly_Free_NoBias;

[TwoLayerKernel(Inputs = 100, Width = 17, Activation = Activation.HuberizedRelu, ActivationParameter = 0.3, Loss = Loss.Logistic, LossScale = 2, Train = TrainedLayers.Both, Output = OutputLayer.Free, Scale = OutputScale.InverseWidth, Bias = false, GradientScale = GradientScale.Raw, Element = Precision.Float)]
internal partial class F_HuberizedRelu_Logistic_Both_Free_NoBias;

[TwoLayerKernel(Inputs = 17, Width = 3, Activation = Activation.HuberizedRelu, ActivationParameter = 0.3, Loss = Loss.Logistic, LossScale = 1, Train = TrainedLayers.Both, Output = OutputLayer.Free, Scale = OutputScale.One, Bias = true, GradientScale = GradientScale.PerNeuron, Element = Precision.Float)]
internal partial class F_HuberizedRelu_Logistic_Both_Free_Bias;

[TwoLayerKernel(Inputs = 7, Width = 100, Activation = Activation.HuberizedRelu, ActivationParameter = 0.3, Loss = Loss.Logistic, LossScale = 1, Train = TrainedLayers.Both, Output = OutputLayer.Free, Scale = OutputScale.InverseSqrtWidth, Bias = true, GradientScale = GradientScale.PerNeuron, Element = Precision.Double)]
internal partial class D_HuberizedRelu_Logistic_Both_Free_Bias;

[TwoLayerKernel(Inputs = 3, Width = 7, Activation = Activation.HuberizedRelu, ActivationParameter = 0.3, Loss = Loss.Logistic, LossScale = 2, Train = TrainedLayers.FirstOnly, Output = OutputLayer.FixedBalanced, OutputMagnitude = 0.5, Scale = OutputScale.InverseWidth, Bias = false, GradientScale = GradientScale.PerNeuron, Element = Precision.Float)]
internal partial class F_HuberizedRelu_Logistic_FirstOnly_FixedBalanced_NoBias;

[TwoLayerKernel(Inputs = 1, Width = 1, Activation = Activation.HuberizedRelu, ActivationParameter = 0.3, Loss = Loss.Logistic, LossScale = 1, Train = TrainedLayers.FirstOnly, Output = OutputLayer.FixedBalanced, OutputMagnitude = 0.5, Scale = OutputScale.One, Bias = true, GradientScale = GradientScale.Raw, Element = Precision.Float)]
internal partial class F_HuberizedRelu_Logistic_FirstOnly_FixedBalanced_Bias;

[TwoLayerKernel(Inputs = 100, Width = 3, Activation = Activation.HuberizedRelu, ActivationParameter = 0.3, Loss = Loss.Logistic, LossScale = 1, Train = TrainedLayers.FirstOnly, Output = OutputLayer.FixedBalanced, OutputMagnitude = 0.5, Scale = OutputScale.InverseSqrtWidth, Bias = true, GradientScale = GradientScale.Raw, Element = Precision.Double)]
internal partial class D_HuberizedRelu_Logistic_FirstOnly_FixedBalanced_Bias;

[TwoLayerKernel(Inputs = 7, Width = 100, Activation = Activation.HuberizedRelu, ActivationParameter = 0.3, Loss = Loss.Logistic, LossScale = 2, Train = TrainedLayers.FirstOnly, Output = OutputLayer.TiedToNorm, Scale = OutputScale.InverseWidth, Bias = false, GradientScale = GradientScale.Raw, Element = Precision.Float)]
internal partial class F_HuberizedRelu_Logistic_FirstOnly_TiedToNorm_NoBias;

[TwoLayerKernel(Inputs = 33, Width = 17, Activation = Activation.HuberizedRelu, ActivationParameter = 0.3, Loss = Loss.Logistic, LossScale = 1, Train = TrainedLayers.FirstOnly, Output = OutputLayer.TiedToNorm, Scale = OutputScale.One, Bias = true, GradientScale = GradientScale.PerNeuron, Element = Precision.Float)]
internal partial class F_HuberizedRelu_Logistic_FirstOnly_TiedToNorm_Bias;

[TwoLayerKernel(Inputs = 3, Width = 33, Activation = Activation.HuberizedRelu, ActivationParameter = 0.3, Loss = Loss.Logistic, LossScale = 1, Train = TrainedLayers.FirstOnly, Output = OutputLayer.TiedToNorm, Scale = OutputScale.InverseSqrtWidth, Bias = true, GradientScale = GradientScale.PerNeuron, Element = Precision.Double)]
internal partial class D_HuberizedRelu_Logistic_FirstOnly_TiedToNorm_Bias;

[TwoLayerKernel(Inputs = 100, Width = 3, Activation = Activation.HuberizedRelu, ActivationParameter = 0.3, Loss = Loss.Squared, LossScale = 2, Train = TrainedLayers.FirstOnly, Output = OutputLayer.Free, Scale = OutputScale.InverseWidth, Bias = false, GradientScale = GradientScale.PerNeuron, Element = Precision.Float)]
internal partial class F_HuberizedRelu_Squared_FirstOnly_Free_NoBias;

[TwoLayerKernel(Inputs = 17, Width = 7, Activation = Activation.HuberizedRelu, ActivationParameter = 0.3, Loss = Loss.Squared, LossScale = 1, Train = TrainedLayers.FirstOnly, Output = OutputLayer.Free, Scale = OutputScale.One, Bias = true, GradientScale = GradientScale.Raw, Element = Precision.Float)]
internal partial class F_HuberizedRelu_Squared_FirstOnly_Free_Bias;

[TwoLayerKernel(Inputs = 7, Width = 100, Activation = Activation.HuberizedRelu, ActivationParameter = 0.3, Loss = Loss.Squared, LossScale = 1, Train = TrainedLayers.FirstOnly, Output = OutputLayer.Free, Scale = OutputScale.InverseSqrtWidth, Bias = true, GradientScale = GradientScale.Raw, Element = Precision.Double)]
internal partial class D_HuberizedRelu_Squared_FirstOnly_Free_Bias;

[TwoLayerKernel(Inputs = 3, Width = 33, Activation = Activation.HuberizedRelu, ActivationParameter = 0.3, Loss = Loss.Squared, LossScale = 2, Train = TrainedLayers.SecondOnly, Output = OutputLayer.Free, Scale = OutputScale.InverseWidth, Bias = false, GradientScale = GradientScale.Raw, Element = Precision.Float)]
internal partial class F_HuberizedRelu_Squared_SecondOnly_Free_NoBias;

[TwoLayerKernel(Inputs = 1, Width = 100, Activation = Activation.HuberizedRelu, ActivationParameter = 0.3, Loss = Loss.Squared, LossScale = 1, Train = TrainedLayers.Both, Output = OutputLayer.Free, Scale = OutputScale.One, Bias = false, GradientScale = GradientScale.PerNeuron, Element = Precision.Float)]
internal partial class F_HuberizedRelu_Squared_Both_Free_NoBias;

[TwoLayerKernel(Inputs = 100, Width = 3, Activation = Activation.HuberizedRelu, ActivationParameter = 0.3, Loss = Loss.Squared, LossScale = 1, Train = TrainedLayers.Both, Output = OutputLayer.Free, Scale = OutputScale.InverseSqrtWidth, Bias = false, GradientScale = GradientScale.PerNeuron, Element = Precision.Double)]
internal partial class D_HuberizedRelu_Squared_Both_Free_NoBias;

[TwoLayerKernel(Inputs = 7, Width = 17, Activation = Activation.HuberizedRelu, ActivationParameter = 0.3, Loss = Loss.Squared, LossScale = 2, Train = TrainedLayers.Both, Output = OutputLayer.Free, Scale = OutputScale.InverseWidth, Bias = true, GradientScale = GradientScale.PerNeuron, Element = Precision.Float)]
internal partial class F_HuberizedRelu_Squared_Both_Free_Bias;

[TwoLayerKernel(Inputs = 33, Width = 3, Activation = Activation.HuberizedRelu, ActivationParameter = 0.3, Loss = Loss.Squared, LossScale = 1, Train = TrainedLayers.FirstOnly, Output = OutputLayer.FixedBalanced, OutputMagnitude = 0.5, Scale = OutputScale.One, Bias = false, GradientScale = GradientScale.Raw, Element = Precision.Float)]
internal partial class F_HuberizedRelu_Squared_FirstOnly_FixedBalanced_NoBias;

[TwoLayerKernel(Inputs = 3, Width = 33, Activation = Activation.HuberizedRelu, ActivationParameter = 0.3, Loss = Loss.Squared, LossScale = 1, Train = TrainedLayers.FirstOnly, Output = OutputLayer.FixedBalanced, OutputMagnitude = 0.5, Scale = OutputScale.InverseSqrtWidth, Bias = false, GradientScale = GradientScale.Raw, Element = Precision.Double)]
internal partial class D_HuberizedRelu_Squared_FirstOnly_FixedBalanced_NoBias;

[TwoLayerKernel(Inputs = 100, Width = 7, Activation = Activation.HuberizedRelu, ActivationParameter = 0.3, Loss = Loss.Squared, LossScale = 2, Train = TrainedLayers.FirstOnly, Output = OutputLayer.FixedBalanced, OutputMagnitude = 0.5, Scale = OutputScale.InverseWidth, Bias = true, GradientScale = GradientScale.Raw, Element = Precision.Float)]
internal partial class F_HuberizedRelu_Squared_FirstOnly_FixedBalanced_Bias;

[TwoLayerKernel(Inputs = 17, Width = 33, Activation = Activation.HuberizedRelu, ActivationParameter = 0.3, Loss = Loss.Squared, LossScale = 1, Train = TrainedLayers.FirstOnly, Output = OutputLayer.TiedToNorm, Scale = OutputScale.One, Bias = false, GradientScale = GradientScale.PerNeuron, Element = Precision.Float)]
internal partial class F_HuberizedRelu_Squared_FirstOnly_TiedToNorm_NoBias;

[TwoLayerKernel(Inputs = 7, Width = 100, Activation = Activation.HuberizedRelu, ActivationParameter = 0.3, Loss = Loss.Squared, LossScale = 1, Train = TrainedLayers.FirstOnly, Output = OutputLayer.TiedToNorm, Scale = OutputScale.InverseSqrtWidth, Bias = false, GradientScale = GradientScale.PerNeuron, Element = Precision.Double)]
internal partial class D_HuberizedRelu_Squared_FirstOnly_TiedToNorm_NoBias;

[TwoLayerKernel(Inputs = 3, Width = 1, Activation = Activation.HuberizedRelu, ActivationParameter = 0.3, Loss = Loss.Squared, LossScale = 2, Train = TrainedLayers.FirstOnly, Output = OutputLayer.TiedToNorm, Scale = OutputScale.InverseWidth, Bias = true, GradientScale = GradientScale.PerNeuron, Element = Precision.Float)]
internal partial class F_HuberizedRelu_Squared_FirstOnly_TiedToNorm_Bias;

[TwoLayerKernel(Inputs = 1, Width = 17, Activation = Activation.Abs, Loss = Loss.Logistic, LossScale = 1, Train = TrainedLayers.FirstOnly, Output = OutputLayer.Free, Scale = OutputScale.One, Bias = false, GradientScale = GradientScale.Raw, Element = Precision.Float)]
internal partial class F_Abs_Logistic_FirstOnly_Free_NoBias;

[TwoLayerKernel(Inputs = 100, Width = 3, Activation = Activation.Abs, Loss = Loss.Logistic, LossScale = 1, Train = TrainedLayers.FirstOnly, Output = OutputLayer.Free, Scale = OutputScale.InverseSqrtWidth, Bias = false, GradientScale = GradientScale.Raw, Element = Precision.Double)]
internal partial class D_Abs_Logistic_FirstOnly_Free_NoBias;

[TwoLayerKernel(Inputs = 7, Width = 3, Activation = Activation.Abs, Loss = Loss.Logistic, LossScale = 2, Train = TrainedLayers.FirstOnly, Output = OutputLayer.Free, Scale = OutputScale.InverseWidth, Bias = true, GradientScale = GradientScale.Raw, Element = Precision.Float)]
internal partial class F_Abs_Logistic_FirstOnly_Free_Bias;

[TwoLayerKernel(Inputs = 33, Width = 7, Activation = Activation.Abs, Loss = Loss.Logistic, LossScale = 1, Train = TrainedLayers.SecondOnly, Output = OutputLayer.Free, Scale = OutputScale.One, Bias = false, GradientScale = GradientScale.PerNeuron, Element = Precision.Float)]
internal partial class F_Abs_Logistic_SecondOnly_Free_NoBias;

[TwoLayerKernel(Inputs = 3, Width = 33, Activation = Activation.Abs, Loss = Loss.Logistic, LossScale = 1, Train = TrainedLayers.SecondOnly, Output = OutputLayer.Free, Scale = OutputScale.InverseSqrtWidth, Bias = false, GradientScale = GradientScale.PerNeuron, Element = Precision.Double)]
internal partial class D_Abs_Logistic_SecondOnly_Free_NoBias;

[TwoLayerKernel(Inputs = 100, Width = 33, Activation = Activation.Abs, Loss = Loss.Logistic, LossScale = 2, Train = TrainedLayers.Both, Output = OutputLayer.Free, Scale = OutputScale.InverseWidth, Bias = false, GradientScale = GradientScale.PerNeuron, Element = Precision.Float)]
internal partial class F_Abs_Logistic_Both_Free_NoBias;

[TwoLayerKernel(Inputs = 17, Width = 1, Activation = Activation.Abs, Loss = Loss.Logistic, LossScale = 1, Train = TrainedLayers.Both, Output = OutputLayer.Free, Scale = OutputScale.One, Bias = true, GradientScale = GradientScale.Raw, Element = Precision.Float)]
internal partial class F_Abs_Logistic_Both_Free_Bias;

[TwoLayerKernel(Inputs = 7, Width = 100, Activation = Activation.Abs, Loss = Loss.Logistic, LossScale = 1, Train = TrainedLayers.Both, Output = OutputLayer.Free, Scale = OutputScale.InverseSqrtWidth, Bias = true, GradientScale = GradientScale.Raw, Element = Precision.Double)]
internal partial class D_Abs_Logistic_Both_Free_Bias;

[TwoLayerKernel(Inputs = 3, Width = 100, Activation = Activation.Abs, Loss = Loss.Logistic, LossScale = 2, Train = TrainedLayers.FirstOnly, Output = OutputLayer.FixedBalanced, OutputMagnitude = 0.5, Scale = OutputScale.InverseWidth, Bias = false, GradientScale = GradientScale.Raw, Element = Precision.Float)]
internal partial class F_Abs_Logistic_FirstOnly_FixedBalanced_NoBias;

[TwoLayerKernel(Inputs = 1, Width = 3, Activation = Activation.Abs, Loss = Loss.Logistic, LossScale = 1, Train = TrainedLayers.FirstOnly, Output = OutputLayer.FixedBalanced, OutputMagnitude = 0.5, Scale = OutputScale.One, Bias = true, GradientScale = GradientScale.PerNeuron, Element = Precision.Float)]
internal partial class F_Abs_Logistic_FirstOnly_FixedBalanced_Bias;

[TwoLayerKernel(Inputs = 100, Width = 3, Activation = Activation.Abs, Loss = Loss.Logistic, LossScale = 1, Train = TrainedLayers.FirstOnly, Output = OutputLayer.FixedBalanced, OutputMagnitude = 0.5, Scale = OutputScale.InverseSqrtWidth, Bias = true, GradientScale = GradientScale.PerNeuron, Element = Precision.Double)]
internal partial class D_Abs_Logistic_FirstOnly_FixedBalanced_Bias;

[TwoLayerKernel(Inputs = 7, Width = 7, Activation = Activation.Abs, Loss = Loss.Logistic, LossScale = 2, Train = TrainedLayers.FirstOnly, Output = OutputLayer.TiedToNorm, Scale = OutputScale.InverseWidth, Bias = false, GradientScale = GradientScale.PerNeuron, Element = Precision.Float)]
internal partial class F_Abs_Logistic_FirstOnly_TiedToNorm_NoBias;

[TwoLayerKernel(Inputs = 33, Width = 33, Activation = Activation.Abs, Loss = Loss.Logistic, LossScale = 1, Train = TrainedLayers.FirstOnly, Output = OutputLayer.TiedToNorm, Scale = OutputScale.One, Bias = true, GradientScale = GradientScale.Raw, Element = Precision.Float)]
internal partial class F_Abs_Logistic_FirstOnly_TiedToNorm_Bias;

[TwoLayerKernel(Inputs = 3, Width = 33, Activation = Activation.Abs, Loss = Loss.Logistic, LossScale = 1, Train = TrainedLayers.FirstOnly, Output = OutputLayer.TiedToNorm, Scale = OutputScale.InverseSqrtWidth, Bias = true, GradientScale = GradientScale.Raw, Element = Precision.Double)]
internal partial class D_Abs_Logistic_FirstOnly_TiedToNorm_Bias;

[TwoLayerKernel(Inputs = 100, Width = 1, Activation = Activation.Abs, Loss = Loss.Squared, LossScale = 2, Train = TrainedLayers.FirstOnly, Output = OutputLayer.Free, Scale = OutputScale.InverseWidth, Bias = false, GradientScale = GradientScale.Raw, Element = Precision.Float)]
internal partial class F_Abs_Squared_FirstOnly_Free_NoBias;

[TwoLayerKernel(Inputs = 17, Width = 100, Activation = Activation.Abs, Loss = Loss.Squared, LossScale = 1, Train = TrainedLayers.FirstOnly, Output = OutputLayer.Free, Scale = OutputScale.One, Bias = true, GradientScale = GradientScale.PerNeuron, Element = Precision.Float)]
internal partial class F_Abs_Squared_FirstOnly_Free_Bias;

[TwoLayerKernel(Inputs = 7, Width = 100, Activation = Activation.Abs, Loss = Loss.Squared, LossScale = 1, Train = TrainedLayers.FirstOnly, Output = OutputLayer.Free, Scale = OutputScale.InverseSqrtWidth, Bias = true, GradientScale = GradientScale.PerNeuron, Element = Precision.Double)]
internal partial class D_Abs_Squared_FirstOnly_Free_Bias;

[TwoLayerKernel(Inputs = 3, Width = 17, Activation = Activation.Abs, Loss = Loss.Squared, LossScale = 2, Train = TrainedLayers.SecondOnly, Output = OutputLayer.Free, Scale = OutputScale.InverseWidth, Bias = false, GradientScale = GradientScale.PerNeuron, Element = Precision.Float)]
internal partial class F_Abs_Squared_SecondOnly_Free_NoBias;

[TwoLayerKernel(Inputs = 1, Width = 7, Activation = Activation.Abs, Loss = Loss.Squared, LossScale = 1, Train = TrainedLayers.Both, Output = OutputLayer.Free, Scale = OutputScale.One, Bias = false, GradientScale = GradientScale.Raw, Element = Precision.Float)]
internal partial class F_Abs_Squared_Both_Free_NoBias;

[TwoLayerKernel(Inputs = 100, Width = 3, Activation = Activation.Abs, Loss = Loss.Squared, LossScale = 1, Train = TrainedLayers.Both, Output = OutputLayer.Free, Scale = OutputScale.InverseSqrtWidth, Bias = false, GradientScale = GradientScale.Raw, Element = Precision.Double)]
internal partial class D_Abs_Squared_Both_Free_NoBias;

[TwoLayerKernel(Inputs = 7, Width = 33, Activation = Activation.Abs, Loss = Loss.Squared, LossScale = 2, Train = TrainedLayers.Both, Output = OutputLayer.Free, Scale = OutputScale.InverseWidth, Bias = true, GradientScale = GradientScale.Raw, Element = Precision.Float)]
internal partial class F_Abs_Squared_Both_Free_Bias;

[TwoLayerKernel(Inputs = 33, Width = 1, Activation = Activation.Abs, Loss = Loss.Squared, LossScale = 1, Train = TrainedLayers.FirstOnly, Output = OutputLayer.FixedBalanced, OutputMagnitude = 0.5, Scale = OutputScale.One, Bias = false, GradientScale = GradientScale.PerNeuron, Element = Precision.Float)]
internal partial class F_Abs_Squared_FirstOnly_FixedBalanced_NoBias;

[TwoLayerKernel(Inputs = 3, Width = 33, Activation = Activation.Abs, Loss = Loss.Squared, LossScale = 1, Train = TrainedLayers.FirstOnly, Output = OutputLayer.FixedBalanced, OutputMagnitude = 0.5, Scale = OutputScale.InverseSqrtWidth, Bias = false, GradientScale = GradientScale.PerNeuron, Element = Precision.Double)]
internal partial class D_Abs_Squared_FirstOnly_FixedBalanced_NoBias;

[TwoLayerKernel(Inputs = 100, Width = 100, Activation = Activation.Abs, Loss = Loss.Squared, LossScale = 2, Train = TrainedLayers.FirstOnly, Output = OutputLayer.FixedBalanced, OutputMagnitude = 0.5, Scale = OutputScale.InverseWidth, Bias = true, GradientScale = GradientScale.PerNeuron, Element = Precision.Float)]
internal partial class F_Abs_Squared_FirstOnly_FixedBalanced_Bias;

[TwoLayerKernel(Inputs = 17, Width = 17, Activation = Activation.Abs, Loss = Loss.Squared, LossScale = 1, Train = TrainedLayers.FirstOnly, Output = OutputLayer.TiedToNorm, Scale = OutputScale.One, Bias = false, GradientScale = GradientScale.Raw, Element = Precision.Float)]
internal partial class F_Abs_Squared_FirstOnly_TiedToNorm_NoBias;

[TwoLayerKernel(Inputs = 7, Width = 100, Activation = Activation.Abs, Loss = Loss.Squared, LossScale = 1, Train = TrainedLayers.FirstOnly, Output = OutputLayer.TiedToNorm, Scale = OutputScale.InverseSqrtWidth, Bias = false, GradientScale = GradientScale.Raw, Element = Precision.Double)]
internal partial class D_Abs_Squared_FirstOnly_TiedToNorm_NoBias;

[TwoLayerKernel(Inputs = 3, Width = 3, Activation = Activation.Abs, Loss = Loss.Squared, LossScale = 2, Train = TrainedLayers.FirstOnly, Output = OutputLayer.TiedToNorm, Scale = OutputScale.InverseWidth, Bias = true, GradientScale = GradientScale.Raw, Element = Precision.Float)]
internal partial class F_Abs_Squared_FirstOnly_TiedToNorm_Bias;

[TwoLayerKernel(Inputs = 1, Width = 33, Activation = Activation.LeakyRelu, ActivationParameter = 0.1, Loss = Loss.Logistic, LossScale = 1, Train = TrainedLayers.FirstOnly, Output = OutputLayer.Free, Scale = OutputScale.One, Bias = false, GradientScale = GradientScale.PerNeuron, Element = Precision.Float)]
internal partial class F_LeakyRelu_Logistic_FirstOnly_Free_NoBias;

[TwoLayerKernel(Inputs = 100, Width = 3, Activation = Activation.LeakyRelu, ActivationParameter = 0.1, Loss = Loss.Logistic, LossScale = 1, Train = TrainedLayers.FirstOnly, Output = OutputLayer.Free, Scale = OutputScale.InverseSqrtWidth, Bias = false, GradientScale = GradientScale.PerNeuron, Element = Precision.Double)]
internal partial class D_LeakyRelu_Logistic_FirstOnly_Free_NoBias;

[TwoLayerKernel(Inputs = 7, Width = 1, Activation = Activation.LeakyRelu, ActivationParameter = 0.1, Loss = Loss.Logistic, LossScale = 2, Train = TrainedLayers.FirstOnly, Output = OutputLayer.Free, Scale = OutputScale.InverseWidth, Bias = true, GradientScale = GradientScale.PerNeuron, Element = Precision.Float)]
internal partial class F_LeakyRelu_Logistic_FirstOnly_Free_Bias;

[TwoLayerKernel(Inputs = 33, Width = 100, Activation = Activation.LeakyRelu, ActivationParameter = 0.1, Loss = Loss.Logistic, LossScale = 1, Train = TrainedLayers.SecondOnly, Output = OutputLayer.Free, Scale = OutputScale.One, Bias = false, GradientScale = GradientScale.Raw, Element = Precision.Float)]
internal partial class F_LeakyRelu_Logistic_SecondOnly_Free_NoBias;

[TwoLayerKernel(Inputs = 3, Width = 33, Activation = Activation.LeakyRelu, ActivationParameter = 0.1, Loss = Loss.Logistic, LossScale = 1, Train = TrainedLayers.SecondOnly, Output = OutputLayer.Free, Scale = OutputScale.InverseSqrtWidth, Bias = false, GradientScale = GradientScale.Raw, Element = Precision.Double)]
internal partial class D_LeakyRelu_Logistic_SecondOnly_Free_NoBias;

[TwoLayerKernel(Inputs = 100, Width = 17, Activation = Activation.LeakyRelu, ActivationParameter = 0.1, Loss = Loss.Logistic, LossScale = 2, Train = TrainedLayers.Both, Output = OutputLayer.Free, Scale = OutputScale.InverseWidth, Bias = false, GradientScale = GradientScale.Raw, Element = Precision.Float)]
internal partial class F_LeakyRelu_Logistic_Both_Free_NoBias;

[TwoLayerKernel(Inputs = 17, Width = 3, Activation = Activation.LeakyRelu, ActivationParameter = 0.1, Loss = Loss.Logistic, LossScale = 1, Train = TrainedLayers.Both, Output = OutputLayer.Free, Scale = OutputScale.One, Bias = true, GradientScale = GradientScale.PerNeuron, Element = Precision.Float)]
internal partial class F_LeakyRelu_Logistic_Both_Free_Bias;

[TwoLayerKernel(Inputs = 7, Width = 100, Activation = Activation.LeakyRelu, ActivationParameter = 0.1, Loss = Loss.Logistic, LossScale = 1, Train = TrainedLayers.Both, Output = OutputLayer.Free, Scale = OutputScale.InverseSqrtWidth, Bias = true, GradientScale = GradientScale.PerNeuron, Element = Precision.Double)]
internal partial class D_LeakyRelu_Logistic_Both_Free_Bias;

[TwoLayerKernel(Inputs = 3, Width = 7, Activation = Activation.LeakyRelu, ActivationParameter = 0.1, Loss = Loss.Logistic, LossScale = 2, Train = TrainedLayers.FirstOnly, Output = OutputLayer.FixedBalanced, OutputMagnitude = 0.5, Scale = OutputScale.InverseWidth, Bias = false, GradientScale = GradientScale.PerNeuron, Element = Precision.Float)]
internal partial class F_LeakyRelu_Logistic_FirstOnly_FixedBalanced_NoBias;

[TwoLayerKernel(Inputs = 1, Width = 1, Activation = Activation.LeakyRelu, ActivationParameter = 0.1, Loss = Loss.Logistic, LossScale = 1, Train = TrainedLayers.FirstOnly, Output = OutputLayer.FixedBalanced, OutputMagnitude = 0.5, Scale = OutputScale.One, Bias = true, GradientScale = GradientScale.Raw, Element = Precision.Float)]
internal partial class F_LeakyRelu_Logistic_FirstOnly_FixedBalanced_Bias;

[TwoLayerKernel(Inputs = 100, Width = 3, Activation = Activation.LeakyRelu, ActivationParameter = 0.1, Loss = Loss.Logistic, LossScale = 1, Train = TrainedLayers.FirstOnly, Output = OutputLayer.FixedBalanced, OutputMagnitude = 0.5, Scale = OutputScale.InverseSqrtWidth, Bias = true, GradientScale = GradientScale.Raw, Element = Precision.Double)]
internal partial class D_LeakyRelu_Logistic_FirstOnly_FixedBalanced_Bias;

[TwoLayerKernel(Inputs = 7, Width = 100, Activation = Activation.LeakyRelu, ActivationParameter = 0.1, Loss = Loss.Logistic, LossScale = 2, Train = TrainedLayers.FirstOnly, Output = OutputLayer.TiedToNorm, Scale = OutputScale.InverseWidth, Bias = false, GradientScale = GradientScale.Raw, Element = Precision.Float)]
internal partial class F_LeakyRelu_Logistic_FirstOnly_TiedToNorm_NoBias;

[TwoLayerKernel(Inputs = 33, Width = 17, Activation = Activation.LeakyRelu, ActivationParameter = 0.1, Loss = Loss.Logistic, LossScale = 1, Train = TrainedLayers.FirstOnly, Output = OutputLayer.TiedToNorm, Scale = OutputScale.One, Bias = true, GradientScale = GradientScale.PerNeuron, Element = Precision.Float)]
internal partial class F_LeakyRelu_Logistic_FirstOnly_TiedToNorm_Bias;

[TwoLayerKernel(Inputs = 3, Width = 33, Activation = Activation.LeakyRelu, ActivationParameter = 0.1, Loss = Loss.Logistic, LossScale = 1, Train = TrainedLayers.FirstOnly, Output = OutputLayer.TiedToNorm, Scale = OutputScale.InverseSqrtWidth, Bias = true, GradientScale = GradientScale.PerNeuron, Element = Precision.Double)]
internal partial class D_LeakyRelu_Logistic_FirstOnly_TiedToNorm_Bias;

[TwoLayerKernel(Inputs = 100, Width = 3, Activation = Activation.LeakyRelu, ActivationParameter = 0.1, Loss = Loss.Squared, LossScale = 2, Train = TrainedLayers.FirstOnly, Output = OutputLayer.Free, Scale = OutputScale.InverseWidth, Bias = false, GradientScale = GradientScale.PerNeuron, Element = Precision.Float)]
internal partial class F_LeakyRelu_Squared_FirstOnly_Free_NoBias;

[TwoLayerKernel(Inputs = 17, Width = 7, Activation = Activation.LeakyRelu, ActivationParameter = 0.1, Loss = Loss.Squared, LossScale = 1, Train = TrainedLayers.FirstOnly, Output = OutputLayer.Free, Scale = OutputScale.One, Bias = true, GradientScale = GradientScale.Raw, Element = Precision.Float)]
internal partial class F_LeakyRelu_Squared_FirstOnly_Free_Bias;

[TwoLayerKernel(Inputs = 7, Width = 100, Activation = Activation.LeakyRelu, ActivationParameter = 0.1, Loss = Loss.Squared, LossScale = 1, Train = TrainedLayers.FirstOnly, Output = OutputLayer.Free, Scale = OutputScale.InverseSqrtWidth, Bias = true, GradientScale = GradientScale.Raw, Element = Precision.Double)]
internal partial class D_LeakyRelu_Squared_FirstOnly_Free_Bias;

[TwoLayerKernel(Inputs = 3, Width = 33, Activation = Activation.LeakyRelu, ActivationParameter = 0.1, Loss = Loss.Squared, LossScale = 2, Train = TrainedLayers.SecondOnly, Output = OutputLayer.Free, Scale = OutputScale.InverseWidth, Bias = false, GradientScale = GradientScale.Raw, Element = Precision.Float)]
internal partial class F_LeakyRelu_Squared_SecondOnly_Free_NoBias;

[TwoLayerKernel(Inputs = 1, Width = 100, Activation = Activation.LeakyRelu, ActivationParameter = 0.1, Loss = Loss.Squared, LossScale = 1, Train = TrainedLayers.Both, Output = OutputLayer.Free, Scale = OutputScale.One, Bias = false, GradientScale = GradientScale.PerNeuron, Element = Precision.Float)]
internal partial class F_LeakyRelu_Squared_Both_Free_NoBias;

[TwoLayerKernel(Inputs = 100, Width = 3, Activation = Activation.LeakyRelu, ActivationParameter = 0.1, Loss = Loss.Squared, LossScale = 1, Train = TrainedLayers.Both, Output = OutputLayer.Free, Scale = OutputScale.InverseSqrtWidth, Bias = false, GradientScale = GradientScale.PerNeuron, Element = Precision.Double)]
internal partial class D_LeakyRelu_Squared_Both_Free_NoBias;

[TwoLayerKernel(Inputs = 7, Width = 17, Activation = Activation.LeakyRelu, ActivationParameter = 0.1, Loss = Loss.Squared, LossScale = 2, Train = TrainedLayers.Both, Output = OutputLayer.Free, Scale = OutputScale.InverseWidth, Bias = true, GradientScale = GradientScale.PerNeuron, Element = Precision.Float)]
internal partial class F_LeakyRelu_Squared_Both_Free_Bias;

[TwoLayerKernel(Inputs = 33, Width = 3, Activation = Activation.LeakyRelu, ActivationParameter = 0.1, Loss = Loss.Squared, LossScale = 1, Train = TrainedLayers.FirstOnly, Output = OutputLayer.FixedBalanced, OutputMagnitude = 0.5, Scale = OutputScale.One, Bias = false, GradientScale = GradientScale.Raw, Element = Precision.Float)]
internal partial class F_LeakyRelu_Squared_FirstOnly_FixedBalanced_NoBias;

[TwoLayerKernel(Inputs = 3, Width = 33, Activation = Activation.LeakyRelu, ActivationParameter = 0.1, Loss = Loss.Squared, LossScale = 1, Train = TrainedLayers.FirstOnly, Output = OutputLayer.FixedBalanced, OutputMagnitude = 0.5, Scale = OutputScale.InverseSqrtWidth, Bias = false, GradientScale = GradientScale.Raw, Element = Precision.Double)]
internal partial class D_LeakyRelu_Squared_FirstOnly_FixedBalanced_NoBias;

[TwoLayerKernel(Inputs = 100, Width = 7, Activation = Activation.LeakyRelu, ActivationParameter = 0.1, Loss = Loss.Squared, LossScale = 2, Train = TrainedLayers.FirstOnly, Output = OutputLayer.FixedBalanced, OutputMagnitude = 0.5, Scale = OutputScale.InverseWidth, Bias = true, GradientScale = GradientScale.Raw, Element = Precision.Float)]
internal partial class F_LeakyRelu_Squared_FirstOnly_FixedBalanced_Bias;

[TwoLayerKernel(Inputs = 17, Width = 33, Activation = Activation.LeakyRelu, ActivationParameter = 0.1, Loss = Loss.Squared, LossScale = 1, Train = TrainedLayers.FirstOnly, Output = OutputLayer.TiedToNorm, Scale = OutputScale.One, Bias = false, GradientScale = GradientScale.PerNeuron, Element = Precision.Float)]
internal partial class F_LeakyRelu_Squared_FirstOnly_TiedToNorm_NoBias;

[TwoLayerKernel(Inputs = 7, Width = 100, Activation = Activation.LeakyRelu, ActivationParameter = 0.1, Loss = Loss.Squared, LossScale = 1, Train = TrainedLayers.FirstOnly, Output = OutputLayer.TiedToNorm, Scale = OutputScale.InverseSqrtWidth, Bias = false, GradientScale = GradientScale.PerNeuron, Element = Precision.Double)]
internal partial class D_LeakyRelu_Squared_FirstOnly_TiedToNorm_NoBias;

[TwoLayerKernel(Inputs = 3, Width = 1, Activation = Activation.LeakyRelu, ActivationParameter = 0.1, Loss = Loss.Squared, LossScale = 2, Train = TrainedLayers.FirstOnly, Output = OutputLayer.TiedToNorm, Scale = OutputScale.InverseWidth, Bias = true, GradientScale = GradientScale.PerNeuron, Element = Precision.Float)]
internal partial class F_LeakyRelu_Squared_FirstOnly_TiedToNorm_Bias;

[TwoLayerKernel(Inputs = 33, Width = 17, Activation = Activation.HuberizedRelu, ActivationParameter = 0.3, Loss = Loss.Logistic, LossScale = 1, Train = TrainedLayers.Both, Output = OutputLayer.Free, Scale = OutputScale.One, Bias = false, GradientScale = GradientScale.Raw, Element = Precision.Float, InstructionSet = InstructionSet.Vector512)]
internal partial class F_Pinned_Vector512;

[TwoLayerKernel(Inputs = 7, Width = 33, Activation = Activation.Abs, Loss = Loss.Squared, LossScale = 1, Train = TrainedLayers.FirstOnly, Output = OutputLayer.TiedToNorm, Scale = OutputScale.InverseSqrtWidth, Bias = true, GradientScale = GradientScale.Raw, Element = Precision.Double, InstructionSet = InstructionSet.Vector512)]
internal partial class D_Pinned_Vector512;

[TwoLayerKernel(Inputs = 33, Width = 17, Activation = Activation.HuberizedRelu, ActivationParameter = 0.3, Loss = Loss.Logistic, LossScale = 1, Train = TrainedLayers.Both, Output = OutputLayer.Free, Scale = OutputScale.InverseWidth, Bias = false, GradientScale = GradientScale.Raw, Element = Precision.Float, InstructionSet = InstructionSet.Vector256)]
internal partial class F_Pinned_Vector256;

[TwoLayerKernel(Inputs = 7, Width = 33, Activation = Activation.Abs, Loss = Loss.Squared, LossScale = 1, Train = TrainedLayers.FirstOnly, Output = OutputLayer.TiedToNorm, Scale = OutputScale.One, Bias = true, GradientScale = GradientScale.PerNeuron, Element = Precision.Double, InstructionSet = InstructionSet.Vector256)]
internal partial class D_Pinned_Vector256;

[TwoLayerKernel(Inputs = 33, Width = 17, Activation = Activation.HuberizedRelu, ActivationParameter = 0.3, Loss = Loss.Logistic, LossScale = 1, Train = TrainedLayers.Both, Output = OutputLayer.Free, Scale = OutputScale.InverseSqrtWidth, Bias = false, GradientScale = GradientScale.PerNeuron, Element = Precision.Float, InstructionSet = InstructionSet.Vector128)]
internal partial class F_Pinned_Vector128;

[TwoLayerKernel(Inputs = 7, Width = 33, Activation = Activation.Abs, Loss = Loss.Squared, LossScale = 1, Train = TrainedLayers.FirstOnly, Output = OutputLayer.TiedToNorm, Scale = OutputScale.InverseWidth, Bias = true, GradientScale = GradientScale.PerNeuron, Element = Precision.Double, InstructionSet = InstructionSet.Vector128)]
internal partial class D_Pinned_Vector128;

[TwoLayerKernel(Inputs = 33, Width = 17, Activation = Activation.HuberizedRelu, ActivationParameter = 0.3, Loss = Loss.Logistic, LossScale = 1, Train = TrainedLayers.Both, Output = OutputLayer.Free, Scale = OutputScale.One, Bias = false, GradientScale = GradientScale.Raw, Element = Precision.Float, InstructionSet = InstructionSet.Scalar)]
internal partial class F_Pinned_Scalar;

[TwoLayerKernel(Inputs = 7, Width = 33, Activation = Activation.Abs, Loss = Loss.Squared, LossScale = 1, Train = TrainedLayers.FirstOnly, Output = OutputLayer.TiedToNorm, Scale = OutputScale.InverseSqrtWidth, Bias = true, GradientScale = GradientScale.Raw, Element = Precision.Double, InstructionSet = InstructionSet.Scalar)]
internal partial class D_Pinned_Scalar;

[TwoLayerKernel(Inputs = 17, Width = 33, Activation = Activation.Relu, Loss = Loss.Logistic, LossScale = 2, Train = TrainedLayers.Both, Output = OutputLayer.Free, Scale = OutputScale.InverseWidth, Bias = true, GradientScale = GradientScale.PerNeuron, Element = Precision.Float, Batch = 16)]
internal partial class F_FixedBatch;

// Rows of a whole number of KiB (m = 256 floats, 128 doubles): Wᵀ and Z get a row stride of MPad + one cache line.
[TwoLayerKernel(Inputs = 5, Width = 256, Activation = Activation.Relu, Loss = Loss.Logistic, LossScale = 2, Train = TrainedLayers.Both, Output = OutputLayer.Free, Scale = OutputScale.InverseWidth, Bias = true, GradientScale = GradientScale.PerNeuron, Element = Precision.Float)]
internal partial class F_PaddedStride;

[TwoLayerKernel(Inputs = 5, Width = 128, Activation = Activation.Relu, Loss = Loss.Logistic, LossScale = 1, Train = TrainedLayers.Both, Output = OutputLayer.Free, Scale = OutputScale.InverseSqrtWidth, Bias = false, GradientScale = GradientScale.Raw, Element = Precision.Double)]
internal partial class D_PaddedStride;
