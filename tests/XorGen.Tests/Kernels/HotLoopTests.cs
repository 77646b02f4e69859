using System.Reflection;
using Xunit;

namespace XorGen.Tests.Kernels;

/// <summary>
/// The generic kernel's neuron loops follow the generated kernels' rule: compiled once, fully optimized, never inlined
/// into a tier-1 caller (where the JIT would compile them again with a synthesized profile). The list is exact: a micro-kernel
/// left to AggressiveInlining may be declined by the JIT and then run in tier-0 code for a process's first 0.2–1 s
/// (the forward micro-kernels did, until 2026-12-07).
/// </summary>
public class HotLoopTests
{
    [Fact]
    public void The_generic_neuron_loops_are_AggressiveOptimization_and_NoInlining()
    {
        var loops = typeof(ITrainingKernel<>).Assembly.GetType("XorGen.NeuronLoops`4", throwOnError: true)!;
        var hot = loops.GetMethods(BindingFlags.Instance | BindingFlags.Static | BindingFlags.NonPublic | BindingFlags.Public | BindingFlags.DeclaredOnly)
            .Where(m => m.MethodImplementationFlags.HasFlag(MethodImplAttributes.AggressiveOptimization))
            .ToList();
        Assert.Equal(["Backward", "Deltas", "Forward", "Forward4x2", "Forward4x4", "Gradient4x2", "Gradient4x4", "Norms"], hot.Select(m => m.Name).Order(StringComparer.Ordinal));
        foreach (var method in hot)
            Assert.True(method.MethodImplementationFlags.HasFlag(MethodImplAttributes.NoInlining), method.Name + " is " + method.MethodImplementationFlags);
    }
}
