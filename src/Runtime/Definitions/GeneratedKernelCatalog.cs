using System.Collections.Concurrent;

namespace XorGen;

/// <summary>What the source generator compiled for one experiment definition.</summary>
/// <param name="Definition">Full name of the definition class.</param>
/// <param name="Spec">The spec the kernel is specialized to.</param>
/// <param name="Element">Element type (float or double).</param>
/// <param name="InstructionSet">The definition's instruction-set policy.</param>
/// <param name="StepMethods">Names of the generated step methods per path, for <c>DOTNET_JitDisasm</c> (e.g. "Kernel:GradientPass512").</param>
/// <param name="Source">The generated C# source text of the kernel.</param>
public sealed record GeneratedKernelInfo(string Definition, ModelSpec Spec, Type Element, InstructionSet InstructionSet, string StepMethods, string Source);

/// <summary>The generated kernels compiled into loaded assemblies, with their source text (for <c>xorgen show</c>).</summary>
public static class GeneratedKernelCatalog
{
    private static readonly ConcurrentDictionary<string, GeneratedKernelInfo> Entries = new();

    /// <summary>Records a generated kernel; called by generated module initializers.</summary>
    public static void Register(GeneratedKernelInfo info)
    {
        ArgumentNullException.ThrowIfNull(info);
        Entries[info.Definition] = info;
    }

    /// <summary>Every registered definition, ordered by name.</summary>
    public static IReadOnlyList<GeneratedKernelInfo> All => Entries.Values.OrderBy(e => e.Definition, StringComparer.Ordinal).ToList();

    /// <summary>The first definition compiled for exactly this spec and element type, or null.</summary>
    public static GeneratedKernelInfo? Find(ModelSpec spec, Type element)
        => All.FirstOrDefault(e => e.Spec == spec && e.Element == element);
}
