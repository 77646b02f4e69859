namespace XorGen;

/// <summary>
/// Lets the runs of a sweep start only while their memory estimates (<see cref="RunConfig.EstimatedBytes"/>) fit in a
/// budget together, so that <c>--jobs 2</c> on a grid whose largest runs need more than half the machine runs those one
/// at a time instead of failing for memory. A run that needs more than the whole budget still starts once nothing else
/// is in flight (a run alone is checked against the available memory by <see cref="RunLimits"/> before the sweep
/// starts); so the gate never deadlocks. Waiters are served in the order they arrived, which keeps the sweep's order.
/// </summary>
public sealed class MemoryGate
{
    private readonly object _gate = new();
    private readonly Queue<long> _tickets = new();
    private long _nextTicket;
    private long _used;
    private int _inFlight;

    /// <summary>A gate over <paramref name="budgetBytes"/> bytes (at least 1).</summary>
    public MemoryGate(long budgetBytes)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(budgetBytes, 1);
        BudgetBytes = budgetBytes;
    }

    /// <summary>The budget, in bytes.</summary>
    public long BudgetBytes { get; }

    /// <summary>Bytes reserved by the runs in flight.</summary>
    public long UsedBytes { get { lock (_gate) return _used; } }

    /// <summary>Runs in flight.</summary>
    public int InFlight { get { lock (_gate) return _inFlight; } }

    /// <summary>The largest number of runs that were in flight at once.</summary>
    public int PeakInFlight { get; private set; }

    /// <summary>Times a run had to wait for others to release memory.</summary>
    public int Waits { get; private set; }

    /// <summary>
    /// Waits until <paramref name="bytes"/> fit beside the runs in flight (or none is in flight) and reserves them.
    /// Returns false, reserving nothing, when <paramref name="cancel"/> is signalled first.
    /// </summary>
    public bool Enter(long bytes, CancellationToken cancel = default)
    {
        bytes = Math.Max(0, bytes);
        lock (_gate)
        {
            long ticket = _nextTicket++;
            _tickets.Enqueue(ticket);
            bool waited = false;
            while (_tickets.Peek() != ticket || (_inFlight > 0 && _used + bytes > BudgetBytes))
            {
                if (cancel.IsCancellationRequested)
                {
                    Remove(ticket);
                    Monitor.PulseAll(_gate);
                    return false;
                }
                waited = true;
                // Woken by Exit; the timeout only bounds how late a cancellation is seen.
                Monitor.Wait(_gate, 100);
            }
            _tickets.Dequeue();
            if (waited) Waits++;
            _used += bytes;
            _inFlight++;
            PeakInFlight = Math.Max(PeakInFlight, _inFlight);
            Monitor.PulseAll(_gate);
            return true;
        }
    }

    /// <summary>Releases what a run reserved with <see cref="Enter"/>.</summary>
    public void Exit(long bytes)
    {
        bytes = Math.Max(0, bytes);
        lock (_gate)
        {
            if (_inFlight == 0) throw new InvalidOperationException("MemoryGate.Exit without a matching Enter");
            _used -= bytes;
            _inFlight--;
            Monitor.PulseAll(_gate);
        }
    }

    private void Remove(long ticket)
    {
        int count = _tickets.Count;
        for (int i = 0; i < count; i++)
        {
            long t = _tickets.Dequeue();
            if (t != ticket) _tickets.Enqueue(t);
        }
    }
}
