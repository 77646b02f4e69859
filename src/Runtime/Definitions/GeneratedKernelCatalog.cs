using System.Collections.Concurrent;

namespace XorGen;

/// <summary>What the source generator compiled for one experiment definition: everything that tells two generated kernels apart.</summary>
/// <param name="Definition">Full name of the definition class.</param>
/// <param name="Spec">The spec the kernel is specialized to.</param>
/// <param name="Element">Element type (float or double).</param>
/// <param name="InstructionSet">The definition's instruction-set policy: Auto (the ladder) or one pinned path.</param>
/// <param name="Batch">The definition's fixed batch size (0 = any).</param>
/// <param name="Variant">The definition's tiling variant (null: the default).</param>
/// <remarks>The source text itself is not embedded (it would bloat every assembly's string heap); <c>xorgen show</c>
/// re-emits it with the generator's pure emitter, <c>XorGen.Generators.KernelEmitter.Emit</c>.</remarks>
public sealed record GeneratedKernelInfo(string Definition, ModelSpec Spec, Type Element, InstructionSet InstructionSet, int Batch, KernelVariant? Variant = null)
{
    /// <summary>The tiling variant (<see cref="KernelVariant.Default"/> when the definition sets none).</summary>
    public KernelVariant Tuning => Variant ?? KernelVariant.Default;

    /// <summary>The identity of the kernel: two definitions with the same key would build the same kernel.</summary>
    public (ModelSpec Spec, Type Element, InstructionSet InstructionSet, int Batch, KernelVariant Variant) Key => (Spec, Element, InstructionSet, Batch, Tuning);
}

/// <summary>The generated kernels compiled into loaded assemblies, with their definition names (for <c>xorgen list</c> and <c>xorgen show</c>).</summary>
public static class GeneratedKernelCatalog
{
    private static readonly ConcurrentDictionary<string, GeneratedKernelInfo> Entries = new();

    /// <summary>Records a generated kernel; called by <see cref="KernelFactory.RegisterGenerated{T}"/>.</summary>
    internal static void Register(GeneratedKernelInfo info) => Entries[info.Definition] = info;

    /// <summary>Every registered definition, ordered by name.</summary>
    public static IReadOnlyList<GeneratedKernelInfo> All => Entries.Values.OrderBy(e => e.Definition, StringComparer.Ordinal).ToList();

    /// <summary>The registered definition of this full class name, or null.</summary>
    public static GeneratedKernelInfo? Find(string definition) => Entries.TryGetValue(definition, out var info) ? info : null;

    /// <summary>
    /// The definition <see cref="KernelFactory.Create{T}"/> builds for this spec and element type with default options
    /// (the automatic ladder, any batch), or null when it builds none: the same rule, so <c>show</c> and <c>run</c> agree.
    /// </summary>
    public static GeneratedKernelInfo? Find(ModelSpec spec, Type element) => KernelFactory.Select(spec, element, InstructionSet.Auto);

    /// <summary>The definition of this spec, element type and variant that <see cref="KernelFactory.Create{T}"/> builds when that variant is asked for, or null.</summary>
    public static GeneratedKernelInfo? Find(ModelSpec spec, Type element, KernelVariant variant) => KernelFactory.Select(spec, element, InstructionSet.Auto, variant);
}
