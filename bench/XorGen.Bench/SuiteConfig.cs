using System.Collections.Concurrent;
using System.Reflection;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Exporters;
using BenchmarkDotNet.Exporters.Csv;
using BenchmarkDotNet.Filters;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Loggers;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Perfolizer.Horology;

namespace XorGen.Bench;

/// <summary>
/// The suite's BenchmarkDotNet configuration: three instruction-set jobs, the flop columns, the memory
/// diagnoser, Markdown and CSV exporters, one joined summary (so the % of peak column can read the
/// <see cref="PeakFma"/> rows), and a filter that keeps only the rows the suite measures.
/// </summary>
public static class SuiteConfig
{
    /// <summary>Id of the job with the runtime's defaults (the widest vector path the CPU has).</summary>
    public const string DefaultJobId = "AllIsa";

    /// <summary>
    /// The instruction-set jobs. .NET 10 reads DOTNET_EnableAVX512 (DOTNET_EnableAVX512F, the .NET 8/9 name,
    /// is ignored by .NET 10; both are set so the matrix also works there). DOTNET_EnableAVX2=0 also turns off
    /// FMA and Vector256 acceleration in .NET 10: that job runs the Vector128 (SSE4) path.
    /// </summary>
    public static readonly (string Id, (string Name, string Value)[] Variables)[] InstructionSetJobs =
    [
        (DefaultJobId, []),
        ("AVX512-off", [("DOTNET_EnableAVX512", "0"), ("DOTNET_EnableAVX512F", "0")]),
        ("AVX2-off", [("DOTNET_EnableAVX2", "0")]),
    ];

    /// <summary>
    /// The measuring job of the full suite: one launch, 3 warm-up and 6 measured iterations of 150 ms each
    /// (BenchmarkDotNet's ShortRun is 3+3 of 500 ms; shorter iterations let the ~150 cases fit in about 15 minutes).
    /// </summary>
    public static Job FullJob => Job.Default
        .WithLaunchCount(1).WithWarmupCount(3).WithIterationCount(6)
        .WithIterationTime(TimeInterval.FromMilliseconds(150));

    /// <summary>The dry job: every benchmark once, cold, no pilot (catches a broken benchmark, measures nothing).</summary>
    public static Job DryJob => Job.Dry;

    /// <summary>
    /// The dry run's default job runs in the host process (no process start and build per case), which keeps the
    /// ~130 cases within a couple of minutes; the instruction-set jobs need their own processes (the variables act
    /// at runtime start-up) and stay out of process.
    /// </summary>
    private static Job ForDefault(Job baseJob, bool dry) => dry ? baseJob.WithToolchain(InProcessEmitToolchain.Instance) : baseJob;

    /// <summary>Rows the filter dropped and why (printed after the run and written to notes.md).</summary>
    public static readonly ConcurrentDictionary<string, byte> Omitted = new();

    /// <summary>Builds the configuration: the full measuring job, or the dry one.</summary>
    public static IConfig Create(bool dry, string artifactsPath)
    {
        var config = ManualConfig.CreateEmpty()
            .AddLogger(ConsoleLogger.Default)
            .AddColumnProvider(DefaultColumnProviders.Instance)
            .AddColumn(FlopColumn.FlopsPerStep, FlopColumn.StepsPerSecond, FlopColumn.Gflops, FlopColumn.PercentOfPeak)
            .AddDiagnoser(MemoryDiagnoser.Default)
            .AddExporter(MarkdownExporter.GitHub, CsvExporter.Default)
            .AddAnalyser(DefaultConfig.Instance.GetAnalysers().ToArray())
            .AddValidator(DefaultConfig.Instance.GetValidators().ToArray())
            .AddFilter(new SimpleFilter(Keep))
            .WithArtifactsPath(artifactsPath)
            .WithOptions(ConfigOptions.JoinSummary);
        foreach (var (id, variables) in InstructionSetJobs)
        {
            var baseJob = dry ? DryJob : FullJob;
            var job = (variables.Length == 0 ? ForDefault(baseJob, dry) : baseJob).WithId(id);
            if (variables.Length > 0)
                job = job.WithEnvironmentVariables(variables.Select(v => new EnvironmentVariable(v.Name, v.Value)).ToArray());
            config = config.AddJob(job);
        }
        return config;
    }

    /// <summary>
    /// Keeps a case when (1) its job is the default one, or its class runs the instruction-set matrix; and
    /// (2) its row is measured (<see cref="Cases.Omission"/>): the reference kernel only at small sizes, a generated
    /// kernel only where one is compiled for exactly that spec and thread count (so generated rows appear by themselves).
    /// </summary>
    private static bool Keep(BenchmarkCase benchmarkCase)
    {
        bool matrix = benchmarkCase.Descriptor.Type.GetCustomAttribute<InstructionSetMatrixAttribute>() is not null;
        if (benchmarkCase.Job.Id != DefaultJobId && !matrix) return false;
        if (CaseInspector.Describe(benchmarkCase)?.Omission is not { } omission) return true;
        Omitted.TryAdd(omission, 0);
        return false;
    }
}
