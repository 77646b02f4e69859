// loss, g_i = ℓ'(y_i, f_i)·s/B, Δ_ij = g_i a_j σ'(z_ij) written over Z, ∂L/∂b_j += Δ_ij
[MethodImpl(MethodImplOptions.AggressiveOptimization)]
private double BackwardRows256(ReadOnlySpan<float> y, int rows)
{
    ref float z = ref MemoryMarshal.GetArrayDataReference(_z);
    ref float a = ref MemoryMarshal.GetArrayDataReference(_a);
    ref float gB = ref MemoryMarshal.GetArrayDataReference(_gB);
    var sigma = ActivationConstants.For<HuberizedRelu, float, Vector256Ops<float>, Vector256<float>>(0.01d); // the activation's constants on this path
    double gScale = 1d / rows; // s/B
    double lossSum = 0;
    ref float fr = ref MemoryMarshal.GetArrayDataReference(_f);
    int i = 0;
    // the loss and g_i for 8 rows at a time in double vectors, written over f
    ref float yr = ref MemoryMarshal.GetReference(y);
    Vector256<double> lossV = Vector256<double>.Zero;
    Vector256<double> lossScale = Vector256.Create(1d); // the loss multiplier c
    Vector256<double> gScaleV = Vector256.Create(gScale);
    for (; i + 8 <= rows; i += 8)
    {
        Vector256<float> fv = Vector256.LoadUnsafe(ref fr, (nuint)i);
        Vector256<float> yv = Vector256.LoadUnsafe(ref yr, (nuint)i);
        Vector256<double> g0 = Logistic.Rows(Vector256.WidenLower(yv), Vector256.WidenLower(fv), lossScale, gScaleV, ref lossV);
        Vector256<double> g1 = Logistic.Rows(Vector256.WidenUpper(yv), Vector256.WidenUpper(fv), lossScale, gScaleV, ref lossV);
        Vector256.StoreUnsafe(Vector256.Narrow(g0, g1), ref fr, (nuint)i);
    }
    lossSum = Vector256.Sum(lossV);
    // remainder rows one at a time
    for (; i < rows; i++)
    {
        double f = _f[i];
        double yi = y[i];
        lossSum += Logistic.Value(yi, f, 1d);
        double dl = Logistic.Derivative(yi, f, 1d);
        _f[i] = (float)(dl * gScale);
    }
    // Δ and the output/bias gradients, 2 vectors of neurons at a time down the batch: the sums stay in registers, one store each
    for (int j = 0; j < MPad; j += 16)
    {
        ref float zj = ref Unsafe.Add(ref z, j);
        Vector256<float> a0 = Vector256.LoadUnsafe(ref a, (nuint)j);
        Vector256<float> sumB0 = Vector256<float>.Zero;
        Vector256<float> a1 = Vector256.LoadUnsafe(ref a, (nuint)(j + 8));
        Vector256<float> sumB1 = Vector256<float>.Zero;
        for (i = 0; i < rows; i++)
        {
            Vector256<float> gs = Vector256.Create(Unsafe.Add(ref fr, i));
            Vector256<float> z0 = Vector256.LoadUnsafe(ref zj);
            Vector256<float> delta0 = gs * a0 * HuberizedRelu.Derivative(z0, in sigma);
            Vector256.StoreUnsafe(delta0, ref zj);
            sumB0 = sumB0 + delta0;
            Vector256<float> z1 = Vector256.LoadUnsafe(ref zj, (nuint)8);
            Vector256<float> delta1 = gs * a1 * HuberizedRelu.Derivative(z1, in sigma);
            Vector256.StoreUnsafe(delta1, ref zj, (nuint)8);
            sumB1 = sumB1 + delta1;
            zj = ref Unsafe.Add(ref zj, Ld);
        }
        Vector256.StoreUnsafe(sumB0, ref gB, (nuint)j);
        Vector256.StoreUnsafe(sumB1, ref gB, (nuint)(j + 8));
    }
    return lossSum / rows;
}
