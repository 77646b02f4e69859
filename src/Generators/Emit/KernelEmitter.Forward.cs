namespace XorGen.Generators
{
    /// <summary>The forward pass: the pre-activation micro-kernel Z = X·Wᵀ (+ b) and the outputs f = s·Σ_j a_j σ(z_j).</summary>
    public static partial class KernelEmitter
    {
        private static void EmitForward(IndentedWriter w, KernelSpec spec, VectorFlavor v)
        {
            string t = ElementName(spec);
            int l = v.Lanes;
            w.Line("// pre-activations Z[i, j] = Σ_k x_ik w_j[k]" + (spec.Bias ? " + b_j" : "") + ": " + I(RowTile) + " rows × " + I(VectorTile) + " vectors of neurons per tile");
            using (w.Block("private void Forward" + v.Suffix + "(ref " + t + " xr, int rows)"))
            {
                w.Line("ref " + t + " wt = ref " + Marshal + ".GetArrayDataReference(_wt);");
                w.Line("ref " + t + " z = ref " + Marshal + ".GetArrayDataReference(_z);");
                if (spec.Bias) w.Line("ref " + t + " b = ref " + Marshal + ".GetArrayDataReference(_b);");
                w.Line("int i = 0;");
                EmitForwardTile(w, spec, v, RowTile, "for (; i + " + I(RowTile) + " <= rows; i += " + I(RowTile) + ")");
                w.Line("// remainder rows: 1 row × " + I(VectorTile) + " vectors");
                EmitForwardTile(w, spec, v, 1, "for (; i < rows; i++)");
            }
            w.Line();
            _ = l;
        }

        private static void EmitForwardTile(IndentedWriter w, KernelSpec spec, VectorFlavor v, int rowsInTile, string loop)
        {
            string t = ElementName(spec);
            using (w.Block(loop))
            {
                for (int r = 0; r < rowsInTile; r++)
                    w.Line("ref " + t + " x" + I(r) + " = ref " + Unsafe + ".Add(ref xr, (i + " + I(r) + ") * D);");
                using (w.Block("for (int j = 0; j < MPad; j += " + I(VectorTile * v.Lanes) + ")"))
                {
                    for (int r = 0; r < rowsInTile; r++)
                        for (int c = 0; c < VectorTile; c++)
                            w.Line(v.Type + " c" + I(r) + I(c) + " = " + (spec.Bias ? v.Load("b", Off("j", c * v.Lanes)) : v.Zero) + ";");
                    if (spec.Inputs <= FullUnrollLimit)
                    {
                        w.Line("// d = " + I(spec.Inputs) + ": the loop over inputs is unrolled completely");
                        for (int k = 0; k < spec.Inputs; k++) EmitForwardStep(w, v, rowsInTile, I(k));
                    }
                    else
                    {
                        int main = spec.Inputs - spec.Inputs % 4;
                        using (w.Block("for (int k = 0; k < " + I(main) + "; k += 4)"))
                        {
                            for (int u = 0; u < 4; u++) EmitForwardStep(w, v, rowsInTile, u == 0 ? "k" : "k + " + I(u));
                        }
                        if (main < spec.Inputs) w.Line("// constant tail of d mod 4 = " + I(spec.Inputs - main) + " inputs");
                        for (int k = main; k < spec.Inputs; k++) EmitForwardStep(w, v, rowsInTile, I(k));
                    }
                    for (int r = 0; r < rowsInTile; r++)
                        for (int c = 0; c < VectorTile; c++)
                            w.Line(v.Store("c" + I(r) + I(c), "z", "(i + " + I(r) + ") * MPad + " + Off("j", c * v.Lanes)));
                }
            }
        }

        private static void EmitForwardStep(IndentedWriter w, VectorFlavor v, int rowsInTile, string k)
        {
            using (w.Block("// input " + k, "}"))
            {
                for (int c = 0; c < VectorTile; c++)
                    w.Line(v.Type + " w" + I(c) + " = " + v.Load("wt", "(" + k + ") * MPad + " + Off("j", c * v.Lanes)) + ";");
                for (int r = 0; r < rowsInTile; r++)
                {
                    w.Line(v.Type + " x" + I(r) + "k = " + v.Splat(Unsafe + ".Add(ref x" + I(r) + ", " + k + ")") + ";");
                    for (int c = 0; c < VectorTile; c++)
                        w.Line("c" + I(r) + I(c) + " = " + v.MultiplyAdd("x" + I(r) + "k", "w" + I(c), "c" + I(r) + I(c)) + ";");
                }
            }
        }

        private static void EmitOutputs(IndentedWriter w, KernelSpec spec, VectorFlavor v)
        {
            string t = ElementName(spec);
            w.Line("// outputs f_i = s·Σ_j a_j σ(z_ij), " + I(VectorTile) + " vector accumulators per row");
            using (w.Block("private void Outputs" + v.Suffix + "(int rows)"))
            {
                w.Line("ref " + t + " z = ref " + Marshal + ".GetArrayDataReference(_z);");
                w.Line("ref " + t + " a = ref " + Marshal + ".GetArrayDataReference(_a);");
                using (w.Block("for (int i = 0; i < rows; i++)"))
                {
                    w.Line("ref " + t + " zi = ref " + Unsafe + ".Add(ref z, i * MPad);");
                    for (int c = 0; c < VectorTile; c++) w.Line(v.Type + " acc" + I(c) + " = " + v.Zero + ";");
                    using (w.Block("for (int j = 0; j < MPad; j += " + I(VectorTile * v.Lanes) + ")"))
                    {
                        for (int c = 0; c < VectorTile; c++)
                        {
                            w.Line(v.Type + " z" + I(c) + " = " + v.Load("zi", Off("j", c * v.Lanes)) + ";");
                            w.Line("acc" + I(c) + " = " + v.MultiplyAdd(v.Load("a", Off("j", c * v.Lanes)), ActivationExpression(spec, v, "z" + I(c)), "acc" + I(c)) + ";");
                        }
                    }
                    w.Line("_f[i] = S * " + v.Sum("acc0 + acc1") + ";");
                }
            }
            w.Line();
        }

        private static string Off(string j, int add) => add == 0 ? j : j + " + " + I(add);
    }
}
