// the mean loss, and g_i = ℓ'(y_i, f_i)·s/B written over f (on the calling thread; BackwardColumns takes the neurons)
[MethodImpl(MethodImplOptions.NoInlining | MethodImplOptions.AggressiveOptimization)]
private double BackwardRowsScalar(ReadOnlySpan<float> y, int rows)
{
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
    return lossSum / rows;
}
