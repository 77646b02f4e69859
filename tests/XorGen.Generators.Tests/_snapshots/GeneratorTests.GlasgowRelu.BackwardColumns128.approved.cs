// over the columns [j0, j1), with g_i in f: ∂L/∂a_j = Σ_i g_i σ(z_ij), Δ_ij = g_i a_j σ'(z_ij) written over Z
[MethodImpl(MethodImplOptions.NoInlining | MethodImplOptions.AggressiveOptimization)]
private void BackwardColumns128(int rows, int j0, int j1)
{
    ref float z = ref _z.Start;
    ref float a = ref _a.Start;
    ref float gA = ref _gA.Start;
    var sigma = ActivationConstants.For<Relu, float, Vector128Ops<float>, Vector128<float>>(0d); // the activation's constants on this path
    ref float fr = ref MemoryMarshal.GetArrayDataReference(_f);
    // Δ and the output/bias gradients, 2 vectors of neurons at a time down the batch: the sums stay in registers, one store each
    for (int j = j0; j < j1; j += 8)
    {
        ref float zj = ref Unsafe.Add(ref z, j);
        Vector128<float> a0 = Vector128.LoadUnsafe(ref a, (nuint)j);
        Vector128<float> sumA0 = Vector128<float>.Zero;
        Vector128<float> a1 = Vector128.LoadUnsafe(ref a, (nuint)(j + 4));
        Vector128<float> sumA1 = Vector128<float>.Zero;
        for (int i = 0; i < rows; i++)
        {
            Vector128<float> gs = Vector128.Create(Unsafe.Add(ref fr, i));
            Vector128<float> z0 = Vector128.LoadUnsafe(ref zj);
            sumA0 = (gs * Relu.Value(z0, in sigma) + sumA0);
            Vector128<float> delta0 = ActivationBackprop.Times<Relu, float, Vector128Ops<float>, Vector128<float>>(z0, gs * a0, in sigma);
            Vector128.StoreUnsafe(delta0, ref zj);
            Vector128<float> z1 = Vector128.LoadUnsafe(ref zj, (nuint)4);
            sumA1 = (gs * Relu.Value(z1, in sigma) + sumA1);
            Vector128<float> delta1 = ActivationBackprop.Times<Relu, float, Vector128Ops<float>, Vector128<float>>(z1, gs * a1, in sigma);
            Vector128.StoreUnsafe(delta1, ref zj, (nuint)4);
            zj = ref Unsafe.Add(ref zj, Ld);
        }
        Vector128.StoreUnsafe(sumA0, ref gA, (nuint)j);
        Vector128.StoreUnsafe(sumA1, ref gA, (nuint)(j + 4));
    }
}
