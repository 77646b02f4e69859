// ───────────── Vector256 path (8 lanes) ─────────────
// pre-activations Z[i, j] = Σ_k x_ik w_j[k]: for each column block of 2 vectors of neurons (its d × 16 weights stay in L1), 6 rows × 2 vectors of accumulators per tile
[MethodImpl(MethodImplOptions.NoInlining | MethodImplOptions.AggressiveOptimization)]
private void Forward256(ref float xr, int rows, int j0, int j1)
{
    ref float wt = ref _wt.Start;
    ref float z = ref _z.Start;
    for (int j = j0; j < j1; j += 16)
    {
        int i = 0;
        for (; i + 6 <= rows; i += 6)
        {
            ref float wk = ref Unsafe.Add(ref wt, j);
            ref float x0 = ref Unsafe.Add(ref xr, (i + 0) * D);
            ref float x1 = ref Unsafe.Add(ref xr, (i + 1) * D);
            ref float x2 = ref Unsafe.Add(ref xr, (i + 2) * D);
            ref float x3 = ref Unsafe.Add(ref xr, (i + 3) * D);
            ref float x4 = ref Unsafe.Add(ref xr, (i + 4) * D);
            ref float x5 = ref Unsafe.Add(ref xr, (i + 5) * D);
            Vector256<float> c00 = Vector256<float>.Zero;
            Vector256<float> c01 = Vector256<float>.Zero;
            Vector256<float> c10 = Vector256<float>.Zero;
            Vector256<float> c11 = Vector256<float>.Zero;
            Vector256<float> c20 = Vector256<float>.Zero;
            Vector256<float> c21 = Vector256<float>.Zero;
            Vector256<float> c30 = Vector256<float>.Zero;
            Vector256<float> c31 = Vector256<float>.Zero;
            Vector256<float> c40 = Vector256<float>.Zero;
            Vector256<float> c41 = Vector256<float>.Zero;
            Vector256<float> c50 = Vector256<float>.Zero;
            Vector256<float> c51 = Vector256<float>.Zero;
            for (int k = 0; k < 32; k += 4)
            {
                // input +0
                {
                    Vector256<float> w0 = Vector256.LoadUnsafe(ref wk);
                    Vector256<float> w1 = Vector256.LoadUnsafe(ref wk, (nuint)8);
                    Vector256<float> x0k = Vector256.Create(Unsafe.Add(ref x0, 0));
                    c00 = Vector256.FusedMultiplyAdd(x0k, w0, c00);
                    c01 = Vector256.FusedMultiplyAdd(x0k, w1, c01);
                    Vector256<float> x1k = Vector256.Create(Unsafe.Add(ref x1, 0));
                    c10 = Vector256.FusedMultiplyAdd(x1k, w0, c10);
                    c11 = Vector256.FusedMultiplyAdd(x1k, w1, c11);
                    Vector256<float> x2k = Vector256.Create(Unsafe.Add(ref x2, 0));
                    c20 = Vector256.FusedMultiplyAdd(x2k, w0, c20);
                    c21 = Vector256.FusedMultiplyAdd(x2k, w1, c21);
                    Vector256<float> x3k = Vector256.Create(Unsafe.Add(ref x3, 0));
                    c30 = Vector256.FusedMultiplyAdd(x3k, w0, c30);
                    c31 = Vector256.FusedMultiplyAdd(x3k, w1, c31);
                    Vector256<float> x4k = Vector256.Create(Unsafe.Add(ref x4, 0));
                    c40 = Vector256.FusedMultiplyAdd(x4k, w0, c40);
                    c41 = Vector256.FusedMultiplyAdd(x4k, w1, c41);
                    Vector256<float> x5k = Vector256.Create(Unsafe.Add(ref x5, 0));
                    c50 = Vector256.FusedMultiplyAdd(x5k, w0, c50);
                    c51 = Vector256.FusedMultiplyAdd(x5k, w1, c51);
                }
                // input +1
                {
                    Vector256<float> w0 = Vector256.LoadUnsafe(ref wk, (nuint)(1 * Ld + 0));
                    Vector256<float> w1 = Vector256.LoadUnsafe(ref wk, (nuint)(1 * Ld + 8));
                    Vector256<float> x0k = Vector256.Create(Unsafe.Add(ref x0, 1));
                    c00 = Vector256.FusedMultiplyAdd(x0k, w0, c00);
                    c01 = Vector256.FusedMultiplyAdd(x0k, w1, c01);
                    Vector256<float> x1k = Vector256.Create(Unsafe.Add(ref x1, 1));
                    c10 = Vector256.FusedMultiplyAdd(x1k, w0, c10);
                    c11 = Vector256.FusedMultiplyAdd(x1k, w1, c11);
                    Vector256<float> x2k = Vector256.Create(Unsafe.Add(ref x2, 1));
                    c20 = Vector256.FusedMultiplyAdd(x2k, w0, c20);
                    c21 = Vector256.FusedMultiplyAdd(x2k, w1, c21);
                    Vector256<float> x3k = Vector256.Create(Unsafe.Add(ref x3, 1));
                    c30 = Vector256.FusedMultiplyAdd(x3k, w0, c30);
                    c31 = Vector256.FusedMultiplyAdd(x3k, w1, c31);
                    Vector256<float> x4k = Vector256.Create(Unsafe.Add(ref x4, 1));
                    c40 = Vector256.FusedMultiplyAdd(x4k, w0, c40);
                    c41 = Vector256.FusedMultiplyAdd(x4k, w1, c41);
                    Vector256<float> x5k = Vector256.Create(Unsafe.Add(ref x5, 1));
                    c50 = Vector256.FusedMultiplyAdd(x5k, w0, c50);
                    c51 = Vector256.FusedMultiplyAdd(x5k, w1, c51);
                }
                // input +2
                {
                    Vector256<float> w0 = Vector256.LoadUnsafe(ref wk, (nuint)(2 * Ld + 0));
                    Vector256<float> w1 = Vector256.LoadUnsafe(ref wk, (nuint)(2 * Ld + 8));
                    Vector256<float> x0k = Vector256.Create(Unsafe.Add(ref x0, 2));
                    c00 = Vector256.FusedMultiplyAdd(x0k, w0, c00);
                    c01 = Vector256.FusedMultiplyAdd(x0k, w1, c01);
                    Vector256<float> x1k = Vector256.Create(Unsafe.Add(ref x1, 2));
                    c10 = Vector256.FusedMultiplyAdd(x1k, w0, c10);
                    c11 = Vector256.FusedMultiplyAdd(x1k, w1, c11);
                    Vector256<float> x2k = Vector256.Create(Unsafe.Add(ref x2, 2));
                    c20 = Vector256.FusedMultiplyAdd(x2k, w0, c20);
                    c21 = Vector256.FusedMultiplyAdd(x2k, w1, c21);
                    Vector256<float> x3k = Vector256.Create(Unsafe.Add(ref x3, 2));
                    c30 = Vector256.FusedMultiplyAdd(x3k, w0, c30);
                    c31 = Vector256.FusedMultiplyAdd(x3k, w1, c31);
                    Vector256<float> x4k = Vector256.Create(Unsafe.Add(ref x4, 2));
                    c40 = Vector256.FusedMultiplyAdd(x4k, w0, c40);
                    c41 = Vector256.FusedMultiplyAdd(x4k, w1, c41);
                    Vector256<float> x5k = Vector256.Create(Unsafe.Add(ref x5, 2));
                    c50 = Vector256.FusedMultiplyAdd(x5k, w0, c50);
                    c51 = Vector256.FusedMultiplyAdd(x5k, w1, c51);
                }
                // input +3
                {
                    Vector256<float> w0 = Vector256.LoadUnsafe(ref wk, (nuint)(3 * Ld + 0));
                    Vector256<float> w1 = Vector256.LoadUnsafe(ref wk, (nuint)(3 * Ld + 8));
                    Vector256<float> x0k = Vector256.Create(Unsafe.Add(ref x0, 3));
                    c00 = Vector256.FusedMultiplyAdd(x0k, w0, c00);
                    c01 = Vector256.FusedMultiplyAdd(x0k, w1, c01);
                    Vector256<float> x1k = Vector256.Create(Unsafe.Add(ref x1, 3));
                    c10 = Vector256.FusedMultiplyAdd(x1k, w0, c10);
                    c11 = Vector256.FusedMultiplyAdd(x1k, w1, c11);
                    Vector256<float> x2k = Vector256.Create(Unsafe.Add(ref x2, 3));
                    c20 = Vector256.FusedMultiplyAdd(x2k, w0, c20);
                    c21 = Vector256.FusedMultiplyAdd(x2k, w1, c21);
                    Vector256<float> x3k = Vector256.Create(Unsafe.Add(ref x3, 3));
                    c30 = Vector256.FusedMultiplyAdd(x3k, w0, c30);
                    c31 = Vector256.FusedMultiplyAdd(x3k, w1, c31);
                    Vector256<float> x4k = Vector256.Create(Unsafe.Add(ref x4, 3));
                    c40 = Vector256.FusedMultiplyAdd(x4k, w0, c40);
                    c41 = Vector256.FusedMultiplyAdd(x4k, w1, c41);
                    Vector256<float> x5k = Vector256.Create(Unsafe.Add(ref x5, 3));
                    c50 = Vector256.FusedMultiplyAdd(x5k, w0, c50);
                    c51 = Vector256.FusedMultiplyAdd(x5k, w1, c51);
                }
                wk = ref Unsafe.Add(ref wk, 4 * Ld);
                x0 = ref Unsafe.Add(ref x0, 4);
                x1 = ref Unsafe.Add(ref x1, 4);
                x2 = ref Unsafe.Add(ref x2, 4);
                x3 = ref Unsafe.Add(ref x3, 4);
                x4 = ref Unsafe.Add(ref x4, 4);
                x5 = ref Unsafe.Add(ref x5, 4);
            }
            Vector256.StoreUnsafe(c00, ref z, (nuint)((i + 0) * Ld + j));
            Vector256.StoreUnsafe(c01, ref z, (nuint)((i + 0) * Ld + j + 8));
            Vector256.StoreUnsafe(c10, ref z, (nuint)((i + 1) * Ld + j));
            Vector256.StoreUnsafe(c11, ref z, (nuint)((i + 1) * Ld + j + 8));
            Vector256.StoreUnsafe(c20, ref z, (nuint)((i + 2) * Ld + j));
            Vector256.StoreUnsafe(c21, ref z, (nuint)((i + 2) * Ld + j + 8));
            Vector256.StoreUnsafe(c30, ref z, (nuint)((i + 3) * Ld + j));
            Vector256.StoreUnsafe(c31, ref z, (nuint)((i + 3) * Ld + j + 8));
            Vector256.StoreUnsafe(c40, ref z, (nuint)((i + 4) * Ld + j));
            Vector256.StoreUnsafe(c41, ref z, (nuint)((i + 4) * Ld + j + 8));
            Vector256.StoreUnsafe(c50, ref z, (nuint)((i + 5) * Ld + j));
            Vector256.StoreUnsafe(c51, ref z, (nuint)((i + 5) * Ld + j + 8));
        }
        // remainder rows: 4 rows × 2 vectors
        for (; i + 4 <= rows; i += 4)
        {
            ref float wk = ref Unsafe.Add(ref wt, j);
            ref float x0 = ref Unsafe.Add(ref xr, (i + 0) * D);
            ref float x1 = ref Unsafe.Add(ref xr, (i + 1) * D);
            ref float x2 = ref Unsafe.Add(ref xr, (i + 2) * D);
            ref float x3 = ref Unsafe.Add(ref xr, (i + 3) * D);
            Vector256<float> c00 = Vector256<float>.Zero;
            Vector256<float> c01 = Vector256<float>.Zero;
            Vector256<float> c10 = Vector256<float>.Zero;
            Vector256<float> c11 = Vector256<float>.Zero;
            Vector256<float> c20 = Vector256<float>.Zero;
            Vector256<float> c21 = Vector256<float>.Zero;
            Vector256<float> c30 = Vector256<float>.Zero;
            Vector256<float> c31 = Vector256<float>.Zero;
            for (int k = 0; k < 32; k += 4)
            {
                // input +0
                {
                    Vector256<float> w0 = Vector256.LoadUnsafe(ref wk);
                    Vector256<float> w1 = Vector256.LoadUnsafe(ref wk, (nuint)8);
                    Vector256<float> x0k = Vector256.Create(Unsafe.Add(ref x0, 0));
                    c00 = Vector256.FusedMultiplyAdd(x0k, w0, c00);
                    c01 = Vector256.FusedMultiplyAdd(x0k, w1, c01);
                    Vector256<float> x1k = Vector256.Create(Unsafe.Add(ref x1, 0));
                    c10 = Vector256.FusedMultiplyAdd(x1k, w0, c10);
                    c11 = Vector256.FusedMultiplyAdd(x1k, w1, c11);
                    Vector256<float> x2k = Vector256.Create(Unsafe.Add(ref x2, 0));
                    c20 = Vector256.FusedMultiplyAdd(x2k, w0, c20);
                    c21 = Vector256.FusedMultiplyAdd(x2k, w1, c21);
                    Vector256<float> x3k = Vector256.Create(Unsafe.Add(ref x3, 0));
                    c30 = Vector256.FusedMultiplyAdd(x3k, w0, c30);
                    c31 = Vector256.FusedMultiplyAdd(x3k, w1, c31);
                }
                // input +1
                {
                    Vector256<float> w0 = Vector256.LoadUnsafe(ref wk, (nuint)(1 * Ld + 0));
                    Vector256<float> w1 = Vector256.LoadUnsafe(ref wk, (nuint)(1 * Ld + 8));
                    Vector256<float> x0k = Vector256.Create(Unsafe.Add(ref x0, 1));
                    c00 = Vector256.FusedMultiplyAdd(x0k, w0, c00);
                    c01 = Vector256.FusedMultiplyAdd(x0k, w1, c01);
                    Vector256<float> x1k = Vector256.Create(Unsafe.Add(ref x1, 1));
                    c10 = Vector256.FusedMultiplyAdd(x1k, w0, c10);
                    c11 = Vector256.FusedMultiplyAdd(x1k, w1, c11);
                    Vector256<float> x2k = Vector256.Create(Unsafe.Add(ref x2, 1));
                    c20 = Vector256.FusedMultiplyAdd(x2k, w0, c20);
                    c21 = Vector256.FusedMultiplyAdd(x2k, w1, c21);
                    Vector256<float> x3k = Vector256.Create(Unsafe.Add(ref x3, 1));
                    c30 = Vector256.FusedMultiplyAdd(x3k, w0, c30);
                    c31 = Vector256.FusedMultiplyAdd(x3k, w1, c31);
                }
                // input +2
                {
                    Vector256<float> w0 = Vector256.LoadUnsafe(ref wk, (nuint)(2 * Ld + 0));
                    Vector256<float> w1 = Vector256.LoadUnsafe(ref wk, (nuint)(2 * Ld + 8));
                    Vector256<float> x0k = Vector256.Create(Unsafe.Add(ref x0, 2));
                    c00 = Vector256.FusedMultiplyAdd(x0k, w0, c00);
                    c01 = Vector256.FusedMultiplyAdd(x0k, w1, c01);
                    Vector256<float> x1k = Vector256.Create(Unsafe.Add(ref x1, 2));
                    c10 = Vector256.FusedMultiplyAdd(x1k, w0, c10);
                    c11 = Vector256.FusedMultiplyAdd(x1k, w1, c11);
                    Vector256<float> x2k = Vector256.Create(Unsafe.Add(ref x2, 2));
                    c20 = Vector256.FusedMultiplyAdd(x2k, w0, c20);
                    c21 = Vector256.FusedMultiplyAdd(x2k, w1, c21);
                    Vector256<float> x3k = Vector256.Create(Unsafe.Add(ref x3, 2));
                    c30 = Vector256.FusedMultiplyAdd(x3k, w0, c30);
                    c31 = Vector256.FusedMultiplyAdd(x3k, w1, c31);
                }
                // input +3
                {
                    Vector256<float> w0 = Vector256.LoadUnsafe(ref wk, (nuint)(3 * Ld + 0));
                    Vector256<float> w1 = Vector256.LoadUnsafe(ref wk, (nuint)(3 * Ld + 8));
                    Vector256<float> x0k = Vector256.Create(Unsafe.Add(ref x0, 3));
                    c00 = Vector256.FusedMultiplyAdd(x0k, w0, c00);
                    c01 = Vector256.FusedMultiplyAdd(x0k, w1, c01);
                    Vector256<float> x1k = Vector256.Create(Unsafe.Add(ref x1, 3));
                    c10 = Vector256.FusedMultiplyAdd(x1k, w0, c10);
                    c11 = Vector256.FusedMultiplyAdd(x1k, w1, c11);
                    Vector256<float> x2k = Vector256.Create(Unsafe.Add(ref x2, 3));
                    c20 = Vector256.FusedMultiplyAdd(x2k, w0, c20);
                    c21 = Vector256.FusedMultiplyAdd(x2k, w1, c21);
                    Vector256<float> x3k = Vector256.Create(Unsafe.Add(ref x3, 3));
                    c30 = Vector256.FusedMultiplyAdd(x3k, w0, c30);
                    c31 = Vector256.FusedMultiplyAdd(x3k, w1, c31);
                }
                wk = ref Unsafe.Add(ref wk, 4 * Ld);
                x0 = ref Unsafe.Add(ref x0, 4);
                x1 = ref Unsafe.Add(ref x1, 4);
                x2 = ref Unsafe.Add(ref x2, 4);
                x3 = ref Unsafe.Add(ref x3, 4);
            }
            Vector256.StoreUnsafe(c00, ref z, (nuint)((i + 0) * Ld + j));
            Vector256.StoreUnsafe(c01, ref z, (nuint)((i + 0) * Ld + j + 8));
            Vector256.StoreUnsafe(c10, ref z, (nuint)((i + 1) * Ld + j));
            Vector256.StoreUnsafe(c11, ref z, (nuint)((i + 1) * Ld + j + 8));
            Vector256.StoreUnsafe(c20, ref z, (nuint)((i + 2) * Ld + j));
            Vector256.StoreUnsafe(c21, ref z, (nuint)((i + 2) * Ld + j + 8));
            Vector256.StoreUnsafe(c30, ref z, (nuint)((i + 3) * Ld + j));
            Vector256.StoreUnsafe(c31, ref z, (nuint)((i + 3) * Ld + j + 8));
        }
        // remainder rows: 2 rows × 2 vectors
        for (; i + 2 <= rows; i += 2)
        {
            ref float wk = ref Unsafe.Add(ref wt, j);
            ref float x0 = ref Unsafe.Add(ref xr, (i + 0) * D);
            ref float x1 = ref Unsafe.Add(ref xr, (i + 1) * D);
            Vector256<float> c00 = Vector256<float>.Zero;
            Vector256<float> c01 = Vector256<float>.Zero;
            Vector256<float> c10 = Vector256<float>.Zero;
            Vector256<float> c11 = Vector256<float>.Zero;
            for (int k = 0; k < 32; k += 4)
            {
                // input +0
                {
                    Vector256<float> w0 = Vector256.LoadUnsafe(ref wk);
                    Vector256<float> w1 = Vector256.LoadUnsafe(ref wk, (nuint)8);
                    Vector256<float> x0k = Vector256.Create(Unsafe.Add(ref x0, 0));
                    c00 = Vector256.FusedMultiplyAdd(x0k, w0, c00);
                    c01 = Vector256.FusedMultiplyAdd(x0k, w1, c01);
                    Vector256<float> x1k = Vector256.Create(Unsafe.Add(ref x1, 0));
                    c10 = Vector256.FusedMultiplyAdd(x1k, w0, c10);
                    c11 = Vector256.FusedMultiplyAdd(x1k, w1, c11);
                }
                // input +1
                {
                    Vector256<float> w0 = Vector256.LoadUnsafe(ref wk, (nuint)(1 * Ld + 0));
                    Vector256<float> w1 = Vector256.LoadUnsafe(ref wk, (nuint)(1 * Ld + 8));
                    Vector256<float> x0k = Vector256.Create(Unsafe.Add(ref x0, 1));
                    c00 = Vector256.FusedMultiplyAdd(x0k, w0, c00);
                    c01 = Vector256.FusedMultiplyAdd(x0k, w1, c01);
                    Vector256<float> x1k = Vector256.Create(Unsafe.Add(ref x1, 1));
                    c10 = Vector256.FusedMultiplyAdd(x1k, w0, c10);
                    c11 = Vector256.FusedMultiplyAdd(x1k, w1, c11);
                }
                // input +2
                {
                    Vector256<float> w0 = Vector256.LoadUnsafe(ref wk, (nuint)(2 * Ld + 0));
                    Vector256<float> w1 = Vector256.LoadUnsafe(ref wk, (nuint)(2 * Ld + 8));
                    Vector256<float> x0k = Vector256.Create(Unsafe.Add(ref x0, 2));
                    c00 = Vector256.FusedMultiplyAdd(x0k, w0, c00);
                    c01 = Vector256.FusedMultiplyAdd(x0k, w1, c01);
                    Vector256<float> x1k = Vector256.Create(Unsafe.Add(ref x1, 2));
                    c10 = Vector256.FusedMultiplyAdd(x1k, w0, c10);
                    c11 = Vector256.FusedMultiplyAdd(x1k, w1, c11);
                }
                // input +3
                {
                    Vector256<float> w0 = Vector256.LoadUnsafe(ref wk, (nuint)(3 * Ld + 0));
                    Vector256<float> w1 = Vector256.LoadUnsafe(ref wk, (nuint)(3 * Ld + 8));
                    Vector256<float> x0k = Vector256.Create(Unsafe.Add(ref x0, 3));
                    c00 = Vector256.FusedMultiplyAdd(x0k, w0, c00);
                    c01 = Vector256.FusedMultiplyAdd(x0k, w1, c01);
                    Vector256<float> x1k = Vector256.Create(Unsafe.Add(ref x1, 3));
                    c10 = Vector256.FusedMultiplyAdd(x1k, w0, c10);
                    c11 = Vector256.FusedMultiplyAdd(x1k, w1, c11);
                }
                wk = ref Unsafe.Add(ref wk, 4 * Ld);
                x0 = ref Unsafe.Add(ref x0, 4);
                x1 = ref Unsafe.Add(ref x1, 4);
            }
            Vector256.StoreUnsafe(c00, ref z, (nuint)((i + 0) * Ld + j));
            Vector256.StoreUnsafe(c01, ref z, (nuint)((i + 0) * Ld + j + 8));
            Vector256.StoreUnsafe(c10, ref z, (nuint)((i + 1) * Ld + j));
            Vector256.StoreUnsafe(c11, ref z, (nuint)((i + 1) * Ld + j + 8));
        }
        // remainder rows: 1 row × 2 vectors
        for (; i < rows; i++)
        {
            ref float wk = ref Unsafe.Add(ref wt, j);
            ref float x0 = ref Unsafe.Add(ref xr, (i + 0) * D);
            Vector256<float> c00 = Vector256<float>.Zero;
            Vector256<float> c01 = Vector256<float>.Zero;
            for (int k = 0; k < 32; k += 4)
            {
                // input +0
                {
                    Vector256<float> w0 = Vector256.LoadUnsafe(ref wk);
                    Vector256<float> w1 = Vector256.LoadUnsafe(ref wk, (nuint)8);
                    Vector256<float> x0k = Vector256.Create(Unsafe.Add(ref x0, 0));
                    c00 = Vector256.FusedMultiplyAdd(x0k, w0, c00);
                    c01 = Vector256.FusedMultiplyAdd(x0k, w1, c01);
                }
                // input +1
                {
                    Vector256<float> w0 = Vector256.LoadUnsafe(ref wk, (nuint)(1 * Ld + 0));
                    Vector256<float> w1 = Vector256.LoadUnsafe(ref wk, (nuint)(1 * Ld + 8));
                    Vector256<float> x0k = Vector256.Create(Unsafe.Add(ref x0, 1));
                    c00 = Vector256.FusedMultiplyAdd(x0k, w0, c00);
                    c01 = Vector256.FusedMultiplyAdd(x0k, w1, c01);
                }
                // input +2
                {
                    Vector256<float> w0 = Vector256.LoadUnsafe(ref wk, (nuint)(2 * Ld + 0));
                    Vector256<float> w1 = Vector256.LoadUnsafe(ref wk, (nuint)(2 * Ld + 8));
                    Vector256<float> x0k = Vector256.Create(Unsafe.Add(ref x0, 2));
                    c00 = Vector256.FusedMultiplyAdd(x0k, w0, c00);
                    c01 = Vector256.FusedMultiplyAdd(x0k, w1, c01);
                }
                // input +3
                {
                    Vector256<float> w0 = Vector256.LoadUnsafe(ref wk, (nuint)(3 * Ld + 0));
                    Vector256<float> w1 = Vector256.LoadUnsafe(ref wk, (nuint)(3 * Ld + 8));
                    Vector256<float> x0k = Vector256.Create(Unsafe.Add(ref x0, 3));
                    c00 = Vector256.FusedMultiplyAdd(x0k, w0, c00);
                    c01 = Vector256.FusedMultiplyAdd(x0k, w1, c01);
                }
                wk = ref Unsafe.Add(ref wk, 4 * Ld);
                x0 = ref Unsafe.Add(ref x0, 4);
            }
            Vector256.StoreUnsafe(c00, ref z, (nuint)((i + 0) * Ld + j));
            Vector256.StoreUnsafe(c01, ref z, (nuint)((i + 0) * Ld + j + 8));
        }
    }
}
