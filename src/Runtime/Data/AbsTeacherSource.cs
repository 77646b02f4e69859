using System.Globalization;
using System.Numerics;

namespace XorGen;

/// <summary>
/// Li, Ma, Zhang: x ~ N(0, I_d), y = f*(x) = Σ_r a_r·|w*_r·x| with W* orthonormal and a_r &gt; 0, Σ a_r = 1.
/// A regression problem without noise (<see cref="Dataset{T}.YClean"/> = <see cref="Dataset{T}.Y"/>).
/// </summary>
/// <remarks>
/// W* is the identity by default. A random orthogonal W* is a function of a seed: it is the Q factor
/// (Gram–Schmidt with re-orthogonalisation, positive diagonal of R, hence Haar distributed) of a d × d Gaussian
/// matrix drawn from <see cref="RandomStream.Problem"/>. Use <see cref="Create"/> with the run's seed so that the
/// teacher changes with the seed; the constructor's <c>problemSeed</c> does the same.
/// </remarks>
public sealed class AbsTeacherSource : IDataSource
{
    /// <summary>Tolerance on Σ a_r = 1 and on the orthonormality of an explicit W*.</summary>
    public const double Tolerance = 1e-6;

    /// <summary>
    /// A teacher of dimension <paramref name="inputs"/>: W* = I, or a random orthogonal matrix drawn with
    /// <paramref name="problemSeed"/> when <paramref name="randomOrthogonal"/>; a_r = <paramref name="teacherA"/> (default 1/d).
    /// </summary>
    public AbsTeacherSource(int inputs, bool randomOrthogonal = false, double[]? teacherA = null, ulong problemSeed = 0)
        : this(inputs, randomOrthogonal ? RandomOrthogonal(CheckInputs(inputs), problemSeed) : null, teacherA)
    {
    }

    private AbsTeacherSource(int inputs, double[]? teacherW, double[]? teacherA)
    {
        CheckInputs(inputs);
        Inputs = inputs;
        TeacherA = CheckTeacherA(inputs, teacherA);
        IsIdentity = teacherW is null;
        if (teacherW is null)
        {
            teacherW = new double[inputs * inputs];
            for (int r = 0; r < inputs; r++) teacherW[r * inputs + r] = 1;
        }
        TeacherW = teacherW;
    }

    /// <summary>The teacher for a run with seed <paramref name="seed"/>: W* = I, or random orthogonal drawn from (<paramref name="seed"/>, <see cref="RandomStream.Problem"/>).</summary>
    public static AbsTeacherSource Create(int inputs, ulong seed, bool randomOrthogonal = false, double[]? teacherA = null) =>
        new(inputs, randomOrthogonal, teacherA, seed);

    /// <summary>A teacher with an explicit W* (row-major d × d, rows orthonormal within <see cref="Tolerance"/>).</summary>
    public static AbsTeacherSource WithTeacher(int inputs, double[] teacherW, double[]? teacherA = null)
    {
        ArgumentNullException.ThrowIfNull(teacherW);
        CheckInputs(inputs);
        if (teacherW.Length != inputs * inputs)
            throw new ArgumentException($"W* has {teacherW.Length} values, expected d × d = {inputs * inputs}", nameof(teacherW));
        for (int r = 0; r < inputs; r++)
            for (int s = 0; s <= r; s++)
            {
                double dot = 0;
                for (int c = 0; c < inputs; c++) dot += teacherW[r * inputs + c] * teacherW[s * inputs + c];
                double expected = r == s ? 1 : 0;
                if (!(Math.Abs(dot - expected) <= Tolerance))
                    throw new ArgumentException(FormattableString.Invariant($"W* must have orthonormal rows: w*_{r}·w*_{s} = {dot}, expected {expected}"), nameof(teacherW));
            }
        return new AbsTeacherSource(inputs, (double[])teacherW.Clone(), teacherA);
    }

    /// <summary>A Haar-random orthogonal d × d matrix (row-major), a pure function of <paramref name="seed"/> (<see cref="RandomStream.Problem"/>).</summary>
    public static double[] RandomOrthogonal(int d, ulong seed)
    {
        CheckInputs(d);
        var rng = new CounterRandom(seed, RandomStream.Problem);
        var q = new double[d * d];
        for (int i = 0; i < q.Length; i++) q[i] = rng.NextGaussian();
        // Modified Gram–Schmidt on the rows, twice ("twice is enough"), then normalise.
        for (int r = 0; r < d; r++)
        {
            var row = q.AsSpan(r * d, d);
            for (int pass = 0; pass < 2; pass++)
                for (int s = 0; s < r; s++)
                {
                    var prev = q.AsSpan(s * d, d);
                    double dot = 0;
                    for (int c = 0; c < d; c++) dot += row[c] * prev[c];
                    for (int c = 0; c < d; c++) row[c] -= dot * prev[c];
                }
            double norm = 0;
            for (int c = 0; c < d; c++) norm += row[c] * row[c];
            norm = Math.Sqrt(norm);
            if (!(norm > 1e-12)) throw new InvalidOperationException($"Gaussian matrix is numerically singular at row {r} (d = {d}, seed {seed})");
            for (int c = 0; c < d; c++) row[c] /= norm;
        }
        return q;
    }

    /// <inheritdoc/>
    public string Name => "abs-teacher";
    /// <inheritdoc/>
    public int Inputs { get; }
    /// <summary>W*, row-major d × d: row r is w*_r.</summary>
    public double[] TeacherW { get; }
    /// <summary>The teacher's output weights a_r (positive, summing to 1).</summary>
    public double[] TeacherA { get; }
    /// <summary>Whether W* is the identity.</summary>
    public bool IsIdentity { get; }
    /// <inheritdoc/>
    public bool IsRegression => true;
    /// <inheritdoc/>
    public bool SupportsOnline => true;

    /// <inheritdoc/>
    public string Describe()
    {
        bool uniform = TeacherA.All(a => Math.Abs(a - 1.0 / Inputs) <= 1e-12);
        return string.Create(CultureInfo.InvariantCulture,
            $"abs-teacher d={Inputs}: x ~ N(0, I), y = sum_r a_r |w*_r.x|, W*={(IsIdentity ? "identity" : "random orthogonal")}, a={(uniform ? "1/d" : "custom")}");
    }

    /// <summary>f*(x) = Σ_r a_r·|w*_r·x|.</summary>
    public double Target(ReadOnlySpan<double> x)
    {
        if (x.Length != Inputs) throw new ArgumentException($"x has {x.Length} values, expected d = {Inputs}", nameof(x));
        return Target<double>(x);
    }

    /// <inheritdoc/>
    public void FillBatch<T>(ulong seed, long batchIndex, Span<T> x, Span<T> y, Span<T> yClean) where T : unmanaged, IFloatingPointIeee754<T>
    {
        SourceStreams.CheckBatch(Inputs, batchIndex, x, y, yClean);
        var rng = new CounterRandom(seed, RandomStream.Data, (ulong)batchIndex);
        Fill(ref rng, x, y);
        if (yClean.Length != 0) y.CopyTo(yClean);
    }

    /// <inheritdoc/>
    public Dataset<T> TrainingSet<T>(ulong seed, int count) where T : unmanaged, IFloatingPointIeee754<T> =>
        Make<T>(new CounterRandom(seed, RandomStream.Data, SourceStreams.FixedSet), count);

    /// <inheritdoc/>
    public Dataset<T> TestSet<T>(ulong seed, int count) where T : unmanaged, IFloatingPointIeee754<T> =>
        Make<T>(new CounterRandom(seed, RandomStream.TestData), count);

    private Dataset<T> Make<T>(CounterRandom rng, int count) where T : unmanaged, IFloatingPointIeee754<T>
    {
        SourceStreams.CheckCount(count);
        var x = new T[checked(count * Inputs)];
        var y = new T[count];
        Fill(ref rng, x, y);
        return new Dataset<T>(count, Inputs, x, y);
    }

    private void Fill<T>(ref CounterRandom rng, Span<T> x, Span<T> y) where T : unmanaged, IFloatingPointIeee754<T>
    {
        for (int c = 0; c < x.Length; c++) x[c] = T.CreateTruncating(rng.NextGaussian());
        // The target is computed in double from the stored (possibly rounded) inputs, so y = f*(x) holds for the x the kernel sees.
        for (int i = 0; i < y.Length; i++) y[i] = T.CreateTruncating(Target<T>(x.Slice(i * Inputs, Inputs)));
    }

    private double Target<T>(ReadOnlySpan<T> x) where T : unmanaged, IFloatingPointIeee754<T>
    {
        int d = Inputs;
        double sum = 0;
        if (IsIdentity)
        {
            for (int r = 0; r < d; r++) sum += TeacherA[r] * Math.Abs(double.CreateTruncating(x[r]));
            return sum;
        }
        for (int r = 0; r < d; r++)
        {
            var w = TeacherW.AsSpan(r * d, d);
            double dot = 0;
            for (int c = 0; c < d; c++) dot += w[c] * double.CreateTruncating(x[c]);
            sum += TeacherA[r] * Math.Abs(dot);
        }
        return sum;
    }

    private static int CheckInputs(int inputs)
    {
        if (inputs < 1 || inputs > 4096)
            throw new ArgumentOutOfRangeException(nameof(inputs), inputs, $"the absolute-value teacher needs d between 1 and 4096, got d = {inputs}");
        return inputs;
    }

    private static double[] CheckTeacherA(int inputs, double[]? teacherA)
    {
        if (teacherA is null) return Enumerable.Repeat(1.0 / inputs, inputs).ToArray();
        if (teacherA.Length != inputs)
            throw new ArgumentException($"the teacher has {teacherA.Length} output weights a_r, expected d = {inputs}", nameof(teacherA));
        double sum = 0;
        for (int r = 0; r < inputs; r++)
        {
            if (!(teacherA[r] > 0 && double.IsFinite(teacherA[r])))
                throw new ArgumentException(FormattableString.Invariant($"teacher weight a_{r} must be a finite number > 0, got {teacherA[r]}"), nameof(teacherA));
            sum += teacherA[r];
        }
        if (!(Math.Abs(sum - 1) <= Tolerance))
            throw new ArgumentException(FormattableString.Invariant($"teacher weights a_r must sum to 1, got {sum}"), nameof(teacherA));
        return (double[])teacherA.Clone();
    }
}
