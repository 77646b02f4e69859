using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using XorGen.Tests.Training;
using Xunit;

namespace XorGen.Tests.Records;

public sealed class RunRecordTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "xorgen-records-" + Guid.NewGuid().ToString("N"));

    public void Dispose() { if (Directory.Exists(_dir)) Directory.Delete(_dir, recursive: true); }

    private (RunResult Result, string[] Lines) RunInto(string name, RunConfig config)
    {
        string dir = Path.Combine(_dir, name);
        RunResult result;
        using (var writer = new RunRecordWriter(dir)) result = Trainer.Run(config, writer);
        return (result, File.ReadAllLines(Path.Combine(dir, RunRecordWriter.RecordFileName)));
    }

    /// <summary>A record line with the wall-clock fields removed.</summary>
    private static string WithoutWallClock(string line)
    {
        var node = JsonNode.Parse(line)!.AsObject();
        foreach (var key in RunRecordJson.WallClockKeys) node.Remove(key);
        return node.ToJsonString();
    }

    [Theory]
    [InlineData(Precision.Float)]
    [InlineData(Precision.Double)]
    public void TheSameRunTwiceGivesByteIdenticalRecordsApartFromWallClockFields(Precision precision)
    {
        var config = TrainingFixtures.SmallGlasgow(steps: 30) with { Precision = precision, Probes = [new GlasgowProbe()] };
        var (_, first) = RunInto("a", config);
        var (_, second) = RunInto("b", config);
        Assert.Equal(first.Length, second.Length);
        for (int i = 0; i < first.Length; i++)
        {
            if (i > 0 && i < first.Length - 1) Assert.Equal(first[i], second[i]); // metrics lines: byte for byte
            Assert.Equal(WithoutWallClock(first[i]), WithoutWallClock(second[i]));
        }
        Assert.Equal(File.ReadAllBytes(Path.Combine(_dir, "a", "metrics.csv")), File.ReadAllBytes(Path.Combine(_dir, "b", "metrics.csv")));
        var (_, other) = RunInto("c", config with { Seed = config.Seed + 1 });
        Assert.NotEqual(first[^2], other[^2]);
    }

    [Fact]
    public void TheRecordHasAConfigLineMetricsLinesAndASummaryLine()
    {
        var config = TrainingFixtures.SmallGlasgow(steps: 25);
        var (result, lines) = RunInto("r", config);
        var docs = lines.Select(l => JsonDocument.Parse(l).RootElement).ToList();
        var cfg = docs[0];
        Assert.Equal("config", cfg.GetProperty("type").GetString());
        Assert.Equal("test-glasgow", cfg.GetProperty("experiment").GetString());
        Assert.Equal(7UL, cfg.GetProperty("seed").GetUInt64());
        Assert.Equal("reference", cfg.GetProperty("kernel").GetString());
        Assert.Equal("Scalar", cfg.GetProperty("instruction_set").GetString());
        Assert.Equal("float", cfg.GetProperty("precision").GetString());
        Assert.Equal(6, cfg.GetProperty("model").GetProperty("d").GetInt32());
        Assert.Equal("online-sgd", cfg.GetProperty("optimizer").GetString());
        Assert.Equal(32, cfg.GetProperty("batch").GetInt32());
        Assert.Equal(0.4, cfg.GetProperty("schedule").GetProperty("lr_w").GetDouble());
        Assert.True(cfg.GetProperty("machine").GetProperty("cores").GetInt32() >= 1);
        Assert.False(string.IsNullOrEmpty(cfg.GetProperty("machine").GetProperty("cpu").GetString()));
        Assert.False(string.IsNullOrEmpty(cfg.GetProperty("machine").GetProperty("dotnet").GetString()));

        var metrics = docs.Skip(1).Take(docs.Count - 2).ToList();
        Assert.All(metrics, m => Assert.Equal("metrics", m.GetProperty("type").GetString()));
        Assert.Equal([0L, 10, 20, 25], metrics.Select(m => m.GetProperty("step").GetInt64()));
        Assert.Equal(result.Metrics[^1]["test_error"], metrics[^1].GetProperty("test_error").GetDouble());
        Assert.Equal(result.Metrics[^1]["train_loss"], metrics[^1].GetProperty("train_loss").GetDouble());

        var summary = docs[^1];
        Assert.Equal("summary", summary.GetProperty("type").GetString());
        Assert.False(summary.GetProperty("diverged").GetBoolean());
        Assert.Equal(JsonValueKind.Null, summary.GetProperty("diverged_at_step").ValueKind);
        Assert.Equal(25, summary.GetProperty("steps_completed").GetInt64());
        Assert.True(summary.GetProperty("steps_per_second").GetDouble() > 0);
        Assert.True(summary.GetProperty("wall_time_seconds").GetDouble() > 0);
        Assert.Equal(result.Metrics[^1]["test_loss"], summary.GetProperty("test_loss").GetDouble());
    }

    [Fact]
    public void ADivergedRunIsMarkedInTheSummary()
    {
        var (result, lines) = RunInto("d", TrainingFixtures.SmallGlasgow(steps: 200, rate: 1e200));
        var summary = JsonDocument.Parse(lines[^1]).RootElement;
        Assert.True(summary.GetProperty("diverged").GetBoolean());
        Assert.Equal(result.Summary.DivergedAtStep, summary.GetProperty("diverged_at_step").GetInt64());
        Assert.Equal(JsonValueKind.Null, summary.GetProperty("train_loss").ValueKind); // NaN/∞ → null
    }

    [Fact]
    public void NonFiniteMetricsAreWrittenAsNullAndNumbersAreCultureInvariant()
    {
        var saved = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = new CultureInfo("de-DE");
        try
        {
            var record = new MetricsRecord(3, [new("a", double.NaN), new("b", 1.5), new("c", double.PositiveInfinity)]);
            using var stream = new MemoryStream();
            using (var w = new Utf8JsonWriter(stream)) RunRecordJson.WriteMetrics(w, record);
            Assert.Equal("""{"type":"metrics","step":3,"a":null,"b":1.5,"c":null}""", System.Text.Encoding.UTF8.GetString(stream.ToArray()));
            Assert.Equal("step,a,b,c\n3,,1.5,\n", MetricsCsv.Format([record]));
        }
        finally { CultureInfo.CurrentCulture = saved; }
    }

    [Fact]
    public void TheCsvHasOneRowPerMetricsLine()
    {
        var (result, _) = RunInto("csv", TrainingFixtures.SmallGlasgow(steps: 20));
        var rows = File.ReadAllLines(Path.Combine(_dir, "csv", RunRecordWriter.CsvFileName));
        Assert.Equal("step,train_loss,train_error,test_loss,test_error,test_error_clean", rows[0]);
        Assert.Equal(result.Metrics.Count + 1, rows.Length);
        var last = rows[^1].Split(',');
        Assert.Equal("20", last[0]);
        Assert.Equal(result.Metrics[^1]["test_loss"], double.Parse(last[3], CultureInfo.InvariantCulture));
    }

    [Fact]
    public void AnUnfinishedRecordLeavesNoFiles()
    {
        string dir = Path.Combine(_dir, "unfinished");
        using (var writer = new RunRecordWriter(dir))
        {
            writer.Started(new RunStart(TrainingFixtures.SmallGlasgow(), KernelKind.Reference, InstructionSet.Scalar, DateTime.UtcNow));
            writer.Measured(new MetricsRecord(0, [new("train_loss", 1)]));
        }
        // Only the (released) lock file and the emptied holder file stay: no record, no fragment.
        Assert.Equal([RunDirectory.HolderFileName, RunDirectory.LockFileName], Directory.GetFiles(dir).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Equal(0, new FileInfo(Path.Combine(dir, RunDirectory.HolderFileName)).Length);
    }

    [Fact]
    public void ExportWritesNpyFilesWithTheRightShapes()
    {
        var config = TrainingFixtures.SmallGlasgow(steps: 5) with
        {
            Spec = new ModelSpec(2, 6, Train: TrainedLayers.FirstOnly, Output: OutputLayer.FixedBalanced, Bias: true),
            Data = new ClusterMixtureSource(ClusterLayout.Xor),
            Optimizer = OptimizerKind.FullBatchGd,
            TrainCount = 40,
            TestCount = 30,
            Initialization = new Initialization(new WeightInit.Gaussian(0.1), new OutputInit.Zero(), new BiasInit.Gaussian(0.1)),
        };
        var result = Trainer.Run(config);
        string dir = Path.Combine(_dir, "export");
        var written = RunExport.Write(dir, result);
        Assert.Equal(["X_train.npy", "y_train.npy", "X_test.npy", "y_test.npy", "W_init.npy", "a_init.npy", "b_init.npy", "W_final.npy", "a_final.npy", "b_final.npy"], written);
        Assert.Empty(Directory.GetFiles(dir, "*.partial"));
        Assert.Equal([40, 2], NpyFile.Read(Path.Combine(dir, "X_train.npy")).Shape);
        Assert.Equal([40], NpyFile.Read(Path.Combine(dir, "y_train.npy")).Shape);
        Assert.Equal([30, 2], NpyFile.Read(Path.Combine(dir, "X_test.npy")).Shape);
        var w = NpyFile.Read(Path.Combine(dir, "W_final.npy"));
        Assert.Equal([6, 2], w.Shape);
        Assert.Equal(result.Final.W, w.Data);
        Assert.Equal(result.Initial.W, NpyFile.Read(Path.Combine(dir, "W_init.npy")).Data);
        Assert.Equal([6], NpyFile.Read(Path.Combine(dir, "a_init.npy")).Shape);
        Assert.Equal(result.Final.B, NpyFile.Read(Path.Combine(dir, "b_final.npy")).Data);
        Assert.Equal(result.TrainingSet!.Y, NpyFile.Read(Path.Combine(dir, "y_train.npy")).Data);
    }

    [Fact]
    public void ExportOfNoisyLabelsIncludesTheCleanLabels()
    {
        var config = TrainingFixtures.SmallGlasgow(steps: 2) with
        {
            Spec = new ModelSpec(4, 6, Train: TrainedLayers.FirstOnly, Output: OutputLayer.FixedBalanced),
            Data = new GaussianXorClustersSource(4, 0.2, 0.25, LabelNoiseMode.ExactPerCluster),
            Optimizer = OptimizerKind.FullBatchGd,
            TrainCount = 40,
            Initialization = new Initialization(new WeightInit.Gaussian(0.1), new OutputInit.Zero(), new BiasInit.Zero()),
        };
        var result = Trainer.Run(config);
        string dir = Path.Combine(_dir, "noisy");
        var written = RunExport.Write(dir, result);
        Assert.Contains("y_train_clean.npy", written);
        Assert.DoesNotContain("b_init.npy", written);
        var clean = NpyFile.Read(Path.Combine(dir, "y_train_clean.npy")).Data;
        var observed = NpyFile.Read(Path.Combine(dir, "y_train.npy")).Data;
        Assert.Contains(clean.Zip(observed), p => p.First != p.Second);
    }
}
