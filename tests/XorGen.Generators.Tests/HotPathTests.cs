using System.Reflection;
using System.Text.RegularExpressions;

namespace XorGen.Kernels.Tests;

/// <summary>
/// Every step phase of every generated kernel is compiled once, fully optimized, and never inlined: inlined into a tier-1
/// caller, a phase's loops were compiled a second time with a synthesized profile, and one tuned kernel ran at half speed
/// under BenchmarkDotNet's call pattern (12.4 against 6.7 µs a step; bench/results/amd-epyc-family-26-model-2/targets.md).
/// </summary>
public sealed class HotPathTests
{
    private static readonly Regex Phase = new(@"^(Forward|Outputs|BackwardRows|BackwardColumns|GradientPass)(512|256|128|Scalar)$|^RunPhase$", RegexOptions.CultureInvariant);

    [Fact]
    public void Every_step_phase_of_every_matrix_kernel_is_AggressiveOptimization_and_NoInlining()
    {
        var kernels = GeneratedKernelCatalog.All
            .Where(i => i.Definition.StartsWith("XorGen.Matrix.", StringComparison.Ordinal))
            .Select(i => typeof(HotPathTests).Assembly.GetType(i.Definition + "+Kernel", throwOnError: true)!)
            .ToList();
        Assert.NotEmpty(kernels);
        foreach (var kernel in kernels)
        {
            var phases = kernel.GetMethods(BindingFlags.Instance | BindingFlags.NonPublic | BindingFlags.Public | BindingFlags.DeclaredOnly)
                .Where(m => Phase.IsMatch(m.Name)).ToList();
            // at least the forward, the backward rows and columns of one path
            Assert.True(phases.Count(m => !m.Name.Equals("RunPhase", StringComparison.Ordinal)) >= 3, kernel.FullName + " has " + phases.Count + " phase methods");
            foreach (var phase in phases)
            {
                var flags = phase.MethodImplementationFlags;
                Assert.True(flags.HasFlag(MethodImplAttributes.NoInlining) && flags.HasFlag(MethodImplAttributes.AggressiveOptimization),
                    $"{kernel.FullName}.{phase.Name} is {flags}");
            }
        }
    }
}
