// weight gradient Gᵀ[k, j] = Σ_i x_ik Δ_ij: 4 inputs × 2 vectors of neurons per tile, loop over the batch;
// epilogue: w ← w − rate_j·G, accumulate the new ‖w_j‖² (apply), or store G (gradient only)
[MethodImpl(MethodImplOptions.NoInlining | MethodImplOptions.AggressiveOptimization)]
private void GradientPass256(ref float xr, int rows, bool apply, int j0, int j1)
{
    ref float wt = ref _wt.Start;
    ref float delta = ref _z.Start;
    ref float rate = ref _rateW.Start;
    ref float norm2 = ref _norm2.Start;
    ref float gt = ref (apply ? _wt : _gradT!).Start;
    bool norms = apply && _norms; // ‖w_j‖² of the new weights, for a norm cap
    for (int j = j0; j < j1; j += 16)
    {
        Vector256<float> r0 = -Vector256.LoadUnsafe(ref rate, (nuint)j); // −rate_j: the update is one multiply-add
        Vector256<float> n0 = Vector256<float>.Zero;
        Vector256<float> r1 = -Vector256.LoadUnsafe(ref rate, (nuint)(j + 8)); // −rate_j: the update is one multiply-add
        Vector256<float> n1 = Vector256<float>.Zero;
        // tail tile: the last 2 inputs (d mod 4)
        {
            Vector256<float> c00 = Vector256<float>.Zero;
            Vector256<float> c01 = Vector256<float>.Zero;
            Vector256<float> c10 = Vector256<float>.Zero;
            Vector256<float> c11 = Vector256<float>.Zero;
            ref float xi = ref Unsafe.Add(ref xr, 0);
            ref float di = ref Unsafe.Add(ref delta, j);
            for (int i = 0; i < rows; i++)
            {
                Vector256<float> d0 = Vector256.LoadUnsafe(ref di);
                Vector256<float> d1 = Vector256.LoadUnsafe(ref di, (nuint)8);
                Vector256<float> x0 = Vector256.Create(Unsafe.Add(ref xi, 0));
                c00 = Vector256.FusedMultiplyAdd(x0, d0, c00);
                c01 = Vector256.FusedMultiplyAdd(x0, d1, c01);
                Vector256<float> x1 = Vector256.Create(Unsafe.Add(ref xi, 1));
                c10 = Vector256.FusedMultiplyAdd(x1, d0, c10);
                c11 = Vector256.FusedMultiplyAdd(x1, d1, c11);
                xi = ref Unsafe.Add(ref xi, D);
                di = ref Unsafe.Add(ref di, Ld);
            }
            Vector256<float> w00 = Vector256.LoadUnsafe(ref wt, (nuint)((0) * Ld + j));
            Vector256<float> w01 = Vector256.LoadUnsafe(ref wt, (nuint)((0) * Ld + j + 8));
            Vector256<float> w10 = Vector256.LoadUnsafe(ref wt, (nuint)((0 + 1) * Ld + j));
            Vector256<float> w11 = Vector256.LoadUnsafe(ref wt, (nuint)((0 + 1) * Ld + j + 8));
            if (apply)
            {
                w00 = Vector256.FusedMultiplyAdd(r0, c00, w00);
                Vector256.StoreUnsafe(w00, ref wt, (nuint)((0) * Ld + j));
                w01 = Vector256.FusedMultiplyAdd(r1, c01, w01);
                Vector256.StoreUnsafe(w01, ref wt, (nuint)((0) * Ld + j + 8));
                w10 = Vector256.FusedMultiplyAdd(r0, c10, w10);
                Vector256.StoreUnsafe(w10, ref wt, (nuint)((0 + 1) * Ld + j));
                w11 = Vector256.FusedMultiplyAdd(r1, c11, w11);
                Vector256.StoreUnsafe(w11, ref wt, (nuint)((0 + 1) * Ld + j + 8));
                if (norms)
                {
                    n0 = Vector256.FusedMultiplyAdd(w00, w00, n0);
                    n1 = Vector256.FusedMultiplyAdd(w01, w01, n1);
                    n0 = Vector256.FusedMultiplyAdd(w10, w10, n0);
                    n1 = Vector256.FusedMultiplyAdd(w11, w11, n1);
                }
            }
            else
            {
                Vector256.StoreUnsafe(c00, ref gt, (nuint)((0) * Ld + j));
                Vector256.StoreUnsafe(c01, ref gt, (nuint)((0) * Ld + j + 8));
                Vector256.StoreUnsafe(c10, ref gt, (nuint)((0 + 1) * Ld + j));
                Vector256.StoreUnsafe(c11, ref gt, (nuint)((0 + 1) * Ld + j + 8));
            }
        }
        if (norms)
        {
            Vector256.StoreUnsafe(n0, ref norm2, (nuint)j);
            Vector256.StoreUnsafe(n1, ref norm2, (nuint)(j + 8));
        }
    }
}
