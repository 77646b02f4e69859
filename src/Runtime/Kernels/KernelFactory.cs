using System.Collections.Concurrent;
using System.Numerics;

namespace XorGen;

/// <summary>Builds a kernel of a given kind for a spec and element type, and holds the generated kernels compiled into the process.</summary>
public static class KernelFactory
{
    private static readonly ConcurrentDictionary<(ModelSpec Spec, Type Element), Func<KernelOptions, object>> Generated = new();

    /// <summary>
    /// Registers a generated kernel. Generated code calls this from a module initializer,
    /// so every definition compiled into a loaded assembly is available by its spec.
    /// </summary>
    public static void RegisterGenerated<T>(ModelSpec spec, Func<KernelOptions, ITrainingKernel<T>> factory)
        where T : unmanaged, IFloatingPointIeee754<T>
        => Generated[(spec, typeof(T))] = options => factory(options);

    /// <summary>Every generated kernel registered so far: its spec and element type.</summary>
    public static IReadOnlyList<(ModelSpec Spec, Type Element)> GeneratedKernels => Generated.Keys.ToList();

    /// <summary>Whether a generated kernel exists for exactly this spec and element type.</summary>
    public static bool HasGenerated<T>(ModelSpec spec) where T : unmanaged, IFloatingPointIeee754<T>
        => Generated.ContainsKey((spec, typeof(T)));

    /// <summary>
    /// Creates a kernel. For <see cref="KernelKind.Generated"/> with no kernel compiled for this spec,
    /// throws <see cref="KernelNotAvailableException"/>; callers that want a fallback check <see cref="HasGenerated{T}"/>.
    /// </summary>
    public static ITrainingKernel<T> Create<T>(KernelKind kind, ModelSpec spec, KernelOptions? options = null)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        spec.Validated();
        options ??= new KernelOptions();
        return kind switch
        {
            KernelKind.Reference => new ReferenceKernel<T>(spec),
            KernelKind.Generic => new GenericKernel<T>(spec, options),
            KernelKind.Generated => Generated.TryGetValue((spec, typeof(T)), out var f)
                ? (ITrainingKernel<T>)f(options)
                : throw new KernelNotAvailableException($"no generated kernel is compiled for {spec.Describe()} in {typeof(T).Name}"),
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "unknown kernel kind"),
        };
    }
}

/// <summary>Thrown when a kernel of the requested kind does not exist for a spec.</summary>
public sealed class KernelNotAvailableException(string message) : Exception(message);
