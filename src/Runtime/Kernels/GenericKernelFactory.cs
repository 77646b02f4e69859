using System.Numerics;

namespace XorGen;

/// <summary>Creates the generic SIMD kernel (run-time sizes). Placeholder until the generic kernel lands: uses the reference kernel.</summary>
internal static class GenericKernelFactory
{
    public static ITrainingKernel<T> Create<T>(ModelSpec spec, KernelOptions options) where T : unmanaged, IFloatingPointIeee754<T>
        => throw new KernelNotAvailableException("the generic kernel is not built yet");
}
