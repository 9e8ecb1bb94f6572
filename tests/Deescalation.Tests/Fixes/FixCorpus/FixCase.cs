using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Deescalation.Tests.Fixes.FixCorpus;

/// <summary>
/// One before/after pair of the fix corpus (<c>Fixes/FixCorpus/*.yaml</c>, written by hand): a reply, the finding to
/// pick, and the whole text a careful editor expects after applying that finding's first fix alone.
/// </summary>
public sealed record FixCase(
    string Id,
    string File,
    int Line,
    string Rule,
    string Text,
    string? At,
    string? Customer,
    int? Window,
    CustomPhraseRule? Custom,
    FixApplicability? Applicability,
    string? Expected,
    IReadOnlyList<string> Placeholders,
    string Position,
    string? KnownBad,
    ReplyChannel Channel = ReplyChannel.Unspecified)
{
    private static readonly Lazy<IReadOnlyList<FixCase>> All = new(() => LoadFolder(Path.Combine(AppContext.BaseDirectory, "Fixes", "FixCorpus")));

    /// <summary>Every case of every corpus file, in file order.</summary>
    public static IReadOnlyList<FixCase> Corpus => All.Value;

    /// <summary>The positions a case may name: where in the reply the fixed phrase stands.</summary>
    public static readonly IReadOnlyCollection<string> Positions = new[]
    {
        "start", "middle", "end", "greeting", "list", "template", "markdown", "html", "emoji", "curly", "chat", "whole",
    };

    private static readonly HashSet<string> Keys = new(StringComparer.Ordinal)
    {
        "id", "rule", "text", "at", "customer", "window", "custom", "applicability", "expected", "placeholders", "position", "known-bad", "channel",
    };

    private static readonly HashSet<string> CustomKeys = new(StringComparer.Ordinal) { "phrase", "category", "message", "replacement", "id" };

    /// <summary>The analyzer this case runs with: the default one, or one with the case's window or team rule.</summary>
    public ReplyAnalyzer Analyzer()
    {
        if (Window is null && Custom is null)
        {
            return ReplyAnalyzer.Default;
        }

        var options = new DeescalationOptions { ResponseWindowBusinessDays = Window };
        if (Custom is not null)
        {
            options.CustomRules.Add(Custom);
        }

        return new ReplyAnalyzer(options);
    }

    public ReplyContext? Context => Customer is null && Channel == ReplyChannel.Unspecified ? null : new ReplyContext { CustomerMessage = Customer, Channel = Channel };

    public override string ToString() => Id;

    public static IReadOnlyList<FixCase> LoadFolder(string folder)
    {
        var cases = new List<FixCase>();
        var files = Directory.GetFiles(folder, "*.yaml");
        Array.Sort(files, StringComparer.Ordinal);
        foreach (var path in files)
        {
            using var reader = new StreamReader(path);
            cases.AddRange(Load(Path.GetFileName(path), reader));
        }

        return cases;
    }

    /// <summary>Reads one corpus file: a YAML sequence of cases. A malformed case throws with the file and its line.</summary>
    public static IReadOnlyList<FixCase> Load(string file, TextReader reader)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(reader);
        }
        catch (YamlException e)
        {
            throw new FormatException($"{file}:{e.Start.Line}: {e.Message}", e);
        }

        var cases = new List<FixCase>();
        if (stream.Documents.Count == 0)
        {
            return cases;
        }

        if (stream.Documents[0].RootNode is not YamlSequenceNode sequence)
        {
            throw Error(file, stream.Documents[0].RootNode, "a corpus file is a list of cases");
        }

        foreach (var node in sequence)
        {
            cases.Add(Case(file, node));
        }

        return cases;
    }

    /// <summary>The case's channel: <c>chat</c> or <c>email</c>; unspecified when absent.</summary>
    private static ReplyChannel ChannelOf(string file, YamlMappingNode map) => Optional(file, map, "channel") switch
    {
        null => ReplyChannel.Unspecified,
        "chat" => ReplyChannel.Chat,
        "email" => ReplyChannel.Email,
        var other => throw Error(file, map.Children[new YamlScalarNode("channel")], $"channel '{other}' is not one of chat, email"),
    };

    private static FixCase Case(string file, YamlNode node)
    {
        if (node is not YamlMappingNode map)
        {
            throw Error(file, node, "a case is a mapping (id, rule, text, applicability, expected, ...)");
        }

        foreach (var key in map.Children.Keys)
        {
            var name = ((YamlScalarNode)key).Value ?? string.Empty;
            if (!Keys.Contains(name))
            {
                throw Error(file, key, $"unknown key '{name}'");
            }
        }

        var id = Required(file, map, "id");
        var rule = Required(file, map, "rule");
        var text = Required(file, map, "text");
        var applicabilityName = Required(file, map, "applicability");
        FixApplicability? applicability = applicabilityName switch
        {
            "safe" => FixApplicability.Safe,
            "needs-input" => FixApplicability.NeedsInput,
            "suggestion" => FixApplicability.Suggestion,
            "none" => null,
            _ => throw Error(file, map.Children[new YamlScalarNode("applicability")], $"applicability '{applicabilityName}' is not one of safe, needs-input, suggestion, none"),
        };

        var expected = Optional(file, map, "expected");
        if (applicability is null && expected is not null)
        {
            throw Error(file, map, $"case '{id}' offers no fix, so it has no 'expected'");
        }

        if (applicability is not null && expected is null)
        {
            throw Error(file, map, $"case '{id}' needs 'expected': the whole text after its fix");
        }

        var placeholders = new List<string>();
        if (map.Children.TryGetValue(new YamlScalarNode("placeholders"), out var list))
        {
            if (list is not YamlSequenceNode items)
            {
                throw Error(file, list, "'placeholders' is a list of the placeholder texts, e.g. [\"[day]\"]");
            }

            foreach (var item in items)
            {
                placeholders.Add(item is YamlScalarNode { Value: { } value } ? value : throw Error(file, item, "a placeholder is a string"));
            }
        }

        if (applicability == FixApplicability.NeedsInput && placeholders.Count == 0)
        {
            throw Error(file, map, $"case '{id}' needs input, so it lists its 'placeholders'");
        }

        int? window = null;
        if (Optional(file, map, "window") is { } days)
        {
            window = int.TryParse(days, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0
                ? n
                : throw Error(file, map.Children[new YamlScalarNode("window")], $"window '{days}' is not a number of business days");
        }

        var position = Required(file, map, "position");
        if (Array.IndexOf((string[])Positions, position) < 0)
        {
            throw Error(file, map.Children[new YamlScalarNode("position")], $"position '{position}' is not one of {string.Join(", ", Positions)}");
        }

        var at = Optional(file, map, "at");
        if (at is not null && text.IndexOf(at, StringComparison.Ordinal) < 0)
        {
            throw Error(file, map.Children[new YamlScalarNode("at")], $"'at' ({at}) is not in the text of case '{id}'");
        }

        return new FixCase(
            id,
            file,
            (int)map.Start.Line,
            rule,
            text,
            at,
            Optional(file, map, "customer"),
            window,
            CustomRule(file, map),
            applicability,
            expected,
            placeholders,
            position,
            Optional(file, map, "known-bad"),
            ChannelOf(file, map));
    }

    private static CustomPhraseRule? CustomRule(string file, YamlMappingNode map)
    {
        if (!map.Children.TryGetValue(new YamlScalarNode("custom"), out var node))
        {
            return null;
        }

        if (node is not YamlMappingNode custom)
        {
            throw Error(file, node, "'custom' is a mapping: phrase, category, message, replacement");
        }

        foreach (var key in custom.Children.Keys)
        {
            var name = ((YamlScalarNode)key).Value ?? string.Empty;
            if (!CustomKeys.Contains(name))
            {
                throw Error(file, key, $"unknown key '{name}' in 'custom'");
            }
        }

        return new CustomPhraseRule(Required(file, custom, "phrase"), Required(file, custom, "category"), Required(file, custom, "message"))
        {
            Replacement = Optional(file, custom, "replacement"),
            Id = Optional(file, custom, "id"),
        };
    }

    private static string Required(string file, YamlMappingNode map, string key) =>
        Optional(file, map, key) ?? throw Error(file, map, $"missing '{key}'");

    private static string? Optional(string file, YamlMappingNode map, string key)
    {
        if (!map.Children.TryGetValue(new YamlScalarNode(key), out var value))
        {
            return null;
        }

        return value is YamlScalarNode { Value: { } text } ? text : throw Error(file, value, $"'{key}' is a string");
    }

    private static FormatException Error(string file, YamlNode node, string message) => new($"{file}:{node.Start.Line}: {message}");
}
