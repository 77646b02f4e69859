using System.Globalization;
using System.Net;
using System.Text;

namespace XorGen;

/// <summary>Who holds (or last held) a run directory's lock.</summary>
/// <param name="ProcessId">Process id of the holder.</param>
/// <param name="Host">Machine name of the holder.</param>
/// <param name="StartedUtc">When the holder took the lock.</param>
public sealed record RunDirectoryHolder(int ProcessId, string Host, DateTime StartedUtc)
{
    /// <summary>"pid 123 on host since 2026-01-01T00:00:00Z".</summary>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"pid {ProcessId} on {Host} since {StartedUtc:yyyy-MM-ddTHH:mm:ssZ}");

    internal string Serialize() => string.Create(CultureInfo.InvariantCulture,
        $"pid={ProcessId}\nhost={Host}\nstarted={StartedUtc:O}\n");

    internal static RunDirectoryHolder? Parse(string text)
    {
        int? pid = null; string? host = null; DateTime? started = null;
        foreach (var line in text.Split('\n'))
        {
            int eq = line.IndexOf('=', StringComparison.Ordinal);
            if (eq < 0) continue;
            string key = line[..eq], value = line[(eq + 1)..];
            if (key == "pid" && int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out int p)) pid = p;
            else if (key == "host") host = value;
            else if (key == "started" && DateTime.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var s)) started = s.ToUniversalTime();
        }
        return pid is int i && host is not null && started is DateTime t ? new RunDirectoryHolder(i, host, t) : null;
    }
}

/// <summary>A run directory cannot be used: another process holds it, it holds a complete record, or it cannot be written.</summary>
public sealed class RunDirectoryException : Exception
{
    /// <summary>Creates the exception.</summary>
    public RunDirectoryException(string message) : base(message) { }
    /// <summary>Creates the exception with its cause.</summary>
    public RunDirectoryException(string message, Exception inner) : base(message, inner) { }
    /// <summary>Creates the exception with a generic message.</summary>
    public RunDirectoryException() : base("the run directory cannot be used") { }

    /// <summary>The live holder when the directory is locked by another process (null when unknown or not the cause).</summary>
    public RunDirectoryHolder? Holder { get; init; }
}

/// <summary>
/// Exclusive use of one run directory for the lifetime of a run, and the rules that keep its record honest:
/// <list type="bullet">
/// <item>The lock is an OS file lock (<c>flock</c> on Unix, share-mode on Windows) on <see cref="LockFileName"/>,
/// so it dies with its process: a lock left by a killed process is stale and is taken over
/// (<see cref="TookOverFrom"/> names the dead holder). A second run into a held directory fails at once with a
/// <see cref="RunDirectoryException"/> naming the holder's pid, host and start time.</item>
/// <item>A directory holding a complete record (<see cref="CompleteFiles"/>) is refused unless <c>force</c>; with
/// <c>force</c> the old record is moved aside into a sibling directory (<see cref="MovedAsideTo"/>) before the run
/// starts, so a directory never holds a complete record of another run.</item>
/// <item>Fragments of an unfinished run (<c>*.partial</c>, a <c>metrics.csv</c> without its <c>run.jsonl</c>) are
/// deleted when the lock is taken.</item>
/// <item>Files are written under <see cref="PartialPath"/> and made visible by <see cref="Complete"/> (a rename),
/// the record file last, so nothing looks complete before the run is.</item>
/// </list>
/// </summary>
public sealed class RunDirectory : IDisposable
{
    /// <summary>The lock file (kept after release; its OS lock, not its existence, is what counts).</summary>
    public const string LockFileName = ".xorgen.lock";
    /// <summary>
    /// The file naming the current holder: non-empty only while a process holds the lock (or after it was killed). It is
    /// written in place and emptied on release, never deleted: a sweep creates thousands of run directories, and on ext4
    /// every deleted inode makes later file creations scan past it (measured: a third of a 2-job sweep's CPU time).
    /// </summary>
    public const string HolderFileName = ".xorgen.holder";
    /// <summary>The suffix of files being written.</summary>
    public const string PartialSuffix = ".partial";

    /// <summary>The files of a complete record, the one that marks completion first.</summary>
    public static IReadOnlyList<string> CompleteFiles { get; } = [RunRecordWriter.RecordFileName, RunRecordWriter.CsvFileName];

    private FileStream? _lock;

    private RunDirectory(string path, FileStream lockStream, RunDirectoryHolder holder, RunDirectoryHolder? tookOverFrom, string? movedAsideTo, bool created)
    {
        CreatedDirectory = created;
        FullPath = path;
        _lock = lockStream;
        Holder = holder;
        TookOverFrom = tookOverFrom;
        MovedAsideTo = movedAsideTo;
    }

    /// <summary>The directory.</summary>
    public string FullPath { get; }
    /// <summary>This process's holder information.</summary>
    public RunDirectoryHolder Holder { get; }
    /// <summary>The dead holder whose stale lock was taken over, if any.</summary>
    public RunDirectoryHolder? TookOverFrom { get; }
    /// <summary>Where a complete record found in the directory was moved (only with <c>force</c>), else null.</summary>
    public string? MovedAsideTo { get; }

    /// <summary>Whether this acquisition created the directory.</summary>
    public bool CreatedDirectory { get; }

    /// <summary>
    /// Releases the lock and, when this acquisition created the directory and nothing but the lock files is in it,
    /// removes the directory: a run refused after taking its directory leaves nothing behind.
    /// </summary>
    public void ReleaseAndRemoveIfUnused()
    {
        Dispose();
        if (!CreatedDirectory) return;
        try
        {
            if (Directory.EnumerateFileSystemEntries(FullPath).All(e => Path.GetFileName(e) is LockFileName))
            {
                TryDelete(Path.Combine(FullPath, LockFileName));
                Directory.Delete(FullPath);
            }
        }
        catch (IOException) { }
        catch (UnauthorizedAccessException) { }
    }

    /// <summary>Whether <paramref name="directory"/> holds a complete run record.</summary>
    public static bool HasCompleteRecord(string directory) => File.Exists(Path.Combine(directory, RunRecordWriter.RecordFileName));

    /// <summary>The holder named in <paramref name="directory"/>'s holder file (live or stale), or null.</summary>
    public static RunDirectoryHolder? ReadHolder(string directory)
    {
        try { return RunDirectoryHolder.Parse(File.ReadAllText(Path.Combine(directory, HolderFileName))); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { return null; }
    }

    /// <summary>
    /// Takes the directory (created when missing) for one run. Throws <see cref="RunDirectoryException"/> when another
    /// live process holds it, when it holds a complete record and <paramref name="force"/> is false, or when it cannot
    /// be created or written. Nothing is created or changed in a directory that is refused for being held or complete.
    /// </summary>
    public static RunDirectory Acquire(string directory, bool force = false)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        string full = Path.GetFullPath(directory);
        if (File.Exists(full)) throw new RunDirectoryException($"'{directory}' is a file, not a directory");
        // Refuse a complete record before creating or locking anything (a held directory is named below).
        if (!force && HasCompleteRecord(full) && !IsHeld(full))
            throw CompleteRecord(directory);
        bool created = !Directory.Exists(full);
        try { Directory.CreateDirectory(full); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException)
        { throw new RunDirectoryException($"cannot create '{directory}': {e.Message}", e); }

        FileStream stream;
        string lockPath = Path.Combine(full, LockFileName);
        try
        {
            stream = new FileStream(lockPath, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        }
        catch (IOException e) when (IsLockConflict(e))
        {
            var holder = WaitForHolder(full);
            throw new RunDirectoryException(holder is null
                ? $"'{directory}' is in use by another run (its holder has not named itself yet)"
                : $"'{directory}' is in use by another run: {holder}") { Holder = holder };
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            throw new RunDirectoryException($"cannot write to '{directory}': {e.Message}", e);
        }

        try
        {
            var stale = ReadHolder(full);
            if (!force && HasCompleteRecord(full)) throw CompleteRecord(directory);
            var me = new RunDirectoryHolder(Environment.ProcessId, Dns.GetHostName(), DateTime.UtcNow);
            WriteInPlace(Path.Combine(full, HolderFileName), me.Serialize());
            string? movedTo = HasCompleteRecord(full) ? MoveAside(full) : null;
            DeleteFragments(full);
            return new RunDirectory(full, stream, me, stale, movedTo, created);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            stream.Dispose();
            throw new RunDirectoryException($"cannot write to '{directory}': {e.Message}", e);
        }
        catch
        {
            stream.Dispose();
            throw;
        }
    }

    /// <summary>The path to write <paramref name="fileName"/> under until <see cref="Complete"/>.</summary>
    public string PartialPath(string fileName) => Path.Combine(FullPath, fileName + PartialSuffix);

    /// <summary>The final path of <paramref name="fileName"/>.</summary>
    public string FinalPath(string fileName) => Path.Combine(FullPath, fileName);

    /// <summary>
    /// Renames each written <see cref="PartialPath"/> to its final name, in order; put the file that marks
    /// completion (<c>run.jsonl</c>) last.
    /// </summary>
    public void Complete(params string[] fileNames)
    {
        ObjectDisposedException.ThrowIf(_lock is null, this);
        foreach (var name in fileNames) File.Move(PartialPath(name), FinalPath(name), overwrite: true);
    }

    /// <summary>Deletes the unfinished <see cref="PartialPath"/> files of <paramref name="fileNames"/> (an abandoned run).</summary>
    public void Abandon(params string[] fileNames)
    {
        foreach (var name in fileNames) TryDelete(PartialPath(name));
    }

    /// <summary>Releases the lock (the holder file is emptied first, so the directory reads as free, not stale).</summary>
    public void Dispose()
    {
        if (_lock is null) return;
        TryEmpty(Path.Combine(FullPath, HolderFileName));
        _lock.Dispose();
        _lock = null;
    }

    private static RunDirectoryException CompleteRecord(string directory) => new(
        $"'{directory}' already holds a complete run record ({RunRecordWriter.RecordFileName}); choose another --out, or pass --force to move it aside");

    /// <summary>Whether a live process holds the lock (probed without creating anything).</summary>
    private static bool IsHeld(string full)
    {
        string lockPath = Path.Combine(full, LockFileName);
        if (!File.Exists(lockPath)) return false;
        try
        {
            using var probe = new FileStream(lockPath, FileMode.Open, FileAccess.ReadWrite, FileShare.None);
            return false;
        }
        catch (IOException e) when (IsLockConflict(e)) { return true; }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { return false; }
    }

    private static bool IsLockConflict(IOException e) =>
        // EWOULDBLOCK (11) from flock on Linux, 35 on macOS; ERROR_SHARING_VIOLATION (32) on Windows.
        (e.HResult & 0xFFFF) is 11 or 35 or 32 && e is not FileNotFoundException and not DirectoryNotFoundException;

    /// <summary>The live holder writes its holder file just after locking: wait briefly for it.</summary>
    private static RunDirectoryHolder? WaitForHolder(string full)
    {
        for (int i = 0; i < 50; i++)
        {
            if (ReadHolder(full) is { } h) return h;
            Thread.Sleep(20);
        }
        return null;
    }

    private static string MoveAside(string full)
    {
        string parent = Path.GetDirectoryName(full) ?? ".";
        string stamp = File.GetLastWriteTimeUtc(Path.Combine(full, RunRecordWriter.RecordFileName)).ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);
        string baseName = Path.GetFileName(full) + ".replaced-" + stamp;
        string target = Path.Combine(parent, baseName);
        for (int k = 2; Directory.Exists(target) || File.Exists(target); k++)
            target = Path.Combine(parent, baseName + "-" + k.ToString(CultureInfo.InvariantCulture));
        Directory.CreateDirectory(target);
        // The record marker first: from here on the directory no longer looks complete.
        foreach (var name in CompleteFiles)
        {
            string from = Path.Combine(full, name);
            if (File.Exists(from)) File.Move(from, Path.Combine(target, name));
        }
        return target;
    }

    private static void DeleteFragments(string full)
    {
        foreach (var name in CompleteFiles) TryDelete(Path.Combine(full, name + PartialSuffix));
        // A metrics.csv without its run.jsonl is the half of a record whose run was killed between the two renames.
        if (!HasCompleteRecord(full)) TryDelete(Path.Combine(full, RunRecordWriter.CsvFileName));
    }

    // In place, not through a temporary and a rename (which would free the old inode): a reader that catches it half
    // written parses no holder and waits (WaitForHolder), as it does before the holder has written anything. An empty
    // holder (a new directory, or one released cleanly) is not truncated first: see CreateFresh.
    private static void WriteInPlace(string path, string text)
    {
        using var stream = new FileStream(path, FileMode.OpenOrCreate, FileAccess.Write, FileShare.ReadWrite);
        if (stream.Length > 0) stream.SetLength(0);
        stream.Write(new UTF8Encoding(false).GetBytes(text));
    }

    /// <summary>
    /// Opens a new file for writing without truncating it: <c>FileMode.Create</c> truncates even a file it has just
    /// created, and ext4 then flushes the file's data when it is closed (its <c>auto_da_alloc</c> rule for a file
    /// truncated to zero), on the closing thread: measured, a few percent of a tiny sweep run. A file that exists
    /// (a fragment nobody cleared) is replaced as <c>FileMode.Create</c> would.
    /// </summary>
    internal static FileStream CreateFresh(string path, FileShare share = FileShare.Read)
    {
        try { return new FileStream(path, FileMode.CreateNew, FileAccess.Write, share); }
        catch (IOException) when (File.Exists(path)) { return new FileStream(path, FileMode.Create, FileAccess.Write, share); }
    }

    private static void TryEmpty(string path)
    {
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Write, FileShare.ReadWrite);
            stream.SetLength(0);
        }
        catch (IOException) { } catch (UnauthorizedAccessException) { }
    }

    private static void TryDelete(string path)
    {
        try { File.Delete(path); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}
