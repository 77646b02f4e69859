using System.Runtime.CompilerServices;
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
    public static void Match(string text, string testClass, string caseName, [CallerFilePath] string callerPath = "")
    {
        string folder = Path.Combine(Path.GetDirectoryName(callerPath)!, "_snapshots");
        Directory.CreateDirectory(folder);
        string approved = Path.Combine(folder, testClass + "." + caseName + ".approved.cs");
        string received = Path.Combine(folder, testClass + "." + caseName + ".received.cs");
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
