using System.CommandLine;
using System.Diagnostics;
using KernelEmitter = XorGen.Generators.KernelEmitter;
using KernelSpec = XorGen.Generators.KernelSpec;

namespace XorGen.Cli;

/// <summary>
/// <c>xorgen show &lt;experiment&gt; [--asm]</c>: prints the C# the source generator emitted for the experiment's kernel
/// (re-emitted by the generator's pure emitter from the compiled definition), or with <c>--asm</c> the JIT's
/// disassembly of the kernel's step phases on this machine's instruction set.
/// </summary>
internal sealed class ShowCommand
{
    private readonly Argument<Experiment> _experiment = CommandLine.ExperimentArgument();
    private readonly Option<bool> _asm = new("--asm") { Description = "Print the JIT's disassembly of the training step for the instruction set in use (runs a short child process)." };

    public ShowCommand()
    {
        Command = new Command("show", "Print the generated kernel source of a built-in experiment, or its disassembly with --asm.") { _experiment, _asm };
    }

    public Command Command { get; }

    public int Execute(ParseResult parse, TextWriter output, TextWriter error)
    {
        var experiment = parse.GetValue(_experiment)!;
        string name = experiment.Name;
        var info = GeneratedKernelCatalog.Find(experiment.Spec, typeof(float))
            ?? throw new BadInputException($"no generated kernel is compiled for {name} ({experiment.Spec.Describe()})");
        if (!parse.GetValue(_asm))
        {
            output.Write(KernelEmitter.Emit(ToKernelSpec(info)));
            return Cli.Ok;
        }
        return PrintDisassembly(name, experiment.Spec, output, error);
    }

    /// <summary>The generator's model of a compiled definition, rebuilt from what its module initializer registered.</summary>
    internal static KernelSpec ToKernelSpec(GeneratedKernelInfo info)
    {
        int dot = info.Definition.LastIndexOf('.');
        var s = info.Spec;
        return new KernelSpec(
            dot < 0 ? "" : info.Definition[..dot], info.Definition[(dot + 1)..], s.Inputs, s.Width,
            (Generators.Activation)(int)s.Activation, s.ActivationParameter, (Generators.Loss)(int)s.Loss, s.LossScale,
            (Generators.TrainedLayers)(int)s.Train, (Generators.OutputLayer)(int)s.Output, s.OutputMagnitude,
            (Generators.OutputScale)(int)s.Scale, s.Bias, (Generators.GradientScale)(int)s.GradientScale,
            info.Element == typeof(double) ? Generators.Precision.Double : Generators.Precision.Float,
            (Generators.InstructionSet)(int)info.InstructionSet, info.Batch);
    }

    private static int PrintDisassembly(string name, ModelSpec spec, TextWriter output, TextWriter error)
    {
        string path;
        using (var kernel = KernelFactory.Create<float>(KernelKind.Generated, spec)) path = kernel.InstructionSet;
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
            foreach (var a in new[] { "run", name, "--kernel", "generated", "--steps", "3", "--no-probes", "--test-n", "0", "--out", Path.Combine(work, "run") })
                start.ArgumentList.Add(a);
            start.Environment["DOTNET_JitDisasm"] = methods;
            start.Environment["DOTNET_JitStdOutFile"] = asmFile;
            start.Environment["DOTNET_TieredCompilation"] = "0"; // straight to optimized code: what the kernel becomes
            error.WriteLine($"xorgen: disassembling {methods} ({path}) from a short run of {name}");
            using var child = Process.Start(start) ?? throw new InvalidOperationException("could not start " + host);
            var childError = child.StandardError.ReadToEndAsync();
            child.StandardOutput.ReadToEnd();
            child.WaitForExit();
            if (child.ExitCode != 0)
            {
                error.WriteLine($"xorgen: the child run failed ({child.ExitCode}): {Cli.OneLine(childError.Result)}");
                return Cli.Failed;
            }
            if (!File.Exists(asmFile) || new FileInfo(asmFile).Length == 0)
            {
                error.WriteLine("xorgen: the JIT printed no disassembly (is DOTNET_JitStdOutFile supported by this runtime?)");
                return Cli.Failed;
            }
            output.Write(File.ReadAllText(asmFile));
            return Cli.Ok;
        }
        finally
        {
            try { Directory.Delete(work, recursive: true); } catch (IOException) { }
        }
    }
}
