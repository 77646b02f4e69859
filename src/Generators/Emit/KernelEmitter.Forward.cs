namespace XorGen.Generators
{
    /// <summary>The forward pass: the pre-activation micro-kernel Z = X·Wᵀ (+ b) and the outputs f = s·Σ_j a_j σ(z_j).</summary>
    public static partial class KernelEmitter
    {
        private static void EmitForward(IndentedWriter w, KernelSpec spec, VectorFlavor v)
        {
            string t = ElementName(spec);
            int rowTile = v.Rows;
            w.Line("// pre-activations Z[i, j] = Σ_k x_ik w_j[k]" + (spec.Bias ? " + b_j" : "") + ": for each column block of " + I(v.Tile) + " vectors of neurons (its d × "
                + I(v.Tile * v.Lanes) + " weights stay in L1), " + I(rowTile) + " rows × " + I(v.Tile) + " vectors of accumulators per tile");
            w.Line(HotPath);
            bool pack = PacksWeightBlocks(spec);
            int width = v.Tile * v.Lanes;
            if (pack)
                w.Line("// Wᵀ is " + I((int)(WeightBytes(spec) >> 20)) + " MiB, its rows " + I(RowStride(spec) * ElementSize(spec)) + " bytes apart: each column block's d × " + I(width)
                    + " weights are first copied into a contiguous per-thread block, so the row tiles read " + I((spec.Inputs * width * ElementSize(spec) + 4095) / 4096)
                    + " pages of it, not " + I(spec.Inputs) + " (one per input: the page walks then cost more than the FMAs)");
            using (w.Block("private void Forward" + v.Suffix + "(ref " + t + " xr, int rows, int j0, int j1)"))
            {
                w.Line("ref " + t + " wt = ref _wt.Start;");
                w.Line("ref " + t + " z = ref _z.Start;");
                if (spec.Bias) w.Line("ref " + t + " b = ref _b.Start;");
                if (pack)
                {
                    w.Line("AlignedArray<" + t + "> packed = t_packed is { Length: >= D * " + I(width) + " } p ? p : (t_packed = new AlignedArray<" + t + ">(D * " + I(width) + "));");
                    w.Line("ref " + t + " wp = ref packed.Start;");
                }
                using (w.Block("for (int j = j0; j < j1; j += " + I(width) + ")"))
                {
                    if (spec.Bias)
                        for (int c = 0; c < v.Tile; c++) w.Line(v.Type + " b" + I(c) + " = " + v.Load("b", Off("j", c * v.Lanes)) + ";");
                    if (pack)
                    {
                        w.Line("ref " + t + " wj = ref " + Unsafe + ".Add(ref wt, j);");
                        using (w.Block("for (int k = 0; k < D; k++)"))
                        {
                            if (spec.Tuning.Prefetch > 0 && !v.IsScalar)
                                EmitPrefetchRow(w, spec, "wj", "(k + " + I(spec.Tuning.Prefetch) + ") * Ld", width);
                            for (int c = 0; c < v.Tile; c++)
                                w.Line(v.Store(v.Load("wj", "k * Ld + " + I(c * v.Lanes)), "wp", "k * " + I(width) + " + " + I(c * v.Lanes)));
                        }
                    }
                    w.Line("int i = 0;");
                    if (rowTile > 1)
                        EmitForwardTile(w, spec, v, rowTile, "for (; i + " + I(rowTile) + " <= rows; i += " + I(rowTile) + ")", pack);
                    // fewer than rowTile rows are left: tiles of 4, then 2 rows (each at most once), then single rows, so a
                    // remainder keeps several rows' accumulators in flight (a batch of 32 in 6-row tiles leaves 2 rows, which
                    // one row at a time would run at the latency of one FMA chain per vector)
                    foreach (int tail in RemainderTiles(rowTile))
                    {
                        w.Line("// remainder rows: " + I(tail) + (tail == 1 ? " row × " : " rows × ") + I(v.Tile) + " vectors");
                        EmitForwardTile(w, spec, v, tail, tail == 1 ? "for (; i < rows; i++)" : "for (; i + " + I(tail) + " <= rows; i += " + I(tail) + ")", pack);
                    }
                }
            }
            w.Line();
        }

        /// <summary>
        /// The row tiles after the main loop of <paramref name="rowTile"/>-row tiles: 4 and 2 where smaller than it, then 1.
        /// Fewer than <paramref name="rowTile"/> rows are left there, so each of the 4- and 2-row loops runs at most once (for a
        /// tile of up to 8 rows) and the rows of a remainder are still computed in tiles; every z_ij sums its inputs in the same order.
        /// </summary>
        internal static System.Collections.Generic.IEnumerable<int> RemainderTiles(int rowTile)
        {
            if (rowTile > 4) yield return 4;
            if (rowTile > 2) yield return 2;
            yield return 1;
        }

        /// <summary>Bytes of Wᵀ (d rows of the row stride).</summary>
        private static long WeightBytes(KernelSpec spec) => (long)spec.Inputs * RowStride(spec) * ElementSize(spec);

        /// <summary>Bytes of one element of the spec's type.</summary>
        private static int ElementSize(KernelSpec spec) => spec.Element == Precision.Float ? 4 : 8;

        /// <summary>
        /// Whether the forward pass copies each column block of Wᵀ into a contiguous block first: when Wᵀ is larger than
        /// <see cref="PackThresholdBytes"/>. Its d rows are then far apart (one page and one page-table entry each, the upper
        /// levels of the walk no longer cached); measured on Zen 5 at d = 256, B = 2560: 2.8 ns per pre-activation at
        /// m = 4096 (4 MiB), 3.7 at m = 65536, 5.7–7.5 at m = 262144 without the copy.
        /// </summary>
        public static bool PacksWeightBlocks(KernelSpec spec) => WeightBytes(spec) > PackThresholdBytes;

        /// <summary>The size of Wᵀ above which the forward pass packs its column blocks (<see cref="PacksWeightBlocks"/>).</summary>
        public const long PackThresholdBytes = 8L << 20;

        private static void EmitForwardTile(IndentedWriter w, KernelSpec spec, VectorFlavor v, int rowsInTile, string loop, bool pack)
        {
            string t = ElementName(spec);
            string stride = pack ? I(v.Tile * v.Lanes) : "Ld";
            using (w.Block(loop))
            {
                // refs that advance with k, so every load below has a constant displacement
                w.Line(pack ? "ref " + t + " wk = ref wp;" : "ref " + t + " wk = ref " + Unsafe + ".Add(ref wt, j);");
                for (int r = 0; r < rowsInTile; r++)
                    w.Line("ref " + t + " x" + I(r) + " = ref " + Unsafe + ".Add(ref xr, (i + " + I(r) + ") * D);");
                for (int r = 0; r < rowsInTile; r++)
                    for (int c = 0; c < v.Tile; c++)
                        w.Line(v.Type + " c" + I(r) + I(c) + " = " + (spec.Bias ? "b" + I(c) : v.Zero) + ";");
                int unroll = spec.Tuning.UnrollFor(spec.Inputs);
                if (unroll >= spec.Inputs)
                {
                    w.Line("// d = " + I(spec.Inputs) + ": the loop over inputs is unrolled completely");
                    for (int k = 0; k < spec.Inputs; k++) EmitForwardStep(w, spec, v, rowsInTile, k, stride, pack);
                }
                else
                {
                    int main = spec.Inputs - spec.Inputs % unroll;
                    using (w.Block("for (int k = 0; k < " + I(main) + "; k += " + I(unroll) + ")"))
                    {
                        for (int u = 0; u < unroll; u++) EmitForwardStep(w, spec, v, rowsInTile, u, stride, pack);
                        w.Line("wk = ref " + Unsafe + ".Add(ref wk, " + I(unroll) + " * " + stride + ");");
                        for (int r = 0; r < rowsInTile; r++) w.Line("x" + I(r) + " = ref " + Unsafe + ".Add(ref x" + I(r) + ", " + I(unroll) + ");");
                    }
                    if (main < spec.Inputs) w.Line("// constant tail of d mod " + I(unroll) + " = " + I(spec.Inputs - main) + " inputs");
                    for (int k = main; k < spec.Inputs; k++) EmitForwardStep(w, spec, v, rowsInTile, k - main, stride, pack);
                }
                for (int r = 0; r < rowsInTile; r++)
                    for (int c = 0; c < v.Tile; c++)
                        w.Line(v.Store("c" + I(r) + I(c), "z", "(i + " + I(r) + ") * Ld + " + Off("j", c * v.Lanes)));
            }
        }

        private static void EmitForwardStep(IndentedWriter w, KernelSpec spec, VectorFlavor v, int rowsInTile, int u, string stride, bool pack)
        {
            using (w.Block("// input +" + I(u), "}"))
            {
                int ahead = spec.Tuning.Prefetch;
                if (ahead > 0 && !v.IsScalar && !pack)
                    EmitPrefetchRow(w, spec, "wk", I(u + ahead) + " * " + stride, v.Tile * v.Lanes);
                for (int c = 0; c < v.Tile; c++)
                    w.Line(v.Type + " w" + I(c) + " = " + v.Load("wk", (u == 0 ? "" : I(u) + " * " + stride + " + ") + I(c * v.Lanes)) + ";");
                for (int r = 0; r < rowsInTile; r++)
                {
                    w.Line(v.Type + " x" + I(r) + "k = " + v.Splat(Unsafe + ".Add(ref x" + I(r) + ", " + I(u) + ")") + ";");
                    for (int c = 0; c < v.Tile; c++)
                        w.Line("c" + I(r) + I(c) + " = " + v.MultiplyAdd("x" + I(r) + "k", "w" + I(c), "c" + I(r) + I(c)) + ";");
                }
            }
        }

        /// <summary>
        /// Prefetch hints for every cache line of a row of <paramref name="width"/> elements at <paramref name="origin"/> +
        /// <paramref name="row"/> (an element offset expression, or "" for the origin's own row), whatever its alignment: one
        /// per 64 bytes, and the last element (the arrays start on a line, but a tile's row may start inside one and straddle one more).
        /// </summary>
        private static void EmitPrefetchRow(IndentedWriter w, KernelSpec spec, string origin, string row, int width)
        {
            int perLine = 64 / ElementSize(spec);
            var offsets = new System.Collections.Generic.List<int>();
            for (int e = 0; e < width; e += perLine) offsets.Add(e);
            if (width > 1) offsets.Add(width - 1);
            foreach (int e in offsets)
                w.Line("Prefetch.L1(ref " + origin + ", " + (row.Length == 0 ? I(e) : e == 0 ? row : row + " + " + I(e)) + ");");
        }

        private static void EmitOutputs(IndentedWriter w, KernelSpec spec, VectorFlavor v)
        {
            string t = ElementName(spec);
            w.Line("// outputs f_i = scale·Σ_j a_j σ(z_ij) over the columns [j0, j1) into f[i] (scale s and f = _f on one thread; 1 and a thread's partial sums otherwise), " + I(v.Tile) + " vector accumulators per row");
            w.Line(HotPath);
            using (w.Block("private void Outputs" + v.Suffix + "(int rows, int j0, int j1, ref " + t + " f, " + t + " scale)"))
            {
                w.Line("ref " + t + " z = ref _z.Start;");
                w.Line("ref " + t + " a = ref _a.Start;");
                w.Line(ActivationConstantsLine(spec, v));
                using (w.Block("for (int i = 0; i < rows; i++)"))
                {
                    w.Line("ref " + t + " zi = ref " + Unsafe + ".Add(ref z, i * Ld);");
                    for (int c = 0; c < v.Tile; c++) w.Line(v.Type + " acc" + I(c) + " = " + v.Zero + ";");
                    using (w.Block("for (int j = j0; j < j1; j += " + I(v.Tile * v.Lanes) + ")"))
                    {
                        for (int c = 0; c < v.Tile; c++)
                        {
                            w.Line(v.Type + " z" + I(c) + " = " + v.Load("zi", Off("j", c * v.Lanes)) + ";");
                            w.Line("acc" + I(c) + " = " + v.MultiplyAdd(v.Load("a", Off("j", c * v.Lanes)), ActivationExpression(spec, "z" + I(c)), "acc" + I(c)) + ";");
                        }
                    }
                    w.Line(Unsafe + ".Add(ref f, i) = scale * " + v.Sum(PairwiseSum(v.Tile, "acc")) + ";");
                }
            }
            w.Line();
        }

        /// <summary>"(acc0 + acc1) + (acc2 + acc3)": the accumulators added as a balanced tree (shorter dependency chain than a row of adds).</summary>
        private static string PairwiseSum(int count, string name)
        {
            var terms = new System.Collections.Generic.List<string>();
            for (int c = 0; c < count; c++) terms.Add(name + I(c));
            while (terms.Count > 1)
            {
                var next = new System.Collections.Generic.List<string>();
                for (int k = 0; k + 1 < terms.Count; k += 2) next.Add(terms.Count == 2 ? terms[k] + " + " + terms[k + 1] : "(" + terms[k] + " + " + terms[k + 1] + ")");
                if (terms.Count % 2 == 1) next.Add(terms[terms.Count - 1]);
                terms = next;
            }
            return terms[0];
        }

        private static string Off(string j, int add) => add == 0 ? j : j + " + " + I(add);
    }
}
