namespace XorGen.Cli.Reproduce;

/// <summary>
/// Frei, Chatterji, Bartlett's comparison: a linear classifier x ↦ sign(w·x [+ b]) trained by full-batch gradient descent
/// on the logistic loss over the same noisy training set (plain double). Through the origin it is no better than chance
/// on XOR clusters (every w·x is odd in x while the labels are even); with a bias it does somewhat better.
/// </summary>
internal static class LinearBaseline
{
    /// <summary>Test error on the observed (noisy) and on the clean labels.</summary>
    public readonly record struct Result(double TestError, double TestErrorClean, double TrainLoss);

    public static Result Fit(Dataset<double> train, Dataset<double> test, bool bias, int steps = 2000, double rate = 1.0)
    {
        int n = train.Count, d = train.Inputs;
        var w = new double[d];
        double b = 0, loss = 0;
        var grad = new double[d];
        for (int t = 0; t < steps; t++)
        {
            Array.Clear(grad);
            double gb = 0;
            loss = 0;
            for (int i = 0; i < n; i++)
            {
                var x = train.Row(i);
                double z = b;
                for (int k = 0; k < d; k++) z += w[k] * x[k];
                double yz = train.Y[i] * z;
                loss += yz > 0 ? Math.Log(1 + Math.Exp(-yz)) : -yz + Math.Log(1 + Math.Exp(yz));
                double g = -train.Y[i] / (1 + Math.Exp(yz)); // ∂ℓ/∂z
                for (int k = 0; k < d; k++) grad[k] += g * x[k];
                gb += g;
            }
            for (int k = 0; k < d; k++) w[k] -= rate * grad[k] / n;
            if (bias) b -= rate * gb / n;
            loss /= n;
        }
        int wrong = 0, wrongClean = 0;
        for (int i = 0; i < test.Count; i++)
        {
            var x = test.Row(i);
            double z = b;
            for (int k = 0; k < d; k++) z += w[k] * x[k];
            double label = z >= 0 ? 1 : -1;
            if (label != test.Y[i]) wrong++;
            if (label != test.YClean[i]) wrongClean++;
        }
        return new Result((double)wrong / test.Count, (double)wrongClean / test.Count, loss);
    }

    /// <summary>Clean test error of the fixed affine rule sign(x·μ1 − ½): right on +μ1, ±μ2, wrong on −μ1, i.e. ≈ 75% accuracy, the best an affine classifier can do on the four clusters.</summary>
    public static double AffineRuleErrorClean(Dataset<double> test, double[] mu1)
    {
        int wrong = 0;
        for (int i = 0; i < test.Count; i++)
        {
            var x = test.Row(i);
            double z = -0.5;
            for (int k = 0; k < x.Length; k++) z += mu1[k] * x[k];
            if ((z >= 0 ? 1.0 : -1.0) != test.YClean[i]) wrong++;
        }
        return (double)wrong / test.Count;
    }
}
