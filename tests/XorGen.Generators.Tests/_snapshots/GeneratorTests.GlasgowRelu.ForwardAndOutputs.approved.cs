// Z = X·Wᵀ and f: on the calling thread, or the threads block by block, each block's partial sums apart, then f_i = s·(part_0 + … + part_{Blocks−1}) in block order
private void ForwardAndOutputs(ReadOnlySpan<float> x, int rows)
{
    if (_team is null)
    {
        ref float xr = ref MemoryMarshal.GetReference(x);
        switch (_path)
        {
            case 512: Forward512(ref xr, rows, 0, MPad); break;
            case 256: Forward256(ref xr, rows, 0, MPad); break;
            case 128: Forward128(ref xr, rows, 0, MPad); break;
            default: ForwardScalar(ref xr, rows, 0, MPad); break;
        }
        switch (_path)
        {
            case 512: Outputs512(rows, 0, MPad, ref MemoryMarshal.GetArrayDataReference(_f), S); break;
            case 256: Outputs256(rows, 0, MPad, ref MemoryMarshal.GetArrayDataReference(_f), S); break;
            case 128: Outputs128(rows, 0, MPad, ref MemoryMarshal.GetArrayDataReference(_f), S); break;
            default: OutputsScalar(rows, 0, MPad, ref MemoryMarshal.GetArrayDataReference(_f), S); break;
        }
        return;
    }
    RunTeam(PhaseForward, rows, x);
    // the same sums whichever thread computed which block
    var f = _f.AsSpan(0, rows);
    new ReadOnlySpan<float>(_fPart, 0, rows).CopyTo(f);
    for (int b = 1; b < Blocks; b++) VectorSums.Add(f, new ReadOnlySpan<float>(_fPart, b * _capacity, rows));
    VectorSums.Scale(f, S);
}
