using System.CommandLine;
using System.Diagnostics;
using XorGen.Specialization;
using static XorGen.Cli.Reproduce.Fmt;

namespace XorGen.Cli.Reproduce;

/// <summary>
/// <c>xorgen reproduce &lt;glasgow|frei|chatterji|lmz|all&gt; [--profile quick|paper] [--out DIR] [--jobs N]</c>: runs each
/// paper's experiments over seeds (resumable: complete runs are skipped), checks every claim by its stated criterion,
/// writes the reports, and exits 0 when every claim passes, 1 when one fails (the report is written either way).
/// </summary>
internal sealed class ReproduceCommand
{
    public static IReadOnlyList<IPaperReproduction> Papers { get; } = [new Glasgow(), new Frei(), new Chatterji(), new Lmz()];

    private readonly Argument<string> _paper = new("paper") { Description = "glasgow, frei, chatterji, lmz or all." };
    private readonly Option<string> _profile = new("--profile") { Description = "quick (minutes; CI) or paper (the papers' sizes and step counts).", DefaultValueFactory = _ => "quick" };
    private readonly Option<string?> _out = new("--out") { HelpName = "DIR", Description = "Where the runs and the reports go (default reproductions/<profile>)." };
    private readonly Option<int?> _jobs = new("--jobs") { HelpName = "N", Description = "Runs at once, each on one thread (default: the core count)." };

    public ReproduceCommand()
    {
        _paper.AcceptOnlyFromAmong([.. Papers.Select(p => p.Key), "all"]);
        _profile.AcceptOnlyFromAmong("quick", "paper");
        Command = new Command("reproduce", "Reproduce a paper's claims: run its experiments over seeds, check each claim, write report.md and report.html with the paper's figures.")
        {
            _paper, _profile, _out, _jobs,
        };
    }

    public Command Command { get; }

    public int Execute(ParseResult parse, TextWriter output, TextWriter error)
    {
        string which = parse.GetValue(_paper)!;
        var profile = parse.GetValue(_profile) == "paper" ? Profile.Paper : Profile.Quick;
        string prof = profile.ToString().ToLowerInvariant();
        int jobs = parse.GetValue(_jobs) ?? Environment.ProcessorCount;
        if (jobs < 1) throw new BadInputException(Inv($"--jobs {jobs}: must be at least 1"));
        string root = parse.GetValue(_out) ?? Path.Combine("reproductions", prof);
        try
        {
            Directory.CreateDirectory(root);
            string probe = Path.Combine(root, $".xorgen-write-test-{Environment.ProcessId}");
            File.WriteAllBytes(probe, []);
            File.Delete(probe);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new BadInputException($"cannot write to --out '{root}': {Cli.OneLine(e.Message)}");
        }

        var chosen = which == "all" ? Papers : Papers.Where(p => p.Key == which).ToList();
        // the longest runs first (Li–Ma–Zhang, then random features, then Frei), so that `jobs` workers finish together
        static int Rank(PlannedRun r) => r.Experiment switch { "lmz-abs-teacher" => 0, "glasgow-xor-rf" => 1, "frei-xor-noise" => 2, _ => 3 };
        var runs = chosen.SelectMany(p => p.Plan(profile)).Distinct().OrderBy(Rank).ToList();
        var clock = Stopwatch.StartNew();
        error.WriteLine(Inv($"xorgen: reproduce {which} --profile {prof}: {runs.Count} runs ({runs.Count(r => RunBatch.IsComplete(root, r))} already complete), {jobs} at a time, into {root}"));
        // every size gets a generated kernel (compiled at run time once, then from the kernel cache), as `xorgen run` does
        RuntimeSpecializer.Install();
        var outcomes = RunBatch.Execute(root, runs, jobs, error);
        var failedRuns = outcomes.Where(o => o.Value == RunOutcome.Failed).Select(o => o.Key.Id).ToList();
        if (failedRuns.Count > 0)
        {
            error.WriteLine($"xorgen: {failedRuns.Count} run(s) left no record ({string.Join(", ", failedRuns)}); the reason is in each one's {SweepDirectory.FailedFileName} under {Path.Combine(root, "runs")}; rerun to retry");
            return Cli.Failed;
        }

        var results = new List<(PaperResult, double, int)>();
        bool allPass = true;
        foreach (var paper in chosen)
        {
            var result = paper.Evaluate(root, profile);
            Report.WritePaper(Path.Combine(root, paper.Key), result);
            var plan = paper.Plan(profile);
            double seconds = plan.Sum(r => RunTable.Read(RunBatch.RunDirectory(root, r)).Summary.GetProperty("wall_time_seconds").GetDouble());
            results.Add((result, seconds, plan.Count));
            allPass &= result.Passed;
            output.WriteLine($"{paper.Title}");
            foreach (var c in result.Checks)
                output.WriteLine($"  {Report.Verdict(c.Verdict),-8} {c.Claim}: {c.Measured} (paper/theory: {c.Expected})");
            output.WriteLine($"  report   {Path.Combine(root, paper.Key, "report.md")}  (and report.html)");
        }
        Report.WriteIndex(root, results, prof);
        output.WriteLine(Inv($"{(allPass ? "all claims pass" : "some claims FAIL")}; index {Path.Combine(root, "index.md")}; wall time {clock.Elapsed.TotalSeconds:F0} s"));
        return allPass ? Cli.Ok : Cli.Failed;
    }
}
