// weight gradient Gᵀ[k, j] = Σ_i x_ik Δ_ij: 4 inputs × 2 vectors of neurons per tile, loop over the batch;
// epilogue: w ← w − rate_j·G, accumulate the new ‖w_j‖² (apply), or store G (gradient only)
[MethodImpl(MethodImplOptions.NoInlining | MethodImplOptions.AggressiveOptimization)]
private void GradientPass128(ref float xr, int rows, bool apply, int j0, int j1)
{
    ref float wt = ref _wt.Start;
    ref float delta = ref _z.Start;
    ref float rate = ref _rateW.Start;
    ref float norm2 = ref _norm2.Start;
    ref float gt = ref (apply ? _wt : _gradT!).Start;
    bool norms = apply && _norms; // ‖w_j‖² of the new weights, for a norm cap
    for (int j = j0; j < j1; j += 8)
    {
        Vector128<float> r0 = -Vector128.LoadUnsafe(ref rate, (nuint)j); // −rate_j: the update is one multiply-add
        Vector128<float> n0 = Vector128<float>.Zero;
        Vector128<float> r1 = -Vector128.LoadUnsafe(ref rate, (nuint)(j + 4)); // −rate_j: the update is one multiply-add
        Vector128<float> n1 = Vector128<float>.Zero;
        for (int k = 0; k < 32; k += 4)
        {
            Vector128<float> c00 = Vector128<float>.Zero;
            Vector128<float> c01 = Vector128<float>.Zero;
            Vector128<float> c10 = Vector128<float>.Zero;
            Vector128<float> c11 = Vector128<float>.Zero;
            Vector128<float> c20 = Vector128<float>.Zero;
            Vector128<float> c21 = Vector128<float>.Zero;
            Vector128<float> c30 = Vector128<float>.Zero;
            Vector128<float> c31 = Vector128<float>.Zero;
            ref float xi = ref Unsafe.Add(ref xr, k);
            ref float di = ref Unsafe.Add(ref delta, j);
            for (int i = 0; i < rows; i++)
            {
                Vector128<float> d0 = Vector128.LoadUnsafe(ref di);
                Vector128<float> d1 = Vector128.LoadUnsafe(ref di, (nuint)4);
                Vector128<float> x0 = Vector128.Create(Unsafe.Add(ref xi, 0));
                c00 = (x0 * d0 + c00);
                c01 = (x0 * d1 + c01);
                Vector128<float> x1 = Vector128.Create(Unsafe.Add(ref xi, 1));
                c10 = (x1 * d0 + c10);
                c11 = (x1 * d1 + c11);
                Vector128<float> x2 = Vector128.Create(Unsafe.Add(ref xi, 2));
                c20 = (x2 * d0 + c20);
                c21 = (x2 * d1 + c21);
                Vector128<float> x3 = Vector128.Create(Unsafe.Add(ref xi, 3));
                c30 = (x3 * d0 + c30);
                c31 = (x3 * d1 + c31);
                xi = ref Unsafe.Add(ref xi, D);
                di = ref Unsafe.Add(ref di, Ld);
            }
            Vector128<float> w00 = Vector128.LoadUnsafe(ref wt, (nuint)((k) * Ld + j));
            Vector128<float> w01 = Vector128.LoadUnsafe(ref wt, (nuint)((k) * Ld + j + 4));
            Vector128<float> w10 = Vector128.LoadUnsafe(ref wt, (nuint)((k + 1) * Ld + j));
            Vector128<float> w11 = Vector128.LoadUnsafe(ref wt, (nuint)((k + 1) * Ld + j + 4));
            Vector128<float> w20 = Vector128.LoadUnsafe(ref wt, (nuint)((k + 2) * Ld + j));
            Vector128<float> w21 = Vector128.LoadUnsafe(ref wt, (nuint)((k + 2) * Ld + j + 4));
            Vector128<float> w30 = Vector128.LoadUnsafe(ref wt, (nuint)((k + 3) * Ld + j));
            Vector128<float> w31 = Vector128.LoadUnsafe(ref wt, (nuint)((k + 3) * Ld + j + 4));
            if (apply)
            {
                w00 = (r0 * c00 + w00);
                Vector128.StoreUnsafe(w00, ref wt, (nuint)((k) * Ld + j));
                w01 = (r1 * c01 + w01);
                Vector128.StoreUnsafe(w01, ref wt, (nuint)((k) * Ld + j + 4));
                w10 = (r0 * c10 + w10);
                Vector128.StoreUnsafe(w10, ref wt, (nuint)((k + 1) * Ld + j));
                w11 = (r1 * c11 + w11);
                Vector128.StoreUnsafe(w11, ref wt, (nuint)((k + 1) * Ld + j + 4));
                w20 = (r0 * c20 + w20);
                Vector128.StoreUnsafe(w20, ref wt, (nuint)((k + 2) * Ld + j));
                w21 = (r1 * c21 + w21);
                Vector128.StoreUnsafe(w21, ref wt, (nuint)((k + 2) * Ld + j + 4));
                w30 = (r0 * c30 + w30);
                Vector128.StoreUnsafe(w30, ref wt, (nuint)((k + 3) * Ld + j));
                w31 = (r1 * c31 + w31);
                Vector128.StoreUnsafe(w31, ref wt, (nuint)((k + 3) * Ld + j + 4));
                if (norms)
                {
                    n0 = (w00 * w00 + n0);
                    n1 = (w01 * w01 + n1);
                    n0 = (w10 * w10 + n0);
                    n1 = (w11 * w11 + n1);
                    n0 = (w20 * w20 + n0);
                    n1 = (w21 * w21 + n1);
                    n0 = (w30 * w30 + n0);
                    n1 = (w31 * w31 + n1);
                }
            }
            else
            {
                Vector128.StoreUnsafe(c00, ref gt, (nuint)((k) * Ld + j));
                Vector128.StoreUnsafe(c01, ref gt, (nuint)((k) * Ld + j + 4));
                Vector128.StoreUnsafe(c10, ref gt, (nuint)((k + 1) * Ld + j));
                Vector128.StoreUnsafe(c11, ref gt, (nuint)((k + 1) * Ld + j + 4));
                Vector128.StoreUnsafe(c20, ref gt, (nuint)((k + 2) * Ld + j));
                Vector128.StoreUnsafe(c21, ref gt, (nuint)((k + 2) * Ld + j + 4));
                Vector128.StoreUnsafe(c30, ref gt, (nuint)((k + 3) * Ld + j));
                Vector128.StoreUnsafe(c31, ref gt, (nuint)((k + 3) * Ld + j + 4));
            }
        }
        if (norms)
        {
            Vector128.StoreUnsafe(n0, ref norm2, (nuint)j);
            Vector128.StoreUnsafe(n1, ref norm2, (nuint)(j + 4));
        }
    }
}
