using System.Text;
using Xunit;
using XorGen.Cli;

namespace XorGen.Tests.Fuzz;

/// <summary>
/// A seeded mutation fuzzer over valid <c>.npy</c> and CSV files: bit flips, truncations, header and shape edits,
/// cell edits. Every case goes through the loading path the CLI uses (<see cref="RunCommand.Resolve"/> inside
/// <see cref="XorGen.Cli.CommandLine.Guarded"/>, the one place errors become exit codes); a sample also trains in
/// process and a smaller one runs the real <c>xorgen</c>. Every case must be a clean run (0) or a refusal (2, one
/// line, no stack trace): never a crash, a hang or exit 1.
/// </summary>
public sealed class DataFuzzTests : IDisposable
{
    private const ulong Seed = 20261202;
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "xorgen-fuzz-" + Guid.NewGuid().ToString("N"));
    private readonly Random _rng = new(unchecked((int)Seed));

    public DataFuzzTests() => Directory.CreateDirectory(_dir);
    public void Dispose() { try { Directory.Delete(_dir, recursive: true); } catch (IOException) { } }

    private static readonly Experiment Frei = Experiments.Find("frei-xor-noise")!;
    private static readonly Experiment Lmz = Experiments.Find("lmz-abs-teacher")!;

    private static byte[] ValidX(bool float32, int n, int d)
    {
        string path = Path.Combine(Path.GetTempPath(), "xorgen-fuzz-seed-" + Guid.NewGuid().ToString("N") + ".npy");
        var values = new double[n * d];
        for (int i = 0; i < values.Length; i++) values[i] = Math.Round(Math.Sin(i * 1.7) * 3, 3);
        if (float32) NpyFile.Write(path, values.Select(v => (float)v).ToArray(), n, d);
        else NpyFile.Write(path, values, n, d);
        var bytes = File.ReadAllBytes(path);
        File.Delete(path);
        return bytes;
    }

    private static byte[] ValidY(int n)
    {
        string path = Path.Combine(Path.GetTempPath(), "xorgen-fuzz-seed-" + Guid.NewGuid().ToString("N") + ".npy");
        NpyFile.Write(path, Enumerable.Range(0, n).Select(i => i % 3 == 0 ? -1.0 : 1.0).ToArray(), n);
        var bytes = File.ReadAllBytes(path);
        File.Delete(path);
        return bytes;
    }

    private static string ValidCsv(int n, int d, bool header)
    {
        var sb = new StringBuilder();
        if (header) sb.Append(string.Join(",", Enumerable.Range(0, d).Select(c => $"x{c}"))).Append(",y\n");
        for (int i = 0; i < n; i++)
        {
            for (int c = 0; c < d; c++) sb.Append(Math.Round(Math.Cos(i * 0.9 + c) * 2, 4).ToString("R", System.Globalization.CultureInfo.InvariantCulture)).Append(',');
            sb.Append(i % 2 == 0 ? "1" : "-1").Append('\n');
        }
        return sb.ToString();
    }

    private static readonly string[] Dims = ["0", "1", "2", "3", "11", "12", "13", "-1", "2147483647", "2147483648", "1099511627776", "99999999999999999999", "", "3L", "0x3"];
    private static readonly string[] Descrs = ["'<f8'", "'<f4'", "'>f8'", "'<i8'", "'<i4'", "'|u1'", "'|b1'", "'<c16'", "'<f2'", "'<U3'", "'|O'", "[('a','<f8')]", "'f8'", "'<f16'", "''"];

    private byte[] MutateNpy(byte[] valid)
    {
        var b = (byte[])valid.Clone();
        switch (_rng.Next(6))
        {
            case 0: // bit flips, half of them in the header
                for (int k = _rng.Next(1, 5); k > 0; k--)
                {
                    int at = _rng.Next(2) == 0 ? _rng.Next(Math.Min(b.Length, 128)) : _rng.Next(b.Length);
                    b[at] ^= (byte)(1 << _rng.Next(8));
                }
                return b;
            case 1: // truncation
                return b[.._rng.Next(b.Length)];
            case 2: // extra bytes
                return [.. b, .. Enumerable.Range(0, _rng.Next(1, 20)).Select(_ => (byte)_rng.Next(256))];
            default: // header and shape edits, keeping the header length when possible
            {
                int headerLength = b[8] | b[9] << 8;
                string header = Encoding.ASCII.GetString(b, 10, headerLength);
                string edited = _rng.Next(5) switch
                {
                    0 => System.Text.RegularExpressions.Regex.Replace(header, @"\(([^)]*)\)",
                        "(" + string.Join(", ", Enumerable.Range(0, _rng.Next(4)).Select(_ => Dims[_rng.Next(Dims.Length)])) + (_rng.Next(3) == 0 ? ",)" : ")")),
                    1 => System.Text.RegularExpressions.Regex.Replace(header, @"'descr': '[^']*'", "'descr': " + Descrs[_rng.Next(Descrs.Length)]),
                    2 => header.Replace("False", _rng.Next(2) == 0 ? "True" : "Nope"),
                    3 => header.Remove(_rng.Next(header.Length), 1),
                    _ => header.Insert(_rng.Next(header.Length), ((char)_rng.Next(32, 127)).ToString()),
                };
                var body = b.AsSpan(10 + headerLength).ToArray();
                var hb = Encoding.ASCII.GetBytes(edited);
                int length = _rng.Next(4) == 0 ? hb.Length + _rng.Next(-3, 4) : hb.Length;
                length = Math.Clamp(length, 0, 65535);
                return [.. b[..8], (byte)length, (byte)(length >> 8), .. hb, .. body];
            }
        }
    }

    private static readonly string[] Cells = ["", " ", "1e39", "1e999", "-1e308", "NaN", "inf", "-Infinity", "0x10", "1,5", "1.5.2", "\"1\"", "2", "0", "1e-400", "x", "１", "1 2", "+", "-"];

    private const string InsertChars = ",.-e+x 9\t\r\"';\0\n";

    private string MutateCsv(string valid)
    {
        var s = new StringBuilder(valid);
        switch (_rng.Next(7))
        {
            case 0:
                for (int k = _rng.Next(1, 4); k > 0 && s.Length > 0; k--) s.Insert(_rng.Next(s.Length), InsertChars[_rng.Next(InsertChars.Length)]);
                return s.ToString();
            case 1:
                for (int k = _rng.Next(1, 4); k > 0 && s.Length > 0; k--) s.Remove(_rng.Next(s.Length), 1);
                return s.ToString();
            case 2:
                return valid[.._rng.Next(valid.Length + 1)];
            case 3:
            {
                var lines = valid.Split('\n').ToList();
                int i = _rng.Next(lines.Count);
                if (_rng.Next(2) == 0) lines.Insert(i, lines[_rng.Next(lines.Count)]); else lines.RemoveAt(i);
                return string.Join('\n', lines);
            }
            case 4:
            {
                var lines = valid.Split('\n');
                int i = _rng.Next(lines.Length);
                var cells = lines[i].Split(',');
                cells[_rng.Next(cells.Length)] = Cells[_rng.Next(Cells.Length)];
                lines[i] = string.Join(',', cells);
                return string.Join('\n', lines);
            }
            case 5:
                return "\uFEFF" + valid.Replace("\n", _rng.Next(2) == 0 ? "\r\n" : "\n\n");
            default:
            {
                var lines = valid.Split('\n');
                int i = _rng.Next(lines.Length);
                lines[i] = _rng.Next(2) == 0 ? lines[i] + ",0.5" : string.Join(',', lines[i].Split(',').Skip(1));
                return string.Join('\n', lines);
            }
        }
    }

    /// <summary>One case through the CLI's error mapping: 0 when the configuration resolves (or trains, with <paramref name="train"/>), else the exit code.</summary>
    private static (int Code, string Error) Case(RunArguments args, bool train, string outDir)
    {
        var error = new StringWriter();
        var task = Task.Run(() => global::XorGen.Cli.CommandLine.Guarded(error, () =>
        {
            if (!train) { RunCommand.Resolve(args); return global::XorGen.Cli.Cli.Ok; }
            return RunCommand.Execute(args with { Out = outDir, Force = true }, TextWriter.Null, error, interactive: false);
        }));
        Assert.True(task.Wait(TimeSpan.FromSeconds(20)), $"hang: {args}");
        return (task.Result, error.ToString());
    }

    private static void AssertClean(int code, string error, string what)
    {
        // Exit 1 only as the documented outcome of a run that trained and diverged (data of scale 1e30 does, at any
        // rate), never for a failure of loading or of the tool.
        bool recordedDivergence = code == 1 && error.Contains("xorgen: training diverged at step ", StringComparison.Ordinal)
            && !error.Contains("at step 0:", StringComparison.Ordinal);
        Assert.True(code is 0 or 2 || recordedDivergence, $"{what}: exit {code}: {error}");
        Assert.DoesNotContain("   at ", error);
        if (code == 2)
        {
            var lines = error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
            Assert.True(lines.Length >= 1 && lines[^1].StartsWith("xorgen: ", StringComparison.Ordinal), $"{what}: {error}");
            Assert.DoesNotContain("Exception", lines[^1]);
        }
    }

    [Fact]
    public void Mutated_npy_files_load_cleanly_or_are_refused()
    {
        string x = Path.Combine(_dir, "X.npy"), y = Path.Combine(_dir, "y.npy");
        var seeds = new[] { ValidX(false, 12, 3), ValidX(true, 12, 3), ValidX(false, 5, 1) };
        var ys = new[] { ValidY(12), ValidY(12), ValidY(5) };
        int refused = 0, clean = 0;
        for (int i = 0; i < 3000; i++)
        {
            int k = _rng.Next(seeds.Length);
            bool mutateX = _rng.Next(3) != 0;
            File.WriteAllBytes(x, mutateX ? MutateNpy(seeds[k]) : seeds[k]);
            File.WriteAllBytes(y, mutateX ? ys[k] : MutateNpy(ys[k]));
            var args = new RunArguments
            {
                Experiment = _rng.Next(4) == 0 ? Lmz : Frei, DataX = x, DataY = y, TestCount = 0, Steps = 2, NoProbes = true,
                Kernel = "reference", Precision = _rng.Next(2) == 0 ? "float" : "double", Rate = 1e-4, // a rate that cannot diverge on any data the mutations make
            };
            bool train = i % 100 == 0;
            var (code, error) = Case(args, train, Path.Combine(_dir, "run"));
            AssertClean(code, error, $"npy case {i}");
            if (code == 0) clean++; else refused++;
        }
        Assert.True(refused > 1000 && clean > 100, $"the mutations should both break and spare files: {refused} refused, {clean} clean");
    }

    [Fact]
    public void Mutated_csv_files_load_cleanly_or_are_refused()
    {
        string csv = Path.Combine(_dir, "d.csv");
        var seeds = new[] { ValidCsv(10, 3, header: false), ValidCsv(10, 3, header: true), ValidCsv(4, 1, header: false) };
        int refused = 0, clean = 0;
        for (int i = 0; i < 3000; i++)
        {
            string text = MutateCsv(seeds[_rng.Next(seeds.Length)]);
            if (_rng.Next(3) == 0) text = MutateCsv(text);
            File.WriteAllText(csv, text);
            var args = new RunArguments
            {
                Experiment = _rng.Next(4) == 0 ? Lmz : Frei, Csv = csv, TestCount = 0, Steps = 2, NoProbes = true,
                Kernel = "reference", Precision = _rng.Next(2) == 0 ? "float" : "double", Rate = 1e-4, // a rate that cannot diverge on any data the mutations make
            };
            var (code, error) = Case(args, i % 100 == 0, Path.Combine(_dir, "run"));
            AssertClean(code, error, $"csv case {i}: {text.Replace("\n", "\\n")}");
            if (code == 0) clean++; else refused++;
        }
        Assert.True(refused > 500 && clean > 500, $"the mutations should both break and spare files: {refused} refused, {clean} clean");
    }

    [Fact]
    public void A_sample_of_mutated_files_through_the_real_process()
    {
        var seedX = ValidX(false, 12, 3);
        var seedY = ValidY(12);
        string csvSeed = ValidCsv(10, 3, header: true);
        for (int i = 0; i < 24; i++)
        {
            string x = Path.Combine(_dir, $"px{i}.npy"), y = Path.Combine(_dir, $"py{i}.npy"), csv = Path.Combine(_dir, $"p{i}.csv");
            string outDir = Path.Combine(_dir, $"prun{i}");
            string[] data;
            if (i % 2 == 0)
            {
                File.WriteAllBytes(x, MutateNpy(seedX));
                File.WriteAllBytes(y, seedY);
                data = ["--data-x", x, "--data-y", y];
            }
            else
            {
                File.WriteAllText(csv, MutateCsv(csvSeed));
                data = ["--data-csv", csv];
            }
            var r = Tests.Cli.XorgenProcess.Run(_dir, i % 3 == 0 ? "de_DE.UTF-8" : "", ["run", "frei-xor-noise", .. data, "--test-n", "0", "--steps", "2", "--lr", "1e-4", "--no-probes", "--out", outDir]);
            AssertClean(r.Code, r.Err, $"process case {i}");
            if (r.Code == 2)
            {
                Assert.Single(r.ErrLines);
                Assert.False(Directory.Exists(outDir), "a refused run wrote its directory");
            }
            else Assert.True(File.Exists(Path.Combine(outDir, "run.jsonl")));
        }
    }
}
