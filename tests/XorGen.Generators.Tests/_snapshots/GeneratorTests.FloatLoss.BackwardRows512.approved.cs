// the mean loss, and g_i = ℓ'(y_i, f_i)·s/B written over f (on the calling thread; BackwardColumns takes the neurons)
[MethodImpl(MethodImplOptions.NoInlining | MethodImplOptions.AggressiveOptimization)]
private double BackwardRows512(ReadOnlySpan<float> y, int rows)
{
    double gScale = 0.0078125d / rows; // s/B
    double lossSum = 0;
    ref float fr = ref MemoryMarshal.GetArrayDataReference(_f);
    int i = 0;
    // the loss and g_i for 16 rows at a time in float vectors (loss=float; the sum in double), written over f
    ref float yr = ref MemoryMarshal.GetReference(y);
    Vector512<double> lossV = Vector512<double>.Zero;
    Vector512<float> lossScale = Vector512.Create(2f); // the loss multiplier c
    Vector512<float> gScaleV = Vector512.Create((float)gScale);
    for (; i + 16 <= rows; i += 16)
    {
        Vector512<float> fv = Vector512.LoadUnsafe(ref fr, (nuint)i);
        Vector512<float> yv = Vector512.LoadUnsafe(ref yr, (nuint)i);
        Vector512.StoreUnsafe(Logistic.Rows(yv, fv, lossScale, gScaleV, ref lossV), ref fr, (nuint)i);
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
    return lossSum / rows;
}
