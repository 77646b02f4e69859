using System.Runtime.ExceptionServices;

namespace XorGen;

/// <summary>
/// Persistent worker threads that run one body per phase, each with its own index; the calling thread is index 0.
/// The kernels that split their neurons over threads (the generic kernel, and generated kernels, which live in the
/// assemblies that define them) run their phases on one. The body is given once, at construction; a phase is one
/// <see cref="Run"/>, which returns when every participant has finished, so what the body reads and writes is
/// visible to the caller afterwards and what the caller wrote before is visible to the body.
/// <para>
/// Dispatching a phase allocates nothing, so a step stays allocation-free: completion is counted on a
/// <see cref="SemaphoreSlim"/>, whose lock exists from construction. (A <see cref="CountdownEvent"/> would not do:
/// its inner ManualResetEventSlim allocates a lock object the first time a wait really blocks, which under load
/// happens at some arbitrary later step.) <see cref="Run"/> is not reentrant and is called from one thread at a time.
/// </para>
/// </summary>
public sealed class WorkerTeam : IDisposable
{
    private readonly Action<int> _body;
    private readonly Thread[] _threads;
    private readonly SemaphoreSlim[] _go;
    private readonly SemaphoreSlim _done;
    private volatile bool _stop;
    private Exception? _error;

    /// <summary>A team of <paramref name="size"/> participants (size − 1 background threads plus the caller).</summary>
    /// <param name="size">Participants, at least 1 (1: no thread is started and <see cref="Run"/> calls the body inline).</param>
    /// <param name="body">The phase body, called with the participant's index 0 … size − 1.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="size"/> is less than 1.</exception>
    public WorkerTeam(int size, Action<int> body)
    {
        ArgumentNullException.ThrowIfNull(body);
        ArgumentOutOfRangeException.ThrowIfLessThan(size, 1);
        _body = body;
        _threads = new Thread[size - 1];
        _go = new SemaphoreSlim[size - 1];
        _done = new SemaphoreSlim(0);
        for (int i = 0; i < _threads.Length; i++)
        {
            int index = i;
            _go[i] = new SemaphoreSlim(0);
            _threads[i] = new Thread(() => Loop(index)) { IsBackground = true, Name = $"XorGen kernel worker {index + 1}" };
            _threads[i].Start();
        }
    }

    /// <summary>Participants: the background threads plus the caller.</summary>
    public int Size => _threads.Length + 1;

    /// <summary>Runs the body on every participant and returns when all are done; rethrows the first worker exception.</summary>
    /// <exception cref="ObjectDisposedException">The team is disposed.</exception>
    public void Run()
    {
        ObjectDisposedException.ThrowIf(_stop, this);
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
