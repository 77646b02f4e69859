using System.Numerics;
using System.Runtime.CompilerServices;

namespace XorGen;

/// <summary>Builds a kernel of a given kind for a spec and element type, and holds the generated kernels compiled into the process.</summary>
public static class KernelFactory
{
    private static readonly object Gate = new();
    private static readonly Dictionary<(ModelSpec, Type, InstructionSet, int, KernelVariant), (GeneratedKernelInfo Info, Func<KernelOptions, object> Create)> Generated = new();
    private static readonly ConditionalWeakTable<object, KernelOrigin> Origins = new();
    private static volatile IKernelSpecializer? _specializer;

    /// <summary>
    /// Installs the run-time specializer that builds generated kernels for specs no compiled-in kernel covers
    /// (XorGen.Specialization's <c>RuntimeSpecializer.Install</c> calls this). The last one installed wins; null removes it.
    /// </summary>
    public static void RegisterSpecializer(IKernelSpecializer? specializer) => _specializer = specializer;

    /// <summary>The installed run-time specializer, or null.</summary>
    public static IKernelSpecializer? Specializer => _specializer;

    /// <summary>Whether an installed run-time specializer takes this spec (it may still fail to build it).</summary>
    public static bool CanSpecialize(ModelSpec spec) => _specializer?.Supports(spec) ?? false;

    /// <summary>Where a generated kernel made by <see cref="Create{T}"/> came from: compiled in, or the specializer's report. Null for other kinds.</summary>
    public static KernelOrigin? OriginOf<T>(ITrainingKernel<T> kernel) where T : unmanaged, IFloatingPointIeee754<T>
    {
        ArgumentNullException.ThrowIfNull(kernel);
        if (kernel.Kind != KernelKind.Generated) return null;
        return Origins.TryGetValue(kernel, out var origin) ? origin : KernelOrigin.CompiledIn;
    }

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
                    $"instruction set {info.InstructionSet}, batch {(info.Batch == 0 ? "any" : info.Batch.ToString(System.Globalization.CultureInfo.InvariantCulture))}, variant {info.Tuning}); " +
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
    /// ladder, then (for Auto) any pinned one; a definition with any batch before one with a fixed batch; the default
    /// variant before others; then by name. With <paramref name="variant"/>, only definitions of exactly that variant.
    /// </summary>
    public static GeneratedKernelInfo? Select(ModelSpec spec, Type element, InstructionSet requested, KernelVariant? variant = null)
    {
        lock (Gate)
        {
            return Generated.Values.Select(e => e.Info)
                .Where(i => i.Spec == spec && i.Element == element
                            && (i.InstructionSet == requested || i.InstructionSet == InstructionSet.Auto || requested == InstructionSet.Auto)
                            && (variant is null || i.Tuning == variant))
                .OrderBy(i => i.InstructionSet == requested ? 0 : i.InstructionSet == InstructionSet.Auto ? 1 : 2)
                .ThenBy(i => i.Batch == 0 ? 0 : 1)
                .ThenBy(i => i.Tuning.IsDefault ? 0 : 1)
                .ThenBy(i => i.Definition, StringComparer.Ordinal)
                .FirstOrDefault();
        }
    }

    /// <summary>
    /// Creates a kernel. For <see cref="KernelKind.Generated"/> with no kernel compiled for this spec, asks the installed
    /// <see cref="Specializer"/>; with none (or one that cannot build it) throws <see cref="KernelNotAvailableException"/>.
    /// Callers that want a fallback check <see cref="HasGenerated{T}"/> and <see cref="Specializer"/>.
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
                // the variant: the one asked for, else this CPU's tuned one (which may replace a compiled-in kernel), else as compiled
                var variant = options.Variant;
                if (variant is null && !options.IgnoreTuning && _specializer?.Tuned(spec, typeof(T), options.InstructionSet) is { } tuned) variant = tuned;
                if (Select(spec, typeof(T), options.InstructionSet, variant) is not { } info)
                    return Specialized<T>(spec, options with { Variant = variant });
                Func<KernelOptions, object> create;
                lock (Gate) create = Generated[info.Key].Create;
                var kernel = (ITrainingKernel<T>)create(options);
                if (!info.Tuning.IsDefault) Origins.AddOrUpdate(kernel, KernelOrigin.CompiledIn with { Variant = info.Tuning });
                return kernel;
            default:
                throw new ArgumentOutOfRangeException(nameof(kind), kind, "unknown kernel kind");
        }
    }

    private static ITrainingKernel<T> Specialized<T>(ModelSpec spec, KernelOptions options) where T : unmanaged, IFloatingPointIeee754<T>
    {
        var specializer = _specializer
            ?? throw new KernelNotAvailableException($"no generated kernel is compiled for {spec.Describe()} in {typeof(T).Name} (and no run-time specializer is installed)");
        var kernel = specializer.Create<T>(spec, options, out var origin);
        Origins.AddOrUpdate(kernel, origin);
        return kernel;
    }
}

/// <summary>Thrown when a kernel of the requested kind does not exist for a spec.</summary>
public sealed class KernelNotAvailableException(string message) : Exception(message);

/// <summary>Where the code of a generated kernel came from.</summary>
public enum KernelSource
{
    /// <summary>Compiled into a loaded assembly by the source generator.</summary>
    CompiledIn,
    /// <summary>Emitted and compiled at run time by this process.</summary>
    CompiledNow,
    /// <summary>Emitted and compiled at run time earlier, loaded from the on-disk kernel cache.</summary>
    Cache,
}

/// <summary>Provenance of a generated kernel: its source and how long getting its code took (compile, or verify and load).</summary>
/// <param name="Source">Compiled in, compiled now, or from the cache.</param>
/// <param name="Seconds">Emit + compile + store time (compiled now), verify + load time (cache), 0 (compiled in).</param>
/// <param name="CacheEntry">The cache file, when there is one.</param>
/// <param name="Note">A remark worth a line to the user (a damaged entry rebuilt, an unwritable cache), or null.</param>
/// <param name="Variant">The tiling variant built (null: a compiled-in kernel, whose variant its definition states).</param>
public sealed record KernelOrigin(KernelSource Source, double Seconds, string? CacheEntry = null, string? Note = null, KernelVariant? Variant = null)
{
    /// <summary>A kernel the source generator compiled into the program.</summary>
    public static KernelOrigin CompiledIn { get; } = new(KernelSource.CompiledIn, 0);

    /// <summary>"compiled-in", "compiled-now" or "cache": the run record's <c>kernel_source</c>.</summary>
    public string RecordName => Source switch
    {
        KernelSource.CompiledNow => "compiled-now",
        KernelSource.Cache => "cache",
        _ => "compiled-in",
    };
}

/// <summary>
/// The registration seam for run-time specialization: builds a generated kernel for a spec no compiled-in kernel covers.
/// Implemented by XorGen.Specialization (which brings Roslyn); the runtime itself never references a compiler.
/// </summary>
public interface IKernelSpecializer
{
    /// <summary>Creates a generated kernel for <paramref name="spec"/>, compiling or loading its code as needed; throws <see cref="KernelNotAvailableException"/> when it cannot.</summary>
    ITrainingKernel<T> Create<T>(ModelSpec spec, KernelOptions options, out KernelOrigin origin) where T : unmanaged, IFloatingPointIeee754<T>;

    /// <summary>Whether this specializer takes the spec at all (sizes and options its emitter supports).</summary>
    bool Supports(ModelSpec spec);

    /// <summary>The variant this CPU's tuning names for the spec, element type and requested path, or null (none, or tuning off).</summary>
    KernelVariant? Tuned(ModelSpec spec, Type element, InstructionSet requested) => null;
}
