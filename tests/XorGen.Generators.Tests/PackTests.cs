using System.Diagnostics;
using System.Globalization;
using System.Runtime.CompilerServices;

namespace XorGen.Generators.Tests;

/// <summary>
/// The way users take XorGen: `dotnet pack` at the repository root into a local folder, build a consumer project
/// against the package (runtime + generator as analyzer) whose program is the README's "Use the library" example as
/// it stands, and run it: it trains its own definition with its generated kernel and writes a run record.
/// Slow (about a minute): run separately with --filter Category=Pack.
/// </summary>
public sealed class PackTests
{
    /// <summary>The program of the README's "Use the library" section, exactly as it stands there.</summary>
    internal static string ReadmeExample(string repo)
    {
        string readme = File.ReadAllText(Path.Combine(repo, "README.md"));
        int section = readme.IndexOf("\n## Use the library\n", StringComparison.Ordinal);
        Assert.True(section >= 0, "README.md has no \"## Use the library\" section");
        int start = readme.IndexOf("```csharp\n", section, StringComparison.Ordinal);
        int next = readme.IndexOf("\n## ", section + 1, StringComparison.Ordinal);
        Assert.True(start >= 0 && (next < 0 || start < next), "the \"Use the library\" section has no csharp block");
        start += "```csharp\n".Length;
        int end = readme.IndexOf("\n```", start, StringComparison.Ordinal);
        return readme[start..end] + "\n";
    }

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
            // `dotnet pack` at the repository root: the XorGen package, with its readme, and no other package
            Run("dotnet", ["pack", "-c", "Release", "-o", feed, "-p:PackageVersion=" + version], repo);
            string package = Path.Combine(feed, "XorGen." + version + ".nupkg");
            Assert.True(File.Exists(package), "no XorGen package in " + feed);
            Assert.Equal(["XorGen." + version + ".nupkg"], Directory.GetFiles(feed, "*.nupkg").Select(Path.GetFileName));
            using (var zip = System.IO.Compression.ZipFile.OpenRead(package))
            {
                Assert.Contains(zip.Entries, e => e.FullName == "README.md");
                Assert.Contains(zip.Entries, e => e.FullName == "analyzers/dotnet/cs/XorGen.Generators.dll");
                using var nuspec = new StreamReader(zip.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal)).Open());
                Assert.Contains("<readme>README.md</readme>", nuspec.ReadToEnd(), StringComparison.Ordinal);
            }

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
            File.WriteAllText(Path.Combine(app, "Program.cs"), ReadmeExample(repo));
            // isolate from the repository's Directory.Build.props
            File.WriteAllText(Path.Combine(work, "Directory.Build.props"), "<Project />");
            // exit code 0: the README's program checks that its generated kernel ran and did not diverge
            string output = Run("dotnet", ["run", "--project", app], app);
            Assert.Contains("Generated kernel", output, StringComparison.Ordinal);
            Assert.True(File.Exists(Path.Combine(app, "runs", "my-xor", "run.jsonl")), "the README's program wrote no record");
        }
        finally
        {
            try { Directory.Delete(work, recursive: true); } catch (IOException) { }
        }
    }

    /// <summary>Runs a process in <paramref name="directory"/> and returns its stdout; a non-zero exit fails the test with both streams.</summary>
    internal static string Run(string file, string[] args, string directory)
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

    /// <summary>The folder holding XorGen.sln, found upwards from the calling source file.</summary>
    internal static string RepositoryRoot([CallerFilePath] string path = "")
    {
        var dir = new DirectoryInfo(Path.GetDirectoryName(path)!);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "XorGen.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("XorGen.sln not found above " + path);
    }
}
