using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;

namespace XorGen.Cli;

/// <summary>
/// The pieces every command's parser shares: the experiment argument, and options whose values parse the same
/// way under any culture (numbers are invariant: <c>0.1</c> is a tenth under any <c>LANG</c>, <c>0,1</c> is refused)
/// and name the expected kind of value in their error.
/// </summary>
internal static class CommandLine
{
    /// <summary>The <c>&lt;experiment&gt;</c> argument of <c>run</c> and <c>show</c>: a built-in experiment by name.</summary>
    public static Argument<Experiment> ExperimentArgument() => new("experiment")
    {
        Description = "A built-in experiment (see 'xorgen list').",
        CustomParser = r =>
        {
            string name = r.Tokens.Count > 0 ? r.Tokens[0].Value : "";
            var e = Experiments.Find(name);
            if (e is null) r.AddError($"unknown experiment '{name}'; the built-in experiments are: {string.Join(", ", Experiments.All.Select(x => x.Name))}");
            return e!;
        },
    };

    /// <summary>A whole-number option parsed culture-invariantly (digits with an optional sign, nothing else).</summary>
    public static Option<int?> Int(string name, string description) => new(name)
    {
        HelpName = "N",
        Description = description,
        CustomParser = r => Parse(r, t => $"cannot parse {name} '{t}' as a whole number", (string s, out int v) => int.TryParse(s, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out v)),
    };

    /// <summary>A 64-bit whole-number option parsed culture-invariantly.</summary>
    public static Option<long?> Long(string name, string description) => new(name)
    {
        HelpName = "N",
        Description = description,
        CustomParser = r => Parse(r, t => $"cannot parse {name} '{t}' as a whole number", (string s, out long v) => long.TryParse(s, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out v)),
    };

    /// <summary>A real-number option parsed culture-invariantly: a '.' decimal point, an optional exponent, no group separators.</summary>
    public static Option<double?> Double(string name, string description) => new(name)
    {
        HelpName = "X",
        Description = description,
        CustomParser = r => Parse(r, t => $"cannot parse {name} '{t}' as a number (write it with '.' as the decimal point and no group separators)",
            (string s, out double v) => double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out v)),
    };

    /// <summary>The seed: a whole number from 0 to 2^64−1.</summary>
    public static Option<ulong?> Seed(string name, string description) => new(name)
    {
        HelpName = "N",
        Description = description,
        CustomParser = r => Parse(r, t => $"{name} '{t}': a seed is a whole number from 0 to 2^64−1", (string s, out ulong v) => ulong.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out v)),
    };

    /// <summary>An option taking one of <paramref name="choices"/> (ordinal, case-sensitive).</summary>
    public static Option<string?> Choice(string name, string description, params string[] choices)
    {
        var option = new Option<string?>(name) { Description = description, HelpName = string.Join("|", choices) };
        option.CompletionSources.Add(choices);
        option.Validators.Add(r =>
        {
            if (r.Tokens.Count == 1 && !choices.Contains(r.Tokens[0].Value, StringComparer.Ordinal))
                r.AddError($"{name} '{r.Tokens[0].Value}' is not recognised. Must be one of: {string.Join(", ", choices)}");
        });
        return option;
    }

    private delegate bool TryParser<T>(string s, out T value);

    private static T? Parse<T>(ArgumentResult r, Func<string, string> error, TryParser<T> tryParse) where T : struct
    {
        if (r.Tokens.Count == 0) return null;
        string text = r.Tokens[0].Value;
        if (text.Trim() == text && tryParse(text, out T value)) return value;
        r.AddError(error(text));
        return null;
    }

    /// <summary>
    /// Runs a command's execution, mapping what it throws to the tool's exit codes in one place: a user's mistake
    /// (bad input, unusable file or directory) is one line on stderr and <see cref="Cli.BadInput"/>; anything else is
    /// one line and <see cref="Cli.Failed"/>. Never a stack trace.
    /// </summary>
    public static int Guarded(TextWriter error, Func<int> execute)
    {
        try
        {
            return execute();
        }
        catch (Exception e) when (IsBadInput(e))
        {
            error.WriteLine($"xorgen: {Cli.OneLine(e.Message)}");
            return Cli.BadInput;
        }
        catch (CommandFailedException e)
        {
            error.WriteLine($"xorgen: {Cli.OneLine(e.Message)}");
            return Cli.Failed;
        }
        catch (Exception e)
        {
            error.WriteLine($"xorgen: the run failed: {Cli.OneLine(e.Message)}");
            return Cli.Failed;
        }
    }

    /// <summary>Whether <paramref name="e"/> is the user's mistake (exit 2) rather than a failure (exit 1).</summary>
    public static bool IsBadInput(Exception e) => e is BadInputException or ArgumentException or DataFormatException
        or RunDirectoryException or FileNotFoundException or DirectoryNotFoundException;
}
