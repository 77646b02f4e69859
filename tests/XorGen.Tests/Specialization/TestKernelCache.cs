using System.Runtime.CompilerServices;
using XorGen.Specialization;

namespace XorGen.Tests.Specialization;

/// <summary>
/// Points the default kernel cache of this test process at a fresh temporary directory (unless the caller set one), so
/// tests that run the CLI with a run-time kernel never write into the user's ~/.cache, and its tuning file at a fresh path.
/// </summary>
internal static class TestKernelCache
{
    [ModuleInitializer]
    internal static void Isolate()
    {
        if (string.IsNullOrEmpty(Environment.GetEnvironmentVariable(KernelCache.EnvironmentVariable)))
            Environment.SetEnvironmentVariable(KernelCache.EnvironmentVariable, Path.Combine(Path.GetTempPath(), "xorgen-test-kernels-" + Environment.ProcessId));
        // nor read or write the user's tuning file: a tuned variant would change which kernel the tests run
        if (string.IsNullOrEmpty(Environment.GetEnvironmentVariable(TuningFile.EnvironmentVariable)))
            Environment.SetEnvironmentVariable(TuningFile.EnvironmentVariable, Path.Combine(Path.GetTempPath(), "xorgen-test-tuning-" + Environment.ProcessId + ".json"));
    }

    /// <summary>A fresh, empty cache directory.</summary>
    public static string NewDirectory() => Path.Combine(Path.GetTempPath(), "xorgen-kernels-" + Guid.NewGuid().ToString("N"));
}
