// outputs f_i = scale·Σ_j a_j σ(z_ij) over the columns [j0, j1) into f[i] (scale s and f = _f on one thread; 1 and a thread's partial sums otherwise), 4 vector accumulators per row
[MethodImpl(MethodImplOptions.NoInlining | MethodImplOptions.AggressiveOptimization)]
private void Outputs512(int rows, int j0, int j1, ref float f, float scale)
{
    ref float z = ref _z.Start;
    ref float a = ref _a.Start;
    var sigma = ActivationConstants.For<Relu, float, Vector512Ops<float>, Vector512<float>>(0d); // the activation's constants on this path
    for (int i = 0; i < rows; i++)
    {
        ref float zi = ref Unsafe.Add(ref z, i * Ld);
        Vector512<float> acc0 = Vector512<float>.Zero;
        Vector512<float> acc1 = Vector512<float>.Zero;
        Vector512<float> acc2 = Vector512<float>.Zero;
        Vector512<float> acc3 = Vector512<float>.Zero;
        for (int j = j0; j < j1; j += 64)
        {
            Vector512<float> z0 = Vector512.LoadUnsafe(ref zi, (nuint)j);
            acc0 = Vector512.FusedMultiplyAdd(Vector512.LoadUnsafe(ref a, (nuint)j), Relu.Value(z0, in sigma), acc0);
            Vector512<float> z1 = Vector512.LoadUnsafe(ref zi, (nuint)(j + 16));
            acc1 = Vector512.FusedMultiplyAdd(Vector512.LoadUnsafe(ref a, (nuint)(j + 16)), Relu.Value(z1, in sigma), acc1);
            Vector512<float> z2 = Vector512.LoadUnsafe(ref zi, (nuint)(j + 32));
            acc2 = Vector512.FusedMultiplyAdd(Vector512.LoadUnsafe(ref a, (nuint)(j + 32)), Relu.Value(z2, in sigma), acc2);
            Vector512<float> z3 = Vector512.LoadUnsafe(ref zi, (nuint)(j + 48));
            acc3 = Vector512.FusedMultiplyAdd(Vector512.LoadUnsafe(ref a, (nuint)(j + 48)), Relu.Value(z3, in sigma), acc3);
        }
        Unsafe.Add(ref f, i) = scale * VectorSums.Sum((acc0 + acc1) + (acc2 + acc3));
    }
}
