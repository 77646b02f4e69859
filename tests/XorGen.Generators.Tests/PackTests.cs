using System.Diagnostics;
using System.Globalization;
using System.Runtime.CompilerServices;

namespace XorGen.Generators.Tests;

/// <summary>
/// The way users take XorGen: `dotnet pack` the runtime into a local folder, build a consumer project against the
/// package (runtime + generator as analyzer), run one training step with its generated kernel.
/// Slow (about a minute): run separately with --filter Category=Pack.
/// </summary>
public sealed class PackTests
{
    private const string Consumer = """
        using XorGen;

        var spec = Tiny.Spec;
        using var kernel = KernelFactory.Create<float>(KernelKind.Generated, spec);
        var parameters = new NetworkParameters(spec);
        for (int i = 0; i < parameters.W.Length; i++) parameters.W[i] = ((i * 7) % 11 - 5) / 10.0;
        for (int j = 0; j < parameters.A.Length; j++) parameters.A[j] = j % 2 == 0 ? 0.5 : -0.5;
        kernel.LoadParameters(parameters);
        float[] x = [1, -1, 1, -1, 1, -1, -1, 1, 1, 1];
        float[] y = [1, -1];
        double loss = kernel.Step(x, y, 2, StepControl.Constant(0.1));
        System.Console.WriteLine($"kind={kernel.Kind} loss={loss.ToString("R", System.Globalization.CultureInfo.InvariantCulture)}");
        return kernel.Kind == KernelKind.Generated && double.IsFinite(loss) ? 0 : 1;

        [TwoLayerKernel(Inputs = 5, Width = 7, Activation = Activation.Relu, Loss = Loss.Logistic, LossScale = 2, Scale = OutputScale.InverseWidth)]
        public partial class Tiny;
        """;

    [Fact]
    [Trait("Category", "Pack")]
    public void A_consumer_of_the_packed_XorGen_package_runs_a_generated_kernel()
    {
        string repo = RepositoryRoot();
        string work = Path.Combine(Path.GetTempPath(), "xorgen-pack-" + Guid.NewGuid().ToString("N"));
        string feed = Path.Combine(work, "feed");
        string app = Path.Combine(work, "consumer");
        Directory.CreateDirectory(app);
        // a fresh version each run, so the NuGet cache never serves a stale package
        string version = "0.1.0-test" + DateTime.UtcNow.ToString("yyyyMMddHHmmssfff", CultureInfo.InvariantCulture);
        try
        {
            Run("dotnet", ["pack", Path.Combine(repo, "src", "Runtime", "XorGen.Runtime.csproj"), "-o", feed, "-p:PackageVersion=" + version], repo);
            Assert.True(File.Exists(Path.Combine(feed, "XorGen." + version + ".nupkg")), "no XorGen package in " + feed);

            File.WriteAllText(Path.Combine(app, "NuGet.config"), $"""
                <?xml version="1.0" encoding="utf-8"?>
                <configuration>
                  <packageSources>
                    <clear />
                    <add key="local" value="{feed}" />
                    <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />
                  </packageSources>
                </configuration>
                """);
            File.WriteAllText(Path.Combine(app, "Consumer.csproj"), $"""
                <Project Sdk="Microsoft.NET.Sdk">
                  <PropertyGroup>
                    <OutputType>Exe</OutputType>
                    <TargetFramework>net10.0</TargetFramework>
                    <Nullable>enable</Nullable>
                    <ImplicitUsings>enable</ImplicitUsings>
                  </PropertyGroup>
                  <ItemGroup>
                    <PackageReference Include="XorGen" Version="{version}" />
                  </ItemGroup>
                </Project>
                """);
            File.WriteAllText(Path.Combine(app, "Program.cs"), Consumer);
            // isolate from the repository's Directory.Build.props
            File.WriteAllText(Path.Combine(work, "Directory.Build.props"), "<Project />");
            string output = Run("dotnet", ["run", "--project", app], app);
            Assert.Contains("kind=Generated", output, StringComparison.Ordinal);
        }
        finally
        {
            try { Directory.Delete(work, recursive: true); } catch (IOException) { }
        }
    }

    private static string Run(string file, string[] args, string directory)
    {
        var start = new ProcessStartInfo(file) { WorkingDirectory = directory, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in args) start.ArgumentList.Add(a);
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        string stdout = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, file + " " + string.Join(' ', args) + " failed (" + process.ExitCode + "):\n" + stdout + "\n" + stderr.Result);
        return stdout;
    }

    private static string RepositoryRoot([CallerFilePath] string path = "")
    {
        var dir = new DirectoryInfo(Path.GetDirectoryName(path)!);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "XorGen.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("XorGen.sln not found above " + path);
    }
}
