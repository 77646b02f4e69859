using System.Globalization;

namespace XorGen.Generators
{
    /// <summary>
    /// One rung of the width ladder (Vector512, Vector256, Vector128 or scalar) as C# expression templates,
    /// so the emitter writes each phase once and gets every path from it.
    /// </summary>
    public sealed class VectorFlavor
    {
        private VectorFlavor(InstructionSet set, Precision element, KernelVariant variant)
        {
            Set = set;
            ElementType = element == Precision.Float ? "float" : "double";
            int bits = set switch { InstructionSet.Vector512 => 512, InstructionSet.Vector256 => 256, InstructionSet.Vector128 => 128, _ => 0 };
            IsScalar = bits == 0;
            Lanes = IsScalar ? 1 : bits / (element == Precision.Float ? 32 : 64);
            Suffix = IsScalar ? "Scalar" : bits.ToString(CultureInfo.InvariantCulture);
            Static = IsScalar ? "" : "Vector" + Suffix;
            Type = IsScalar ? ElementType : Static + "<" + ElementType + ">";
            // FMA is part of every machine that accelerates 256- or 512-bit vectors (AVX2/AVX-512); narrower paths use mul + add
            // so that a machine without FMA never falls into software emulation.
            UseFma = bits >= 256;
            PathId = IsScalar ? 1 : bits;
            // the register tile: by default 4 rows × 4 vectors in the 32 zmm registers, 6 × 2 in 16 ymm, 4 × 2 in 16 xmm
            Tile = variant.VectorsPerTile(set);
            Rows = variant.RowsPerTile(set);
        }

        /// <summary>The instruction set.</summary>
        public InstructionSet Set { get; }
        /// <summary>"float" or "double".</summary>
        public string ElementType { get; }
        /// <summary>Whether this is the scalar rung.</summary>
        public bool IsScalar { get; }
        /// <summary>Elements per vector.</summary>
        public int Lanes { get; }
        /// <summary>Method-name suffix: "512", "256", "128", "Scalar".</summary>
        public string Suffix { get; }
        /// <summary>The static vector class (empty for scalar).</summary>
        public string Static { get; }
        /// <summary>The vector type (the element type for scalar), as the generated file's usings let it be written: "Vector256&lt;float&gt;".</summary>
        public string Type { get; }
        /// <summary>The runtime's vector-operations struct of this path: "Vector256Ops&lt;float&gt;", "ScalarOps&lt;double&gt;".</summary>
        public string Ops => (IsScalar ? "ScalarOps" : Static + "Ops") + "<" + ElementType + ">";
        /// <summary>Whether multiply-adds are fused.</summary>
        public bool UseFma { get; }
        /// <summary>Vectors of neurons per micro-kernel tile.</summary>
        public int Tile { get; }
        /// <summary>Batch rows per pre-activation tile.</summary>
        public int Rows { get; }
        /// <summary>The numeric id of this path in the generated dispatch (512, 256, 128, 1).</summary>
        public int PathId { get; }

        /// <summary>The flavor for a set, element type and variant (Auto is not a flavor).</summary>
        public static VectorFlavor For(InstructionSet set, Precision element, KernelVariant? variant = null) => new VectorFlavor(set, element, variant ?? KernelVariant.Default);

        /// <summary>The C# expression telling whether this path is accelerated.</summary>
        public string IsAccelerated => IsScalar ? "true" : Static + ".IsHardwareAccelerated";

        /// <summary>Loads a vector at element offset <paramref name="offset"/> from the managed ref <paramref name="reference"/>.</summary>
        public string Load(string reference, string offset) => IsScalar
            ? (offset == "0" ? reference : "Unsafe.Add(ref " + reference + ", " + offset + ")")
            : offset == "0" ? Static + ".LoadUnsafe(ref " + reference + ")" : Static + ".LoadUnsafe(ref " + reference + ", " + Nuint(offset) + ")";

        /// <summary>A statement storing <paramref name="value"/> at element offset <paramref name="offset"/>.</summary>
        public string Store(string value, string reference, string offset) => IsScalar
            ? (offset == "0" ? reference : "Unsafe.Add(ref " + reference + ", " + offset + ")") + " = " + value + ";"
            : offset == "0" ? Static + ".StoreUnsafe(" + value + ", ref " + reference + ");" : Static + ".StoreUnsafe(" + value + ", ref " + reference + ", " + Nuint(offset) + ");";

        /// <summary>An offset as nuint: "(nuint)j" for a name or number, "(nuint)(j + 8)" for an expression.</summary>
        private static string Nuint(string offset)
        {
            foreach (char ch in offset) if (!char.IsLetterOrDigit(ch) && ch != '_') return "(nuint)(" + offset + ")";
            return "(nuint)" + offset;
        }

        /// <summary>Broadcasts a scalar expression.</summary>
        public string Splat(string scalar) => IsScalar ? scalar : Static + ".Create(" + scalar + ")";

        /// <summary>The zero vector.</summary>
        public string Zero => IsScalar ? Literal(0) : Type + ".Zero";

        /// <summary>A folded constant broadcast to every lane.</summary>
        public string Constant(double value) => Splat(Literal(value));

        /// <summary>A culture-invariant round-trip literal of the element type (1.5f, 0.25d).</summary>
        public string Literal(double value) => Literals.Of(value, ElementType == "float" ? Precision.Float : Precision.Double);

        /// <summary>a·b + c.</summary>
        public string MultiplyAdd(string a, string b, string c) => UseFma ? Static + ".FusedMultiplyAdd(" + a + ", " + b + ", " + c + ")" : "(" + a + " * " + b + " + " + c + ")";

        /// <summary>max(a, b).</summary>
        public string Max(string a, string b) => IsScalar ? "(" + a + " > " + b + " ? " + a + " : " + b + ")" : Static + ".Max(" + a + ", " + b + ")";

        /// <summary>|a|.</summary>
        public string Abs(string a) => IsScalar ? "Math.Abs(" + a + ")" : Static + ".Abs(" + a + ")";

        /// <summary>√a.</summary>
        public string Sqrt(string a) => IsScalar ? (ElementType == "float" ? "MathF.Sqrt(" : "Math.Sqrt(") + a + ")" : Static + ".Sqrt(" + a + ")";

        /// <summary>Horizontal sum (512- and 256-bit registers folded in halves first: <c>VectorSums</c> in the runtime).</summary>
        public string Sum(string a) => IsScalar ? "(" + a + ")" : Lanes * (ElementType == "float" ? 32 : 64) > 128 ? "VectorSums.Sum(" + a + ")" : Static + ".Sum(" + a + ")";

        /// <summary>a &gt; b as a mask (bool for scalar).</summary>
        public string GreaterThan(string a, string b) => IsScalar ? "(" + a + " > " + b + ")" : Static + ".GreaterThan(" + a + ", " + b + ")";

        /// <summary>a &lt; b as a mask.</summary>
        public string LessThan(string a, string b) => IsScalar ? "(" + a + " < " + b + ")" : Static + ".LessThan(" + a + ", " + b + ")";

        /// <summary>a ≤ b as a mask.</summary>
        public string LessThanOrEqual(string a, string b) => IsScalar ? "(" + a + " <= " + b + ")" : Static + ".LessThanOrEqual(" + a + ", " + b + ")";

        /// <summary>mask ? a : b lane-wise.</summary>
        public string Select(string mask, string a, string b) => IsScalar ? "(" + mask + " ? " + a + " : " + b + ")" : Static + ".ConditionalSelect(" + mask + ", " + a + ", " + b + ")";
    }

    /// <summary>Culture-invariant round-trip number literals.</summary>
    public static class Literals
    {
        /// <summary>A C# literal of <paramref name="value"/> in the element type: "0.5f", "1E-05f", "2d".</summary>
        public static string Of(double value, Precision element)
        {
            if (element == Precision.Float)
            {
                float f = (float)value;
                return f.ToString("R", CultureInfo.InvariantCulture) + "f";
            }
            return value.ToString("R", CultureInfo.InvariantCulture) + "d";
        }

        /// <summary>A double literal in round-trip form ("0.05d").</summary>
        public static string Double(double value) => value.ToString("R", CultureInfo.InvariantCulture) + "d";

        /// <summary>An int literal.</summary>
        public static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);
    }
}
