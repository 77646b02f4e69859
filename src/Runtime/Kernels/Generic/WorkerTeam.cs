using System.Runtime.ExceptionServices;

namespace XorGen;

/// <summary>
/// Persistent worker threads that run one body per phase, each with its own index; the calling thread is index 0.
/// Dispatching a phase allocates nothing, so a step stays allocation-free: completion is counted on a
/// <see cref="SemaphoreSlim"/>, whose lock exists from construction. (A <see cref="CountdownEvent"/> would not do:
/// its inner ManualResetEventSlim allocates a lock object the first time a wait really blocks, which under load
/// happens at some arbitrary later step.)
/// </summary>
internal sealed class WorkerTeam : IDisposable
{
    private readonly Action<int> _body;
    private readonly Thread[] _threads;
    private readonly SemaphoreSlim[] _go;
    private readonly SemaphoreSlim _done;
    private volatile bool _stop;
    private Exception? _error;

    /// <summary>A team of <paramref name="size"/> participants (size − 1 background threads plus the caller).</summary>
    public WorkerTeam(int size, Action<int> body)
    {
        _body = body;
        _threads = new Thread[size - 1];
        _go = new SemaphoreSlim[size - 1];
        _done = new SemaphoreSlim(0);
        for (int i = 0; i < _threads.Length; i++)
        {
            int index = i;
            _go[i] = new SemaphoreSlim(0);
            _threads[i] = new Thread(() => Loop(index)) { IsBackground = true, Name = $"XorGen generic kernel worker {index + 1}" };
            _threads[i].Start();
        }
    }

    /// <summary>Runs the body on every participant and returns when all are done; rethrows the first worker exception.</summary>
    public void Run()
    {
        if (_threads.Length == 0)
        {
            _body(0);
            return;
        }
        foreach (var go in _go) go.Release();
        try
        {
            _body(0);
        }
        finally
        {
            for (int i = 0; i < _threads.Length; i++) _done.Wait();
        }
        var error = Interlocked.Exchange(ref _error, null);
        if (error is not null) ExceptionDispatchInfo.Throw(error);
    }

    private void Loop(int index)
    {
        while (true)
        {
            _go[index].Wait();
            if (_stop) return;
            try
            {
                _body(index + 1);
            }
            catch (Exception e)
            {
                Interlocked.CompareExchange(ref _error, e, null);
            }
            finally
            {
                _done.Release();
            }
        }
    }

    /// <summary>Stops and joins the workers.</summary>
    public void Dispose()
    {
        if (_stop) return;
        _stop = true;
        foreach (var go in _go) go.Release();
        foreach (var t in _threads) t.Join();
        foreach (var go in _go) go.Dispose();
        _done.Dispose();
    }
}
