using System;
using System.IO;
using System.Text;

namespace Deescalation.Cli;

/// <summary>What the CLI needs from its surroundings; tests pass their own so runs stay hermetic and parallel.</summary>
internal sealed class CliEnvironment
{
    private readonly Func<Stream>? _openStdin;
    private readonly Func<string, string?> _variables;

    public CliEnvironment(
        TextReader stdin,
        TextWriter stdout,
        TextWriter stderr,
        string workingDirectory,
        bool stdoutIsTerminal = false,
        bool stderrIsTerminal = false,
        Func<Stream>? openStdin = null,
        Func<string, string?>? variables = null)
    {
        Stdin = stdin;
        Stdout = stdout;
        Stderr = stderr;
        WorkingDirectory = workingDirectory;
        StdoutIsTerminal = stdoutIsTerminal;
        StderrIsTerminal = stderrIsTerminal;
        _openStdin = openStdin;
        _variables = variables ?? (_ => null);
    }

    public TextReader Stdin { get; }

    public TextWriter Stdout { get; }

    public TextWriter Stderr { get; }

    public string WorkingDirectory { get; }

    public bool StdoutIsTerminal { get; }

    public bool StderrIsTerminal { get; }

    /// <summary>Whether text output may use ANSI colours: standard output is a terminal and NO_COLOR (no-color.org) is unset or empty.</summary>
    public bool UseColor => StdoutIsTerminal && string.IsNullOrEmpty(GetVariable("NO_COLOR")) && GetVariable("TERM") != "dumb";

    public string? GetVariable(string name) => _variables(name);

    /// <summary>
    /// The bytes of standard input, so that it is decoded like a file (byte order mark, strict UTF-8). Without a byte
    /// stream (in-process callers that pass only a reader), the reader's text is taken as UTF-8.
    /// </summary>
    public byte[] ReadStdinBytes()
    {
        if (_openStdin is null)
        {
            return new UTF8Encoding(false).GetBytes(Stdin.ReadToEnd());
        }

        using var stream = _openStdin();
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return buffer.ToArray();
    }

    public static CliEnvironment FromConsole(TextWriter stdout) => new(
        Console.In,
        stdout,
        Console.Error,
        Directory.GetCurrentDirectory(),
        !Console.IsOutputRedirected,
        !Console.IsErrorRedirected && Environment.GetEnvironmentVariable("CI") is null,
        Console.OpenStandardInput,
        Environment.GetEnvironmentVariable);
}
