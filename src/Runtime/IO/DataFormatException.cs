namespace XorGen;

/// <summary>
/// A data or parameter file that cannot be used: missing, truncated, malformed, of an unsupported type,
/// or of the wrong shape. The message names the file and the problem.
/// </summary>
public class DataFormatException : Exception
{
    /// <summary>Creates the exception with a message naming the file and the problem.</summary>
    public DataFormatException(string message) : base(message) { }

    /// <summary>Creates the exception with a message and the underlying cause (an I/O error).</summary>
    public DataFormatException(string message, Exception innerException) : base(message, innerException) { }

    /// <summary>Creates the exception with a generic message.</summary>
    public DataFormatException() : base("the data file is not usable") { }

    /// <summary>
    /// Runs <paramref name="read"/> on <paramref name="path"/>, turning a missing or unreadable file into a
    /// <see cref="DataFormatException"/> that names it (the one wording every reader of data files uses).
    /// </summary>
    internal static TResult ReadFile<TResult>(string path, Func<string, TResult> read)
    {
        if (Directory.Exists(path)) throw new DataFormatException($"'{path}' is a directory, not a file");
        try { return read(path); }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        { throw new DataFormatException($"'{path}': the file does not exist", e); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        { throw new DataFormatException($"'{path}': cannot read the file: {e.Message}", e); }
    }
}
