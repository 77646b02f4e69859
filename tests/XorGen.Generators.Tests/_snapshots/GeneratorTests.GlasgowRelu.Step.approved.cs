/// <inheritdoc/>
public double Step(ReadOnlySpan<float> x, ReadOnlySpan<float> y, int rows, in StepControl control)
{
    CheckBatch(x, y, rows);
    if (rows == 0) return double.NaN;
    Ensure(rows);
    // forward: pre-activations and outputs; then the loss and g_i = ℓ'(y_i, f_i), on the calling thread
    ForwardAndOutputs(x, rows);
    double loss;
    switch (_path)
    {
        case 512: loss = BackwardRows512(y, rows); break;
        case 256: loss = BackwardRows256(y, rows); break;
        case 128: loss = BackwardRows128(y, rows); break;
        default: loss = BackwardRowsScalar(y, rows); break;
    }
    // the rates depend on the loss and the pre-update norms only: set before the backward phase, which also updates W
    var (rateW, rateA, _) = control.RatesFor(loss);
    double cap = control.NormCapSquared;
    if (double.IsPositiveInfinity(cap))
    {
        // no norm cap: every neuron steps with the same rates
        _rateW.AsSpan(0, M).Fill((float)(rateW * Multiplier));
        _rateA.AsSpan(0, M).Fill((float)(rateA * Multiplier));
    }
    else
    {
        // per-neuron rates at the pre-update weights: a neuron with ‖w_j‖² > cap gets no update
        if (!_normsCurrent) RecomputeNorms(); // the steps before had no cap and did not sum them
        for (int j = 0; j < M; j++)
        {
            bool frozen = _norm2[j] > cap;
            _rateW[j] = frozen ? 0 : (float)(rateW * Multiplier);
            _rateA[j] = frozen ? 0 : (float)(rateA * Multiplier);
        }
    }
    // Δ and the output/bias gradients, then the weight gradient Gᵀ = Xᵀ·Δ with the update of W fused into each tile, and ‖w_j‖² where a cap will read them
    _norms = !double.IsPositiveInfinity(cap);
    BackwardAndGradient(x, rows, true);
    _normsCurrent = _norms;
    // a ← a − rate·∂L/∂a, one vector of neurons at a time, then the last m mod lanes
    int jv = 0;
    ref float aRef = ref _a.Start;
    ref float rateARef = ref _rateA.Start;
    ref float gARef = ref _gA.Start;
    for (; jv + Vector<float>.Count <= M; jv += Vector<float>.Count)
    {
        Vector.StoreUnsafe(Vector.LoadUnsafe(ref aRef, (nuint)jv) - Vector.LoadUnsafe(ref rateARef, (nuint)jv) * Vector.LoadUnsafe(ref gARef, (nuint)jv), ref aRef, (nuint)jv);
    }
    for (; jv < M; jv++)
    {
        Unsafe.Add(ref aRef, jv) -= Unsafe.Add(ref rateARef, jv) * Unsafe.Add(ref gARef, jv);
    }
    return loss;
}
