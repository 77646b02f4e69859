using System.Globalization;
using XorGen.Tests.IO;
using Xunit;

namespace XorGen.Tests.Data;

public sealed class FileDataSourceTests : IDisposable
{
    private readonly TempDirectory _dir = new();
    public void Dispose() => _dir.Dispose();

    private (string X, string Y) WritePair(string prefix, int n, int d, Func<int, double>? label = null)
    {
        var x = Enumerable.Range(0, n * d).Select(i => (float)(i * 0.5 - 3)).ToArray();
        var y = Enumerable.Range(0, n).Select(i => label?.Invoke(i) ?? (i % 3 == 0 ? 1.0 : -1.0)).ToArray();
        string xp = _dir.File(prefix + "X.npy"), yp = _dir.File(prefix + "y.npy");
        NpyFile.Write(xp, x, n, d);
        NpyFile.Write(yp, y, n);
        return (xp, yp);
    }

    [Fact]
    public void NpyPairGivesTheFileRowsInOrderAndRandomSubsetsBySeed()
    {
        var (xp, yp) = WritePair("train", 10, 3);
        var source = FileDataSource.FromNpy(xp, yp);
        Assert.Equal(3, source.Inputs);
        Assert.Equal(10, source.TrainCount);
        Assert.False(source.SupportsOnline);
        Assert.False(source.IsRegression);
        Assert.False(source.HasTestSet);

        var all = source.TrainingSet<double>(1, 10);
        Assert.Equal(Enumerable.Range(0, 30).Select(i => (double)(float)(i * 0.5 - 3)), all.X);
        Assert.Equal(Enumerable.Range(0, 10).Select(i => i % 3 == 0 ? 1.0 : -1.0), all.Y);
        Assert.Equal(all.X, source.TrainingSet<double>(2, 10).X); // the whole file ignores the seed

        var part = source.TrainingSet<double>(5, 4);
        Assert.Equal(part.X, source.TrainingSet<double>(5, 4).X);
        var firstColumn = Enumerable.Range(0, 4).Select(i => part.X[3 * i]).ToArray();
        Assert.Equal(firstColumn.Order(), firstColumn);                       // kept in file order
        Assert.Equal(4, firstColumn.Distinct().Count());
        for (int i = 0; i < 4; i++)
        {
            int row = (int)((part.X[3 * i] + 3) / 0.5) / 3;                    // which file row it is
            Assert.Equal(all.Row(row).ToArray(), part.Row(i).ToArray());
            Assert.Equal(all.Y[row], part.Y[i]);
        }
        Assert.Contains(Enumerable.Range(6, 20), s => !source.TrainingSet<double>((ulong)s, 4).X.SequenceEqual(part.X));
    }

    [Fact]
    public void CountsOutsideTheFileAreRefusedNamingBothNumbers()
    {
        var (xp, yp) = WritePair("t", 10, 2);
        var source = FileDataSource.FromNpy(xp, yp);
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => source.TrainingSet<float>(1, 11));
        Assert.Contains("11", e.Message);
        Assert.Contains("10 rows", e.Message);
        Assert.Throws<ArgumentOutOfRangeException>(() => source.TrainingSet<float>(1, 0));
        var fill = Assert.Throws<InvalidOperationException>(() => source.FillBatch<float>(1, 0, new float[4], new float[2], new float[2]));
        Assert.Contains("online", fill.Message);
        var test = Assert.Throws<InvalidOperationException>(() => source.TestSet<float>(1, 5));
        Assert.Contains("no test file", test.Message);
    }

    [Fact]
    public void TestPairIsUsedAndMustMatchTheDimension()
    {
        var (xp, yp) = WritePair("train", 6, 2);
        var (txp, typ) = WritePair("test", 4, 2, i => i * 0.25);
        var source = FileDataSource.FromNpy(xp, yp, txp, typ);
        Assert.True(source.HasTestSet);
        Assert.True(source.IsRegression); // test labels 0, 0.25, … are not ±1
        Assert.Equal(new[] { 0.0, 0.25, 0.5, 0.75 }, source.TestSet<double>(1, 4).Y);
        Assert.Contains("4 rows", Assert.Throws<ArgumentOutOfRangeException>(() => source.TestSet<double>(1, 5)).Message);

        var (bx, by) = WritePair("bad", 4, 3);
        var e = Assert.Throws<DataFormatException>(() => FileDataSource.FromNpy(xp, yp, bx, by));
        Assert.Contains(bx, e.Message);
        Assert.Contains("d = 3", e.Message);
        Assert.Throws<ArgumentException>(() => FileDataSource.FromNpy(xp, yp, txp, null));
    }

    [Fact]
    public void ShapeMismatchesAndBadValuesNameTheFile()
    {
        var (xp, yp) = WritePair("a", 5, 2);
        var (x6, y6) = WritePair("b", 6, 2);
        var mismatch = Assert.Throws<DataFormatException>(() => FileDataSource.FromNpy(xp, y6));
        Assert.Contains("6 labels", mismatch.Message);
        Assert.Contains("5 rows", mismatch.Message);

        string vector = _dir.File("vector.npy");
        NpyFile.Write(vector, new double[5], 5);
        Assert.Contains("(n, d), found (5,)", Assert.Throws<DataFormatException>(() => FileDataSource.FromNpy(vector, yp)).Message);
        Assert.Contains("(n,), found (5, 2)", Assert.Throws<DataFormatException>(() => FileDataSource.FromNpy(xp, xp)).Message);
        string empty = _dir.File("empty.npy");
        NpyFile.Write(empty, new double[0], 0, 2);
        Assert.Contains("at least one row", Assert.Throws<DataFormatException>(() => FileDataSource.FromNpy(empty, yp)).Message);

        string nan = _dir.File("nan.npy");
        NpyFile.Write(nan, new double[] { 1, 2, 3, double.NaN, 5, 6, 7, 8, 9, 10 }, 5, 2);
        var e = Assert.Throws<DataFormatException>(() => FileDataSource.FromNpy(nan, yp));
        Assert.Contains(nan, e.Message);
        Assert.Contains("row 1, column 1", e.Message);

        var missing = Assert.Throws<DataFormatException>(() => FileDataSource.FromNpy(_dir.File("none.npy"), yp));
        Assert.Contains("none.npy", missing.Message);
    }

    [Fact]
    public void CsvWithHeaderBlankLinesAndExponentsUnderACommaCulture()
    {
        var saved = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("de-DE");
            string path = _dir.WriteText("d.csv", "x1, x2 ,label\n1.5,-2e-1,1\n\n 3 , 4.25 , -1 \r\n-0.5,1E2,1\n\n");
            var source = FileDataSource.FromCsv(path);
            Assert.Equal(2, source.Inputs);
            Assert.Equal(3, source.TrainCount);
            var set = source.TrainingSet<double>(0, 3);
            Assert.Equal(new[] { 1.5, -0.2, 3, 4.25, -0.5, 100 }, set.X);
            Assert.Equal(new[] { 1.0, -1, 1 }, set.Y);
            Assert.False(source.IsRegression);

            string noHeader = _dir.WriteText("n.csv", "0.5,2.5\n1,3.5\n");
            string noHeaderTest = _dir.WriteText("nt.csv", "7,1\n");
            var plain = FileDataSource.FromCsv(noHeader, noHeaderTest);
            Assert.Equal(2, plain.TrainCount);
            Assert.True(plain.IsRegression);
            Assert.Equal(new[] { 2.5, 3.5 }, plain.TrainingSet<float>(0, 2).Y.Select(v => (double)v));
            Assert.Equal(new[] { 7f }, plain.TestSet<float>(0, 1).X);
            Assert.Contains("d = 2", Assert.Throws<DataFormatException>(() => FileDataSource.FromCsv(noHeader, path)).Message);
        }
        finally { CultureInfo.CurrentCulture = saved; }
    }

    [Theory]
    [InlineData("a,b,y\n1,2,1\n3,abc,-1\n", "line 3, column 2: 'abc' is not a number")]
    [InlineData("1,2,1\n3,4\n", "line 2: 2 columns, but line 1 has 3")]
    [InlineData("1,2,1\n3,4,5,6\n", "line 2: 4 columns")]
    [InlineData("a,b,y\n1,2\n", "line 2: 2 columns, but line 1 has 3")]
    [InlineData("1,2,1\n3,4,NaN\n", "line 2, column 3: 'NaN' is not a finite number")]
    [InlineData("1,2,1\n3,4,\n", "line 2, column 3: '' is not a number")]
    [InlineData("1;2;1\n", "need at least 2")]
    [InlineData("1,2,1\n1,5;2,5\n", "line 2, column 2: '5;2' is not a number")]
    [InlineData("x,y\n", "no data rows")]
    [InlineData("", "no data rows")]
    public void BadCsvNamesFileLineAndToken(string text, string expected)
    {
        string path = _dir.WriteText("bad.csv", text);
        var e = Assert.Throws<DataFormatException>(() => FileDataSource.FromCsv(path));
        Assert.Contains(path, e.Message);
        Assert.Contains(expected, e.Message);
    }

    [Fact]
    public void MissingCsvIsADataFormatError()
    {
        string path = _dir.File("missing.csv");
        var e = Assert.Throws<DataFormatException>(() => FileDataSource.FromCsv(path));
        Assert.Contains(path, e.Message);
        Assert.Contains("does not exist", e.Message);
    }
}
