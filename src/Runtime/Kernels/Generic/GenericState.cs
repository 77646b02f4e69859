using System.Numerics;

namespace XorGen;

/// <summary>
/// Parameters and workspace of a <see cref="GenericKernel{T}"/>, shared by the scalar driver and the vector loops.
/// Layouts (dp = d rounded up to 4, Width = m rounded up to two registers of neurons, Bp = rows rounded up to 4):
/// <list type="bullet">
/// <item>Wt: dp rows of stride mp ≥ Width, row k holds w_{·k} for all neurons (neurons contiguous); padding is zero.</item>
/// <item>X: Bp rows of stride Xld ≥ dp, a copy of the batch (zero-padded columns and rows); Z: Bp rows of stride mp,
/// pre-activations, overwritten by Δ.</item>
/// <item>per-neuron vectors of length mp: A, Bias, Norm2, Norm, SumA, SumB, TiedCoef, CoefW.</item>
/// </list>
/// Row strides (<see cref="Stride"/>): a row that is a whole even number of cache lines gets one more line of zeros, so
/// consecutive rows fall in different L1 sets. With a stride of 2^n lines, the column a micro-kernel walks down (a
/// block of Wt in the forward product, a block of Z and four columns of X in the gradient product, one line per row)
/// maps to 64/2^n of the 64 sets of a 32 KiB 8-way L1, so a 128-row column of 512-byte rows (d = 128 or m = 128) gets
/// 64 lines of L1 for its 128 lines and misses to L2 at every step of the batch. An odd number of lines uses all sets.
/// The extra columns are never computed on (unlike padding neurons, they cost no flops).
/// </summary>
internal sealed class GenericState<T> where T : unmanaged, IFloatingPointIeee754<T>
{
    public GenericState(ModelSpec spec, int lanes, int threads)
    {
        D = spec.Inputs;
        M = spec.Width;
        Lanes = lanes;
        Dp = RoundUp(D, 4);
        Width = RoundUp(M, 2 * lanes);
        Mp = Stride(Width);
        Xld = Stride(Dp);
        Threads = threads;
        Wt = new AlignedArray<T>(checked(Dp * Mp));
        A = new AlignedArray<T>(Mp);
        Bias = new AlignedArray<T>(Mp);
        Norm2 = new AlignedArray<T>(Mp);
        Norm = new AlignedArray<T>(Mp);
        SumA = new AlignedArray<T>(Mp);
        SumB = new AlignedArray<T>(Mp);
        TiedCoef = new AlignedArray<T>(Mp);
        CoefW = new AlignedArray<T>(Mp);
        Split = new int[threads + 1];
        int blocks = Width / (2 * lanes);
        for (int t = 0; t <= threads; t++) Split[t] = (int)((long)t * blocks / threads) * 2 * lanes;
        HasBias = spec.Bias;
        Tied = spec.Output == OutputLayer.TiedToNorm;
        TrainFirst = spec.TrainsFirst;
        TrainSecond = spec.TrainsSecond;
        Scale = spec.ScaleValue;
    }

    /// <summary>d; d rounded up to 4 (the k extent of the products); m; m rounded up to two registers (the neurons computed
    /// on); the row stride of Wt, Z and Gt; the row stride of X; lanes per register; threads.</summary>
    public readonly int D, Dp, M, Width, Mp, Xld, Lanes, Threads;
    public readonly bool HasBias, Tied, TrainFirst, TrainSecond;
    public readonly double Scale;
    public readonly AlignedArray<T> Wt, A, Bias, Norm2, Norm, SumA, SumB, TiedCoef, CoefW;
    /// <summary>Neuron boundaries of each thread's share, in whole blocks of two registers.</summary>
    public readonly int[] Split;

    // Workspace, grown once per larger batch.
    public int RowCapacity;
    public AlignedArray<T> X = AlignedArray<T>.Empty, Z = AlignedArray<T>.Empty, Gs = AlignedArray<T>.Empty, FAcc = AlignedArray<T>.Empty;
    /// <summary>Gradient of W (dp × mp) for LossAndGradient; allocated on first use.</summary>
    public AlignedArray<T>? Gt;

    // Per-call settings read by the vector loops.
    public int Rows, PaddedRows;
    public bool ComputeNorms, Update, Truncate;
    public T RateW, RateA, RateB, Cap;

    public static int RoundUp(int value, int multiple) => checked((value + multiple - 1) / multiple * multiple);

    /// <summary>The row stride for rows of <paramref name="count"/> elements: one cache line (64 bytes) more when the row is a whole even number of lines.</summary>
    public static int Stride(int count)
    {
        int size = System.Runtime.CompilerServices.Unsafe.SizeOf<T>();
        return count * size % 128 == 0 ? checked(count + 64 / size) : count;
    }

    /// <summary>Makes the workspace hold <paramref name="rows"/> rows (rounded up to 4). Allocates only when it grows.</summary>
    public void EnsureRows(int rows)
    {
        int padded = RoundUp(Math.Max(rows, 1), 4);
        if (padded <= RowCapacity) return;
        X = new AlignedArray<T>(checked(padded * Xld));
        Z = new AlignedArray<T>(checked(padded * Mp));
        Gs = new AlignedArray<T>(padded);
        FAcc = new AlignedArray<T>(checked(Threads * padded * Lanes));
        RowCapacity = padded;
    }

    /// <summary>Copies <paramref name="rows"/> rows of x into the padded workspace and zeroes the padding rows.</summary>
    public void LoadBatch(ReadOnlySpan<T> x, int rows)
    {
        EnsureRows(rows);
        Rows = rows;
        PaddedRows = RoundUp(Math.Max(rows, 1), 4);
        Span<T> rowsX = X.AsSpan(0, PaddedRows * Xld);
        for (int i = 0; i < rows; i++) x.Slice(i * D, D).CopyTo(rowsX.Slice(i * Xld, D));
        rowsX.Slice(rows * Xld).Clear();
    }
}
