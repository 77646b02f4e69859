// weight gradient Gᵀ[k, j] = Σ_i x_ik Δ_ij: 4 inputs × 4 vectors of neurons per tile, loop over the batch;
// epilogue: w ← w − rate_j·G, accumulate the new ‖w_j‖² (apply), or store G (gradient only)
[MethodImpl(MethodImplOptions.NoInlining | MethodImplOptions.AggressiveOptimization)]
private void GradientPass512(ref float xr, int rows, bool apply, int j0, int j1)
{
    ref float wt = ref _wt.Start;
    ref float delta = ref _z.Start;
    ref float rate = ref _rateW.Start;
    ref float norm2 = ref _norm2.Start;
    ref float gt = ref (apply ? _wt : _gradT!).Start;
    bool norms = apply && _norms; // ‖w_j‖² of the new weights, for a norm cap
    for (int j = j0; j < j1; j += 64)
    {
        Vector512<float> r0 = -Vector512.LoadUnsafe(ref rate, (nuint)j); // −rate_j: the update is one multiply-add
        Vector512<float> n0 = Vector512<float>.Zero;
        Vector512<float> r1 = -Vector512.LoadUnsafe(ref rate, (nuint)(j + 16)); // −rate_j: the update is one multiply-add
        Vector512<float> n1 = Vector512<float>.Zero;
        Vector512<float> r2 = -Vector512.LoadUnsafe(ref rate, (nuint)(j + 32)); // −rate_j: the update is one multiply-add
        Vector512<float> n2 = Vector512<float>.Zero;
        Vector512<float> r3 = -Vector512.LoadUnsafe(ref rate, (nuint)(j + 48)); // −rate_j: the update is one multiply-add
        Vector512<float> n3 = Vector512<float>.Zero;
        for (int k = 0; k < 32; k += 4)
        {
            Vector512<float> c00 = Vector512<float>.Zero;
            Vector512<float> c01 = Vector512<float>.Zero;
            Vector512<float> c02 = Vector512<float>.Zero;
            Vector512<float> c03 = Vector512<float>.Zero;
            Vector512<float> c10 = Vector512<float>.Zero;
            Vector512<float> c11 = Vector512<float>.Zero;
            Vector512<float> c12 = Vector512<float>.Zero;
            Vector512<float> c13 = Vector512<float>.Zero;
            Vector512<float> c20 = Vector512<float>.Zero;
            Vector512<float> c21 = Vector512<float>.Zero;
            Vector512<float> c22 = Vector512<float>.Zero;
            Vector512<float> c23 = Vector512<float>.Zero;
            Vector512<float> c30 = Vector512<float>.Zero;
            Vector512<float> c31 = Vector512<float>.Zero;
            Vector512<float> c32 = Vector512<float>.Zero;
            Vector512<float> c33 = Vector512<float>.Zero;
            ref float xi = ref Unsafe.Add(ref xr, k);
            ref float di = ref Unsafe.Add(ref delta, j);
            for (int i = 0; i < rows; i++)
            {
                Vector512<float> d0 = Vector512.LoadUnsafe(ref di);
                Vector512<float> d1 = Vector512.LoadUnsafe(ref di, (nuint)16);
                Vector512<float> d2 = Vector512.LoadUnsafe(ref di, (nuint)32);
                Vector512<float> d3 = Vector512.LoadUnsafe(ref di, (nuint)48);
                Vector512<float> x0 = Vector512.Create(Unsafe.Add(ref xi, 0));
                c00 = Vector512.FusedMultiplyAdd(x0, d0, c00);
                c01 = Vector512.FusedMultiplyAdd(x0, d1, c01);
                c02 = Vector512.FusedMultiplyAdd(x0, d2, c02);
                c03 = Vector512.FusedMultiplyAdd(x0, d3, c03);
                Vector512<float> x1 = Vector512.Create(Unsafe.Add(ref xi, 1));
                c10 = Vector512.FusedMultiplyAdd(x1, d0, c10);
                c11 = Vector512.FusedMultiplyAdd(x1, d1, c11);
                c12 = Vector512.FusedMultiplyAdd(x1, d2, c12);
                c13 = Vector512.FusedMultiplyAdd(x1, d3, c13);
                Vector512<float> x2 = Vector512.Create(Unsafe.Add(ref xi, 2));
                c20 = Vector512.FusedMultiplyAdd(x2, d0, c20);
                c21 = Vector512.FusedMultiplyAdd(x2, d1, c21);
                c22 = Vector512.FusedMultiplyAdd(x2, d2, c22);
                c23 = Vector512.FusedMultiplyAdd(x2, d3, c23);
                Vector512<float> x3 = Vector512.Create(Unsafe.Add(ref xi, 3));
                c30 = Vector512.FusedMultiplyAdd(x3, d0, c30);
                c31 = Vector512.FusedMultiplyAdd(x3, d1, c31);
                c32 = Vector512.FusedMultiplyAdd(x3, d2, c32);
                c33 = Vector512.FusedMultiplyAdd(x3, d3, c33);
                xi = ref Unsafe.Add(ref xi, D);
                di = ref Unsafe.Add(ref di, Ld);
            }
            Vector512<float> w00 = Vector512.LoadUnsafe(ref wt, (nuint)((k) * Ld + j));
            Vector512<float> w01 = Vector512.LoadUnsafe(ref wt, (nuint)((k) * Ld + j + 16));
            Vector512<float> w02 = Vector512.LoadUnsafe(ref wt, (nuint)((k) * Ld + j + 32));
            Vector512<float> w03 = Vector512.LoadUnsafe(ref wt, (nuint)((k) * Ld + j + 48));
            Vector512<float> w10 = Vector512.LoadUnsafe(ref wt, (nuint)((k + 1) * Ld + j));
            Vector512<float> w11 = Vector512.LoadUnsafe(ref wt, (nuint)((k + 1) * Ld + j + 16));
            Vector512<float> w12 = Vector512.LoadUnsafe(ref wt, (nuint)((k + 1) * Ld + j + 32));
            Vector512<float> w13 = Vector512.LoadUnsafe(ref wt, (nuint)((k + 1) * Ld + j + 48));
            Vector512<float> w20 = Vector512.LoadUnsafe(ref wt, (nuint)((k + 2) * Ld + j));
            Vector512<float> w21 = Vector512.LoadUnsafe(ref wt, (nuint)((k + 2) * Ld + j + 16));
            Vector512<float> w22 = Vector512.LoadUnsafe(ref wt, (nuint)((k + 2) * Ld + j + 32));
            Vector512<float> w23 = Vector512.LoadUnsafe(ref wt, (nuint)((k + 2) * Ld + j + 48));
            Vector512<float> w30 = Vector512.LoadUnsafe(ref wt, (nuint)((k + 3) * Ld + j));
            Vector512<float> w31 = Vector512.LoadUnsafe(ref wt, (nuint)((k + 3) * Ld + j + 16));
            Vector512<float> w32 = Vector512.LoadUnsafe(ref wt, (nuint)((k + 3) * Ld + j + 32));
            Vector512<float> w33 = Vector512.LoadUnsafe(ref wt, (nuint)((k + 3) * Ld + j + 48));
            if (apply)
            {
                w00 = Vector512.FusedMultiplyAdd(r0, c00, w00);
                Vector512.StoreUnsafe(w00, ref wt, (nuint)((k) * Ld + j));
                w01 = Vector512.FusedMultiplyAdd(r1, c01, w01);
                Vector512.StoreUnsafe(w01, ref wt, (nuint)((k) * Ld + j + 16));
                w02 = Vector512.FusedMultiplyAdd(r2, c02, w02);
                Vector512.StoreUnsafe(w02, ref wt, (nuint)((k) * Ld + j + 32));
                w03 = Vector512.FusedMultiplyAdd(r3, c03, w03);
                Vector512.StoreUnsafe(w03, ref wt, (nuint)((k) * Ld + j + 48));
                w10 = Vector512.FusedMultiplyAdd(r0, c10, w10);
                Vector512.StoreUnsafe(w10, ref wt, (nuint)((k + 1) * Ld + j));
                w11 = Vector512.FusedMultiplyAdd(r1, c11, w11);
                Vector512.StoreUnsafe(w11, ref wt, (nuint)((k + 1) * Ld + j + 16));
                w12 = Vector512.FusedMultiplyAdd(r2, c12, w12);
                Vector512.StoreUnsafe(w12, ref wt, (nuint)((k + 1) * Ld + j + 32));
                w13 = Vector512.FusedMultiplyAdd(r3, c13, w13);
                Vector512.StoreUnsafe(w13, ref wt, (nuint)((k + 1) * Ld + j + 48));
                w20 = Vector512.FusedMultiplyAdd(r0, c20, w20);
                Vector512.StoreUnsafe(w20, ref wt, (nuint)((k + 2) * Ld + j));
                w21 = Vector512.FusedMultiplyAdd(r1, c21, w21);
                Vector512.StoreUnsafe(w21, ref wt, (nuint)((k + 2) * Ld + j + 16));
                w22 = Vector512.FusedMultiplyAdd(r2, c22, w22);
                Vector512.StoreUnsafe(w22, ref wt, (nuint)((k + 2) * Ld + j + 32));
                w23 = Vector512.FusedMultiplyAdd(r3, c23, w23);
                Vector512.StoreUnsafe(w23, ref wt, (nuint)((k + 2) * Ld + j + 48));
                w30 = Vector512.FusedMultiplyAdd(r0, c30, w30);
                Vector512.StoreUnsafe(w30, ref wt, (nuint)((k + 3) * Ld + j));
                w31 = Vector512.FusedMultiplyAdd(r1, c31, w31);
                Vector512.StoreUnsafe(w31, ref wt, (nuint)((k + 3) * Ld + j + 16));
                w32 = Vector512.FusedMultiplyAdd(r2, c32, w32);
                Vector512.StoreUnsafe(w32, ref wt, (nuint)((k + 3) * Ld + j + 32));
                w33 = Vector512.FusedMultiplyAdd(r3, c33, w33);
                Vector512.StoreUnsafe(w33, ref wt, (nuint)((k + 3) * Ld + j + 48));
                if (norms)
                {
                    n0 = Vector512.FusedMultiplyAdd(w00, w00, n0);
                    n1 = Vector512.FusedMultiplyAdd(w01, w01, n1);
                    n2 = Vector512.FusedMultiplyAdd(w02, w02, n2);
                    n3 = Vector512.FusedMultiplyAdd(w03, w03, n3);
                    n0 = Vector512.FusedMultiplyAdd(w10, w10, n0);
                    n1 = Vector512.FusedMultiplyAdd(w11, w11, n1);
                    n2 = Vector512.FusedMultiplyAdd(w12, w12, n2);
                    n3 = Vector512.FusedMultiplyAdd(w13, w13, n3);
                    n0 = Vector512.FusedMultiplyAdd(w20, w20, n0);
                    n1 = Vector512.FusedMultiplyAdd(w21, w21, n1);
                    n2 = Vector512.FusedMultiplyAdd(w22, w22, n2);
                    n3 = Vector512.FusedMultiplyAdd(w23, w23, n3);
                    n0 = Vector512.FusedMultiplyAdd(w30, w30, n0);
                    n1 = Vector512.FusedMultiplyAdd(w31, w31, n1);
                    n2 = Vector512.FusedMultiplyAdd(w32, w32, n2);
                    n3 = Vector512.FusedMultiplyAdd(w33, w33, n3);
                }
            }
            else
            {
                Vector512.StoreUnsafe(c00, ref gt, (nuint)((k) * Ld + j));
                Vector512.StoreUnsafe(c01, ref gt, (nuint)((k) * Ld + j + 16));
                Vector512.StoreUnsafe(c02, ref gt, (nuint)((k) * Ld + j + 32));
                Vector512.StoreUnsafe(c03, ref gt, (nuint)((k) * Ld + j + 48));
                Vector512.StoreUnsafe(c10, ref gt, (nuint)((k + 1) * Ld + j));
                Vector512.StoreUnsafe(c11, ref gt, (nuint)((k + 1) * Ld + j + 16));
                Vector512.StoreUnsafe(c12, ref gt, (nuint)((k + 1) * Ld + j + 32));
                Vector512.StoreUnsafe(c13, ref gt, (nuint)((k + 1) * Ld + j + 48));
                Vector512.StoreUnsafe(c20, ref gt, (nuint)((k + 2) * Ld + j));
                Vector512.StoreUnsafe(c21, ref gt, (nuint)((k + 2) * Ld + j + 16));
                Vector512.StoreUnsafe(c22, ref gt, (nuint)((k + 2) * Ld + j + 32));
                Vector512.StoreUnsafe(c23, ref gt, (nuint)((k + 2) * Ld + j + 48));
                Vector512.StoreUnsafe(c30, ref gt, (nuint)((k + 3) * Ld + j));
                Vector512.StoreUnsafe(c31, ref gt, (nuint)((k + 3) * Ld + j + 16));
                Vector512.StoreUnsafe(c32, ref gt, (nuint)((k + 3) * Ld + j + 32));
                Vector512.StoreUnsafe(c33, ref gt, (nuint)((k + 3) * Ld + j + 48));
            }
        }
        if (norms)
        {
            Vector512.StoreUnsafe(n0, ref norm2, (nuint)j);
            Vector512.StoreUnsafe(n1, ref norm2, (nuint)(j + 16));
            Vector512.StoreUnsafe(n2, ref norm2, (nuint)(j + 32));
            Vector512.StoreUnsafe(n3, ref norm2, (nuint)(j + 48));
        }
    }
}
