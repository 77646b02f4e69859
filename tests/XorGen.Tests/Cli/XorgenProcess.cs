using System.Diagnostics;

namespace XorGen.Tests.Cli;

/// <summary>The real <c>xorgen</c> tool as a child process (the built xorgen.dll beside the tests, run by this dotnet host).</summary>
internal static class XorgenProcess
{
    public static string Dll => Path.Combine(AppContext.BaseDirectory, "xorgen.dll");

    /// <summary>Culture environments a child runs under: invariant, and three with comma decimals or the Turkish i.</summary>
    public static readonly string[] Cultures = ["", "de_DE.UTF-8", "fr_FR.UTF-8", "tr_TR.UTF-8"];

    public static ProcessStartInfo StartInfo(string workingDirectory, string culture, params string[] args)
    {
        var host = Environment.ProcessPath!;
        var start = new ProcessStartInfo(host)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        if (Path.GetFileNameWithoutExtension(host) != "xorgen") start.ArgumentList.Add(Dll);
        foreach (var a in args) start.ArgumentList.Add(a);
        if (culture.Length > 0)
        {
            start.Environment["LANG"] = culture;
            start.Environment["LC_ALL"] = culture;
            start.Environment["DOTNET_SYSTEM_GLOBALIZATION_INVARIANT"] = "0";
            start.Environment["DOTNET_SYSTEM_GLOBALIZATION_PREDEFINED_CULTURES_ONLY"] = "0";
        }
        else
        {
            start.Environment["LANG"] = "C";
            start.Environment["LC_ALL"] = "C";
        }
        return start;
    }

    public static Result Run(string workingDirectory, string culture, params string[] args)
    {
        using var p = Process.Start(StartInfo(workingDirectory, culture, args))!;
        var err = p.StandardError.ReadToEndAsync();
        string output = p.StandardOutput.ReadToEnd();
        if (!p.WaitForExit(120_000)) { p.Kill(entireProcessTree: true); throw new TimeoutException("xorgen " + string.Join(' ', args)); }
        return new Result(p.ExitCode, output, err.Result);
    }

    public sealed record Result(int Code, string Out, string Err)
    {
        public string[] ErrLines => Err.Split('\n', StringSplitOptions.RemoveEmptyEntries);
    }
}
