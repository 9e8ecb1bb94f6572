using System;
using System.IO;

namespace Deescalation.Cli;

/// <summary>What the CLI needs from its surroundings; tests pass their own so runs stay hermetic and parallel.</summary>
internal sealed class CliEnvironment
{
    public CliEnvironment(TextReader stdin, TextWriter stdout, TextWriter stderr, string workingDirectory, bool stdoutIsTerminal = false, bool stderrIsTerminal = false)
    {
        Stdin = stdin;
        Stdout = stdout;
        Stderr = stderr;
        WorkingDirectory = workingDirectory;
        StdoutIsTerminal = stdoutIsTerminal;
        StderrIsTerminal = stderrIsTerminal;
    }

    public TextReader Stdin { get; }

    public TextWriter Stdout { get; }

    public TextWriter Stderr { get; }

    public string WorkingDirectory { get; }

    public bool StdoutIsTerminal { get; }

    public bool StderrIsTerminal { get; }

    public static CliEnvironment FromConsole(TextWriter stdout) => new(
        Console.In,
        stdout,
        Console.Error,
        Directory.GetCurrentDirectory(),
        !Console.IsOutputRedirected,
        !Console.IsErrorRedirected && Environment.GetEnvironmentVariable("CI") is null);
}
