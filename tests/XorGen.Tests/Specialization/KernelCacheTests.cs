using System.Diagnostics;
using System.Text;
using System.Text.Json;
using XorGen.Specialization;
using Xunit;

namespace XorGen.Tests.Specialization;

/// <summary>
/// The on-disk kernel cache: a hit loads the same kernel; a damaged, truncated or foreign entry is reported and rebuilt,
/// never loaded; two real processes compiling the same kernel at once both succeed and leave one good entry.
/// </summary>
public sealed class KernelCacheTests : IDisposable
{
    private readonly string _dir = TestKernelCache.NewDirectory();
    private static readonly ModelSpec Spec = new(9, 13, Scale: OutputScale.InverseWidth, GradientScale: GradientScale.PerNeuron);

    public void Dispose()
    {
        try { Directory.Delete(_dir, recursive: true); } catch (DirectoryNotFoundException) { }
    }

    private string EntryPath => new KernelCache(_dir).PathOf(RuntimeSpecializer.KeyFor(Spec, typeof(float), RuntimeSpecializer.Resolve(InstructionSet.Auto)));

    /// <summary>A fresh specializer (as a new process would have) over the same directory.</summary>
    private KernelOrigin Prepare() => new RuntimeSpecializer(_dir).Prepare<float>(Spec);

    [Fact]
    public void A_second_specializer_loads_the_entry_and_gets_the_same_kernel()
    {
        var first = Prepare();
        Assert.Equal(KernelSource.CompiledNow, first.Source);
        Assert.Null(first.Note);
        Assert.Equal(EntryPath, first.CacheEntry);
        Assert.True(File.Exists(EntryPath));

        var second = Prepare();
        Assert.Equal(KernelSource.Cache, second.Source);
        Assert.Null(second.Note);

        // the cached kernel computes exactly what the freshly compiled one does (same bytes, same path)
        Assert.Equal(StepLosses(new RuntimeSpecializer(_dir)), StepLosses(new RuntimeSpecializer(_dir)));
        Assert.Empty(Directory.GetFiles(_dir, "*.tmp"));
    }

    [Fact]
    public void The_key_separates_spec_element_instruction_set_and_variant()
    {
        var set = RuntimeSpecializer.Resolve(InstructionSet.Auto);
        string key = RuntimeSpecializer.KeyFor(Spec, typeof(float), set);
        Assert.Matches("^[0-9a-f]{32}$", key);
        Assert.Equal(key, RuntimeSpecializer.KeyFor(Spec with { }, typeof(float), set));
        Assert.NotEqual(key, RuntimeSpecializer.KeyFor(Spec with { Width = 14 }, typeof(float), set));
        Assert.NotEqual(key, RuntimeSpecializer.KeyFor(Spec with { LossScale = 1.0000000001 }, typeof(float), set));
        Assert.NotEqual(key, RuntimeSpecializer.KeyFor(Spec, typeof(double), set));
        Assert.NotEqual(key, RuntimeSpecializer.KeyFor(Spec, typeof(float), set == InstructionSet.Scalar ? InstructionSet.Vector128 : InstructionSet.Scalar));
        Assert.NotEqual(key, RuntimeSpecializer.KeyFor(Spec, typeof(float), set, "rows8"));
        string text = RuntimeSpecializer.KeyText(Spec, typeof(float), set);
        Assert.Contains("emitter XorGen.Generators", text, StringComparison.Ordinal);
        Assert.Contains("dotnet ", text, StringComparison.Ordinal);
    }

    public static TheoryData<string, string> Damages() => new()
    {
        { "flipped byte", "damaged" },
        { "truncated", "truncated" },
        { "empty", "empty" },
        { "garbage", "foreign" },
        { "another key's entry", "foreign" },
        { "header only", "truncated" },
    };

    [Theory]
    [MemberData(nameof(Damages))]
    public void A_bad_entry_is_reported_rebuilt_and_never_loaded(string damage, string reported)
    {
        Assert.Equal(KernelSource.CompiledNow, Prepare().Source);
        byte[] good = File.ReadAllBytes(EntryPath);
        byte[] bad = damage switch
        {
            "flipped byte" => Flip(good, good.Length - 100),
            "truncated" => good[..(good.Length - 1)],
            "empty" => [],
            "garbage" => Encoding.ASCII.GetBytes("MZ this is not a kernel entry\n\nat all"),
            "another key's entry" => AnotherEntry(),
            "header only" => HeaderOnly(good),
            _ => throw new ArgumentOutOfRangeException(nameof(damage)),
        };
        File.WriteAllBytes(EntryPath, bad);

        var lookup = new KernelCache(_dir).TryRead(Path.GetFileNameWithoutExtension(EntryPath));
        Assert.Null(lookup.Assembly);
        Assert.Contains(reported, lookup.Problem, StringComparison.Ordinal);

        var rebuilt = Prepare();
        Assert.Equal(KernelSource.CompiledNow, rebuilt.Source);
        Assert.Contains(reported, rebuilt.Note, StringComparison.Ordinal);
        Assert.Contains("rebuilt", rebuilt.Note, StringComparison.Ordinal);
        Assert.Equal(good, File.ReadAllBytes(EntryPath)); // deterministic compile: the rebuilt entry is the original one
        Assert.Equal(KernelSource.Cache, Prepare().Source);
    }

    [Fact]
    public void An_unwritable_cache_runs_the_kernel_from_memory_and_says_so()
    {
        string file = Path.Combine(Path.GetTempPath(), "xorgen-not-a-dir-" + Guid.NewGuid().ToString("N"));
        File.WriteAllText(file, "a file where the cache directory should be");
        try
        {
            var specializer = new RuntimeSpecializer(Path.Combine(file, "kernels"));
            using var kernel = specializer.Create<float>(Spec, new KernelOptions(), out var origin);
            Assert.Equal(KernelSource.CompiledNow, origin.Source);
            Assert.Null(origin.CacheEntry);
            Assert.Contains("cannot write the kernel cache", origin.Note, StringComparison.Ordinal);
            Assert.Equal(KernelKind.Generated, kernel.Kind);
        }
        finally
        {
            File.Delete(file);
        }
    }

    /// <summary>
    /// Two xorgen processes started together on an empty cache, compiling the same kernel: both succeed, and the cache
    /// ends with exactly one entry, which verifies, and no temporary files.
    /// </summary>
    [Fact]
    public async Task Two_processes_compiling_the_same_kernel_at_once_both_succeed_and_leave_one_good_entry()
    {
        var runs = Enumerable.Range(0, 2).Select(i => StartCli("run", "glasgow-xor", "--d", "11", "--width", "19", "--steps", "3", "--test-n", "0", "--no-probes",
            "--kernel-cache", _dir, "--out", Path.Combine(_dir, "..", Path.GetFileName(_dir) + "-run" + i))).ToList();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        foreach (var p in runs)
        {
            var output = p.StandardOutput.ReadToEndAsync(timeout.Token);
            var error = p.StandardError.ReadToEndAsync(timeout.Token);
            await p.WaitForExitAsync(timeout.Token);
            string err = await error;
            Assert.True(p.ExitCode == 0, "exit " + p.ExitCode + ": " + err);
            Assert.Contains("generated kernel (", await output, StringComparison.Ordinal);
            Assert.Matches("compiled now|loaded from the kernel cache", err);
            p.Dispose();
        }
        var entries = Directory.GetFiles(_dir);
        Assert.Single(entries);
        Assert.EndsWith(KernelCache.Extension, entries[0], StringComparison.Ordinal);
        var lookup = new KernelCache(_dir).TryRead(Path.GetFileNameWithoutExtension(entries[0]));
        Assert.NotNull(lookup.Assembly);
        Assert.Null(lookup.Problem);
        foreach (int i in new[] { 0, 1 })
        {
            string record = Path.Combine(_dir, "..", Path.GetFileName(_dir) + "-run" + i);
            var config = JsonDocument.Parse(File.ReadLines(Path.Combine(record, "run.jsonl")).First()).RootElement;
            Assert.Equal("generated", config.GetProperty("kernel").GetString());
            Assert.Contains(config.GetProperty("kernel_source").GetString(), new[] { "compiled-now", "cache" });
            Directory.Delete(record, recursive: true);
        }
    }

    private static Process StartCli(params string[] args)
    {
        string cli = typeof(XorGen.Cli.Cli).Assembly.Location; // xorgen.dll beside the tests
        string host = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } h ? h : "dotnet";
        var start = new ProcessStartInfo(host) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(cli);
        foreach (var a in args) start.ArgumentList.Add(a);
        return Process.Start(start) ?? throw new InvalidOperationException("could not start " + host);
    }

    private double[] StepLosses(RuntimeSpecializer specializer)
    {
        using var kernel = specializer.Create<float>(Spec, new KernelOptions(), out _);
        kernel.LoadParameters(Kernels.KernelTestData.Parameters(Spec, 3));
        var (x, y) = Kernels.KernelTestData.Batch<float>(Spec, 10, 5);
        return Enumerable.Range(0, 5).Select(_ => kernel.Step(x, y, 10, StepControl.Constant(0.1))).ToArray();
    }

    private byte[] AnotherEntry()
    {
        var other = new RuntimeSpecializer(_dir).Prepare<float>(Spec with { Width = 14 });
        return File.ReadAllBytes(other.CacheEntry!);
    }

    private static byte[] Flip(byte[] bytes, int at)
    {
        var copy = (byte[])bytes.Clone();
        copy[at] ^= 0x5a;
        return copy;
    }

    /// <summary>The header and its blank line, without the assembly.</summary>
    private static byte[] HeaderOnly(byte[] entry)
    {
        for (int i = 0; i + 1 < entry.Length; i++)
            if (entry[i] == '\n' && entry[i + 1] == '\n') return entry[..(i + 2)];
        throw new InvalidOperationException("no header");
    }
}
