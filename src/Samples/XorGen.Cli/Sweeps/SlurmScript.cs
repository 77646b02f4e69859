using System.Globalization;
using System.Text;

namespace XorGen.Cli.Sweeps;

/// <summary>
/// The sbatch script of a sweep: a job array of ⌈runs / R⌉ tasks throttled to K at once (<c>--array=0-(N-1)%K</c>),
/// each task running its shard of the sweep (index and count from <c>SLURM_ARRAY_TASK_*</c>) into the shared directory
/// with <c>--jobs</c> = the task's CPUs.
/// </summary>
internal static class SlurmScript
{
    public static int Tasks(int runs, int runsPerTask) => Math.Max(1, (runs + runsPerTask - 1) / runsPerTask);

    /// <summary>The script text. <paramref name="command"/> starts this xorgen (its executable, or dotnet and its dll).</summary>
    public static string Write(string sweepName, string sweepFile, string outDir, int tasks, int? arrayLimit,
        IReadOnlyList<string> sbatchArgs, IReadOnlyList<string> command)
    {
        var sb = new StringBuilder();
        sb.Append("#!/bin/bash\n");
        sb.Append("# written by xorgen ").Append(Cli.Version).Append(": a throttled job array over the sweep's shards\n");
        sb.Append("#SBATCH --job-name=").Append(Safe("xorgen-" + sweepName)).Append('\n');
        sb.Append("#SBATCH --array=0-").Append((tasks - 1).ToString(CultureInfo.InvariantCulture));
        if (arrayLimit is int k) sb.Append('%').Append(k.ToString(CultureInfo.InvariantCulture));
        sb.Append('\n');
        sb.Append("#SBATCH --output=").Append(Path.Combine(outDir, "slurm", "%A_%a.out")).Append('\n');
        foreach (var arg in sbatchArgs) sb.Append("#SBATCH ").Append(arg).Append('\n');
        sb.Append("set -euo pipefail\n");
        sb.Append("# each task: its slice of the runs (xorgen reads SLURM_ARRAY_TASK_ID, _MIN, _STEP and _COUNT)\n");
        sb.Append("exec ").AppendJoin(' ', command.Select(Quote)).Append(" sweep ").Append(Quote(sweepFile))
          .Append(" --out ").Append(Quote(outDir)).Append(" --jobs \"${SLURM_CPUS_PER_TASK:-1}\"\n");
        return sb.ToString();
    }

    /// <summary>The command that starts this xorgen: its apphost, or <c>dotnet xorgen.dll</c> under the dotnet host.</summary>
    public static IReadOnlyList<string> SelfCommand()
    {
        string? process = Environment.ProcessPath;
        string dll = typeof(SlurmScript).Assembly.Location;
        if (process is not null && !Path.GetFileNameWithoutExtension(process).Equals("dotnet", StringComparison.OrdinalIgnoreCase)
            && Path.GetFileNameWithoutExtension(process).Equals("xorgen", StringComparison.OrdinalIgnoreCase))
            return [process];
        return [process is not null && Path.GetFileNameWithoutExtension(process).Equals("dotnet", StringComparison.OrdinalIgnoreCase) ? process : "dotnet", dll];
    }

    private static string Safe(string s) => new([.. s.Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' ? c : '_')]);

    private static string Quote(string s) => "'" + s.Replace("'", "'\\''", StringComparison.Ordinal) + "'";
}
