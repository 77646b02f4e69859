// Z = X·Wᵀ and f: on the calling thread, or each thread its columns and its partial sums, then f_i = s·(part_0 + … + part_{T−1}) in thread order
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
    x.Slice(0, rows * D).CopyTo(_x);
    RunTeam(PhaseForward, rows);
    for (int i = 0; i < rows; i++)
    {
        float sum = _fPart[i];
        for (int t = 1; t < _threads; t++) sum += _fPart[t * _capacity + i];
        _f[i] = S * sum;
    }
}
