using System.Numerics;

namespace XorGen;

/// <summary>
/// Parameters and workspace of a <see cref="GenericKernel{T}"/>, shared by the scalar driver and the vector loops.
/// Layouts (dp = d rounded up to 4, mp = m rounded up to two registers of neurons, plus two more registers when that
/// row would be a whole number of KiB, Bp = rows rounded up to 4):
/// <list type="bullet">
/// <item>Wt: dp × mp, row k holds w_{·k} for all neurons (neurons contiguous); padding is zero.</item>
/// <item>X: Bp × dp copy of the batch (zero-padded columns and rows), Z: Bp × mp pre-activations, overwritten by Δ.</item>
/// <item>per-neuron vectors of length mp: A, Bias, Norm2, Norm, SumA, SumB, TiedCoef, CoefW.</item>
/// </list>
/// </summary>
internal sealed class GenericState<T> where T : unmanaged, IFloatingPointIeee754<T>
{
    public GenericState(ModelSpec spec, int lanes, int threads)
    {
        D = spec.Inputs;
        M = spec.Width;
        Lanes = lanes;
        Dp = RoundUp(D, 4);
        Mp = RoundUp(M, 2 * lanes);
        // A row of Wt or Z that is a whole number of KiB puts the rows of a register tile 1, 2 or 4 KiB apart, in the
        // same few L1 sets, so the tile's weight block never stays in L1. One more block of zero neurons breaks the
        // alignment (zero neurons output nothing and get no gradient, like the rest of the padding).
        if (Mp * System.Runtime.CompilerServices.Unsafe.SizeOf<T>() % 1024 == 0) Mp += 2 * lanes;
        Threads = threads;
        Wt = new T[checked(Dp * Mp)];
        A = new T[Mp];
        Bias = new T[Mp];
        Norm2 = new T[Mp];
        Norm = new T[Mp];
        SumA = new T[Mp];
        SumB = new T[Mp];
        TiedCoef = new T[Mp];
        CoefW = new T[Mp];
        Split = new int[threads + 1];
        int blocks = Mp / (2 * lanes);
        for (int t = 0; t <= threads; t++) Split[t] = (int)((long)t * blocks / threads) * 2 * lanes;
        HasBias = spec.Bias;
        Tied = spec.Output == OutputLayer.TiedToNorm;
        TrainFirst = spec.TrainsFirst;
        TrainSecond = spec.TrainsSecond;
        Scale = spec.ScaleValue;
    }

    public readonly int D, M, Dp, Mp, Lanes, Threads;
    public readonly bool HasBias, Tied, TrainFirst, TrainSecond;
    public readonly double Scale;
    public readonly T[] Wt, A, Bias, Norm2, Norm, SumA, SumB, TiedCoef, CoefW;
    /// <summary>Neuron boundaries of each thread's share, in whole blocks of two registers.</summary>
    public readonly int[] Split;

    // Workspace, grown once per larger batch.
    public int RowCapacity;
    public T[] X = [], Z = [], Gs = [], FAcc = [];
    /// <summary>Gradient of W (dp × mp) for LossAndGradient; allocated on first use.</summary>
    public T[]? Gt;

    // Per-call settings read by the vector loops.
    public int Rows, PaddedRows;
    public bool ComputeNorms, Update, Truncate;
    public T RateW, RateA, RateB, Cap;

    public static int RoundUp(int value, int multiple) => checked((value + multiple - 1) / multiple * multiple);

    /// <summary>Makes the workspace hold <paramref name="rows"/> rows (rounded up to 4). Allocates only when it grows.</summary>
    public void EnsureRows(int rows)
    {
        int padded = RoundUp(Math.Max(rows, 1), 4);
        if (padded <= RowCapacity) return;
        X = new T[checked(padded * Dp)];
        Z = new T[checked(padded * Mp)];
        Gs = new T[padded];
        FAcc = new T[checked(Threads * padded * Lanes)];
        RowCapacity = padded;
    }

    /// <summary>Copies <paramref name="rows"/> rows of x into the padded workspace and zeroes the padding rows.</summary>
    public void LoadBatch(ReadOnlySpan<T> x, int rows)
    {
        EnsureRows(rows);
        Rows = rows;
        PaddedRows = RoundUp(Math.Max(rows, 1), 4);
        for (int i = 0; i < rows; i++) x.Slice(i * D, D).CopyTo(X.AsSpan(i * Dp, D));
        X.AsSpan(rows * Dp, (PaddedRows - rows) * Dp).Clear();
    }
}
