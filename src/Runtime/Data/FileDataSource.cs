using System.Globalization;
using System.Numerics;

namespace XorGen;

/// <summary>
/// A user's own data, read from <c>.npy</c> files (X of shape (n, d), y of shape (n,), float or integer dtypes)
/// or from CSV (numeric columns, the label in the last one, an optional header line), with an optional
/// separate test pair. File data has no online samples.
/// </summary>
/// <remarks>
/// <para><see cref="TrainingSet{T}"/>(seed, count) needs 1 ≤ count ≤ n: count = n gives every row in file order
/// (the seed is unused); a smaller count gives a uniform random subset of rows drawn from
/// (seed, <see cref="RandomStream.Data"/>), kept in file order. A larger count is an error naming both numbers
/// (counts are never silently capped). <see cref="TestSet{T}"/> works the same on the test file with
/// <see cref="RandomStream.TestData"/>.</para>
/// <para>Without a test file there is no held-out split: <see cref="HasTestSet"/> is false and
/// <see cref="TestSet{T}"/> throws <see cref="InvalidOperationException"/> saying so.</para>
/// <para>Labels: when every training and test label is −1 or +1 the data is a classification problem;
/// otherwise <see cref="IsRegression"/> is true (labels 0/1 are not remapped).</para>
/// </remarks>
public sealed class FileDataSource : IDataSource
{
    private readonly Table _train;
    private readonly Table? _test;

    private FileDataSource(Table train, Table? test)
    {
        if (test is not null && test.Inputs != train.Inputs)
            throw new DataFormatException($"{test.Origin} has d = {test.Inputs} features but the training data {train.Origin} has d = {train.Inputs}");
        _train = train;
        _test = test;
        IsRegression = !(IsSigns(train.Y) && (test is null || IsSigns(test.Y)));
    }

    /// <summary>Reads X (n, d) and y (n,) from <c>.npy</c> files, and optionally a test pair (both or neither).</summary>
    /// <exception cref="DataFormatException">A file is missing, malformed, of the wrong shape, or holds a non-finite value.</exception>
    public static FileDataSource FromNpy(string xPath, string yPath, string? testXPath = null, string? testYPath = null)
    {
        ArgumentNullException.ThrowIfNull(xPath);
        ArgumentNullException.ThrowIfNull(yPath);
        if ((testXPath is null) != (testYPath is null))
            throw new ArgumentException($"a test set needs both an X and a y file; got only {(testXPath is null ? $"y = '{testYPath}'" : $"X = '{testXPath}'")}");
        var train = FromNpyPair(xPath, yPath);
        var test = testXPath is null ? null : FromNpyPair(testXPath, testYPath!);
        return new FileDataSource(train, test);
    }

    /// <summary>Reads a CSV file (features then the label on each line), and optionally a test CSV of the same layout.</summary>
    /// <exception cref="DataFormatException">A file is missing, has a non-numeric or non-finite value, ragged rows, or no data.</exception>
    public static FileDataSource FromCsv(string path, string? testPath = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        var train = ReadCsv(path);
        return new FileDataSource(train, testPath is null ? null : ReadCsv(testPath));
    }

    /// <inheritdoc/>
    public string Name => "file";
    /// <inheritdoc/>
    public int Inputs => _train.Inputs;
    /// <inheritdoc/>
    public bool IsRegression { get; }
    /// <summary>Always false: file data is a fixed set.</summary>
    public bool SupportsOnline => false;
    /// <summary>Number of rows in the training file.</summary>
    public int TrainCount => _train.Count;
    /// <summary>Number of rows in the test file (0 without one).</summary>
    public int TestCount => _test?.Count ?? 0;
    /// <summary>Whether a test file was given.</summary>
    public bool HasTestSet => _test is not null;

    /// <inheritdoc/>
    public string Describe() => string.Create(CultureInfo.InvariantCulture,
        $"file {_train.Origin} n={_train.Count} d={Inputs} {(IsRegression ? "regression" : "labels ±1")}; test: {(_test is null ? "none" : $"{_test.Origin} n={_test.Count}")}");

    /// <summary>Always throws: file data has no fresh samples.</summary>
    public void FillBatch<T>(ulong seed, long batchIndex, Span<T> x, Span<T> y, Span<T> yClean) where T : unmanaged, IFloatingPointIeee754<T> =>
        throw new InvalidOperationException($"file data ({_train.Origin}) cannot draw fresh online batches; train on the fixed set (full-batch or minibatch epochs) instead");

    /// <summary>The training rows: all of them in file order when <paramref name="count"/> equals the file's row count, else a random subset of that size.</summary>
    public Dataset<T> TrainingSet<T>(ulong seed, int count) where T : unmanaged, IFloatingPointIeee754<T> =>
        _train.Take<T>(new CounterRandom(seed, RandomStream.Data, SourceStreams.FixedSet), count, "training");

    /// <summary>The test rows, chosen like <see cref="TrainingSet{T}"/>; throws when no test file was given.</summary>
    public Dataset<T> TestSet<T>(ulong seed, int count) where T : unmanaged, IFloatingPointIeee754<T>
    {
        if (_test is null)
            throw new InvalidOperationException($"no test file was given for the data in {_train.Origin}; pass a test file (file data is not split into a held-out part)");
        return _test.Take<T>(new CounterRandom(seed, RandomStream.TestData), count, "test");
    }

    private static bool IsSigns(double[] y) => y.All(v => v is 1.0 or -1.0);

    /// <summary>
    /// Where the first label that is not ±1 is ("'y.npy' row 0: label 0"), training data first; null when every
    /// label is ±1. Names the cause when a classification loss refuses the data.
    /// </summary>
    public string? FirstNonSignLabel =>
        FirstNonSign(_train) ?? (_test is null ? null : FirstNonSign(_test));

    private static string? FirstNonSign(Table t)
    {
        int i = Array.FindIndex(t.Y, v => v is not (1.0 or -1.0));
        return i < 0 ? null : string.Create(CultureInfo.InvariantCulture, $"{t.LabelOrigin} {t.RowName(i)}: label {t.Y[i]:R}");
    }

    /// <summary>
    /// The first value that does not fit <paramref name="precision"/> (|x| above its largest finite number), named by
    /// file, row, column and value; null when every value fits. float64 data holding 1e39 cannot train in float.
    /// </summary>
    public string? PrecisionProblem(Precision precision)
    {
        if (precision != Precision.Float) return null;
        foreach (var t in _test is null ? [_train] : new[] { _train, _test })
        {
            for (int i = 0; i < t.X.Length; i++)
                if (Math.Abs(t.X[i]) > float.MaxValue)
                    return string.Create(CultureInfo.InvariantCulture,
                        $"{t.Origin} {t.RowName(i / t.Inputs)}, column {t.ColumnName(i % t.Inputs)}: value {t.X[i]:R} does not fit in float precision (largest {float.MaxValue:R}); run with --precision double");
            for (int i = 0; i < t.Y.Length; i++)
                if (Math.Abs(t.Y[i]) > float.MaxValue)
                    return string.Create(CultureInfo.InvariantCulture,
                        $"{t.LabelOrigin} {t.RowName(i)}: label {t.Y[i]:R} does not fit in float precision (largest {float.MaxValue:R}); run with --precision double");
        }
        return null;
    }

    private static Table FromNpyPair(string xPath, string yPath)
    {
        var x = NpyFile.Read(xPath);
        var y = NpyFile.Read(yPath);
        if (x.Shape.Length != 2)
            throw new DataFormatException($"'{xPath}': X must have shape (n, d), found {x.ShapeText}");
        if (x.Shape[0] < 1 || x.Shape[1] < 1)
            throw new DataFormatException($"'{xPath}': X must have at least one row and one column, found {x.ShapeText}");
        if (y.Shape.Length != 1)
            throw new DataFormatException($"'{yPath}': y must have shape (n,), found {y.ShapeText}");
        if (y.Shape[0] != x.Shape[0])
            throw new DataFormatException($"'{yPath}' has {y.Shape[0]} labels but '{xPath}' has {x.Shape[0]} rows");
        CheckFinite(x.Data, x.Shape[1], xPath);
        CheckFinite(y.Data, 1, yPath);
        return new Table($"'{xPath}'", x.Shape[0], x.Shape[1], x.Data, y.Data) { LabelOrigin = $"'{yPath}'" };
    }

    private static void CheckFinite(double[] data, int columns, string path)
    {
        for (int i = 0; i < data.Length; i++)
            if (!double.IsFinite(data[i]))
                throw new DataFormatException(string.Create(CultureInfo.InvariantCulture,
                    $"'{path}': value {data[i]} at row {i / columns}{(columns > 1 ? $", column {i % columns}" : "")} is not finite"));
    }

    private static Table ReadCsv(string path)
    {
        string[] lines = DataFormatException.ReadFile(path, File.ReadAllLines);

        var values = new List<double>();
        var labels = new List<double>();
        var lineNumbers = new List<int>();
        int columns = 0, columnsLine = 0;
        bool first = true;
        for (int li = 0; li < lines.Length; li++)
        {
            string line = lines[li];
            if (string.IsNullOrWhiteSpace(line)) continue;
            int lineNumber = li + 1;
            string[] tokens = line.Split(',');
            if (first)
            {
                first = false;
                columns = tokens.Length;
                columnsLine = lineNumber;
                if (columns < 2)
                    throw new DataFormatException($"'{path}' line {lineNumber}: found {columns} column, need at least 2 (features, then the label)");
                // A header is a first row with no numeric cell; a row mixing numbers and text is an error below.
                if (tokens.All(t => !double.TryParse(t.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out _))) continue;
            }
            if (tokens.Length != columns)
                throw new DataFormatException($"'{path}' line {lineNumber}: {tokens.Length} columns, but line {columnsLine} has {columns}");
            if (labels.Count == MaxCsvRows)
                throw new DataFormatException($"'{path}' line {lineNumber}: more than {MaxCsvRows} data rows");
            for (int c = 0; c < tokens.Length; c++)
            {
                string token = tokens[c].Trim();
                if (!double.TryParse(token, NumberStyles.Float, CultureInfo.InvariantCulture, out double v))
                    throw new DataFormatException($"'{path}' line {lineNumber}, column {c + 1}: '{Shorten(token)}' is not a number");
                if (!double.IsFinite(v))
                    throw new DataFormatException($"'{path}' line {lineNumber}, column {c + 1}: '{Shorten(token)}' is not a finite number");
                if (c == columns - 1) labels.Add(v); else values.Add(v);
            }
            lineNumbers.Add(lineNumber);
        }
        if (labels.Count == 0) throw new DataFormatException($"'{path}': no data rows");
        return new Table($"'{path}'", labels.Count, columns - 1, values.ToArray(), labels.ToArray()) { Lines = lineNumbers.ToArray() };
    }

    /// <summary>Most data rows a CSV file may have (the largest set a run accepts).</summary>
    private const int MaxCsvRows = RunLimits.MaxRows;

    /// <summary>A cell as quoted in a message: at most 40 characters, control characters shown as '?'.</summary>
    private static string Shorten(string token)
    {
        var clean = new string(token.Select(ch => char.IsControl(ch) ? '?' : ch).ToArray());
        return clean.Length <= 40 ? clean : clean[..40] + "…";
    }

    /// <summary>Rows read from one file (or X/y pair).</summary>
    private sealed record Table(string Origin, int Count, int Inputs, double[] X, double[] Y)
    {
        /// <summary>The file of the labels (the y file of an .npy pair, else the same file).</summary>
        public string LabelOrigin { get; init; } = Origin;
        /// <summary>CSV line number of each data row (null for .npy: rows are numbered from 0).</summary>
        public int[]? Lines { get; init; }

        public string RowName(int row) => Lines is null
            ? string.Create(CultureInfo.InvariantCulture, $"row {row}")
            : string.Create(CultureInfo.InvariantCulture, $"line {Lines[row]}");

        public string ColumnName(int column) => string.Create(CultureInfo.InvariantCulture, $"{(Lines is null ? column : column + 1)}");

        public Dataset<T> Take<T>(CounterRandom rng, int count, string which) where T : unmanaged, IFloatingPointIeee754<T>
        {
            if (count < 1 || count > Count)
                throw new ArgumentOutOfRangeException(nameof(count), count,
                    $"asked for {count} {which} samples but {Origin} has {Count} rows (ask for between 1 and {Count})");
            int[] rows;
            if (count == Count) rows = Enumerable.Range(0, Count).ToArray();
            else
            {
                var all = Enumerable.Range(0, Count).ToArray();
                for (int f = 0; f < count; f++)
                {
                    int j = f + rng.NextInt(Count - f);
                    (all[f], all[j]) = (all[j], all[f]);
                }
                rows = all[..count];
                Array.Sort(rows);
            }
            var x = new T[checked(count * Inputs)];
            var y = new T[count];
            for (int i = 0; i < count; i++)
            {
                int r = rows[i];
                for (int c = 0; c < Inputs; c++) x[i * Inputs + c] = T.CreateTruncating(X[r * Inputs + c]);
                y[i] = T.CreateTruncating(Y[r]);
            }
            return new Dataset<T>(count, Inputs, x, y);
        }
    }
}
