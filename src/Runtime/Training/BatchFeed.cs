using System.Numerics;

namespace XorGen;

/// <summary>
/// Puts the rows of step t in front of the kernel, without allocating per step.
/// <para>
/// The feeds that write their samples alternate between two arrays for X (step t writes array t mod 2). A kernel on
/// several threads leaves the batch in its workers' caches, and overwriting it at the very next step cost the thread
/// that fills it a cross-core invalidation per cache line: on Zen 5 at d = 512, B = 128 with two threads, the online
/// step took 3–8% longer than the fixed-batch step (suite rows, four runs); with two arrays, two steps later the workers
/// have long evicted the older one, and the difference was −4 to +3%.
/// </para>
/// </summary>
internal abstract class BatchFeed<T> where T : unmanaged, IFloatingPointIeee754<T>
{
    /// <summary>Samples of the current step, row-major.</summary>
    public abstract ReadOnlySpan<T> X { get; }
    /// <summary>Observed labels of the current step.</summary>
    public abstract ReadOnlySpan<T> Y { get; }
    /// <summary>Clean labels of the current step.</summary>
    public abstract ReadOnlySpan<T> YClean { get; }
    /// <summary>Rows of the current step.</summary>
    public abstract int Rows { get; }
    /// <summary>Makes the rows of step <paramref name="step"/> current: a pure function of the seed and the step.</summary>
    public abstract void Prepare(long step);

    public static BatchFeed<T> For(RunConfig config, Dataset<T>? train) => config.Optimizer switch
    {
        OptimizerKind.OnlineSgd => new OnlineFeed(config.Data, config.Seed, config.BatchSize),
        OptimizerKind.FullBatchGd => new FullFeed(train!),
        OptimizerKind.MinibatchEpochs => new MinibatchFeed(train!, config.Seed, config.BatchSize),
        _ => throw new ArgumentOutOfRangeException(nameof(config), config.Optimizer, "unknown optimiser"),
    };

    /// <summary>The two arrays a feed writes X into, array t mod 2 at step t (see the class remarks).</summary>
    private sealed class AlternatingX(int length)
    {
        private readonly T[] _even = new T[length], _odd = new T[length];

        /// <summary>The array of the current step ([] before the first).</summary>
        public T[] Current { get; private set; } = [];

        /// <summary>Makes step <paramref name="step"/>'s array current and returns it, to be filled.</summary>
        public T[] For(long step) => Current = (step & 1) == 0 ? _even : _odd;
    }

    private sealed class OnlineFeed(IDataSource data, ulong seed, int batch) : BatchFeed<T>
    {
        private readonly AlternatingX _x = new(checked(batch * data.Inputs));
        private readonly T[] _y = new T[batch], _yClean = new T[batch];
        public override ReadOnlySpan<T> X => _x.Current;
        public override ReadOnlySpan<T> Y => _y;
        public override ReadOnlySpan<T> YClean => _yClean;
        public override int Rows => batch;
        public override void Prepare(long step) => data.FillBatch<T>(seed, step, _x.For(step), _y, _yClean);
    }

    private sealed class FullFeed(Dataset<T> train) : BatchFeed<T>
    {
        public override ReadOnlySpan<T> X => train.X;
        public override ReadOnlySpan<T> Y => train.Y;
        public override ReadOnlySpan<T> YClean => train.YClean;
        public override int Rows => train.Count;
        public override void Prepare(long step) { }
    }

    private sealed class MinibatchFeed : BatchFeed<T>
    {
        private readonly Dataset<T> _train;
        private readonly ulong _seed;
        private readonly int _batch, _d, _perEpoch;
        private readonly int[] _order;
        private readonly AlternatingX _x;
        private readonly T[] _y, _yClean;
        private long _epoch = -1;
        private int _rows;

        public MinibatchFeed(Dataset<T> train, ulong seed, int batch)
        {
            _train = train; _seed = seed; _batch = batch; _d = train.Inputs;
            _perEpoch = Minibatches.StepsPerEpoch(train.Count, batch);
            _order = new int[train.Count];
            _x = new AlternatingX(checked(batch * _d)); _y = new T[batch]; _yClean = new T[batch];
        }

        public override ReadOnlySpan<T> X => _x.Current.AsSpan(0, _rows * _d);
        public override ReadOnlySpan<T> Y => _y.AsSpan(0, _rows);
        public override ReadOnlySpan<T> YClean => _yClean.AsSpan(0, _rows);
        public override int Rows => _rows;

        public override void Prepare(long step)
        {
            long epoch = step / _perEpoch;
            if (epoch != _epoch)
            {
                Minibatches.EpochOrder(_seed, epoch, _order);
                _epoch = epoch;
            }
            var x = _x.For(step);
            int start = (int)(step % _perEpoch) * _batch;
            _rows = Math.Min(_batch, _train.Count - start);
            for (int r = 0; r < _rows; r++)
            {
                int i = _order[start + r];
                _train.X.AsSpan(i * _d, _d).CopyTo(x.AsSpan(r * _d, _d));
                _y[r] = _train.Y[i];
                _yClean[r] = _train.YClean[i];
            }
        }
    }
}

/// <summary>The order in which minibatch epochs visit a fixed training set.</summary>
public static class Minibatches
{
    /// <summary>Steps in one epoch: ⌈n/B⌉ (the last batch of an epoch may be short).</summary>
    public static int StepsPerEpoch(int count, int batch) => (count + batch - 1) / batch;

    /// <summary>
    /// The visiting order of epoch <paramref name="epoch"/>: a uniform permutation of 0..n−1 (Fisher–Yates on the
    /// <see cref="RandomStream.Shuffle"/> stream, substream = epoch), a pure function of (seed, epoch).
    /// </summary>
    public static void EpochOrder(ulong seed, long epoch, Span<int> order)
    {
        for (int i = 0; i < order.Length; i++) order[i] = i;
        var random = new CounterRandom(seed, RandomStream.Shuffle, (ulong)epoch);
        for (int i = order.Length - 1; i > 0; i--)
        {
            int k = random.NextInt(i + 1);
            (order[i], order[k]) = (order[k], order[i]);
        }
    }
}
