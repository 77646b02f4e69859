using System.Globalization;

namespace XorGen;

/// <summary>A malformed expression, or one that names an unknown variable; the message gives the position or the name.</summary>
public sealed class ExpressionException(string message) : ArgumentException(message);

/// <summary>
/// A small arithmetic and logical expression over named numbers: the stop condition of a run (<c>test_error &lt; 0.05</c>)
/// and the derived parameters of a sweep (<c>10*d</c>). Numbers, variables (letters, digits, <c>_</c>; a <c>-</c> in a
/// name is read as <c>_</c> when looked up, so <c>test_n</c> is the option <c>test-n</c>), <c>+ - * / %</c>, <c>^</c>
/// (power), comparisons <c>&lt; &lt;= &gt; &gt;= == !=</c>, <c>and or not</c> (also <c>&amp;&amp; || !</c>),
/// parentheses and the functions <c>log log2 log10 exp sqrt abs floor ceil round min max pow</c>. Truth is 1, falsehood 0;
/// a comparison with NaN is false. Parsing is culture-invariant.
/// </summary>
public sealed class Expression
{
    private readonly Node _root;

    private Expression(string text, Node root, IReadOnlyList<string> variables)
    {
        Text = text;
        _root = root;
        Variables = variables;
    }

    /// <summary>The source text.</summary>
    public string Text { get; }

    /// <summary>The variables the expression reads, in order of first appearance.</summary>
    public IReadOnlyList<string> Variables { get; }

    /// <summary>Parses <paramref name="text"/>; throws <see cref="ExpressionException"/> naming the position of the problem.</summary>
    public static Expression Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var parser = new Parser(text);
        var root = parser.ParseAll();
        return new Expression(text, root, parser.Variables);
    }

    /// <summary>The value, reading variables through <paramref name="lookup"/> (null: unknown, which throws).</summary>
    public double Evaluate(Func<string, double?> lookup) => _root.Eval(name =>
        lookup(name) ?? throw new ExpressionException($"'{Text}': unknown name '{name}'"));

    /// <summary>Whether the value is true (non-zero and not NaN).</summary>
    public bool IsTrue(Func<string, double?> lookup)
    {
        double v = Evaluate(lookup);
        return v != 0 && !double.IsNaN(v);
    }

    /// <inheritdoc/>
    public override string ToString() => Text;

    /// <summary>The canonical spelling of a variable name: <c>-</c> read as <c>_</c>.</summary>
    public static string Canonical(string name) => name.Replace('-', '_');

    private abstract class Node
    {
        public abstract double Eval(Func<string, double> get);
    }

    private sealed class Constant(double value) : Node
    {
        public override double Eval(Func<string, double> get) => value;
    }

    private sealed class Variable(string name) : Node
    {
        public override double Eval(Func<string, double> get) => get(name);
    }

    private sealed class Unary(char op, Node operand) : Node
    {
        public override double Eval(Func<string, double> get)
        {
            double v = operand.Eval(get);
            return op == '-' ? -v : Truth(!(v != 0 && !double.IsNaN(v)));
        }
    }

    private sealed class Binary(string op, Node left, Node right) : Node
    {
        public override double Eval(Func<string, double> get)
        {
            double a = left.Eval(get);
            if (op == "and") return IsTruthy(a) ? Truth(IsTruthy(right.Eval(get))) : 0;
            if (op == "or") return IsTruthy(a) ? 1 : Truth(IsTruthy(right.Eval(get)));
            double b = right.Eval(get);
            return op switch
            {
                "+" => a + b,
                "-" => a - b,
                "*" => a * b,
                "/" => a / b,
                "%" => a % b,
                "^" => Math.Pow(a, b),
                "<" => Truth(a < b),
                "<=" => Truth(a <= b),
                ">" => Truth(a > b),
                ">=" => Truth(a >= b),
                "==" => Truth(a == b),
                "!=" => Truth(a != b && !double.IsNaN(a) && !double.IsNaN(b)),
                _ => throw new InvalidOperationException(op),
            };
        }
    }

    private sealed class Call(string name, Node[] args) : Node
    {
        public override double Eval(Func<string, double> get)
        {
            var v = new double[args.Length];
            for (int i = 0; i < v.Length; i++) v[i] = args[i].Eval(get);
            return name switch
            {
                "log" => Math.Log(v[0]),
                "log2" => Math.Log2(v[0]),
                "log10" => Math.Log10(v[0]),
                "exp" => Math.Exp(v[0]),
                "sqrt" => Math.Sqrt(v[0]),
                "abs" => Math.Abs(v[0]),
                "floor" => Math.Floor(v[0]),
                "ceil" => Math.Ceiling(v[0]),
                "round" => Math.Round(v[0], MidpointRounding.AwayFromZero),
                "min" => v.Min(),
                "max" => v.Max(),
                "pow" => Math.Pow(v[0], v[1]),
                _ => throw new InvalidOperationException(name),
            };
        }
    }

    private static bool IsTruthy(double v) => v != 0 && !double.IsNaN(v);
    private static double Truth(bool b) => b ? 1 : 0;

    private static readonly Dictionary<string, (int Min, int Max)> Functions = new()
    {
        ["log"] = (1, 1), ["log2"] = (1, 1), ["log10"] = (1, 1), ["exp"] = (1, 1), ["sqrt"] = (1, 1), ["abs"] = (1, 1),
        ["floor"] = (1, 1), ["ceil"] = (1, 1), ["round"] = (1, 1), ["min"] = (1, int.MaxValue), ["max"] = (1, int.MaxValue),
        ["pow"] = (2, 2),
    };

    private sealed class Parser(string text)
    {
        private int _pos;
        private readonly List<string> _variables = [];

        public IReadOnlyList<string> Variables => _variables;

        public Node ParseAll()
        {
            SkipSpace();
            if (_pos >= text.Length) throw Error("the expression is empty");
            var node = Or();
            SkipSpace();
            if (_pos < text.Length) throw Error($"unexpected '{text[_pos]}'");
            return node;
        }

        private Node Or()
        {
            var left = And();
            while (Word("or") || Symbol("||")) left = new Binary("or", left, And());
            return left;
        }

        private Node And()
        {
            var left = Not();
            while (Word("and") || Symbol("&&")) left = new Binary("and", left, Not());
            return left;
        }

        private Node Not()
        {
            if (Word("not")) return new Unary('!', Not());
            SkipSpace();
            if (_pos < text.Length && text[_pos] == '!' && !(_pos + 1 < text.Length && text[_pos + 1] == '='))
            {
                _pos++;
                return new Unary('!', Not());
            }
            return Comparison();
        }

        private Node Comparison()
        {
            var left = Sum();
            foreach (var op in (string[])["<=", ">=", "==", "!=", "<", ">"])
                if (Symbol(op))
                {
                    var node = new Binary(op, left, Sum());
                    foreach (var again in (string[])["<=", ">=", "==", "!=", "<", ">"])
                        if (Peek(again)) throw Error("comparisons do not chain: use 'and'");
                    return node;
                }
            return left;
        }

        private Node Sum()
        {
            var left = Product();
            while (true)
            {
                if (Symbol("+")) left = new Binary("+", left, Product());
                else if (Symbol("-")) left = new Binary("-", left, Product());
                else return left;
            }
        }

        private Node Product()
        {
            var left = Negation();
            while (true)
            {
                if (Peek("**")) return left; // handled by Power
                if (Symbol("*")) left = new Binary("*", left, Negation());
                else if (Symbol("/")) left = new Binary("/", left, Negation());
                else if (Symbol("%")) left = new Binary("%", left, Negation());
                else return left;
            }
        }

        private Node Negation()
        {
            if (Symbol("-")) return new Unary('-', Negation());
            if (Symbol("+")) return Negation();
            return Power();
        }

        private Node Power()
        {
            var base_ = Atom();
            if (Symbol("^") || Symbol("**")) return new Binary("^", base_, Negation()); // right-associative
            return base_;
        }

        private Node Atom()
        {
            SkipSpace();
            if (_pos >= text.Length) throw Error("the expression ends too early");
            char c = text[_pos];
            if (c == '(')
            {
                _pos++;
                var inner = Or();
                if (!Symbol(")")) throw Error("missing ')'");
                return inner;
            }
            if (char.IsAsciiDigit(c) || c == '.')
            {
                int start = _pos;
                while (_pos < text.Length && (char.IsAsciiDigit(text[_pos]) || text[_pos] == '.')) _pos++;
                if (_pos < text.Length && (text[_pos] is 'e' or 'E'))
                {
                    int save = _pos++;
                    if (_pos < text.Length && text[_pos] is '+' or '-') _pos++;
                    if (_pos < text.Length && char.IsAsciiDigit(text[_pos]))
                        while (_pos < text.Length && char.IsAsciiDigit(text[_pos])) _pos++;
                    else _pos = save;
                }
                string number = text[start.._pos];
                if (!double.TryParse(number, NumberStyles.Float, CultureInfo.InvariantCulture, out double value))
                    throw Error($"'{number}' is not a number", start);
                return new Constant(value);
            }
            if (char.IsAsciiLetter(c) || c == '_')
            {
                int start = _pos;
                while (_pos < text.Length && (char.IsAsciiLetterOrDigit(text[_pos]) || text[_pos] == '_')) _pos++;
                string name = text[start.._pos];
                if (name is "and" or "or" or "not") throw Error($"'{name}' needs an operand before it", start);
                if (Symbol("("))
                {
                    if (!Functions.TryGetValue(name, out var arity))
                        throw Error($"unknown function '{name}' (known: {string.Join(", ", Functions.Keys)})", start);
                    var args = new List<Node>();
                    if (!Symbol(")"))
                    {
                        do args.Add(Or()); while (Symbol(","));
                        if (!Symbol(")")) throw Error("missing ')' after the arguments");
                    }
                    if (args.Count < arity.Min || args.Count > arity.Max)
                        throw Error(arity.Min == arity.Max ? $"{name} takes {arity.Min} argument(s), not {args.Count}" : $"{name} takes at least {arity.Min} argument(s)", start);
                    return new Call(name, [.. args]);
                }
                if (name is "true") return new Constant(1);
                if (name is "false") return new Constant(0);
                if (!_variables.Contains(name)) _variables.Add(name);
                return new Variable(name);
            }
            throw Error($"unexpected '{c}'");
        }

        private void SkipSpace()
        {
            while (_pos < text.Length && char.IsWhiteSpace(text[_pos])) _pos++;
        }

        private bool Peek(string symbol)
        {
            SkipSpace();
            return string.CompareOrdinal(text, _pos, symbol, 0, symbol.Length) == 0;
        }

        private bool Symbol(string symbol)
        {
            if (!Peek(symbol)) return false;
            _pos += symbol.Length;
            return true;
        }

        private bool Word(string word)
        {
            SkipSpace();
            if (string.CompareOrdinal(text, _pos, word, 0, word.Length) != 0) return false;
            int end = _pos + word.Length;
            if (end < text.Length && (char.IsAsciiLetterOrDigit(text[end]) || text[end] == '_')) return false;
            _pos = end;
            return true;
        }

        private ExpressionException Error(string what, int? at = null) =>
            new($"bad expression '{text}': {what} at column {(at ?? _pos) + 1}");
    }
}
