using System.Buffers.Binary;
using System.IO.Compression;

namespace XorGen.Tests.Reproduce;

/// <summary>A minimal PNG reader for the browser test's screenshots: 8-bit grey, RGB or RGBA, not interlaced.</summary>
internal sealed class Png
{
    public int Width { get; private init; }
    public int Height { get; private init; }
    /// <summary>Pixels as 0xRRGGBB, row-major.</summary>
    public int[] Pixels { get; private init; } = [];

    public static Png Read(string path)
    {
        byte[] file = File.ReadAllBytes(path);
        if (file.Length < 8 || file[1] != (byte)'P' || file[2] != (byte)'N' || file[3] != (byte)'G')
            throw new InvalidDataException($"{path} is not a PNG");
        int width = 0, height = 0, channels = 0;
        using var idat = new MemoryStream();
        for (int p = 8; p + 8 <= file.Length;)
        {
            int length = BinaryPrimitives.ReadInt32BigEndian(file.AsSpan(p));
            string type = System.Text.Encoding.ASCII.GetString(file, p + 4, 4);
            var data = file.AsSpan(p + 8, length);
            if (type == "IHDR")
            {
                width = BinaryPrimitives.ReadInt32BigEndian(data);
                height = BinaryPrimitives.ReadInt32BigEndian(data[4..]);
                if (data[8] != 8 || data[12] != 0) throw new InvalidDataException($"{path}: only 8-bit, non-interlaced PNGs are read");
                channels = data[9] switch { 0 => 1, 2 => 3, 6 => 4, 4 => 2, _ => throw new InvalidDataException($"{path}: colour type {data[9]} not read") };
            }
            else if (type == "IDAT") idat.Write(data);
            else if (type == "IEND") break;
            p += 12 + length;
        }
        idat.Position = 0;
        using var z = new ZLibStream(idat, CompressionMode.Decompress);
        int stride = width * channels;
        var raw = new byte[(stride + 1) * height];
        z.ReadExactly(raw);
        var pixels = new int[width * height];
        var prev = new byte[stride];
        var row = new byte[stride];
        for (int y = 0; y < height; y++)
        {
            int filter = raw[y * (stride + 1)];
            var src = raw.AsSpan(y * (stride + 1) + 1, stride);
            for (int i = 0; i < stride; i++)
            {
                int a = i >= channels ? row[i - channels] : 0, b = prev[i], c = i >= channels ? prev[i - channels] : 0;
                int pred = filter switch
                {
                    0 => 0,
                    1 => a,
                    2 => b,
                    3 => (a + b) / 2,
                    4 => Paeth(a, b, c),
                    _ => throw new InvalidDataException($"{path}: bad filter {filter}"),
                };
                row[i] = (byte)(src[i] + pred);
            }
            for (int x = 0; x < width; x++)
            {
                int o = x * channels;
                pixels[y * width + x] = channels < 3 ? row[o] * 0x010101 : (row[o] << 16) | (row[o + 1] << 8) | row[o + 2];
            }
            (prev, row) = (row, prev);
        }
        return new Png { Width = width, Height = height, Pixels = pixels };
    }

    private static int Paeth(int a, int b, int c)
    {
        int p = a + b - c, pa = Math.Abs(p - a), pb = Math.Abs(p - b), pc = Math.Abs(p - c);
        return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
    }
}
