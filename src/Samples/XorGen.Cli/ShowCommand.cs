extern alias XorGenGenerators;
using System.CommandLine;
using System.Diagnostics;
using KernelEmitter = XorGenGenerators::XorGen.Generators.KernelEmitter;
using XorGen.Specialization;

namespace XorGen.Cli;

/// <summary>
/// <c>xorgen show &lt;experiment&gt; [--d N] [--width N] [--precision float|double] [--variant V | --diff A B] [--asm]</c>:
/// prints the C# of the experiment's generated kernel, or with <c>--asm</c> the JIT's disassembly of the kernel's step
/// phases on this machine's instruction set; <c>--variant</c> prints another tiling variant, <c>--diff A B</c> lines two
/// variants' source (or disassembly) up side by side, changed regions only. The model is the experiment's own spec (its definition class's <c>Spec</c>, resized by --d and
/// --width); the source is what the generator's pure emitter makes of it: the compiled-in definition's source when one
/// exists (namespace, class, pinned path and fixed batch as the definition says), else the source run-time
/// specialization compiles for that spec. Both build the emitter's input with <see cref="RuntimeSpecializer.KernelSpecFor"/>.
/// </summary>
internal sealed class ShowCommand
{
    private readonly Argument<Experiment> _experiment = CommandLine.ExperimentArgument();
    private readonly Option<int?> _d = CommandLine.Int("--d", "Input dimension d (default: the experiment's).");
    private readonly Option<int?> _width = CommandLine.Int("--width", "Hidden width m (default: the experiment's, or what it derives from --d).");
    private readonly Option<string?> _precision = CommandLine.Choice("--precision", "Element type (default float).", "float", "double");
    private readonly Option<bool> _asm = new("--asm") { Description = "Print the JIT's disassembly of the training step for the instruction set in use (runs a short child process)." };
    private readonly Option<string?> _variant = new("--variant") { HelpName = "VARIANT", Description = "The tiling variant to print: " + KernelVariant.Syntax + " (default: what 'xorgen run' builds)." };
    private readonly Option<string[]> _diff = new("--diff") { HelpName = "A B", Arity = new ArgumentArity(2, 2), AllowMultipleArgumentsPerToken = true, Description = "Line up the source (or with --asm the disassembly) of variants A and B side by side: the changed regions with 3 lines of context." };

    public ShowCommand()
    {
        Command = new Command("show", "Print the generated kernel source of a built-in experiment at any size and variant, its disassembly with --asm, or two variants side by side with --diff.")
            { _experiment, _d, _width, _precision, _variant, _diff, _asm };
    }

    public Command Command { get; }

    public int Execute(ParseResult parse, TextWriter output, TextWriter error)
    {
        var experiment = parse.GetValue(_experiment)!;
        var (spec, element, sizeArgs) = Resolve(experiment, parse.GetValue(_d), parse.GetValue(_width), parse.GetValue(_precision));
        bool asm = parse.GetValue(_asm);
        string[]? diff = parse.GetValue(_diff);
        string? variantText = parse.GetValue(_variant);
        if (diff is { Length: > 0 })
        {
            if (variantText is not null) throw new BadInputException("--diff A B names both variants; drop --variant");
            var a = ParseVariant(diff[0], spec, element, "--diff");
            var b = ParseVariant(diff[1], spec, element, "--diff");
            // both sides in the run-time form (one class name, pinned to this machine's path), so only the variant differs
            string left = asm ? Disassemble(experiment.Name, spec, element, sizeArgs, a, error) : SourceOf(experiment.Name, spec, element, a, error, compiledIn: false);
            string right = asm ? Disassemble(experiment.Name, spec, element, sizeArgs, b, error) : SourceOf(experiment.Name, spec, element, b, error, compiledIn: false);
            SideBySide.Write(output, a.ToString(), left, b.ToString(), right);
            return Cli.Ok;
        }
        var variant = variantText is null ? null : ParseVariant(variantText, spec, element, "--variant");
        if (asm)
        {
            output.Write(Disassemble(experiment.Name, spec, element, sizeArgs, variant, error));
            return Cli.Ok;
        }
        if (variant is not null)
        {
            output.Write(SourceOf(experiment.Name, spec, element, variant, error));
            return Cli.Ok;
        }
        var compiled = GeneratedKernelCatalog.Find(spec, element);
        if (compiled is null)
        {
            if (RuntimeSpecializer.Unsupported(spec) is string why) throw new BadInputException($"no generated kernel for {experiment.Name} at {spec.Describe()}: {why}");
            var set = RuntimeSpecializer.Resolve(InstructionSet.Auto);
            error.WriteLine($"xorgen: no compiled-in kernel for {spec.Describe()}; this is the source run-time specialization compiles for it ({set})");
            output.Write(RuntimeSpecializer.SourceFor(spec, element, set));
            return Cli.Ok;
        }
        output.Write(CompiledSource(compiled));
        return Cli.Ok;
    }

    /// <summary>What the generator emitted for a compiled-in definition: its names, pinned path, fixed batch and variant.</summary>
    private static string CompiledSource(GeneratedKernelInfo compiled)
    {
        int dot = compiled.Definition.LastIndexOf('.');
        return KernelEmitter.Emit(RuntimeSpecializer.KernelSpecFor(compiled.Spec, compiled.Element, compiled.InstructionSet,
            dot < 0 ? "" : compiled.Definition[..dot], compiled.Definition[(dot + 1)..], compiled.Batch, compiled.Tuning));
    }

    /// <summary>The experiment's spec at the sizes asked (the rules of <c>xorgen run</c>: --width defaults to what the experiment derives from d).</summary>
    internal static (ModelSpec Spec, Type Element, string[] SizeArgs) Resolve(Experiment experiment, int? d, int? width, string? precision)
    {
        int inputs = RunCommand.Positive("--d", d) ?? experiment.Defaults.Inputs;
        int m = RunCommand.WidthFor(experiment, inputs, width);
        RunCommand.Limit("--d", inputs, RunLimits.MaxInputs);
        RunCommand.Limit("--width", m, RunLimits.MaxWidth);
        var spec = experiment.SpecFor(inputs, m);
        var args = new List<string>();
        if (d is not null) args.AddRange(["--d", inputs.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        if (width is not null) args.AddRange(["--width", m.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        if (precision is not null) args.AddRange(["--precision", precision]);
        return (spec, precision == "double" ? typeof(double) : typeof(float), [.. args]);
    }

    /// <summary>A variant's text, which must parse and fit this machine's widest path.</summary>
    private static KernelVariant ParseVariant(string text, ModelSpec spec, Type element, string option)
    {
        var variant = KernelVariant.TryParse(text, out string? why) ?? throw new BadInputException($"{option} '{text}': {why}");
        var set = RuntimeSpecializer.Resolve(InstructionSet.Auto);
        if (RuntimeSpecializer.Unbuildable(spec, variant, set, element) is string bad) throw new BadInputException($"{option} '{text}' cannot be built for {set}: {bad}");
        return variant;
    }

    /// <summary>The source of one variant: a compiled-in definition's own when one has exactly that variant, else what run-time specialization compiles.</summary>
    private static string SourceOf(string name, ModelSpec spec, Type element, KernelVariant variant, TextWriter error, bool compiledIn = true)
    {
        if (compiledIn && GeneratedKernelCatalog.Find(spec, element, variant) is { } compiled) return CompiledSource(compiled);
        if (RuntimeSpecializer.Unsupported(spec) is string why) throw new BadInputException($"no generated kernel for {name} at {spec.Describe()}: {why}");
        var set = RuntimeSpecializer.Resolve(InstructionSet.Auto);
        if (compiledIn) error.WriteLine($"xorgen: variant {variant} of {spec.Describe()}: the source run-time specialization compiles ({set})");
        return RuntimeSpecializer.SourceFor(spec, element, set, variant);
    }

    private static string Disassemble(string name, ModelSpec spec, Type element, string[] sizeArgs, KernelVariant? variant, TextWriter error)
    {
        var compiled = variant is null ? GeneratedKernelCatalog.Find(spec, element) : GeneratedKernelCatalog.Find(spec, element, variant);
        if (compiled is null && RuntimeSpecializer.Unsupported(spec) is string why)
            throw new BadInputException($"no generated kernel for {name} at {spec.Describe()}: {why}");
        // the path the child's kernel will take: the definition's pinned path, else the widest this machine accelerates
        var pinned = compiled?.InstructionSet ?? InstructionSet.Auto;
        string path = RuntimeSpecializer.Resolve(pinned).ToString();
        string suffix = path.StartsWith("Vector", StringComparison.Ordinal) ? path["Vector".Length..] : path;
        string methods = $"Forward{suffix} Outputs{suffix} BackwardRows{suffix} GradientPass{suffix}";
        string work = Path.Combine(Path.GetTempPath(), "xorgen-asm-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(work);
        string asmFile = Path.Combine(work, "jit.asm");
        try
        {
            // A short run of the experiment in a child process of this tool, with the JIT printing the step's phases.
            string host = Environment.ProcessPath ?? throw new InvalidOperationException("cannot locate the xorgen executable");
            var start = new ProcessStartInfo(host) { RedirectStandardOutput = true, RedirectStandardError = true };
            if (Path.GetFileNameWithoutExtension(host).Equals("dotnet", StringComparison.OrdinalIgnoreCase))
                start.ArgumentList.Add(typeof(ShowCommand).Assembly.Location);
            var variantArgs = variant is null ? [] : new[] { "--variant", variant.ToString() };
            foreach (var a in new[] { "run", name, "--kernel", "generated", "--steps", "3", "--no-probes", "--test-n", "0", "--out", Path.Combine(work, "run") }.Concat(sizeArgs).Concat(variantArgs))
                start.ArgumentList.Add(a);
            start.Environment["DOTNET_JitDisasm"] = methods;
            start.Environment["DOTNET_JitStdOutFile"] = asmFile;
            start.Environment["DOTNET_TieredCompilation"] = "0"; // straight to optimized code: what the kernel becomes
            error.WriteLine($"xorgen: disassembling {methods} ({path}{(variant is null ? "" : ", variant " + variant)}) from a short run of {name}");
            using var child = Process.Start(start) ?? throw new InvalidOperationException("could not start " + host);
            var childError = child.StandardError.ReadToEndAsync();
            child.StandardOutput.ReadToEnd();
            child.WaitForExit();
            if (child.ExitCode != 0)
                throw new CommandFailedException($"the child run failed ({child.ExitCode}): {Cli.OneLine(childError.Result)}");
            if (!File.Exists(asmFile) || new FileInfo(asmFile).Length == 0)
                throw new CommandFailedException("the JIT printed no disassembly (is DOTNET_JitStdOutFile supported by this runtime?)");
            return File.ReadAllText(asmFile);
        }
        finally
        {
            try { Directory.Delete(work, recursive: true); } catch (IOException) { }
        }
    }
}
