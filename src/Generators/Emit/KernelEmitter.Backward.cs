namespace XorGen.Generators
{
    /// <summary>The backward pass: per-row loss derivative, Δ and the output/bias gradients per column range, then the weight-gradient micro-kernel with the fused update.</summary>
    public static partial class KernelEmitter
    {
        private static void EmitBackwardRows(IndentedWriter w, KernelSpec spec, VectorFlavor v)
        {
            string t = ElementName(spec);
            w.Line("// the mean loss, and g_i = ℓ'(y_i, f_i)·s/B written over f (on the calling thread; BackwardColumns takes the neurons)");
            w.Line(HotPath);
            using (w.Block("private double BackwardRows" + v.Suffix + "(ReadOnlySpan<" + t + "> y, int rows)"))
            {
                w.Line("double gScale = " + Literals.Double(spec.ScaleValue) + " / rows; // s/B");
                w.Line("double lossSum = 0;");
                w.Line("ref " + t + " fr = ref " + Marshal + ".GetArrayDataReference(_f);");
                w.Line("int i = 0;");
                if (!v.IsScalar)
                {
                    string vd = v.Static + "<double>";
                    bool floatLoss = spec.Tuning.FloatLoss && v.ElementType == "float";
                    w.Line("// the loss and g_i for " + I(v.Lanes) + " rows at a time in " + (floatLoss ? "float vectors (loss=float; the sum in double)" : "double vectors") + ", written over f");
                    w.Line("ref " + t + " yr = ref " + Marshal + ".GetReference(y);");
                    w.Line(vd + " lossV = " + vd + ".Zero;");
                    if (floatLoss)
                    {
                        w.Line(v.Type + " lossScale = " + v.Static + ".Create(" + Literals.Of(spec.LossScale, Precision.Float) + "); // the loss multiplier c");
                        w.Line(v.Type + " gScaleV = " + v.Static + ".Create((float)gScale);");
                    }
                    else
                    {
                        w.Line(vd + " lossScale = " + v.Static + ".Create(" + Literals.Double(spec.LossScale) + "); // the loss multiplier c");
                        w.Line(vd + " gScaleV = " + v.Static + ".Create(gScale);");
                    }
                    string rows = LossOperator(spec) + ".Rows";
                    using (w.Block("for (; i + " + I(v.Lanes) + " <= rows; i += " + I(v.Lanes) + ")"))
                    {
                        w.Line(v.Type + " fv = " + v.Load("fr", "i") + ";");
                        w.Line(v.Type + " yv = " + v.Load("yr", "i") + ";");
                        if (floatLoss)
                        {
                            w.Line(v.Store(rows + "(yv, fv, lossScale, gScaleV, ref lossV)", "fr", "i"));
                        }
                        else if (v.ElementType == "float")
                        {
                            w.Line(vd + " g0 = " + rows + "(" + v.Static + ".WidenLower(yv), " + v.Static + ".WidenLower(fv), lossScale, gScaleV, ref lossV);");
                            w.Line(vd + " g1 = " + rows + "(" + v.Static + ".WidenUpper(yv), " + v.Static + ".WidenUpper(fv), lossScale, gScaleV, ref lossV);");
                            w.Line(v.Store(v.Static + ".Narrow(g0, g1)", "fr", "i"));
                        }
                        else
                        {
                            w.Line(v.Store(rows + "(yv, fv, lossScale, gScaleV, ref lossV)", "fr", "i"));
                        }
                    }
                    w.Line("lossSum = " + v.Static + ".Sum(lossV);");
                    w.Line("// remainder rows one at a time");
                }
                else
                {
                    w.Line("// the loss and g_i row by row, written over f");
                }
                using (w.Block("for (; i < rows; i++)"))
                {
                    w.Line("double f = _f[i];");
                    w.Line("double yi = y[i];");
                    EmitLoss(w, spec, derivative: true);
                    w.Line("_f[i] = (" + t + ")(dl * gScale);");
                }
                w.Line("return lossSum / rows;");
            }
            w.Line();
        }

        private static void EmitBackwardColumns(IndentedWriter w, KernelSpec spec, VectorFlavor v)
        {
            string t = ElementName(spec);
            bool tied = spec.Output == OutputLayer.TiedToNorm;
            bool needA = spec.TrainsSecond || tied;
            w.Line("// over the columns [j0, j1), with g_i in f: " + (needA ? "∂L/∂a_j = Σ_i g_i σ(z_ij)" + (spec.TrainsFirst ? ", " : "") : "") + (spec.TrainsFirst ? "Δ_ij = g_i a_j σ'(z_ij) written over Z" : "") + (spec.Bias ? ", ∂L/∂b_j = Σ_i Δ_ij" : ""));
            w.Line(HotPath);
            using (w.Block("private void BackwardColumns" + v.Suffix + "(int rows, int j0, int j1)"))
            {
                w.Line("ref " + t + " z = ref _z.Start;");
                if (spec.TrainsFirst) w.Line("ref " + t + " a = ref _a.Start;");
                if (needA) w.Line("ref " + t + " gA = ref _gA.Start;");
                if (spec.Bias) w.Line("ref " + t + " gB = ref _gB.Start;");
                w.Line(ActivationConstantsLine(spec, v));
                w.Line("ref " + t + " fr = ref " + Marshal + ".GetArrayDataReference(_f);");
                w.Line("// Δ and the output/bias gradients, " + I(v.Tile) + " vectors of neurons at a time down the batch: the sums stay in registers, one store each");
                using (w.Block("for (int j = j0; j < j1; j += " + I(v.Tile * v.Lanes) + ")"))
                {
                    w.Line("ref " + t + " zj = ref " + Unsafe + ".Add(ref z, j);");
                    for (int c = 0; c < v.Tile; c++)
                    {
                        if (spec.TrainsFirst) w.Line(v.Type + " a" + I(c) + " = " + v.Load("a", Off("j", c * v.Lanes)) + ";");
                        if (needA) w.Line(v.Type + " sumA" + I(c) + " = " + v.Zero + ";");
                        if (spec.Bias) w.Line(v.Type + " sumB" + I(c) + " = " + v.Zero + ";");
                    }
                    using (w.Block("for (int i = 0; i < rows; i++)"))
                    {
                        w.Line(v.Type + " gs = " + v.Splat(Unsafe + ".Add(ref fr, i)") + ";");
                        for (int c = 0; c < v.Tile; c++)
                        {
                            string zc = "z" + I(c);
                            w.Line(v.Type + " " + zc + " = " + v.Load("zj", I(c * v.Lanes)) + ";");
                            if (needA) w.Line("sumA" + I(c) + " = " + v.MultiplyAdd("gs", ActivationExpression(spec, zc), "sumA" + I(c)) + ";");
                            if (spec.TrainsFirst)
                            {
                                w.Line(v.Type + " delta" + I(c) + " = " + BackpropExpression(spec, v, zc, "gs * a" + I(c)) + ";");
                                w.Line(v.Store("delta" + I(c), "zj", I(c * v.Lanes)));
                                if (spec.Bias) w.Line("sumB" + I(c) + " = sumB" + I(c) + " + delta" + I(c) + ";");
                            }
                        }
                        w.Line("zj = ref " + Unsafe + ".Add(ref zj, Ld);");
                    }
                    for (int c = 0; c < v.Tile; c++)
                    {
                        if (needA) w.Line(v.Store("sumA" + I(c), "gA", Off("j", c * v.Lanes)));
                        if (spec.Bias) w.Line(v.Store("sumB" + I(c), "gB", Off("j", c * v.Lanes)));
                    }
                }
            }
            w.Line();
        }

        private static void EmitGradientPass(IndentedWriter w, KernelSpec spec, VectorFlavor v)
        {
            string t = ElementName(spec);
            bool tied = spec.Output == OutputLayer.TiedToNorm;
            int inputTile = spec.Tuning.InputsPerTile;
            int main = spec.Inputs - spec.Inputs % inputTile;
            w.Line("// weight gradient Gᵀ[k, j] = Σ_i x_ik Δ_ij: " + I(inputTile) + " inputs × " + I(v.Tile) + " vectors of neurons per tile, loop over the batch;");
            w.Line("// epilogue: " + (tied ? "add the tied term (∂L/∂a_j/‖w_j‖)·w_j, " : "") + "w ← w − rate_j·G, accumulate the new ‖w_j‖² (apply), or store G (gradient only)");
            w.Line(HotPath);
            using (w.Block("private void GradientPass" + v.Suffix + "(ref " + t + " xr, int rows, bool apply, int j0, int j1)"))
            {
                w.Line("ref " + t + " wt = ref _wt.Start;");
                w.Line("ref " + t + " delta = ref _z.Start;");
                w.Line("ref " + t + " rate = ref _rateW.Start;");
                w.Line("ref " + t + " norm2 = ref _norm2.Start;");
                w.Line("ref " + t + " gt = ref (apply ? _wt : _gradT!).Start;");
                if (LazyNorms(spec)) w.Line("bool norms = apply && _norms; // ‖w_j‖² of the new weights, for a norm cap");
                if (tied)
                {
                    w.Line("ref " + t + " tc = ref _tied.Start;");
                    w.Line("ref " + t + " a = ref _a.Start;");
                }
                using (w.Block("for (int j = j0; j < j1; j += " + I(v.Tile * v.Lanes) + ")"))
                {
                    for (int c = 0; c < v.Tile; c++)
                    {
                        w.Line(v.Type + " r" + I(c) + " = -" + v.Load("rate", Off("j", c * v.Lanes)) + "; // −rate_j: the update is one multiply-add");
                        if (tied) w.Line(v.Type + " t" + I(c) + " = " + v.Load("tc", Off("j", c * v.Lanes)) + ";");
                        w.Line(v.Type + " n" + I(c) + " = " + v.Zero + ";");
                    }
                    if (main > 0)
                    {
                        using (w.Block("for (int k = 0; k < " + I(main) + "; k += " + I(inputTile) + ")"))
                            EmitGradientTile(w, spec, v, "k", inputTile);
                    }
                    if (main < spec.Inputs)
                    {
                        using (w.Block("// tail tile: the last " + I(spec.Inputs - main) + " input" + (spec.Inputs - main > 1 ? "s" : "") + " (d mod " + I(inputTile) + ")", "}"))
                            EmitGradientTile(w, spec, v, I(main), spec.Inputs - main);
                    }
                    using (w.Block(LazyNorms(spec) ? "if (norms)" : "if (apply)"))
                    {
                        for (int c = 0; c < v.Tile; c++)
                        {
                            w.Line(v.Store("n" + I(c), "norm2", Off("j", c * v.Lanes)));
                            if (tied) w.Line(v.Store(v.Sqrt("n" + I(c)), "a", Off("j", c * v.Lanes)) + " // a_j = ‖w_j‖ at the new weights");
                        }
                    }
                }
            }
            w.Line();
        }

        /// <summary>
        /// Whether the weight-gradient pass sums ‖w_j‖² only when the step has a norm cap (the one reader of them): the
        /// first layer is trained and a is free (a tied a_j = ‖w_j‖ needs them every step). A step with a cap after steps
        /// without one recomputes them from W first (RecomputeNorms).
        /// </summary>
        public static bool LazyNorms(KernelSpec spec) => spec.TrainsFirst && spec.Output != OutputLayer.TiedToNorm;

        private static void EmitGradientTile(IndentedWriter w, KernelSpec spec, VectorFlavor v, string k, int inputs)
        {
            string t = ElementName(spec);
            bool tied = spec.Output == OutputLayer.TiedToNorm;
            for (int r = 0; r < inputs; r++)
                for (int c = 0; c < v.Tile; c++)
                    w.Line(v.Type + " c" + I(r) + I(c) + " = " + v.Zero + ";");
            if (spec.Tuning.Prefetch > 0 && !v.IsScalar)
            {
                w.Line("// prefetch the weights the update reads after the batch loop");
                w.Line("ref " + t + " wpf = ref " + Unsafe + ".Add(ref wt, " + k + " * Ld + j);");
                for (int r = 0; r < inputs; r++)
                    EmitPrefetchRow(w, spec, "wpf", r == 0 ? "" : I(r) + " * Ld", v.Tile * v.Lanes);
            }
            w.Line("ref " + t + " xi = ref " + Unsafe + ".Add(ref xr, " + k + ");");
            w.Line("ref " + t + " di = ref " + Unsafe + ".Add(ref delta, j);");
            using (w.Block("for (int i = 0; i < rows; i++)"))
            {
                for (int c = 0; c < v.Tile; c++)
                    w.Line(v.Type + " d" + I(c) + " = " + v.Load("di", I(c * v.Lanes)) + ";");
                for (int r = 0; r < inputs; r++)
                {
                    w.Line(v.Type + " x" + I(r) + " = " + v.Splat(Unsafe + ".Add(ref xi, " + I(r) + ")") + ";");
                    for (int c = 0; c < v.Tile; c++)
                        w.Line("c" + I(r) + I(c) + " = " + v.MultiplyAdd("x" + I(r), "d" + I(c), "c" + I(r) + I(c)) + ";");
                }
                w.Line("xi = ref " + Unsafe + ".Add(ref xi, D);");
                w.Line("di = ref " + Unsafe + ".Add(ref di, Ld);");
            }
            for (int r = 0; r < inputs; r++)
                for (int c = 0; c < v.Tile; c++)
                {
                    string off = "(" + k + (r == 0 ? "" : " + " + I(r)) + ") * Ld + " + Off("j", c * v.Lanes);
                    string acc = "c" + I(r) + I(c);
                    string wv = "w" + I(r) + I(c);
                    w.Line(v.Type + " " + wv + " = " + v.Load("wt", off) + ";");
                    if (tied) w.Line(acc + " = " + v.MultiplyAdd("t" + I(c), wv, acc) + ";");
                }
            using (w.Block("if (apply)"))
            {
                for (int r = 0; r < inputs; r++)
                    for (int c = 0; c < v.Tile; c++)
                    {
                        string off = "(" + k + (r == 0 ? "" : " + " + I(r)) + ") * Ld + " + Off("j", c * v.Lanes);
                        string wv = "w" + I(r) + I(c);
                        w.Line(wv + " = " + v.MultiplyAdd("r" + I(c), "c" + I(r) + I(c), wv) + ";");
                        w.Line(v.Store(wv, "wt", off));
                        if (!LazyNorms(spec)) w.Line("n" + I(c) + " = " + v.MultiplyAdd(wv, wv, "n" + I(c)) + ";");
                    }
                if (LazyNorms(spec))
                {
                    using (w.Block("if (norms)"))
                    {
                        for (int r = 0; r < inputs; r++)
                            for (int c = 0; c < v.Tile; c++)
                            {
                                string wv = "w" + I(r) + I(c);
                                w.Line("n" + I(c) + " = " + v.MultiplyAdd(wv, wv, "n" + I(c)) + ";");
                            }
                    }
                }
            }
            using (w.Block("else"))
            {
                for (int r = 0; r < inputs; r++)
                    for (int c = 0; c < v.Tile; c++)
                    {
                        string off = "(" + k + (r == 0 ? "" : " + " + I(r)) + ") * Ld + " + Off("j", c * v.Lanes);
                        w.Line(v.Store("c" + I(r) + I(c), "gt", off));
                    }
            }
        }
    }
}
