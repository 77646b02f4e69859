// outputs f_i = scale·Σ_j a_j σ(z_ij) over the columns [j0, j1) into f[i] (scale s and f = _f on one thread; 1 and a thread's partial sums otherwise), 2 vector accumulators per row
[MethodImpl(MethodImplOptions.NoInlining | MethodImplOptions.AggressiveOptimization)]
private void Outputs256(int rows, int j0, int j1, ref float f, float scale)
{
    ref float z = ref _z.Start;
    ref float a = ref _a.Start;
    var sigma = ActivationConstants.For<HuberizedRelu, float, Vector256Ops<float>, Vector256<float>>(0.01d); // the activation's constants on this path
    for (int i = 0; i < rows; i++)
    {
        ref float zi = ref Unsafe.Add(ref z, i * Ld);
        Vector256<float> acc0 = Vector256<float>.Zero;
        Vector256<float> acc1 = Vector256<float>.Zero;
        for (int j = j0; j < j1; j += 16)
        {
            Vector256<float> z0 = Vector256.LoadUnsafe(ref zi, (nuint)j);
            acc0 = Vector256.FusedMultiplyAdd(Vector256.LoadUnsafe(ref a, (nuint)j), HuberizedRelu.Value(z0, in sigma), acc0);
            Vector256<float> z1 = Vector256.LoadUnsafe(ref zi, (nuint)(j + 8));
            acc1 = Vector256.FusedMultiplyAdd(Vector256.LoadUnsafe(ref a, (nuint)(j + 8)), HuberizedRelu.Value(z1, in sigma), acc1);
        }
        Unsafe.Add(ref f, i) = scale * VectorSums.Sum(acc0 + acc1);
    }
}
