using System.Buffers.Binary;
using System.Text;
using Xunit;

namespace XorGen.Tests.IO;

public sealed class NpyFileTests : IDisposable
{
    private readonly TempDirectory _dir = new();
    public void Dispose() => _dir.Dispose();

    /// <summary>Builds a .npy file by hand from the spec: magic, version, header length, dict padded to 64 bytes, data.</summary>
    private static byte[] Build(string dict, byte[] data, byte major = 1, bool pad = true)
    {
        int prefix = major == 1 ? 10 : 12;
        string header = dict;
        if (pad) { int total = prefix + header.Length + 1; header += new string(' ', (64 - total % 64) % 64); }
        header += "\n";
        var bytes = new List<byte> { 0x93, (byte)'N', (byte)'U', (byte)'M', (byte)'P', (byte)'Y', major, 0 };
        if (major == 1) { bytes.Add((byte)header.Length); bytes.Add((byte)(header.Length >> 8)); }
        else { var l = new byte[4]; BinaryPrimitives.WriteUInt32LittleEndian(l, (uint)header.Length); bytes.AddRange(l); }
        bytes.AddRange(major == 3 ? Encoding.UTF8.GetBytes(header) : Encoding.Latin1.GetBytes(header));
        bytes.AddRange(data);
        return bytes.ToArray();
    }

    private static byte[] Doubles(bool bigEndian, params double[] v)
    {
        var b = new byte[v.Length * 8];
        for (int i = 0; i < v.Length; i++)
            if (bigEndian) BinaryPrimitives.WriteDoubleBigEndian(b.AsSpan(i * 8), v[i]); else BinaryPrimitives.WriteDoubleLittleEndian(b.AsSpan(i * 8), v[i]);
        return b;
    }

    private static byte[] Floats(bool bigEndian, params float[] v)
    {
        var b = new byte[v.Length * 4];
        for (int i = 0; i < v.Length; i++)
            if (bigEndian) BinaryPrimitives.WriteSingleBigEndian(b.AsSpan(i * 4), v[i]); else BinaryPrimitives.WriteSingleLittleEndian(b.AsSpan(i * 4), v[i]);
        return b;
    }

    [Fact]
    public void WriteIsByteIdenticalToNumpySave()
    {
        // np.save('a.npy', np.arange(6, dtype='<f8').reshape(2, 3)): the header dict is padded with spaces to 128 bytes in all.
        string dict = "{'descr': '<f8', 'fortran_order': False, 'shape': (2, 3), }";
        var expected = new List<byte> { 0x93, (byte)'N', (byte)'U', (byte)'M', (byte)'P', (byte)'Y', 1, 0, 118, 0 };
        expected.AddRange(Encoding.ASCII.GetBytes(dict.PadRight(117) + "\n"));
        Assert.Equal(128, expected.Count);
        expected.AddRange(Doubles(false, 0, 1, 2, 3, 4, 5));

        string path = _dir.File("a.npy");
        NpyFile.Write(path, new double[] { 0, 1, 2, 3, 4, 5 }, 2, 3);
        Assert.Equal(expected.ToArray(), File.ReadAllBytes(path));
    }

    [Fact]
    public void WriteFloatVectorMatchesNumpyHeader()
    {
        // np.save of np.arange(6, dtype='<f4'): "(6,)" and a 118-byte header.
        string path = _dir.File("v.npy");
        NpyFile.Write(path, new float[] { 0, 1, 2, 3, 4, 5 }, 6);
        var bytes = File.ReadAllBytes(path);
        Assert.Equal(128 + 24, bytes.Length);
        Assert.Equal(118, BinaryPrimitives.ReadUInt16LittleEndian(bytes.AsSpan(8)));
        string header = Encoding.ASCII.GetString(bytes, 10, 118);
        Assert.Equal("{'descr': '<f4', 'fortran_order': False, 'shape': (6,), }".PadRight(117) + "\n", header);
        Assert.Equal(5f, BinaryPrimitives.ReadSingleLittleEndian(bytes.AsSpan(128 + 20)));
    }

    [Theory]
    [InlineData(new int[0])]
    [InlineData(new[] { 0 })]
    [InlineData(new[] { 7 })]
    [InlineData(new[] { 0, 3 })]
    [InlineData(new[] { 3, 5 })]
    [InlineData(new[] { 2, 3, 4 })]
    [InlineData(new[] { 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2 })]
    public void RoundTripsDoublesAndFloatsWithAlignedHeader(int[] shape)
    {
        int count = shape.Aggregate(1, (a, b) => a * b);
        var doubles = Enumerable.Range(0, count).Select(i => Math.Sin(i + 1) * 1e3 + 1e-7 * i).ToArray();
        var floats = doubles.Select(v => (float)v).ToArray();

        string pd = _dir.File("d.npy"), pf = _dir.File("f.npy");
        NpyFile.Write(pd, doubles, shape);
        NpyFile.Write(pf, floats, shape);

        var d = NpyFile.Read(pd);
        Assert.Equal(shape, d.Shape);
        Assert.Equal("<f8", d.Dtype);
        Assert.Equal(doubles, d.Data);
        var f = NpyFile.Read(pf);
        Assert.Equal(shape, f.Shape);
        Assert.Equal("<f4", f.Dtype);
        Assert.Equal(floats.Select(v => (double)v).ToArray(), f.Data);

        foreach (var p in new[] { pd, pf })
        {
            var bytes = File.ReadAllBytes(p);
            int headerLength = BinaryPrimitives.ReadUInt16LittleEndian(bytes.AsSpan(8));
            Assert.Equal(0, (10 + headerLength) % 64);
            Assert.Equal((byte)'\n', bytes[10 + headerLength - 1]);
        }
    }

    [Fact]
    public void ReadsBigEndianFloatsAndDoubles()
    {
        var d = NpyFile.Parse(Build("{'descr': '>f8', 'fortran_order': False, 'shape': (3,), }", Doubles(true, 1.5, -2.25, 1e300)), "be8.npy");
        Assert.Equal(new[] { 1.5, -2.25, 1e300 }, d.Data);
        Assert.Equal(">f8", d.Dtype);
        var f = NpyFile.Parse(Build("{'descr': '>f4', 'fortran_order': False, 'shape': (2, 1), }", Floats(true, 0.1f, -3f)), "be4.npy");
        Assert.Equal(new[] { (double)0.1f, -3.0 }, f.Data);
        Assert.Equal(new[] { 2, 1 }, f.Shape);
    }

    [Fact]
    public void ReadsIntegerAndBoolLabelFiles()
    {
        var i4 = new byte[12];
        BinaryPrimitives.WriteInt32LittleEndian(i4, -1); BinaryPrimitives.WriteInt32LittleEndian(i4.AsSpan(4), 1); BinaryPrimitives.WriteInt32LittleEndian(i4.AsSpan(8), 7);
        Assert.Equal(new[] { -1.0, 1, 7 }, NpyFile.Parse(Build("{'descr': '<i4', 'fortran_order': False, 'shape': (3,), }", i4), "i4").Data);

        var i8 = new byte[16];
        BinaryPrimitives.WriteInt64LittleEndian(i8, -5); BinaryPrimitives.WriteInt64LittleEndian(i8.AsSpan(8), 1L << 40);
        Assert.Equal(new[] { -5.0, 1L << 40 }, NpyFile.Parse(Build("{'descr': '<i8', 'fortran_order': False, 'shape': (2,), }", i8), "i8").Data);

        Assert.Equal(new[] { -1.0, 1, 127 }, NpyFile.Parse(Build("{'descr': '|i1', 'fortran_order': False, 'shape': (3,), }", [0xFF, 1, 127]), "i1").Data);
        Assert.Equal(new[] { 255.0, 1, 0 }, NpyFile.Parse(Build("{'descr': '|u1', 'fortran_order': False, 'shape': (3,), }", [0xFF, 1, 0]), "u1").Data);
        Assert.Equal(new[] { 255.0, 2 }, NpyFile.Parse(Build("{'descr': '<u1', 'fortran_order': False, 'shape': (2,), }", [0xFF, 2]), "u1le").Data);
        Assert.Equal(new[] { 1.0, 0 }, NpyFile.Parse(Build("{'descr': '|b1', 'fortran_order': False, 'shape': (2,), }", [1, 0]), "b1").Data);
        var be = new byte[4];
        BinaryPrimitives.WriteInt32BigEndian(be, -3);
        Assert.Equal(new[] { -3.0 }, NpyFile.Parse(Build("{'descr': '>i4', 'fortran_order': False, 'shape': (1,), }", be), "i4be").Data);
    }

    [Fact]
    public void ReadsVersions2And3AnyPaddingAndKeyOrder()
    {
        var data = Doubles(false, 1, 2);
        string dict = "{'descr': '<f8', 'fortran_order': False, 'shape': (2,), }";
        Assert.Equal(new[] { 1.0, 2 }, NpyFile.Parse(Build(dict, data, major: 2), "v2").Data);
        Assert.Equal(new[] { 1.0, 2 }, NpyFile.Parse(Build(dict, data, major: 3), "v3").Data);
        Assert.Equal(new[] { 1.0, 2 }, NpyFile.Parse(Build(dict, data, pad: false), "nopad").Data);
        var reordered = NpyFile.Parse(Build("{\"shape\": (2L,),\"fortran_order\":False,'descr':'<f8'}", data, pad: false), "order");
        Assert.Equal(new[] { 2 }, reordered.Shape);
        Assert.Equal(new[] { 1.0, 2 }, reordered.Data);
    }

    [Fact]
    public void FortranOrderIsTransposedToRowMajor()
    {
        // A = [[0, 1, 2], [3, 4, 5]] stored column by column: 0 3 1 4 2 5.
        var a = NpyFile.Parse(Build("{'descr': '<f8', 'fortran_order': True, 'shape': (2, 3), }", Doubles(false, 0, 3, 1, 4, 2, 5)), "f.npy");
        Assert.Equal(new[] { 2, 3 }, a.Shape);
        Assert.Equal(new[] { 0.0, 1, 2, 3, 4, 5 }, a.Data);

        // 3-D: element (i, j, k) of shape (2, 3, 4) has value 100i + 10j + k; Fortran offset i + 2j + 6k.
        var f = new double[24];
        for (int i = 0; i < 2; i++) for (int j = 0; j < 3; j++) for (int k = 0; k < 4; k++) f[i + 2 * j + 6 * k] = 100 * i + 10 * j + k;
        var b = NpyFile.Parse(Build("{'descr': '<f8', 'fortran_order': True, 'shape': (2, 3, 4), }", Doubles(false, f)), "f3.npy");
        var expected = new List<double>();
        for (int i = 0; i < 2; i++) for (int j = 0; j < 3; j++) for (int k = 0; k < 4; k++) expected.Add(100 * i + 10 * j + k);
        Assert.Equal(expected, b.Data);
    }

    [Fact]
    public void MissingFileNamesThePath()
    {
        string path = _dir.File("nope.npy");
        var e = Assert.Throws<DataFormatException>(() => NpyFile.Read(path));
        Assert.Contains(path, e.Message);
        Assert.Contains("does not exist", e.Message);
    }

    [Fact]
    public void TruncationAtEveryByteCountFailsClearly()
    {
        string path = _dir.File("whole.npy");
        NpyFile.Write(path, new double[] { 1, 2, 3, 4, 5, 6 }, 2, 3);
        var whole = File.ReadAllBytes(path);
        for (int length = 0; length < whole.Length; length++)
        {
            string cut = _dir.Write("cut.npy", whole[..length]);
            var e = Assert.Throws<DataFormatException>(() => NpyFile.Read(cut));
            Assert.Contains(cut, e.Message);
            Assert.Contains(length >= 128 ? "truncated data" : length == 0 ? "truncated header" : "truncated", e.Message);
        }
        Assert.Equal(6, NpyFile.Read(path).Data.Length);
    }

    [Theory]
    [InlineData("bad magic", "not a .npy file")]
    [InlineData("{'descr': '<f8', 'fortran_order': False }", "'shape' is missing")]
    [InlineData("{'fortran_order': False, 'shape': (1,), }", "'descr' is missing")]
    [InlineData("{'descr': '<f8', 'shape': (1,), }", "'fortran_order' is missing")]
    [InlineData("{'descr': '<f8', 'fortran_order': False, 'shape': (1,), 'extra': 1}", "unexpected key 'extra'")]
    [InlineData("{'descr': '<f8', 'descr': '<f8', 'fortran_order': False, 'shape': (1,), }", "appears twice")]
    [InlineData("{'descr': '<f8', 'fortran_order': false, 'shape': (1,), }", "expected True or False")]
    [InlineData("{'descr': '<f8', 'fortran_order': False, 'shape': (1,), ", "malformed header")]
    [InlineData("{'descr': '<f8', 'fortran_order': False, 'shape': [1], }", "expected '('")]
    [InlineData("{'descr': '<f8', 'fortran_order': False, 'shape': (a,), }", "expected an integer dimension")]
    [InlineData("{'descr': '<f8, 'fortran_order': False, 'shape': (1,), }", "malformed header")]
    [InlineData("{'descr': '<f8', 'fortran_order': False, 'shape': (1,), } x", "after the closing")]
    [InlineData("{'descr': '<c16', 'fortran_order': False, 'shape': (1,), }", "unsupported dtype '<c16'")]
    [InlineData("{'descr': '<U5', 'fortran_order': False, 'shape': (1,), }", "unsupported dtype '<U5'")]
    [InlineData("{'descr': '<f2', 'fortran_order': False, 'shape': (1,), }", "unsupported dtype '<f2'")]
    [InlineData("{'descr': [('a', '<f4')], 'fortran_order': False, 'shape': (1,), }", "structured")]
    [InlineData("{'descr': '<f8', 'fortran_order': False, 'shape': (-1,), }", "negative dimension -1")]
    [InlineData("{'descr': '<f8', 'fortran_order': False, 'shape': (4294967296, 4294967296), }", "overflows")]
    [InlineData("{'descr': '<f8', 'fortran_order': False, 'shape': (3000000000,), }", "more than an array can hold")]
    [InlineData("{'descr': '<f8', 'fortran_order': False, 'shape': (99999999999999999999,), }", "out of range")]
    public void MalformedFilesNameFileAndProblem(string dict, string expected)
    {
        var bytes = dict == "bad magic" ? Encoding.ASCII.GetBytes("NUMPY\0\0\0\0\0\0\0\0") : Build(dict, Doubles(false, 1));
        string path = _dir.Write("bad.npy", bytes);
        var e = Assert.Throws<DataFormatException>(() => NpyFile.Read(path));
        Assert.Contains(path, e.Message);
        Assert.Contains(expected, e.Message);
    }

    [Fact]
    public void UnsupportedVersionIsRefused()
    {
        var bytes = Build("{'descr': '<f8', 'fortran_order': False, 'shape': (1,), }", Doubles(false, 1));
        bytes[6] = 4;
        var e = Assert.Throws<DataFormatException>(() => NpyFile.Parse(bytes, "v4.npy"));
        Assert.Contains("v4.npy", e.Message);
        Assert.Contains("version 4.0", e.Message);
    }

    [Fact]
    public void WriteRejectsShapeThatDoesNotMatchTheData()
    {
        var e = Assert.Throws<ArgumentException>(() => NpyFile.Write(_dir.File("x.npy"), new double[5], 2, 3));
        Assert.Contains("(2, 3)", e.Message);
        Assert.Contains("5", e.Message);
        Assert.Throws<ArgumentException>(() => NpyFile.Write(_dir.File("x.npy"), new float[0], -1));
        Assert.Throws<ArgumentException>(() => NpyFile.Write(_dir.File("x.npy"), new double[2]));
    }
}
