// loss, g_i = ℓ'(y_i, f_i)·s/B, ∂L/∂a_j += g_i σ(z_ij), Δ_ij = g_i a_j σ'(z_ij) written over Z
[MethodImpl(MethodImplOptions.AggressiveOptimization)]
private double BackwardRows512(ReadOnlySpan<float> y, int rows)
{
    ref float z = ref MemoryMarshal.GetArrayDataReference(_z);
    ref float a = ref MemoryMarshal.GetArrayDataReference(_a);
    ref float gA = ref MemoryMarshal.GetArrayDataReference(_gA);
    var sigma = ActivationConstants.For<Relu, float, Vector512Ops<float>, Vector512<float>>(0d); // the activation's constants on this path
    double gScale = 0.0078125d / rows; // s/B
    double lossSum = 0;
    ref float fr = ref MemoryMarshal.GetArrayDataReference(_f);
    int i = 0;
    // the loss and g_i for 16 rows at a time in double vectors, written over f
    ref float yr = ref MemoryMarshal.GetReference(y);
    Vector512<double> lossV = Vector512<double>.Zero;
    Vector512<double> lossScale = Vector512.Create(2d); // the loss multiplier c
    Vector512<double> gScaleV = Vector512.Create(gScale);
    for (; i + 16 <= rows; i += 16)
    {
        Vector512<float> fv = Vector512.LoadUnsafe(ref fr, (nuint)i);
        Vector512<float> yv = Vector512.LoadUnsafe(ref yr, (nuint)i);
        Vector512<double> g0 = Logistic.Rows(Vector512.WidenLower(yv), Vector512.WidenLower(fv), lossScale, gScaleV, ref lossV);
        Vector512<double> g1 = Logistic.Rows(Vector512.WidenUpper(yv), Vector512.WidenUpper(fv), lossScale, gScaleV, ref lossV);
        Vector512.StoreUnsafe(Vector512.Narrow(g0, g1), ref fr, (nuint)i);
    }
    lossSum = Vector512.Sum(lossV);
    // remainder rows one at a time
    for (; i < rows; i++)
    {
        double f = _f[i];
        double yi = y[i];
        lossSum += Logistic.Value(yi, f, 2d);
        double dl = Logistic.Derivative(yi, f, 2d);
        _f[i] = (float)(dl * gScale);
    }
    // Δ and the output/bias gradients, 4 vectors of neurons at a time down the batch: the sums stay in registers, one store each
    for (int j = 0; j < MPad; j += 64)
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
        for (i = 0; i < rows; i++)
        {
            Vector512<float> gs = Vector512.Create(Unsafe.Add(ref fr, i));
            Vector512<float> z0 = Vector512.LoadUnsafe(ref zj);
            sumA0 = Vector512.FusedMultiplyAdd(gs, Relu.Value(z0, in sigma), sumA0);
            Vector512<float> delta0 = gs * a0 * Relu.Derivative(z0, in sigma);
            Vector512.StoreUnsafe(delta0, ref zj);
            Vector512<float> z1 = Vector512.LoadUnsafe(ref zj, (nuint)16);
            sumA1 = Vector512.FusedMultiplyAdd(gs, Relu.Value(z1, in sigma), sumA1);
            Vector512<float> delta1 = gs * a1 * Relu.Derivative(z1, in sigma);
            Vector512.StoreUnsafe(delta1, ref zj, (nuint)16);
            Vector512<float> z2 = Vector512.LoadUnsafe(ref zj, (nuint)32);
            sumA2 = Vector512.FusedMultiplyAdd(gs, Relu.Value(z2, in sigma), sumA2);
            Vector512<float> delta2 = gs * a2 * Relu.Derivative(z2, in sigma);
            Vector512.StoreUnsafe(delta2, ref zj, (nuint)32);
            Vector512<float> z3 = Vector512.LoadUnsafe(ref zj, (nuint)48);
            sumA3 = Vector512.FusedMultiplyAdd(gs, Relu.Value(z3, in sigma), sumA3);
            Vector512<float> delta3 = gs * a3 * Relu.Derivative(z3, in sigma);
            Vector512.StoreUnsafe(delta3, ref zj, (nuint)48);
            zj = ref Unsafe.Add(ref zj, Ld);
        }
        Vector512.StoreUnsafe(sumA0, ref gA, (nuint)j);
        Vector512.StoreUnsafe(sumA1, ref gA, (nuint)(j + 16));
        Vector512.StoreUnsafe(sumA2, ref gA, (nuint)(j + 32));
        Vector512.StoreUnsafe(sumA3, ref gA, (nuint)(j + 48));
    }
    return lossSum / rows;
}
