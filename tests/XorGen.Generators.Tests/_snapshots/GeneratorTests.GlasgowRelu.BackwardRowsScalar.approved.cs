// loss, g_i = ℓ'(y_i, f_i)·s/B, ∂L/∂a_j += g_i σ(z_ij), Δ_ij = g_i a_j σ'(z_ij) written over Z
[MethodImpl(MethodImplOptions.AggressiveOptimization)]
private double BackwardRowsScalar(ReadOnlySpan<float> y, int rows)
{
    ref float z = ref MemoryMarshal.GetArrayDataReference(_z);
    ref float a = ref MemoryMarshal.GetArrayDataReference(_a);
    ref float gA = ref MemoryMarshal.GetArrayDataReference(_gA);
    var sigma = ActivationConstants.For<Relu, float, ScalarOps<float>, float>(0d); // the activation's constants on this path
    double gScale = 0.0078125d / rows; // s/B
    double lossSum = 0;
    ref float fr = ref MemoryMarshal.GetArrayDataReference(_f);
    int i = 0;
    // the loss and g_i row by row, written over f
    for (; i < rows; i++)
    {
        double f = _f[i];
        double yi = y[i];
        lossSum += Logistic.Value(yi, f, 2d);
        double dl = Logistic.Derivative(yi, f, 2d);
        _f[i] = (float)(dl * gScale);
    }
    // Δ and the output/bias gradients, 2 vectors of neurons at a time down the batch: the sums stay in registers, one store each
    for (int j = 0; j < MPad; j += 2)
    {
        ref float zj = ref Unsafe.Add(ref z, j);
        float a0 = Unsafe.Add(ref a, j);
        float sumA0 = 0f;
        float a1 = Unsafe.Add(ref a, j + 1);
        float sumA1 = 0f;
        for (i = 0; i < rows; i++)
        {
            float gs = Unsafe.Add(ref fr, i);
            float z0 = zj;
            sumA0 = (gs * Relu.Value(z0, in sigma) + sumA0);
            float delta0 = gs * a0 * Relu.Derivative(z0, in sigma);
            zj = delta0;
            float z1 = Unsafe.Add(ref zj, 1);
            sumA1 = (gs * Relu.Value(z1, in sigma) + sumA1);
            float delta1 = gs * a1 * Relu.Derivative(z1, in sigma);
            Unsafe.Add(ref zj, 1) = delta1;
            zj = ref Unsafe.Add(ref zj, Ld);
        }
        Unsafe.Add(ref gA, j) = sumA0;
        Unsafe.Add(ref gA, j + 1) = sumA1;
    }
    return lossSum / rows;
}
