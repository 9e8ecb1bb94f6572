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

    /// <summary>Keeps a pattern that the rule-file reader has parsed already, so no analyzer parses it again.</summary>
    public static void Add(string pattern, ParsedPattern parsed)
    {
        if (Cache.Count < MaxCached && !Cache.ContainsKey(pattern))
        {
            Cache.TryAdd(pattern, parsed);
        }
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

/// <summary>A parsed pattern: elements of alternatives of words (null: any word), and its distinct words.</summary>
internal sealed class ParsedPattern
{
    public ParsedPattern(List<List<List<string?>>> elements)
        : this(ToArrays(elements))
    {
    }

    /// <summary>A pattern parsed before (the compact rule pack stores the arrays); <paramref name="elements"/> is kept, not copied.</summary>
    public ParsedPattern(string?[][][] elements)
    {
        var distinct = new HashSet<string>(StringComparer.Ordinal);
        var words = new List<string>();
        foreach (var alternatives in elements)
        {
            foreach (var alternative in alternatives)
            {
                foreach (var word in alternative)
                {
                    // In the order of first use, so a word table built from these gives the same ids as before.
                    if (word is not null && distinct.Add(word))
                    {
                        words.Add(word);
                    }
                }
            }
        }

        Elements = elements;
        Words = words.ToArray();
    }

    private static string?[][][] ToArrays(List<List<List<string?>>> elements)
    {
        var arrays = new string?[elements.Count][][];
        for (var e = 0; e < elements.Count; e++)
        {
            var alternatives = new string?[elements[e].Count][];
            for (var a = 0; a < alternatives.Length; a++)
            {
                alternatives[a] = elements[e][a].ToArray();
            }

            arrays[e] = alternatives;
        }

        return arrays;
    }

    /// <summary>Elements in order; each a set of alternatives; each a sequence of words (null: any word; empty: optional).</summary>
    public string?[][][] Elements { get; }

    /// <summary>Every word the pattern uses, once, in the order of first use.</summary>
    public string[] Words { get; }
}
