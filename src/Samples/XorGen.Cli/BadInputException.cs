namespace XorGen.Cli;

/// <summary>Input the tool refuses: the message is the one line the user sees (exit code 2).</summary>
internal class BadInputException(string message) : Exception(message);

/// <summary>A command that could not do its work for a reason that is not the user's input (exit code 1, one line).</summary>
internal sealed class CommandFailedException(string message) : Exception(message);
