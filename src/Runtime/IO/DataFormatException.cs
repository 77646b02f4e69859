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
}
