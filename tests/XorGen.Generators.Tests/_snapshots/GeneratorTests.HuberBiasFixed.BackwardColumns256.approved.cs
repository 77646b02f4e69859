// over the columns [j0, j1), with g_i in f: Δ_ij = g_i a_j σ'(z_ij) written over Z, ∂L/∂b_j = Σ_i Δ_ij
[MethodImpl(MethodImplOptions.NoInlining | MethodImplOptions.AggressiveOptimization)]
private void BackwardColumns256(int rows, int j0, int j1)
{
    ref float z = ref _z.Start;
    ref float a = ref _a.Start;
    ref float gB = ref _gB.Start;
    var sigma = ActivationConstants.For<HuberizedRelu, float, Vector256Ops<float>, Vector256<float>>(0.01d); // the activation's constants on this path
    ref float fr = ref MemoryMarshal.GetArrayDataReference(_f);
    // Δ and the output/bias gradients, 2 vectors of neurons at a time down the batch: the sums stay in registers, one store each
    for (int j = j0; j < j1; j += 16)
    {
        ref float zj = ref Unsafe.Add(ref z, j);
        Vector256<float> a0 = Vector256.LoadUnsafe(ref a, (nuint)j);
        Vector256<float> sumB0 = Vector256<float>.Zero;
        Vector256<float> a1 = Vector256.LoadUnsafe(ref a, (nuint)(j + 8));
        Vector256<float> sumB1 = Vector256<float>.Zero;
        for (int i = 0; i < rows; i++)
        {
            Vector256<float> gs = Vector256.Create(Unsafe.Add(ref fr, i));
            Vector256<float> z0 = Vector256.LoadUnsafe(ref zj);
            Vector256<float> delta0 = ActivationBackprop.Times<HuberizedRelu, float, Vector256Ops<float>, Vector256<float>>(z0, gs * a0, in sigma);
            Vector256.StoreUnsafe(delta0, ref zj);
            sumB0 = sumB0 + delta0;
            Vector256<float> z1 = Vector256.LoadUnsafe(ref zj, (nuint)8);
            Vector256<float> delta1 = ActivationBackprop.Times<HuberizedRelu, float, Vector256Ops<float>, Vector256<float>>(z1, gs * a1, in sigma);
            Vector256.StoreUnsafe(delta1, ref zj, (nuint)8);
            sumB1 = sumB1 + delta1;
            zj = ref Unsafe.Add(ref zj, Ld);
        }
        Vector256.StoreUnsafe(sumB0, ref gB, (nuint)j);
        Vector256.StoreUnsafe(sumB1, ref gB, (nuint)(j + 8));
    }
}
