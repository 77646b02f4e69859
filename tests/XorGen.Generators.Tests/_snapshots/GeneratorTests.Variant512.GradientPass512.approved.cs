// weight gradient Gᵀ[k, j] = Σ_i x_ik Δ_ij: 2 inputs × 7 vectors of neurons per tile, loop over the batch;
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
    for (int j = j0; j < j1; j += 112)
    {
        Vector512<float> r0 = -Vector512.LoadUnsafe(ref rate, (nuint)j); // −rate_j: the update is one multiply-add
        Vector512<float> n0 = Vector512<float>.Zero;
        Vector512<float> r1 = -Vector512.LoadUnsafe(ref rate, (nuint)(j + 16)); // −rate_j: the update is one multiply-add
        Vector512<float> n1 = Vector512<float>.Zero;
        Vector512<float> r2 = -Vector512.LoadUnsafe(ref rate, (nuint)(j + 32)); // −rate_j: the update is one multiply-add
        Vector512<float> n2 = Vector512<float>.Zero;
        Vector512<float> r3 = -Vector512.LoadUnsafe(ref rate, (nuint)(j + 48)); // −rate_j: the update is one multiply-add
        Vector512<float> n3 = Vector512<float>.Zero;
        Vector512<float> r4 = -Vector512.LoadUnsafe(ref rate, (nuint)(j + 64)); // −rate_j: the update is one multiply-add
        Vector512<float> n4 = Vector512<float>.Zero;
        Vector512<float> r5 = -Vector512.LoadUnsafe(ref rate, (nuint)(j + 80)); // −rate_j: the update is one multiply-add
        Vector512<float> n5 = Vector512<float>.Zero;
        Vector512<float> r6 = -Vector512.LoadUnsafe(ref rate, (nuint)(j + 96)); // −rate_j: the update is one multiply-add
        Vector512<float> n6 = Vector512<float>.Zero;
        for (int k = 0; k < 36; k += 2)
        {
            Vector512<float> c00 = Vector512<float>.Zero;
            Vector512<float> c01 = Vector512<float>.Zero;
            Vector512<float> c02 = Vector512<float>.Zero;
            Vector512<float> c03 = Vector512<float>.Zero;
            Vector512<float> c04 = Vector512<float>.Zero;
            Vector512<float> c05 = Vector512<float>.Zero;
            Vector512<float> c06 = Vector512<float>.Zero;
            Vector512<float> c10 = Vector512<float>.Zero;
            Vector512<float> c11 = Vector512<float>.Zero;
            Vector512<float> c12 = Vector512<float>.Zero;
            Vector512<float> c13 = Vector512<float>.Zero;
            Vector512<float> c14 = Vector512<float>.Zero;
            Vector512<float> c15 = Vector512<float>.Zero;
            Vector512<float> c16 = Vector512<float>.Zero;
            // prefetch the weights the update reads after the batch loop
            ref float wpf = ref Unsafe.Add(ref wt, k * Ld + j);
            Prefetch.L1(ref wpf, 0);
            Prefetch.L1(ref wpf, 16);
            Prefetch.L1(ref wpf, 32);
            Prefetch.L1(ref wpf, 48);
            Prefetch.L1(ref wpf, 64);
            Prefetch.L1(ref wpf, 80);
            Prefetch.L1(ref wpf, 96);
            Prefetch.L1(ref wpf, 111);
            Prefetch.L1(ref wpf, 1 * Ld);
            Prefetch.L1(ref wpf, 1 * Ld + 16);
            Prefetch.L1(ref wpf, 1 * Ld + 32);
            Prefetch.L1(ref wpf, 1 * Ld + 48);
            Prefetch.L1(ref wpf, 1 * Ld + 64);
            Prefetch.L1(ref wpf, 1 * Ld + 80);
            Prefetch.L1(ref wpf, 1 * Ld + 96);
            Prefetch.L1(ref wpf, 1 * Ld + 111);
            ref float xi = ref Unsafe.Add(ref xr, k);
            ref float di = ref Unsafe.Add(ref delta, j);
            for (int i = 0; i < rows; i++)
            {
                Vector512<float> d0 = Vector512.LoadUnsafe(ref di);
                Vector512<float> d1 = Vector512.LoadUnsafe(ref di, (nuint)16);
                Vector512<float> d2 = Vector512.LoadUnsafe(ref di, (nuint)32);
                Vector512<float> d3 = Vector512.LoadUnsafe(ref di, (nuint)48);
                Vector512<float> d4 = Vector512.LoadUnsafe(ref di, (nuint)64);
                Vector512<float> d5 = Vector512.LoadUnsafe(ref di, (nuint)80);
                Vector512<float> d6 = Vector512.LoadUnsafe(ref di, (nuint)96);
                Vector512<float> x0 = Vector512.Create(Unsafe.Add(ref xi, 0));
                c00 = Vector512.FusedMultiplyAdd(x0, d0, c00);
                c01 = Vector512.FusedMultiplyAdd(x0, d1, c01);
                c02 = Vector512.FusedMultiplyAdd(x0, d2, c02);
                c03 = Vector512.FusedMultiplyAdd(x0, d3, c03);
                c04 = Vector512.FusedMultiplyAdd(x0, d4, c04);
                c05 = Vector512.FusedMultiplyAdd(x0, d5, c05);
                c06 = Vector512.FusedMultiplyAdd(x0, d6, c06);
                Vector512<float> x1 = Vector512.Create(Unsafe.Add(ref xi, 1));
                c10 = Vector512.FusedMultiplyAdd(x1, d0, c10);
                c11 = Vector512.FusedMultiplyAdd(x1, d1, c11);
                c12 = Vector512.FusedMultiplyAdd(x1, d2, c12);
                c13 = Vector512.FusedMultiplyAdd(x1, d3, c13);
                c14 = Vector512.FusedMultiplyAdd(x1, d4, c14);
                c15 = Vector512.FusedMultiplyAdd(x1, d5, c15);
                c16 = Vector512.FusedMultiplyAdd(x1, d6, c16);
                xi = ref Unsafe.Add(ref xi, D);
                di = ref Unsafe.Add(ref di, Ld);
            }
            Vector512<float> w00 = Vector512.LoadUnsafe(ref wt, (nuint)((k) * Ld + j));
            Vector512<float> w01 = Vector512.LoadUnsafe(ref wt, (nuint)((k) * Ld + j + 16));
            Vector512<float> w02 = Vector512.LoadUnsafe(ref wt, (nuint)((k) * Ld + j + 32));
            Vector512<float> w03 = Vector512.LoadUnsafe(ref wt, (nuint)((k) * Ld + j + 48));
            Vector512<float> w04 = Vector512.LoadUnsafe(ref wt, (nuint)((k) * Ld + j + 64));
            Vector512<float> w05 = Vector512.LoadUnsafe(ref wt, (nuint)((k) * Ld + j + 80));
            Vector512<float> w06 = Vector512.LoadUnsafe(ref wt, (nuint)((k) * Ld + j + 96));
            Vector512<float> w10 = Vector512.LoadUnsafe(ref wt, (nuint)((k + 1) * Ld + j));
            Vector512<float> w11 = Vector512.LoadUnsafe(ref wt, (nuint)((k + 1) * Ld + j + 16));
            Vector512<float> w12 = Vector512.LoadUnsafe(ref wt, (nuint)((k + 1) * Ld + j + 32));
            Vector512<float> w13 = Vector512.LoadUnsafe(ref wt, (nuint)((k + 1) * Ld + j + 48));
            Vector512<float> w14 = Vector512.LoadUnsafe(ref wt, (nuint)((k + 1) * Ld + j + 64));
            Vector512<float> w15 = Vector512.LoadUnsafe(ref wt, (nuint)((k + 1) * Ld + j + 80));
            Vector512<float> w16 = Vector512.LoadUnsafe(ref wt, (nuint)((k + 1) * Ld + j + 96));
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
                w04 = Vector512.FusedMultiplyAdd(r4, c04, w04);
                Vector512.StoreUnsafe(w04, ref wt, (nuint)((k) * Ld + j + 64));
                w05 = Vector512.FusedMultiplyAdd(r5, c05, w05);
                Vector512.StoreUnsafe(w05, ref wt, (nuint)((k) * Ld + j + 80));
                w06 = Vector512.FusedMultiplyAdd(r6, c06, w06);
                Vector512.StoreUnsafe(w06, ref wt, (nuint)((k) * Ld + j + 96));
                w10 = Vector512.FusedMultiplyAdd(r0, c10, w10);
                Vector512.StoreUnsafe(w10, ref wt, (nuint)((k + 1) * Ld + j));
                w11 = Vector512.FusedMultiplyAdd(r1, c11, w11);
                Vector512.StoreUnsafe(w11, ref wt, (nuint)((k + 1) * Ld + j + 16));
                w12 = Vector512.FusedMultiplyAdd(r2, c12, w12);
                Vector512.StoreUnsafe(w12, ref wt, (nuint)((k + 1) * Ld + j + 32));
                w13 = Vector512.FusedMultiplyAdd(r3, c13, w13);
                Vector512.StoreUnsafe(w13, ref wt, (nuint)((k + 1) * Ld + j + 48));
                w14 = Vector512.FusedMultiplyAdd(r4, c14, w14);
                Vector512.StoreUnsafe(w14, ref wt, (nuint)((k + 1) * Ld + j + 64));
                w15 = Vector512.FusedMultiplyAdd(r5, c15, w15);
                Vector512.StoreUnsafe(w15, ref wt, (nuint)((k + 1) * Ld + j + 80));
                w16 = Vector512.FusedMultiplyAdd(r6, c16, w16);
                Vector512.StoreUnsafe(w16, ref wt, (nuint)((k + 1) * Ld + j + 96));
                if (norms)
                {
                    n0 = Vector512.FusedMultiplyAdd(w00, w00, n0);
                    n1 = Vector512.FusedMultiplyAdd(w01, w01, n1);
                    n2 = Vector512.FusedMultiplyAdd(w02, w02, n2);
                    n3 = Vector512.FusedMultiplyAdd(w03, w03, n3);
                    n4 = Vector512.FusedMultiplyAdd(w04, w04, n4);
                    n5 = Vector512.FusedMultiplyAdd(w05, w05, n5);
                    n6 = Vector512.FusedMultiplyAdd(w06, w06, n6);
                    n0 = Vector512.FusedMultiplyAdd(w10, w10, n0);
                    n1 = Vector512.FusedMultiplyAdd(w11, w11, n1);
                    n2 = Vector512.FusedMultiplyAdd(w12, w12, n2);
                    n3 = Vector512.FusedMultiplyAdd(w13, w13, n3);
                    n4 = Vector512.FusedMultiplyAdd(w14, w14, n4);
                    n5 = Vector512.FusedMultiplyAdd(w15, w15, n5);
                    n6 = Vector512.FusedMultiplyAdd(w16, w16, n6);
                }
            }
            else
            {
                Vector512.StoreUnsafe(c00, ref gt, (nuint)((k) * Ld + j));
                Vector512.StoreUnsafe(c01, ref gt, (nuint)((k) * Ld + j + 16));
                Vector512.StoreUnsafe(c02, ref gt, (nuint)((k) * Ld + j + 32));
                Vector512.StoreUnsafe(c03, ref gt, (nuint)((k) * Ld + j + 48));
                Vector512.StoreUnsafe(c04, ref gt, (nuint)((k) * Ld + j + 64));
                Vector512.StoreUnsafe(c05, ref gt, (nuint)((k) * Ld + j + 80));
                Vector512.StoreUnsafe(c06, ref gt, (nuint)((k) * Ld + j + 96));
                Vector512.StoreUnsafe(c10, ref gt, (nuint)((k + 1) * Ld + j));
                Vector512.StoreUnsafe(c11, ref gt, (nuint)((k + 1) * Ld + j + 16));
                Vector512.StoreUnsafe(c12, ref gt, (nuint)((k + 1) * Ld + j + 32));
                Vector512.StoreUnsafe(c13, ref gt, (nuint)((k + 1) * Ld + j + 48));
                Vector512.StoreUnsafe(c14, ref gt, (nuint)((k + 1) * Ld + j + 64));
                Vector512.StoreUnsafe(c15, ref gt, (nuint)((k + 1) * Ld + j + 80));
                Vector512.StoreUnsafe(c16, ref gt, (nuint)((k + 1) * Ld + j + 96));
            }
        }
        // tail tile: the last 1 input (d mod 2)
        {
            Vector512<float> c00 = Vector512<float>.Zero;
            Vector512<float> c01 = Vector512<float>.Zero;
            Vector512<float> c02 = Vector512<float>.Zero;
            Vector512<float> c03 = Vector512<float>.Zero;
            Vector512<float> c04 = Vector512<float>.Zero;
            Vector512<float> c05 = Vector512<float>.Zero;
            Vector512<float> c06 = Vector512<float>.Zero;
            // prefetch the weights the update reads after the batch loop
            ref float wpf = ref Unsafe.Add(ref wt, 36 * Ld + j);
            Prefetch.L1(ref wpf, 0);
            Prefetch.L1(ref wpf, 16);
            Prefetch.L1(ref wpf, 32);
            Prefetch.L1(ref wpf, 48);
            Prefetch.L1(ref wpf, 64);
            Prefetch.L1(ref wpf, 80);
            Prefetch.L1(ref wpf, 96);
            Prefetch.L1(ref wpf, 111);
            ref float xi = ref Unsafe.Add(ref xr, 36);
            ref float di = ref Unsafe.Add(ref delta, j);
            for (int i = 0; i < rows; i++)
            {
                Vector512<float> d0 = Vector512.LoadUnsafe(ref di);
                Vector512<float> d1 = Vector512.LoadUnsafe(ref di, (nuint)16);
                Vector512<float> d2 = Vector512.LoadUnsafe(ref di, (nuint)32);
                Vector512<float> d3 = Vector512.LoadUnsafe(ref di, (nuint)48);
                Vector512<float> d4 = Vector512.LoadUnsafe(ref di, (nuint)64);
                Vector512<float> d5 = Vector512.LoadUnsafe(ref di, (nuint)80);
                Vector512<float> d6 = Vector512.LoadUnsafe(ref di, (nuint)96);
                Vector512<float> x0 = Vector512.Create(Unsafe.Add(ref xi, 0));
                c00 = Vector512.FusedMultiplyAdd(x0, d0, c00);
                c01 = Vector512.FusedMultiplyAdd(x0, d1, c01);
                c02 = Vector512.FusedMultiplyAdd(x0, d2, c02);
                c03 = Vector512.FusedMultiplyAdd(x0, d3, c03);
                c04 = Vector512.FusedMultiplyAdd(x0, d4, c04);
                c05 = Vector512.FusedMultiplyAdd(x0, d5, c05);
                c06 = Vector512.FusedMultiplyAdd(x0, d6, c06);
                xi = ref Unsafe.Add(ref xi, D);
                di = ref Unsafe.Add(ref di, Ld);
            }
            Vector512<float> w00 = Vector512.LoadUnsafe(ref wt, (nuint)((36) * Ld + j));
            Vector512<float> w01 = Vector512.LoadUnsafe(ref wt, (nuint)((36) * Ld + j + 16));
            Vector512<float> w02 = Vector512.LoadUnsafe(ref wt, (nuint)((36) * Ld + j + 32));
            Vector512<float> w03 = Vector512.LoadUnsafe(ref wt, (nuint)((36) * Ld + j + 48));
            Vector512<float> w04 = Vector512.LoadUnsafe(ref wt, (nuint)((36) * Ld + j + 64));
            Vector512<float> w05 = Vector512.LoadUnsafe(ref wt, (nuint)((36) * Ld + j + 80));
            Vector512<float> w06 = Vector512.LoadUnsafe(ref wt, (nuint)((36) * Ld + j + 96));
            if (apply)
            {
                w00 = Vector512.FusedMultiplyAdd(r0, c00, w00);
                Vector512.StoreUnsafe(w00, ref wt, (nuint)((36) * Ld + j));
                w01 = Vector512.FusedMultiplyAdd(r1, c01, w01);
                Vector512.StoreUnsafe(w01, ref wt, (nuint)((36) * Ld + j + 16));
                w02 = Vector512.FusedMultiplyAdd(r2, c02, w02);
                Vector512.StoreUnsafe(w02, ref wt, (nuint)((36) * Ld + j + 32));
                w03 = Vector512.FusedMultiplyAdd(r3, c03, w03);
                Vector512.StoreUnsafe(w03, ref wt, (nuint)((36) * Ld + j + 48));
                w04 = Vector512.FusedMultiplyAdd(r4, c04, w04);
                Vector512.StoreUnsafe(w04, ref wt, (nuint)((36) * Ld + j + 64));
                w05 = Vector512.FusedMultiplyAdd(r5, c05, w05);
                Vector512.StoreUnsafe(w05, ref wt, (nuint)((36) * Ld + j + 80));
                w06 = Vector512.FusedMultiplyAdd(r6, c06, w06);
                Vector512.StoreUnsafe(w06, ref wt, (nuint)((36) * Ld + j + 96));
                if (norms)
                {
                    n0 = Vector512.FusedMultiplyAdd(w00, w00, n0);
                    n1 = Vector512.FusedMultiplyAdd(w01, w01, n1);
                    n2 = Vector512.FusedMultiplyAdd(w02, w02, n2);
                    n3 = Vector512.FusedMultiplyAdd(w03, w03, n3);
                    n4 = Vector512.FusedMultiplyAdd(w04, w04, n4);
                    n5 = Vector512.FusedMultiplyAdd(w05, w05, n5);
                    n6 = Vector512.FusedMultiplyAdd(w06, w06, n6);
                }
            }
            else
            {
                Vector512.StoreUnsafe(c00, ref gt, (nuint)((36) * Ld + j));
                Vector512.StoreUnsafe(c01, ref gt, (nuint)((36) * Ld + j + 16));
                Vector512.StoreUnsafe(c02, ref gt, (nuint)((36) * Ld + j + 32));
                Vector512.StoreUnsafe(c03, ref gt, (nuint)((36) * Ld + j + 48));
                Vector512.StoreUnsafe(c04, ref gt, (nuint)((36) * Ld + j + 64));
                Vector512.StoreUnsafe(c05, ref gt, (nuint)((36) * Ld + j + 80));
                Vector512.StoreUnsafe(c06, ref gt, (nuint)((36) * Ld + j + 96));
            }
        }
        if (norms)
        {
            Vector512.StoreUnsafe(n0, ref norm2, (nuint)j);
            Vector512.StoreUnsafe(n1, ref norm2, (nuint)(j + 16));
            Vector512.StoreUnsafe(n2, ref norm2, (nuint)(j + 32));
            Vector512.StoreUnsafe(n3, ref norm2, (nuint)(j + 48));
            Vector512.StoreUnsafe(n4, ref norm2, (nuint)(j + 64));
            Vector512.StoreUnsafe(n5, ref norm2, (nuint)(j + 80));
            Vector512.StoreUnsafe(n6, ref norm2, (nuint)(j + 96));
        }
    }
}
