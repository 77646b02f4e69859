using System.Numerics;

namespace XorGen;

/// <summary>Builds a kernel of a given kind for a spec and element type, and holds the generated kernels compiled into the process.</summary>
public static class KernelFactory
{
    private static readonly object Gate = new();
    private static readonly Dictionary<(ModelSpec, Type, InstructionSet, int), (GeneratedKernelInfo Info, Func<KernelOptions, object> Create)> Generated = new();

    /// <summary>
    /// Registers a generated kernel. Generated code calls this from a module initializer, so every definition compiled
    /// into a loaded assembly is available by its spec. Registering the same definition again is a no-op.
    /// </summary>
    /// <exception cref="InvalidOperationException">Another definition already registered a kernel with the same spec, element
    /// type, instruction-set policy and fixed batch (two assemblies define the same kernel): which one runs would be arbitrary.</exception>
    public static void RegisterGenerated<T>(GeneratedKernelInfo info, Func<KernelOptions, ITrainingKernel<T>> factory)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        ArgumentNullException.ThrowIfNull(info);
        ArgumentNullException.ThrowIfNull(factory);
        if (info.Element != typeof(T)) throw new ArgumentException($"definition {info.Definition} says {info.Element.Name}, its factory builds {typeof(T).Name}", nameof(info));
        lock (Gate)
        {
            if (Generated.TryGetValue(info.Key, out var existing))
            {
                if (existing.Info.Definition == info.Definition) return;
                throw new InvalidOperationException(
                    $"generated kernels {existing.Info.Definition} and {info.Definition} are the same kernel ({info.Spec.Describe()}, {typeof(T).Name}, " +
                    $"instruction set {info.InstructionSet}, batch {(info.Batch == 0 ? "any" : info.Batch.ToString(System.Globalization.CultureInfo.InvariantCulture))}); " +
                    "remove one definition or make them differ");
            }
            Generated[info.Key] = (info, options => factory(options));
            GeneratedKernelCatalog.Register(info);
        }
    }

    /// <summary>Whether a generated kernel exists for exactly this spec and element type (any instruction-set policy or batch).</summary>
    public static bool HasGenerated<T>(ModelSpec spec) where T : unmanaged, IFloatingPointIeee754<T>
        => Select(spec, typeof(T), InstructionSet.Auto) is not null;

    /// <summary>
    /// The generated kernel <see cref="Create{T}"/> builds for a spec, element type and requested instruction set, or null.
    /// Among the definitions of that spec and element type: one pinned to the requested path first, then the automatic
    /// ladder, then (for Auto) any pinned one; a definition with any batch before one with a fixed batch; then by name.
    /// </summary>
    public static GeneratedKernelInfo? Select(ModelSpec spec, Type element, InstructionSet requested)
    {
        lock (Gate)
        {
            return Generated.Values.Select(e => e.Info)
                .Where(i => i.Spec == spec && i.Element == element
                            && (i.InstructionSet == requested || i.InstructionSet == InstructionSet.Auto || requested == InstructionSet.Auto))
                .OrderBy(i => i.InstructionSet == requested ? 0 : i.InstructionSet == InstructionSet.Auto ? 1 : 2)
                .ThenBy(i => i.Batch == 0 ? 0 : 1)
                .ThenBy(i => i.Definition, StringComparer.Ordinal)
                .FirstOrDefault();
        }
    }

    /// <summary>
    /// Creates a kernel. For <see cref="KernelKind.Generated"/> with no kernel compiled for this spec,
    /// throws <see cref="KernelNotAvailableException"/>; callers that want a fallback check <see cref="HasGenerated{T}"/>.
    /// </summary>
    public static ITrainingKernel<T> Create<T>(KernelKind kind, ModelSpec spec, KernelOptions? options = null)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        spec.Validated();
        options ??= new KernelOptions();
        switch (kind)
        {
            case KernelKind.Reference:
                return new ReferenceKernel<T>(spec);
            case KernelKind.Generic:
                return new GenericKernel<T>(spec, options);
            case KernelKind.Generated:
                if (Select(spec, typeof(T), options.InstructionSet) is not { } info)
                    throw new KernelNotAvailableException($"no generated kernel is compiled for {spec.Describe()} in {typeof(T).Name}");
                Func<KernelOptions, object> create;
                lock (Gate) create = Generated[info.Key].Create;
                return (ITrainingKernel<T>)create(options);
            default:
                throw new ArgumentOutOfRangeException(nameof(kind), kind, "unknown kernel kind");
        }
    }
}

/// <summary>Thrown when a kernel of the requested kind does not exist for a spec.</summary>
public sealed class KernelNotAvailableException(string message) : Exception(message);
