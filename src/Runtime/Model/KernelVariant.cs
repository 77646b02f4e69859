// The tuning knobs of a generated kernel and their rules: compiled into the runtime and, as linked source, into the
// source generator (src/Generators/XorGen.Generators.csproj), so the generator's diagnostics, the run-time specializer,
// `xorgen show --variant` and `xorgen tune` read one definition. Keep this file free of anything netstandard2.0 lacks.
using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace XorGen
{
    /// <summary>How the row stride of the transposed weights and of the workspace is chosen.</summary>
    public enum RowPadding
    {
        /// <summary>The padded width, plus one 64-byte cache line when a row is a multiple of 1 KiB (rows 4 KiB apart share L1 sets).</summary>
        Auto,
        /// <summary>The padded width, never more.</summary>
        None,
        /// <summary>The padded width plus one 64-byte cache line, always.</summary>
        CacheLine,
    }

    /// <summary>
    /// One variant of a generated kernel: the register tiling and unrolling the emitter uses. Every knob at 0 (or
    /// <see cref="RowPadding.Auto"/>) means the emitter's default for the path, so <see cref="Default"/> emits the kernel
    /// a definition without variant arguments gets. A variant changes speed only. Rows, unroll, inputs, padding and
    /// prefetch keep every sum in the same order (bit-identical results); the vector tile sets how many partial sums over
    /// the neurons an output is added up from, and the float loss evaluates ℓ and ℓ′ in float, so those two change float
    /// results in the last bits.
    /// </summary>
    /// <param name="RowTile">Batch rows per register tile of the pre-activation micro-kernel Z = X·Wᵀ (1 to 8; 0 = the path's
    /// default: 4, and on Vector256 as many as fit beside the vectors in its 16 registers, up to 6).</param>
    /// <param name="VectorTile">Vectors of neurons per tile in every micro-kernel (1 to 8; 0 = 4 on Vector512, 2 on narrower paths).
    /// It also sets the column block m is padded to (this × lanes of the widest compiled path).</param>
    /// <param name="Unroll">Unroll of the loop over the d inputs in the pre-activation kernel (1 to 64; 0 = complete for d ≤ 16,
    /// else 4). A value ≥ d unrolls it completely.</param>
    /// <param name="InputTile">Inputs per register tile of the weight-gradient micro-kernel Gᵀ = Xᵀ·Δ (1 to 8; 0 = 4).</param>
    /// <param name="Padding">The row-stride rule.</param>
    /// <param name="Prefetch">Software prefetch of Wᵀ (0 to 64; 0 = none): the pre-activation kernel prefetches the weights
    /// of the input this many ahead, and the weight-gradient kernel the weights its update will read, before its batch loop.
    /// Prefetches change no value (bit-identical results).</param>
    /// <param name="FloatLoss">A float kernel evaluates the per-row loss and ℓ′ in float vectors instead of double (the sum
    /// over rows stays double): fewer instructions per row, float's relative error in ℓ and ℓ′. Float kernels only.</param>
    public sealed record KernelVariant(int RowTile = 0, int VectorTile = 0, int Unroll = 0, int InputTile = 0, RowPadding Padding = RowPadding.Auto, int Prefetch = 0, bool FloatLoss = false)
    {
        /// <summary>The largest row, vector or input tile.</summary>
        public const int MaxTile = 8;
        /// <summary>The largest unroll of the d loop.</summary>
        public const int MaxUnroll = 64;
        /// <summary>The largest prefetch distance, in inputs.</summary>
        public const int MaxPrefetch = 64;
        /// <summary>The default rows per tile (on Vector256: <see cref="DefaultRowTile256"/>, fewer when the vectors leave no room).</summary>
        public const int DefaultRowTile = 4;
        /// <summary>
        /// The default rows per tile on Vector256: 6 rows × 2 vectors = 12 accumulators in its 16 registers. Measured with
        /// <c>xorgen tune</c> on an AMD EPYC Zen 5 under DOTNET_EnableAVX512=0: the 12-accumulator tiles beat 4 × 2 by
        /// 1.1–1.3× at every size tuned (Glasgow d=128 m=128, d=512 m=128, Li–Ma–Zhang).
        /// </summary>
        public const int DefaultRowTile256 = 6;
        /// <summary>The default inputs per gradient tile.</summary>
        public const int DefaultInputTile = 4;
        /// <summary>d up to this is unrolled completely by default; beyond, by <see cref="DefaultUnroll"/>.</summary>
        public const int FullUnrollLimit = 16;
        /// <summary>The default unroll for d above <see cref="FullUnrollLimit"/>.</summary>
        public const int DefaultUnroll = 4;

        /// <summary>The emitter's defaults on every path.</summary>
        public static KernelVariant Default { get; } = new KernelVariant();

        /// <summary>Whether every knob is at its default.</summary>
        public bool IsDefault => Equals(Default);

        /// <summary>Rows per pre-activation tile on a path: the knob, else the path's default.</summary>
        public int RowsPerTile(InstructionSet set)
        {
            if (RowTile != 0) return RowTile;
            if (set != InstructionSet.Vector256) return DefaultRowTile;
            return Math.Max(1, Math.Min(DefaultRowTile256, MostPerTile(set, VectorsPerTile(set))));
        }

        /// <summary>
        /// The most rows (pre-activation tile) or inputs (weight-gradient tile) that fit a path's vector registers beside
        /// <paramref name="vectors"/> vectors: both tiles hold that many × vectors accumulators, the vectors they load, and one broadcast input.
        /// </summary>
        public static int MostPerTile(InstructionSet set, int vectors) => (Registers(set) - vectors - 1) / vectors;

        /// <summary>Inputs per weight-gradient tile.</summary>
        public int InputsPerTile => InputTile == 0 ? DefaultInputTile : InputTile;

        /// <summary>Vectors of neurons per tile on a path.</summary>
        public int VectorsPerTile(InstructionSet set) => VectorTile != 0 ? VectorTile : set == InstructionSet.Vector512 ? 4 : 2;

        /// <summary>The unroll of the d loop at this d (d itself when the loop is unrolled completely).</summary>
        public int UnrollFor(int inputs)
        {
            int u = Unroll != 0 ? Unroll : inputs <= FullUnrollLimit ? inputs : DefaultUnroll;
            return Math.Max(1, Math.Min(u, inputs));
        }

        /// <summary>Vector registers the emitter may count on for a path: 32 zmm with AVX-512, 16 on narrower paths (and scalar).</summary>
        public static int Registers(InstructionSet set) => set == InstructionSet.Vector512 ? 32 : 16;

        /// <summary>Knob values outside their range, as messages ("RowTile = 9 is out of range: ..."); empty when all are valid.</summary>
        public IReadOnlyList<string> RangeProblems()
        {
            var list = new List<string>();
            void Check(string name, int value, int max, string fallback)
            {
                if (value < 0 || value > max)
                    list.Add(Inv($"{name} = {value} is out of range: use 1 to {max}, or 0 for the default ({fallback})"));
            }
            Check("RowTile", RowTile, MaxTile, "4 rows, on Vector256 up to 6");
            Check("VectorTile", VectorTile, MaxTile, "4 vectors on Vector512, 2 on narrower paths");
            Check("Unroll", Unroll, MaxUnroll, "complete for d ≤ 16, else 4");
            Check("InputTile", InputTile, MaxTile, "4 inputs");
            Check("Prefetch", Prefetch, MaxPrefetch, "no prefetch");
            if (!Enum.IsDefined(typeof(RowPadding), Padding)) list.Add(Inv($"Padding = {(int)Padding} is not a RowPadding value"));
            return list;
        }

        /// <summary>Knobs that cannot apply to a kernel of <paramref name="element"/>: the float loss on a double kernel. Empty when none.</summary>
        public IReadOnlyList<string> ElementProblems(Precision element) =>
            FloatLoss && element != Precision.Float
                ? new[] { "FloatLoss (loss=float) applies to float kernels; a " + element.ToString().ToLowerInvariant() + " kernel evaluates its loss in its own precision" }
                : Array.Empty<string>();

        /// <summary>
        /// Tiles whose accumulators and operands do not fit the path's vector registers (the inner loop would spill on
        /// every step): the pre-activation tile needs RowTile × VectorTile accumulators + VectorTile weights + 1 input, the
        /// weight-gradient tile (when W is trained) InputTile × VectorTile accumulators + VectorTile of Δ + 1 input.
        /// </summary>
        public IReadOnlyList<string> RegisterProblems(IEnumerable<InstructionSet> paths, bool trainsFirst)
        {
            var list = new List<string>();
            foreach (var set in paths)
            {
                int v = VectorsPerTile(set), regs = Registers(set);
                int rows = RowsPerTile(set);
                int forward = rows * v + v + 1;
                if (rows > MostPerTile(set, v))
                    list.Add(Inv($"the pre-activation tile of {rows} rows × {v} vectors needs {forward} vector registers ({rows * v} accumulators, {v} weights, 1 input) and {set} has {regs}; use fewer rows or vectors, or pin InstructionSet to a wider path"));
                int gradient = InputsPerTile * v + v + 1;
                if (trainsFirst && InputsPerTile > MostPerTile(set, v))
                    list.Add(Inv($"the weight-gradient tile of {InputsPerTile} inputs × {v} vectors needs {gradient} vector registers ({InputsPerTile * v} accumulators, {v} of Δ, 1 input) and {set} has {regs}; use fewer inputs or vectors, or pin InstructionSet to a wider path"));
            }
            return list;
        }

        /// <summary>
        /// The canonical text: the knobs set, in a fixed order, as "rows=2,vectors=4,unroll=8,inputs=2,padding=none,prefetch=8,loss=float", or
        /// "default" when none is. <see cref="Parse"/> reads it back; the run-time kernel cache keys on it.
        /// </summary>
        public override string ToString()
        {
            var sb = new StringBuilder();
            void Add(string name, string value)
            {
                if (sb.Length > 0) sb.Append(',');
                sb.Append(name).Append('=').Append(value);
            }
            if (RowTile != 0) Add("rows", RowTile.ToString(CultureInfo.InvariantCulture));
            if (VectorTile != 0) Add("vectors", VectorTile.ToString(CultureInfo.InvariantCulture));
            if (Unroll != 0) Add("unroll", Unroll.ToString(CultureInfo.InvariantCulture));
            if (InputTile != 0) Add("inputs", InputTile.ToString(CultureInfo.InvariantCulture));
            if (Padding != RowPadding.Auto) Add("padding", Padding == RowPadding.None ? "none" : "line");
            if (Prefetch != 0) Add("prefetch", Prefetch.ToString(CultureInfo.InvariantCulture));
            if (FloatLoss) Add("loss", "float");
            return sb.Length == 0 ? "default" : sb.ToString();
        }

        /// <summary>The names <see cref="Parse"/> accepts, for help texts.</summary>
        public const string Syntax = "default, or comma-separated rows=N (1-8), vectors=N (1-8), unroll=N (1-64), inputs=N (1-8), padding=auto|none|line, prefetch=N (1-64), loss=float|double";

        /// <summary>Reads a variant's text (<see cref="ToString"/>'s form; knobs in any order). Returns null and a message for text that is not one.</summary>
        public static KernelVariant? TryParse(string text, out string? error)
        {
            error = null;
            if (text == null) { error = "no variant given"; return null; }
            string trimmed = text.Trim();
            if (trimmed.Length == 0) { error = "an empty variant; use " + Syntax; return null; }
            if (string.Equals(trimmed, "default", StringComparison.OrdinalIgnoreCase)) return Default;
            int rows = 0, vectors = 0, unroll = 0, inputs = 0, prefetch = 0;
            var padding = RowPadding.Auto;
            bool floatLoss = false;
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (string raw in trimmed.Split(','))
            {
                string part = raw.Trim();
                int eq = part.IndexOf('=');
                if (eq <= 0) { error = Inv($"'{part}' is not name=value; use {Syntax}"); return null; }
                string name = part.Substring(0, eq).Trim().ToLowerInvariant(), value = part.Substring(eq + 1).Trim();
                if (!seen.Add(name)) { error = Inv($"'{name}' is given twice"); return null; }
                if (name == "padding")
                {
                    switch (value.ToLowerInvariant())
                    {
                        case "auto": padding = RowPadding.Auto; break;
                        case "none": padding = RowPadding.None; break;
                        case "line": case "cacheline": padding = RowPadding.CacheLine; break;
                        default: error = Inv($"padding={value}: use auto, none or line"); return null;
                    }
                    continue;
                }
                if (name == "loss")
                {
                    switch (value.ToLowerInvariant())
                    {
                        case "double": floatLoss = false; break;
                        case "float": floatLoss = true; break;
                        default: error = Inv($"loss={value}: use float or double"); return null;
                    }
                    continue;
                }
                if (!int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out int n))
                {
                    error = Inv($"{name}={value}: expected a whole number");
                    return null;
                }
                switch (name)
                {
                    case "rows": rows = n; break;
                    case "vectors": vectors = n; break;
                    case "unroll": unroll = n; break;
                    case "inputs": inputs = n; break;
                    case "prefetch": prefetch = n; break;
                    default: error = Inv($"unknown knob '{name}'; use {Syntax}"); return null;
                }
            }
            var variant = new KernelVariant(rows, vectors, unroll, inputs, padding, prefetch, floatLoss);
            var problems = variant.RangeProblems();
            if (problems.Count > 0) { error = problems[0]; return null; }
            return variant;
        }

        /// <summary>Reads a variant's text.</summary>
        /// <exception cref="FormatException">The text is not a variant (the message says why).</exception>
        public static KernelVariant Parse(string text) => TryParse(text, out string? error) ?? throw new FormatException("variant '" + text + "': " + error);

        private static string Inv(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
    }
}
