using System.Globalization;
using DiffPlex;
using DiffPlex.DiffBuilder;
using DiffPlex.DiffBuilder.Model;

namespace XorGen.Cli;

/// <summary>
/// Two texts lined up side by side for codegen study (<c>xorgen show --diff</c>): the regions that differ with
/// <see cref="Context"/> lines around each, every row "left │marker│ right" with the marker '|' for a changed line,
/// '&lt;' for a line only on the left, '&gt;' for one only on the right; a header names both and counts the differences.
/// </summary>
internal static class SideBySide
{
    /// <summary>Unchanged lines shown around each changed region.</summary>
    public const int Context = 3;
    /// <summary>Characters per side.</summary>
    public const int Column = 78;

    public static void Write(TextWriter output, string leftName, string left, string rightName, string right)
    {
        var model = new SideBySideDiffBuilder(new Differ()).BuildDiffModel(left, right, ignoreWhitespace: false);
        var a = model.OldText.Lines;
        var b = model.NewText.Lines;
        int rows = Math.Max(a.Count, b.Count);
        bool Changed(int i) => Kind(a, i) != ChangeType.Unchanged || Kind(b, i) != ChangeType.Unchanged;
        int changed = Enumerable.Range(0, rows).Count(Changed);
        output.WriteLine(Cell("A: " + leftName) + "   " + "B: " + rightName);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{changed} of {rows} aligned lines differ (A: {a.Count(l => l.Type != ChangeType.Imaginary)} lines, B: {b.Count(l => l.Type != ChangeType.Imaginary)} lines)"));
        if (changed == 0) return;
        var show = new bool[rows];
        for (int i = 0; i < rows; i++)
            if (Changed(i))
                for (int k = Math.Max(0, i - Context); k <= Math.Min(rows - 1, i + Context); k++) show[k] = true;
        for (int i = 0; i < rows; i++)
        {
            if (!show[i]) continue;
            if (i == 0 || !show[i - 1])
                output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"@@ A line {Position(a, i)}, B line {Position(b, i)} @@"));
            char marker = Kind(a, i) == ChangeType.Imaginary ? '>' : Kind(b, i) == ChangeType.Imaginary ? '<' : Changed(i) ? '|' : ' ';
            output.WriteLine(Cell(Text(a, i)) + " " + marker + " " + Text(b, i).TrimEnd());
        }
    }

    private static ChangeType Kind(List<DiffPiece> lines, int i) => i < lines.Count ? lines[i].Type : ChangeType.Imaginary;

    private static string Text(List<DiffPiece> lines, int i) => i < lines.Count && lines[i].Type != ChangeType.Imaginary ? (lines[i].Text ?? "").Replace("\t", "    ", StringComparison.Ordinal) : "";

    // the first real line number at or after row i (for the region header)
    private static string Position(List<DiffPiece> lines, int i)
    {
        for (int k = i; k < lines.Count; k++)
            if (lines[k].Position is int p) return p.ToString(CultureInfo.InvariantCulture);
        return "end";
    }

    private static string Cell(string text) => text.Length > Column ? text[..(Column - 1)] + "…" : text.PadRight(Column);
}
