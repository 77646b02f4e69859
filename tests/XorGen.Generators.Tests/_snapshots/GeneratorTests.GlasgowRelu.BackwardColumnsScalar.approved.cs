// over the columns [j0, j1), with g_i in f: ∂L/∂a_j = Σ_i g_i σ(z_ij), Δ_ij = g_i a_j σ'(z_ij) written over Z
[MethodImpl(MethodImplOptions.NoInlining | MethodImplOptions.AggressiveOptimization)]
private void BackwardColumnsScalar(int rows, int j0, int j1)
{
    ref float z = ref _z.Start;
    ref float a = ref _a.Start;
    ref float gA = ref _gA.Start;
    var sigma = ActivationConstants.For<Relu, float, ScalarOps<float>, float>(0d); // the activation's constants on this path
    ref float fr = ref MemoryMarshal.GetArrayDataReference(_f);
    // Δ and the output/bias gradients, 2 vectors of neurons at a time down the batch: the sums stay in registers, one store each
    for (int j = j0; j < j1; j += 2)
    {
        ref float zj = ref Unsafe.Add(ref z, j);
        float a0 = Unsafe.Add(ref a, j);
        float sumA0 = 0f;
        float a1 = Unsafe.Add(ref a, j + 1);
        float sumA1 = 0f;
        for (int i = 0; i < rows; i++)
        {
            float gs = Unsafe.Add(ref fr, i);
            float z0 = zj;
            sumA0 = (gs * Relu.Value(z0, in sigma) + sumA0);
            float delta0 = ActivationBackprop.Times<Relu, float, ScalarOps<float>, float>(z0, gs * a0, in sigma);
            zj = delta0;
            float z1 = Unsafe.Add(ref zj, 1);
            sumA1 = (gs * Relu.Value(z1, in sigma) + sumA1);
            float delta1 = ActivationBackprop.Times<Relu, float, ScalarOps<float>, float>(z1, gs * a1, in sigma);
            Unsafe.Add(ref zj, 1) = delta1;
            zj = ref Unsafe.Add(ref zj, Ld);
        }
        Unsafe.Add(ref gA, j) = sumA0;
        Unsafe.Add(ref gA, j + 1) = sumA1;
    }
}
