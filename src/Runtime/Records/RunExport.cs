namespace XorGen;

/// <summary>
/// Writes a finished run's data and weights as <c>.npy</c> files numpy reads: X_train, y_train (y_train_clean when
/// labels are noisy), X_test, y_test, W_init (m, d), a_init (m), W_final, a_final, and b_init / b_final with a bias.
/// Each file is written under a temporary name and renamed when complete.
/// </summary>
public static class RunExport
{
    /// <summary>Writes the files into <paramref name="directory"/> (created when missing); returns the file names written.</summary>
    public static IReadOnlyList<string> Write(string directory, RunResult result)
    {
        Directory.CreateDirectory(directory);
        var written = new List<string>();
        void Save(string name, ReadOnlySpan<double> data, params int[] shape)
        {
            string path = Path.Combine(directory, name);
            string partial = path + ".partial";
            try
            {
                NpyFile.Write(partial, data, shape);
                File.Move(partial, path, overwrite: true);
            }
            catch
            {
                try { File.Delete(partial); } catch (IOException) { }
                throw;
            }
            written.Add(name);
        }

        if (result.TrainingSet is { } train)
        {
            Save("X_train.npy", train.X, train.Count, train.Inputs);
            Save("y_train.npy", train.Y, train.Count);
            if (train.HasSeparateCleanLabels) Save("y_train_clean.npy", train.YClean, train.Count);
        }
        if (result.TestSet is { } test)
        {
            Save("X_test.npy", test.X, test.Count, test.Inputs);
            Save("y_test.npy", test.Y, test.Count);
            if (test.HasSeparateCleanLabels) Save("y_test_clean.npy", test.YClean, test.Count);
        }
        foreach (var (suffix, p) in new[] { ("init", result.Initial), ("final", result.Final) })
        {
            Save($"W_{suffix}.npy", p.W, p.Width, p.Inputs);
            Save($"a_{suffix}.npy", p.A, p.Width);
            if (p.HasBias) Save($"b_{suffix}.npy", p.B, p.Width);
        }
        return written;
    }
}
