using System;

namespace Deescalation.Cli.Inputs;

internal enum InputFormat
{
    Text,
    Markdown,
    Json,
    JsonLines,
    Yaml,
    Csv,
    Email,
    Resx,
}

internal static class InputFormats
{
    public static InputFormat? FromPath(string path)
    {
        var extension = System.IO.Path.GetExtension(path);
        return extension.ToLowerInvariant() switch
        {
            ".txt" => InputFormat.Text,
            ".md" or ".markdown" => InputFormat.Markdown,
            ".json" => InputFormat.Json,
            ".jsonl" or ".ndjson" => InputFormat.JsonLines,
            ".yaml" or ".yml" => InputFormat.Yaml,
            ".csv" => InputFormat.Csv,
            ".eml" => InputFormat.Email,
            ".resx" => InputFormat.Resx,
            _ => null,
        };
    }

    public static InputFormat? FromName(string name) => name.ToLowerInvariant() switch
    {
        "txt" or "text" => InputFormat.Text,
        "md" or "markdown" => InputFormat.Markdown,
        "json" => InputFormat.Json,
        "jsonl" or "ndjson" => InputFormat.JsonLines,
        "yaml" or "yml" => InputFormat.Yaml,
        "csv" => InputFormat.Csv,
        "eml" => InputFormat.Email,
        "resx" => InputFormat.Resx,
        _ => null,
    };

    public static bool IsSupportedExtension(string path) => FromPath(path) is not null;

    public static readonly string[] Names = { "txt", "md", "json", "jsonl", "yaml", "csv", "eml", "resx" };

    public static bool CanRewrite(InputFormat format) => format switch
    {
        InputFormat.Text or InputFormat.Markdown or InputFormat.Json or InputFormat.JsonLines or InputFormat.Yaml => true,
        _ => false,
    };

    public static string Describe(InputFormat format) => format switch
    {
        InputFormat.Csv => "CSV cells",
        InputFormat.Email => "e-mail bodies",
        InputFormat.Resx => "resource values",
        _ => format.ToString(),
    };

    public static StringComparison PathComparison => OperatingSystem.IsWindows() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
}
