namespace XorGen.Cli;

/// <summary>Input the tool refuses: the message is the one line the user sees (exit code 2).</summary>
internal class BadInputException(string message) : Exception(message);
