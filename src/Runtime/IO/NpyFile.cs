using System.Buffers.Binary;
using System.Globalization;
using System.Text;

namespace XorGen;

/// <summary>
/// An array read from a <c>.npy</c> file: its shape (empty for a 0-D scalar), its values converted to double
/// in C (row-major) order, and the numpy dtype string it was stored with (e.g. <c>&lt;f4</c>).
/// </summary>
/// <param name="Shape">The dimensions; empty for a 0-D array.</param>
/// <param name="Data">The values in row-major order; length = product of <paramref name="Shape"/>.</param>
/// <param name="Dtype">The dtype descriptor as written in the file header.</param>
public sealed record NpyArray(int[] Shape, double[] Data, string Dtype)
{
    /// <summary>The shape as numpy prints it: <c>(2, 3)</c>, <c>(6,)</c>, <c>()</c>.</summary>
    public string ShapeText => NpyFile.FormatShape(Shape);
}

/// <summary>
/// Reads and writes numpy's <c>.npy</c> format (NEP 1, <c>numpy.lib.format</c>): the magic <c>\x93NUMPY</c>,
/// a version (1.0 with a 2-byte header length; 2.0 and 3.0 with a 4-byte one), and a Python dict literal
/// with <c>descr</c>, <c>fortran_order</c> and <c>shape</c>, padded with spaces and ended by <c>\n</c> so the
/// data starts at a multiple of 64 bytes.
/// Reading accepts float (<c>f4</c>, <c>f8</c>), signed and unsigned integers (1, 2, 4, 8 bytes) and bool in
/// either byte order, and Fortran-ordered arrays (transposed to row-major). Writing produces version 1.0
/// files byte-identical to <c>np.save</c> of a C-contiguous little-endian array.
/// Every problem raises <see cref="DataFormatException"/> naming the file and the problem.
/// </summary>
public static class NpyFile
{
    private static ReadOnlySpan<byte> Magic => [0x93, (byte)'N', (byte)'U', (byte)'M', (byte)'P', (byte)'Y'];
    private const int Align = 64;
    private const int GrowthAxisMaxDigits = 21; // numpy pads the header so the growth axis can reach 21 digits in place

    /// <summary>Reads a whole <c>.npy</c> file.</summary>
    /// <exception cref="DataFormatException">The file is missing, unreadable, truncated, malformed or of an unsupported dtype.</exception>
    public static NpyArray Read(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        byte[] bytes;
        try { bytes = File.ReadAllBytes(path); }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        { throw new DataFormatException($"'{path}': the file does not exist", e); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        { throw new DataFormatException($"'{path}': cannot read the file: {e.Message}", e); }
        return Parse(bytes, path);
    }

    /// <summary>Parses the bytes of a <c>.npy</c> file; <paramref name="path"/> only names it in messages.</summary>
    public static NpyArray Parse(ReadOnlySpan<byte> bytes, string path)
    {
        if (bytes.Length < Magic.Length || !bytes[..Magic.Length].SequenceEqual(Magic))
        {
            if (bytes.Length < Magic.Length && Magic[..bytes.Length].SequenceEqual(bytes))
                throw Fail(path, $"truncated header: the file has only {bytes.Length} bytes");
            throw Fail(path, "not a .npy file: it does not start with the magic string \\x93NUMPY");
        }
        if (bytes.Length < 8) throw Fail(path, $"truncated header: the file ends after {bytes.Length} bytes, inside the version number");
        int major = bytes[6], minor = bytes[7];
        int lengthBytes = major switch
        {
            1 => 2,
            2 or 3 => 4,
            _ => throw Fail(path, $"unsupported .npy format version {major}.{minor} (supported: 1.0, 2.0, 3.0)"),
        };
        if (minor != 0) throw Fail(path, $"unsupported .npy format version {major}.{minor} (supported: 1.0, 2.0, 3.0)");
        int prefix = 8 + lengthBytes;
        if (bytes.Length < prefix) throw Fail(path, $"truncated header: the file ends after {bytes.Length} bytes, inside the header length");
        long headerLength = lengthBytes == 2
            ? BinaryPrimitives.ReadUInt16LittleEndian(bytes[8..])
            : BinaryPrimitives.ReadUInt32LittleEndian(bytes[8..]);
        if (prefix + headerLength > bytes.Length)
            throw Fail(path, $"truncated header: the header should be {headerLength} bytes but the file has only {bytes.Length - prefix} after the length field");
        var headerBytes = bytes.Slice(prefix, (int)headerLength);
        string header;
        try
        {
            header = major == 3
                ? new UTF8Encoding(false, true).GetString(headerBytes)
                : Encoding.Latin1.GetString(headerBytes);
        }
        catch (DecoderFallbackException e) { throw new DataFormatException($"'{path}': the header is not valid UTF-8", e); }

        var (descr, fortran, shape) = ParseHeader(header, path);
        var type = ElementType.Parse(descr, path);

        long count = 1;
        foreach (long dim in shape)
        {
            if (dim < 0) throw Fail(path, $"negative dimension {dim} in shape {FormatShape(shape)}");
            try { count = checked(count * dim); }
            catch (OverflowException) { throw Fail(path, $"shape {FormatShape(shape)} overflows: too many elements"); }
        }
        if (count > Array.MaxLength || shape.Any(s => s > int.MaxValue))
            throw Fail(path, $"shape {FormatShape(shape)} has {count} elements, more than an array can hold ({Array.MaxLength})");
        long dataStart = prefix + headerLength;
        long needed;
        try { needed = checked(count * type.Size); }
        catch (OverflowException) { throw Fail(path, $"shape {FormatShape(shape)} overflows: too many bytes"); }
        long available = bytes.Length - dataStart;
        if (available < needed)
            throw Fail(path, $"truncated data: shape {FormatShape(shape)} of {descr} needs {needed} bytes after the header, the file has {available}");

        var data = new double[count];
        var raw = bytes.Slice((int)dataStart, (int)needed);
        for (int i = 0; i < data.Length; i++) data[i] = type.Read(raw.Slice(i * type.Size, type.Size));
        int[] intShape = shape.Select(s => (int)s).ToArray();
        if (fortran && intShape.Length > 1) data = FortranToC(data, intShape);
        return new NpyArray(intShape, data, descr);
    }

    /// <summary>Writes doubles as <c>&lt;f8</c> in version 1.0 (2.0 if the header would not fit), exactly as <c>np.save</c> does.</summary>
    /// <param name="path">The file to create or overwrite.</param>
    /// <param name="data">The values in row-major order.</param>
    /// <param name="shape">The dimensions; none for a 0-D scalar. Their product must equal the length of <paramref name="data"/>.</param>
    public static void Write(string path, ReadOnlySpan<double> data, params int[] shape)
    {
        var bytes = new byte[checked(data.Length * 8)];
        for (int i = 0; i < data.Length; i++) BinaryPrimitives.WriteDoubleLittleEndian(bytes.AsSpan(i * 8), data[i]);
        WriteRaw(path, "<f8", bytes, data.Length, shape);
    }

    /// <summary>Writes floats as <c>&lt;f4</c> in version 1.0 (2.0 if the header would not fit), exactly as <c>np.save</c> does.</summary>
    /// <param name="path">The file to create or overwrite.</param>
    /// <param name="data">The values in row-major order.</param>
    /// <param name="shape">The dimensions; none for a 0-D scalar. Their product must equal the length of <paramref name="data"/>.</param>
    public static void Write(string path, ReadOnlySpan<float> data, params int[] shape)
    {
        var bytes = new byte[checked(data.Length * 4)];
        for (int i = 0; i < data.Length; i++) BinaryPrimitives.WriteSingleLittleEndian(bytes.AsSpan(i * 4), data[i]);
        WriteRaw(path, "<f4", bytes, data.Length, shape);
    }

    /// <summary>The complete header block (magic, version, length, padded dict) numpy writes for a C-ordered array.</summary>
    internal static byte[] Header(string descr, int[] shape)
    {
        var sb = new StringBuilder();
        sb.Append("{'descr': '").Append(descr).Append("', 'fortran_order': False, 'shape': ").Append(FormatShape(shape)).Append(", }");
        if (shape.Length > 0) sb.Append(' ', GrowthAxisMaxDigits - shape[0].ToString(CultureInfo.InvariantCulture).Length);
        string dict = sb.ToString();
        // numpy: padlen = 64 − ((magic + version + length field + len(dict) + 1) mod 64); a full 64 when already aligned.
        int prefix = 10;
        int pad = Align - ((prefix + dict.Length + 1) % Align);
        if (dict.Length + pad + 1 > ushort.MaxValue)
        {
            prefix = 12;
            pad = Align - ((prefix + dict.Length + 1) % Align);
        }
        string text = dict + new string(' ', pad) + "\n";
        var result = new byte[prefix + text.Length];
        Magic.CopyTo(result);
        result[6] = prefix == 10 ? (byte)1 : (byte)2;
        result[7] = 0;
        if (prefix == 10) BinaryPrimitives.WriteUInt16LittleEndian(result.AsSpan(8), (ushort)text.Length);
        else BinaryPrimitives.WriteUInt32LittleEndian(result.AsSpan(8), (uint)text.Length);
        Encoding.Latin1.GetBytes(text, result.AsSpan(prefix));
        return result;
    }

    /// <summary>The shape as a Python tuple: <c>(2, 3)</c>, <c>(6,)</c>, <c>()</c>.</summary>
    internal static string FormatShape(IReadOnlyList<long> shape) => shape.Count switch
    {
        0 => "()",
        1 => string.Create(CultureInfo.InvariantCulture, $"({shape[0]},)"),
        _ => "(" + string.Join(", ", shape.Select(s => s.ToString(CultureInfo.InvariantCulture))) + ")",
    };

    internal static string FormatShape(IReadOnlyList<int> shape) => FormatShape(shape.Select(s => (long)s).ToArray());

    private static void WriteRaw(string path, string descr, byte[] data, int count, int[] shape)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(shape);
        long product = 1;
        foreach (int s in shape)
        {
            if (s < 0) throw new ArgumentException($"shape {FormatShape(shape)} has a negative dimension {s}", nameof(shape));
            product *= s;
            if (product > int.MaxValue) throw new ArgumentException($"shape {FormatShape(shape)} is too large", nameof(shape));
        }
        if (product != count)
            throw new ArgumentException($"shape {FormatShape(shape)} holds {product} values but {count} were given", nameof(shape));
        byte[] header = Header(descr, shape);
        using var stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None);
        stream.Write(header);
        stream.Write(data);
    }

    private static DataFormatException Fail(string path, string problem) => new($"'{path}': {problem}");

    private static double[] FortranToC(double[] source, int[] shape)
    {
        // Element at multi-index (i_0, …, i_{k−1}) is at Σ i_j·f_j in Fortran order (f_0 = 1) and at the row-major
        // position in C order; walk the C order with an odometer and track the Fortran offset.
        int k = shape.Length;
        var fstride = new long[k];
        fstride[0] = 1;
        for (int j = 1; j < k; j++) fstride[j] = fstride[j - 1] * shape[j - 1];
        var index = new int[k];
        var result = new double[source.Length];
        long offset = 0;
        for (int c = 0; c < result.Length; c++)
        {
            result[c] = source[offset];
            for (int j = k - 1; j >= 0; j--)
            {
                index[j]++;
                offset += fstride[j];
                if (index[j] < shape[j]) break;
                offset -= fstride[j] * index[j];
                index[j] = 0;
            }
        }
        return result;
    }

    private static (string Descr, bool Fortran, long[] Shape) ParseHeader(string header, string path)
    {
        var p = new HeaderParser(header, path);
        string? descr = null; bool? fortran = null; long[]? shape = null;
        p.Expect('{');
        while (true)
        {
            p.SkipSpace();
            if (p.TryTake('}')) break;
            string key = p.ReadString();
            p.Expect(':');
            switch (key)
            {
                case "descr":
                    if (descr is not null) throw p.Error("key 'descr' appears twice");
                    p.SkipSpace();
                    if (p.Peek is '[' or '{') throw Fail(path, "unsupported dtype: structured arrays (a list or dict 'descr') are not supported; save a plain numeric array");
                    descr = p.ReadString();
                    break;
                case "fortran_order":
                    if (fortran is not null) throw p.Error("key 'fortran_order' appears twice");
                    fortran = p.ReadBool();
                    break;
                case "shape":
                    if (shape is not null) throw p.Error("key 'shape' appears twice");
                    shape = p.ReadShape();
                    break;
                default:
                    throw p.Error($"unexpected key '{key}' (expected only 'descr', 'fortran_order', 'shape')");
            }
            p.SkipSpace();
            if (p.TryTake(',')) continue;
            p.Expect('}');
            break;
        }
        p.SkipSpace();
        if (!p.AtEnd) throw p.Error("unexpected text after the closing '}'");
        if (descr is null) throw Fail(path, "malformed header: the key 'descr' is missing");
        if (fortran is null) throw Fail(path, "malformed header: the key 'fortran_order' is missing");
        if (shape is null) throw Fail(path, "malformed header: the key 'shape' is missing");
        return (descr, fortran.Value, shape);
    }

    /// <summary>A reader for the small subset of Python literal syntax a .npy header uses.</summary>
    private sealed class HeaderParser(string text, string path)
    {
        private int _pos;

        public bool AtEnd => _pos >= text.Length;
        public char Peek => _pos < text.Length ? text[_pos] : '\0';

        public DataFormatException Error(string problem) =>
            Fail(path, $"malformed header: {problem} at character {_pos} of {Quote(text)}");

        public void SkipSpace() { while (_pos < text.Length && char.IsWhiteSpace(text[_pos])) _pos++; }

        public bool TryTake(char c)
        {
            SkipSpace();
            if (_pos < text.Length && text[_pos] == c) { _pos++; return true; }
            return false;
        }

        public void Expect(char c)
        {
            if (!TryTake(c)) throw Error(AtEnd ? $"expected '{c}' but the header ended" : $"expected '{c}' but found '{text[_pos]}'");
        }

        public string ReadString()
        {
            SkipSpace();
            char quote = Peek;
            if (quote is not ('\'' or '"')) throw Error("expected a quoted string");
            int start = ++_pos;
            while (_pos < text.Length && text[_pos] != quote)
            {
                if (text[_pos] == '\\') throw Error("escape sequences are not supported in header strings");
                _pos++;
            }
            if (AtEnd) throw Error("unterminated string");
            return text[start.._pos++];
        }

        public bool ReadBool()
        {
            SkipSpace();
            if (Matches("True")) return true;
            if (Matches("False")) return false;
            throw Error("expected True or False");
        }

        public long[] ReadShape()
        {
            Expect('(');
            var dims = new List<long>();
            while (true)
            {
                SkipSpace();
                if (TryTake(')')) break;
                dims.Add(ReadInteger());
                SkipSpace();
                if (TryTake(',')) continue;
                Expect(')');
                break;
            }
            return dims.ToArray();
        }

        private long ReadInteger()
        {
            int start = _pos;
            if (Peek is '-' or '+') _pos++;
            while (_pos < text.Length && char.IsAsciiDigit(text[_pos])) _pos++;
            string token = text[start.._pos];
            if (Peek is 'L' or 'l') _pos++; // Python 2 long suffix
            if (!long.TryParse(token, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out long value))
            {
                _pos = start;
                throw Error(token.Length == 0 || token is "-" or "+" ? "expected an integer dimension" : $"dimension {token} is out of range");
            }
            return value;
        }

        private bool Matches(string word)
        {
            if (string.CompareOrdinal(text, _pos, word, 0, word.Length) != 0) return false;
            int end = _pos + word.Length;
            if (end < text.Length && char.IsAsciiLetterOrDigit(text[end])) return false;
            _pos = end;
            return true;
        }

        private static string Quote(string s) => s.Length <= 120 ? $"\"{s.TrimEnd()}\"" : $"\"{s[..120]}…\"";
    }

    /// <summary>One supported element type: kind (f, i, u, b), size in bytes, byte order.</summary>
    private readonly record struct ElementType(char Kind, int Size, bool BigEndian)
    {
        public static ElementType Parse(string descr, string path)
        {
            const string supported = "supported: f4, f8, i1, i2, i4, i8, u1, u2, u4, u8, b1 with byte order '<', '>', '|' or '='";
            if (descr.Length < 3) throw Fail(path, $"unsupported dtype '{descr}' ({supported})");
            char order = descr[0];
            char kind = descr[1];
            if (order is not ('<' or '>' or '|' or '=') ||
                !int.TryParse(descr.AsSpan(2), NumberStyles.None, CultureInfo.InvariantCulture, out int size))
                throw Fail(path, $"unsupported dtype '{descr}' ({supported})");
            bool ok = kind switch
            {
                'f' => size is 4 or 8,
                'i' or 'u' => size is 1 or 2 or 4 or 8,
                'b' => size == 1,
                _ => false,
            };
            if (!ok) throw Fail(path, $"unsupported dtype '{descr}' ({supported})");
            bool big = order == '>' || (order == '=' && !BitConverter.IsLittleEndian);
            return new ElementType(kind, size, big);
        }

        public double Read(ReadOnlySpan<byte> b) => (Kind, Size, BigEndian) switch
        {
            ('f', 4, false) => BinaryPrimitives.ReadSingleLittleEndian(b),
            ('f', 4, true) => BinaryPrimitives.ReadSingleBigEndian(b),
            ('f', 8, false) => BinaryPrimitives.ReadDoubleLittleEndian(b),
            ('f', 8, true) => BinaryPrimitives.ReadDoubleBigEndian(b),
            ('i', 1, _) => (sbyte)b[0],
            ('u', 1, _) => b[0],
            ('b', 1, _) => b[0] != 0 ? 1.0 : 0.0,
            ('i', 2, false) => BinaryPrimitives.ReadInt16LittleEndian(b),
            ('i', 2, true) => BinaryPrimitives.ReadInt16BigEndian(b),
            ('u', 2, false) => BinaryPrimitives.ReadUInt16LittleEndian(b),
            ('u', 2, true) => BinaryPrimitives.ReadUInt16BigEndian(b),
            ('i', 4, false) => BinaryPrimitives.ReadInt32LittleEndian(b),
            ('i', 4, true) => BinaryPrimitives.ReadInt32BigEndian(b),
            ('u', 4, false) => BinaryPrimitives.ReadUInt32LittleEndian(b),
            ('u', 4, true) => BinaryPrimitives.ReadUInt32BigEndian(b),
            ('i', 8, false) => BinaryPrimitives.ReadInt64LittleEndian(b),
            ('i', 8, true) => BinaryPrimitives.ReadInt64BigEndian(b),
            ('u', 8, false) => BinaryPrimitives.ReadUInt64LittleEndian(b),
            ('u', 8, true) => BinaryPrimitives.ReadUInt64BigEndian(b),
            _ => throw new InvalidOperationException($"unreachable dtype {Kind}{Size}"),
        };
    }
}
