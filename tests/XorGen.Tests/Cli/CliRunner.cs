namespace XorGen.Tests.Cli;

/// <summary>Runs the <c>xorgen</c> command line in process, as the tests do.</summary>
internal static class CliRunner
{
    /// <summary>The exit code and what the command wrote to stdout and stderr.</summary>
    public static (int Code, string Out, string Err) Invoke(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        int code = XorGen.Cli.Cli.Run(args, output, error);
        return (code, output.ToString(), error.ToString());
    }
}
