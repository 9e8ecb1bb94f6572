using System;
using System.Collections.Generic;
using Deescalation.Text;

namespace Deescalation.Analysis;

/// <summary>
/// The small pattern language of the phrase rows, parsed into words and nested groups of alternatives.
/// Words are separated by spaces; <c>(a|b c)</c> is a choice, <c>(a|b)?</c> or <c>word?</c> is optional,
/// <c>*</c> is any one word and <c>*3</c> up to three words. Contractions are split as in replies, so
/// "I'm" in a pattern also matches "I am".
/// </summary>
internal static class PhrasePattern
{
    /// <summary>Turns plain text (a product name, a team's phrase) into a pattern that matches it literally.</summary>
    public static string Literal(string text)
    {
        var chars = text.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (chars[i] is '(' or ')' or '|' or '*' or '?')
            {
                chars[i] = ' ';
            }
        }

        return new string(chars);
    }

    /// <summary>
    /// Parses into a sequence of items, each a word (null: any word) or a group of alternatives that are sequences
    /// themselves (an empty one: the group is optional). Groups keep their nesting: a class of small patterns such as
    /// patronizing-apology's &lt;feeling-tails&gt; stays a few hundred words instead of every word sequence it allows.
    /// </summary>
    public static List<PatternItem> Parse(string pattern, Contractions? contractions = null)
    {
        var items = new List<PatternItem>();
        var i = 0;
        while (i < pattern.Length)
        {
            var c = pattern[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }

            if (c == '(')
            {
                var close = MatchingParenthesis(pattern, i);
                var alternatives = new List<PatternItem[]>();
                foreach (var alternative in SplitTopLevel(pattern.Substring(i + 1, close - i - 1)))
                {
                    alternatives.Add(Parse(alternative, contractions).ToArray());
                }

                i = close + 1;
                if (i < pattern.Length && pattern[i] == '?')
                {
                    alternatives.Add(Array.Empty<PatternItem>());
                    i++;
                }

                items.Add(new PatternItem(alternatives.ToArray()));
                continue;
            }

            var end = i;
            while (end < pattern.Length && !char.IsWhiteSpace(pattern[end]) && pattern[end] != '(')
            {
                end++;
            }

            var token = pattern.Substring(i, end - i);
            i = end;
            if (token[0] == '*')
            {
                if (token.Length == 1)
                {
                    items.Add(new PatternItem((string?)null));
                    continue;
                }

                var max = int.Parse(token.Substring(1), System.Globalization.CultureInfo.InvariantCulture);
                if (max is < 1 or > 20)
                {
                    throw new FormatException($"A gap '{token}' in phrase pattern '{pattern}' must be '*' or '*1' to '*20'.");
                }

                // Up to max words: the choice of none, one, two, ... wildcards.
                var gaps = new PatternItem[max + 1][];
                for (var count = 0; count <= max; count++)
                {
                    gaps[count] = new PatternItem[count];
                    for (var k = 0; k < count; k++)
                    {
                        gaps[count][k] = new PatternItem((string?)null);
                    }
                }

                items.Add(new PatternItem(gaps));
                continue;
            }

            var optional = token.Length > 1 && token[token.Length - 1] == '?';
            if (optional)
            {
                token = token.Substring(0, token.Length - 1);
            }

            var words = Words(token, contractions);
            if (words.Count == 1 && !optional)
            {
                items.Add(new PatternItem(words[0]));
                continue;
            }

            // A token of several words ("I'm": "i am") stays one group, as one written word.
            var sequence = new PatternItem[words.Count];
            for (var k = 0; k < sequence.Length; k++)
            {
                sequence[k] = new PatternItem(words[k]);
            }

            items.Add(new PatternItem(optional ? new[] { sequence, Array.Empty<PatternItem>() } : new[] { sequence }));
        }

        return items;
    }

    /// <summary>Whether the items can match no word at all (every item an optional group).</summary>
    public static bool CanBeEmpty(IReadOnlyList<PatternItem> items)
    {
        foreach (var item in items)
        {
            if (!item.CanBeEmpty)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether some way through the items starts with a wildcard rather than a word.</summary>
    public static bool CanStartWithWildcard(IReadOnlyList<PatternItem> items)
    {
        foreach (var item in items)
        {
            if (item.Alternatives is not { } alternatives)
            {
                return item.Word is null;
            }

            foreach (var alternative in alternatives)
            {
                if (CanStartWithWildcard(alternative))
                {
                    return true;
                }
            }

            if (!item.CanBeEmpty)
            {
                return false;
            }
        }

        return false;
    }

    private static int MatchingParenthesis(string pattern, int open)
    {
        var depth = 0;
        for (var i = open; i < pattern.Length; i++)
        {
            if (pattern[i] == '(')
            {
                depth++;
            }
            else if (pattern[i] == ')' && --depth == 0)
            {
                return i;
            }
        }

        throw new FormatException($"Unclosed '(' in phrase pattern '{pattern}'.");
    }

    private static List<string> SplitTopLevel(string group)
    {
        var parts = new List<string>();
        var depth = 0;
        var start = 0;
        for (var i = 0; i < group.Length; i++)
        {
            if (group[i] == '(')
            {
                depth++;
            }
            else if (group[i] == ')')
            {
                depth--;
            }
            else if (group[i] == '|' && depth == 0)
            {
                parts.Add(group.Substring(start, i - start));
                start = i + 1;
            }
        }

        parts.Add(group.Substring(start));
        return parts;
    }

    /// <summary>
    /// Rewrites a pattern in normalised words with the language's contractions split ("I'm (sorry|sad)" becomes
    /// "i am (sorry|sad)"), so the matcher compiles it without knowing the language.
    /// </summary>
    public static string Normalize(string pattern, Contractions contractions) => Serialize(Parse(pattern, contractions));

    /// <summary>Writes parsed items back as a pattern of normalised words, groups nested as parsed.</summary>
    public static string Serialize(IReadOnlyList<PatternItem> items)
    {
        var text = new System.Text.StringBuilder(64);
        Serialize(items, text);
        return text.ToString();
    }

    private static void Serialize(IReadOnlyList<PatternItem> items, System.Text.StringBuilder text)
    {
        for (var i = 0; i < items.Count; i++)
        {
            if (i > 0)
            {
                text.Append(' ');
            }

            var item = items[i];
            if (item.Alternatives is not { } alternatives)
            {
                text.Append(item.Word ?? "*");
                continue;
            }

            text.Append('(');
            var optional = false;
            var first = true;
            foreach (var alternative in alternatives)
            {
                if (alternative.Length == 0)
                {
                    optional = true;
                    continue;
                }

                if (!first)
                {
                    text.Append('|');
                }

                first = false;
                Serialize(alternative, text);
            }

            text.Append(')');
            if (optional)
            {
                text.Append('?');
            }
        }
    }

    /// <summary>Splits plain text into normalised words the way the tokenizer does, contractions included when given.</summary>
    public static List<string?> Words(string text, Contractions? contractions = null)
    {
        var words = new List<string?>();
        foreach (var raw in text.Split(new[] { ' ', '\t', '\n', '\r' }, StringSplitOptions.RemoveEmptyEntries))
        {
            if (raw.Length == 2 && WordTable.IsApostrophe(raw[0]) && (raw[1] == 's' || raw[1] == 'S'))
            {
                // The possessive clitic on its own, as in the pattern "'s fault".
                words.Add("'s");
                continue;
            }

            foreach (var piece in SplitPunctuation(raw))
            {
                if (contractions is not null && contractions.TrySplit(piece.AsSpan(), out var firstLength, out var firstOverride, out var secondStart, out var second))
                {
                    words.Add(WordTable.Normalize(firstOverride ?? piece.Substring(0, firstLength)));
                    words.Add(second);
                }
                else
                {
                    words.Add(WordTable.Normalize(piece));
                }
            }
        }

        return words;
    }

    private static IEnumerable<string> SplitPunctuation(string raw)
    {
        // "sorry," -> "sorry", ","; "mix-up" -> "mix", "up"; "100%" -> "100", "%".
        var start = 0;
        for (var i = 0; i < raw.Length; i++)
        {
            var c = raw[i];
            var isWordChar = char.IsLetterOrDigit(c) || (WordTable.IsApostrophe(c) && i > start && i + 1 < raw.Length && char.IsLetter(raw[i + 1]));
            if (isWordChar)
            {
                continue;
            }

            if (c == '.' && i + 2 < raw.Length && raw[i + 1] == '.' && raw[i + 2] == '.')
            {
                if (i > start)
                {
                    yield return raw.Substring(start, i - start);
                }

                yield return "...";
                i += 2;
                start = i + 1;
                continue;
            }

            if (i > start)
            {
                yield return raw.Substring(start, i - start);
            }

            if (c != '-' || i == 0 || i == raw.Length - 1)
            {
                yield return c == '\'' ? "\"" : c.ToString();
            }

            start = i + 1;
        }

        if (start < raw.Length)
        {
            yield return raw.Substring(start);
        }
    }
}
