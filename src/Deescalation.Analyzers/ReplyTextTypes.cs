namespace Deescalation.Analyzers;

using System;
using System.Collections.Concurrent;
using Microsoft.CodeAnalysis;

/// <summary>
/// Types whose string fields and properties are reply text without an attribute, from
/// <c>deescalation.reply_text_types = MyApp.Replies.*, MyApp.Emails.CannedReplies</c> in .editorconfig or .globalconfig:
/// a name ending in <c>.*</c> takes every type in that namespace and the ones below it, any other name one type.
/// </summary>
internal sealed class ReplyTextTypes
{
    public const string OptionKey = "deescalation.reply_text_types";

    private static readonly ConcurrentDictionary<string, ReplyTextTypes> Parsed = new(StringComparer.Ordinal);

    private readonly string[] _namespaces;
    private readonly string[] _types;

    private ReplyTextTypes(string[] namespaces, string[] types)
    {
        _namespaces = namespaces;
        _types = types;
    }

    public static ReplyTextTypes Parse(string value) => Parsed.GetOrAdd(value, static text =>
    {
        var names = text.Split(new[] { ',', ';', ' ' }, StringSplitOptions.RemoveEmptyEntries);
        var namespaces = new System.Collections.Generic.List<string>();
        var types = new System.Collections.Generic.List<string>();
        foreach (var name in names)
        {
            if (name.EndsWith(".*", StringComparison.Ordinal))
            {
                namespaces.Add(name.Substring(0, name.Length - 1));
            }
            else if (name == "*")
            {
                namespaces.Add(string.Empty);
            }
            else
            {
                types.Add(name);
            }
        }

        return new ReplyTextTypes(namespaces.ToArray(), types.ToArray());
    });

    public bool Contains(INamedTypeSymbol? type)
    {
        if (type is null)
        {
            return false;
        }

        var name = type.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat);
        if (name.StartsWith("global::", StringComparison.Ordinal))
        {
            name = name.Substring("global::".Length);
        }

        foreach (var exact in _types)
        {
            if (string.Equals(exact, name, StringComparison.Ordinal))
            {
                return true;
            }
        }

        foreach (var prefix in _namespaces)
        {
            if (name.StartsWith(prefix, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
