using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;

namespace Deescalation.Cli.Inputs;

/// <summary>
/// The `deesc-disable-next-line ID...`, `deesc-disable ID...` and `deesc-enable [ID...]` comments of a file, as line ranges.
/// No ids means every rule; an id may also be a category name.
/// </summary>
internal sealed partial class SuppressionIndex
{
    private readonly List<Range> _ranges = new();
    private readonly List<(string? Id, int FromLine)> _open = new();

    public bool IsEmpty => _ranges.Count == 0 && _open.Count == 0;

    /// <summary>Reads a comment's text; returns false when it is not a deesc directive.</summary>
    public bool AddComment(string comment, int startLine, int endLine)
    {
        var match = DirectivePattern().Match(comment);
        if (!match.Success)
        {
            return false;
        }

        var ids = SplitIds(match.Groups["ids"].Value);
        switch (match.Groups["kind"].Value)
        {
            case "disable-next-line":
                _ranges.Add(new Range(endLine + 1, endLine + 1, ids, NextLine: true));
                break;
            case "disable-line":
                _ranges.Add(new Range(startLine, endLine, ids, NextLine: false));
                break;
            case "disable":
                if (ids is null)
                {
                    _open.Add((null, startLine));
                }
                else
                {
                    foreach (var id in ids)
                    {
                        _open.Add((id, startLine));
                    }
                }

                break;
            case "enable":
                for (var i = _open.Count - 1; i >= 0; i--)
                {
                    var (openId, from) = _open[i];
                    if (ids is null || (openId is not null && Array.Exists(ids, id => string.Equals(id, openId, StringComparison.OrdinalIgnoreCase))))
                    {
                        _ranges.Add(new Range(from, startLine, openId is null ? null : new[] { openId }, NextLine: false));
                        _open.RemoveAt(i);
                    }
                }

                break;
        }

        return true;
    }

    /// <summary>Whether a finding on <paramref name="line"/> is suppressed; <paramref name="replyLine"/> also counts for next-line comments when given.</summary>
    public bool IsSuppressed(int line, int replyLine, string id, string category)
    {
        foreach (var range in _ranges)
        {
            var hit = (line >= range.From && line <= range.To) || (range.NextLine && replyLine > 0 && replyLine == range.From);
            if (hit && Matches(range.Ids, id, category))
            {
                return true;
            }
        }

        foreach (var (openId, from) in _open)
        {
            if (line >= from && (openId is null || Matches(new[] { openId }, id, category)))
            {
                return true;
            }
        }

        return false;
    }

    private static bool Matches(string[]? ids, string id, string category)
    {
        if (ids is null)
        {
            return true;
        }

        foreach (var candidate in ids)
        {
            if (string.Equals(candidate, id, StringComparison.OrdinalIgnoreCase) || string.Equals(candidate, category, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static string[]? SplitIds(string text)
    {
        var parts = text.Split(new[] { ' ', ',', '\t' }, StringSplitOptions.RemoveEmptyEntries);
        var ids = new List<string>();
        foreach (var part in parts)
        {
            if (part.StartsWith("--", StringComparison.Ordinal))
            {
                break; // "-- reason" ends the id list, as in ESLint
            }

            ids.Add(part);
        }

        return ids.Count == 0 ? null : ids.ToArray();
    }

    [GeneratedRegex(@"^\s*deesc-(?<kind>disable-next-line|disable-line|disable|enable)\b(?<ids>[^\r\n]*?)\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex DirectivePattern();

    private sealed record Range(int From, int To, string[]? Ids, bool NextLine);
}
