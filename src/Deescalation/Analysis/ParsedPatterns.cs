using System;
using System.Collections.Concurrent;
using System.Collections.Generic;

namespace Deescalation.Analysis;

/// <summary>
/// Phrase patterns parsed once per process. The rule tables are shared by every analyzer, and a pattern whose
/// groups nest class words ("&lt;heads&gt;") is the costly part of building one: each analyzer after the first
/// reads its patterns from here instead of parsing them again.
/// </summary>
internal static class ParsedPatterns
{
    /// <summary>Enough for the built-in tables and many teams' own phrases; past it, patterns are parsed each time.</summary>
    private const int MaxCached = 8192;

    private static readonly ConcurrentDictionary<string, ParsedPattern> Cache = new(StringComparer.Ordinal);

    /// <summary>
    /// Keeps a pattern that the rule-file reader has parsed already, so no analyzer parses it again, and returns the parse
    /// to use: the one kept before when two rows share a pattern (with different conditions), so both read one parse.
    /// </summary>
    public static ParsedPattern Add(string pattern, ParsedPattern parsed)
    {
        if (Cache.TryGetValue(pattern, out var kept))
        {
            return kept;
        }

        return Cache.Count < MaxCached ? Cache.GetOrAdd(pattern, parsed) : parsed;
    }

    public static ParsedPattern Get(string pattern)
    {
        if (Cache.TryGetValue(pattern, out var parsed))
        {
            return parsed;
        }

        parsed = new ParsedPattern(PhrasePattern.Parse(pattern));
        if (Cache.Count < MaxCached)
        {
            Cache.TryAdd(pattern, parsed);
        }

        return parsed;
    }
}

/// <summary>A parsed pattern: its items (words and nested groups) and its distinct words.</summary>
internal sealed class ParsedPattern
{
    public ParsedPattern(List<PatternItem> items)
        : this(items.ToArray())
    {
    }

    /// <summary>A pattern parsed before (the compact rule pack stores the items); <paramref name="items"/> is kept, not copied.</summary>
    public ParsedPattern(PatternItem[] items)
    {
        var distinct = new HashSet<string>(StringComparer.Ordinal);
        var words = new List<string>();
        AddWords(items, distinct, words);
        Items = items;
        Words = words.ToArray();
    }

    /// <summary>The pattern as written: a sequence of words and groups, a group's alternatives sequences again.</summary>
    public PatternItem[] Items { get; }

    /// <summary>Every word the pattern uses, once, in the order it is written.</summary>
    public string[] Words { get; }

    private static void AddWords(PatternItem[] items, HashSet<string> distinct, List<string> words)
    {
        foreach (var item in items)
        {
            if (item.Alternatives is { } alternatives)
            {
                foreach (var alternative in alternatives)
                {
                    AddWords(alternative, distinct, words);
                }
            }
            else if (item.Word is { } word && distinct.Add(word))
            {
                words.Add(word);
            }
        }
    }
}

/// <summary>One item of a parsed pattern: a word (null: any word) or a group of alternatives, each a sequence of items.</summary>
internal readonly struct PatternItem
{
    public PatternItem(string? word)
    {
        Word = word;
        Alternatives = null;
    }

    public PatternItem(PatternItem[][] alternatives)
    {
        Word = null;
        Alternatives = alternatives;
    }

    /// <summary>The word of a word item; null for any word (<c>*</c>) or for a group.</summary>
    public string? Word { get; }

    /// <summary>The alternatives of a group (an empty one makes the group optional); null for a word.</summary>
    public PatternItem[][]? Alternatives { get; }

    /// <summary>Whether the item can match no word: a group with an alternative that can.</summary>
    public bool CanBeEmpty
    {
        get
        {
            if (Alternatives is null)
            {
                return false;
            }

            foreach (var alternative in Alternatives)
            {
                if (PhrasePattern.CanBeEmpty(alternative))
                {
                    return true;
                }
            }

            return false;
        }
    }
}
