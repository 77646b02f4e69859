using System.Diagnostics;
using System.Runtime.ExceptionServices;

namespace XorGen;

/// <summary>
/// Persistent worker threads that run one body per phase, each with its own index; the calling thread is index 0.
/// The kernels that split their neurons over threads (the generic kernel, and generated kernels, which live in the
/// assemblies that define them) run their phases on one. The body is given once, at construction; a phase is one
/// <see cref="Run"/>, which returns when every participant has finished, so what the body reads and writes is
/// visible to the caller afterwards and what the caller wrote before is visible to the body.
/// <para>
/// <b>Spin, then block.</b> A training step runs its phases back to back with microseconds of serial work between
/// them. A worker that blocked on a semaphore after each phase took 11–20 µs on average to wake on the machines we measured (a
/// futex wake-up on a virtual machine), once per phase (three phases per step then, two now): 3% of a two-thread step at d = 512, m = 2048, B = 128.
/// So a waiting participant first spins on a counter, for up to <see cref="SpinMicroseconds"/>, and only then
/// blocks. The calling thread waits for the workers the same way. Spinning is bounded: a team whose kernel is idle
/// (between runs, or while the caller does long work of its own) costs nothing after that.
/// </para>
/// <para>
/// The spin yields the core now and then (<see cref="SpinWait.SpinOnce(int)"/>: Thread.Yield and Sleep(0) between
/// rounds of pause instructions). Without that, a machine running more busy threads than it has cores (two
/// two-thread trainings at once on 2 cores, or a sweep's jobs × threads) lost the cores to spinners that waited for
/// threads which could not run: the two-thread step went from 2.8–2.9 ms (blocking at once) to 4.0–4.1 ms; yielding,
/// 2.9 ms. Nobody spins at all when the team alone has more threads than the machine has cores.
/// </para>
/// <para>
/// The hand-over from spinning to blocking cannot lose a wake-up: the waiter announces that it will sleep with an
/// interlocked exchange and then checks the counter again; the signaller advances the counter and then takes the
/// announcement back with an interlocked exchange, releasing the waiter's semaphore only if it got the announcement.
/// (Both are full fences, so at least one of the two sees the other's write.) A waiter that finds the counter
/// advanced takes its announcement back the same way, or, if the signaller already took it, consumes the release.
/// </para>
/// <para>
/// <b>Shared data.</b> A worker cannot hold a reference to the caller's span, and copying the batch into an array for the
/// workers cost the caller 33–36 µs per step at d = 512, B = 128 (256 KiB; 2.3% of a two-thread step on Zen 5).
/// <see cref="Run{T}(ReadOnlySpan{T})"/> pins the span for the phase instead, and every participant reads it through
/// <see cref="Shared{T}"/>.
/// </para>
/// <para>
/// Dispatching a phase allocates nothing, so a step stays allocation-free. <see cref="Run"/> is not reentrant and is
/// called from one thread at a time.
/// </para>
/// </summary>
public sealed class WorkerTeam : IDisposable
{
    /// <summary>How long a waiting participant spins before it blocks, in microseconds.</summary>
    public const int SpinMicroseconds = 200;

    private readonly Action<int> _body;
    private readonly Thread[] _threads;
    private readonly Sleeper[] _workerSleep;
    private readonly Sleeper _callerSleep;
    private readonly Func<bool> _workersDone;
    private int _generation; // phases started; a worker runs the body once per increment
    private int _remaining; // workers that have not finished the current phase
    private volatile bool _stop;
    private nint _shared; // the pinned span of the current Run(span); 0 otherwise
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
        _workerSleep = new Sleeper[size - 1];
        // spinning helps only when every participant has a core of its own; with more threads than cores a spinner
        // takes the core from the participant it waits for
        long spinTicks = Environment.ProcessorCount >= size ? Stopwatch.Frequency * SpinMicroseconds / 1_000_000 : 0;
        _callerSleep = new Sleeper(spinTicks);
        _workersDone = () => Volatile.Read(ref _remaining) == 0;
        for (int i = 0; i < _threads.Length; i++)
        {
            int index = i;
            _workerSleep[i] = new Sleeper(spinTicks);
            _threads[i] = new Thread(() => Loop(index)) { IsBackground = true, Name = $"XorGen kernel worker {index + 1}" };
            _threads[i].Start();
        }
    }

    /// <summary>Participants: the background threads plus the caller.</summary>
    public int Size => _threads.Length + 1;

    /// <summary>
    /// Runs the body on every participant, with <paramref name="shared"/> pinned and readable through <see cref="Shared{T}"/>,
    /// and returns when all are done; rethrows the first worker exception.
    /// </summary>
    /// <exception cref="ObjectDisposedException">The team is disposed.</exception>
    public unsafe void Run<T>(ReadOnlySpan<T> shared) where T : unmanaged
    {
        fixed (T* p = shared)
        {
            _shared = (nint)p; // published to the workers by Run's interlocked increment
            try
            {
                Run();
            }
            finally
            {
                _shared = 0;
            }
        }
    }

    /// <summary>
    /// The first element of the span the current <see cref="Run{T}(ReadOnlySpan{T})"/> shares, for any participant to read
    /// during the phase (reading only: the span may be read-only memory). Valid only inside the phase, for the T it was
    /// shared as, and never past its length; outside a phase it is a null reference.
    /// </summary>
    public unsafe ref T Shared<T>() where T : unmanaged => ref *(T*)_shared;

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
        Volatile.Write(ref _remaining, _threads.Length);
        Interlocked.Increment(ref _generation);
        foreach (var sleeper in _workerSleep) sleeper.Wake();
        try
        {
            _body(0);
        }
        finally
        {
            _callerSleep.Wait(_workersDone);
        }
        var error = Interlocked.Exchange(ref _error, null);
        if (error is not null) ExceptionDispatchInfo.Throw(error);
    }

    private void Loop(int index)
    {
        var sleeper = _workerSleep[index];
        int seen = 0;
        Func<bool> started = () => Volatile.Read(ref _generation) != seen || _stop; // one delegate: waiting allocates nothing
        while (true)
        {
            sleeper.Wait(started);
            if (_stop) return;
            seen++;
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
                if (Interlocked.Decrement(ref _remaining) == 0) _callerSleep.Wake();
            }
        }
    }

    /// <summary>Stops and joins the workers.</summary>
    public void Dispose()
    {
        if (_stop) return;
        _stop = true;
        foreach (var sleeper in _workerSleep) sleeper.Wake();
        foreach (var t in _threads) t.Join();
        foreach (var sleeper in _workerSleep) sleeper.Dispose();
        _callerSleep.Dispose();
    }

    /// <summary>One waiter's spin-then-block wait and its wake-up (see the class remarks for the hand-over).</summary>
    private sealed class Sleeper(long spinTicks) : IDisposable
    {
        private readonly SemaphoreSlim _semaphore = new(0);
        private int _asleep; // 1: the waiter announced it will block on the semaphore

        /// <summary>Returns once <paramref name="ready"/> holds, spinning first and then blocking until <see cref="Wake"/>.</summary>
        public void Wait(Func<bool> ready)
        {
            long deadline = Stopwatch.GetTimestamp() + spinTicks;
            var spinner = new SpinWait();
            while (!ready())
            {
                if (Stopwatch.GetTimestamp() < deadline)
                {
                    // spins, and after the first few rounds also yields the core now and then (Thread.Yield, Sleep(0)):
                    // a thread the waiter waits for, or another process, gets the core if the machine is oversubscribed
                    spinner.SpinOnce(sleep1Threshold: -1);
                    continue;
                }
                Interlocked.Exchange(ref _asleep, 1);
                if (ready())
                {
                    // the condition came true meanwhile: take the announcement back, or consume the release it earned
                    if (Interlocked.Exchange(ref _asleep, 0) == 0) _semaphore.Wait();
                    return;
                }
                _semaphore.Wait();
                deadline = Stopwatch.GetTimestamp() + spinTicks;
                spinner.Reset();
            }
        }

        /// <summary>Called after making the waiter's condition true: releases the waiter if it blocked (or is about to).</summary>
        public void Wake()
        {
            if (Interlocked.Exchange(ref _asleep, 0) == 1) _semaphore.Release();
        }

        public void Dispose() => _semaphore.Dispose();
    }
}
