// one thread's share of a phase: the column blocks [t·Blocks/T, (t+1)·Blocks/T)
[MethodImpl(MethodImplOptions.NoInlining | MethodImplOptions.AggressiveOptimization)]
private void RunPhase(int t)
{
    int j0 = t * Blocks / _threads * Block, j1 = (t + 1) * Blocks / _threads * Block;
    int rows = _rows;
    ref float xr = ref MemoryMarshal.GetArrayDataReference(_x);
    switch (_phase)
    {
        case PhaseForward:
        {
            switch (_path)
            {
                case 512: Forward512(ref xr, rows, j0, j1); break;
                case 256: Forward256(ref xr, rows, j0, j1); break;
                case 128: Forward128(ref xr, rows, j0, j1); break;
                default: ForwardScalar(ref xr, rows, j0, j1); break;
            }
            switch (_path)
            {
                case 512: Outputs512(rows, j0, j1, ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(_fPart), t * _capacity), 1); break;
                case 256: Outputs256(rows, j0, j1, ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(_fPart), t * _capacity), 1); break;
                case 128: Outputs128(rows, j0, j1, ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(_fPart), t * _capacity), 1); break;
                default: OutputsScalar(rows, j0, j1, ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(_fPart), t * _capacity), 1); break;
            }
            break;
        }
        case PhaseBackward:
        {
            switch (_path)
            {
                case 512: BackwardColumns512(rows, j0, j1); break;
                case 256: BackwardColumns256(rows, j0, j1); break;
                case 128: BackwardColumns128(rows, j0, j1); break;
                default: BackwardColumnsScalar(rows, j0, j1); break;
            }
            break;
        }
        case PhaseGradient:
        {
            switch (_path)
            {
                case 512: GradientPass512(ref xr, rows, _apply, j0, j1); break;
                case 256: GradientPass256(ref xr, rows, _apply, j0, j1); break;
                case 128: GradientPass128(ref xr, rows, _apply, j0, j1); break;
                default: GradientPassScalar(ref xr, rows, _apply, j0, j1); break;
            }
            break;
        }
    }
}
