// ───────────── scalar path (1 lane) ─────────────
// pre-activations Z[i, j] = Σ_k x_ik w_j[k]: for each column block of 2 vectors of neurons (its d × 2 weights stay in L1), 4 rows × 2 vectors of accumulators per tile
[MethodImpl(MethodImplOptions.NoInlining | MethodImplOptions.AggressiveOptimization)]
private void ForwardScalar(ref float xr, int rows, int j0, int j1)
{
    ref float wt = ref _wt.Start;
    ref float z = ref _z.Start;
    for (int j = j0; j < j1; j += 2)
    {
        int i = 0;
        for (; i + 4 <= rows; i += 4)
        {
            ref float wk = ref Unsafe.Add(ref wt, j);
            ref float x0 = ref Unsafe.Add(ref xr, (i + 0) * D);
            ref float x1 = ref Unsafe.Add(ref xr, (i + 1) * D);
            ref float x2 = ref Unsafe.Add(ref xr, (i + 2) * D);
            ref float x3 = ref Unsafe.Add(ref xr, (i + 3) * D);
            float c00 = 0f;
            float c01 = 0f;
            float c10 = 0f;
            float c11 = 0f;
            float c20 = 0f;
            float c21 = 0f;
            float c30 = 0f;
            float c31 = 0f;
            for (int k = 0; k < 32; k += 4)
            {
                // input +0
                {
                    float w0 = wk;
                    float w1 = Unsafe.Add(ref wk, 1);
                    float x0k = Unsafe.Add(ref x0, 0);
                    c00 = (x0k * w0 + c00);
                    c01 = (x0k * w1 + c01);
                    float x1k = Unsafe.Add(ref x1, 0);
                    c10 = (x1k * w0 + c10);
                    c11 = (x1k * w1 + c11);
                    float x2k = Unsafe.Add(ref x2, 0);
                    c20 = (x2k * w0 + c20);
                    c21 = (x2k * w1 + c21);
                    float x3k = Unsafe.Add(ref x3, 0);
                    c30 = (x3k * w0 + c30);
                    c31 = (x3k * w1 + c31);
                }
                // input +1
                {
                    float w0 = Unsafe.Add(ref wk, 1 * Ld + 0);
                    float w1 = Unsafe.Add(ref wk, 1 * Ld + 1);
                    float x0k = Unsafe.Add(ref x0, 1);
                    c00 = (x0k * w0 + c00);
                    c01 = (x0k * w1 + c01);
                    float x1k = Unsafe.Add(ref x1, 1);
                    c10 = (x1k * w0 + c10);
                    c11 = (x1k * w1 + c11);
                    float x2k = Unsafe.Add(ref x2, 1);
                    c20 = (x2k * w0 + c20);
                    c21 = (x2k * w1 + c21);
                    float x3k = Unsafe.Add(ref x3, 1);
                    c30 = (x3k * w0 + c30);
                    c31 = (x3k * w1 + c31);
                }
                // input +2
                {
                    float w0 = Unsafe.Add(ref wk, 2 * Ld + 0);
                    float w1 = Unsafe.Add(ref wk, 2 * Ld + 1);
                    float x0k = Unsafe.Add(ref x0, 2);
                    c00 = (x0k * w0 + c00);
                    c01 = (x0k * w1 + c01);
                    float x1k = Unsafe.Add(ref x1, 2);
                    c10 = (x1k * w0 + c10);
                    c11 = (x1k * w1 + c11);
                    float x2k = Unsafe.Add(ref x2, 2);
                    c20 = (x2k * w0 + c20);
                    c21 = (x2k * w1 + c21);
                    float x3k = Unsafe.Add(ref x3, 2);
                    c30 = (x3k * w0 + c30);
                    c31 = (x3k * w1 + c31);
                }
                // input +3
                {
                    float w0 = Unsafe.Add(ref wk, 3 * Ld + 0);
                    float w1 = Unsafe.Add(ref wk, 3 * Ld + 1);
                    float x0k = Unsafe.Add(ref x0, 3);
                    c00 = (x0k * w0 + c00);
                    c01 = (x0k * w1 + c01);
                    float x1k = Unsafe.Add(ref x1, 3);
                    c10 = (x1k * w0 + c10);
                    c11 = (x1k * w1 + c11);
                    float x2k = Unsafe.Add(ref x2, 3);
                    c20 = (x2k * w0 + c20);
                    c21 = (x2k * w1 + c21);
                    float x3k = Unsafe.Add(ref x3, 3);
                    c30 = (x3k * w0 + c30);
                    c31 = (x3k * w1 + c31);
                }
                wk = ref Unsafe.Add(ref wk, 4 * Ld);
                x0 = ref Unsafe.Add(ref x0, 4);
                x1 = ref Unsafe.Add(ref x1, 4);
                x2 = ref Unsafe.Add(ref x2, 4);
                x3 = ref Unsafe.Add(ref x3, 4);
            }
            Unsafe.Add(ref z, (i + 0) * Ld + j) = c00;
            Unsafe.Add(ref z, (i + 0) * Ld + j + 1) = c01;
            Unsafe.Add(ref z, (i + 1) * Ld + j) = c10;
            Unsafe.Add(ref z, (i + 1) * Ld + j + 1) = c11;
            Unsafe.Add(ref z, (i + 2) * Ld + j) = c20;
            Unsafe.Add(ref z, (i + 2) * Ld + j + 1) = c21;
            Unsafe.Add(ref z, (i + 3) * Ld + j) = c30;
            Unsafe.Add(ref z, (i + 3) * Ld + j + 1) = c31;
        }
        // remainder rows: 2 rows × 2 vectors
        for (; i + 2 <= rows; i += 2)
        {
            ref float wk = ref Unsafe.Add(ref wt, j);
            ref float x0 = ref Unsafe.Add(ref xr, (i + 0) * D);
            ref float x1 = ref Unsafe.Add(ref xr, (i + 1) * D);
            float c00 = 0f;
            float c01 = 0f;
            float c10 = 0f;
            float c11 = 0f;
            for (int k = 0; k < 32; k += 4)
            {
                // input +0
                {
                    float w0 = wk;
                    float w1 = Unsafe.Add(ref wk, 1);
                    float x0k = Unsafe.Add(ref x0, 0);
                    c00 = (x0k * w0 + c00);
                    c01 = (x0k * w1 + c01);
                    float x1k = Unsafe.Add(ref x1, 0);
                    c10 = (x1k * w0 + c10);
                    c11 = (x1k * w1 + c11);
                }
                // input +1
                {
                    float w0 = Unsafe.Add(ref wk, 1 * Ld + 0);
                    float w1 = Unsafe.Add(ref wk, 1 * Ld + 1);
                    float x0k = Unsafe.Add(ref x0, 1);
                    c00 = (x0k * w0 + c00);
                    c01 = (x0k * w1 + c01);
                    float x1k = Unsafe.Add(ref x1, 1);
                    c10 = (x1k * w0 + c10);
                    c11 = (x1k * w1 + c11);
                }
                // input +2
                {
                    float w0 = Unsafe.Add(ref wk, 2 * Ld + 0);
                    float w1 = Unsafe.Add(ref wk, 2 * Ld + 1);
                    float x0k = Unsafe.Add(ref x0, 2);
                    c00 = (x0k * w0 + c00);
                    c01 = (x0k * w1 + c01);
                    float x1k = Unsafe.Add(ref x1, 2);
                    c10 = (x1k * w0 + c10);
                    c11 = (x1k * w1 + c11);
                }
                // input +3
                {
                    float w0 = Unsafe.Add(ref wk, 3 * Ld + 0);
                    float w1 = Unsafe.Add(ref wk, 3 * Ld + 1);
                    float x0k = Unsafe.Add(ref x0, 3);
                    c00 = (x0k * w0 + c00);
                    c01 = (x0k * w1 + c01);
                    float x1k = Unsafe.Add(ref x1, 3);
                    c10 = (x1k * w0 + c10);
                    c11 = (x1k * w1 + c11);
                }
                wk = ref Unsafe.Add(ref wk, 4 * Ld);
                x0 = ref Unsafe.Add(ref x0, 4);
                x1 = ref Unsafe.Add(ref x1, 4);
            }
            Unsafe.Add(ref z, (i + 0) * Ld + j) = c00;
            Unsafe.Add(ref z, (i + 0) * Ld + j + 1) = c01;
            Unsafe.Add(ref z, (i + 1) * Ld + j) = c10;
            Unsafe.Add(ref z, (i + 1) * Ld + j + 1) = c11;
        }
        // remainder rows: 1 row × 2 vectors
        for (; i < rows; i++)
        {
            ref float wk = ref Unsafe.Add(ref wt, j);
            ref float x0 = ref Unsafe.Add(ref xr, (i + 0) * D);
            float c00 = 0f;
            float c01 = 0f;
            for (int k = 0; k < 32; k += 4)
            {
                // input +0
                {
                    float w0 = wk;
                    float w1 = Unsafe.Add(ref wk, 1);
                    float x0k = Unsafe.Add(ref x0, 0);
                    c00 = (x0k * w0 + c00);
                    c01 = (x0k * w1 + c01);
                }
                // input +1
                {
                    float w0 = Unsafe.Add(ref wk, 1 * Ld + 0);
                    float w1 = Unsafe.Add(ref wk, 1 * Ld + 1);
                    float x0k = Unsafe.Add(ref x0, 1);
                    c00 = (x0k * w0 + c00);
                    c01 = (x0k * w1 + c01);
                }
                // input +2
                {
                    float w0 = Unsafe.Add(ref wk, 2 * Ld + 0);
                    float w1 = Unsafe.Add(ref wk, 2 * Ld + 1);
                    float x0k = Unsafe.Add(ref x0, 2);
                    c00 = (x0k * w0 + c00);
                    c01 = (x0k * w1 + c01);
                }
                // input +3
                {
                    float w0 = Unsafe.Add(ref wk, 3 * Ld + 0);
                    float w1 = Unsafe.Add(ref wk, 3 * Ld + 1);
                    float x0k = Unsafe.Add(ref x0, 3);
                    c00 = (x0k * w0 + c00);
                    c01 = (x0k * w1 + c01);
                }
                wk = ref Unsafe.Add(ref wk, 4 * Ld);
                x0 = ref Unsafe.Add(ref x0, 4);
            }
            Unsafe.Add(ref z, (i + 0) * Ld + j) = c00;
            Unsafe.Add(ref z, (i + 0) * Ld + j + 1) = c01;
        }
    }
}
