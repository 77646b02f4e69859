using System.Text;
using System.Text.Json;

namespace XorGen;

/// <summary>Where a run of a sweep stands.</summary>
public enum RunState
{
    /// <summary>Not started, or interrupted (its leftovers are cleared when it starts again).</summary>
    Pending,
    /// <summary>A live process holds its lock.</summary>
    Running,
    /// <summary>Its record is complete and it did not diverge.</summary>
    Done,
    /// <summary>It diverged (complete record marked <c>diverged</c>) or could not run (<c>failed.json</c>); retried only when asked.</summary>
    Failed,
}

/// <summary>
/// The directory of a sweep: <c>runs/&lt;run-id&gt;/</c> per run, holding the run record (<c>run.jsonl</c>, renamed into
/// place last, so it exists only for a complete run), <c>metrics.csv</c>, <c>params.json</c> (the swept values), and
/// <c>failed.json</c> when the run could not run. A run is claimed through <see cref="TryClaim"/>, the run-directory lock
/// of <see cref="RunDirectory"/>, which the operating system releases when its process dies (SIGKILL included), so "running" is never stale and two
/// processes (shards on one shared file system, or a rerun beside a live one) never run the same run.
/// </summary>
public sealed class SweepDirectory
{
    /// <summary>File a run that could not run leaves: <c>{"error": "..."}</c>.</summary>
    public const string FailedFileName = "failed.json";
    /// <summary>The swept values of a run: <c>{"id":..., "seed":..., "parameters": {...}}</c>.</summary>
    public const string ParamsFileName = "params.json";

    /// <summary>Opens (does not create) the sweep directory at <paramref name="root"/>.</summary>
    public SweepDirectory(string root) => Root = Path.GetFullPath(root);

    /// <summary>The sweep directory.</summary>
    public string Root { get; }

    /// <summary>The directory of run <paramref name="id"/> (a <see cref="RunDirectory"/>).</summary>
    public string RunPath(string id) => Path.Combine(Root, "runs", id);

    /// <summary>Where run <paramref name="id"/> stands now.</summary>
    public RunState StateOf(string id)
    {
        string dir = RunPath(id);
        if (!Directory.Exists(dir)) return RunState.Pending;
        if (ReadSummary(id) is { } summary)
            return summary.TryGetProperty("diverged", out var d) && d.ValueKind == JsonValueKind.True ? RunState.Failed : RunState.Done;
        if (File.Exists(Path.Combine(dir, FailedFileName))) return RunState.Failed;
        return RunLease.IsHeld(dir) ? RunState.Running : RunState.Pending;
    }

    /// <summary>The summary line of a complete run record, or null when the run has none.</summary>
    public JsonElement? ReadSummary(string id)
    {
        string path = Path.Combine(RunPath(id), RunRecordWriter.RecordFileName);
        string? last;
        try
        {
            if (!File.Exists(path)) return null;
            last = LastLine(path);
        }
        catch (IOException) { return null; }
        if (last is null) return null;
        try
        {
            using var doc = JsonDocument.Parse(last);
            if (doc.RootElement.TryGetProperty("type", out var t) && t.GetString() == "summary") return doc.RootElement.Clone();
        }
        catch (JsonException) { }
        return null;
    }

    /// <summary>
    /// The last non-empty line of a UTF-8 text file, read from its end (a record's summary line is its last; reading the whole
    /// record of every run would make a sweep's status and results table read all its metrics).
    /// </summary>
    internal static string? LastLine(string path)
    {
        using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, bufferSize: 1);
        long length = file.Length;
        for (int window = 4096; ; window *= 4)
        {
            long start = Math.Max(0, length - window);
            var bytes = new byte[length - start];
            file.Position = start;
            file.ReadExactly(bytes);
            int end = bytes.Length;
            while (end > 0 && bytes[end - 1] is (byte)'\n' or (byte)'\r') end--;
            if (end == 0) return start == 0 ? null : LastLineSlow(path);
            int begin = Array.LastIndexOf(bytes, (byte)'\n', end - 1) + 1;
            // A line that starts before the window (or exactly at it: the byte before could be part of the line) needs a wider one.
            if (begin > 0 || start == 0) return Encoding.UTF8.GetString(bytes, begin, end - begin);
        }
    }

    private static string? LastLineSlow(string path)
    {
        string? last = null;
        foreach (var line in File.ReadLines(path)) if (line.Length > 0) last = line;
        return last;
    }

    /// <summary>The error a failed run left, or null.</summary>
    public string? ReadFailure(string id)
    {
        string path = Path.Combine(RunPath(id), FailedFileName);
        if (!File.Exists(path)) return null;
        try
        {
            using var doc = JsonDocument.Parse(File.ReadAllText(path));
            return doc.RootElement.TryGetProperty("error", out var e) ? e.GetString() : null;
        }
        catch (Exception e) when (e is IOException or JsonException) { return null; }
    }

    /// <summary>
    /// Claims run <paramref name="run"/> for this process through <see cref="RunDirectory.Acquire"/> (the run-directory
    /// lock of the run records): null when another live process holds it, or when it holds a complete record and
    /// <paramref name="replaceRecord"/> is false. With <paramref name="replaceRecord"/> (retrying a diverged run) the old
    /// record is moved aside into <c>runs/&lt;id&gt;.replaced-…</c>, never deleted. The caller then calls
    /// <see cref="RunLease.Reset"/> before running.
    /// </summary>
    public RunLease? TryClaim(SweepRun run, bool replaceRecord = false)
    {
        string dir = RunPath(run.Id);
        try
        {
            return new RunLease(RunDirectory.Acquire(dir, force: replaceRecord));
        }
        catch (RunDirectoryException) when (Directory.Exists(dir))
        {
            return null; // held by a live process, or complete
        }
    }

    /// <summary>Writes <c>failed.json</c> for a run that could not run (atomically: temporary file, then rename).</summary>
    public void MarkFailed(string id, string error)
    {
        var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            w.WriteStartObject();
            w.WriteString("error", error);
            w.WriteEndObject();
        }
        WriteAtomically(Path.Combine(RunPath(id), FailedFileName), buffer.ToArray());
    }

    /// <summary>Writes <c>params.json</c>: the run's id, seed and swept values.</summary>
    public void WriteParams(SweepRun run)
    {
        var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            w.WriteStartObject();
            w.WriteString("id", run.Id);
            w.WriteNumber("seed", run.Seed);
            w.WriteStartObject("parameters");
            foreach (var p in run.Parameters)
            {
                switch (p.Value)
                {
                    case long l: w.WriteNumber(p.Name, l); break;
                    case double d when double.IsFinite(d): w.WriteNumber(p.Name, d); break;
                    case bool b: w.WriteBoolean(p.Name, b); break;
                    default: w.WriteString(p.Name, p.Text); break;
                }
            }
            w.WriteEndObject();
            w.WriteEndObject();
        }
        WriteAtomically(Path.Combine(RunPath(run.Id), ParamsFileName), buffer.ToArray());
    }

    /// <summary>Writes a file under a unique temporary name and renames it into place (readers never see half a file).</summary>
    public static void WriteAtomically(string path, byte[] content)
    {
        string temp = $"{path}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp";
        using (var file = RunDirectory.CreateFresh(temp)) file.Write(content);
        File.Move(temp, path, overwrite: true);
    }

    /// <summary>UTF-8 text written with <see cref="WriteAtomically(string, byte[])"/>.</summary>
    public static void WriteAtomically(string path, string content) => WriteAtomically(path, new UTF8Encoding(false).GetBytes(content));
}

/// <summary>
/// An exclusive claim on one run directory: the <see cref="RunDirectory"/> lock (an OS file lock the kernel drops when
/// the process dies), released on <see cref="Dispose"/>. This is the one seam through which the engine locks run directories.
/// </summary>
public sealed class RunLease : IDisposable
{
    internal RunLease(RunDirectory directory) => Directory = directory;

    /// <summary>The locked run directory (write the record into it with <c>new RunRecordWriter(Directory)</c>).</summary>
    public RunDirectory Directory { get; }

    internal static bool IsHeld(string directory)
    {
        string path = Path.Combine(directory, RunDirectory.LockFileName);
        if (!File.Exists(path)) return false;
        try
        {
            using var probe = new FileStream(path, FileMode.Open, FileAccess.ReadWrite, FileShare.None);
            return false;
        }
        catch (FileNotFoundException) { return false; }
        catch (DirectoryNotFoundException) { return false; }
        catch (IOException) { return true; }
        catch (UnauthorizedAccessException) { return false; }
    }

    /// <summary>Clears what an earlier, interrupted or failed attempt left in the run directory (all but the lock files).</summary>
    public void Reset()
    {
        foreach (var file in System.IO.Directory.EnumerateFiles(Directory.FullPath))
            if (Path.GetFileName(file) is not (RunDirectory.LockFileName or RunDirectory.HolderFileName)) File.Delete(file);
        foreach (var dir in System.IO.Directory.EnumerateDirectories(Directory.FullPath)) System.IO.Directory.Delete(dir, recursive: true);
    }

    /// <inheritdoc/>
    public void Dispose() => Directory.Dispose();
}
