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
