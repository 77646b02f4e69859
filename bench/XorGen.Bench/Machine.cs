using System.Diagnostics;
using System.Text;

namespace XorGen.Bench;

/// <summary>What machine this is: the CPU's name (for the results folder) and its lscpu description.</summary>
public static partial class Machine
{
    /// <summary>The directory holding XorGen.sln, searched upward from the working directory and then from this program; else the working directory.</summary>
    public static string RepositoryRoot()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
                if (File.Exists(Path.Combine(dir.FullName, "XorGen.sln"))) return dir.FullName;
        return Directory.GetCurrentDirectory();
    }

    /// <summary>lscpu's output (or /proc/cpuinfo's first processor when lscpu is missing).</summary>
    public static string Lscpu()
    {
        try
        {
            var psi = new ProcessStartInfo("lscpu") { RedirectStandardOutput = true, UseShellExecute = false };
            psi.Environment["LC_ALL"] = "C";
            using var process = Process.Start(psi)!;
            string output = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            if (process.ExitCode == 0) return output;
        }
        catch (System.ComponentModel.Win32Exception) { }
        return File.Exists("/proc/cpuinfo")
            ? string.Join('\n', File.ReadLines("/proc/cpuinfo").TakeWhile(l => l.Trim().Length > 0))
            : $"cpu: {Environment.ProcessorCount} logical processors (no lscpu, no /proc/cpuinfo)";
    }

    /// <summary>A folder name for this CPU (<see cref="MachineInfo.CpuSlug"/>: the runtime's rule, which also names the tuning file).</summary>
    public static string CpuSlug() => MachineInfo.CpuSlug;

    /// <summary>The text of machine.txt: date, runtime, which vector paths the runtime accelerates, and lscpu.</summary>
    public static string Description()
    {
        var text = new StringBuilder();
        text.AppendLine($"date (UTC): {DateTime.UtcNow:yyyy-MM-dd HH:mm}");
        text.AppendLine($"runtime: {System.Runtime.InteropServices.RuntimeInformation.FrameworkDescription} on {System.Runtime.InteropServices.RuntimeInformation.OSDescription}");
        text.AppendLine($"accelerated (default job): Vector512={System.Runtime.Intrinsics.Vector512.IsHardwareAccelerated} Vector256={System.Runtime.Intrinsics.Vector256.IsHardwareAccelerated} Vector128={System.Runtime.Intrinsics.Vector128.IsHardwareAccelerated}");
        text.AppendLine($"logical processors: {Environment.ProcessorCount}");
        text.AppendLine();
        text.AppendLine("lscpu:");
        text.Append(Lscpu());
        return text.ToString();
    }
}
