// ───────────── Vector512 path (16 lanes) ─────────────
// pre-activations Z[i, j] = Σ_k x_ik w_j[k]: for each column block of 4 vectors of neurons (its d × 64 weights stay in L1), 4 rows × 4 vectors of accumulators per tile
[MethodImpl(MethodImplOptions.NoInlining | MethodImplOptions.AggressiveOptimization)]
private void Forward512(ref float xr, int rows, int j0, int j1)
{
    ref float wt = ref _wt.Start;
    ref float z = ref _z.Start;
    for (int j = j0; j < j1; j += 64)
    {
        int i = 0;
        for (; i + 4 <= rows; i += 4)
        {
            ref float wk = ref Unsafe.Add(ref wt, j);
            ref float x0 = ref Unsafe.Add(ref xr, (i + 0) * D);
            ref float x1 = ref Unsafe.Add(ref xr, (i + 1) * D);
            ref float x2 = ref Unsafe.Add(ref xr, (i + 2) * D);
            ref float x3 = ref Unsafe.Add(ref xr, (i + 3) * D);
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
            for (int k = 0; k < 32; k += 4)
            {
                // input +0
                {
                    Vector512<float> w0 = Vector512.LoadUnsafe(ref wk);
                    Vector512<float> w1 = Vector512.LoadUnsafe(ref wk, (nuint)16);
                    Vector512<float> w2 = Vector512.LoadUnsafe(ref wk, (nuint)32);
                    Vector512<float> w3 = Vector512.LoadUnsafe(ref wk, (nuint)48);
                    Vector512<float> x0k = Vector512.Create(Unsafe.Add(ref x0, 0));
                    c00 = Vector512.FusedMultiplyAdd(x0k, w0, c00);
                    c01 = Vector512.FusedMultiplyAdd(x0k, w1, c01);
                    c02 = Vector512.FusedMultiplyAdd(x0k, w2, c02);
                    c03 = Vector512.FusedMultiplyAdd(x0k, w3, c03);
                    Vector512<float> x1k = Vector512.Create(Unsafe.Add(ref x1, 0));
                    c10 = Vector512.FusedMultiplyAdd(x1k, w0, c10);
                    c11 = Vector512.FusedMultiplyAdd(x1k, w1, c11);
                    c12 = Vector512.FusedMultiplyAdd(x1k, w2, c12);
                    c13 = Vector512.FusedMultiplyAdd(x1k, w3, c13);
                    Vector512<float> x2k = Vector512.Create(Unsafe.Add(ref x2, 0));
                    c20 = Vector512.FusedMultiplyAdd(x2k, w0, c20);
                    c21 = Vector512.FusedMultiplyAdd(x2k, w1, c21);
                    c22 = Vector512.FusedMultiplyAdd(x2k, w2, c22);
                    c23 = Vector512.FusedMultiplyAdd(x2k, w3, c23);
                    Vector512<float> x3k = Vector512.Create(Unsafe.Add(ref x3, 0));
                    c30 = Vector512.FusedMultiplyAdd(x3k, w0, c30);
                    c31 = Vector512.FusedMultiplyAdd(x3k, w1, c31);
                    c32 = Vector512.FusedMultiplyAdd(x3k, w2, c32);
                    c33 = Vector512.FusedMultiplyAdd(x3k, w3, c33);
                }
                // input +1
                {
                    Vector512<float> w0 = Vector512.LoadUnsafe(ref wk, (nuint)(1 * Ld + 0));
                    Vector512<float> w1 = Vector512.LoadUnsafe(ref wk, (nuint)(1 * Ld + 16));
                    Vector512<float> w2 = Vector512.LoadUnsafe(ref wk, (nuint)(1 * Ld + 32));
                    Vector512<float> w3 = Vector512.LoadUnsafe(ref wk, (nuint)(1 * Ld + 48));
                    Vector512<float> x0k = Vector512.Create(Unsafe.Add(ref x0, 1));
                    c00 = Vector512.FusedMultiplyAdd(x0k, w0, c00);
                    c01 = Vector512.FusedMultiplyAdd(x0k, w1, c01);
                    c02 = Vector512.FusedMultiplyAdd(x0k, w2, c02);
                    c03 = Vector512.FusedMultiplyAdd(x0k, w3, c03);
                    Vector512<float> x1k = Vector512.Create(Unsafe.Add(ref x1, 1));
                    c10 = Vector512.FusedMultiplyAdd(x1k, w0, c10);
                    c11 = Vector512.FusedMultiplyAdd(x1k, w1, c11);
                    c12 = Vector512.FusedMultiplyAdd(x1k, w2, c12);
                    c13 = Vector512.FusedMultiplyAdd(x1k, w3, c13);
                    Vector512<float> x2k = Vector512.Create(Unsafe.Add(ref x2, 1));
                    c20 = Vector512.FusedMultiplyAdd(x2k, w0, c20);
                    c21 = Vector512.FusedMultiplyAdd(x2k, w1, c21);
                    c22 = Vector512.FusedMultiplyAdd(x2k, w2, c22);
                    c23 = Vector512.FusedMultiplyAdd(x2k, w3, c23);
                    Vector512<float> x3k = Vector512.Create(Unsafe.Add(ref x3, 1));
                    c30 = Vector512.FusedMultiplyAdd(x3k, w0, c30);
                    c31 = Vector512.FusedMultiplyAdd(x3k, w1, c31);
                    c32 = Vector512.FusedMultiplyAdd(x3k, w2, c32);
                    c33 = Vector512.FusedMultiplyAdd(x3k, w3, c33);
                }
                // input +2
                {
                    Vector512<float> w0 = Vector512.LoadUnsafe(ref wk, (nuint)(2 * Ld + 0));
                    Vector512<float> w1 = Vector512.LoadUnsafe(ref wk, (nuint)(2 * Ld + 16));
                    Vector512<float> w2 = Vector512.LoadUnsafe(ref wk, (nuint)(2 * Ld + 32));
                    Vector512<float> w3 = Vector512.LoadUnsafe(ref wk, (nuint)(2 * Ld + 48));
                    Vector512<float> x0k = Vector512.Create(Unsafe.Add(ref x0, 2));
                    c00 = Vector512.FusedMultiplyAdd(x0k, w0, c00);
                    c01 = Vector512.FusedMultiplyAdd(x0k, w1, c01);
                    c02 = Vector512.FusedMultiplyAdd(x0k, w2, c02);
                    c03 = Vector512.FusedMultiplyAdd(x0k, w3, c03);
                    Vector512<float> x1k = Vector512.Create(Unsafe.Add(ref x1, 2));
                    c10 = Vector512.FusedMultiplyAdd(x1k, w0, c10);
                    c11 = Vector512.FusedMultiplyAdd(x1k, w1, c11);
                    c12 = Vector512.FusedMultiplyAdd(x1k, w2, c12);
                    c13 = Vector512.FusedMultiplyAdd(x1k, w3, c13);
                    Vector512<float> x2k = Vector512.Create(Unsafe.Add(ref x2, 2));
                    c20 = Vector512.FusedMultiplyAdd(x2k, w0, c20);
                    c21 = Vector512.FusedMultiplyAdd(x2k, w1, c21);
                    c22 = Vector512.FusedMultiplyAdd(x2k, w2, c22);
                    c23 = Vector512.FusedMultiplyAdd(x2k, w3, c23);
                    Vector512<float> x3k = Vector512.Create(Unsafe.Add(ref x3, 2));
                    c30 = Vector512.FusedMultiplyAdd(x3k, w0, c30);
                    c31 = Vector512.FusedMultiplyAdd(x3k, w1, c31);
                    c32 = Vector512.FusedMultiplyAdd(x3k, w2, c32);
                    c33 = Vector512.FusedMultiplyAdd(x3k, w3, c33);
                }
                // input +3
                {
                    Vector512<float> w0 = Vector512.LoadUnsafe(ref wk, (nuint)(3 * Ld + 0));
                    Vector512<float> w1 = Vector512.LoadUnsafe(ref wk, (nuint)(3 * Ld + 16));
                    Vector512<float> w2 = Vector512.LoadUnsafe(ref wk, (nuint)(3 * Ld + 32));
                    Vector512<float> w3 = Vector512.LoadUnsafe(ref wk, (nuint)(3 * Ld + 48));
                    Vector512<float> x0k = Vector512.Create(Unsafe.Add(ref x0, 3));
                    c00 = Vector512.FusedMultiplyAdd(x0k, w0, c00);
                    c01 = Vector512.FusedMultiplyAdd(x0k, w1, c01);
                    c02 = Vector512.FusedMultiplyAdd(x0k, w2, c02);
                    c03 = Vector512.FusedMultiplyAdd(x0k, w3, c03);
                    Vector512<float> x1k = Vector512.Create(Unsafe.Add(ref x1, 3));
                    c10 = Vector512.FusedMultiplyAdd(x1k, w0, c10);
                    c11 = Vector512.FusedMultiplyAdd(x1k, w1, c11);
                    c12 = Vector512.FusedMultiplyAdd(x1k, w2, c12);
                    c13 = Vector512.FusedMultiplyAdd(x1k, w3, c13);
                    Vector512<float> x2k = Vector512.Create(Unsafe.Add(ref x2, 3));
                    c20 = Vector512.FusedMultiplyAdd(x2k, w0, c20);
                    c21 = Vector512.FusedMultiplyAdd(x2k, w1, c21);
                    c22 = Vector512.FusedMultiplyAdd(x2k, w2, c22);
                    c23 = Vector512.FusedMultiplyAdd(x2k, w3, c23);
                    Vector512<float> x3k = Vector512.Create(Unsafe.Add(ref x3, 3));
                    c30 = Vector512.FusedMultiplyAdd(x3k, w0, c30);
                    c31 = Vector512.FusedMultiplyAdd(x3k, w1, c31);
                    c32 = Vector512.FusedMultiplyAdd(x3k, w2, c32);
                    c33 = Vector512.FusedMultiplyAdd(x3k, w3, c33);
                }
                wk = ref Unsafe.Add(ref wk, 4 * Ld);
                x0 = ref Unsafe.Add(ref x0, 4);
                x1 = ref Unsafe.Add(ref x1, 4);
                x2 = ref Unsafe.Add(ref x2, 4);
                x3 = ref Unsafe.Add(ref x3, 4);
            }
            Vector512.StoreUnsafe(c00, ref z, (nuint)((i + 0) * Ld + j));
            Vector512.StoreUnsafe(c01, ref z, (nuint)((i + 0) * Ld + j + 16));
            Vector512.StoreUnsafe(c02, ref z, (nuint)((i + 0) * Ld + j + 32));
            Vector512.StoreUnsafe(c03, ref z, (nuint)((i + 0) * Ld + j + 48));
            Vector512.StoreUnsafe(c10, ref z, (nuint)((i + 1) * Ld + j));
            Vector512.StoreUnsafe(c11, ref z, (nuint)((i + 1) * Ld + j + 16));
            Vector512.StoreUnsafe(c12, ref z, (nuint)((i + 1) * Ld + j + 32));
            Vector512.StoreUnsafe(c13, ref z, (nuint)((i + 1) * Ld + j + 48));
            Vector512.StoreUnsafe(c20, ref z, (nuint)((i + 2) * Ld + j));
            Vector512.StoreUnsafe(c21, ref z, (nuint)((i + 2) * Ld + j + 16));
            Vector512.StoreUnsafe(c22, ref z, (nuint)((i + 2) * Ld + j + 32));
            Vector512.StoreUnsafe(c23, ref z, (nuint)((i + 2) * Ld + j + 48));
            Vector512.StoreUnsafe(c30, ref z, (nuint)((i + 3) * Ld + j));
            Vector512.StoreUnsafe(c31, ref z, (nuint)((i + 3) * Ld + j + 16));
            Vector512.StoreUnsafe(c32, ref z, (nuint)((i + 3) * Ld + j + 32));
            Vector512.StoreUnsafe(c33, ref z, (nuint)((i + 3) * Ld + j + 48));
        }
        // remainder rows: 2 rows × 4 vectors
        for (; i + 2 <= rows; i += 2)
        {
            ref float wk = ref Unsafe.Add(ref wt, j);
            ref float x0 = ref Unsafe.Add(ref xr, (i + 0) * D);
            ref float x1 = ref Unsafe.Add(ref xr, (i + 1) * D);
            Vector512<float> c00 = Vector512<float>.Zero;
            Vector512<float> c01 = Vector512<float>.Zero;
            Vector512<float> c02 = Vector512<float>.Zero;
            Vector512<float> c03 = Vector512<float>.Zero;
            Vector512<float> c10 = Vector512<float>.Zero;
            Vector512<float> c11 = Vector512<float>.Zero;
            Vector512<float> c12 = Vector512<float>.Zero;
            Vector512<float> c13 = Vector512<float>.Zero;
            for (int k = 0; k < 32; k += 4)
            {
                // input +0
                {
                    Vector512<float> w0 = Vector512.LoadUnsafe(ref wk);
                    Vector512<float> w1 = Vector512.LoadUnsafe(ref wk, (nuint)16);
                    Vector512<float> w2 = Vector512.LoadUnsafe(ref wk, (nuint)32);
                    Vector512<float> w3 = Vector512.LoadUnsafe(ref wk, (nuint)48);
                    Vector512<float> x0k = Vector512.Create(Unsafe.Add(ref x0, 0));
                    c00 = Vector512.FusedMultiplyAdd(x0k, w0, c00);
                    c01 = Vector512.FusedMultiplyAdd(x0k, w1, c01);
                    c02 = Vector512.FusedMultiplyAdd(x0k, w2, c02);
                    c03 = Vector512.FusedMultiplyAdd(x0k, w3, c03);
                    Vector512<float> x1k = Vector512.Create(Unsafe.Add(ref x1, 0));
                    c10 = Vector512.FusedMultiplyAdd(x1k, w0, c10);
                    c11 = Vector512.FusedMultiplyAdd(x1k, w1, c11);
                    c12 = Vector512.FusedMultiplyAdd(x1k, w2, c12);
                    c13 = Vector512.FusedMultiplyAdd(x1k, w3, c13);
                }
                // input +1
                {
                    Vector512<float> w0 = Vector512.LoadUnsafe(ref wk, (nuint)(1 * Ld + 0));
                    Vector512<float> w1 = Vector512.LoadUnsafe(ref wk, (nuint)(1 * Ld + 16));
                    Vector512<float> w2 = Vector512.LoadUnsafe(ref wk, (nuint)(1 * Ld + 32));
                    Vector512<float> w3 = Vector512.LoadUnsafe(ref wk, (nuint)(1 * Ld + 48));
                    Vector512<float> x0k = Vector512.Create(Unsafe.Add(ref x0, 1));
                    c00 = Vector512.FusedMultiplyAdd(x0k, w0, c00);
                    c01 = Vector512.FusedMultiplyAdd(x0k, w1, c01);
                    c02 = Vector512.FusedMultiplyAdd(x0k, w2, c02);
                    c03 = Vector512.FusedMultiplyAdd(x0k, w3, c03);
                    Vector512<float> x1k = Vector512.Create(Unsafe.Add(ref x1, 1));
                    c10 = Vector512.FusedMultiplyAdd(x1k, w0, c10);
                    c11 = Vector512.FusedMultiplyAdd(x1k, w1, c11);
                    c12 = Vector512.FusedMultiplyAdd(x1k, w2, c12);
                    c13 = Vector512.FusedMultiplyAdd(x1k, w3, c13);
                }
                // input +2
                {
                    Vector512<float> w0 = Vector512.LoadUnsafe(ref wk, (nuint)(2 * Ld + 0));
                    Vector512<float> w1 = Vector512.LoadUnsafe(ref wk, (nuint)(2 * Ld + 16));
                    Vector512<float> w2 = Vector512.LoadUnsafe(ref wk, (nuint)(2 * Ld + 32));
                    Vector512<float> w3 = Vector512.LoadUnsafe(ref wk, (nuint)(2 * Ld + 48));
                    Vector512<float> x0k = Vector512.Create(Unsafe.Add(ref x0, 2));
                    c00 = Vector512.FusedMultiplyAdd(x0k, w0, c00);
                    c01 = Vector512.FusedMultiplyAdd(x0k, w1, c01);
                    c02 = Vector512.FusedMultiplyAdd(x0k, w2, c02);
                    c03 = Vector512.FusedMultiplyAdd(x0k, w3, c03);
                    Vector512<float> x1k = Vector512.Create(Unsafe.Add(ref x1, 2));
                    c10 = Vector512.FusedMultiplyAdd(x1k, w0, c10);
                    c11 = Vector512.FusedMultiplyAdd(x1k, w1, c11);
                    c12 = Vector512.FusedMultiplyAdd(x1k, w2, c12);
                    c13 = Vector512.FusedMultiplyAdd(x1k, w3, c13);
                }
                // input +3
                {
                    Vector512<float> w0 = Vector512.LoadUnsafe(ref wk, (nuint)(3 * Ld + 0));
                    Vector512<float> w1 = Vector512.LoadUnsafe(ref wk, (nuint)(3 * Ld + 16));
                    Vector512<float> w2 = Vector512.LoadUnsafe(ref wk, (nuint)(3 * Ld + 32));
                    Vector512<float> w3 = Vector512.LoadUnsafe(ref wk, (nuint)(3 * Ld + 48));
                    Vector512<float> x0k = Vector512.Create(Unsafe.Add(ref x0, 3));
                    c00 = Vector512.FusedMultiplyAdd(x0k, w0, c00);
                    c01 = Vector512.FusedMultiplyAdd(x0k, w1, c01);
                    c02 = Vector512.FusedMultiplyAdd(x0k, w2, c02);
                    c03 = Vector512.FusedMultiplyAdd(x0k, w3, c03);
                    Vector512<float> x1k = Vector512.Create(Unsafe.Add(ref x1, 3));
                    c10 = Vector512.FusedMultiplyAdd(x1k, w0, c10);
                    c11 = Vector512.FusedMultiplyAdd(x1k, w1, c11);
                    c12 = Vector512.FusedMultiplyAdd(x1k, w2, c12);
                    c13 = Vector512.FusedMultiplyAdd(x1k, w3, c13);
                }
                wk = ref Unsafe.Add(ref wk, 4 * Ld);
                x0 = ref Unsafe.Add(ref x0, 4);
                x1 = ref Unsafe.Add(ref x1, 4);
            }
            Vector512.StoreUnsafe(c00, ref z, (nuint)((i + 0) * Ld + j));
            Vector512.StoreUnsafe(c01, ref z, (nuint)((i + 0) * Ld + j + 16));
            Vector512.StoreUnsafe(c02, ref z, (nuint)((i + 0) * Ld + j + 32));
            Vector512.StoreUnsafe(c03, ref z, (nuint)((i + 0) * Ld + j + 48));
            Vector512.StoreUnsafe(c10, ref z, (nuint)((i + 1) * Ld + j));
            Vector512.StoreUnsafe(c11, ref z, (nuint)((i + 1) * Ld + j + 16));
            Vector512.StoreUnsafe(c12, ref z, (nuint)((i + 1) * Ld + j + 32));
            Vector512.StoreUnsafe(c13, ref z, (nuint)((i + 1) * Ld + j + 48));
        }
        // remainder rows: 1 row × 4 vectors
        for (; i < rows; i++)
        {
            ref float wk = ref Unsafe.Add(ref wt, j);
            ref float x0 = ref Unsafe.Add(ref xr, (i + 0) * D);
            Vector512<float> c00 = Vector512<float>.Zero;
            Vector512<float> c01 = Vector512<float>.Zero;
            Vector512<float> c02 = Vector512<float>.Zero;
            Vector512<float> c03 = Vector512<float>.Zero;
            for (int k = 0; k < 32; k += 4)
            {
                // input +0
                {
                    Vector512<float> w0 = Vector512.LoadUnsafe(ref wk);
                    Vector512<float> w1 = Vector512.LoadUnsafe(ref wk, (nuint)16);
                    Vector512<float> w2 = Vector512.LoadUnsafe(ref wk, (nuint)32);
                    Vector512<float> w3 = Vector512.LoadUnsafe(ref wk, (nuint)48);
                    Vector512<float> x0k = Vector512.Create(Unsafe.Add(ref x0, 0));
                    c00 = Vector512.FusedMultiplyAdd(x0k, w0, c00);
                    c01 = Vector512.FusedMultiplyAdd(x0k, w1, c01);
                    c02 = Vector512.FusedMultiplyAdd(x0k, w2, c02);
                    c03 = Vector512.FusedMultiplyAdd(x0k, w3, c03);
                }
                // input +1
                {
                    Vector512<float> w0 = Vector512.LoadUnsafe(ref wk, (nuint)(1 * Ld + 0));
                    Vector512<float> w1 = Vector512.LoadUnsafe(ref wk, (nuint)(1 * Ld + 16));
                    Vector512<float> w2 = Vector512.LoadUnsafe(ref wk, (nuint)(1 * Ld + 32));
                    Vector512<float> w3 = Vector512.LoadUnsafe(ref wk, (nuint)(1 * Ld + 48));
                    Vector512<float> x0k = Vector512.Create(Unsafe.Add(ref x0, 1));
                    c00 = Vector512.FusedMultiplyAdd(x0k, w0, c00);
                    c01 = Vector512.FusedMultiplyAdd(x0k, w1, c01);
                    c02 = Vector512.FusedMultiplyAdd(x0k, w2, c02);
                    c03 = Vector512.FusedMultiplyAdd(x0k, w3, c03);
                }
                // input +2
                {
                    Vector512<float> w0 = Vector512.LoadUnsafe(ref wk, (nuint)(2 * Ld + 0));
                    Vector512<float> w1 = Vector512.LoadUnsafe(ref wk, (nuint)(2 * Ld + 16));
                    Vector512<float> w2 = Vector512.LoadUnsafe(ref wk, (nuint)(2 * Ld + 32));
                    Vector512<float> w3 = Vector512.LoadUnsafe(ref wk, (nuint)(2 * Ld + 48));
                    Vector512<float> x0k = Vector512.Create(Unsafe.Add(ref x0, 2));
                    c00 = Vector512.FusedMultiplyAdd(x0k, w0, c00);
                    c01 = Vector512.FusedMultiplyAdd(x0k, w1, c01);
                    c02 = Vector512.FusedMultiplyAdd(x0k, w2, c02);
                    c03 = Vector512.FusedMultiplyAdd(x0k, w3, c03);
                }
                // input +3
                {
                    Vector512<float> w0 = Vector512.LoadUnsafe(ref wk, (nuint)(3 * Ld + 0));
                    Vector512<float> w1 = Vector512.LoadUnsafe(ref wk, (nuint)(3 * Ld + 16));
                    Vector512<float> w2 = Vector512.LoadUnsafe(ref wk, (nuint)(3 * Ld + 32));
                    Vector512<float> w3 = Vector512.LoadUnsafe(ref wk, (nuint)(3 * Ld + 48));
                    Vector512<float> x0k = Vector512.Create(Unsafe.Add(ref x0, 3));
                    c00 = Vector512.FusedMultiplyAdd(x0k, w0, c00);
                    c01 = Vector512.FusedMultiplyAdd(x0k, w1, c01);
                    c02 = Vector512.FusedMultiplyAdd(x0k, w2, c02);
                    c03 = Vector512.FusedMultiplyAdd(x0k, w3, c03);
                }
                wk = ref Unsafe.Add(ref wk, 4 * Ld);
                x0 = ref Unsafe.Add(ref x0, 4);
            }
            Vector512.StoreUnsafe(c00, ref z, (nuint)((i + 0) * Ld + j));
            Vector512.StoreUnsafe(c01, ref z, (nuint)((i + 0) * Ld + j + 16));
            Vector512.StoreUnsafe(c02, ref z, (nuint)((i + 0) * Ld + j + 32));
            Vector512.StoreUnsafe(c03, ref z, (nuint)((i + 0) * Ld + j + 48));
        }
    }
}
