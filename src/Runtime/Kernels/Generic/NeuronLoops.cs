using XorGen.Operators;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics.Arm;
using System.Runtime.Intrinsics.X86;

namespace XorGen;

/// <summary>The vectorised phases of a step, over one thread's share of the neurons.</summary>
internal abstract class NeuronLoops<T> where T : unmanaged, IFloatingPointIeee754<T>
{
    /// <summary>Lanes per register.</summary>
    public abstract int Lanes { get; }
    /// <summary>Norms (when asked) then pre-activations and the per-row partial sums Σ_j a_j σ(z_ij) of thread <paramref name="thread"/>.</summary>
    public abstract void Forward(GenericState<T> state, int thread);
    /// <summary>Δ, the a and b sums, then the W gradient (fused with the update when <see cref="GenericState{T}.Update"/>).</summary>
    public abstract void Backward(GenericState<T> state, int thread);
}

/// <summary>
/// The phases for one rung of the vector ladder and one activation; the JIT specializes every method
/// for the struct type arguments, so the activation and the register width are inlined constants.
/// </summary>
internal sealed class NeuronLoops<T, TOps, TVec, TAct> : NeuronLoops<T>
    where T : unmanaged, IFloatingPointIeee754<T>
    where TOps : struct, IVectorOps<TVec, T>
    where TVec : struct
    where TAct : struct, IActivationOperator
{
    private readonly ActivationConstants<TVec> _c;

    public NeuronLoops(ModelSpec spec)
    {
        _c = ActivationConstants.For<TAct, T, TOps, TVec>(spec.ActivationParameter);
    }

    public override int Lanes => TOps.Count;

    /// <summary>
    /// Whether 32 vector registers are available (AVX-512 machines, for every width; ARM64): then the products use
    /// 4 × 4 register tiles (16 accumulators), falling back to 4 × 2 only for a final block. Both tiles add in the same order, so the choice never changes a result. With 16 registers (AVX2,
    /// SSE) and on the scalar rung they stay with 4 × 2 (8 accumulators), which does not spill.
    /// </summary>
    private static bool Wide => TOps.Count > 1 && (Avx512F.IsSupported || AdvSimd.Arm64.IsSupported);

    [MethodImpl(MethodImplOptions.NoInlining | MethodImplOptions.AggressiveOptimization)] // hot from the first step: fully optimized at once, not tier 0 + OSR; never a second, PGO-inlined copy
    public override void Forward(GenericState<T> state, int thread)
    {
        int j0 = state.Split[thread], j1 = state.Split[thread + 1];
        int lanes = TOps.Count;
        if (state.ComputeNorms) Norms(state, j0, j1);
        Span<T> fAcc = state.FAcc.AsSpan(thread * state.RowCapacity * lanes, state.PaddedRows * lanes);
        fAcc.Clear();
        if (j0 == j1) return;
        ref T f = ref MemoryMarshal.GetReference(fAcc);
        int j = j0;
        if (Wide)
            for (; j + 4 * lanes <= j1; j += 4 * lanes)
                for (int i = 0; i < state.PaddedRows; i += 4)
                    Forward4x4(state, i, j, ref Unsafe.Add(ref f, i * lanes));
        for (; j < j1; j += 2 * lanes)
            for (int i = 0; i < state.PaddedRows; i += 4)
                Forward4x2(state, i, j, ref Unsafe.Add(ref f, i * lanes));
    }

    /// <summary>‖w_j‖² for the share, vectorised over neurons; for a tied output also a_j = ‖w_j‖.</summary>
    [MethodImpl(MethodImplOptions.NoInlining | MethodImplOptions.AggressiveOptimization)] // its own method: fully optimized at once too, never inlined
    private static void Norms(GenericState<T> state, int j0, int j1)
    {
        int lanes = TOps.Count, mp = state.Mp, dp = state.Dp;
        ref T wt = ref state.Wt.Start;
        for (int j = j0; j < j1; j += lanes)
        {
            TVec acc = TOps.Zero;
            ref T w = ref Unsafe.Add(ref wt, j);
            for (int k = 0; k < dp; k++)
            {
                TVec v = TOps.Load(ref w);
                acc = TOps.MultiplyAdd(v, v, acc);
                w = ref Unsafe.Add(ref w, mp);
            }
            TOps.Store(acc, ref Unsafe.Add(ref state.Norm2.Start, j));
            if (state.Tied)
            {
                TVec norm = TOps.Sqrt(acc);
                TOps.Store(norm, ref Unsafe.Add(ref state.Norm.Start, j));
                TOps.Store(norm, ref Unsafe.Add(ref state.A.Start, j));
            }
        }
    }

    /// <summary>
    /// Pre-activations of rows i..i+3 for neurons j..j+2L−1: 4 rows × 2 registers of accumulators, one broadcast of x_ik per row
    /// and two loads of Wt row k per k. Epilogue: store z, add a·σ(z) into the rows' partial sums.
    /// </summary>
    // Its own method, fully optimized at once: marked AggressiveInlining before, the JIT declined to inline it (too big)
    // and compiled it through tier 0 with its vector helpers as calls, up to 14x slower, for the first 0.2-1 s of a process.
    [MethodImpl(MethodImplOptions.NoInlining | MethodImplOptions.AggressiveOptimization)]
    private void Forward4x2(GenericState<T> state, int i, int j, ref T fRow)
    {
        int lanes = TOps.Count, dp = state.Dp, mp = state.Mp, xld = state.Xld;
        ref T x0 = ref Unsafe.Add(ref state.X.Start, i * xld);
        ref T x1 = ref Unsafe.Add(ref x0, xld);
        ref T x2 = ref Unsafe.Add(ref x0, 2 * xld);
        ref T x3 = ref Unsafe.Add(ref x0, 3 * xld);
        ref T w = ref Unsafe.Add(ref state.Wt.Start, j);
        TVec b0 = TOps.Zero, b1 = TOps.Zero;
        if (state.HasBias)
        {
            b0 = TOps.Load(ref Unsafe.Add(ref state.Bias.Start, j));
            b1 = TOps.Load(ref Unsafe.Add(ref state.Bias.Start, j + lanes));
        }
        TVec c00 = b0, c01 = b1, c10 = b0, c11 = b1, c20 = b0, c21 = b1, c30 = b0, c31 = b1;
        for (int k = 0; k < dp; k++)
        {
            TVec w0 = TOps.Load(ref w);
            TVec w1 = TOps.Load(ref Unsafe.Add(ref w, lanes));
            TVec x = TOps.Splat(Unsafe.Add(ref x0, k));
            c00 = TOps.MultiplyAdd(x, w0, c00);
            c01 = TOps.MultiplyAdd(x, w1, c01);
            x = TOps.Splat(Unsafe.Add(ref x1, k));
            c10 = TOps.MultiplyAdd(x, w0, c10);
            c11 = TOps.MultiplyAdd(x, w1, c11);
            x = TOps.Splat(Unsafe.Add(ref x2, k));
            c20 = TOps.MultiplyAdd(x, w0, c20);
            c21 = TOps.MultiplyAdd(x, w1, c21);
            x = TOps.Splat(Unsafe.Add(ref x3, k));
            c30 = TOps.MultiplyAdd(x, w0, c30);
            c31 = TOps.MultiplyAdd(x, w1, c31);
            w = ref Unsafe.Add(ref w, mp);
        }
        TVec a0 = TOps.Load(ref Unsafe.Add(ref state.A.Start, j));
        TVec a1 = TOps.Load(ref Unsafe.Add(ref state.A.Start, j + lanes));
        ref T z = ref Unsafe.Add(ref state.Z.Start, i * mp + j);
        FinishRow(ref z, ref fRow, c00, c01, a0, a1);
        FinishRow(ref Unsafe.Add(ref z, mp), ref Unsafe.Add(ref fRow, lanes), c10, c11, a0, a1);
        FinishRow(ref Unsafe.Add(ref z, 2 * mp), ref Unsafe.Add(ref fRow, 2 * lanes), c20, c21, a0, a1);
        FinishRow(ref Unsafe.Add(ref z, 3 * mp), ref Unsafe.Add(ref fRow, 3 * lanes), c30, c31, a0, a1);
    }

    /// <summary>As <see cref="Forward4x2"/> with 4 registers of neurons (16 accumulators): the 512-bit tile.</summary>
    // Its own method, fully optimized at once: marked AggressiveInlining before, the JIT declined to inline it (too big)
    // and compiled it through tier 0 with its vector helpers as calls, up to 14x slower, for the first 0.2-1 s of a process.
    [MethodImpl(MethodImplOptions.NoInlining | MethodImplOptions.AggressiveOptimization)]
    private void Forward4x4(GenericState<T> state, int i, int j, ref T fRow)
    {
        int lanes = TOps.Count, dp = state.Dp, mp = state.Mp, xld = state.Xld;
        ref T x0 = ref Unsafe.Add(ref state.X.Start, i * xld);
        ref T x1 = ref Unsafe.Add(ref x0, xld);
        ref T x2 = ref Unsafe.Add(ref x0, 2 * xld);
        ref T x3 = ref Unsafe.Add(ref x0, 3 * xld);
        ref T w = ref Unsafe.Add(ref state.Wt.Start, j);
        TVec b0 = TOps.Zero, b1 = TOps.Zero, b2 = TOps.Zero, b3 = TOps.Zero;
        if (state.HasBias)
        {
            ref T bias = ref Unsafe.Add(ref state.Bias.Start, j);
            b0 = TOps.Load(ref bias);
            b1 = TOps.Load(ref Unsafe.Add(ref bias, lanes));
            b2 = TOps.Load(ref Unsafe.Add(ref bias, 2 * lanes));
            b3 = TOps.Load(ref Unsafe.Add(ref bias, 3 * lanes));
        }
        TVec c00 = b0, c01 = b1, c02 = b2, c03 = b3, c10 = b0, c11 = b1, c12 = b2, c13 = b3;
        TVec c20 = b0, c21 = b1, c22 = b2, c23 = b3, c30 = b0, c31 = b1, c32 = b2, c33 = b3;
        for (int k = 0; k < dp; k++)
        {
            TVec w0 = TOps.Load(ref w);
            TVec w1 = TOps.Load(ref Unsafe.Add(ref w, lanes));
            TVec w2 = TOps.Load(ref Unsafe.Add(ref w, 2 * lanes));
            TVec w3 = TOps.Load(ref Unsafe.Add(ref w, 3 * lanes));
            TVec x = TOps.Splat(Unsafe.Add(ref x0, k));
            c00 = TOps.MultiplyAdd(x, w0, c00);
            c01 = TOps.MultiplyAdd(x, w1, c01);
            c02 = TOps.MultiplyAdd(x, w2, c02);
            c03 = TOps.MultiplyAdd(x, w3, c03);
            x = TOps.Splat(Unsafe.Add(ref x1, k));
            c10 = TOps.MultiplyAdd(x, w0, c10);
            c11 = TOps.MultiplyAdd(x, w1, c11);
            c12 = TOps.MultiplyAdd(x, w2, c12);
            c13 = TOps.MultiplyAdd(x, w3, c13);
            x = TOps.Splat(Unsafe.Add(ref x2, k));
            c20 = TOps.MultiplyAdd(x, w0, c20);
            c21 = TOps.MultiplyAdd(x, w1, c21);
            c22 = TOps.MultiplyAdd(x, w2, c22);
            c23 = TOps.MultiplyAdd(x, w3, c23);
            x = TOps.Splat(Unsafe.Add(ref x3, k));
            c30 = TOps.MultiplyAdd(x, w0, c30);
            c31 = TOps.MultiplyAdd(x, w1, c31);
            c32 = TOps.MultiplyAdd(x, w2, c32);
            c33 = TOps.MultiplyAdd(x, w3, c33);
            w = ref Unsafe.Add(ref w, mp);
        }
        ref T a = ref Unsafe.Add(ref state.A.Start, j);
        TVec a0 = TOps.Load(ref a), a1 = TOps.Load(ref Unsafe.Add(ref a, lanes));
        TVec a2 = TOps.Load(ref Unsafe.Add(ref a, 2 * lanes)), a3 = TOps.Load(ref Unsafe.Add(ref a, 3 * lanes));
        ref T z = ref Unsafe.Add(ref state.Z.Start, i * mp + j);
        // Same order of the per-row partial sum as two 4×2 tiles: neurons j..j+2L−1 first, then the next 2L.
        FinishRow(ref z, ref fRow, c00, c01, a0, a1);
        FinishRow(ref Unsafe.Add(ref z, 2 * lanes), ref fRow, c02, c03, a2, a3);
        FinishRow(ref Unsafe.Add(ref z, mp), ref Unsafe.Add(ref fRow, lanes), c10, c11, a0, a1);
        FinishRow(ref Unsafe.Add(ref z, mp + 2 * lanes), ref Unsafe.Add(ref fRow, lanes), c12, c13, a2, a3);
        FinishRow(ref Unsafe.Add(ref z, 2 * mp), ref Unsafe.Add(ref fRow, 2 * lanes), c20, c21, a0, a1);
        FinishRow(ref Unsafe.Add(ref z, 2 * mp + 2 * lanes), ref Unsafe.Add(ref fRow, 2 * lanes), c22, c23, a2, a3);
        FinishRow(ref Unsafe.Add(ref z, 3 * mp), ref Unsafe.Add(ref fRow, 3 * lanes), c30, c31, a0, a1);
        FinishRow(ref Unsafe.Add(ref z, 3 * mp + 2 * lanes), ref Unsafe.Add(ref fRow, 3 * lanes), c32, c33, a2, a3);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void FinishRow(ref T z, ref T fRow, TVec z0, TVec z1, TVec a0, TVec a1)
    {
        TOps.Store(z0, ref z);
        TOps.Store(z1, ref Unsafe.Add(ref z, TOps.Count));
        TVec f = TOps.Load(ref fRow);
        f = TOps.MultiplyAdd(a0, TAct.Value<T, TOps, TVec>(z0, in _c), f);
        f = TOps.MultiplyAdd(a1, TAct.Value<T, TOps, TVec>(z1, in _c), f);
        TOps.Store(f, ref fRow);
    }

    [MethodImpl(MethodImplOptions.NoInlining | MethodImplOptions.AggressiveOptimization)] // hot from the first step: fully optimized at once, not tier 0 + OSR; never a second, PGO-inlined copy
    public override void Backward(GenericState<T> state, int thread)
    {
        int j0 = state.Split[thread], j1 = state.Split[thread + 1];
        if (j0 == j1) return;
        int lanes = TOps.Count;
        for (int j = j0; j < j1; j += lanes) Deltas(state, j);
        if (!state.TrainFirst) return;
        int jb = j0;
        if (Wide)
            for (; jb + 4 * lanes <= j1; jb += 4 * lanes)
                for (int k = 0; k < state.Dp; k += 4)
                    Gradient4x4(state, k, jb);
        for (; jb < j1; jb += 2 * lanes)
            for (int k = 0; k < state.Dp; k += 4)
                Gradient4x2(state, k, jb);
    }

    /// <summary>
    /// For one register of neurons: Δ_ij = (g_i s)·a_j·σ'(z_ij) written over z, Σ_i g_i s σ(z_ij) (= ∂L/∂a_j) and Σ_i Δ_ij (= ∂L/∂b_j);
    /// then the tied-output coefficient, the truncation mask, and the updates of a and b.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining | MethodImplOptions.AggressiveOptimization)] // its own method: fully optimized at once too, never inlined
    private void Deltas(GenericState<T> state, int j)
    {
        int mp = state.Mp;
        TVec a = TOps.Load(ref Unsafe.Add(ref state.A.Start, j));
        TVec sumA = TOps.Zero, sumB = TOps.Zero;
        ref T z = ref Unsafe.Add(ref state.Z.Start, j);
        ref T gs = ref state.Gs.Start;
        bool needA = state.TrainSecond || state.Tied;
        for (int i = 0; i < state.Rows; i++)
        {
            TVec zi = TOps.Load(ref z);
            TVec g = TOps.Splat(Unsafe.Add(ref gs, i));
            if (needA) sumA = TOps.MultiplyAdd(g, TAct.Value<T, TOps, TVec>(zi, in _c), sumA);
            if (state.TrainFirst)
            {
                TVec delta = TOps.Multiply(TOps.Multiply(g, a), TAct.Derivative<T, TOps, TVec>(zi, in _c));
                TOps.Store(delta, ref z);
                sumB = TOps.Add(sumB, delta);
            }
            z = ref Unsafe.Add(ref z, mp);
        }
        TOps.Store(sumA, ref Unsafe.Add(ref state.SumA.Start, j));
        TOps.Store(sumB, ref Unsafe.Add(ref state.SumB.Start, j));
        if (state.Tied)
        {
            TVec norm = TOps.Load(ref Unsafe.Add(ref state.Norm.Start, j));
            TOps.Store(TOps.IfGreater(norm, TOps.Zero, TOps.Divide(sumA, norm), TOps.Zero), ref Unsafe.Add(ref state.TiedCoef.Start, j));
        }
        if (!state.Update) return;
        TVec keep = state.Truncate ? TOps.IfGreater(TOps.Load(ref Unsafe.Add(ref state.Norm2.Start, j)), TOps.Splat(state.Cap), TOps.Zero, TOps.One) : TOps.One;
        TOps.Store(TOps.Multiply(keep, TOps.Splat(state.RateW)), ref Unsafe.Add(ref state.CoefW.Start, j));
        if (state.TrainSecond)
            TOps.Store(TOps.Subtract(a, TOps.Multiply(TOps.Multiply(keep, TOps.Splat(state.RateA)), sumA)), ref Unsafe.Add(ref state.A.Start, j));
        if (state.HasBias && state.TrainFirst)
        {
            TVec b = TOps.Load(ref Unsafe.Add(ref state.Bias.Start, j));
            TOps.Store(TOps.Subtract(b, TOps.Multiply(TOps.Multiply(keep, TOps.Splat(state.RateB)), sumB)), ref Unsafe.Add(ref state.Bias.Start, j));
        }
    }

    /// <summary>As <see cref="Gradient4x2"/> with 4 registers of neurons (16 accumulators): the 512-bit tile.</summary>
    [MethodImpl(MethodImplOptions.NoInlining | MethodImplOptions.AggressiveOptimization)] // its own method: fully optimized at once too, never inlined
    private static void Gradient4x4(GenericState<T> state, int k, int j)
    {
        int lanes = TOps.Count, xld = state.Xld, mp = state.Mp;
        ref T x = ref Unsafe.Add(ref state.X.Start, k);
        ref T dz = ref Unsafe.Add(ref state.Z.Start, j);
        TVec c00 = TOps.Zero, c01 = TOps.Zero, c02 = TOps.Zero, c03 = TOps.Zero, c10 = TOps.Zero, c11 = TOps.Zero, c12 = TOps.Zero, c13 = TOps.Zero;
        TVec c20 = TOps.Zero, c21 = TOps.Zero, c22 = TOps.Zero, c23 = TOps.Zero, c30 = TOps.Zero, c31 = TOps.Zero, c32 = TOps.Zero, c33 = TOps.Zero;
        for (int i = 0; i < state.Rows; i++)
        {
            TVec d0 = TOps.Load(ref dz);
            TVec d1 = TOps.Load(ref Unsafe.Add(ref dz, lanes));
            TVec d2 = TOps.Load(ref Unsafe.Add(ref dz, 2 * lanes));
            TVec d3 = TOps.Load(ref Unsafe.Add(ref dz, 3 * lanes));
            TVec v = TOps.Splat(x);
            c00 = TOps.MultiplyAdd(v, d0, c00);
            c01 = TOps.MultiplyAdd(v, d1, c01);
            c02 = TOps.MultiplyAdd(v, d2, c02);
            c03 = TOps.MultiplyAdd(v, d3, c03);
            v = TOps.Splat(Unsafe.Add(ref x, 1));
            c10 = TOps.MultiplyAdd(v, d0, c10);
            c11 = TOps.MultiplyAdd(v, d1, c11);
            c12 = TOps.MultiplyAdd(v, d2, c12);
            c13 = TOps.MultiplyAdd(v, d3, c13);
            v = TOps.Splat(Unsafe.Add(ref x, 2));
            c20 = TOps.MultiplyAdd(v, d0, c20);
            c21 = TOps.MultiplyAdd(v, d1, c21);
            c22 = TOps.MultiplyAdd(v, d2, c22);
            c23 = TOps.MultiplyAdd(v, d3, c23);
            v = TOps.Splat(Unsafe.Add(ref x, 3));
            c30 = TOps.MultiplyAdd(v, d0, c30);
            c31 = TOps.MultiplyAdd(v, d1, c31);
            c32 = TOps.MultiplyAdd(v, d2, c32);
            c33 = TOps.MultiplyAdd(v, d3, c33);
            x = ref Unsafe.Add(ref x, xld);
            dz = ref Unsafe.Add(ref dz, mp);
        }
        Finish(state, k, j, c00, c01, c10, c11, c20, c21, c30, c31);
        Finish(state, k, j + 2 * lanes, c02, c03, c12, c13, c22, c23, c32, c33);
    }

    /// <summary>
    /// Rows k..k+3 of Gᵀ = Xᵀ·Δ for neurons j..j+2L−1: 4 × 2 registers of accumulators over the batch, then
    /// (tied output) + (Σ_i g_i s σ(z_ij)/‖w_j‖)·w_jk, and either the update Wt −= coef·G in place or a store into Gt.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining | MethodImplOptions.AggressiveOptimization)] // its own method: fully optimized at once too, never inlined
    private static void Gradient4x2(GenericState<T> state, int k, int j)
    {
        int lanes = TOps.Count, xld = state.Xld, mp = state.Mp;
        ref T x = ref Unsafe.Add(ref state.X.Start, k);
        ref T dz = ref Unsafe.Add(ref state.Z.Start, j);
        TVec c00 = TOps.Zero, c01 = TOps.Zero, c10 = TOps.Zero, c11 = TOps.Zero;
        TVec c20 = TOps.Zero, c21 = TOps.Zero, c30 = TOps.Zero, c31 = TOps.Zero;
        for (int i = 0; i < state.Rows; i++)
        {
            TVec d0 = TOps.Load(ref dz);
            TVec d1 = TOps.Load(ref Unsafe.Add(ref dz, lanes));
            TVec v = TOps.Splat(x);
            c00 = TOps.MultiplyAdd(v, d0, c00);
            c01 = TOps.MultiplyAdd(v, d1, c01);
            v = TOps.Splat(Unsafe.Add(ref x, 1));
            c10 = TOps.MultiplyAdd(v, d0, c10);
            c11 = TOps.MultiplyAdd(v, d1, c11);
            v = TOps.Splat(Unsafe.Add(ref x, 2));
            c20 = TOps.MultiplyAdd(v, d0, c20);
            c21 = TOps.MultiplyAdd(v, d1, c21);
            v = TOps.Splat(Unsafe.Add(ref x, 3));
            c30 = TOps.MultiplyAdd(v, d0, c30);
            c31 = TOps.MultiplyAdd(v, d1, c31);
            x = ref Unsafe.Add(ref x, xld);
            dz = ref Unsafe.Add(ref dz, mp);
        }
        Finish(state, k, j, c00, c01, c10, c11, c20, c21, c30, c31);
    }

    /// <summary>The epilogue of a 4 × 2 gradient tile: tied term, then the fused update or the store into Gt.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Finish(GenericState<T> state, int k, int j, TVec c00, TVec c01, TVec c10, TVec c11, TVec c20, TVec c21, TVec c30, TVec c31)
    {
        int lanes = TOps.Count, mp = state.Mp;
        ref T w = ref Unsafe.Add(ref state.Wt.Start, k * mp + j);
        if (state.Update)
        {
            TVec r0 = TOps.Load(ref Unsafe.Add(ref state.CoefW.Start, j)), r1 = TOps.Load(ref Unsafe.Add(ref state.CoefW.Start, j + lanes));
            if (state.Tied)
            {
                TVec t0 = TOps.Load(ref Unsafe.Add(ref state.TiedCoef.Start, j)), t1 = TOps.Load(ref Unsafe.Add(ref state.TiedCoef.Start, j + lanes));
                UpdateTied(ref w, c00, c01, r0, r1, t0, t1);
                UpdateTied(ref Unsafe.Add(ref w, mp), c10, c11, r0, r1, t0, t1);
                UpdateTied(ref Unsafe.Add(ref w, 2 * mp), c20, c21, r0, r1, t0, t1);
                UpdateTied(ref Unsafe.Add(ref w, 3 * mp), c30, c31, r0, r1, t0, t1);
            }
            else
            {
                UpdateFree(ref w, c00, c01, r0, r1);
                UpdateFree(ref Unsafe.Add(ref w, mp), c10, c11, r0, r1);
                UpdateFree(ref Unsafe.Add(ref w, 2 * mp), c20, c21, r0, r1);
                UpdateFree(ref Unsafe.Add(ref w, 3 * mp), c30, c31, r0, r1);
            }
        }
        else
        {
            ref T g = ref Unsafe.Add(ref state.Gt!.Start, k * mp + j);
            TVec t0 = TOps.Zero, t1 = TOps.Zero;
            if (state.Tied)
            {
                t0 = TOps.Load(ref Unsafe.Add(ref state.TiedCoef.Start, j));
                t1 = TOps.Load(ref Unsafe.Add(ref state.TiedCoef.Start, j + lanes));
            }
            for (int r = 0; r < 4; r++)
            {
                (TVec g0, TVec g1) = r switch { 0 => (c00, c01), 1 => (c10, c11), 2 => (c20, c21), _ => (c30, c31) };
                ref T wr = ref Unsafe.Add(ref w, r * mp);
                ref T gr = ref Unsafe.Add(ref g, r * mp);
                if (state.Tied)
                {
                    g0 = TOps.MultiplyAdd(t0, TOps.Load(ref wr), g0);
                    g1 = TOps.MultiplyAdd(t1, TOps.Load(ref Unsafe.Add(ref wr, lanes)), g1);
                }
                TOps.Store(g0, ref gr);
                TOps.Store(g1, ref Unsafe.Add(ref gr, lanes));
            }
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void UpdateFree(ref T w, TVec g0, TVec g1, TVec r0, TVec r1)
    {
        ref T w1 = ref Unsafe.Add(ref w, TOps.Count);
        TOps.Store(TOps.Subtract(TOps.Load(ref w), TOps.Multiply(r0, g0)), ref w);
        TOps.Store(TOps.Subtract(TOps.Load(ref w1), TOps.Multiply(r1, g1)), ref w1);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void UpdateTied(ref T w, TVec g0, TVec g1, TVec r0, TVec r1, TVec t0, TVec t1)
    {
        ref T w1 = ref Unsafe.Add(ref w, TOps.Count);
        TVec v0 = TOps.Load(ref w), v1 = TOps.Load(ref w1);
        TOps.Store(TOps.Subtract(v0, TOps.Multiply(r0, TOps.MultiplyAdd(t0, v0, g0))), ref w);
        TOps.Store(TOps.Subtract(v1, TOps.Multiply(r1, TOps.MultiplyAdd(t1, v1, g1))), ref w1);
    }
}
