using System;
using System.Collections.Concurrent;
using System.Globalization;
using System.IO;
using System.Text.Json;
using Deescalation.Cli.Inputs;

namespace Deescalation.Cli.Configuration;

/// <summary>
/// Finds and reads `.deescalation.json`: the nearest one in a file's folder or its parents (like .editorconfig),
/// or the one given with --config for every file.
/// </summary>
internal sealed class ConfigLoader
{
    public const string FileName = ".deescalation.json";

    private readonly ConcurrentDictionary<string, ConfigScope> _byConfigPath = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string?> _configForFolder = new(StringComparer.Ordinal);
    private readonly ConfigScope? _explicit;
    private ConfigScope? _defaults;

    public ConfigLoader(string? explicitConfigPath)
    {
        if (explicitConfigPath is not null)
        {
            var full = Path.GetFullPath(explicitConfigPath);
            if (!File.Exists(full))
            {
                throw new ConfigException(explicitConfigPath, 0, "configuration file not found");
            }

            _explicit = Load(full);
        }
    }

    /// <summary>The configuration for a file in <paramref name="folder"/>.</summary>
    public ConfigScope ForFolder(string folder)
    {
        if (_explicit is not null)
        {
            return _explicit;
        }

        var configPath = FindConfig(folder);
        if (configPath is null)
        {
            return _defaults ??= new ConfigScope(null, new DeescalationOptions());
        }

        return _byConfigPath.GetOrAdd(configPath, static path => Load(path));
    }

    private string? FindConfig(string folder)
    {
        if (_configForFolder.TryGetValue(folder, out var known))
        {
            return known;
        }

        var candidate = Path.Combine(folder, FileName);
        string? found;
        if (File.Exists(candidate))
        {
            found = candidate;
        }
        else
        {
            var parent = Path.GetDirectoryName(folder);
            found = parent is null ? null : FindConfig(parent);
        }

        _configForFolder[folder] = found;
        return found;
    }

    /// <summary>Reads a configuration file into analyzer options; errors name the file and line.</summary>
    public static ConfigScope Load(string path)
    {
        LoadedText loaded;
        try
        {
            loaded = LoadedText.Read(path);
        }
        catch (InputException e)
        {
            throw new ConfigException(path, e.Line, e.Message);
        }

        var options = Parse(path, loaded.Text);
        try
        {
            return new ConfigScope(path, options);
        }
        catch (ArgumentException e)
        {
            throw new ConfigException(path, 0, e.Message);
        }
    }

    public static DeescalationOptions Parse(string path, string json)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        }
        catch (JsonException e)
        {
            throw new ConfigException(path, (int)(e.LineNumber ?? 0) + 1, "invalid JSON: " + FirstSentence(e.Message));
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                throw new ConfigException(path, 1, "the configuration must be a JSON object");
            }

            var options = new DeescalationOptions();
            foreach (var property in root.EnumerateObject())
            {
                var value = property.Value;
                switch (property.Name)
                {
                    case "$schema":
                        break;
                    case "severities":
                        Expect(path, property.Name, value, JsonValueKind.Object);
                        foreach (var entry in value.EnumerateObject())
                        {
                            options.Severities[entry.Name] = ParseSeverity(path, "severities." + entry.Name, entry.Value);
                        }

                        break;
                    case "disabledRules":
                        foreach (var item in Strings(path, property.Name, value))
                        {
                            options.DisabledRules.Add(item);
                        }

                        break;
                    case "allowedPhrases":
                        foreach (var item in Strings(path, property.Name, value))
                        {
                            options.AllowedPhrases.Add(item);
                        }

                        break;
                    case "responseWindowBusinessDays":
                        options.ResponseWindowBusinessDays = Integer(path, property.Name, value);
                        break;
                    case "tooManyOptions":
                        options.TooManyOptions = Integer(path, property.Name, value);
                        break;
                    case "customRules":
                        Expect(path, property.Name, value, JsonValueKind.Array);
                        var index = 0;
                        foreach (var item in value.EnumerateArray())
                        {
                            options.CustomRules.Add(ParseCustomRule(path, index++, item));
                        }

                        break;
                    default:
                        throw new ConfigException(path, 0, $"unknown setting '{property.Name}' (expected severities, disabledRules, allowedPhrases, responseWindowBusinessDays, tooManyOptions, customRules)");
                }
            }

            try
            {
                options.Validate();
            }
            catch (ArgumentException e)
            {
                throw new ConfigException(path, 0, e.Message);
            }

            return options;
        }
    }

    private static CustomPhraseRule ParseCustomRule(string path, int index, JsonElement item)
    {
        var where = $"customRules[{index}]";
        Expect(path, where, item, JsonValueKind.Object);
        string? phrase = null, category = null, message = null, id = null, replacement = null;
        var severity = DiagnosticSeverity.Warning;
        foreach (var property in item.EnumerateObject())
        {
            switch (property.Name)
            {
                case "phrase":
                    phrase = Text(path, where + ".phrase", property.Value);
                    break;
                case "category":
                    category = Text(path, where + ".category", property.Value);
                    break;
                case "message":
                    message = Text(path, where + ".message", property.Value);
                    break;
                case "id":
                    id = Text(path, where + ".id", property.Value);
                    break;
                case "replacement":
                    replacement = Text(path, where + ".replacement", property.Value);
                    break;
                case "severity":
                    severity = ParseSeverity(path, where + ".severity", property.Value);
                    break;
                default:
                    throw new ConfigException(path, 0, $"unknown setting '{where}.{property.Name}' (expected phrase, category, message, replacement, id, severity)");
            }
        }

        if (phrase is null || category is null || message is null)
        {
            throw new ConfigException(path, 0, $"{where} needs 'phrase', 'category' and 'message'");
        }

        return new CustomPhraseRule(phrase, category, message) { Id = id, Replacement = replacement, Severity = severity };
    }

    internal static bool TryParseSeverity(string text, out DiagnosticSeverity severity)
    {
        switch (text.ToLowerInvariant())
        {
            case "none":
            case "off":
            case "hidden":
            case "silent":
                severity = DiagnosticSeverity.Hidden;
                return true;
            case "info":
            case "suggestion":
                severity = DiagnosticSeverity.Info;
                return true;
            case "warning":
            case "warn":
                severity = DiagnosticSeverity.Warning;
                return true;
            case "error":
                severity = DiagnosticSeverity.Error;
                return true;
            default:
                severity = default;
                return false;
        }
    }

    private static DiagnosticSeverity ParseSeverity(string path, string where, JsonElement value)
    {
        var text = Text(path, where, value);
        if (!TryParseSeverity(text, out var severity))
        {
            throw new ConfigException(path, 0, $"{where} is '{text}'; use none, info, warning or error");
        }

        return severity;
    }

    private static void Expect(string path, string where, JsonElement value, JsonValueKind kind)
    {
        if (value.ValueKind != kind)
        {
            throw new ConfigException(path, 0, $"{where} must be a JSON {kind.ToString().ToLowerInvariant()}, not {value.ValueKind.ToString().ToLowerInvariant()}");
        }
    }

    private static string Text(string path, string where, JsonElement value)
    {
        Expect(path, where, value, JsonValueKind.String);
        return value.GetString()!;
    }

    private static int Integer(string path, string where, JsonElement value)
    {
        if (value.ValueKind != JsonValueKind.Number || !value.TryGetInt32(out var number))
        {
            throw new ConfigException(path, 0, $"{where} must be a whole number");
        }

        return number;
    }

    private static System.Collections.Generic.IEnumerable<string> Strings(string path, string where, JsonElement value)
    {
        Expect(path, where, value, JsonValueKind.Array);
        var index = 0;
        foreach (var item in value.EnumerateArray())
        {
            yield return Text(path, string.Create(CultureInfo.InvariantCulture, $"{where}[{index++}]"), item);
        }
    }

    private static string FirstSentence(string message)
    {
        var end = message.IndexOf(" LineNumber", StringComparison.Ordinal);
        return (end > 0 ? message.Substring(0, end) : message).TrimEnd('.', ' ');
    }
}

/// <summary>A configuration file that cannot be used; the run stops with exit code 2.</summary>
internal sealed class ConfigException : Exception
{
    public ConfigException(string path, int line, string message)
        : base(message)
    {
        Path = path;
        Line = line;
    }

    public string Path { get; }

    public int Line { get; }

    public string Format() => Line > 0 ? $"{Path}({Line}): error: {Message}" : $"{Path}: error: {Message}";
}
