extern alias XorGenGenerators;
using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Numerics;
using System.Reflection;
using System.Runtime.InteropServices;
using System.Runtime.Loader;
using System.Security.Cryptography;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using G = XorGenGenerators::XorGen.Generators;
using GM = XorGenGenerators::XorGen;

namespace XorGen.Specialization;

/// <summary>
/// Run-time specialization: a generated kernel for any valid spec. The kernel's source is emitted by the source generator's
/// own <see cref="G.KernelEmitter"/> (the code <c>xorgen show</c> prints), pinned to the instruction set this process runs,
/// compiled in-process by Roslyn against the running runtime's assemblies, loaded into its own load context and cached on
/// disk (<see cref="KernelCache"/>) under a key that hashes the emitter, the runtime, the compiler, the spec, the variant,
/// the element type and the instruction set. Install it with <see cref="Install"/>; then
/// <c>KernelFactory.Create(KernelKind.Generated, spec)</c> works for every spec.
/// </summary>
public sealed class RuntimeSpecializer : IKernelSpecializer
{
    /// <summary>The namespace and class of every run-time definition (each lives in its own uniquely named assembly).</summary>
    public const string DefinitionNamespace = "XorGen.Specialized", DefinitionClass = "RuntimeDefinition";

    /// <summary>The text of the default variant (<see cref="KernelVariant.Default"/>).</summary>
    public const string DefaultVariant = "default";

    /// <summary>The emitter's module-initializer attribute line (qualified or, with its usings, not).</summary>
    private const string ModuleInitializerPattern = @"^[ \t]*\[(global::System\.Runtime\.CompilerServices\.)?ModuleInitializer\][ \t]*$";
    private const int KeyFormat = 1;

    private static readonly Lazy<IReadOnlyList<MetadataReference>> References = new(LoadReferences);
    private static readonly Lazy<string> Environment_ = new(EnvironmentFingerprint);

    private readonly ConcurrentDictionary<string, Lazy<Loaded>> _loaded = new(StringComparer.Ordinal);
    private readonly Lazy<(TuningFile? File, string? Problem)> _tuning;

    /// <summary>
    /// A specializer caching in <paramref name="cacheDirectory"/> (null: <see cref="KernelCache.DefaultDirectory"/>) that builds
    /// the variants of the tuning file at <paramref name="tuningPath"/> (null: <see cref="TuningFile.DefaultPath"/>, or none when
    /// <c>XORGEN_TUNING=off</c>; empty string: none) where a kernel is asked for without a variant.
    /// </summary>
    public RuntimeSpecializer(string? cacheDirectory = null, string? tuningPath = null)
    {
        Cache = new KernelCache(cacheDirectory ?? KernelCache.DefaultDirectory());
        string? path = tuningPath ?? TuningFile.ActivePath();
        TuningPath = path is { Length: > 0 } ? Path.GetFullPath(path) : null;
        _tuning = new Lazy<(TuningFile?, string?)>(ReadTuning, LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>The on-disk cache.</summary>
    public KernelCache Cache { get; }

    /// <summary>The tuning file consulted, or null when tuning is off.</summary>
    public string? TuningPath { get; }

    /// <summary>Why the tuning file could not be read (so no tuned variant is built), or null.</summary>
    public string? TuningProblem => _tuning.Value.Problem;

    /// <summary>Creates a specializer and installs it into <see cref="KernelFactory"/>.</summary>
    public static RuntimeSpecializer Install(string? cacheDirectory = null, string? tuningPath = null)
    {
        var s = new RuntimeSpecializer(cacheDirectory, tuningPath);
        KernelFactory.RegisterSpecializer(s);
        return s;
    }

    private (TuningFile?, string?) ReadTuning()
    {
        if (TuningPath is null) return (null, null);
        try
        {
            return (TuningFile.Load(TuningPath), null);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            return (null, e.Message + "; tuning ignored, default variants used");
        }
    }

    /// <summary>
    /// The variant built for a request: the one asked for, else (unless <paramref name="ignoreTuning"/>) the tuning file's
    /// winner for this spec, element type and path, else the default; with a remark when the tuning file could not be read.
    /// </summary>
    public (KernelVariant Variant, string? Note) VariantFor(ModelSpec spec, Type element, InstructionSet set, KernelVariant? asked, bool ignoreTuning)
    {
        if (asked is not null) return (asked, null);
        if (ignoreTuning) return (KernelVariant.Default, null);
        var (file, problem) = _tuning.Value;
        return (file?.Find(spec, element, set) ?? KernelVariant.Default, problem);
    }

    /// <summary>Why a variant cannot be built for this spec, element type and path (a knob out of range or for another element type, a tile that does not fit the registers), or null.</summary>
    public static string? Unbuildable(ModelSpec spec, KernelVariant variant, InstructionSet set, Type element)
    {
        ArgumentNullException.ThrowIfNull(spec);
        ArgumentNullException.ThrowIfNull(variant);
        ArgumentNullException.ThrowIfNull(element);
        var problems = variant.RangeProblems();
        if (problems.Count == 0) problems = variant.ElementProblems(element == typeof(double) ? Precision.Double : Precision.Float);
        if (problems.Count == 0) problems = variant.RegisterProblems([set], spec.TrainsFirst);
        return problems.Count > 0 ? $"variant {variant}: {problems[0]}" : null;
    }

    /// <summary>Why this spec cannot be specialized (the emitter's limits, an invalid spec), or null when it can.</summary>
    public static string? Unsupported(ModelSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        var problems = spec.Problems();
        if (problems.Count > 0) return problems[0];
        // A definition's attribute takes d, m and B up to 65536 (KernelSpecReader.MaxSize); a kernel compiled at run time
        // takes what a run takes (RunLimits: d up to 2^16, m up to 2^20). Its indices are ints: every buffer it indexes
        // is bounded by RunLimits.MaxElements (2^30 elements, padding included well below 2^31).
        if (spec.Inputs > RunLimits.MaxInputs || spec.Width > RunLimits.MaxWidth)
            return string.Create(CultureInfo.InvariantCulture, $"kernels compiled at run time take d up to {RunLimits.MaxInputs} and m up to {RunLimits.MaxWidth} (d = {spec.Inputs}, m = {spec.Width})");
        return null;
    }

    /// <summary>The instruction set a run-time kernel is compiled for: the widest accelerated rung for Auto, else the one asked (which must be accelerated).</summary>
    public static InstructionSet Resolve(InstructionSet requested) => InstructionSets.Resolve(requested);

    /// <summary>
    /// The emitter's input for a spec: the one place a runtime <see cref="ModelSpec"/> becomes the generator's
    /// <see cref="G.KernelSpec"/>, used for run-time kernels (the default names, any batch) and by <c>xorgen show</c> for a
    /// compiled-in definition (its own names, pinned path and fixed batch), so both print what the generator emits.
    /// </summary>
    public static G.KernelSpec KernelSpecFor(ModelSpec spec, Type element, InstructionSet set,
        string definitionNamespace = DefinitionNamespace, string definitionClass = DefinitionClass, int batch = 0, KernelVariant? variant = null)
    {
        ArgumentNullException.ThrowIfNull(spec);
        ArgumentNullException.ThrowIfNull(definitionNamespace);
        ArgumentNullException.ThrowIfNull(definitionClass);
        return new G.KernelSpec(
            definitionNamespace, definitionClass, spec.Inputs, spec.Width,
            Same<GM.Activation>(spec.Activation), spec.ActivationParameter, Same<GM.Loss>(spec.Loss), spec.LossScale,
            Same<GM.TrainedLayers>(spec.Train), Same<GM.OutputLayer>(spec.Output), spec.OutputMagnitude,
            Same<GM.OutputScale>(spec.Scale), spec.Bias, Same<GM.GradientScale>(spec.GradientScale),
            ElementOf(element), Same<GM.InstructionSet>(set), batch, Variant: variant is null || variant.IsDefault ? null : VariantOf(variant));
    }

    // The generator compiles the runtime's own KernelVariant source, so the two types have the same fields.
    private static GM.KernelVariant VariantOf(KernelVariant v) =>
        new(v.RowTile, v.VectorTile, v.Unroll, v.InputTile, Same<GM.RowPadding>(v.Padding), v.Prefetch, v.FloatLoss);

    // The generator compiles the runtime's own enum source (ModelEnums.cs), so each value maps to the member of the same name.
    private static TTo Same<TTo>(Enum value) where TTo : struct, Enum => Enum.Parse<TTo>(value.ToString());

    /// <summary>
    /// The source compiled for this spec: exactly the emitter's output, with the module initializer's attribute removed
    /// (a run-time kernel is reached through this specializer, not registered as compiled in).
    /// </summary>
    public static string SourceFor(ModelSpec spec, Type element, InstructionSet set, KernelVariant? variant = null)
    {
        string emitted = G.KernelEmitter.Emit(KernelSpecFor(spec, element, set, variant: variant));
        var found = System.Text.RegularExpressions.Regex.Matches(emitted, ModuleInitializerPattern, System.Text.RegularExpressions.RegexOptions.Multiline | System.Text.RegularExpressions.RegexOptions.CultureInvariant);
        if (found.Count != 1)
            throw new InvalidOperationException("the emitter's registration no longer has exactly one module initializer; update RuntimeSpecializer.SourceFor");
        return emitted.Remove(found[0].Index, found[0].Length).Insert(found[0].Index, "// (run-time kernel: reached through the specializer, not registered by a module initializer)");
    }

    /// <summary>
    /// The cache key: SHA-256 (first 128 bits, hex) of the key format, the emitter (the generator assembly's name, version
    /// and module id, which a deterministic build changes exactly when its code changes), the runtime library and the
    /// compiler likewise, the .NET runtime, every field of the spec (invariant round-trip numbers), the variant, the
    /// element type and the instruction set. Computing it emits nothing, so a cache hit costs a hash, a read and a load.
    /// </summary>
    public static string KeyFor(ModelSpec spec, Type element, InstructionSet set, string variant = DefaultVariant)
    {
        ArgumentNullException.ThrowIfNull(spec);
        ArgumentNullException.ThrowIfNull(element);
        ArgumentNullException.ThrowIfNull(variant);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(KeyText(spec, element, set, variant))).AsSpan(0, 16));
    }

    /// <summary>The text the key hashes (also a readable record of what an entry was built for).</summary>
    public static string KeyText(ModelSpec spec, Type element, InstructionSet set, string variant = DefaultVariant)
    {
        ArgumentNullException.ThrowIfNull(spec);
        ArgumentNullException.ThrowIfNull(element);
        static string R(double v) => v.ToString("R", CultureInfo.InvariantCulture);
        var text = new StringBuilder();
        text.Append("format ").Append(KeyFormat.ToString(CultureInfo.InvariantCulture)).Append('\n');
        text.Append(Environment_.Value);
        text.Append(CultureInfo.InvariantCulture, $"spec d={spec.Inputs} m={spec.Width} activation={spec.Activation}({R(spec.ActivationParameter)}) loss={spec.Loss}x{R(spec.LossScale)} ")
            .Append(CultureInfo.InvariantCulture, $"train={spec.Train} output={spec.Output}({R(spec.OutputMagnitude)}) scale={spec.Scale} bias={spec.Bias} gradient={spec.GradientScale}\n");
        text.Append("variant ").Append(variant).Append('\n');
        text.Append("element ").Append(element.FullName).Append('\n');
        text.Append("instruction-set ").Append(set.ToString()).Append('\n');
        return text.ToString();
    }

    /// <inheritdoc />
    public bool Supports(ModelSpec spec) => Unsupported(spec) is null;

    /// <inheritdoc />
    public KernelVariant? Tuned(ModelSpec spec, Type element, InstructionSet requested)
    {
        if (TuningPath is null || _tuning.Value.File is not { } file || Unsupported(spec) is not null) return null;
        InstructionSet set;
        try
        {
            set = Resolve(requested);
        }
        catch (NotSupportedException)
        {
            return null;
        }
        return file.Find(spec, element, set);
    }

    /// <inheritdoc />
    public ITrainingKernel<T> Create<T>(ModelSpec spec, KernelOptions options, out KernelOrigin origin) where T : unmanaged, IFloatingPointIeee754<T>
    {
        ArgumentNullException.ThrowIfNull(options);
        var loaded = Load<T>(spec, options.InstructionSet, options.Variant, options.IgnoreTuning);
        origin = loaded.Origin;
        var factory = (Func<KernelOptions?, ITrainingKernel<T>>)loaded.Factory;
        return factory(options);
    }

    /// <summary>Compiles or loads the kernel for this spec (once per process and key), without creating one; returns where its code came from.</summary>
    public KernelOrigin Prepare<T>(ModelSpec spec, InstructionSet requested = InstructionSet.Auto, KernelVariant? variant = null, bool ignoreTuning = false)
        where T : unmanaged, IFloatingPointIeee754<T>
        => Load<T>(spec, requested, variant, ignoreTuning).Origin;

    private Loaded Load<T>(ModelSpec spec, InstructionSet requested, KernelVariant? asked, bool ignoreTuning) where T : unmanaged, IFloatingPointIeee754<T>
    {
        ArgumentNullException.ThrowIfNull(spec);
        if (Unsupported(spec) is string why) throw new KernelNotAvailableException("no generated kernel can be specialized: " + why);
        var set = Resolve(requested);
        var (variant, tuningNote) = VariantFor(spec, typeof(T), set, asked, ignoreTuning);
        if (Unbuildable(spec, variant, set, typeof(T)) is string bad) throw new KernelNotAvailableException("no generated kernel can be specialized: " + bad);
        var clock = Stopwatch.StartNew();
        string key = KeyFor(spec, typeof(T), set, variant.ToString());
        var lazy = _loaded.GetOrAdd(key, k => new Lazy<Loaded>(() => LoadOrCompile<T>(k, spec, set, variant, clock), LazyThreadSafetyMode.ExecutionAndPublication));
        try
        {
            var loaded = lazy.Value;
            return tuningNote is null ? loaded : loaded with { Origin = loaded.Origin with { Note = loaded.Origin.Note is null ? tuningNote : loaded.Origin.Note + "; " + tuningNote } };
        }
        catch
        {
            _loaded.TryRemove(new KeyValuePair<string, Lazy<Loaded>>(key, lazy)); // a failure is not cached: the next call retries
            throw;
        }
    }

    private Loaded LoadOrCompile<T>(string key, ModelSpec spec, InstructionSet set, KernelVariant variant, Stopwatch clock) where T : unmanaged, IFloatingPointIeee754<T>
    {
        string description = spec.Describe() + " " + (typeof(T) == typeof(float) ? "float" : "double") + " " + set + " " + variant;
        var found = Cache.TryRead(key);
        string? note = null;
        if (found.Assembly is byte[] cached)
        {
            var fromCache = Instantiate<T>(key, cached);
            return new Loaded(new KernelOrigin(KernelSource.Cache, clock.Elapsed.TotalSeconds, Cache.PathOf(key), Variant: variant), fromCache);
        }
        if (found.Problem is string problem) note = $"the cached kernel {Cache.PathOf(key)} {problem}; rebuilt it";

        byte[] image = Compile(key, SourceFor(spec, typeof(T), set, variant));
        string? entry = null;
        try
        {
            entry = Cache.Store(key, image, description);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            note = (note is null ? "" : note + "; ") + $"cannot write the kernel cache {Cache.Directory} ({e.Message}): the kernel runs from memory";
        }
        var factory = Instantiate<T>(key, image);
        return new Loaded(new KernelOrigin(KernelSource.CompiledNow, clock.Elapsed.TotalSeconds, entry, note, variant), factory);
    }

    /// <summary>Compiles the source into an assembly image named after the key; a compile error is an emitter bug and says so.</summary>
    internal static byte[] Compile(string key, string source)
    {
        var tree = CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.Latest), path: DefinitionClass + ".g.cs", encoding: Encoding.UTF8);
        var compilation = CSharpCompilation.Create(
            AssemblyNameFor(key),
            [tree],
            References.Value,
            new CSharpCompilationOptions(
                OutputKind.DynamicallyLinkedLibrary,
                optimizationLevel: OptimizationLevel.Release,
                allowUnsafe: true,
                nullableContextOptions: NullableContextOptions.Enable,
                deterministic: true,
                // one file: a concurrent build only adds threads (measured on 2 cores: no faster, ~10% more CPU)
                concurrentBuild: false));
        using var pe = new MemoryStream();
        var result = compilation.Emit(pe);
        if (!result.Success)
        {
            var first = result.Diagnostics.FirstOrDefault(d => d.Severity == DiagnosticSeverity.Error);
            throw new KernelNotAvailableException("the run-time kernel did not compile (an emitter bug; please report it): "
                + (first?.ToString() ?? "no error was reported"));
        }
        return pe.ToArray();
    }

    /// <summary>The assembly name of a run-time kernel: unique per key.</summary>
    public static string AssemblyNameFor(string key) => DefinitionNamespace + "." + key;

    private static Delegate Instantiate<T>(string key, byte[] image) where T : unmanaged, IFloatingPointIeee754<T>
    {
        // its own load context: the name is unique per key, and XorGen.Runtime resolves to the default context's copy
        var context = new AssemblyLoadContext("xorgen-kernel-" + key);
        Assembly assembly;
        using (var stream = new MemoryStream(image, writable: false)) assembly = context.LoadFromStream(stream);
        var type = assembly.GetType(DefinitionNamespace + "." + DefinitionClass, throwOnError: true)!;
        var create = type.GetMethod("CreateKernel", BindingFlags.Public | BindingFlags.Static, [typeof(KernelOptions)])
            ?? throw new InvalidOperationException("the run-time kernel has no CreateKernel(KernelOptions) method");
        return create.CreateDelegate<Func<KernelOptions?, ITrainingKernel<T>>>();
    }

    private static GM.Precision ElementOf(Type element) =>
        element == typeof(float) ? GM.Precision.Float
        : element == typeof(double) ? GM.Precision.Double
        : throw new KernelNotAvailableException($"generated kernels are float or double, not {element.Name}");

    /// <summary>
    /// The assemblies the emitted code binds to, taken from the running application's trusted platform assemblies
    /// (the implementation assemblies of this very runtime, so the kernel binds to exactly what it runs on): the core
    /// library and the facades generated code names, every assembly XorGen.Runtime references, and XorGen.Runtime.
    /// </summary>
    private static IReadOnlyList<MetadataReference> LoadReferences()
    {
        string[] required = ["System.Private.CoreLib", "System.Runtime", "System.Runtime.Intrinsics", "System.Numerics.Vectors", "System.Runtime.InteropServices", "System.Memory"];
        var tpa = ((AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES") as string) ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .GroupBy(p => Path.GetFileNameWithoutExtension(p), StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.First(), StringComparer.OrdinalIgnoreCase);
        var paths = new List<string>();
        foreach (string name in required)
        {
            string? path = tpa.GetValueOrDefault(name);
            if (path is null && name == "System.Private.CoreLib") path = typeof(object).Assembly.Location;
            if (string.IsNullOrEmpty(path)) throw new KernelNotAvailableException($"run-time specialization needs {name}.dll, which this application does not list among its trusted platform assemblies");
            paths.Add(path);
        }
        foreach (var dependency in typeof(ModelSpec).Assembly.GetReferencedAssemblies())
            if (dependency.Name is string name && tpa.GetValueOrDefault(name) is string path) paths.Add(path);
        string runtime = typeof(ModelSpec).Assembly.Location;
        if (string.IsNullOrEmpty(runtime)) throw new KernelNotAvailableException("run-time specialization needs XorGen.Runtime.dll on disk (single-file publishing is not supported)");
        paths.Add(runtime);
        return paths.Distinct(StringComparer.Ordinal).Select(p => (MetadataReference)MetadataReference.CreateFromFile(p)).ToList();
    }

    /// <summary>What, besides the spec, decides the compiled bytes: emitter, runtime library, compiler and .NET runtime.</summary>
    private static string EnvironmentFingerprint()
    {
        static string Of(Assembly a) => a.GetName().Name + " " + a.GetName().Version + " " + a.ManifestModule.ModuleVersionId.ToString("N");
        var sb = new StringBuilder();
        sb.Append("emitter ").Append(Of(typeof(G.KernelEmitter).Assembly)).Append('\n');
        sb.Append("runtime-library ").Append(Of(typeof(ModelSpec).Assembly)).Append('\n');
        // the compiler by the reference this assembly was built against (its full version): loading Roslyn is left to a cache miss
        var compiler = typeof(RuntimeSpecializer).Assembly.GetReferencedAssemblies().Single(a => a.Name == "Microsoft.CodeAnalysis.CSharp");
        sb.Append("compiler ").Append(compiler.FullName).Append('\n');
        sb.Append("dotnet ").Append(RuntimeInformation.FrameworkDescription).Append(' ').Append(Environment.Version.ToString()).Append(' ').Append(RuntimeInformation.ProcessArchitecture.ToString()).Append('\n');
        return sb.ToString();
    }

    private sealed record Loaded(KernelOrigin Origin, Delegate Factory);
}
