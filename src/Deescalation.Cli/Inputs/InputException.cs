using System;

namespace Deescalation.Cli.Inputs;

/// <summary>A problem with an input file that the user can fix; reported on one line, never with a stack trace.</summary>
internal sealed class InputException : Exception
{
    public InputException(string message, int line = 0)
        : base(message)
    {
        Line = line;
    }

    /// <summary>1-based line of the problem, or 0 when it concerns the whole file.</summary>
    public int Line { get; }
}
