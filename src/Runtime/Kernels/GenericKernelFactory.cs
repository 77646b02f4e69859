using System.Numerics;

namespace XorGen;

/// <summary>Creates the generic SIMD kernel (run-time sizes): <see cref="GenericKernel{T}"/>.</summary>
internal static class GenericKernelFactory
{
    public static ITrainingKernel<T> Create<T>(ModelSpec spec, KernelOptions options) where T : unmanaged, IFloatingPointIeee754<T>
        => new GenericKernel<T>(spec, options);
}
