// one thread's part of a phase: the column blocks it takes from the queue, its own share first
[MethodImpl(MethodImplOptions.NoInlining | MethodImplOptions.AggressiveOptimization)]
private void RunPhase(int t)
{
    int rows = _rows;
    var queue = _queue!;
    ref float xr = ref _team!.Shared<float>(); // the batch, pinned by RunTeam
    if (_phase == PhaseForward)
    {
        ref float part = ref MemoryMarshal.GetArrayDataReference(_fPart);
        while (queue.TryTake(t, out int b))
        {
            int j0 = b * Block, j1 = j0 + Block;
            switch (_path)
            {
                case 512: Forward512(ref xr, rows, j0, j1); break;
                case 256: Forward256(ref xr, rows, j0, j1); break;
                case 128: Forward128(ref xr, rows, j0, j1); break;
                default: ForwardScalar(ref xr, rows, j0, j1); break;
            }
            switch (_path)
            {
                case 512: Outputs512(rows, j0, j1, ref Unsafe.Add(ref part, b * _capacity), 1); break;
                case 256: Outputs256(rows, j0, j1, ref Unsafe.Add(ref part, b * _capacity), 1); break;
                case 128: Outputs128(rows, j0, j1, ref Unsafe.Add(ref part, b * _capacity), 1); break;
                default: OutputsScalar(rows, j0, j1, ref Unsafe.Add(ref part, b * _capacity), 1); break;
            }
        }
        return;
    }
    while (queue.TryTake(t, out int b))
    {
        int j0 = b * Block, j1 = j0 + Block;
        switch (_path)
        {
            case 512: BackwardColumns512(rows, j0, j1); break;
            case 256: BackwardColumns256(rows, j0, j1); break;
            case 128: BackwardColumns128(rows, j0, j1); break;
            default: BackwardColumnsScalar(rows, j0, j1); break;
        }
        switch (_path)
        {
            case 512: GradientPass512(ref xr, rows, _apply, j0, j1); break;
            case 256: GradientPass256(ref xr, rows, _apply, j0, j1); break;
            case 128: GradientPass128(ref xr, rows, _apply, j0, j1); break;
            default: GradientPassScalar(ref xr, rows, _apply, j0, j1); break;
        }
    }
}
