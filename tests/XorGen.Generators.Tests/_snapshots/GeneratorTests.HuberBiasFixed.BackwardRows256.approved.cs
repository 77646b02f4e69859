// the mean loss, and g_i = ℓ'(y_i, f_i)·s/B written over f (on the calling thread; BackwardColumns takes the neurons)
[MethodImpl(MethodImplOptions.NoInlining | MethodImplOptions.AggressiveOptimization)]
private double BackwardRows256(ReadOnlySpan<float> y, int rows)
{
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
    return lossSum / rows;
}
