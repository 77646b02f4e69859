// outputs f_i = scale·Σ_j a_j σ(z_ij) over the columns [j0, j1) into f[i] (scale s and f = _f on one thread; 1 and a thread's partial sums otherwise), 2 vector accumulators per row
[MethodImpl(MethodImplOptions.NoInlining | MethodImplOptions.AggressiveOptimization)]
private void Outputs256(int rows, int j0, int j1, ref double f, double scale)
{
    ref double z = ref _z.Start;
    ref double a = ref _a.Start;
    var sigma = ActivationConstants.For<Relu, double, Vector256Ops<double>, Vector256<double>>(0d); // the activation's constants on this path
    for (int i = 0; i < rows; i++)
    {
        ref double zi = ref Unsafe.Add(ref z, i * Ld);
        Vector256<double> acc0 = Vector256<double>.Zero;
        Vector256<double> acc1 = Vector256<double>.Zero;
        for (int j = j0; j < j1; j += 8)
        {
            Vector256<double> z0 = Vector256.LoadUnsafe(ref zi, (nuint)j);
            acc0 = Vector256.FusedMultiplyAdd(Vector256.LoadUnsafe(ref a, (nuint)j), Relu.Value(z0, in sigma), acc0);
            Vector256<double> z1 = Vector256.LoadUnsafe(ref zi, (nuint)(j + 4));
            acc1 = Vector256.FusedMultiplyAdd(Vector256.LoadUnsafe(ref a, (nuint)(j + 4)), Relu.Value(z1, in sigma), acc1);
        }
        Unsafe.Add(ref f, i) = scale * VectorSums.Sum(acc0 + acc1);
    }
}
