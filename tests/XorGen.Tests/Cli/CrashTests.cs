using System.Diagnostics;
using System.Text.Json;
using Xunit;

namespace XorGen.Tests.Cli;

/// <summary>
/// Real processes killed or racing: a SIGKILLed run leaves nothing that looks complete and its directory can be
/// reused; two runs into one directory cannot both write it.
/// </summary>
public sealed class CrashTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "xorgen-crash-" + Guid.NewGuid().ToString("N"));

    public CrashTests() => Directory.CreateDirectory(_dir);
    public void Dispose() { try { Directory.Delete(_dir, recursive: true); } catch (IOException) { } }

    /// <summary>A run long enough to be caught midway (seconds), with metrics lines every 20 steps.</summary>
    private static string[] Long(string outDir, string seed = "1", params string[] more) =>
        ["run", "glasgow-xor", "--d", "6", "--width", "8", "--batch", "16", "--test-n", "0", "--no-probes", "--kernel", "reference",
         "--steps", "100000000", "--log-every", "20", "--seed", seed, "--out", outDir, .. more];

    private static string[] Short(string outDir, string seed = "1", params string[] more) =>
        ["run", "glasgow-xor", "--d", "6", "--width", "8", "--batch", "16", "--test-n", "0", "--no-probes", "--kernel", "reference",
         "--steps", "30", "--log-every", "10", "--seed", seed, "--out", outDir, .. more];

    /// <summary>Starts a long run and waits until it has written metrics lines into its partial record.</summary>
    private Process StartMidway(string outDir, params string[] args)
    {
        var p = Process.Start(XorgenProcess.StartInfo(_dir, "", args))!;
        p.StandardOutput.ReadToEndAsync();
        p.StandardError.ReadToEndAsync();
        string partial = Path.Combine(outDir, "run.jsonl.partial");
        var wait = Stopwatch.StartNew();
        while (!(File.Exists(partial) && CountLines(partial) >= 3))
        {
            Assert.False(p.HasExited, $"the run ended early with exit code {(p.HasExited ? p.ExitCode : 0)}");
            Assert.True(wait.Elapsed < TimeSpan.FromSeconds(60), "the run did not start writing its record");
            Thread.Sleep(20);
        }
        return p;
    }

    private static int CountLines(string path)
    {
        using var s = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        return new StreamReader(s).ReadToEnd().Count(c => c == '\n');
    }

    private static void Kill(Process p)
    {
        p.Kill(); // SIGKILL on Unix: no handler runs, no finally block
        p.WaitForExit();
        p.Dispose();
    }

    private static void AssertNothingLooksComplete(string dir)
    {
        Assert.False(File.Exists(Path.Combine(dir, "run.jsonl")), "a killed run left a complete-looking run.jsonl");
        Assert.False(File.Exists(Path.Combine(dir, "metrics.csv")), "a killed run left a complete-looking metrics.csv");
    }

    private static List<JsonElement> ParseRecord(string dir) =>
        File.ReadAllLines(Path.Combine(dir, "run.jsonl")).Select(l => JsonDocument.Parse(l).RootElement).ToList();

    [Fact]
    public void A_killed_run_leaves_nothing_complete_and_its_directory_can_be_rerun()
    {
        string outDir = Path.Combine(_dir, "killed");
        Kill(StartMidway(outDir, Long(outDir)));
        AssertNothingLooksComplete(outDir);

        var r = XorgenProcess.Run(_dir, "", Short(outDir));
        Assert.True(r.Code == 0, r.Err);
        Assert.Contains("took over", r.Err); // the dead holder's lock is recognised as stale
        var record = ParseRecord(outDir);
        Assert.Equal("config", record[0].GetProperty("type").GetString());
        Assert.Equal("summary", record[^1].GetProperty("type").GetString());
        Assert.Equal(30, record[^1].GetProperty("steps_completed").GetInt64());
        Assert.False(File.Exists(Path.Combine(outDir, "run.jsonl.partial")));
        Assert.Equal(0, new FileInfo(Path.Combine(outDir, RunDirectory.HolderFileName)).Length); // released: no holder named
    }

    [Fact]
    public void A_forced_rerun_killed_midway_never_leaves_the_old_record_looking_like_its_own()
    {
        string outDir = Path.Combine(_dir, "forced");
        Assert.Equal(0, XorgenProcess.Run(_dir, "", Short(outDir, "1")).Code);
        string old = File.ReadAllText(Path.Combine(outDir, "run.jsonl"));

        Kill(StartMidway(outDir, Long(outDir, "2", "--force")));
        AssertNothingLooksComplete(outDir);
        string aside = Assert.Single(Directory.GetDirectories(_dir, "forced.replaced-*"));
        Assert.Equal(old, File.ReadAllText(Path.Combine(aside, "run.jsonl")));

        // The directory holds no complete record now, so a plain rerun needs no --force.
        var r = XorgenProcess.Run(_dir, "", Short(outDir, "3"));
        Assert.True(r.Code == 0, r.Err);
        Assert.Equal(3UL, ParseRecord(outDir)[0].GetProperty("seed").GetUInt64());
    }

    [Fact]
    public void Two_runs_into_one_directory_one_refuses_at_once_naming_the_holder()
    {
        string outDir = Path.Combine(_dir, "shared");
        // the holder: long enough to be caught, short enough to finish (the log lines pace it). 100,000 steps (about
        // 0.35 s of stepping here) once ended before the second process had started on a loaded CI machine, which then
        // found a complete record instead of a holder; 1,000,000 (about 3 s) leaves that margin ten times over.
        var holderArgs = Short(outDir, "1").ToArray();
        holderArgs[Array.IndexOf(holderArgs, "30")] = "1000000";
        holderArgs[Array.IndexOf(holderArgs, "--log-every") + 1] = "20000";
        var holder = StartMidway(outDir, holderArgs);

        var clock = Stopwatch.StartNew();
        var second = XorgenProcess.Run(_dir, "", Short(outDir, "2"));
        clock.Stop();
        bool holderStillRunning = !holder.HasExited;
        Assert.Equal(2, second.Code);
        Assert.Single(second.ErrLines);
        Assert.Contains("in use by another run", second.ErrLines[0]);
        Assert.Contains($"pid {holder.Id}", second.ErrLines[0]);
        Assert.Contains(System.Net.Dns.GetHostName(), second.ErrLines[0]);
        Assert.Contains("since 20", second.ErrLines[0]);
        Assert.DoesNotContain("   at ", second.Err);
        Assert.True(holderStillRunning || clock.Elapsed < TimeSpan.FromSeconds(30), "the second run waited for the first instead of refusing");

        Assert.True(holder.WaitForExit(120_000));
        Assert.Equal(0, holder.ExitCode);
        var record = ParseRecord(outDir); // every line parses
        Assert.Single(record, l => l.GetProperty("type").GetString() == "config");
        Assert.Single(record, l => l.GetProperty("type").GetString() == "summary");
        Assert.Equal(1UL, record[0].GetProperty("seed").GetUInt64());
        Assert.Equal(1_000_000, record[^1].GetProperty("steps_completed").GetInt64());
        var csv = File.ReadAllLines(Path.Combine(outDir, "metrics.csv"));
        Assert.Equal(record.Count(l => l.GetProperty("type").GetString() == "metrics") + 1, csv.Length);
    }

    [Fact]
    public void The_library_lock_refuses_a_second_holder_and_is_free_again_after_release()
    {
        string dir = Path.Combine(_dir, "lib");
        using (var first = RunDirectory.Acquire(dir))
        {
            Assert.Equal(Environment.ProcessId, first.Holder.ProcessId);
            var e = Assert.Throws<RunDirectoryException>(() => RunDirectory.Acquire(dir));
            Assert.Equal(Environment.ProcessId, e.Holder!.ProcessId);
            Assert.Equal(first.Holder, RunDirectory.ReadHolder(dir));
        }
        using var again = RunDirectory.Acquire(dir);
        Assert.Null(again.TookOverFrom); // released cleanly: not stale
    }
}
