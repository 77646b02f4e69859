using System.Runtime.InteropServices;

namespace XorGen;

/// <summary>The machine a run ran on, for the run record.</summary>
/// <param name="CpuModel">CPU model name (from /proc/cpuinfo on Linux; the architecture elsewhere).</param>
/// <param name="Cores">Logical processors available to the process.</param>
/// <param name="OperatingSystem">OS description.</param>
/// <param name="DotNetVersion">The .NET runtime description.</param>
public sealed record MachineInfo(string CpuModel, int Cores, string OperatingSystem, string DotNetVersion)
{
    private static readonly Lazy<MachineInfo> CurrentMachine = new(Detect);

    /// <summary>This machine.</summary>
    public static MachineInfo Current => CurrentMachine.Value;

    private static readonly Lazy<string> Slug = new(DetectSlug);

    /// <summary>
    /// A file-name-safe name of this CPU: its model name in lower case with dashes ("amd-epyc-9755-128-core-processor");
    /// when the name has no digit (virtual machines often say just "AMD EPYC"), the CPU family and model are appended
    /// ("amd-epyc-family-26-model-2"). It names the per-CPU folders of bench results and the per-CPU tuning file.
    /// </summary>
    public static string CpuSlug => Slug.Value;

    private static string DetectSlug()
    {
        string model = "", family = "", number = "";
        try
        {
            if (File.Exists("/proc/cpuinfo"))
                foreach (var line in File.ReadLines("/proc/cpuinfo"))
                {
                    if (line.Trim().Length == 0) break; // the first processor is enough
                    int colon = line.IndexOf(':');
                    if (colon < 0) continue;
                    string key = line[..colon].Trim(), value = line[(colon + 1)..].Trim();
                    if (key == "model name") model = value;
                    else if (key == "cpu family") family = value;
                    else if (key == "model") number = value;
                }
        }
        catch (IOException) { }
        catch (UnauthorizedAccessException) { }
        if (model.Length == 0) model = RuntimeInformation.ProcessArchitecture.ToString() + " cpu";
        if (!model.Any(char.IsDigit) && family.Length > 0) model += $" family {family} model {number}";
        var slug = new System.Text.StringBuilder();
        foreach (char c in model.ToLowerInvariant())
        {
            if (char.IsAsciiLetterOrDigit(c)) slug.Append(c);
            else if (slug.Length > 0 && slug[^1] != '-') slug.Append('-');
        }
        string text = slug.ToString().Trim('-');
        return text.Length == 0 ? "unknown-cpu" : text;
    }

    private static MachineInfo Detect() => new(
        CpuModelName(),
        Environment.ProcessorCount,
        RuntimeInformation.OSDescription,
        RuntimeInformation.FrameworkDescription);

    private static string CpuModelName()
    {
        try
        {
            if (File.Exists("/proc/cpuinfo"))
                foreach (var line in File.ReadLines("/proc/cpuinfo"))
                    if (line.StartsWith("model name", StringComparison.Ordinal) && line.IndexOf(':') is int colon and >= 0)
                        return line[(colon + 1)..].Trim();
        }
        catch (IOException) { }
        catch (UnauthorizedAccessException) { }
        return RuntimeInformation.ProcessArchitecture.ToString();
    }
}
