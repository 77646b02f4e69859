// over the columns [j0, j1), with g_i in f: ∂L/∂a_j = Σ_i g_i σ(z_ij), Δ_ij = g_i a_j σ'(z_ij) written over Z
[MethodImpl(MethodImplOptions.NoInlining | MethodImplOptions.AggressiveOptimization)]
private void BackwardColumns512(int rows, int j0, int j1)
{
    ref float z = ref _z.Start;
    ref float a = ref _a.Start;
    ref float gA = ref _gA.Start;
    var sigma = ActivationConstants.For<Relu, float, Vector512Ops<float>, Vector512<float>>(0d); // the activation's constants on this path
    ref float fr = ref MemoryMarshal.GetArrayDataReference(_f);
    // Δ and the output/bias gradients, 4 vectors of neurons at a time down the batch: the sums stay in registers, one store each
    for (int j = j0; j < j1; j += 64)
    {
        ref float zj = ref Unsafe.Add(ref z, j);
        Vector512<float> a0 = Vector512.LoadUnsafe(ref a, (nuint)j);
        Vector512<float> sumA0 = Vector512<float>.Zero;
        Vector512<float> a1 = Vector512.LoadUnsafe(ref a, (nuint)(j + 16));
        Vector512<float> sumA1 = Vector512<float>.Zero;
        Vector512<float> a2 = Vector512.LoadUnsafe(ref a, (nuint)(j + 32));
        Vector512<float> sumA2 = Vector512<float>.Zero;
        Vector512<float> a3 = Vector512.LoadUnsafe(ref a, (nuint)(j + 48));
        Vector512<float> sumA3 = Vector512<float>.Zero;
        for (int i = 0; i < rows; i++)
        {
            Vector512<float> gs = Vector512.Create(Unsafe.Add(ref fr, i));
            Vector512<float> z0 = Vector512.LoadUnsafe(ref zj);
            sumA0 = Vector512.FusedMultiplyAdd(gs, Relu.Value(z0, in sigma), sumA0);
            Vector512<float> delta0 = ActivationBackprop.Times<Relu, float, Vector512Ops<float>, Vector512<float>>(z0, gs * a0, in sigma);
            Vector512.StoreUnsafe(delta0, ref zj);
            Vector512<float> z1 = Vector512.LoadUnsafe(ref zj, (nuint)16);
            sumA1 = Vector512.FusedMultiplyAdd(gs, Relu.Value(z1, in sigma), sumA1);
            Vector512<float> delta1 = ActivationBackprop.Times<Relu, float, Vector512Ops<float>, Vector512<float>>(z1, gs * a1, in sigma);
            Vector512.StoreUnsafe(delta1, ref zj, (nuint)16);
            Vector512<float> z2 = Vector512.LoadUnsafe(ref zj, (nuint)32);
            sumA2 = Vector512.FusedMultiplyAdd(gs, Relu.Value(z2, in sigma), sumA2);
            Vector512<float> delta2 = ActivationBackprop.Times<Relu, float, Vector512Ops<float>, Vector512<float>>(z2, gs * a2, in sigma);
            Vector512.StoreUnsafe(delta2, ref zj, (nuint)32);
            Vector512<float> z3 = Vector512.LoadUnsafe(ref zj, (nuint)48);
            sumA3 = Vector512.FusedMultiplyAdd(gs, Relu.Value(z3, in sigma), sumA3);
            Vector512<float> delta3 = ActivationBackprop.Times<Relu, float, Vector512Ops<float>, Vector512<float>>(z3, gs * a3, in sigma);
            Vector512.StoreUnsafe(delta3, ref zj, (nuint)48);
            zj = ref Unsafe.Add(ref zj, Ld);
        }
        Vector512.StoreUnsafe(sumA0, ref gA, (nuint)j);
        Vector512.StoreUnsafe(sumA1, ref gA, (nuint)(j + 16));
        Vector512.StoreUnsafe(sumA2, ref gA, (nuint)(j + 32));
        Vector512.StoreUnsafe(sumA3, ref gA, (nuint)(j + 48));
    }
}
