// ───────────── Vector512 path (16 lanes) ─────────────
// pre-activations Z[i, j] = Σ_k x_ik w_j[k]: for each column block of 7 vectors of neurons (its d × 112 weights stay in L1), 3 rows × 7 vectors of accumulators per tile
[MethodImpl(MethodImplOptions.NoInlining | MethodImplOptions.AggressiveOptimization)]
private void Forward512(ref float xr, int rows, int j0, int j1)
{
    ref float wt = ref _wt.Start;
    ref float z = ref _z.Start;
    for (int j = j0; j < j1; j += 112)
    {
        int i = 0;
        for (; i + 3 <= rows; i += 3)
        {
            ref float wk = ref Unsafe.Add(ref wt, j);
            ref float x0 = ref Unsafe.Add(ref xr, (i + 0) * D);
            ref float x1 = ref Unsafe.Add(ref xr, (i + 1) * D);
            ref float x2 = ref Unsafe.Add(ref xr, (i + 2) * D);
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
            Vector512<float> c20 = Vector512<float>.Zero;
            Vector512<float> c21 = Vector512<float>.Zero;
            Vector512<float> c22 = Vector512<float>.Zero;
            Vector512<float> c23 = Vector512<float>.Zero;
            Vector512<float> c24 = Vector512<float>.Zero;
            Vector512<float> c25 = Vector512<float>.Zero;
            Vector512<float> c26 = Vector512<float>.Zero;
            for (int k = 0; k < 32; k += 8)
            {
                // input +0
                {
                    Prefetch.L1(ref wk, 8 * Ld);
                    Prefetch.L1(ref wk, 8 * Ld + 16);
                    Prefetch.L1(ref wk, 8 * Ld + 32);
                    Prefetch.L1(ref wk, 8 * Ld + 48);
                    Prefetch.L1(ref wk, 8 * Ld + 64);
                    Prefetch.L1(ref wk, 8 * Ld + 80);
                    Prefetch.L1(ref wk, 8 * Ld + 96);
                    Prefetch.L1(ref wk, 8 * Ld + 111);
                    Vector512<float> w0 = Vector512.LoadUnsafe(ref wk);
                    Vector512<float> w1 = Vector512.LoadUnsafe(ref wk, (nuint)16);
                    Vector512<float> w2 = Vector512.LoadUnsafe(ref wk, (nuint)32);
                    Vector512<float> w3 = Vector512.LoadUnsafe(ref wk, (nuint)48);
                    Vector512<float> w4 = Vector512.LoadUnsafe(ref wk, (nuint)64);
                    Vector512<float> w5 = Vector512.LoadUnsafe(ref wk, (nuint)80);
                    Vector512<float> w6 = Vector512.LoadUnsafe(ref wk, (nuint)96);
                    Vector512<float> x0k = Vector512.Create(Unsafe.Add(ref x0, 0));
                    c00 = Vector512.FusedMultiplyAdd(x0k, w0, c00);
                    c01 = Vector512.FusedMultiplyAdd(x0k, w1, c01);
                    c02 = Vector512.FusedMultiplyAdd(x0k, w2, c02);
                    c03 = Vector512.FusedMultiplyAdd(x0k, w3, c03);
                    c04 = Vector512.FusedMultiplyAdd(x0k, w4, c04);
                    c05 = Vector512.FusedMultiplyAdd(x0k, w5, c05);
                    c06 = Vector512.FusedMultiplyAdd(x0k, w6, c06);
                    Vector512<float> x1k = Vector512.Create(Unsafe.Add(ref x1, 0));
                    c10 = Vector512.FusedMultiplyAdd(x1k, w0, c10);
                    c11 = Vector512.FusedMultiplyAdd(x1k, w1, c11);
                    c12 = Vector512.FusedMultiplyAdd(x1k, w2, c12);
                    c13 = Vector512.FusedMultiplyAdd(x1k, w3, c13);
                    c14 = Vector512.FusedMultiplyAdd(x1k, w4, c14);
                    c15 = Vector512.FusedMultiplyAdd(x1k, w5, c15);
                    c16 = Vector512.FusedMultiplyAdd(x1k, w6, c16);
                    Vector512<float> x2k = Vector512.Create(Unsafe.Add(ref x2, 0));
                    c20 = Vector512.FusedMultiplyAdd(x2k, w0, c20);
                    c21 = Vector512.FusedMultiplyAdd(x2k, w1, c21);
                    c22 = Vector512.FusedMultiplyAdd(x2k, w2, c22);
                    c23 = Vector512.FusedMultiplyAdd(x2k, w3, c23);
                    c24 = Vector512.FusedMultiplyAdd(x2k, w4, c24);
                    c25 = Vector512.FusedMultiplyAdd(x2k, w5, c25);
                    c26 = Vector512.FusedMultiplyAdd(x2k, w6, c26);
                }
                // input +1
                {
                    Prefetch.L1(ref wk, 9 * Ld);
                    Prefetch.L1(ref wk, 9 * Ld + 16);
                    Prefetch.L1(ref wk, 9 * Ld + 32);
                    Prefetch.L1(ref wk, 9 * Ld + 48);
                    Prefetch.L1(ref wk, 9 * Ld + 64);
                    Prefetch.L1(ref wk, 9 * Ld + 80);
                    Prefetch.L1(ref wk, 9 * Ld + 96);
                    Prefetch.L1(ref wk, 9 * Ld + 111);
                    Vector512<float> w0 = Vector512.LoadUnsafe(ref wk, (nuint)(1 * Ld + 0));
                    Vector512<float> w1 = Vector512.LoadUnsafe(ref wk, (nuint)(1 * Ld + 16));
                    Vector512<float> w2 = Vector512.LoadUnsafe(ref wk, (nuint)(1 * Ld + 32));
                    Vector512<float> w3 = Vector512.LoadUnsafe(ref wk, (nuint)(1 * Ld + 48));
                    Vector512<float> w4 = Vector512.LoadUnsafe(ref wk, (nuint)(1 * Ld + 64));
                    Vector512<float> w5 = Vector512.LoadUnsafe(ref wk, (nuint)(1 * Ld + 80));
                    Vector512<float> w6 = Vector512.LoadUnsafe(ref wk, (nuint)(1 * Ld + 96));
                    Vector512<float> x0k = Vector512.Create(Unsafe.Add(ref x0, 1));
                    c00 = Vector512.FusedMultiplyAdd(x0k, w0, c00);
                    c01 = Vector512.FusedMultiplyAdd(x0k, w1, c01);
                    c02 = Vector512.FusedMultiplyAdd(x0k, w2, c02);
                    c03 = Vector512.FusedMultiplyAdd(x0k, w3, c03);
                    c04 = Vector512.FusedMultiplyAdd(x0k, w4, c04);
                    c05 = Vector512.FusedMultiplyAdd(x0k, w5, c05);
                    c06 = Vector512.FusedMultiplyAdd(x0k, w6, c06);
                    Vector512<float> x1k = Vector512.Create(Unsafe.Add(ref x1, 1));
                    c10 = Vector512.FusedMultiplyAdd(x1k, w0, c10);
                    c11 = Vector512.FusedMultiplyAdd(x1k, w1, c11);
                    c12 = Vector512.FusedMultiplyAdd(x1k, w2, c12);
                    c13 = Vector512.FusedMultiplyAdd(x1k, w3, c13);
                    c14 = Vector512.FusedMultiplyAdd(x1k, w4, c14);
                    c15 = Vector512.FusedMultiplyAdd(x1k, w5, c15);
                    c16 = Vector512.FusedMultiplyAdd(x1k, w6, c16);
                    Vector512<float> x2k = Vector512.Create(Unsafe.Add(ref x2, 1));
                    c20 = Vector512.FusedMultiplyAdd(x2k, w0, c20);
                    c21 = Vector512.FusedMultiplyAdd(x2k, w1, c21);
                    c22 = Vector512.FusedMultiplyAdd(x2k, w2, c22);
                    c23 = Vector512.FusedMultiplyAdd(x2k, w3, c23);
                    c24 = Vector512.FusedMultiplyAdd(x2k, w4, c24);
                    c25 = Vector512.FusedMultiplyAdd(x2k, w5, c25);
                    c26 = Vector512.FusedMultiplyAdd(x2k, w6, c26);
                }
                // input +2
                {
                    Prefetch.L1(ref wk, 10 * Ld);
                    Prefetch.L1(ref wk, 10 * Ld + 16);
                    Prefetch.L1(ref wk, 10 * Ld + 32);
                    Prefetch.L1(ref wk, 10 * Ld + 48);
                    Prefetch.L1(ref wk, 10 * Ld + 64);
                    Prefetch.L1(ref wk, 10 * Ld + 80);
                    Prefetch.L1(ref wk, 10 * Ld + 96);
                    Prefetch.L1(ref wk, 10 * Ld + 111);
                    Vector512<float> w0 = Vector512.LoadUnsafe(ref wk, (nuint)(2 * Ld + 0));
                    Vector512<float> w1 = Vector512.LoadUnsafe(ref wk, (nuint)(2 * Ld + 16));
                    Vector512<float> w2 = Vector512.LoadUnsafe(ref wk, (nuint)(2 * Ld + 32));
                    Vector512<float> w3 = Vector512.LoadUnsafe(ref wk, (nuint)(2 * Ld + 48));
                    Vector512<float> w4 = Vector512.LoadUnsafe(ref wk, (nuint)(2 * Ld + 64));
                    Vector512<float> w5 = Vector512.LoadUnsafe(ref wk, (nuint)(2 * Ld + 80));
                    Vector512<float> w6 = Vector512.LoadUnsafe(ref wk, (nuint)(2 * Ld + 96));
                    Vector512<float> x0k = Vector512.Create(Unsafe.Add(ref x0, 2));
                    c00 = Vector512.FusedMultiplyAdd(x0k, w0, c00);
                    c01 = Vector512.FusedMultiplyAdd(x0k, w1, c01);
                    c02 = Vector512.FusedMultiplyAdd(x0k, w2, c02);
                    c03 = Vector512.FusedMultiplyAdd(x0k, w3, c03);
                    c04 = Vector512.FusedMultiplyAdd(x0k, w4, c04);
                    c05 = Vector512.FusedMultiplyAdd(x0k, w5, c05);
                    c06 = Vector512.FusedMultiplyAdd(x0k, w6, c06);
                    Vector512<float> x1k = Vector512.Create(Unsafe.Add(ref x1, 2));
                    c10 = Vector512.FusedMultiplyAdd(x1k, w0, c10);
                    c11 = Vector512.FusedMultiplyAdd(x1k, w1, c11);
                    c12 = Vector512.FusedMultiplyAdd(x1k, w2, c12);
                    c13 = Vector512.FusedMultiplyAdd(x1k, w3, c13);
                    c14 = Vector512.FusedMultiplyAdd(x1k, w4, c14);
                    c15 = Vector512.FusedMultiplyAdd(x1k, w5, c15);
                    c16 = Vector512.FusedMultiplyAdd(x1k, w6, c16);
                    Vector512<float> x2k = Vector512.Create(Unsafe.Add(ref x2, 2));
                    c20 = Vector512.FusedMultiplyAdd(x2k, w0, c20);
                    c21 = Vector512.FusedMultiplyAdd(x2k, w1, c21);
                    c22 = Vector512.FusedMultiplyAdd(x2k, w2, c22);
                    c23 = Vector512.FusedMultiplyAdd(x2k, w3, c23);
                    c24 = Vector512.FusedMultiplyAdd(x2k, w4, c24);
                    c25 = Vector512.FusedMultiplyAdd(x2k, w5, c25);
                    c26 = Vector512.FusedMultiplyAdd(x2k, w6, c26);
                }
                // input +3
                {
                    Prefetch.L1(ref wk, 11 * Ld);
                    Prefetch.L1(ref wk, 11 * Ld + 16);
                    Prefetch.L1(ref wk, 11 * Ld + 32);
                    Prefetch.L1(ref wk, 11 * Ld + 48);
                    Prefetch.L1(ref wk, 11 * Ld + 64);
                    Prefetch.L1(ref wk, 11 * Ld + 80);
                    Prefetch.L1(ref wk, 11 * Ld + 96);
                    Prefetch.L1(ref wk, 11 * Ld + 111);
                    Vector512<float> w0 = Vector512.LoadUnsafe(ref wk, (nuint)(3 * Ld + 0));
                    Vector512<float> w1 = Vector512.LoadUnsafe(ref wk, (nuint)(3 * Ld + 16));
                    Vector512<float> w2 = Vector512.LoadUnsafe(ref wk, (nuint)(3 * Ld + 32));
                    Vector512<float> w3 = Vector512.LoadUnsafe(ref wk, (nuint)(3 * Ld + 48));
                    Vector512<float> w4 = Vector512.LoadUnsafe(ref wk, (nuint)(3 * Ld + 64));
                    Vector512<float> w5 = Vector512.LoadUnsafe(ref wk, (nuint)(3 * Ld + 80));
                    Vector512<float> w6 = Vector512.LoadUnsafe(ref wk, (nuint)(3 * Ld + 96));
                    Vector512<float> x0k = Vector512.Create(Unsafe.Add(ref x0, 3));
                    c00 = Vector512.FusedMultiplyAdd(x0k, w0, c00);
                    c01 = Vector512.FusedMultiplyAdd(x0k, w1, c01);
                    c02 = Vector512.FusedMultiplyAdd(x0k, w2, c02);
                    c03 = Vector512.FusedMultiplyAdd(x0k, w3, c03);
                    c04 = Vector512.FusedMultiplyAdd(x0k, w4, c04);
                    c05 = Vector512.FusedMultiplyAdd(x0k, w5, c05);
                    c06 = Vector512.FusedMultiplyAdd(x0k, w6, c06);
                    Vector512<float> x1k = Vector512.Create(Unsafe.Add(ref x1, 3));
                    c10 = Vector512.FusedMultiplyAdd(x1k, w0, c10);
                    c11 = Vector512.FusedMultiplyAdd(x1k, w1, c11);
                    c12 = Vector512.FusedMultiplyAdd(x1k, w2, c12);
                    c13 = Vector512.FusedMultiplyAdd(x1k, w3, c13);
                    c14 = Vector512.FusedMultiplyAdd(x1k, w4, c14);
                    c15 = Vector512.FusedMultiplyAdd(x1k, w5, c15);
                    c16 = Vector512.FusedMultiplyAdd(x1k, w6, c16);
                    Vector512<float> x2k = Vector512.Create(Unsafe.Add(ref x2, 3));
                    c20 = Vector512.FusedMultiplyAdd(x2k, w0, c20);
                    c21 = Vector512.FusedMultiplyAdd(x2k, w1, c21);
                    c22 = Vector512.FusedMultiplyAdd(x2k, w2, c22);
                    c23 = Vector512.FusedMultiplyAdd(x2k, w3, c23);
                    c24 = Vector512.FusedMultiplyAdd(x2k, w4, c24);
                    c25 = Vector512.FusedMultiplyAdd(x2k, w5, c25);
                    c26 = Vector512.FusedMultiplyAdd(x2k, w6, c26);
                }
                // input +4
                {
                    Prefetch.L1(ref wk, 12 * Ld);
                    Prefetch.L1(ref wk, 12 * Ld + 16);
                    Prefetch.L1(ref wk, 12 * Ld + 32);
                    Prefetch.L1(ref wk, 12 * Ld + 48);
                    Prefetch.L1(ref wk, 12 * Ld + 64);
                    Prefetch.L1(ref wk, 12 * Ld + 80);
                    Prefetch.L1(ref wk, 12 * Ld + 96);
                    Prefetch.L1(ref wk, 12 * Ld + 111);
                    Vector512<float> w0 = Vector512.LoadUnsafe(ref wk, (nuint)(4 * Ld + 0));
                    Vector512<float> w1 = Vector512.LoadUnsafe(ref wk, (nuint)(4 * Ld + 16));
                    Vector512<float> w2 = Vector512.LoadUnsafe(ref wk, (nuint)(4 * Ld + 32));
                    Vector512<float> w3 = Vector512.LoadUnsafe(ref wk, (nuint)(4 * Ld + 48));
                    Vector512<float> w4 = Vector512.LoadUnsafe(ref wk, (nuint)(4 * Ld + 64));
                    Vector512<float> w5 = Vector512.LoadUnsafe(ref wk, (nuint)(4 * Ld + 80));
                    Vector512<float> w6 = Vector512.LoadUnsafe(ref wk, (nuint)(4 * Ld + 96));
                    Vector512<float> x0k = Vector512.Create(Unsafe.Add(ref x0, 4));
                    c00 = Vector512.FusedMultiplyAdd(x0k, w0, c00);
                    c01 = Vector512.FusedMultiplyAdd(x0k, w1, c01);
                    c02 = Vector512.FusedMultiplyAdd(x0k, w2, c02);
                    c03 = Vector512.FusedMultiplyAdd(x0k, w3, c03);
                    c04 = Vector512.FusedMultiplyAdd(x0k, w4, c04);
                    c05 = Vector512.FusedMultiplyAdd(x0k, w5, c05);
                    c06 = Vector512.FusedMultiplyAdd(x0k, w6, c06);
                    Vector512<float> x1k = Vector512.Create(Unsafe.Add(ref x1, 4));
                    c10 = Vector512.FusedMultiplyAdd(x1k, w0, c10);
                    c11 = Vector512.FusedMultiplyAdd(x1k, w1, c11);
                    c12 = Vector512.FusedMultiplyAdd(x1k, w2, c12);
                    c13 = Vector512.FusedMultiplyAdd(x1k, w3, c13);
                    c14 = Vector512.FusedMultiplyAdd(x1k, w4, c14);
                    c15 = Vector512.FusedMultiplyAdd(x1k, w5, c15);
                    c16 = Vector512.FusedMultiplyAdd(x1k, w6, c16);
                    Vector512<float> x2k = Vector512.Create(Unsafe.Add(ref x2, 4));
                    c20 = Vector512.FusedMultiplyAdd(x2k, w0, c20);
                    c21 = Vector512.FusedMultiplyAdd(x2k, w1, c21);
                    c22 = Vector512.FusedMultiplyAdd(x2k, w2, c22);
                    c23 = Vector512.FusedMultiplyAdd(x2k, w3, c23);
                    c24 = Vector512.FusedMultiplyAdd(x2k, w4, c24);
                    c25 = Vector512.FusedMultiplyAdd(x2k, w5, c25);
                    c26 = Vector512.FusedMultiplyAdd(x2k, w6, c26);
                }
                // input +5
                {
                    Prefetch.L1(ref wk, 13 * Ld);
                    Prefetch.L1(ref wk, 13 * Ld + 16);
                    Prefetch.L1(ref wk, 13 * Ld + 32);
                    Prefetch.L1(ref wk, 13 * Ld + 48);
                    Prefetch.L1(ref wk, 13 * Ld + 64);
                    Prefetch.L1(ref wk, 13 * Ld + 80);
                    Prefetch.L1(ref wk, 13 * Ld + 96);
                    Prefetch.L1(ref wk, 13 * Ld + 111);
                    Vector512<float> w0 = Vector512.LoadUnsafe(ref wk, (nuint)(5 * Ld + 0));
                    Vector512<float> w1 = Vector512.LoadUnsafe(ref wk, (nuint)(5 * Ld + 16));
                    Vector512<float> w2 = Vector512.LoadUnsafe(ref wk, (nuint)(5 * Ld + 32));
                    Vector512<float> w3 = Vector512.LoadUnsafe(ref wk, (nuint)(5 * Ld + 48));
                    Vector512<float> w4 = Vector512.LoadUnsafe(ref wk, (nuint)(5 * Ld + 64));
                    Vector512<float> w5 = Vector512.LoadUnsafe(ref wk, (nuint)(5 * Ld + 80));
                    Vector512<float> w6 = Vector512.LoadUnsafe(ref wk, (nuint)(5 * Ld + 96));
                    Vector512<float> x0k = Vector512.Create(Unsafe.Add(ref x0, 5));
                    c00 = Vector512.FusedMultiplyAdd(x0k, w0, c00);
                    c01 = Vector512.FusedMultiplyAdd(x0k, w1, c01);
                    c02 = Vector512.FusedMultiplyAdd(x0k, w2, c02);
                    c03 = Vector512.FusedMultiplyAdd(x0k, w3, c03);
                    c04 = Vector512.FusedMultiplyAdd(x0k, w4, c04);
                    c05 = Vector512.FusedMultiplyAdd(x0k, w5, c05);
                    c06 = Vector512.FusedMultiplyAdd(x0k, w6, c06);
                    Vector512<float> x1k = Vector512.Create(Unsafe.Add(ref x1, 5));
                    c10 = Vector512.FusedMultiplyAdd(x1k, w0, c10);
                    c11 = Vector512.FusedMultiplyAdd(x1k, w1, c11);
                    c12 = Vector512.FusedMultiplyAdd(x1k, w2, c12);
                    c13 = Vector512.FusedMultiplyAdd(x1k, w3, c13);
                    c14 = Vector512.FusedMultiplyAdd(x1k, w4, c14);
                    c15 = Vector512.FusedMultiplyAdd(x1k, w5, c15);
                    c16 = Vector512.FusedMultiplyAdd(x1k, w6, c16);
                    Vector512<float> x2k = Vector512.Create(Unsafe.Add(ref x2, 5));
                    c20 = Vector512.FusedMultiplyAdd(x2k, w0, c20);
                    c21 = Vector512.FusedMultiplyAdd(x2k, w1, c21);
                    c22 = Vector512.FusedMultiplyAdd(x2k, w2, c22);
                    c23 = Vector512.FusedMultiplyAdd(x2k, w3, c23);
                    c24 = Vector512.FusedMultiplyAdd(x2k, w4, c24);
                    c25 = Vector512.FusedMultiplyAdd(x2k, w5, c25);
                    c26 = Vector512.FusedMultiplyAdd(x2k, w6, c26);
                }
                // input +6
                {
                    Prefetch.L1(ref wk, 14 * Ld);
                    Prefetch.L1(ref wk, 14 * Ld + 16);
                    Prefetch.L1(ref wk, 14 * Ld + 32);
                    Prefetch.L1(ref wk, 14 * Ld + 48);
                    Prefetch.L1(ref wk, 14 * Ld + 64);
                    Prefetch.L1(ref wk, 14 * Ld + 80);
                    Prefetch.L1(ref wk, 14 * Ld + 96);
                    Prefetch.L1(ref wk, 14 * Ld + 111);
                    Vector512<float> w0 = Vector512.LoadUnsafe(ref wk, (nuint)(6 * Ld + 0));
                    Vector512<float> w1 = Vector512.LoadUnsafe(ref wk, (nuint)(6 * Ld + 16));
                    Vector512<float> w2 = Vector512.LoadUnsafe(ref wk, (nuint)(6 * Ld + 32));
                    Vector512<float> w3 = Vector512.LoadUnsafe(ref wk, (nuint)(6 * Ld + 48));
                    Vector512<float> w4 = Vector512.LoadUnsafe(ref wk, (nuint)(6 * Ld + 64));
                    Vector512<float> w5 = Vector512.LoadUnsafe(ref wk, (nuint)(6 * Ld + 80));
                    Vector512<float> w6 = Vector512.LoadUnsafe(ref wk, (nuint)(6 * Ld + 96));
                    Vector512<float> x0k = Vector512.Create(Unsafe.Add(ref x0, 6));
                    c00 = Vector512.FusedMultiplyAdd(x0k, w0, c00);
                    c01 = Vector512.FusedMultiplyAdd(x0k, w1, c01);
                    c02 = Vector512.FusedMultiplyAdd(x0k, w2, c02);
                    c03 = Vector512.FusedMultiplyAdd(x0k, w3, c03);
                    c04 = Vector512.FusedMultiplyAdd(x0k, w4, c04);
                    c05 = Vector512.FusedMultiplyAdd(x0k, w5, c05);
                    c06 = Vector512.FusedMultiplyAdd(x0k, w6, c06);
                    Vector512<float> x1k = Vector512.Create(Unsafe.Add(ref x1, 6));
                    c10 = Vector512.FusedMultiplyAdd(x1k, w0, c10);
                    c11 = Vector512.FusedMultiplyAdd(x1k, w1, c11);
                    c12 = Vector512.FusedMultiplyAdd(x1k, w2, c12);
                    c13 = Vector512.FusedMultiplyAdd(x1k, w3, c13);
                    c14 = Vector512.FusedMultiplyAdd(x1k, w4, c14);
                    c15 = Vector512.FusedMultiplyAdd(x1k, w5, c15);
                    c16 = Vector512.FusedMultiplyAdd(x1k, w6, c16);
                    Vector512<float> x2k = Vector512.Create(Unsafe.Add(ref x2, 6));
                    c20 = Vector512.FusedMultiplyAdd(x2k, w0, c20);
                    c21 = Vector512.FusedMultiplyAdd(x2k, w1, c21);
                    c22 = Vector512.FusedMultiplyAdd(x2k, w2, c22);
                    c23 = Vector512.FusedMultiplyAdd(x2k, w3, c23);
                    c24 = Vector512.FusedMultiplyAdd(x2k, w4, c24);
                    c25 = Vector512.FusedMultiplyAdd(x2k, w5, c25);
                    c26 = Vector512.FusedMultiplyAdd(x2k, w6, c26);
                }
                // input +7
                {
                    Prefetch.L1(ref wk, 15 * Ld);
                    Prefetch.L1(ref wk, 15 * Ld + 16);
                    Prefetch.L1(ref wk, 15 * Ld + 32);
                    Prefetch.L1(ref wk, 15 * Ld + 48);
                    Prefetch.L1(ref wk, 15 * Ld + 64);
                    Prefetch.L1(ref wk, 15 * Ld + 80);
                    Prefetch.L1(ref wk, 15 * Ld + 96);
                    Prefetch.L1(ref wk, 15 * Ld + 111);
                    Vector512<float> w0 = Vector512.LoadUnsafe(ref wk, (nuint)(7 * Ld + 0));
                    Vector512<float> w1 = Vector512.LoadUnsafe(ref wk, (nuint)(7 * Ld + 16));
                    Vector512<float> w2 = Vector512.LoadUnsafe(ref wk, (nuint)(7 * Ld + 32));
                    Vector512<float> w3 = Vector512.LoadUnsafe(ref wk, (nuint)(7 * Ld + 48));
                    Vector512<float> w4 = Vector512.LoadUnsafe(ref wk, (nuint)(7 * Ld + 64));
                    Vector512<float> w5 = Vector512.LoadUnsafe(ref wk, (nuint)(7 * Ld + 80));
                    Vector512<float> w6 = Vector512.LoadUnsafe(ref wk, (nuint)(7 * Ld + 96));
                    Vector512<float> x0k = Vector512.Create(Unsafe.Add(ref x0, 7));
                    c00 = Vector512.FusedMultiplyAdd(x0k, w0, c00);
                    c01 = Vector512.FusedMultiplyAdd(x0k, w1, c01);
                    c02 = Vector512.FusedMultiplyAdd(x0k, w2, c02);
                    c03 = Vector512.FusedMultiplyAdd(x0k, w3, c03);
                    c04 = Vector512.FusedMultiplyAdd(x0k, w4, c04);
                    c05 = Vector512.FusedMultiplyAdd(x0k, w5, c05);
                    c06 = Vector512.FusedMultiplyAdd(x0k, w6, c06);
                    Vector512<float> x1k = Vector512.Create(Unsafe.Add(ref x1, 7));
                    c10 = Vector512.FusedMultiplyAdd(x1k, w0, c10);
                    c11 = Vector512.FusedMultiplyAdd(x1k, w1, c11);
                    c12 = Vector512.FusedMultiplyAdd(x1k, w2, c12);
                    c13 = Vector512.FusedMultiplyAdd(x1k, w3, c13);
                    c14 = Vector512.FusedMultiplyAdd(x1k, w4, c14);
                    c15 = Vector512.FusedMultiplyAdd(x1k, w5, c15);
                    c16 = Vector512.FusedMultiplyAdd(x1k, w6, c16);
                    Vector512<float> x2k = Vector512.Create(Unsafe.Add(ref x2, 7));
                    c20 = Vector512.FusedMultiplyAdd(x2k, w0, c20);
                    c21 = Vector512.FusedMultiplyAdd(x2k, w1, c21);
                    c22 = Vector512.FusedMultiplyAdd(x2k, w2, c22);
                    c23 = Vector512.FusedMultiplyAdd(x2k, w3, c23);
                    c24 = Vector512.FusedMultiplyAdd(x2k, w4, c24);
                    c25 = Vector512.FusedMultiplyAdd(x2k, w5, c25);
                    c26 = Vector512.FusedMultiplyAdd(x2k, w6, c26);
                }
                wk = ref Unsafe.Add(ref wk, 8 * Ld);
                x0 = ref Unsafe.Add(ref x0, 8);
                x1 = ref Unsafe.Add(ref x1, 8);
                x2 = ref Unsafe.Add(ref x2, 8);
            }
            // constant tail of d mod 8 = 5 inputs
            // input +0
            {
                Prefetch.L1(ref wk, 8 * Ld);
                Prefetch.L1(ref wk, 8 * Ld + 16);
                Prefetch.L1(ref wk, 8 * Ld + 32);
                Prefetch.L1(ref wk, 8 * Ld + 48);
                Prefetch.L1(ref wk, 8 * Ld + 64);
                Prefetch.L1(ref wk, 8 * Ld + 80);
                Prefetch.L1(ref wk, 8 * Ld + 96);
                Prefetch.L1(ref wk, 8 * Ld + 111);
                Vector512<float> w0 = Vector512.LoadUnsafe(ref wk);
                Vector512<float> w1 = Vector512.LoadUnsafe(ref wk, (nuint)16);
                Vector512<float> w2 = Vector512.LoadUnsafe(ref wk, (nuint)32);
                Vector512<float> w3 = Vector512.LoadUnsafe(ref wk, (nuint)48);
                Vector512<float> w4 = Vector512.LoadUnsafe(ref wk, (nuint)64);
                Vector512<float> w5 = Vector512.LoadUnsafe(ref wk, (nuint)80);
                Vector512<float> w6 = Vector512.LoadUnsafe(ref wk, (nuint)96);
                Vector512<float> x0k = Vector512.Create(Unsafe.Add(ref x0, 0));
                c00 = Vector512.FusedMultiplyAdd(x0k, w0, c00);
                c01 = Vector512.FusedMultiplyAdd(x0k, w1, c01);
                c02 = Vector512.FusedMultiplyAdd(x0k, w2, c02);
                c03 = Vector512.FusedMultiplyAdd(x0k, w3, c03);
                c04 = Vector512.FusedMultiplyAdd(x0k, w4, c04);
                c05 = Vector512.FusedMultiplyAdd(x0k, w5, c05);
                c06 = Vector512.FusedMultiplyAdd(x0k, w6, c06);
                Vector512<float> x1k = Vector512.Create(Unsafe.Add(ref x1, 0));
                c10 = Vector512.FusedMultiplyAdd(x1k, w0, c10);
                c11 = Vector512.FusedMultiplyAdd(x1k, w1, c11);
                c12 = Vector512.FusedMultiplyAdd(x1k, w2, c12);
                c13 = Vector512.FusedMultiplyAdd(x1k, w3, c13);
                c14 = Vector512.FusedMultiplyAdd(x1k, w4, c14);
                c15 = Vector512.FusedMultiplyAdd(x1k, w5, c15);
                c16 = Vector512.FusedMultiplyAdd(x1k, w6, c16);
                Vector512<float> x2k = Vector512.Create(Unsafe.Add(ref x2, 0));
                c20 = Vector512.FusedMultiplyAdd(x2k, w0, c20);
                c21 = Vector512.FusedMultiplyAdd(x2k, w1, c21);
                c22 = Vector512.FusedMultiplyAdd(x2k, w2, c22);
                c23 = Vector512.FusedMultiplyAdd(x2k, w3, c23);
                c24 = Vector512.FusedMultiplyAdd(x2k, w4, c24);
                c25 = Vector512.FusedMultiplyAdd(x2k, w5, c25);
                c26 = Vector512.FusedMultiplyAdd(x2k, w6, c26);
            }
            // input +1
            {
                Prefetch.L1(ref wk, 9 * Ld);
                Prefetch.L1(ref wk, 9 * Ld + 16);
                Prefetch.L1(ref wk, 9 * Ld + 32);
                Prefetch.L1(ref wk, 9 * Ld + 48);
                Prefetch.L1(ref wk, 9 * Ld + 64);
                Prefetch.L1(ref wk, 9 * Ld + 80);
                Prefetch.L1(ref wk, 9 * Ld + 96);
                Prefetch.L1(ref wk, 9 * Ld + 111);
                Vector512<float> w0 = Vector512.LoadUnsafe(ref wk, (nuint)(1 * Ld + 0));
                Vector512<float> w1 = Vector512.LoadUnsafe(ref wk, (nuint)(1 * Ld + 16));
                Vector512<float> w2 = Vector512.LoadUnsafe(ref wk, (nuint)(1 * Ld + 32));
                Vector512<float> w3 = Vector512.LoadUnsafe(ref wk, (nuint)(1 * Ld + 48));
                Vector512<float> w4 = Vector512.LoadUnsafe(ref wk, (nuint)(1 * Ld + 64));
                Vector512<float> w5 = Vector512.LoadUnsafe(ref wk, (nuint)(1 * Ld + 80));
                Vector512<float> w6 = Vector512.LoadUnsafe(ref wk, (nuint)(1 * Ld + 96));
                Vector512<float> x0k = Vector512.Create(Unsafe.Add(ref x0, 1));
                c00 = Vector512.FusedMultiplyAdd(x0k, w0, c00);
                c01 = Vector512.FusedMultiplyAdd(x0k, w1, c01);
                c02 = Vector512.FusedMultiplyAdd(x0k, w2, c02);
                c03 = Vector512.FusedMultiplyAdd(x0k, w3, c03);
                c04 = Vector512.FusedMultiplyAdd(x0k, w4, c04);
                c05 = Vector512.FusedMultiplyAdd(x0k, w5, c05);
                c06 = Vector512.FusedMultiplyAdd(x0k, w6, c06);
                Vector512<float> x1k = Vector512.Create(Unsafe.Add(ref x1, 1));
                c10 = Vector512.FusedMultiplyAdd(x1k, w0, c10);
                c11 = Vector512.FusedMultiplyAdd(x1k, w1, c11);
                c12 = Vector512.FusedMultiplyAdd(x1k, w2, c12);
                c13 = Vector512.FusedMultiplyAdd(x1k, w3, c13);
                c14 = Vector512.FusedMultiplyAdd(x1k, w4, c14);
                c15 = Vector512.FusedMultiplyAdd(x1k, w5, c15);
                c16 = Vector512.FusedMultiplyAdd(x1k, w6, c16);
                Vector512<float> x2k = Vector512.Create(Unsafe.Add(ref x2, 1));
                c20 = Vector512.FusedMultiplyAdd(x2k, w0, c20);
                c21 = Vector512.FusedMultiplyAdd(x2k, w1, c21);
                c22 = Vector512.FusedMultiplyAdd(x2k, w2, c22);
                c23 = Vector512.FusedMultiplyAdd(x2k, w3, c23);
                c24 = Vector512.FusedMultiplyAdd(x2k, w4, c24);
                c25 = Vector512.FusedMultiplyAdd(x2k, w5, c25);
                c26 = Vector512.FusedMultiplyAdd(x2k, w6, c26);
            }
            // input +2
            {
                Prefetch.L1(ref wk, 10 * Ld);
                Prefetch.L1(ref wk, 10 * Ld + 16);
                Prefetch.L1(ref wk, 10 * Ld + 32);
                Prefetch.L1(ref wk, 10 * Ld + 48);
                Prefetch.L1(ref wk, 10 * Ld + 64);
                Prefetch.L1(ref wk, 10 * Ld + 80);
                Prefetch.L1(ref wk, 10 * Ld + 96);
                Prefetch.L1(ref wk, 10 * Ld + 111);
                Vector512<float> w0 = Vector512.LoadUnsafe(ref wk, (nuint)(2 * Ld + 0));
                Vector512<float> w1 = Vector512.LoadUnsafe(ref wk, (nuint)(2 * Ld + 16));
                Vector512<float> w2 = Vector512.LoadUnsafe(ref wk, (nuint)(2 * Ld + 32));
                Vector512<float> w3 = Vector512.LoadUnsafe(ref wk, (nuint)(2 * Ld + 48));
                Vector512<float> w4 = Vector512.LoadUnsafe(ref wk, (nuint)(2 * Ld + 64));
                Vector512<float> w5 = Vector512.LoadUnsafe(ref wk, (nuint)(2 * Ld + 80));
                Vector512<float> w6 = Vector512.LoadUnsafe(ref wk, (nuint)(2 * Ld + 96));
                Vector512<float> x0k = Vector512.Create(Unsafe.Add(ref x0, 2));
                c00 = Vector512.FusedMultiplyAdd(x0k, w0, c00);
                c01 = Vector512.FusedMultiplyAdd(x0k, w1, c01);
                c02 = Vector512.FusedMultiplyAdd(x0k, w2, c02);
                c03 = Vector512.FusedMultiplyAdd(x0k, w3, c03);
                c04 = Vector512.FusedMultiplyAdd(x0k, w4, c04);
                c05 = Vector512.FusedMultiplyAdd(x0k, w5, c05);
                c06 = Vector512.FusedMultiplyAdd(x0k, w6, c06);
                Vector512<float> x1k = Vector512.Create(Unsafe.Add(ref x1, 2));
                c10 = Vector512.FusedMultiplyAdd(x1k, w0, c10);
                c11 = Vector512.FusedMultiplyAdd(x1k, w1, c11);
                c12 = Vector512.FusedMultiplyAdd(x1k, w2, c12);
                c13 = Vector512.FusedMultiplyAdd(x1k, w3, c13);
                c14 = Vector512.FusedMultiplyAdd(x1k, w4, c14);
                c15 = Vector512.FusedMultiplyAdd(x1k, w5, c15);
                c16 = Vector512.FusedMultiplyAdd(x1k, w6, c16);
                Vector512<float> x2k = Vector512.Create(Unsafe.Add(ref x2, 2));
                c20 = Vector512.FusedMultiplyAdd(x2k, w0, c20);
                c21 = Vector512.FusedMultiplyAdd(x2k, w1, c21);
                c22 = Vector512.FusedMultiplyAdd(x2k, w2, c22);
                c23 = Vector512.FusedMultiplyAdd(x2k, w3, c23);
                c24 = Vector512.FusedMultiplyAdd(x2k, w4, c24);
                c25 = Vector512.FusedMultiplyAdd(x2k, w5, c25);
                c26 = Vector512.FusedMultiplyAdd(x2k, w6, c26);
            }
            // input +3
            {
                Prefetch.L1(ref wk, 11 * Ld);
                Prefetch.L1(ref wk, 11 * Ld + 16);
                Prefetch.L1(ref wk, 11 * Ld + 32);
                Prefetch.L1(ref wk, 11 * Ld + 48);
                Prefetch.L1(ref wk, 11 * Ld + 64);
                Prefetch.L1(ref wk, 11 * Ld + 80);
                Prefetch.L1(ref wk, 11 * Ld + 96);
                Prefetch.L1(ref wk, 11 * Ld + 111);
                Vector512<float> w0 = Vector512.LoadUnsafe(ref wk, (nuint)(3 * Ld + 0));
                Vector512<float> w1 = Vector512.LoadUnsafe(ref wk, (nuint)(3 * Ld + 16));
                Vector512<float> w2 = Vector512.LoadUnsafe(ref wk, (nuint)(3 * Ld + 32));
                Vector512<float> w3 = Vector512.LoadUnsafe(ref wk, (nuint)(3 * Ld + 48));
                Vector512<float> w4 = Vector512.LoadUnsafe(ref wk, (nuint)(3 * Ld + 64));
                Vector512<float> w5 = Vector512.LoadUnsafe(ref wk, (nuint)(3 * Ld + 80));
                Vector512<float> w6 = Vector512.LoadUnsafe(ref wk, (nuint)(3 * Ld + 96));
                Vector512<float> x0k = Vector512.Create(Unsafe.Add(ref x0, 3));
                c00 = Vector512.FusedMultiplyAdd(x0k, w0, c00);
                c01 = Vector512.FusedMultiplyAdd(x0k, w1, c01);
                c02 = Vector512.FusedMultiplyAdd(x0k, w2, c02);
                c03 = Vector512.FusedMultiplyAdd(x0k, w3, c03);
                c04 = Vector512.FusedMultiplyAdd(x0k, w4, c04);
                c05 = Vector512.FusedMultiplyAdd(x0k, w5, c05);
                c06 = Vector512.FusedMultiplyAdd(x0k, w6, c06);
                Vector512<float> x1k = Vector512.Create(Unsafe.Add(ref x1, 3));
                c10 = Vector512.FusedMultiplyAdd(x1k, w0, c10);
                c11 = Vector512.FusedMultiplyAdd(x1k, w1, c11);
                c12 = Vector512.FusedMultiplyAdd(x1k, w2, c12);
                c13 = Vector512.FusedMultiplyAdd(x1k, w3, c13);
                c14 = Vector512.FusedMultiplyAdd(x1k, w4, c14);
                c15 = Vector512.FusedMultiplyAdd(x1k, w5, c15);
                c16 = Vector512.FusedMultiplyAdd(x1k, w6, c16);
                Vector512<float> x2k = Vector512.Create(Unsafe.Add(ref x2, 3));
                c20 = Vector512.FusedMultiplyAdd(x2k, w0, c20);
                c21 = Vector512.FusedMultiplyAdd(x2k, w1, c21);
                c22 = Vector512.FusedMultiplyAdd(x2k, w2, c22);
                c23 = Vector512.FusedMultiplyAdd(x2k, w3, c23);
                c24 = Vector512.FusedMultiplyAdd(x2k, w4, c24);
                c25 = Vector512.FusedMultiplyAdd(x2k, w5, c25);
                c26 = Vector512.FusedMultiplyAdd(x2k, w6, c26);
            }
            // input +4
            {
                Prefetch.L1(ref wk, 12 * Ld);
                Prefetch.L1(ref wk, 12 * Ld + 16);
                Prefetch.L1(ref wk, 12 * Ld + 32);
                Prefetch.L1(ref wk, 12 * Ld + 48);
                Prefetch.L1(ref wk, 12 * Ld + 64);
                Prefetch.L1(ref wk, 12 * Ld + 80);
                Prefetch.L1(ref wk, 12 * Ld + 96);
                Prefetch.L1(ref wk, 12 * Ld + 111);
                Vector512<float> w0 = Vector512.LoadUnsafe(ref wk, (nuint)(4 * Ld + 0));
                Vector512<float> w1 = Vector512.LoadUnsafe(ref wk, (nuint)(4 * Ld + 16));
                Vector512<float> w2 = Vector512.LoadUnsafe(ref wk, (nuint)(4 * Ld + 32));
                Vector512<float> w3 = Vector512.LoadUnsafe(ref wk, (nuint)(4 * Ld + 48));
                Vector512<float> w4 = Vector512.LoadUnsafe(ref wk, (nuint)(4 * Ld + 64));
                Vector512<float> w5 = Vector512.LoadUnsafe(ref wk, (nuint)(4 * Ld + 80));
                Vector512<float> w6 = Vector512.LoadUnsafe(ref wk, (nuint)(4 * Ld + 96));
                Vector512<float> x0k = Vector512.Create(Unsafe.Add(ref x0, 4));
                c00 = Vector512.FusedMultiplyAdd(x0k, w0, c00);
                c01 = Vector512.FusedMultiplyAdd(x0k, w1, c01);
                c02 = Vector512.FusedMultiplyAdd(x0k, w2, c02);
                c03 = Vector512.FusedMultiplyAdd(x0k, w3, c03);
                c04 = Vector512.FusedMultiplyAdd(x0k, w4, c04);
                c05 = Vector512.FusedMultiplyAdd(x0k, w5, c05);
                c06 = Vector512.FusedMultiplyAdd(x0k, w6, c06);
                Vector512<float> x1k = Vector512.Create(Unsafe.Add(ref x1, 4));
                c10 = Vector512.FusedMultiplyAdd(x1k, w0, c10);
                c11 = Vector512.FusedMultiplyAdd(x1k, w1, c11);
                c12 = Vector512.FusedMultiplyAdd(x1k, w2, c12);
                c13 = Vector512.FusedMultiplyAdd(x1k, w3, c13);
                c14 = Vector512.FusedMultiplyAdd(x1k, w4, c14);
                c15 = Vector512.FusedMultiplyAdd(x1k, w5, c15);
                c16 = Vector512.FusedMultiplyAdd(x1k, w6, c16);
                Vector512<float> x2k = Vector512.Create(Unsafe.Add(ref x2, 4));
                c20 = Vector512.FusedMultiplyAdd(x2k, w0, c20);
                c21 = Vector512.FusedMultiplyAdd(x2k, w1, c21);
                c22 = Vector512.FusedMultiplyAdd(x2k, w2, c22);
                c23 = Vector512.FusedMultiplyAdd(x2k, w3, c23);
                c24 = Vector512.FusedMultiplyAdd(x2k, w4, c24);
                c25 = Vector512.FusedMultiplyAdd(x2k, w5, c25);
                c26 = Vector512.FusedMultiplyAdd(x2k, w6, c26);
            }
            Vector512.StoreUnsafe(c00, ref z, (nuint)((i + 0) * Ld + j));
            Vector512.StoreUnsafe(c01, ref z, (nuint)((i + 0) * Ld + j + 16));
            Vector512.StoreUnsafe(c02, ref z, (nuint)((i + 0) * Ld + j + 32));
            Vector512.StoreUnsafe(c03, ref z, (nuint)((i + 0) * Ld + j + 48));
            Vector512.StoreUnsafe(c04, ref z, (nuint)((i + 0) * Ld + j + 64));
            Vector512.StoreUnsafe(c05, ref z, (nuint)((i + 0) * Ld + j + 80));
            Vector512.StoreUnsafe(c06, ref z, (nuint)((i + 0) * Ld + j + 96));
            Vector512.StoreUnsafe(c10, ref z, (nuint)((i + 1) * Ld + j));
            Vector512.StoreUnsafe(c11, ref z, (nuint)((i + 1) * Ld + j + 16));
            Vector512.StoreUnsafe(c12, ref z, (nuint)((i + 1) * Ld + j + 32));
            Vector512.StoreUnsafe(c13, ref z, (nuint)((i + 1) * Ld + j + 48));
            Vector512.StoreUnsafe(c14, ref z, (nuint)((i + 1) * Ld + j + 64));
            Vector512.StoreUnsafe(c15, ref z, (nuint)((i + 1) * Ld + j + 80));
            Vector512.StoreUnsafe(c16, ref z, (nuint)((i + 1) * Ld + j + 96));
            Vector512.StoreUnsafe(c20, ref z, (nuint)((i + 2) * Ld + j));
            Vector512.StoreUnsafe(c21, ref z, (nuint)((i + 2) * Ld + j + 16));
            Vector512.StoreUnsafe(c22, ref z, (nuint)((i + 2) * Ld + j + 32));
            Vector512.StoreUnsafe(c23, ref z, (nuint)((i + 2) * Ld + j + 48));
            Vector512.StoreUnsafe(c24, ref z, (nuint)((i + 2) * Ld + j + 64));
            Vector512.StoreUnsafe(c25, ref z, (nuint)((i + 2) * Ld + j + 80));
            Vector512.StoreUnsafe(c26, ref z, (nuint)((i + 2) * Ld + j + 96));
        }
        // remainder rows: 2 rows × 7 vectors
        for (; i + 2 <= rows; i += 2)
        {
            ref float wk = ref Unsafe.Add(ref wt, j);
            ref float x0 = ref Unsafe.Add(ref xr, (i + 0) * D);
            ref float x1 = ref Unsafe.Add(ref xr, (i + 1) * D);
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
            for (int k = 0; k < 32; k += 8)
            {
                // input +0
                {
                    Prefetch.L1(ref wk, 8 * Ld);
                    Prefetch.L1(ref wk, 8 * Ld + 16);
                    Prefetch.L1(ref wk, 8 * Ld + 32);
                    Prefetch.L1(ref wk, 8 * Ld + 48);
                    Prefetch.L1(ref wk, 8 * Ld + 64);
                    Prefetch.L1(ref wk, 8 * Ld + 80);
                    Prefetch.L1(ref wk, 8 * Ld + 96);
                    Prefetch.L1(ref wk, 8 * Ld + 111);
                    Vector512<float> w0 = Vector512.LoadUnsafe(ref wk);
                    Vector512<float> w1 = Vector512.LoadUnsafe(ref wk, (nuint)16);
                    Vector512<float> w2 = Vector512.LoadUnsafe(ref wk, (nuint)32);
                    Vector512<float> w3 = Vector512.LoadUnsafe(ref wk, (nuint)48);
                    Vector512<float> w4 = Vector512.LoadUnsafe(ref wk, (nuint)64);
                    Vector512<float> w5 = Vector512.LoadUnsafe(ref wk, (nuint)80);
                    Vector512<float> w6 = Vector512.LoadUnsafe(ref wk, (nuint)96);
                    Vector512<float> x0k = Vector512.Create(Unsafe.Add(ref x0, 0));
                    c00 = Vector512.FusedMultiplyAdd(x0k, w0, c00);
                    c01 = Vector512.FusedMultiplyAdd(x0k, w1, c01);
                    c02 = Vector512.FusedMultiplyAdd(x0k, w2, c02);
                    c03 = Vector512.FusedMultiplyAdd(x0k, w3, c03);
                    c04 = Vector512.FusedMultiplyAdd(x0k, w4, c04);
                    c05 = Vector512.FusedMultiplyAdd(x0k, w5, c05);
                    c06 = Vector512.FusedMultiplyAdd(x0k, w6, c06);
                    Vector512<float> x1k = Vector512.Create(Unsafe.Add(ref x1, 0));
                    c10 = Vector512.FusedMultiplyAdd(x1k, w0, c10);
                    c11 = Vector512.FusedMultiplyAdd(x1k, w1, c11);
                    c12 = Vector512.FusedMultiplyAdd(x1k, w2, c12);
                    c13 = Vector512.FusedMultiplyAdd(x1k, w3, c13);
                    c14 = Vector512.FusedMultiplyAdd(x1k, w4, c14);
                    c15 = Vector512.FusedMultiplyAdd(x1k, w5, c15);
                    c16 = Vector512.FusedMultiplyAdd(x1k, w6, c16);
                }
                // input +1
                {
                    Prefetch.L1(ref wk, 9 * Ld);
                    Prefetch.L1(ref wk, 9 * Ld + 16);
                    Prefetch.L1(ref wk, 9 * Ld + 32);
                    Prefetch.L1(ref wk, 9 * Ld + 48);
                    Prefetch.L1(ref wk, 9 * Ld + 64);
                    Prefetch.L1(ref wk, 9 * Ld + 80);
                    Prefetch.L1(ref wk, 9 * Ld + 96);
                    Prefetch.L1(ref wk, 9 * Ld + 111);
                    Vector512<float> w0 = Vector512.LoadUnsafe(ref wk, (nuint)(1 * Ld + 0));
                    Vector512<float> w1 = Vector512.LoadUnsafe(ref wk, (nuint)(1 * Ld + 16));
                    Vector512<float> w2 = Vector512.LoadUnsafe(ref wk, (nuint)(1 * Ld + 32));
                    Vector512<float> w3 = Vector512.LoadUnsafe(ref wk, (nuint)(1 * Ld + 48));
                    Vector512<float> w4 = Vector512.LoadUnsafe(ref wk, (nuint)(1 * Ld + 64));
                    Vector512<float> w5 = Vector512.LoadUnsafe(ref wk, (nuint)(1 * Ld + 80));
                    Vector512<float> w6 = Vector512.LoadUnsafe(ref wk, (nuint)(1 * Ld + 96));
                    Vector512<float> x0k = Vector512.Create(Unsafe.Add(ref x0, 1));
                    c00 = Vector512.FusedMultiplyAdd(x0k, w0, c00);
                    c01 = Vector512.FusedMultiplyAdd(x0k, w1, c01);
                    c02 = Vector512.FusedMultiplyAdd(x0k, w2, c02);
                    c03 = Vector512.FusedMultiplyAdd(x0k, w3, c03);
                    c04 = Vector512.FusedMultiplyAdd(x0k, w4, c04);
                    c05 = Vector512.FusedMultiplyAdd(x0k, w5, c05);
                    c06 = Vector512.FusedMultiplyAdd(x0k, w6, c06);
                    Vector512<float> x1k = Vector512.Create(Unsafe.Add(ref x1, 1));
                    c10 = Vector512.FusedMultiplyAdd(x1k, w0, c10);
                    c11 = Vector512.FusedMultiplyAdd(x1k, w1, c11);
                    c12 = Vector512.FusedMultiplyAdd(x1k, w2, c12);
                    c13 = Vector512.FusedMultiplyAdd(x1k, w3, c13);
                    c14 = Vector512.FusedMultiplyAdd(x1k, w4, c14);
                    c15 = Vector512.FusedMultiplyAdd(x1k, w5, c15);
                    c16 = Vector512.FusedMultiplyAdd(x1k, w6, c16);
                }
                // input +2
                {
                    Prefetch.L1(ref wk, 10 * Ld);
                    Prefetch.L1(ref wk, 10 * Ld + 16);
                    Prefetch.L1(ref wk, 10 * Ld + 32);
                    Prefetch.L1(ref wk, 10 * Ld + 48);
                    Prefetch.L1(ref wk, 10 * Ld + 64);
                    Prefetch.L1(ref wk, 10 * Ld + 80);
                    Prefetch.L1(ref wk, 10 * Ld + 96);
                    Prefetch.L1(ref wk, 10 * Ld + 111);
                    Vector512<float> w0 = Vector512.LoadUnsafe(ref wk, (nuint)(2 * Ld + 0));
                    Vector512<float> w1 = Vector512.LoadUnsafe(ref wk, (nuint)(2 * Ld + 16));
                    Vector512<float> w2 = Vector512.LoadUnsafe(ref wk, (nuint)(2 * Ld + 32));
                    Vector512<float> w3 = Vector512.LoadUnsafe(ref wk, (nuint)(2 * Ld + 48));
                    Vector512<float> w4 = Vector512.LoadUnsafe(ref wk, (nuint)(2 * Ld + 64));
                    Vector512<float> w5 = Vector512.LoadUnsafe(ref wk, (nuint)(2 * Ld + 80));
                    Vector512<float> w6 = Vector512.LoadUnsafe(ref wk, (nuint)(2 * Ld + 96));
                    Vector512<float> x0k = Vector512.Create(Unsafe.Add(ref x0, 2));
                    c00 = Vector512.FusedMultiplyAdd(x0k, w0, c00);
                    c01 = Vector512.FusedMultiplyAdd(x0k, w1, c01);
                    c02 = Vector512.FusedMultiplyAdd(x0k, w2, c02);
                    c03 = Vector512.FusedMultiplyAdd(x0k, w3, c03);
                    c04 = Vector512.FusedMultiplyAdd(x0k, w4, c04);
                    c05 = Vector512.FusedMultiplyAdd(x0k, w5, c05);
                    c06 = Vector512.FusedMultiplyAdd(x0k, w6, c06);
                    Vector512<float> x1k = Vector512.Create(Unsafe.Add(ref x1, 2));
                    c10 = Vector512.FusedMultiplyAdd(x1k, w0, c10);
                    c11 = Vector512.FusedMultiplyAdd(x1k, w1, c11);
                    c12 = Vector512.FusedMultiplyAdd(x1k, w2, c12);
                    c13 = Vector512.FusedMultiplyAdd(x1k, w3, c13);
                    c14 = Vector512.FusedMultiplyAdd(x1k, w4, c14);
                    c15 = Vector512.FusedMultiplyAdd(x1k, w5, c15);
                    c16 = Vector512.FusedMultiplyAdd(x1k, w6, c16);
                }
                // input +3
                {
                    Prefetch.L1(ref wk, 11 * Ld);
                    Prefetch.L1(ref wk, 11 * Ld + 16);
                    Prefetch.L1(ref wk, 11 * Ld + 32);
                    Prefetch.L1(ref wk, 11 * Ld + 48);
                    Prefetch.L1(ref wk, 11 * Ld + 64);
                    Prefetch.L1(ref wk, 11 * Ld + 80);
                    Prefetch.L1(ref wk, 11 * Ld + 96);
                    Prefetch.L1(ref wk, 11 * Ld + 111);
                    Vector512<float> w0 = Vector512.LoadUnsafe(ref wk, (nuint)(3 * Ld + 0));
                    Vector512<float> w1 = Vector512.LoadUnsafe(ref wk, (nuint)(3 * Ld + 16));
                    Vector512<float> w2 = Vector512.LoadUnsafe(ref wk, (nuint)(3 * Ld + 32));
                    Vector512<float> w3 = Vector512.LoadUnsafe(ref wk, (nuint)(3 * Ld + 48));
                    Vector512<float> w4 = Vector512.LoadUnsafe(ref wk, (nuint)(3 * Ld + 64));
                    Vector512<float> w5 = Vector512.LoadUnsafe(ref wk, (nuint)(3 * Ld + 80));
                    Vector512<float> w6 = Vector512.LoadUnsafe(ref wk, (nuint)(3 * Ld + 96));
                    Vector512<float> x0k = Vector512.Create(Unsafe.Add(ref x0, 3));
                    c00 = Vector512.FusedMultiplyAdd(x0k, w0, c00);
                    c01 = Vector512.FusedMultiplyAdd(x0k, w1, c01);
                    c02 = Vector512.FusedMultiplyAdd(x0k, w2, c02);
                    c03 = Vector512.FusedMultiplyAdd(x0k, w3, c03);
                    c04 = Vector512.FusedMultiplyAdd(x0k, w4, c04);
                    c05 = Vector512.FusedMultiplyAdd(x0k, w5, c05);
                    c06 = Vector512.FusedMultiplyAdd(x0k, w6, c06);
                    Vector512<float> x1k = Vector512.Create(Unsafe.Add(ref x1, 3));
                    c10 = Vector512.FusedMultiplyAdd(x1k, w0, c10);
                    c11 = Vector512.FusedMultiplyAdd(x1k, w1, c11);
                    c12 = Vector512.FusedMultiplyAdd(x1k, w2, c12);
                    c13 = Vector512.FusedMultiplyAdd(x1k, w3, c13);
                    c14 = Vector512.FusedMultiplyAdd(x1k, w4, c14);
                    c15 = Vector512.FusedMultiplyAdd(x1k, w5, c15);
                    c16 = Vector512.FusedMultiplyAdd(x1k, w6, c16);
                }
                // input +4
                {
                    Prefetch.L1(ref wk, 12 * Ld);
                    Prefetch.L1(ref wk, 12 * Ld + 16);
                    Prefetch.L1(ref wk, 12 * Ld + 32);
                    Prefetch.L1(ref wk, 12 * Ld + 48);
                    Prefetch.L1(ref wk, 12 * Ld + 64);
                    Prefetch.L1(ref wk, 12 * Ld + 80);
                    Prefetch.L1(ref wk, 12 * Ld + 96);
                    Prefetch.L1(ref wk, 12 * Ld + 111);
                    Vector512<float> w0 = Vector512.LoadUnsafe(ref wk, (nuint)(4 * Ld + 0));
                    Vector512<float> w1 = Vector512.LoadUnsafe(ref wk, (nuint)(4 * Ld + 16));
                    Vector512<float> w2 = Vector512.LoadUnsafe(ref wk, (nuint)(4 * Ld + 32));
                    Vector512<float> w3 = Vector512.LoadUnsafe(ref wk, (nuint)(4 * Ld + 48));
                    Vector512<float> w4 = Vector512.LoadUnsafe(ref wk, (nuint)(4 * Ld + 64));
                    Vector512<float> w5 = Vector512.LoadUnsafe(ref wk, (nuint)(4 * Ld + 80));
                    Vector512<float> w6 = Vector512.LoadUnsafe(ref wk, (nuint)(4 * Ld + 96));
                    Vector512<float> x0k = Vector512.Create(Unsafe.Add(ref x0, 4));
                    c00 = Vector512.FusedMultiplyAdd(x0k, w0, c00);
                    c01 = Vector512.FusedMultiplyAdd(x0k, w1, c01);
                    c02 = Vector512.FusedMultiplyAdd(x0k, w2, c02);
                    c03 = Vector512.FusedMultiplyAdd(x0k, w3, c03);
                    c04 = Vector512.FusedMultiplyAdd(x0k, w4, c04);
                    c05 = Vector512.FusedMultiplyAdd(x0k, w5, c05);
                    c06 = Vector512.FusedMultiplyAdd(x0k, w6, c06);
                    Vector512<float> x1k = Vector512.Create(Unsafe.Add(ref x1, 4));
                    c10 = Vector512.FusedMultiplyAdd(x1k, w0, c10);
                    c11 = Vector512.FusedMultiplyAdd(x1k, w1, c11);
                    c12 = Vector512.FusedMultiplyAdd(x1k, w2, c12);
                    c13 = Vector512.FusedMultiplyAdd(x1k, w3, c13);
                    c14 = Vector512.FusedMultiplyAdd(x1k, w4, c14);
                    c15 = Vector512.FusedMultiplyAdd(x1k, w5, c15);
                    c16 = Vector512.FusedMultiplyAdd(x1k, w6, c16);
                }
                // input +5
                {
                    Prefetch.L1(ref wk, 13 * Ld);
                    Prefetch.L1(ref wk, 13 * Ld + 16);
                    Prefetch.L1(ref wk, 13 * Ld + 32);
                    Prefetch.L1(ref wk, 13 * Ld + 48);
                    Prefetch.L1(ref wk, 13 * Ld + 64);
                    Prefetch.L1(ref wk, 13 * Ld + 80);
                    Prefetch.L1(ref wk, 13 * Ld + 96);
                    Prefetch.L1(ref wk, 13 * Ld + 111);
                    Vector512<float> w0 = Vector512.LoadUnsafe(ref wk, (nuint)(5 * Ld + 0));
                    Vector512<float> w1 = Vector512.LoadUnsafe(ref wk, (nuint)(5 * Ld + 16));
                    Vector512<float> w2 = Vector512.LoadUnsafe(ref wk, (nuint)(5 * Ld + 32));
                    Vector512<float> w3 = Vector512.LoadUnsafe(ref wk, (nuint)(5 * Ld + 48));
                    Vector512<float> w4 = Vector512.LoadUnsafe(ref wk, (nuint)(5 * Ld + 64));
                    Vector512<float> w5 = Vector512.LoadUnsafe(ref wk, (nuint)(5 * Ld + 80));
                    Vector512<float> w6 = Vector512.LoadUnsafe(ref wk, (nuint)(5 * Ld + 96));
                    Vector512<float> x0k = Vector512.Create(Unsafe.Add(ref x0, 5));
                    c00 = Vector512.FusedMultiplyAdd(x0k, w0, c00);
                    c01 = Vector512.FusedMultiplyAdd(x0k, w1, c01);
                    c02 = Vector512.FusedMultiplyAdd(x0k, w2, c02);
                    c03 = Vector512.FusedMultiplyAdd(x0k, w3, c03);
                    c04 = Vector512.FusedMultiplyAdd(x0k, w4, c04);
                    c05 = Vector512.FusedMultiplyAdd(x0k, w5, c05);
                    c06 = Vector512.FusedMultiplyAdd(x0k, w6, c06);
                    Vector512<float> x1k = Vector512.Create(Unsafe.Add(ref x1, 5));
                    c10 = Vector512.FusedMultiplyAdd(x1k, w0, c10);
                    c11 = Vector512.FusedMultiplyAdd(x1k, w1, c11);
                    c12 = Vector512.FusedMultiplyAdd(x1k, w2, c12);
                    c13 = Vector512.FusedMultiplyAdd(x1k, w3, c13);
                    c14 = Vector512.FusedMultiplyAdd(x1k, w4, c14);
                    c15 = Vector512.FusedMultiplyAdd(x1k, w5, c15);
                    c16 = Vector512.FusedMultiplyAdd(x1k, w6, c16);
                }
                // input +6
                {
                    Prefetch.L1(ref wk, 14 * Ld);
                    Prefetch.L1(ref wk, 14 * Ld + 16);
                    Prefetch.L1(ref wk, 14 * Ld + 32);
                    Prefetch.L1(ref wk, 14 * Ld + 48);
                    Prefetch.L1(ref wk, 14 * Ld + 64);
                    Prefetch.L1(ref wk, 14 * Ld + 80);
                    Prefetch.L1(ref wk, 14 * Ld + 96);
                    Prefetch.L1(ref wk, 14 * Ld + 111);
                    Vector512<float> w0 = Vector512.LoadUnsafe(ref wk, (nuint)(6 * Ld + 0));
                    Vector512<float> w1 = Vector512.LoadUnsafe(ref wk, (nuint)(6 * Ld + 16));
                    Vector512<float> w2 = Vector512.LoadUnsafe(ref wk, (nuint)(6 * Ld + 32));
                    Vector512<float> w3 = Vector512.LoadUnsafe(ref wk, (nuint)(6 * Ld + 48));
                    Vector512<float> w4 = Vector512.LoadUnsafe(ref wk, (nuint)(6 * Ld + 64));
                    Vector512<float> w5 = Vector512.LoadUnsafe(ref wk, (nuint)(6 * Ld + 80));
                    Vector512<float> w6 = Vector512.LoadUnsafe(ref wk, (nuint)(6 * Ld + 96));
                    Vector512<float> x0k = Vector512.Create(Unsafe.Add(ref x0, 6));
                    c00 = Vector512.FusedMultiplyAdd(x0k, w0, c00);
                    c01 = Vector512.FusedMultiplyAdd(x0k, w1, c01);
                    c02 = Vector512.FusedMultiplyAdd(x0k, w2, c02);
                    c03 = Vector512.FusedMultiplyAdd(x0k, w3, c03);
                    c04 = Vector512.FusedMultiplyAdd(x0k, w4, c04);
                    c05 = Vector512.FusedMultiplyAdd(x0k, w5, c05);
                    c06 = Vector512.FusedMultiplyAdd(x0k, w6, c06);
                    Vector512<float> x1k = Vector512.Create(Unsafe.Add(ref x1, 6));
                    c10 = Vector512.FusedMultiplyAdd(x1k, w0, c10);
                    c11 = Vector512.FusedMultiplyAdd(x1k, w1, c11);
                    c12 = Vector512.FusedMultiplyAdd(x1k, w2, c12);
                    c13 = Vector512.FusedMultiplyAdd(x1k, w3, c13);
                    c14 = Vector512.FusedMultiplyAdd(x1k, w4, c14);
                    c15 = Vector512.FusedMultiplyAdd(x1k, w5, c15);
                    c16 = Vector512.FusedMultiplyAdd(x1k, w6, c16);
                }
                // input +7
                {
                    Prefetch.L1(ref wk, 15 * Ld);
                    Prefetch.L1(ref wk, 15 * Ld + 16);
                    Prefetch.L1(ref wk, 15 * Ld + 32);
                    Prefetch.L1(ref wk, 15 * Ld + 48);
                    Prefetch.L1(ref wk, 15 * Ld + 64);
                    Prefetch.L1(ref wk, 15 * Ld + 80);
                    Prefetch.L1(ref wk, 15 * Ld + 96);
                    Prefetch.L1(ref wk, 15 * Ld + 111);
                    Vector512<float> w0 = Vector512.LoadUnsafe(ref wk, (nuint)(7 * Ld + 0));
                    Vector512<float> w1 = Vector512.LoadUnsafe(ref wk, (nuint)(7 * Ld + 16));
                    Vector512<float> w2 = Vector512.LoadUnsafe(ref wk, (nuint)(7 * Ld + 32));
                    Vector512<float> w3 = Vector512.LoadUnsafe(ref wk, (nuint)(7 * Ld + 48));
                    Vector512<float> w4 = Vector512.LoadUnsafe(ref wk, (nuint)(7 * Ld + 64));
                    Vector512<float> w5 = Vector512.LoadUnsafe(ref wk, (nuint)(7 * Ld + 80));
                    Vector512<float> w6 = Vector512.LoadUnsafe(ref wk, (nuint)(7 * Ld + 96));
                    Vector512<float> x0k = Vector512.Create(Unsafe.Add(ref x0, 7));
                    c00 = Vector512.FusedMultiplyAdd(x0k, w0, c00);
                    c01 = Vector512.FusedMultiplyAdd(x0k, w1, c01);
                    c02 = Vector512.FusedMultiplyAdd(x0k, w2, c02);
                    c03 = Vector512.FusedMultiplyAdd(x0k, w3, c03);
                    c04 = Vector512.FusedMultiplyAdd(x0k, w4, c04);
                    c05 = Vector512.FusedMultiplyAdd(x0k, w5, c05);
                    c06 = Vector512.FusedMultiplyAdd(x0k, w6, c06);
                    Vector512<float> x1k = Vector512.Create(Unsafe.Add(ref x1, 7));
                    c10 = Vector512.FusedMultiplyAdd(x1k, w0, c10);
                    c11 = Vector512.FusedMultiplyAdd(x1k, w1, c11);
                    c12 = Vector512.FusedMultiplyAdd(x1k, w2, c12);
                    c13 = Vector512.FusedMultiplyAdd(x1k, w3, c13);
                    c14 = Vector512.FusedMultiplyAdd(x1k, w4, c14);
                    c15 = Vector512.FusedMultiplyAdd(x1k, w5, c15);
                    c16 = Vector512.FusedMultiplyAdd(x1k, w6, c16);
                }
                wk = ref Unsafe.Add(ref wk, 8 * Ld);
                x0 = ref Unsafe.Add(ref x0, 8);
                x1 = ref Unsafe.Add(ref x1, 8);
            }
            // constant tail of d mod 8 = 5 inputs
            // input +0
            {
                Prefetch.L1(ref wk, 8 * Ld);
                Prefetch.L1(ref wk, 8 * Ld + 16);
                Prefetch.L1(ref wk, 8 * Ld + 32);
                Prefetch.L1(ref wk, 8 * Ld + 48);
                Prefetch.L1(ref wk, 8 * Ld + 64);
                Prefetch.L1(ref wk, 8 * Ld + 80);
                Prefetch.L1(ref wk, 8 * Ld + 96);
                Prefetch.L1(ref wk, 8 * Ld + 111);
                Vector512<float> w0 = Vector512.LoadUnsafe(ref wk);
                Vector512<float> w1 = Vector512.LoadUnsafe(ref wk, (nuint)16);
                Vector512<float> w2 = Vector512.LoadUnsafe(ref wk, (nuint)32);
                Vector512<float> w3 = Vector512.LoadUnsafe(ref wk, (nuint)48);
                Vector512<float> w4 = Vector512.LoadUnsafe(ref wk, (nuint)64);
                Vector512<float> w5 = Vector512.LoadUnsafe(ref wk, (nuint)80);
                Vector512<float> w6 = Vector512.LoadUnsafe(ref wk, (nuint)96);
                Vector512<float> x0k = Vector512.Create(Unsafe.Add(ref x0, 0));
                c00 = Vector512.FusedMultiplyAdd(x0k, w0, c00);
                c01 = Vector512.FusedMultiplyAdd(x0k, w1, c01);
                c02 = Vector512.FusedMultiplyAdd(x0k, w2, c02);
                c03 = Vector512.FusedMultiplyAdd(x0k, w3, c03);
                c04 = Vector512.FusedMultiplyAdd(x0k, w4, c04);
                c05 = Vector512.FusedMultiplyAdd(x0k, w5, c05);
                c06 = Vector512.FusedMultiplyAdd(x0k, w6, c06);
                Vector512<float> x1k = Vector512.Create(Unsafe.Add(ref x1, 0));
                c10 = Vector512.FusedMultiplyAdd(x1k, w0, c10);
                c11 = Vector512.FusedMultiplyAdd(x1k, w1, c11);
                c12 = Vector512.FusedMultiplyAdd(x1k, w2, c12);
                c13 = Vector512.FusedMultiplyAdd(x1k, w3, c13);
                c14 = Vector512.FusedMultiplyAdd(x1k, w4, c14);
                c15 = Vector512.FusedMultiplyAdd(x1k, w5, c15);
                c16 = Vector512.FusedMultiplyAdd(x1k, w6, c16);
            }
            // input +1
            {
                Prefetch.L1(ref wk, 9 * Ld);
                Prefetch.L1(ref wk, 9 * Ld + 16);
                Prefetch.L1(ref wk, 9 * Ld + 32);
                Prefetch.L1(ref wk, 9 * Ld + 48);
                Prefetch.L1(ref wk, 9 * Ld + 64);
                Prefetch.L1(ref wk, 9 * Ld + 80);
                Prefetch.L1(ref wk, 9 * Ld + 96);
                Prefetch.L1(ref wk, 9 * Ld + 111);
                Vector512<float> w0 = Vector512.LoadUnsafe(ref wk, (nuint)(1 * Ld + 0));
                Vector512<float> w1 = Vector512.LoadUnsafe(ref wk, (nuint)(1 * Ld + 16));
                Vector512<float> w2 = Vector512.LoadUnsafe(ref wk, (nuint)(1 * Ld + 32));
                Vector512<float> w3 = Vector512.LoadUnsafe(ref wk, (nuint)(1 * Ld + 48));
                Vector512<float> w4 = Vector512.LoadUnsafe(ref wk, (nuint)(1 * Ld + 64));
                Vector512<float> w5 = Vector512.LoadUnsafe(ref wk, (nuint)(1 * Ld + 80));
                Vector512<float> w6 = Vector512.LoadUnsafe(ref wk, (nuint)(1 * Ld + 96));
                Vector512<float> x0k = Vector512.Create(Unsafe.Add(ref x0, 1));
                c00 = Vector512.FusedMultiplyAdd(x0k, w0, c00);
                c01 = Vector512.FusedMultiplyAdd(x0k, w1, c01);
                c02 = Vector512.FusedMultiplyAdd(x0k, w2, c02);
                c03 = Vector512.FusedMultiplyAdd(x0k, w3, c03);
                c04 = Vector512.FusedMultiplyAdd(x0k, w4, c04);
                c05 = Vector512.FusedMultiplyAdd(x0k, w5, c05);
                c06 = Vector512.FusedMultiplyAdd(x0k, w6, c06);
                Vector512<float> x1k = Vector512.Create(Unsafe.Add(ref x1, 1));
                c10 = Vector512.FusedMultiplyAdd(x1k, w0, c10);
                c11 = Vector512.FusedMultiplyAdd(x1k, w1, c11);
                c12 = Vector512.FusedMultiplyAdd(x1k, w2, c12);
                c13 = Vector512.FusedMultiplyAdd(x1k, w3, c13);
                c14 = Vector512.FusedMultiplyAdd(x1k, w4, c14);
                c15 = Vector512.FusedMultiplyAdd(x1k, w5, c15);
                c16 = Vector512.FusedMultiplyAdd(x1k, w6, c16);
            }
            // input +2
            {
                Prefetch.L1(ref wk, 10 * Ld);
                Prefetch.L1(ref wk, 10 * Ld + 16);
                Prefetch.L1(ref wk, 10 * Ld + 32);
                Prefetch.L1(ref wk, 10 * Ld + 48);
                Prefetch.L1(ref wk, 10 * Ld + 64);
                Prefetch.L1(ref wk, 10 * Ld + 80);
                Prefetch.L1(ref wk, 10 * Ld + 96);
                Prefetch.L1(ref wk, 10 * Ld + 111);
                Vector512<float> w0 = Vector512.LoadUnsafe(ref wk, (nuint)(2 * Ld + 0));
                Vector512<float> w1 = Vector512.LoadUnsafe(ref wk, (nuint)(2 * Ld + 16));
                Vector512<float> w2 = Vector512.LoadUnsafe(ref wk, (nuint)(2 * Ld + 32));
                Vector512<float> w3 = Vector512.LoadUnsafe(ref wk, (nuint)(2 * Ld + 48));
                Vector512<float> w4 = Vector512.LoadUnsafe(ref wk, (nuint)(2 * Ld + 64));
                Vector512<float> w5 = Vector512.LoadUnsafe(ref wk, (nuint)(2 * Ld + 80));
                Vector512<float> w6 = Vector512.LoadUnsafe(ref wk, (nuint)(2 * Ld + 96));
                Vector512<float> x0k = Vector512.Create(Unsafe.Add(ref x0, 2));
                c00 = Vector512.FusedMultiplyAdd(x0k, w0, c00);
                c01 = Vector512.FusedMultiplyAdd(x0k, w1, c01);
                c02 = Vector512.FusedMultiplyAdd(x0k, w2, c02);
                c03 = Vector512.FusedMultiplyAdd(x0k, w3, c03);
                c04 = Vector512.FusedMultiplyAdd(x0k, w4, c04);
                c05 = Vector512.FusedMultiplyAdd(x0k, w5, c05);
                c06 = Vector512.FusedMultiplyAdd(x0k, w6, c06);
                Vector512<float> x1k = Vector512.Create(Unsafe.Add(ref x1, 2));
                c10 = Vector512.FusedMultiplyAdd(x1k, w0, c10);
                c11 = Vector512.FusedMultiplyAdd(x1k, w1, c11);
                c12 = Vector512.FusedMultiplyAdd(x1k, w2, c12);
                c13 = Vector512.FusedMultiplyAdd(x1k, w3, c13);
                c14 = Vector512.FusedMultiplyAdd(x1k, w4, c14);
                c15 = Vector512.FusedMultiplyAdd(x1k, w5, c15);
                c16 = Vector512.FusedMultiplyAdd(x1k, w6, c16);
            }
            // input +3
            {
                Prefetch.L1(ref wk, 11 * Ld);
                Prefetch.L1(ref wk, 11 * Ld + 16);
                Prefetch.L1(ref wk, 11 * Ld + 32);
                Prefetch.L1(ref wk, 11 * Ld + 48);
                Prefetch.L1(ref wk, 11 * Ld + 64);
                Prefetch.L1(ref wk, 11 * Ld + 80);
                Prefetch.L1(ref wk, 11 * Ld + 96);
                Prefetch.L1(ref wk, 11 * Ld + 111);
                Vector512<float> w0 = Vector512.LoadUnsafe(ref wk, (nuint)(3 * Ld + 0));
                Vector512<float> w1 = Vector512.LoadUnsafe(ref wk, (nuint)(3 * Ld + 16));
                Vector512<float> w2 = Vector512.LoadUnsafe(ref wk, (nuint)(3 * Ld + 32));
                Vector512<float> w3 = Vector512.LoadUnsafe(ref wk, (nuint)(3 * Ld + 48));
                Vector512<float> w4 = Vector512.LoadUnsafe(ref wk, (nuint)(3 * Ld + 64));
                Vector512<float> w5 = Vector512.LoadUnsafe(ref wk, (nuint)(3 * Ld + 80));
                Vector512<float> w6 = Vector512.LoadUnsafe(ref wk, (nuint)(3 * Ld + 96));
                Vector512<float> x0k = Vector512.Create(Unsafe.Add(ref x0, 3));
                c00 = Vector512.FusedMultiplyAdd(x0k, w0, c00);
                c01 = Vector512.FusedMultiplyAdd(x0k, w1, c01);
                c02 = Vector512.FusedMultiplyAdd(x0k, w2, c02);
                c03 = Vector512.FusedMultiplyAdd(x0k, w3, c03);
                c04 = Vector512.FusedMultiplyAdd(x0k, w4, c04);
                c05 = Vector512.FusedMultiplyAdd(x0k, w5, c05);
                c06 = Vector512.FusedMultiplyAdd(x0k, w6, c06);
                Vector512<float> x1k = Vector512.Create(Unsafe.Add(ref x1, 3));
                c10 = Vector512.FusedMultiplyAdd(x1k, w0, c10);
                c11 = Vector512.FusedMultiplyAdd(x1k, w1, c11);
                c12 = Vector512.FusedMultiplyAdd(x1k, w2, c12);
                c13 = Vector512.FusedMultiplyAdd(x1k, w3, c13);
                c14 = Vector512.FusedMultiplyAdd(x1k, w4, c14);
                c15 = Vector512.FusedMultiplyAdd(x1k, w5, c15);
                c16 = Vector512.FusedMultiplyAdd(x1k, w6, c16);
            }
            // input +4
            {
                Prefetch.L1(ref wk, 12 * Ld);
                Prefetch.L1(ref wk, 12 * Ld + 16);
                Prefetch.L1(ref wk, 12 * Ld + 32);
                Prefetch.L1(ref wk, 12 * Ld + 48);
                Prefetch.L1(ref wk, 12 * Ld + 64);
                Prefetch.L1(ref wk, 12 * Ld + 80);
                Prefetch.L1(ref wk, 12 * Ld + 96);
                Prefetch.L1(ref wk, 12 * Ld + 111);
                Vector512<float> w0 = Vector512.LoadUnsafe(ref wk, (nuint)(4 * Ld + 0));
                Vector512<float> w1 = Vector512.LoadUnsafe(ref wk, (nuint)(4 * Ld + 16));
                Vector512<float> w2 = Vector512.LoadUnsafe(ref wk, (nuint)(4 * Ld + 32));
                Vector512<float> w3 = Vector512.LoadUnsafe(ref wk, (nuint)(4 * Ld + 48));
                Vector512<float> w4 = Vector512.LoadUnsafe(ref wk, (nuint)(4 * Ld + 64));
                Vector512<float> w5 = Vector512.LoadUnsafe(ref wk, (nuint)(4 * Ld + 80));
                Vector512<float> w6 = Vector512.LoadUnsafe(ref wk, (nuint)(4 * Ld + 96));
                Vector512<float> x0k = Vector512.Create(Unsafe.Add(ref x0, 4));
                c00 = Vector512.FusedMultiplyAdd(x0k, w0, c00);
                c01 = Vector512.FusedMultiplyAdd(x0k, w1, c01);
                c02 = Vector512.FusedMultiplyAdd(x0k, w2, c02);
                c03 = Vector512.FusedMultiplyAdd(x0k, w3, c03);
                c04 = Vector512.FusedMultiplyAdd(x0k, w4, c04);
                c05 = Vector512.FusedMultiplyAdd(x0k, w5, c05);
                c06 = Vector512.FusedMultiplyAdd(x0k, w6, c06);
                Vector512<float> x1k = Vector512.Create(Unsafe.Add(ref x1, 4));
                c10 = Vector512.FusedMultiplyAdd(x1k, w0, c10);
                c11 = Vector512.FusedMultiplyAdd(x1k, w1, c11);
                c12 = Vector512.FusedMultiplyAdd(x1k, w2, c12);
                c13 = Vector512.FusedMultiplyAdd(x1k, w3, c13);
                c14 = Vector512.FusedMultiplyAdd(x1k, w4, c14);
                c15 = Vector512.FusedMultiplyAdd(x1k, w5, c15);
                c16 = Vector512.FusedMultiplyAdd(x1k, w6, c16);
            }
            Vector512.StoreUnsafe(c00, ref z, (nuint)((i + 0) * Ld + j));
            Vector512.StoreUnsafe(c01, ref z, (nuint)((i + 0) * Ld + j + 16));
            Vector512.StoreUnsafe(c02, ref z, (nuint)((i + 0) * Ld + j + 32));
            Vector512.StoreUnsafe(c03, ref z, (nuint)((i + 0) * Ld + j + 48));
            Vector512.StoreUnsafe(c04, ref z, (nuint)((i + 0) * Ld + j + 64));
            Vector512.StoreUnsafe(c05, ref z, (nuint)((i + 0) * Ld + j + 80));
            Vector512.StoreUnsafe(c06, ref z, (nuint)((i + 0) * Ld + j + 96));
            Vector512.StoreUnsafe(c10, ref z, (nuint)((i + 1) * Ld + j));
            Vector512.StoreUnsafe(c11, ref z, (nuint)((i + 1) * Ld + j + 16));
            Vector512.StoreUnsafe(c12, ref z, (nuint)((i + 1) * Ld + j + 32));
            Vector512.StoreUnsafe(c13, ref z, (nuint)((i + 1) * Ld + j + 48));
            Vector512.StoreUnsafe(c14, ref z, (nuint)((i + 1) * Ld + j + 64));
            Vector512.StoreUnsafe(c15, ref z, (nuint)((i + 1) * Ld + j + 80));
            Vector512.StoreUnsafe(c16, ref z, (nuint)((i + 1) * Ld + j + 96));
        }
        // remainder rows: 1 row × 7 vectors
        for (; i < rows; i++)
        {
            ref float wk = ref Unsafe.Add(ref wt, j);
            ref float x0 = ref Unsafe.Add(ref xr, (i + 0) * D);
            Vector512<float> c00 = Vector512<float>.Zero;
            Vector512<float> c01 = Vector512<float>.Zero;
            Vector512<float> c02 = Vector512<float>.Zero;
            Vector512<float> c03 = Vector512<float>.Zero;
            Vector512<float> c04 = Vector512<float>.Zero;
            Vector512<float> c05 = Vector512<float>.Zero;
            Vector512<float> c06 = Vector512<float>.Zero;
            for (int k = 0; k < 32; k += 8)
            {
                // input +0
                {
                    Prefetch.L1(ref wk, 8 * Ld);
                    Prefetch.L1(ref wk, 8 * Ld + 16);
                    Prefetch.L1(ref wk, 8 * Ld + 32);
                    Prefetch.L1(ref wk, 8 * Ld + 48);
                    Prefetch.L1(ref wk, 8 * Ld + 64);
                    Prefetch.L1(ref wk, 8 * Ld + 80);
                    Prefetch.L1(ref wk, 8 * Ld + 96);
                    Prefetch.L1(ref wk, 8 * Ld + 111);
                    Vector512<float> w0 = Vector512.LoadUnsafe(ref wk);
                    Vector512<float> w1 = Vector512.LoadUnsafe(ref wk, (nuint)16);
                    Vector512<float> w2 = Vector512.LoadUnsafe(ref wk, (nuint)32);
                    Vector512<float> w3 = Vector512.LoadUnsafe(ref wk, (nuint)48);
                    Vector512<float> w4 = Vector512.LoadUnsafe(ref wk, (nuint)64);
                    Vector512<float> w5 = Vector512.LoadUnsafe(ref wk, (nuint)80);
                    Vector512<float> w6 = Vector512.LoadUnsafe(ref wk, (nuint)96);
                    Vector512<float> x0k = Vector512.Create(Unsafe.Add(ref x0, 0));
                    c00 = Vector512.FusedMultiplyAdd(x0k, w0, c00);
                    c01 = Vector512.FusedMultiplyAdd(x0k, w1, c01);
                    c02 = Vector512.FusedMultiplyAdd(x0k, w2, c02);
                    c03 = Vector512.FusedMultiplyAdd(x0k, w3, c03);
                    c04 = Vector512.FusedMultiplyAdd(x0k, w4, c04);
                    c05 = Vector512.FusedMultiplyAdd(x0k, w5, c05);
                    c06 = Vector512.FusedMultiplyAdd(x0k, w6, c06);
                }
                // input +1
                {
                    Prefetch.L1(ref wk, 9 * Ld);
                    Prefetch.L1(ref wk, 9 * Ld + 16);
                    Prefetch.L1(ref wk, 9 * Ld + 32);
                    Prefetch.L1(ref wk, 9 * Ld + 48);
                    Prefetch.L1(ref wk, 9 * Ld + 64);
                    Prefetch.L1(ref wk, 9 * Ld + 80);
                    Prefetch.L1(ref wk, 9 * Ld + 96);
                    Prefetch.L1(ref wk, 9 * Ld + 111);
                    Vector512<float> w0 = Vector512.LoadUnsafe(ref wk, (nuint)(1 * Ld + 0));
                    Vector512<float> w1 = Vector512.LoadUnsafe(ref wk, (nuint)(1 * Ld + 16));
                    Vector512<float> w2 = Vector512.LoadUnsafe(ref wk, (nuint)(1 * Ld + 32));
                    Vector512<float> w3 = Vector512.LoadUnsafe(ref wk, (nuint)(1 * Ld + 48));
                    Vector512<float> w4 = Vector512.LoadUnsafe(ref wk, (nuint)(1 * Ld + 64));
                    Vector512<float> w5 = Vector512.LoadUnsafe(ref wk, (nuint)(1 * Ld + 80));
                    Vector512<float> w6 = Vector512.LoadUnsafe(ref wk, (nuint)(1 * Ld + 96));
                    Vector512<float> x0k = Vector512.Create(Unsafe.Add(ref x0, 1));
                    c00 = Vector512.FusedMultiplyAdd(x0k, w0, c00);
                    c01 = Vector512.FusedMultiplyAdd(x0k, w1, c01);
                    c02 = Vector512.FusedMultiplyAdd(x0k, w2, c02);
                    c03 = Vector512.FusedMultiplyAdd(x0k, w3, c03);
                    c04 = Vector512.FusedMultiplyAdd(x0k, w4, c04);
                    c05 = Vector512.FusedMultiplyAdd(x0k, w5, c05);
                    c06 = Vector512.FusedMultiplyAdd(x0k, w6, c06);
                }
                // input +2
                {
                    Prefetch.L1(ref wk, 10 * Ld);
                    Prefetch.L1(ref wk, 10 * Ld + 16);
                    Prefetch.L1(ref wk, 10 * Ld + 32);
                    Prefetch.L1(ref wk, 10 * Ld + 48);
                    Prefetch.L1(ref wk, 10 * Ld + 64);
                    Prefetch.L1(ref wk, 10 * Ld + 80);
                    Prefetch.L1(ref wk, 10 * Ld + 96);
                    Prefetch.L1(ref wk, 10 * Ld + 111);
                    Vector512<float> w0 = Vector512.LoadUnsafe(ref wk, (nuint)(2 * Ld + 0));
                    Vector512<float> w1 = Vector512.LoadUnsafe(ref wk, (nuint)(2 * Ld + 16));
                    Vector512<float> w2 = Vector512.LoadUnsafe(ref wk, (nuint)(2 * Ld + 32));
                    Vector512<float> w3 = Vector512.LoadUnsafe(ref wk, (nuint)(2 * Ld + 48));
                    Vector512<float> w4 = Vector512.LoadUnsafe(ref wk, (nuint)(2 * Ld + 64));
                    Vector512<float> w5 = Vector512.LoadUnsafe(ref wk, (nuint)(2 * Ld + 80));
                    Vector512<float> w6 = Vector512.LoadUnsafe(ref wk, (nuint)(2 * Ld + 96));
                    Vector512<float> x0k = Vector512.Create(Unsafe.Add(ref x0, 2));
                    c00 = Vector512.FusedMultiplyAdd(x0k, w0, c00);
                    c01 = Vector512.FusedMultiplyAdd(x0k, w1, c01);
                    c02 = Vector512.FusedMultiplyAdd(x0k, w2, c02);
                    c03 = Vector512.FusedMultiplyAdd(x0k, w3, c03);
                    c04 = Vector512.FusedMultiplyAdd(x0k, w4, c04);
                    c05 = Vector512.FusedMultiplyAdd(x0k, w5, c05);
                    c06 = Vector512.FusedMultiplyAdd(x0k, w6, c06);
                }
                // input +3
                {
                    Prefetch.L1(ref wk, 11 * Ld);
                    Prefetch.L1(ref wk, 11 * Ld + 16);
                    Prefetch.L1(ref wk, 11 * Ld + 32);
                    Prefetch.L1(ref wk, 11 * Ld + 48);
                    Prefetch.L1(ref wk, 11 * Ld + 64);
                    Prefetch.L1(ref wk, 11 * Ld + 80);
                    Prefetch.L1(ref wk, 11 * Ld + 96);
                    Prefetch.L1(ref wk, 11 * Ld + 111);
                    Vector512<float> w0 = Vector512.LoadUnsafe(ref wk, (nuint)(3 * Ld + 0));
                    Vector512<float> w1 = Vector512.LoadUnsafe(ref wk, (nuint)(3 * Ld + 16));
                    Vector512<float> w2 = Vector512.LoadUnsafe(ref wk, (nuint)(3 * Ld + 32));
                    Vector512<float> w3 = Vector512.LoadUnsafe(ref wk, (nuint)(3 * Ld + 48));
                    Vector512<float> w4 = Vector512.LoadUnsafe(ref wk, (nuint)(3 * Ld + 64));
                    Vector512<float> w5 = Vector512.LoadUnsafe(ref wk, (nuint)(3 * Ld + 80));
                    Vector512<float> w6 = Vector512.LoadUnsafe(ref wk, (nuint)(3 * Ld + 96));
                    Vector512<float> x0k = Vector512.Create(Unsafe.Add(ref x0, 3));
                    c00 = Vector512.FusedMultiplyAdd(x0k, w0, c00);
                    c01 = Vector512.FusedMultiplyAdd(x0k, w1, c01);
                    c02 = Vector512.FusedMultiplyAdd(x0k, w2, c02);
                    c03 = Vector512.FusedMultiplyAdd(x0k, w3, c03);
                    c04 = Vector512.FusedMultiplyAdd(x0k, w4, c04);
                    c05 = Vector512.FusedMultiplyAdd(x0k, w5, c05);
                    c06 = Vector512.FusedMultiplyAdd(x0k, w6, c06);
                }
                // input +4
                {
                    Prefetch.L1(ref wk, 12 * Ld);
                    Prefetch.L1(ref wk, 12 * Ld + 16);
                    Prefetch.L1(ref wk, 12 * Ld + 32);
                    Prefetch.L1(ref wk, 12 * Ld + 48);
                    Prefetch.L1(ref wk, 12 * Ld + 64);
                    Prefetch.L1(ref wk, 12 * Ld + 80);
                    Prefetch.L1(ref wk, 12 * Ld + 96);
                    Prefetch.L1(ref wk, 12 * Ld + 111);
                    Vector512<float> w0 = Vector512.LoadUnsafe(ref wk, (nuint)(4 * Ld + 0));
                    Vector512<float> w1 = Vector512.LoadUnsafe(ref wk, (nuint)(4 * Ld + 16));
                    Vector512<float> w2 = Vector512.LoadUnsafe(ref wk, (nuint)(4 * Ld + 32));
                    Vector512<float> w3 = Vector512.LoadUnsafe(ref wk, (nuint)(4 * Ld + 48));
                    Vector512<float> w4 = Vector512.LoadUnsafe(ref wk, (nuint)(4 * Ld + 64));
                    Vector512<float> w5 = Vector512.LoadUnsafe(ref wk, (nuint)(4 * Ld + 80));
                    Vector512<float> w6 = Vector512.LoadUnsafe(ref wk, (nuint)(4 * Ld + 96));
                    Vector512<float> x0k = Vector512.Create(Unsafe.Add(ref x0, 4));
                    c00 = Vector512.FusedMultiplyAdd(x0k, w0, c00);
                    c01 = Vector512.FusedMultiplyAdd(x0k, w1, c01);
                    c02 = Vector512.FusedMultiplyAdd(x0k, w2, c02);
                    c03 = Vector512.FusedMultiplyAdd(x0k, w3, c03);
                    c04 = Vector512.FusedMultiplyAdd(x0k, w4, c04);
                    c05 = Vector512.FusedMultiplyAdd(x0k, w5, c05);
                    c06 = Vector512.FusedMultiplyAdd(x0k, w6, c06);
                }
                // input +5
                {
                    Prefetch.L1(ref wk, 13 * Ld);
                    Prefetch.L1(ref wk, 13 * Ld + 16);
                    Prefetch.L1(ref wk, 13 * Ld + 32);
                    Prefetch.L1(ref wk, 13 * Ld + 48);
                    Prefetch.L1(ref wk, 13 * Ld + 64);
                    Prefetch.L1(ref wk, 13 * Ld + 80);
                    Prefetch.L1(ref wk, 13 * Ld + 96);
                    Prefetch.L1(ref wk, 13 * Ld + 111);
                    Vector512<float> w0 = Vector512.LoadUnsafe(ref wk, (nuint)(5 * Ld + 0));
                    Vector512<float> w1 = Vector512.LoadUnsafe(ref wk, (nuint)(5 * Ld + 16));
                    Vector512<float> w2 = Vector512.LoadUnsafe(ref wk, (nuint)(5 * Ld + 32));
                    Vector512<float> w3 = Vector512.LoadUnsafe(ref wk, (nuint)(5 * Ld + 48));
                    Vector512<float> w4 = Vector512.LoadUnsafe(ref wk, (nuint)(5 * Ld + 64));
                    Vector512<float> w5 = Vector512.LoadUnsafe(ref wk, (nuint)(5 * Ld + 80));
                    Vector512<float> w6 = Vector512.LoadUnsafe(ref wk, (nuint)(5 * Ld + 96));
                    Vector512<float> x0k = Vector512.Create(Unsafe.Add(ref x0, 5));
                    c00 = Vector512.FusedMultiplyAdd(x0k, w0, c00);
                    c01 = Vector512.FusedMultiplyAdd(x0k, w1, c01);
                    c02 = Vector512.FusedMultiplyAdd(x0k, w2, c02);
                    c03 = Vector512.FusedMultiplyAdd(x0k, w3, c03);
                    c04 = Vector512.FusedMultiplyAdd(x0k, w4, c04);
                    c05 = Vector512.FusedMultiplyAdd(x0k, w5, c05);
                    c06 = Vector512.FusedMultiplyAdd(x0k, w6, c06);
                }
                // input +6
                {
                    Prefetch.L1(ref wk, 14 * Ld);
                    Prefetch.L1(ref wk, 14 * Ld + 16);
                    Prefetch.L1(ref wk, 14 * Ld + 32);
                    Prefetch.L1(ref wk, 14 * Ld + 48);
                    Prefetch.L1(ref wk, 14 * Ld + 64);
                    Prefetch.L1(ref wk, 14 * Ld + 80);
                    Prefetch.L1(ref wk, 14 * Ld + 96);
                    Prefetch.L1(ref wk, 14 * Ld + 111);
                    Vector512<float> w0 = Vector512.LoadUnsafe(ref wk, (nuint)(6 * Ld + 0));
                    Vector512<float> w1 = Vector512.LoadUnsafe(ref wk, (nuint)(6 * Ld + 16));
                    Vector512<float> w2 = Vector512.LoadUnsafe(ref wk, (nuint)(6 * Ld + 32));
                    Vector512<float> w3 = Vector512.LoadUnsafe(ref wk, (nuint)(6 * Ld + 48));
                    Vector512<float> w4 = Vector512.LoadUnsafe(ref wk, (nuint)(6 * Ld + 64));
                    Vector512<float> w5 = Vector512.LoadUnsafe(ref wk, (nuint)(6 * Ld + 80));
                    Vector512<float> w6 = Vector512.LoadUnsafe(ref wk, (nuint)(6 * Ld + 96));
                    Vector512<float> x0k = Vector512.Create(Unsafe.Add(ref x0, 6));
                    c00 = Vector512.FusedMultiplyAdd(x0k, w0, c00);
                    c01 = Vector512.FusedMultiplyAdd(x0k, w1, c01);
                    c02 = Vector512.FusedMultiplyAdd(x0k, w2, c02);
                    c03 = Vector512.FusedMultiplyAdd(x0k, w3, c03);
                    c04 = Vector512.FusedMultiplyAdd(x0k, w4, c04);
                    c05 = Vector512.FusedMultiplyAdd(x0k, w5, c05);
                    c06 = Vector512.FusedMultiplyAdd(x0k, w6, c06);
                }
                // input +7
                {
                    Prefetch.L1(ref wk, 15 * Ld);
                    Prefetch.L1(ref wk, 15 * Ld + 16);
                    Prefetch.L1(ref wk, 15 * Ld + 32);
                    Prefetch.L1(ref wk, 15 * Ld + 48);
                    Prefetch.L1(ref wk, 15 * Ld + 64);
                    Prefetch.L1(ref wk, 15 * Ld + 80);
                    Prefetch.L1(ref wk, 15 * Ld + 96);
                    Prefetch.L1(ref wk, 15 * Ld + 111);
                    Vector512<float> w0 = Vector512.LoadUnsafe(ref wk, (nuint)(7 * Ld + 0));
                    Vector512<float> w1 = Vector512.LoadUnsafe(ref wk, (nuint)(7 * Ld + 16));
                    Vector512<float> w2 = Vector512.LoadUnsafe(ref wk, (nuint)(7 * Ld + 32));
                    Vector512<float> w3 = Vector512.LoadUnsafe(ref wk, (nuint)(7 * Ld + 48));
                    Vector512<float> w4 = Vector512.LoadUnsafe(ref wk, (nuint)(7 * Ld + 64));
                    Vector512<float> w5 = Vector512.LoadUnsafe(ref wk, (nuint)(7 * Ld + 80));
                    Vector512<float> w6 = Vector512.LoadUnsafe(ref wk, (nuint)(7 * Ld + 96));
                    Vector512<float> x0k = Vector512.Create(Unsafe.Add(ref x0, 7));
                    c00 = Vector512.FusedMultiplyAdd(x0k, w0, c00);
                    c01 = Vector512.FusedMultiplyAdd(x0k, w1, c01);
                    c02 = Vector512.FusedMultiplyAdd(x0k, w2, c02);
                    c03 = Vector512.FusedMultiplyAdd(x0k, w3, c03);
                    c04 = Vector512.FusedMultiplyAdd(x0k, w4, c04);
                    c05 = Vector512.FusedMultiplyAdd(x0k, w5, c05);
                    c06 = Vector512.FusedMultiplyAdd(x0k, w6, c06);
                }
                wk = ref Unsafe.Add(ref wk, 8 * Ld);
                x0 = ref Unsafe.Add(ref x0, 8);
            }
            // constant tail of d mod 8 = 5 inputs
            // input +0
            {
                Prefetch.L1(ref wk, 8 * Ld);
                Prefetch.L1(ref wk, 8 * Ld + 16);
                Prefetch.L1(ref wk, 8 * Ld + 32);
                Prefetch.L1(ref wk, 8 * Ld + 48);
                Prefetch.L1(ref wk, 8 * Ld + 64);
                Prefetch.L1(ref wk, 8 * Ld + 80);
                Prefetch.L1(ref wk, 8 * Ld + 96);
                Prefetch.L1(ref wk, 8 * Ld + 111);
                Vector512<float> w0 = Vector512.LoadUnsafe(ref wk);
                Vector512<float> w1 = Vector512.LoadUnsafe(ref wk, (nuint)16);
                Vector512<float> w2 = Vector512.LoadUnsafe(ref wk, (nuint)32);
                Vector512<float> w3 = Vector512.LoadUnsafe(ref wk, (nuint)48);
                Vector512<float> w4 = Vector512.LoadUnsafe(ref wk, (nuint)64);
                Vector512<float> w5 = Vector512.LoadUnsafe(ref wk, (nuint)80);
                Vector512<float> w6 = Vector512.LoadUnsafe(ref wk, (nuint)96);
                Vector512<float> x0k = Vector512.Create(Unsafe.Add(ref x0, 0));
                c00 = Vector512.FusedMultiplyAdd(x0k, w0, c00);
                c01 = Vector512.FusedMultiplyAdd(x0k, w1, c01);
                c02 = Vector512.FusedMultiplyAdd(x0k, w2, c02);
                c03 = Vector512.FusedMultiplyAdd(x0k, w3, c03);
                c04 = Vector512.FusedMultiplyAdd(x0k, w4, c04);
                c05 = Vector512.FusedMultiplyAdd(x0k, w5, c05);
                c06 = Vector512.FusedMultiplyAdd(x0k, w6, c06);
            }
            // input +1
            {
                Prefetch.L1(ref wk, 9 * Ld);
                Prefetch.L1(ref wk, 9 * Ld + 16);
                Prefetch.L1(ref wk, 9 * Ld + 32);
                Prefetch.L1(ref wk, 9 * Ld + 48);
                Prefetch.L1(ref wk, 9 * Ld + 64);
                Prefetch.L1(ref wk, 9 * Ld + 80);
                Prefetch.L1(ref wk, 9 * Ld + 96);
                Prefetch.L1(ref wk, 9 * Ld + 111);
                Vector512<float> w0 = Vector512.LoadUnsafe(ref wk, (nuint)(1 * Ld + 0));
                Vector512<float> w1 = Vector512.LoadUnsafe(ref wk, (nuint)(1 * Ld + 16));
                Vector512<float> w2 = Vector512.LoadUnsafe(ref wk, (nuint)(1 * Ld + 32));
                Vector512<float> w3 = Vector512.LoadUnsafe(ref wk, (nuint)(1 * Ld + 48));
                Vector512<float> w4 = Vector512.LoadUnsafe(ref wk, (nuint)(1 * Ld + 64));
                Vector512<float> w5 = Vector512.LoadUnsafe(ref wk, (nuint)(1 * Ld + 80));
                Vector512<float> w6 = Vector512.LoadUnsafe(ref wk, (nuint)(1 * Ld + 96));
                Vector512<float> x0k = Vector512.Create(Unsafe.Add(ref x0, 1));
                c00 = Vector512.FusedMultiplyAdd(x0k, w0, c00);
                c01 = Vector512.FusedMultiplyAdd(x0k, w1, c01);
                c02 = Vector512.FusedMultiplyAdd(x0k, w2, c02);
                c03 = Vector512.FusedMultiplyAdd(x0k, w3, c03);
                c04 = Vector512.FusedMultiplyAdd(x0k, w4, c04);
                c05 = Vector512.FusedMultiplyAdd(x0k, w5, c05);
                c06 = Vector512.FusedMultiplyAdd(x0k, w6, c06);
            }
            // input +2
            {
                Prefetch.L1(ref wk, 10 * Ld);
                Prefetch.L1(ref wk, 10 * Ld + 16);
                Prefetch.L1(ref wk, 10 * Ld + 32);
                Prefetch.L1(ref wk, 10 * Ld + 48);
                Prefetch.L1(ref wk, 10 * Ld + 64);
                Prefetch.L1(ref wk, 10 * Ld + 80);
                Prefetch.L1(ref wk, 10 * Ld + 96);
                Prefetch.L1(ref wk, 10 * Ld + 111);
                Vector512<float> w0 = Vector512.LoadUnsafe(ref wk, (nuint)(2 * Ld + 0));
                Vector512<float> w1 = Vector512.LoadUnsafe(ref wk, (nuint)(2 * Ld + 16));
                Vector512<float> w2 = Vector512.LoadUnsafe(ref wk, (nuint)(2 * Ld + 32));
                Vector512<float> w3 = Vector512.LoadUnsafe(ref wk, (nuint)(2 * Ld + 48));
                Vector512<float> w4 = Vector512.LoadUnsafe(ref wk, (nuint)(2 * Ld + 64));
                Vector512<float> w5 = Vector512.LoadUnsafe(ref wk, (nuint)(2 * Ld + 80));
                Vector512<float> w6 = Vector512.LoadUnsafe(ref wk, (nuint)(2 * Ld + 96));
                Vector512<float> x0k = Vector512.Create(Unsafe.Add(ref x0, 2));
                c00 = Vector512.FusedMultiplyAdd(x0k, w0, c00);
                c01 = Vector512.FusedMultiplyAdd(x0k, w1, c01);
                c02 = Vector512.FusedMultiplyAdd(x0k, w2, c02);
                c03 = Vector512.FusedMultiplyAdd(x0k, w3, c03);
                c04 = Vector512.FusedMultiplyAdd(x0k, w4, c04);
                c05 = Vector512.FusedMultiplyAdd(x0k, w5, c05);
                c06 = Vector512.FusedMultiplyAdd(x0k, w6, c06);
            }
            // input +3
            {
                Prefetch.L1(ref wk, 11 * Ld);
                Prefetch.L1(ref wk, 11 * Ld + 16);
                Prefetch.L1(ref wk, 11 * Ld + 32);
                Prefetch.L1(ref wk, 11 * Ld + 48);
                Prefetch.L1(ref wk, 11 * Ld + 64);
                Prefetch.L1(ref wk, 11 * Ld + 80);
                Prefetch.L1(ref wk, 11 * Ld + 96);
                Prefetch.L1(ref wk, 11 * Ld + 111);
                Vector512<float> w0 = Vector512.LoadUnsafe(ref wk, (nuint)(3 * Ld + 0));
                Vector512<float> w1 = Vector512.LoadUnsafe(ref wk, (nuint)(3 * Ld + 16));
                Vector512<float> w2 = Vector512.LoadUnsafe(ref wk, (nuint)(3 * Ld + 32));
                Vector512<float> w3 = Vector512.LoadUnsafe(ref wk, (nuint)(3 * Ld + 48));
                Vector512<float> w4 = Vector512.LoadUnsafe(ref wk, (nuint)(3 * Ld + 64));
                Vector512<float> w5 = Vector512.LoadUnsafe(ref wk, (nuint)(3 * Ld + 80));
                Vector512<float> w6 = Vector512.LoadUnsafe(ref wk, (nuint)(3 * Ld + 96));
                Vector512<float> x0k = Vector512.Create(Unsafe.Add(ref x0, 3));
                c00 = Vector512.FusedMultiplyAdd(x0k, w0, c00);
                c01 = Vector512.FusedMultiplyAdd(x0k, w1, c01);
                c02 = Vector512.FusedMultiplyAdd(x0k, w2, c02);
                c03 = Vector512.FusedMultiplyAdd(x0k, w3, c03);
                c04 = Vector512.FusedMultiplyAdd(x0k, w4, c04);
                c05 = Vector512.FusedMultiplyAdd(x0k, w5, c05);
                c06 = Vector512.FusedMultiplyAdd(x0k, w6, c06);
            }
            // input +4
            {
                Prefetch.L1(ref wk, 12 * Ld);
                Prefetch.L1(ref wk, 12 * Ld + 16);
                Prefetch.L1(ref wk, 12 * Ld + 32);
                Prefetch.L1(ref wk, 12 * Ld + 48);
                Prefetch.L1(ref wk, 12 * Ld + 64);
                Prefetch.L1(ref wk, 12 * Ld + 80);
                Prefetch.L1(ref wk, 12 * Ld + 96);
                Prefetch.L1(ref wk, 12 * Ld + 111);
                Vector512<float> w0 = Vector512.LoadUnsafe(ref wk, (nuint)(4 * Ld + 0));
                Vector512<float> w1 = Vector512.LoadUnsafe(ref wk, (nuint)(4 * Ld + 16));
                Vector512<float> w2 = Vector512.LoadUnsafe(ref wk, (nuint)(4 * Ld + 32));
                Vector512<float> w3 = Vector512.LoadUnsafe(ref wk, (nuint)(4 * Ld + 48));
                Vector512<float> w4 = Vector512.LoadUnsafe(ref wk, (nuint)(4 * Ld + 64));
                Vector512<float> w5 = Vector512.LoadUnsafe(ref wk, (nuint)(4 * Ld + 80));
                Vector512<float> w6 = Vector512.LoadUnsafe(ref wk, (nuint)(4 * Ld + 96));
                Vector512<float> x0k = Vector512.Create(Unsafe.Add(ref x0, 4));
                c00 = Vector512.FusedMultiplyAdd(x0k, w0, c00);
                c01 = Vector512.FusedMultiplyAdd(x0k, w1, c01);
                c02 = Vector512.FusedMultiplyAdd(x0k, w2, c02);
                c03 = Vector512.FusedMultiplyAdd(x0k, w3, c03);
                c04 = Vector512.FusedMultiplyAdd(x0k, w4, c04);
                c05 = Vector512.FusedMultiplyAdd(x0k, w5, c05);
                c06 = Vector512.FusedMultiplyAdd(x0k, w6, c06);
            }
            Vector512.StoreUnsafe(c00, ref z, (nuint)((i + 0) * Ld + j));
            Vector512.StoreUnsafe(c01, ref z, (nuint)((i + 0) * Ld + j + 16));
            Vector512.StoreUnsafe(c02, ref z, (nuint)((i + 0) * Ld + j + 32));
            Vector512.StoreUnsafe(c03, ref z, (nuint)((i + 0) * Ld + j + 48));
            Vector512.StoreUnsafe(c04, ref z, (nuint)((i + 0) * Ld + j + 64));
            Vector512.StoreUnsafe(c05, ref z, (nuint)((i + 0) * Ld + j + 80));
            Vector512.StoreUnsafe(c06, ref z, (nuint)((i + 0) * Ld + j + 96));
        }
    }
}
