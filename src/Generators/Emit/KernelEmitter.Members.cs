using System.Collections.Generic;

namespace XorGen.Generators
{
    /// <summary>The kernel's interface members: parameters in and out, Step, LossAndGradient, Evaluate, Predict.</summary>
    public static partial class KernelEmitter
    {
        /// <summary>The backward-rows phase on the chosen path, its mean loss into a new local <c>loss</c>.</summary>
        private static void EmitLossDispatch(IndentedWriter w, IReadOnlyList<VectorFlavor> flavors)
        {
            if (flavors.Count == 1)
            {
                w.Line("double loss = BackwardRows" + flavors[0].Suffix + "(y, rows);");
                return;
            }
            w.Line("double loss;");
            EmitDispatch(w, flavors, "BackwardRows", "y, rows", "loss");
        }

        private static void EmitMembers(IndentedWriter w, KernelSpec spec, string t, IReadOnlyList<VectorFlavor> flavors)
        {
            bool tied = spec.Output == OutputLayer.TiedToNorm;
            bool needA = spec.TrainsSecond || tied;
            string ros = "ReadOnlySpan<" + t + ">";

            w.Line("/// <inheritdoc/>");
            w.Line("public ModelSpec Spec => " + spec.ClassName + ".Spec;");
            w.Line("/// <inheritdoc/>");
            w.Line("public KernelKind Kind => KernelKind.Generated;");
            w.Line("/// <inheritdoc/>");
            w.Line("public global::XorGen.InstructionSet InstructionSet => _path switch");
            w.Line("{");
            w.Line("    512 => global::XorGen.InstructionSet.Vector512,");
            w.Line("    256 => global::XorGen.InstructionSet.Vector256,");
            w.Line("    128 => global::XorGen.InstructionSet.Vector128,");
            w.Line("    _ => global::XorGen.InstructionSet.Scalar,");
            w.Line("};");
            w.Line();
            w.Line("/// <summary>The threads a step splits its neurons over: <see cref=\"KernelOptions.Threads\"/>, at most one per column block of " + I(NeuronBlock(spec)) + " neurons (" + I(PaddedWidth(spec) / NeuronBlock(spec)) + " here).</summary>");
            w.Line("public int Threads => _threads;");
            w.Line();

            w.Line("/// <inheritdoc/>");
            using (w.Block("public void LoadParameters(NetworkParameters parameters)"))
            {
                w.Line("ArgumentNullException.ThrowIfNull(parameters);");
                w.Line("if (parameters.Inputs != D || parameters.Width != M || parameters.HasBias != " + (spec.Bias ? "true" : "false") + ")");
                w.Line("    throw new ArgumentException(\"parameters are d = \" + parameters.Inputs + \", m = \" + parameters.Width + (parameters.HasBias ? \" with bias\" : \"\") + \"; this kernel needs d = " + I(spec.Inputs) + ", m = " + I(spec.Width) + (spec.Bias ? " with bias" : "") + "\", nameof(parameters));");
                using (w.Block("for (int j = 0; j < M; j++)"))
                {
                    w.Line("double norm2 = 0;");
                    using (w.Block("for (int k = 0; k < D; k++)"))
                    {
                        w.Line(t + " v = (" + t + ")parameters.W[j * D + k];");
                        w.Line("_wt[k * Ld + j] = v;");
                        w.Line("norm2 += (double)v * v;");
                    }
                    w.Line("_norm2[j] = (" + t + ")norm2;");
                    if (spec.Output == OutputLayer.Free) w.Line("_a[j] = (" + t + ")parameters.A[j];");
                    if (tied) w.Line("_a[j] = (" + t + ")Math.Sqrt(norm2);");
                    if (spec.Bias) w.Line("_b[j] = (" + t + ")parameters.B[j];");
                }
                if (LazyNorms(spec)) w.Line("_normsCurrent = true;");
            }
            w.Line();

            w.Line("/// <inheritdoc/>");
            using (w.Block("public void StoreParameters(NetworkParameters parameters)"))
            {
                w.Line("ArgumentNullException.ThrowIfNull(parameters);");
                w.Line("if (parameters.Inputs != D || parameters.Width != M || parameters.HasBias != " + (spec.Bias ? "true" : "false") + ")");
                w.Line("    throw new ArgumentException(\"parameters are d = \" + parameters.Inputs + \", m = \" + parameters.Width + \"; this kernel stores d = " + I(spec.Inputs) + ", m = " + I(spec.Width) + "\", nameof(parameters));");
                using (w.Block("for (int j = 0; j < M; j++)"))
                {
                    w.Line("double norm2 = 0;");
                    using (w.Block("for (int k = 0; k < D; k++)"))
                    {
                        w.Line("double v = _wt[k * Ld + j];");
                        w.Line("parameters.W[j * D + k] = v;");
                        w.Line("norm2 += v * v;");
                    }
                    w.Line(spec.Output switch
                    {
                        OutputLayer.TiedToNorm => "parameters.A[j] = Math.Sqrt(norm2);",
                        OutputLayer.FixedBalanced => "parameters.A[j] = Spec.FixedOutputWeight(j);",
                        _ => "parameters.A[j] = _a[j];",
                    });
                    if (spec.Bias) w.Line("parameters.B[j] = _b[j];");
                }
            }
            w.Line();

            // Step
            w.Line("/// <inheritdoc/>");
            using (w.Block("public double Step(" + ros + " x, " + ros + " y, int rows, in StepControl control)"))
            {
                w.Line("CheckBatch(x, y, rows);");
                w.Line("if (rows == 0) return double.NaN;");
                w.Line("Ensure(rows);");
                w.Line("// forward: pre-activations and outputs; then the loss and g_i = ℓ'(y_i, f_i), on the calling thread");
                w.Line("ForwardAndOutputs(x, rows);");
                EmitLossDispatch(w, flavors);
                w.Line("// the rates depend on the loss and the pre-update norms only: set before the backward phase, which also updates W");
                w.Line("var (" + (spec.TrainsFirst ? "rateW" : "_") + ", " + (spec.TrainsSecond ? "rateA" : "_") + ", " + (spec.Bias ? "rateB" : "_") + ") = control.RatesFor(loss);");
                w.Line("double cap = control.NormCapSquared;");
                using (w.Block("if (double.IsPositiveInfinity(cap))"))
                {
                    w.Line("// no norm cap: every neuron steps with the same rates");
                    if (spec.TrainsFirst) w.Line("_rateW.AsSpan(0, M).Fill((" + t + ")(rateW * Multiplier));");
                    if (spec.TrainsSecond) w.Line("_rateA.AsSpan(0, M).Fill((" + t + ")(rateA * Multiplier));");
                    if (spec.Bias) w.Line("_rateB.AsSpan(0, M).Fill((" + t + ")(rateB * Multiplier));");
                }
                using (w.Block("else"))
                {
                    w.Line("// per-neuron rates at the pre-update weights: a neuron with ‖w_j‖² > cap gets no update");
                    if (LazyNorms(spec)) w.Line("if (!_normsCurrent) RecomputeNorms(); // the steps before had no cap and did not sum them");
                    using (w.Block("for (int j = 0; j < M; j++)"))
                    {
                        w.Line("bool frozen = _norm2[j] > cap;");
                        if (spec.TrainsFirst) w.Line("_rateW[j] = frozen ? 0 : (" + t + ")(rateW * Multiplier);");
                        if (spec.TrainsSecond) w.Line("_rateA[j] = frozen ? 0 : (" + t + ")(rateA * Multiplier);");
                        if (spec.Bias) w.Line("_rateB[j] = frozen ? 0 : (" + t + ")(rateB * Multiplier);");
                    }
                }
                bool lazy = LazyNorms(spec); // implies TrainsFirst
                w.Line("// " + (!spec.TrainsFirst ? "the output/bias gradients (W is not trained)"
                    : "Δ and the output/bias gradients, then the weight gradient Gᵀ = Xᵀ·Δ with the update of W "
                      + (lazy ? "fused into each tile, and ‖w_j‖² where a cap will read them" : "and ‖w_j‖² fused into each tile")));
                if (lazy) w.Line("_norms = !double.IsPositiveInfinity(cap);");
                w.Line("BackwardAndGradient(x, rows, true);");
                if (lazy) w.Line("_normsCurrent = _norms;");
                if (spec.TrainsSecond || spec.Bias)
                {
                    w.Line("// " + (spec.TrainsSecond && spec.Bias ? "a ← a − rate·∂L/∂a, b ← b − rate·∂L/∂b" : spec.TrainsSecond ? "a ← a − rate·∂L/∂a" : "b ← b − rate·∂L/∂b") + ", one vector of neurons at a time, then the last m mod lanes");
                    w.Line("int jv = 0;");
                    string vec = "Vector";
                    var updated = new System.Collections.Generic.List<(string Dst, string Rate, string Grad)>();
                    if (spec.TrainsSecond) updated.Add(("_a", "_rateA", "_gA"));
                    if (spec.Bias) updated.Add(("_b", "_rateB", "_gB"));
                    // the arrays' data references taken once, not re-read from the fields in every iteration
                    foreach (var (dst, rate, grad) in updated)
                        foreach (string arr in new[] { dst, rate, grad })
                            w.Line("ref " + t + " " + arr.Substring(1) + "Ref = ref " + arr + ".Start;");
                    using (w.Block("for (; jv + " + vec + "<" + t + ">.Count <= M; jv += " + vec + "<" + t + ">.Count)"))
                    {
                        foreach (var (dst, rate, grad) in updated)
                        {
                            string Ld(string arr) => vec + ".LoadUnsafe(ref " + arr.Substring(1) + "Ref, (nuint)jv)";
                            w.Line(vec + ".StoreUnsafe(" + Ld(dst) + " - " + Ld(rate) + " * " + Ld(grad) + ", ref " + dst.Substring(1) + "Ref, (nuint)jv);");
                        }
                    }
                    using (w.Block("for (; jv < M; jv++)"))
                    {
                        // through the same references (jv < M ≤ MPad), not the indexer and its bounds check: Step's
                        // tier-1 code at d = 128, m = 512 went from 2,879 to 2,731 bytes
                        foreach (var (dst, rate, grad) in updated)
                        {
                            string At(string arr) => Unsafe + ".Add(ref " + arr.Substring(1) + "Ref, jv)";
                            w.Line(At(dst) + " -= " + At(rate) + " * " + At(grad) + ";");
                        }
                    }
                }
                w.Line("return loss;");
            }
            w.Line();

            // LossAndGradient
            w.Line("/// <inheritdoc/>");
            using (w.Block("public double LossAndGradient(" + ros + " x, " + ros + " y, int rows, NetworkParameters gradient)"))
            {
                w.Line("ArgumentNullException.ThrowIfNull(gradient);");
                w.Line("CheckBatch(x, y, rows);");
                w.Line("if (gradient.Inputs != D || gradient.Width != M || gradient.HasBias != " + (spec.Bias ? "true" : "false") + ") throw new ArgumentException(\"gradient has the wrong shape\", nameof(gradient));");
                w.Line("Array.Clear(gradient.W);");
                w.Line("Array.Clear(gradient.A);");
                w.Line("Array.Clear(gradient.B);");
                w.Line("if (rows == 0) return double.NaN;");
                w.Line("Ensure(rows);");
                w.Line("ForwardAndOutputs(x, rows);");
                EmitLossDispatch(w, flavors);
                if (spec.TrainsFirst) w.Line("_gradT ??= new AlignedArray<" + t + ">(D * Ld);");
                w.Line("BackwardAndGradient(x, rows, false);");
                if (spec.TrainsFirst) w.Line("for (int j = 0; j < M; j++) for (int k = 0; k < D; k++) gradient.W[j * D + k] = _gradT![k * Ld + j];");
                if (spec.TrainsSecond) w.Line("for (int j = 0; j < M; j++) gradient.A[j] = _gA[j];");
                if (spec.Bias) w.Line("for (int j = 0; j < M; j++) gradient.B[j] = _gB[j];");
                w.Line("return loss;");
            }
            w.Line();

            // Evaluate
            w.Line("/// <inheritdoc/>");
            using (w.Block("public EvalResult Evaluate(" + ros + " x, " + ros + " y, " + ros + " yClean, int rows)"))
            {
                w.Line("CheckBatch(x, y, rows);");
                w.Line("if (!yClean.IsEmpty && yClean.Length != rows) throw new ArgumentException(\"clean labels have \" + yClean.Length + \" values, expected \" + rows);");
                w.Line("if (rows == 0) return new EvalResult(double.NaN, double.NaN, double.NaN, 0);");
                w.Line("Ensure(Math.Min(rows, Chunk));");
                w.Line("double lossSum = 0;");
                w.Line("int wrong = 0, wrongClean = 0;");
                using (w.Block("for (int start = 0; start < rows; start += Chunk)"))
                {
                    w.Line("int count = Math.Min(Chunk, rows - start);");
                    w.Line("ForwardAndOutputs(x.Slice(start * D), count);");
                    using (w.Block("for (int i = 0; i < count; i++)"))
                    {
                        w.Line("double f = _f[i];");
                        w.Line("double yi = y[start + i];");
                        EmitLoss(w, spec, derivative: false);
                        w.Line("if (!(yi * f > 0)) wrong++;");
                        w.Line("double yc = yClean.IsEmpty ? yi : yClean[start + i];");
                        w.Line("if (!(yc * f > 0)) wrongClean++;");
                    }
                }
                w.Line("// errors are defined for a classification loss only (the operator says which it is)");
                w.Line("bool classify = " + LossOperator(spec) + ".Classifies;");
                w.Line("return new EvalResult(lossSum / rows, classify ? (double)wrong / rows : double.NaN, classify ? (double)wrongClean / rows : double.NaN, rows);");
            }
            w.Line();

            // Predict
            w.Line("/// <inheritdoc/>");
            using (w.Block("public void Predict(" + ros + " x, int rows, Span<" + t + "> output)"))
            {
                w.Line("ArgumentOutOfRangeException.ThrowIfNegative(rows);");
                w.Line("if (x.Length < rows * D) throw new ArgumentException(\"x has \" + x.Length + \" values, expected \" + rows + \"×" + I(spec.Inputs) + "\");");
                w.Line("if (output.Length < rows) throw new ArgumentException(\"output has room for \" + output.Length + \" values, expected \" + rows);");
                w.Line("if (rows == 0) return;");
                w.Line("Ensure(Math.Min(rows, Chunk));");
                using (w.Block("for (int start = 0; start < rows; start += Chunk)"))
                {
                    w.Line("int count = Math.Min(Chunk, rows - start);");
                    w.Line("ForwardAndOutputs(x.Slice(start * D), count);");
                    w.Line("new Span<" + t + ">(_f, 0, count).CopyTo(output.Slice(start));");
                }
            }
            w.Line();

            w.Line("/// <summary>Stops the worker threads (when the kernel has any).</summary>");
            w.Line("public void Dispose() => _team?.Dispose();");
            w.Line();

            using (w.Block("private void Ensure(int rows)"))
            {
                w.Line("if (rows <= _capacity) return;");
                w.Line("_z = new AlignedArray<" + t + ">(rows * Ld);");
                w.Line("_f = new " + t + "[rows];");
                using (w.Block("if (_team is not null)"))
                {
                    w.Line("_fPart = new " + t + "[Blocks * rows];");
                }
                w.Line("_capacity = rows;");
            }
            w.Line();

            w.Line("// Z = X·Wᵀ and f: on the calling thread, or the threads block by block, each block's partial sums apart, then f_i = s·(part_0 + … + part_{Blocks−1}) in block order");
            using (w.Block("private void ForwardAndOutputs(" + ros + " x, int rows)"))
            {
                using (w.Block("if (_team is null)"))
                {
                    w.Line("ref " + t + " xr = ref " + Marshal + ".GetReference(x);");
                    EmitDispatch(w, flavors, "Forward", "ref xr, rows, 0, MPad");
                    EmitDispatch(w, flavors, "Outputs", "rows, 0, MPad, ref " + Marshal + ".GetArrayDataReference(_f), S");
                    w.Line("return;");
                }
                w.Line("RunTeam(PhaseForward, rows, x);");
                w.Line("// the same sums whichever thread computed which block");
                w.Line("var f = _f.AsSpan(0, rows);");
                w.Line("new " + ros + "(_fPart, 0, rows).CopyTo(f);");
                w.Line("for (int b = 1; b < Blocks; b++) VectorSums.Add(f, new " + ros + "(_fPart, b * _capacity, rows));");
                w.Line("VectorSums.Scale(f, S);");
            }
            w.Line();

            w.Line("// Δ and the output/bias gradients from g_i (in f)" + (spec.TrainsFirst ? ", then the weight-gradient pass (apply: with the update fused)" : "") + ": all columns, or the threads block by block, each block's backward right before its gradient");
            using (w.Block("private void BackwardAndGradient(" + ros + " x, int rows, bool apply)"))
            {
                using (w.Block("if (_team is null)"))
                {
                    EmitDispatch(w, flavors, "BackwardColumns", "rows, 0, MPad");
                    if (spec.TrainsFirst)
                    {
                        if (tied) w.Line("PrepareTied(0, MPad);");
                        w.Line("ref " + t + " xr = ref " + Marshal + ".GetReference(x);");
                        EmitDispatch(w, flavors, "GradientPass", "ref xr, rows, apply, 0, MPad");
                    }
                    w.Line("return;");
                }
                if (spec.TrainsFirst) w.Line("_apply = apply;");
                w.Line("RunTeam(PhaseBackward, rows, x);");
            }
            w.Line();

            w.Line("// a phase on the team, the batch pinned for the workers to read (no copy)");
            using (w.Block("private void RunTeam(int phase, int rows, " + ros + " x)"))
            {
                w.Line("_phase = phase;");
                w.Line("_rows = rows;");
                w.Line("_queue!.Reset(Blocks);");
                w.Line("_team!.Run(x);");
            }
            w.Line();

            w.Line("// one thread's part of a phase: the column blocks it takes from the queue, its own share first");
            w.Line(HotPath);
            using (w.Block("private void RunPhase(int t)"))
            {
                w.Line("int rows = _rows;");
                w.Line("var queue = _queue!;");
                w.Line("ref " + t + " xr = ref _team!.Shared<" + t + ">(); // the batch, pinned by RunTeam");
                using (w.Block("if (_phase == PhaseForward)"))
                {
                    w.Line("ref " + t + " part = ref " + Marshal + ".GetArrayDataReference(_fPart);");
                    using (w.Block("while (queue.TryTake(t, out int b))"))
                    {
                        w.Line("int j0 = b * Block, j1 = j0 + Block;");
                        EmitDispatch(w, flavors, "Forward", "ref xr, rows, j0, j1");
                        EmitDispatch(w, flavors, "Outputs", "rows, j0, j1, ref " + Unsafe + ".Add(ref part, b * _capacity), 1");
                    }
                    w.Line("return;");
                }
                using (w.Block("while (queue.TryTake(t, out int b))"))
                {
                    w.Line("int j0 = b * Block, j1 = j0 + Block;");
                    EmitDispatch(w, flavors, "BackwardColumns", "rows, j0, j1");
                    if (spec.TrainsFirst)
                    {
                        if (tied) w.Line("PrepareTied(j0, j1);");
                        EmitDispatch(w, flavors, "GradientPass", "ref xr, rows, _apply, j0, j1");
                    }
                }
            }
            w.Line();

            if (LazyNorms(spec))
            {
                w.Line("// ‖w_j‖² at the current weights, for a step with a norm cap after steps without one");
                using (w.Block("private void RecomputeNorms()"))
                {
                    using (w.Block("for (int j = 0; j < M; j++)"))
                    {
                        w.Line("double norm2 = 0;");
                        using (w.Block("for (int k = 0; k < D; k++)"))
                        {
                            w.Line("double v = _wt[k * Ld + j];");
                            w.Line("norm2 += v * v;");
                        }
                        w.Line("_norm2[j] = (" + t + ")norm2;");
                    }
                    w.Line("_normsCurrent = true;");
                }
                w.Line();
            }

            if (tied)
            {
                w.Line("// a_j = ‖w_j‖: the tied term of ∂L/∂w_j is (∂L/∂a_j)·w_j/‖w_j‖, folded into the weight-gradient epilogue (padded neurons: a_j = 0, term 0)");
                using (w.Block("private void PrepareTied(int j0, int j1)"))
                {
                    w.Line("for (int j = j0; j < j1; j++) _tied[j] = _a[j] > 0 ? _gA[j] / _a[j] : 0;");
                }
                w.Line();
            }

            using (w.Block("private static void CheckBatch(" + ros + " x, " + ros + " y, int rows)"))
            {
                w.Line("ArgumentOutOfRangeException.ThrowIfNegative(rows);");
                w.Line("if (x.Length < rows * D) throw new ArgumentException(\"x has \" + x.Length + \" values, expected \" + rows + \"×" + I(spec.Inputs) + "\");");
                w.Line("if (y.Length < rows) throw new ArgumentException(\"y has \" + y.Length + \" values, expected \" + rows);");
            }
        }
    }
}
