// weight gradient Gᵀ[k, j] = Σ_i x_ik Δ_ij: 4 inputs × 2 vectors of neurons per tile, loop over the batch;
// epilogue: w ← w − rate_j·G, accumulate the new ‖w_j‖² (apply), or store G (gradient only)
[MethodImpl(MethodImplOptions.NoInlining | MethodImplOptions.AggressiveOptimization)]
private void GradientPassScalar(ref float xr, int rows, bool apply, int j0, int j1)
{
    ref float wt = ref _wt.Start;
    ref float delta = ref _z.Start;
    ref float rate = ref _rateW.Start;
    ref float norm2 = ref _norm2.Start;
    ref float gt = ref (apply ? _wt : _gradT!).Start;
    bool norms = apply && _norms; // ‖w_j‖² of the new weights, for a norm cap
    for (int j = j0; j < j1; j += 2)
    {
        float r0 = -Unsafe.Add(ref rate, j); // −rate_j: the update is one multiply-add
        float n0 = 0f;
        float r1 = -Unsafe.Add(ref rate, j + 1); // −rate_j: the update is one multiply-add
        float n1 = 0f;
        for (int k = 0; k < 32; k += 4)
        {
            float c00 = 0f;
            float c01 = 0f;
            float c10 = 0f;
            float c11 = 0f;
            float c20 = 0f;
            float c21 = 0f;
            float c30 = 0f;
            float c31 = 0f;
            ref float xi = ref Unsafe.Add(ref xr, k);
            ref float di = ref Unsafe.Add(ref delta, j);
            for (int i = 0; i < rows; i++)
            {
                float d0 = di;
                float d1 = Unsafe.Add(ref di, 1);
                float x0 = Unsafe.Add(ref xi, 0);
                c00 = (x0 * d0 + c00);
                c01 = (x0 * d1 + c01);
                float x1 = Unsafe.Add(ref xi, 1);
                c10 = (x1 * d0 + c10);
                c11 = (x1 * d1 + c11);
                float x2 = Unsafe.Add(ref xi, 2);
                c20 = (x2 * d0 + c20);
                c21 = (x2 * d1 + c21);
                float x3 = Unsafe.Add(ref xi, 3);
                c30 = (x3 * d0 + c30);
                c31 = (x3 * d1 + c31);
                xi = ref Unsafe.Add(ref xi, D);
                di = ref Unsafe.Add(ref di, Ld);
            }
            float w00 = Unsafe.Add(ref wt, (k) * Ld + j);
            float w01 = Unsafe.Add(ref wt, (k) * Ld + j + 1);
            float w10 = Unsafe.Add(ref wt, (k + 1) * Ld + j);
            float w11 = Unsafe.Add(ref wt, (k + 1) * Ld + j + 1);
            float w20 = Unsafe.Add(ref wt, (k + 2) * Ld + j);
            float w21 = Unsafe.Add(ref wt, (k + 2) * Ld + j + 1);
            float w30 = Unsafe.Add(ref wt, (k + 3) * Ld + j);
            float w31 = Unsafe.Add(ref wt, (k + 3) * Ld + j + 1);
            if (apply)
            {
                w00 = (r0 * c00 + w00);
                Unsafe.Add(ref wt, (k) * Ld + j) = w00;
                w01 = (r1 * c01 + w01);
                Unsafe.Add(ref wt, (k) * Ld + j + 1) = w01;
                w10 = (r0 * c10 + w10);
                Unsafe.Add(ref wt, (k + 1) * Ld + j) = w10;
                w11 = (r1 * c11 + w11);
                Unsafe.Add(ref wt, (k + 1) * Ld + j + 1) = w11;
                w20 = (r0 * c20 + w20);
                Unsafe.Add(ref wt, (k + 2) * Ld + j) = w20;
                w21 = (r1 * c21 + w21);
                Unsafe.Add(ref wt, (k + 2) * Ld + j + 1) = w21;
                w30 = (r0 * c30 + w30);
                Unsafe.Add(ref wt, (k + 3) * Ld + j) = w30;
                w31 = (r1 * c31 + w31);
                Unsafe.Add(ref wt, (k + 3) * Ld + j + 1) = w31;
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
                Unsafe.Add(ref gt, (k) * Ld + j) = c00;
                Unsafe.Add(ref gt, (k) * Ld + j + 1) = c01;
                Unsafe.Add(ref gt, (k + 1) * Ld + j) = c10;
                Unsafe.Add(ref gt, (k + 1) * Ld + j + 1) = c11;
                Unsafe.Add(ref gt, (k + 2) * Ld + j) = c20;
                Unsafe.Add(ref gt, (k + 2) * Ld + j + 1) = c21;
                Unsafe.Add(ref gt, (k + 3) * Ld + j) = c30;
                Unsafe.Add(ref gt, (k + 3) * Ld + j + 1) = c31;
            }
        }
        if (norms)
        {
            Unsafe.Add(ref norm2, j) = n0;
            Unsafe.Add(ref norm2, j + 1) = n1;
        }
    }
}
