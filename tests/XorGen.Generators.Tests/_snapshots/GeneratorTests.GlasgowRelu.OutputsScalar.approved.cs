// outputs f_i = scale·Σ_j a_j σ(z_ij) over the columns [j0, j1) into f[i] (scale s and f = _f on one thread; 1 and a thread's partial sums otherwise), 2 vector accumulators per row
[MethodImpl(MethodImplOptions.NoInlining | MethodImplOptions.AggressiveOptimization)]
private void OutputsScalar(int rows, int j0, int j1, ref float f, float scale)
{
    ref float z = ref _z.Start;
    ref float a = ref _a.Start;
    var sigma = ActivationConstants.For<Relu, float, ScalarOps<float>, float>(0d); // the activation's constants on this path
    for (int i = 0; i < rows; i++)
    {
        ref float zi = ref Unsafe.Add(ref z, i * Ld);
        float acc0 = 0f;
        float acc1 = 0f;
        for (int j = j0; j < j1; j += 2)
        {
            float z0 = Unsafe.Add(ref zi, j);
            acc0 = (Unsafe.Add(ref a, j) * Relu.Value(z0, in sigma) + acc0);
            float z1 = Unsafe.Add(ref zi, j + 1);
            acc1 = (Unsafe.Add(ref a, j + 1) * Relu.Value(z1, in sigma) + acc1);
        }
        Unsafe.Add(ref f, i) = scale * (acc0 + acc1);
    }
}
