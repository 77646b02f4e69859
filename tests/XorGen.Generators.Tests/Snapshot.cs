using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using System.Text;
using DiffPlex.DiffBuilder;
using DiffPlex.DiffBuilder.Model;
using Xunit.Sdk;

namespace XorGen.Generators.Tests;

/// <summary>
/// Approved-file snapshots under <c>_snapshots/&lt;TestClass&gt;.&lt;Case&gt;.approved.cs</c>. A mismatch writes
/// <c>.received.cs</c> beside it and fails with a line diff and the command that accepts the new text.
/// Setting XORGEN_ACCEPT_SNAPSHOTS=1 accepts every received text.
/// </summary>
internal static class Snapshot
{
    private static string Folder([CallerFilePath] string callerPath = "") => Path.Combine(Path.GetDirectoryName(callerPath)!, "_snapshots");

    /// <summary>The names (<c>&lt;TestClass&gt;.&lt;Case&gt;</c>) of every approved snapshot.</summary>
    public static IReadOnlyList<string> Approved() => Directory.Exists(Folder())
        ? Directory.GetFiles(Folder(), "*.approved.cs").Select(f => Path.GetFileName(f)[..^".approved.cs".Length]).Order(StringComparer.Ordinal).ToList()
        : [];

    /// <summary>The approved text of one snapshot (line ends as \n).</summary>
    public static string ApprovedText(string testClass, string caseName) =>
        File.ReadAllText(SnapshotPath(testClass, caseName, "approved")).Replace("\r\n", "\n");

    private static string SnapshotPath(string testClass, string caseName, string kind) => Path.Combine(Folder(), testClass + "." + caseName + "." + kind + ".cs");

    public static void Match(string text, string testClass, string caseName)
    {
        string folder = Folder();
        Directory.CreateDirectory(folder);
        string approved = SnapshotPath(testClass, caseName, "approved");
        string received = SnapshotPath(testClass, caseName, "received");
        string expected = File.Exists(approved) ? File.ReadAllText(approved).Replace("\r\n", "\n") : "";
        if (expected == text)
        {
            if (File.Exists(received)) File.Delete(received);
            return;
        }
        if (Environment.GetEnvironmentVariable("XORGEN_ACCEPT_SNAPSHOTS") == "1")
        {
            File.WriteAllText(approved, text);
            return;
        }
        File.WriteAllText(received, text);
        var diff = new InlineDiffBuilder(new DiffPlex.Differ()).BuildDiffModel(expected, text);
        var report = new StringBuilder();
        report.AppendLine(File.Exists(approved) ? "snapshot " + testClass + "." + caseName + " differs:" : "no approved snapshot " + approved + " yet:");
        int shown = 0;
        foreach (var line in diff.Lines)
        {
            if (line.Type == ChangeType.Unchanged) continue;
            report.Append(line.Type == ChangeType.Inserted ? "+ " : "- ").AppendLine(line.Text);
            if (++shown == 60) { report.AppendLine("…"); break; }
        }
        report.AppendLine("to accept: mv \"" + received + "\" \"" + approved + "\"   (or rerun with XORGEN_ACCEPT_SNAPSHOTS=1)");
        throw new XunitException(report.ToString());
    }
}

/// <summary>Single members of a generated file, as snapshot text.</summary>
internal static class GeneratedMembers
{
    /// <summary>The one method named <paramref name="name"/> in <paramref name="source"/>, with its doc comment, dedented.</summary>
    public static string Single(string source, string name)
    {
        var methods = CSharpSyntaxTree.ParseText(source).GetRoot().DescendantNodes().OfType<MethodDeclarationSyntax>().ToList();
        var found = methods.Where(m => m.Identifier.Text == name).ToList();
        if (found.Count != 1)
            throw new XunitException($"{found.Count} generated methods named {name}; the file has: " + string.Join(", ", methods.Select(m => m.Identifier.Text).Distinct()));
        var lines = found[0].ToFullString().Replace("\r\n", "\n").Split('\n').SkipWhile(string.IsNullOrWhiteSpace).ToList();
        while (lines.Count > 0 && string.IsNullOrWhiteSpace(lines[^1])) lines.RemoveAt(lines.Count - 1);
        int indent = lines.Where(l => l.Trim().Length > 0).Min(l => l.Length - l.TrimStart(' ').Length);
        return string.Join("\n", lines.Select(l => l.Trim().Length == 0 ? "" : l[indent..])) + "\n";
    }
}
