namespace XorGen.Generators
{
    /// <summary>The backward pass: per-row loss derivative and Δ, then the weight-gradient micro-kernel with the fused update.</summary>
    public static partial class KernelEmitter
    {
        private static void EmitBackwardRows(IndentedWriter w, KernelSpec spec, VectorFlavor v)
        {
            string t = ElementName(spec);
            bool tied = spec.Output == OutputLayer.TiedToNorm;
            bool needA = spec.TrainsSecond || tied;
            w.Line("// loss, g_i = ℓ'(y_i, f_i)·s/B, " + (needA ? "∂L/∂a_j += g_i σ(z_ij), " : "") + (spec.TrainsFirst ? "Δ_ij = g_i a_j σ'(z_ij) written over Z" : "") + (spec.Bias ? ", ∂L/∂b_j += Δ_ij" : ""));
            using (w.Block("private double BackwardRows" + v.Suffix + "(global::System.ReadOnlySpan<" + t + "> y, int rows)"))
            {
                w.Line("ref " + t + " z = ref " + Marshal + ".GetArrayDataReference(_z);");
                if (spec.TrainsFirst) w.Line("ref " + t + " a = ref " + Marshal + ".GetArrayDataReference(_a);");
                if (needA)
                {
                    w.Line("global::System.Array.Clear(_gA);");
                    w.Line("ref " + t + " gA = ref " + Marshal + ".GetArrayDataReference(_gA);");
                }
                if (spec.Bias)
                {
                    w.Line("global::System.Array.Clear(_gB);");
                    w.Line("ref " + t + " gB = ref " + Marshal + ".GetArrayDataReference(_gB);");
                }
                w.Line("double gScale = " + Literals.Double(spec.ScaleValue) + " / rows; // s/B");
                w.Line("double lossSum = 0;");
                using (w.Block("for (int i = 0; i < rows; i++)"))
                {
                    w.Line("double f = _f[i];");
                    w.Line("double yi = y[i];");
                    EmitLoss(w, spec, derivative: true);
                    w.Line(v.Type + " gs = " + v.Splat("(" + t + ")(dl * gScale)") + ";");
                    w.Line("ref " + t + " zi = ref " + Unsafe + ".Add(ref z, i * MPad);");
                    using (w.Block("for (int j = 0; j < MPad; j += " + I(v.Lanes) + ")"))
                    {
                        w.Line(v.Type + " zv = " + v.Load("zi", "j") + ";");
                        if (needA) w.Line(v.Store(v.MultiplyAdd("gs", ActivationExpression(spec, v, "zv"), v.Load("gA", "j")), "gA", "j"));
                        if (spec.TrainsFirst)
                        {
                            w.Line(v.Type + " delta = gs * " + v.Load("a", "j") + " * " + DerivativeExpression(spec, v, "zv") + ";");
                            w.Line(v.Store("delta", "zi", "j"));
                            if (spec.Bias) w.Line(v.Store(v.Load("gB", "j") + " + delta", "gB", "j"));
                        }
                    }
                }
                w.Line("return lossSum / rows;");
            }
            w.Line();
        }

        private static void EmitGradientPass(IndentedWriter w, KernelSpec spec, VectorFlavor v)
        {
            string t = ElementName(spec);
            bool tied = spec.Output == OutputLayer.TiedToNorm;
            int main = spec.Inputs - spec.Inputs % InputTile;
            w.Line("// weight gradient Gᵀ[k, j] = Σ_i x_ik Δ_ij: " + I(InputTile) + " inputs × " + I(VectorTile) + " vectors of neurons per tile, loop over the batch;");
            w.Line("// epilogue: " + (tied ? "add the tied term (∂L/∂a_j/‖w_j‖)·w_j, " : "") + "w ← w − rate_j·G, accumulate the new ‖w_j‖² (apply), or store G (gradient only)");
            using (w.Block("private void GradientPass" + v.Suffix + "(ref " + t + " xr, int rows, bool apply)"))
            {
                w.Line("ref " + t + " wt = ref " + Marshal + ".GetArrayDataReference(_wt);");
                w.Line("ref " + t + " delta = ref " + Marshal + ".GetArrayDataReference(_z);");
                w.Line("ref " + t + " rate = ref " + Marshal + ".GetArrayDataReference(_rateW);");
                w.Line("ref " + t + " norm2 = ref " + Marshal + ".GetArrayDataReference(_norm2);");
                w.Line("ref " + t + " gt = ref " + Marshal + ".GetArrayDataReference(apply ? _wt : _gradT!);");
                if (tied)
                {
                    w.Line("ref " + t + " tc = ref " + Marshal + ".GetArrayDataReference(_tied);");
                    w.Line("ref " + t + " a = ref " + Marshal + ".GetArrayDataReference(_a);");
                }
                using (w.Block("for (int j = 0; j < MPad; j += " + I(VectorTile * v.Lanes) + ")"))
                {
                    for (int c = 0; c < VectorTile; c++)
                    {
                        w.Line(v.Type + " r" + I(c) + " = " + v.Load("rate", Off("j", c * v.Lanes)) + ";");
                        if (tied) w.Line(v.Type + " t" + I(c) + " = " + v.Load("tc", Off("j", c * v.Lanes)) + ";");
                        w.Line(v.Type + " n" + I(c) + " = " + v.Zero + ";");
                    }
                    if (main > 0)
                    {
                        using (w.Block("for (int k = 0; k < " + I(main) + "; k += " + I(InputTile) + ")"))
                            EmitGradientTile(w, spec, v, "k", InputTile);
                    }
                    if (main < spec.Inputs)
                    {
                        using (w.Block("// tail tile: the last " + I(spec.Inputs - main) + " input" + (spec.Inputs - main > 1 ? "s" : "") + " (d mod " + I(InputTile) + ")", "}"))
                            EmitGradientTile(w, spec, v, I(main), spec.Inputs - main);
                    }
                    using (w.Block("if (apply)"))
                    {
                        for (int c = 0; c < VectorTile; c++)
                        {
                            w.Line(v.Store("n" + I(c), "norm2", Off("j", c * v.Lanes)));
                            if (tied) w.Line(v.Store(v.Sqrt("n" + I(c)), "a", Off("j", c * v.Lanes)) + " // a_j = ‖w_j‖ at the new weights");
                        }
                    }
                }
            }
            w.Line();
        }

        private static void EmitGradientTile(IndentedWriter w, KernelSpec spec, VectorFlavor v, string k, int inputs)
        {
            string t = ElementName(spec);
            bool tied = spec.Output == OutputLayer.TiedToNorm;
            for (int r = 0; r < inputs; r++)
                for (int c = 0; c < VectorTile; c++)
                    w.Line(v.Type + " c" + I(r) + I(c) + " = " + v.Zero + ";");
            using (w.Block("for (int i = 0; i < rows; i++)"))
            {
                w.Line("ref " + t + " xi = ref " + Unsafe + ".Add(ref xr, i * D + " + k + ");");
                for (int c = 0; c < VectorTile; c++)
                    w.Line(v.Type + " d" + I(c) + " = " + v.Load("delta", "i * MPad + " + Off("j", c * v.Lanes)) + ";");
                for (int r = 0; r < inputs; r++)
                {
                    w.Line(v.Type + " x" + I(r) + " = " + v.Splat(Unsafe + ".Add(ref xi, " + I(r) + ")") + ";");
                    for (int c = 0; c < VectorTile; c++)
                        w.Line("c" + I(r) + I(c) + " = " + v.MultiplyAdd("x" + I(r), "d" + I(c), "c" + I(r) + I(c)) + ";");
                }
            }
            for (int r = 0; r < inputs; r++)
                for (int c = 0; c < VectorTile; c++)
                {
                    string off = "(" + k + (r == 0 ? "" : " + " + I(r)) + ") * MPad + " + Off("j", c * v.Lanes);
                    string acc = "c" + I(r) + I(c);
                    string wv = "w" + I(r) + I(c);
                    w.Line(v.Type + " " + wv + " = " + v.Load("wt", off) + ";");
                    if (tied) w.Line(acc + " = " + v.MultiplyAdd("t" + I(c), wv, acc) + ";");
                }
            using (w.Block("if (apply)"))
            {
                for (int r = 0; r < inputs; r++)
                    for (int c = 0; c < VectorTile; c++)
                    {
                        string off = "(" + k + (r == 0 ? "" : " + " + I(r)) + ") * MPad + " + Off("j", c * v.Lanes);
                        string wv = "w" + I(r) + I(c);
                        w.Line(wv + " -= r" + I(c) + " * c" + I(r) + I(c) + ";");
                        w.Line(v.Store(wv, "wt", off));
                        w.Line("n" + I(c) + " = " + v.MultiplyAdd(wv, wv, "n" + I(c)) + ";");
                    }
            }
            using (w.Block("else"))
            {
                for (int r = 0; r < inputs; r++)
                    for (int c = 0; c < VectorTile; c++)
                    {
                        string off = "(" + k + (r == 0 ? "" : " + " + I(r)) + ") * MPad + " + Off("j", c * v.Lanes);
                        w.Line(v.Store("c" + I(r) + I(c), "gt", off));
                    }
            }
        }
    }
}
