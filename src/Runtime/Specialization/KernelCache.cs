using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace XorGen.Specialization;

/// <summary>
/// The on-disk cache of run-time-compiled kernels: one file per key, <c>&lt;key&gt;.xgk</c>, holding a short text header
/// (format, key, length and SHA-256 of the assembly, what it is) and then the assembly's bytes.
/// An entry is loaded only after its header names this key and its bytes match the recorded length and hash, so a
/// damaged, truncated or foreign file is reported and rebuilt, never loaded. Entries are written under a unique temporary
/// name and renamed into place (an atomic replace on one file system), so processes compiling the same kernel at once
/// each succeed and leave one good entry.
/// </summary>
public sealed class KernelCache
{
    /// <summary>The first line of every entry.</summary>
    public const string Magic = "XORGEN-KERNEL 1";
    /// <summary>The extension of an entry.</summary>
    public const string Extension = ".xgk";

    /// <summary>The environment variable that overrides the default directory.</summary>
    public const string EnvironmentVariable = "XORGEN_KERNEL_CACHE";

    /// <summary>A cache in <paramref name="directory"/> (created when the first entry is stored).</summary>
    public KernelCache(string directory)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        Directory = Path.GetFullPath(directory);
    }

    /// <summary>The cache directory (absolute).</summary>
    public string Directory { get; }

    /// <summary><c>$XORGEN_KERNEL_CACHE</c>, else <c>$XDG_CACHE_HOME/xorgen/kernels</c>, else <c>~/.cache/xorgen/kernels</c>.</summary>
    public static string DefaultDirectory()
    {
        string? explicitDir = Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (!string.IsNullOrWhiteSpace(explicitDir)) return explicitDir;
        string? xdg = Environment.GetEnvironmentVariable("XDG_CACHE_HOME");
        // the XDG base-directory spec: a relative XDG_CACHE_HOME is invalid and is ignored
        if (!string.IsNullOrWhiteSpace(xdg) && Path.IsPathRooted(xdg)) return Path.Combine(xdg, "xorgen", "kernels");
        string home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        return Path.Combine(home, ".cache", "xorgen", "kernels");
    }

    /// <summary>The file of the entry for <paramref name="key"/>.</summary>
    public string PathOf(string key) => Path.Combine(Directory, key + Extension);

    /// <summary>What a lookup found.</summary>
    /// <param name="Assembly">The verified assembly bytes, or null.</param>
    /// <param name="Problem">Why an existing file was rejected (damaged, truncated, foreign), or null when absent or good.</param>
    public readonly record struct Lookup(byte[]? Assembly, string? Problem);

    /// <summary>Reads and verifies the entry for <paramref name="key"/>. Never returns bytes that fail a check.</summary>
    public Lookup TryRead(string key)
    {
        string path = PathOf(key);
        byte[] file;
        try
        {
            if (!File.Exists(path)) return new Lookup(null, null);
            file = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new Lookup(null, "cannot be read (" + e.Message + ")");
        }
        return Verify(file, key);
    }

    /// <summary>Checks an entry's bytes against <paramref name="key"/>: header format, key, length and SHA-256.</summary>
    public static Lookup Verify(byte[] file, string key)
    {
        ArgumentNullException.ThrowIfNull(file);
        int end = IndexOfBlankLine(file);
        if (end < 0) return new Lookup(null, file.Length == 0 ? "is empty" : "has no complete header (truncated or not a kernel entry)");
        string[] lines = Encoding.ASCII.GetString(file, 0, end).Split('\n');
        if (lines[0] != Magic) return new Lookup(null, "is not an XorGen kernel entry (foreign file)");
        string? Field(string name) => lines.Skip(1).Where(l => l.StartsWith(name + " ", StringComparison.Ordinal)).Select(l => l[(name.Length + 1)..]).FirstOrDefault();
        if (Field("key") != key) return new Lookup(null, "belongs to another kernel (key " + (Field("key") ?? "missing") + "): a foreign entry");
        if (!long.TryParse(Field("length"), NumberStyles.None, CultureInfo.InvariantCulture, out long length)) return new Lookup(null, "has a damaged header (no length)");
        string? hash = Field("sha256");
        if (hash is null || hash.Length != 64) return new Lookup(null, "has a damaged header (no hash)");
        int start = end + 2;
        long actual = file.Length - start;
        if (actual != length) return new Lookup(null, string.Create(CultureInfo.InvariantCulture, $"is truncated or padded: {actual} bytes of assembly, the header says {length}"));
        byte[] body = file.AsSpan(start).ToArray();
        if (!string.Equals(Convert.ToHexStringLower(SHA256.HashData(body)), hash, StringComparison.Ordinal))
            return new Lookup(null, "is damaged: its bytes do not match the recorded SHA-256");
        return new Lookup(body, null);
    }

    /// <summary>
    /// Stores <paramref name="assembly"/> for <paramref name="key"/>: written to a temporary file beside the entry, flushed,
    /// then renamed over it. Returns the entry's path, or throws IOException/UnauthorizedAccessException when the directory
    /// cannot be written (the caller runs the kernel from memory then).
    /// </summary>
    public string Store(string key, byte[] assembly, string description)
    {
        ArgumentNullException.ThrowIfNull(assembly);
        System.IO.Directory.CreateDirectory(Directory);
        string path = PathOf(key);
        string temp = Path.Combine(Directory, "." + key + "." + Environment.ProcessId.ToString(CultureInfo.InvariantCulture) + "." + Guid.NewGuid().ToString("N") + ".tmp");
        try
        {
            using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                stream.Write(Header(key, assembly, description));
                stream.Write(assembly);
                stream.Flush(flushToDisk: true);
            }
            File.Move(temp, path, overwrite: true);
            return path;
        }
        finally
        {
            try { if (File.Exists(temp)) File.Delete(temp); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        }
    }

    /// <summary>The header of an entry: format line, key, length, hash and a description line, then a blank line.</summary>
    public static byte[] Header(string key, byte[] assembly, string description)
    {
        ArgumentNullException.ThrowIfNull(assembly);
        ArgumentNullException.ThrowIfNull(description);
        var sb = new StringBuilder();
        sb.Append(Magic).Append('\n');
        sb.Append("key ").Append(key).Append('\n');
        sb.Append("length ").Append(assembly.Length.ToString(CultureInfo.InvariantCulture)).Append('\n');
        sb.Append("sha256 ").Append(Convert.ToHexStringLower(SHA256.HashData(assembly))).Append('\n');
        sb.Append("kernel ").Append(Ascii(description)).Append('\n');
        sb.Append('\n');
        return Encoding.ASCII.GetBytes(sb.ToString());
    }

    private static string Ascii(string s)
    {
        var sb = new StringBuilder(s.Length);
        foreach (char c in s) sb.Append(c is >= ' ' and <= '~' ? c : '?');
        return sb.ToString();
    }

    /// <summary>The offset of the "\n\n" ending the header, or -1 (only the first 4 KiB are searched: a header is short).</summary>
    private static int IndexOfBlankLine(byte[] file)
    {
        int limit = Math.Min(file.Length - 1, 4096);
        for (int i = 0; i < limit; i++)
            if (file[i] == (byte)'\n' && file[i + 1] == (byte)'\n') return i;
        return -1;
    }
}
