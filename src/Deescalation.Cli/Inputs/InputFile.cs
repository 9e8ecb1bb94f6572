using Deescalation.Cli.Configuration;

namespace Deescalation.Cli.Inputs;

/// <summary>One input: a file on disk or standard input.</summary>
internal sealed class InputFile
{
    public InputFile(string fullPath, string displayPath, InputFormat format, ConfigScope config)
    {
        FullPath = fullPath;
        DisplayPath = displayPath;
        Format = format;
        Config = config;
    }

    /// <summary>The absolute path, or "-" for standard input.</summary>
    public string FullPath { get; }

    /// <summary>The path as reported: relative to the working folder when inside it, with forward slashes.</summary>
    public string DisplayPath { get; }

    public InputFormat Format { get; }

    public ConfigScope Config { get; }

    public bool IsStdin => FullPath == "-";

    /// <summary>Inline suppression comments found while reading the file.</summary>
    public SuppressionIndex Suppressions { get; } = new();
}
