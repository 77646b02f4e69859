using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using static XorGen.Cli.Reproduce.Fmt;

namespace XorGen.Cli.Reproduce;

/// <summary>
/// Writes a paper's <c>report.md</c>, a self-contained <c>report.html</c> (figures inlined as SVG) and <c>figures/*.svg</c>,
/// and the index of all papers. Every file is written under a temporary name and renamed into place.
/// </summary>
internal static partial class Report
{
    public static string Verdict(Verdict v) => v switch { Reproduce.Verdict.Pass => "PASS", Reproduce.Verdict.Fail => "FAIL", _ => "observed" };

    private static string Cell(string s) => s.Replace("|", "\\|", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal);

    public static void WritePaper(string directory, PaperResult paper)
    {
        string figDir = Path.Combine(directory, "figures");
        Directory.CreateDirectory(figDir);
        var svgs = new Dictionary<string, string>();
        foreach (var f in paper.Figures)
        {
            string svg = Plots.Svg(f.Model);
            svgs[f.FileName] = svg;
            WriteAtomic(Path.Combine(figDir, f.FileName), svg);
        }
        WriteAtomic(Path.Combine(directory, "report.md"), Markdown(paper));
        WriteAtomic(Path.Combine(directory, "report.html"), Html(paper, svgs));
    }

    public static string Markdown(PaperResult paper)
    {
        var b = new StringBuilder();
        int pass = paper.Checks.Count(c => c.Verdict == Reproduce.Verdict.Pass), fail = paper.Checks.Count(c => c.Verdict == Reproduce.Verdict.Fail);
        b.AppendLine($"# {paper.Title}").AppendLine();
        b.AppendLine(Inv($"Profile `{paper.Profile}`: {pass} claim(s) pass, {fail} fail. Regenerate with `xorgen reproduce {paper.Key} --profile {paper.Profile}`.")).AppendLine();
        b.AppendLine("## Claims").AppendLine();
        b.AppendLine("| claim | criterion | measured | paper / theory | verdict |");
        b.AppendLine("| --- | --- | --- | --- | --- |");
        foreach (var c in paper.Checks)
            b.AppendLine($"| {Cell(c.Claim)} | {Cell(c.Criterion)} | {Cell(c.Measured)} | {Cell(c.Expected)} | **{Verdict(c.Verdict)}** |");
        b.AppendLine().AppendLine("## Figures").AppendLine();
        foreach (var f in paper.Figures)
        {
            b.AppendLine($"### {f.Label}").AppendLine();
            b.AppendLine($"![{f.Label}](figures/{f.FileName})").AppendLine();
            b.AppendLine(f.Caption).AppendLine();
            b.AppendLine($"Regenerate: `{f.Command}`").AppendLine();
        }
        b.AppendLine("## Settings").AppendLine();
        foreach (var s in paper.Settings) b.AppendLine(s.StartsWith('|') ? s : "- " + s);
        b.AppendLine().AppendLine("## How the settings were found").AppendLine();
        foreach (var s in paper.HowFound) b.AppendLine("- " + s);
        return b.ToString();
    }

    [GeneratedRegex(@"^\s*<\?xml[^>]*\?>\s*(<!DOCTYPE[^>]*>\s*)?", RegexOptions.Singleline)]
    private static partial Regex XmlProlog();

    /// <summary>
    /// Prefixes the exporter's element ids (clipPath1, …) with the figure's name: every SVG numbers its clip paths from 1,
    /// and inlined in one page a later figure's url(#clipPath3) would otherwise resolve to the first figure's clip path.
    /// </summary>
    internal static string Namespaced(string svg, string prefix) =>
        svg.Replace("id=\"", $"id=\"{prefix}-", StringComparison.Ordinal).Replace("url(#", $"url(#{prefix}-", StringComparison.Ordinal);

    private const string Style = """
        body { font-family: DejaVu Sans, Helvetica, Arial, sans-serif; max-width: 1100px; margin: 2em auto; padding: 0 1em; color: #222; }
        table { border-collapse: collapse; margin: 1em 0; font-size: 0.9em; }
        td, th { border: 1px solid #bbb; padding: 4px 8px; vertical-align: top; }
        th { background: #eee; }
        .PASS { color: #176317; font-weight: bold; } .FAIL { color: #b00; font-weight: bold; } .observed { color: #555; font-style: italic; }
        figure.plot { margin: 1.5em 0; } figure.plot svg { max-width: 100%; height: auto; border: 1px solid #ddd; }
        code { background: #f4f4f4; padding: 1px 3px; }
        """;

    public static string Html(PaperResult paper, IReadOnlyDictionary<string, string> svgs)
    {
        static string E(string s) => WebUtility.HtmlEncode(s);
        var b = new StringBuilder();
        b.AppendLine("<!DOCTYPE html>").AppendLine("<html lang=\"en\"><head><meta charset=\"utf-8\">");
        b.AppendLine($"<title>{E(paper.Title)}</title><style>{Style}</style></head><body>");
        b.AppendLine($"<p><a href=\"../index.html\">All papers</a></p><h1>{E(paper.Title)}</h1>");
        int pass = paper.Checks.Count(c => c.Verdict == Reproduce.Verdict.Pass), fail = paper.Checks.Count(c => c.Verdict == Reproduce.Verdict.Fail);
        b.AppendLine(Inv($"<p>Profile <code>{E(paper.Profile)}</code>: {pass} claim(s) pass, {fail} fail. Regenerate with <code>xorgen reproduce {E(paper.Key)} --profile {E(paper.Profile)}</code>.</p>"));
        b.AppendLine("<h2>Claims</h2><table><tr><th>claim</th><th>criterion</th><th>measured</th><th>paper / theory</th><th>verdict</th></tr>");
        foreach (var c in paper.Checks)
            b.AppendLine($"<tr><td>{E(c.Claim)}</td><td>{E(c.Criterion)}</td><td>{E(c.Measured)}</td><td>{E(c.Expected)}</td><td class=\"{Verdict(c.Verdict)}\">{Verdict(c.Verdict)}</td></tr>");
        b.AppendLine("</table><h2>Figures</h2>");
        foreach (var f in paper.Figures)
        {
            b.AppendLine(Inv($"<figure class=\"plot\" id=\"{E(Path.GetFileNameWithoutExtension(f.FileName))}\" data-series=\"{f.Series}\">"));
            b.AppendLine($"<h3>{E(f.Label)}</h3>");
            b.AppendLine(Namespaced(XmlProlog().Replace(svgs[f.FileName], ""), Path.GetFileNameWithoutExtension(f.FileName)));
            b.AppendLine($"<figcaption>{E(f.Caption)}<br>Regenerate: <code>{E(f.Command)}</code></figcaption></figure>");
        }
        b.AppendLine("<h2>Settings</h2><ul>");
        foreach (var s in paper.Settings.Where(s => !s.StartsWith('|'))) b.AppendLine($"<li>{E(s)}</li>");
        b.AppendLine("</ul>");
        var rows = paper.Settings.Where(s => s.StartsWith('|')).ToArray();
        if (rows.Length > 2)
        {
            b.AppendLine("<table>");
            foreach (var (row, i) in rows.Select((r, i) => (r, i)))
            {
                if (i == 1) continue; // the markdown separator
                var cells = row.Trim().Trim('|').Split('|').Select(x => E(x.Trim()));
                string tag = i == 0 ? "th" : "td";
                b.AppendLine("<tr>" + string.Concat(cells.Select(x => $"<{tag}>{x}</{tag}>")) + "</tr>");
            }
            b.AppendLine("</table>");
        }
        b.AppendLine("<h2>How the settings were found</h2><ul>");
        foreach (var s in paper.HowFound) b.AppendLine($"<li>{E(s)}</li>");
        b.AppendLine("</ul></body></html>");
        return b.ToString();
    }

    /// <summary>The index: every paper with its verdict, and the wall time of the runs behind it.</summary>
    public static void WriteIndex(string directory, IReadOnlyList<(PaperResult Paper, double RunSeconds, int Runs)> papers, string profile)
    {
        var md = new StringBuilder();
        md.AppendLine("# Reproductions").AppendLine();
        md.AppendLine($"Profile `{profile}`; each paper's report has its claims with the criterion, the measured value and the paper's or the theory's, its figures and how its settings were found.").AppendLine();
        md.AppendLine("| paper | claims passed | failed | observed | runs | run time (s, sum over runs) | report |");
        md.AppendLine("| --- | ---: | ---: | ---: | ---: | ---: | --- |");
        foreach (var (p, sec, runs) in papers)
            md.AppendLine(Inv($"| {p.Title} | {p.Checks.Count(c => c.Verdict == Reproduce.Verdict.Pass)} | {p.Checks.Count(c => c.Verdict == Reproduce.Verdict.Fail)} | {p.Checks.Count(c => c.Verdict == Reproduce.Verdict.Observed)} | {runs} | {sec:F0} | [{p.Key}/report.md]({p.Key}/report.md) |"));
        WriteAtomic(Path.Combine(directory, "index.md"), md.ToString());

        var html = new StringBuilder();
        html.AppendLine($"<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Reproductions</title><style>{Style}</style></head><body>");
        html.AppendLine($"<h1>Reproductions</h1><p>Profile <code>{WebUtility.HtmlEncode(profile)}</code>.</p><table><tr><th>paper</th><th>passed</th><th>failed</th><th>observed</th><th>runs</th><th>run time (s)</th></tr>");
        foreach (var (p, sec, runs) in papers)
            html.AppendLine(Inv($"<tr><td><a href=\"{p.Key}/report.html\">{WebUtility.HtmlEncode(p.Title)}</a></td><td>{p.Checks.Count(c => c.Verdict == Reproduce.Verdict.Pass)}</td><td>{p.Checks.Count(c => c.Verdict == Reproduce.Verdict.Fail)}</td><td>{p.Checks.Count(c => c.Verdict == Reproduce.Verdict.Observed)}</td><td>{runs}</td><td>{sec:F0}</td></tr>"));
        html.AppendLine("</table></body></html>");
        WriteAtomic(Path.Combine(directory, "index.html"), html.ToString());
    }

    public static void WriteAtomic(string path, string text)
    {
        string partial = path + ".partial";
        File.WriteAllText(partial, text, new UTF8Encoding(false));
        File.Move(partial, path, overwrite: true);
    }
}
