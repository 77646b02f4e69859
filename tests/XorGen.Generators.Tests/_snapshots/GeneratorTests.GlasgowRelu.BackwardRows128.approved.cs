// loss, g_i = ℓ'(y_i, f_i)·s/B, ∂L/∂a_j += g_i σ(z_ij), Δ_ij = g_i a_j σ'(z_ij) written over Z
[MethodImpl(MethodImplOptions.AggressiveOptimization)]
private double BackwardRows128(ReadOnlySpan<float> y, int rows)
{
    ref float z = ref MemoryMarshal.GetArrayDataReference(_z);
    ref float a = ref MemoryMarshal.GetArrayDataReference(_a);
    ref float gA = ref MemoryMarshal.GetArrayDataReference(_gA);
    var sigma = ActivationConstants.For<Relu, float, Vector128Ops<float>, Vector128<float>>(0d); // the activation's constants on this path
    double gScale = 0.0078125d / rows; // s/B
    double lossSum = 0;
    ref float fr = ref MemoryMarshal.GetArrayDataReference(_f);
    int i = 0;
    // the loss and g_i for 4 rows at a time in double vectors, written over f
    ref float yr = ref MemoryMarshal.GetReference(y);
    Vector128<double> lossV = Vector128<double>.Zero;
    Vector128<double> lossScale = Vector128.Create(2d); // the loss multiplier c
    Vector128<double> gScaleV = Vector128.Create(gScale);
    for (; i + 4 <= rows; i += 4)
    {
        Vector128<float> fv = Vector128.LoadUnsafe(ref fr, (nuint)i);
        Vector128<float> yv = Vector128.LoadUnsafe(ref yr, (nuint)i);
        Vector128<double> g0 = Logistic.Rows(Vector128.WidenLower(yv), Vector128.WidenLower(fv), lossScale, gScaleV, ref lossV);
        Vector128<double> g1 = Logistic.Rows(Vector128.WidenUpper(yv), Vector128.WidenUpper(fv), lossScale, gScaleV, ref lossV);
        Vector128.StoreUnsafe(Vector128.Narrow(g0, g1), ref fr, (nuint)i);
    }
    lossSum = Vector128.Sum(lossV);
    // remainder rows one at a time
    for (; i < rows; i++)
    {
        double f = _f[i];
        double yi = y[i];
        lossSum += Logistic.Value(yi, f, 2d);
        double dl = Logistic.Derivative(yi, f, 2d);
        _f[i] = (float)(dl * gScale);
    }
    // Δ and the output/bias gradients, 2 vectors of neurons at a time down the batch: the sums stay in registers, one store each
    for (int j = 0; j < MPad; j += 8)
    {
        ref float zj = ref Unsafe.Add(ref z, j);
        Vector128<float> a0 = Vector128.LoadUnsafe(ref a, (nuint)j);
        Vector128<float> sumA0 = Vector128<float>.Zero;
        Vector128<float> a1 = Vector128.LoadUnsafe(ref a, (nuint)(j + 4));
        Vector128<float> sumA1 = Vector128<float>.Zero;
        for (i = 0; i < rows; i++)
        {
            Vector128<float> gs = Vector128.Create(Unsafe.Add(ref fr, i));
            Vector128<float> z0 = Vector128.LoadUnsafe(ref zj);
            sumA0 = (gs * Relu.Value(z0, in sigma) + sumA0);
            Vector128<float> delta0 = gs * a0 * Relu.Derivative(z0, in sigma);
            Vector128.StoreUnsafe(delta0, ref zj);
            Vector128<float> z1 = Vector128.LoadUnsafe(ref zj, (nuint)4);
            sumA1 = (gs * Relu.Value(z1, in sigma) + sumA1);
            Vector128<float> delta1 = gs * a1 * Relu.Derivative(z1, in sigma);
            Vector128.StoreUnsafe(delta1, ref zj, (nuint)4);
            zj = ref Unsafe.Add(ref zj, Ld);
        }
        Vector128.StoreUnsafe(sumA0, ref gA, (nuint)j);
        Vector128.StoreUnsafe(sumA1, ref gA, (nuint)(j + 4));
    }
    return lossSum / rows;
}
