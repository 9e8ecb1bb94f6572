using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;

namespace Deescalation.Tests.TestSupport;

/// <summary>
/// The tests' own reading of a fixed reply, written apart from the engine's checks so that it can catch them out:
/// what a fix left behind that the original did not have near the edit.
/// </summary>
public static class WellFormedness
{
    private static readonly (string Name, Regex Pattern)[] Problems =
    {
        ("space before punctuation", new Regex(@"\w [,.;:!?]+(?=\s|$)", RegexOptions.Compiled)),
        ("doubled word", new Regex(@"\b(\w+) \1\b", RegexOptions.Compiled | RegexOptions.IgnoreCase)),
        ("sentence starts in lower case", new Regex(@"(?<![.]\w)(?<!\b(?:e\.g|i\.e|etc|vs|approx|no|ref))[.!?] +[a-z]", RegexOptions.Compiled)),
        ("dangling function word", new Regex(@"\b(?:let['’]s (?:the|a|an|your|my)|be I(?:['’]ll|['’]m)?|the|a|an|and|or|my|your|our|of|with)(?= *[,.;:!?])", RegexOptions.Compiled | RegexOptions.IgnoreCase)),
        ("doubled punctuation", new Regex(@"[,;:] *[,.;:]|  ", RegexOptions.Compiled)),
        ("glued words", new Regex(@"[a-z][.,!?][A-Za-z]{2}|[a-z][A-Z][a-z]", RegexOptions.Compiled)),
    };

    /// <summary>The problems that <paramref name="after"/> has more of than <paramref name="before"/>.</summary>
    public static IEnumerable<string> Introduced(string before, string after)
    {
        foreach (var (name, pattern) in Problems)
        {
            if (pattern.Matches(after).Count > pattern.Matches(before).Count)
            {
                yield return name;
            }
        }

        if (Count(after, '[') - Count(after, ']') != Count(before, '[') - Count(before, ']') || Count(after, '{') != Count(before, '{'))
        {
            yield return "placeholder broken";
        }
    }

    /// <summary>Digits in <paramref name="after"/> that <paramref name="before"/> did not have.</summary>
    public static bool AddsANumber(string before, string after)
    {
        var had = new HashSet<string>();
        foreach (Match number in Regex.Matches(before, @"\d+"))
        {
            had.Add(number.Value);
        }

        foreach (Match number in Regex.Matches(after, @"\d+"))
        {
            if (!had.Contains(number.Value))
            {
                return true;
            }
        }

        return false;
    }

    private static int Count(string text, char c)
    {
        var count = 0;
        foreach (var x in text)
        {
            count += x == c ? 1 : 0;
        }

        return count;
    }
}
