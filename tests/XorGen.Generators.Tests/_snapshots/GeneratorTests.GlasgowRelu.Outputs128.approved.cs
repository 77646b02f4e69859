// outputs f_i = scale·Σ_j a_j σ(z_ij) over the columns [j0, j1) into f[i] (scale s and f = _f on one thread; 1 and a thread's partial sums otherwise), 2 vector accumulators per row
[MethodImpl(MethodImplOptions.NoInlining | MethodImplOptions.AggressiveOptimization)]
private void Outputs128(int rows, int j0, int j1, ref float f, float scale)
{
    ref float z = ref _z.Start;
    ref float a = ref _a.Start;
    var sigma = ActivationConstants.For<Relu, float, Vector128Ops<float>, Vector128<float>>(0d); // the activation's constants on this path
    for (int i = 0; i < rows; i++)
    {
        ref float zi = ref Unsafe.Add(ref z, i * Ld);
        Vector128<float> acc0 = Vector128<float>.Zero;
        Vector128<float> acc1 = Vector128<float>.Zero;
        for (int j = j0; j < j1; j += 8)
        {
            Vector128<float> z0 = Vector128.LoadUnsafe(ref zi, (nuint)j);
            acc0 = (Vector128.LoadUnsafe(ref a, (nuint)j) * Relu.Value(z0, in sigma) + acc0);
            Vector128<float> z1 = Vector128.LoadUnsafe(ref zi, (nuint)(j + 4));
            acc1 = (Vector128.LoadUnsafe(ref a, (nuint)(j + 4)) * Relu.Value(z1, in sigma) + acc1);
        }
        Unsafe.Add(ref f, i) = scale * Vector128.Sum(acc0 + acc1);
    }
}
