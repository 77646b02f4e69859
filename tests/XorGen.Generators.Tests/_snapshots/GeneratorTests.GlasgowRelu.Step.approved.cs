/// <inheritdoc/>
public double Step(ReadOnlySpan<float> x, ReadOnlySpan<float> y, int rows, in StepControl control)
{
    CheckBatch(x, y, rows);
    if (rows == 0) return double.NaN;
    Ensure(rows);
    ref float xr = ref MemoryMarshal.GetReference(x);
    // forward: pre-activations, outputs; backward: loss, Δ and the output/bias gradients
    switch (_path)
    {
        case 512: Forward512(ref xr, rows); break;
        case 256: Forward256(ref xr, rows); break;
        case 128: Forward128(ref xr, rows); break;
        default: ForwardScalar(ref xr, rows); break;
    }
    switch (_path)
    {
        case 512: Outputs512(rows); break;
        case 256: Outputs256(rows); break;
        case 128: Outputs128(rows); break;
        default: OutputsScalar(rows); break;
    }
    double loss;
    switch (_path)
    {
        case 512: loss = BackwardRows512(y, rows); break;
        case 256: loss = BackwardRows256(y, rows); break;
        case 128: loss = BackwardRows128(y, rows); break;
        default: loss = BackwardRowsScalar(y, rows); break;
    }
    var (rateW, rateA, _) = control.RatesFor(loss);
    double cap = control.NormCapSquared;
    if (double.IsPositiveInfinity(cap))
    {
        // no norm cap: every neuron steps with the same rates
        new Span<float>(_rateW, 0, M).Fill((float)(rateW * Multiplier));
        new Span<float>(_rateA, 0, M).Fill((float)(rateA * Multiplier));
    }
    else
    {
        // per-neuron rates at the pre-update weights: a neuron with ‖w_j‖² > cap gets no update
        for (int j = 0; j < M; j++)
        {
            bool frozen = _norm2[j] > cap;
            _rateW[j] = frozen ? 0 : (float)(rateW * Multiplier);
            _rateA[j] = frozen ? 0 : (float)(rateA * Multiplier);
        }
    }
    // weight gradient Gᵀ = Xᵀ·Δ with the update of W and ‖w_j‖² fused into each tile
    switch (_path)
    {
        case 512: GradientPass512(ref xr, rows, true); break;
        case 256: GradientPass256(ref xr, rows, true); break;
        case 128: GradientPass128(ref xr, rows, true); break;
        default: GradientPassScalar(ref xr, rows, true); break;
    }
    // a ← a − rate·∂L/∂a, one vector of neurons at a time, then the last m mod lanes
    int jv = 0;
    for (; jv + Vector<float>.Count <= M; jv += Vector<float>.Count)
    {
        Vector.StoreUnsafe(Vector.LoadUnsafe(ref MemoryMarshal.GetArrayDataReference(_a), (nuint)jv) - Vector.LoadUnsafe(ref MemoryMarshal.GetArrayDataReference(_rateA), (nuint)jv) * Vector.LoadUnsafe(ref MemoryMarshal.GetArrayDataReference(_gA), (nuint)jv), ref MemoryMarshal.GetArrayDataReference(_a), (nuint)jv);
    }
    for (; jv < M; jv++)
    {
        _a[jv] -= _rateA[jv] * _gA[jv];
    }
    return loss;
}
