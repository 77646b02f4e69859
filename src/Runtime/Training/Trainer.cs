using System.Diagnostics;
using System.Numerics;

namespace XorGen;

/// <summary>
/// Runs a <see cref="RunConfig"/> through an <see cref="ITrainingKernel{T}"/>: initialise, then step with the
/// optimiser's batches and the schedule's step control, measuring metrics and probes every <c>LogEvery</c> steps.
/// A run is a pure function of the configuration and its seed; a NaN or infinite loss stops it (diverged).
/// </summary>
public static class Trainer
{
    /// <summary>Runs the configuration in its precision. Throws <see cref="ArgumentException"/> for an invalid configuration.</summary>
    public static RunResult Run(RunConfig config, IRunListener? listener = null, CancellationToken cancel = default)
    {
        config.Validated();
        return config.Precision == Precision.Double
            ? Run<double>(config, listener, cancel)
            : Run<float>(config, listener, cancel);
    }

    /// <summary>Runs the configuration with element type <typeparamref name="T"/>.</summary>
    public static RunResult Run<T>(RunConfig config, IRunListener? listener = null, CancellationToken cancel = default)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        config.Validated();
        using var kernel = KernelFactory.Create<T>(config.KernelFor<T>(), config.Spec, new KernelOptions(config.Threads, Variant: config.Variant, IgnoreTuning: config.IgnoreTuning));
        return Run(config, kernel, listener, cancel);
    }

    /// <summary>
    /// Runs the configuration on a kernel the caller built (and disposes); <see cref="RunConfig.Kernel"/> is ignored.
    /// The kernel's spec must be the configuration's.
    /// </summary>
    public static RunResult Run<T>(RunConfig config, ITrainingKernel<T> kernel, IRunListener? listener = null, CancellationToken cancel = default)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        config.Validated();
        if (kernel.Spec != config.Spec) throw new ArgumentException($"the kernel computes {kernel.Spec.Describe()} but the run needs {config.Spec.Describe()}", nameof(kernel));
        long wallStart = Stopwatch.GetTimestamp();
        var spec = config.Spec;

        var initial = config.Initialization.Create(spec, config.Seed);
        Dataset<T>? train = config.Optimizer == OptimizerKind.OnlineSgd ? null : config.Data.TrainingSet<T>(config.Seed, config.TrainCount);
        Dataset<T>? test = config.TestCount > 0 ? config.Data.TestSet<T>(config.Seed, config.TestCount) : null;

        kernel.LoadParameters(initial);
        var initialEffective = new NetworkParameters(spec);
        kernel.StoreParameters(initialEffective);
        var current = initialEffective.Clone();

        var start = new RunStart(config, kernel.Kind, kernel.InstructionSet, DateTime.UtcNow, KernelFactory.OriginOf(kernel));
        listener?.Started(start);

        // The probes read the training set in double precision; without probes the copy is made only if an export asks.
        var trainDouble = config.Probes.Count > 0 ? train?.Convert<double>() : null;
        var feed = BatchFeed<T>.For(config, train);
        var records = new List<MetricsRecord>();
        var probeContext = config.Probes.Count > 0 ? new ProbeContext { Spec = spec, Initial = initialEffective, Parameters = current, Train = trainDouble } : null;

        long steps = config.StepLimit;
        long rows = config.RowsPerStep;
        long? targetAt = null;
        long progressEvery = Math.Max(1, steps / 100);
        long trainingTicks = 0;
        double lastLoss = double.NaN;
        double lastRate = config.Schedule.ControlAt(0).RateFirst;
        long done = 0;
        long? divergedAt = null;

        MetricsRecord Measure(long step)
        {
            var metrics = new OrderedDictionary<string, double>();
            bool regression = config.Data.IsRegression;
            EvalResult trainEval;
            if (train is not null)
                trainEval = kernel.Evaluate(train.X, train.Y, train.YClean, train.Count);
            else
            {
                // Online: the fresh batch step t would train on, at the parameters after t steps.
                feed.Prepare(step);
                trainEval = kernel.Evaluate(feed.X, feed.Y, feed.YClean, feed.Rows);
            }
            metrics["train_loss"] = trainEval.Loss;
            if (!regression) metrics["train_error"] = trainEval.Error;
            if (test is not null)
            {
                var t = kernel.Evaluate(test.X, test.Y, test.YClean, test.Count);
                metrics["test_loss"] = t.Loss;
                if (!regression)
                {
                    metrics["test_error"] = t.Error;
                    metrics["test_error_clean"] = t.ErrorClean;
                }
            }
            if (probeContext is not null && double.IsFinite(trainEval.Loss))
            {
                kernel.StoreParameters(current);
                probeContext.Step = step;
                probeContext.TrainLoss = trainEval.Loss;
                probeContext.Rate = lastRate;
                probeContext.NormCapSquared = config.Schedule.ControlAt(Math.Min(step, steps - 1)).NormCapSquared;
                foreach (var probe in config.Probes) probe.Measure(probeContext, metrics);
            }
            var record = new MetricsRecord(step, metrics.ToList());
            records.Add(record);
            listener?.Measured(record);
            return record;
        }

        // The stop condition: true at a logged step ends the run there (its metrics are the summary's).
        bool Reached(MetricsRecord record)
        {
            if (config.Until is not { } until) return false;
            bool hit = until.IsTrue(name =>
            {
                string key = Expression.Canonical(name);
                return record.Has(key) ? record[key]
                    : throw new ExpressionException($"--until '{until.Text}': no metric '{name}' at step {record.Step}; the metrics are {string.Join(", ", record.Values.Select(v => v.Key))}");
            });
            if (hit) targetAt = record.Step;
            return hit;
        }

        var last = Measure(0);
        // Diverged: a NaN or infinite loss, or a loss above the bound (default: a multiple of the initial loss).
        double bound = config.DivergenceBound(last["train_loss"]);
        string? divergedBecause = null;
        string? Diverges(double loss) =>
            !double.IsFinite(loss) ? DivergenceRule.NotFinite : loss > bound ? DivergenceRule.AboveBound : null;
        if ((divergedBecause = Diverges(last["train_loss"])) is not null) divergedAt = 0;
        else Reached(last);

        while (divergedAt is null && targetAt is null && done < steps)
        {
            cancel.ThrowIfCancellationRequested();
            long segmentEnd = Math.Min(steps, (done / config.LogEvery + 1) * config.LogEvery);
            long t0 = Stopwatch.GetTimestamp();
            for (; done < segmentEnd; done++)
            {
                feed.Prepare(done);
                var control = config.Schedule.ControlAt(done);
                double loss = kernel.Step(feed.X, feed.Y, feed.Rows, control);
                lastLoss = loss;
                if ((divergedBecause = Diverges(loss)) is not null) { divergedAt = done; break; }
                lastRate = control.RatesFor(loss).First;
                if ((done + 1) % progressEvery == 0) listener?.Progress(done + 1, steps, loss);
            }
            trainingTicks += Stopwatch.GetTimestamp() - t0;
            if (divergedAt is null)
            {
                last = Measure(done);
                if ((divergedBecause = Diverges(last["train_loss"])) is not null) divergedAt = done;
                else Reached(last);
            }
        }

        if (divergedAt is long at && at > 0 && last.Step != at)
        {
            // The loss that stopped the run, at the parameters before step `at`.
            last = new MetricsRecord(at, [new("train_loss", lastLoss)]);
            records.Add(last);
            listener?.Measured(last);
        }

        var final = new NetworkParameters(spec);
        kernel.StoreParameters(final);
        double trainingSeconds = trainingTicks / (double)Stopwatch.Frequency;
        var summary = new RunSummary(
            done,
            last,
            trainingSeconds > 0 ? done / trainingSeconds : 0,
            Stopwatch.GetElapsedTime(wallStart).TotalSeconds,
            divergedAt is not null,
            divergedAt)
        {
            DivergedBecause = divergedBecause,
            DivergenceBound = bound,
            SamplesSeen = done * rows,
            StepsToTarget = targetAt,
            SamplesToTarget = targetAt * rows,
        };
        listener?.Finished(summary);
        return new RunResult(start, records, summary, initialEffective, final,
            new Lazy<Dataset<double>?>(() => trainDouble ?? train?.Convert<double>()),
            new Lazy<Dataset<double>?>(() => test?.Convert<double>()));
    }
}
