using System;
using System.Collections.Generic;
using Deescalation.Text;

namespace Deescalation.Analysis;

/// <summary>
/// The small pattern language of the phrase rows, parsed at start-up into elements of alternatives.
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

    /// <summary>Parses into elements, each a list of alternatives, each a list of words (empty for "optional").</summary>
    public static List<List<List<string?>>> Parse(string pattern, Contractions? contractions = null)
    {
        var elements = new List<List<List<string?>>>();
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
                var alternatives = new List<List<string?>>();
                foreach (var alternative in SplitTopLevel(pattern.Substring(i + 1, close - i - 1)))
                {
                    // A group may nest groups: expand each alternative on its own.
                    foreach (var expanded in ExpandAll(alternative, contractions))
                    {
                        alternatives.Add(expanded);
                    }
                }

                i = close + 1;
                if (i < pattern.Length && pattern[i] == '?')
                {
                    alternatives.Add(new List<string?>());
                    i++;
                }

                elements.Add(alternatives);
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
                var max = token.Length == 1 ? 1 : int.Parse(token.Substring(1), System.Globalization.CultureInfo.InvariantCulture);
                if (max is < 1 or > 20)
                {
                    throw new FormatException($"A gap '{token}' in phrase pattern '{pattern}' must be '*' or '*1' to '*20'.");
                }

                var alternatives = new List<List<string?>>();
                for (var count = token.Length == 1 ? 1 : 0; count <= max; count++)
                {
                    var words = new List<string?>();
                    for (var k = 0; k < count; k++)
                    {
                        words.Add(null);
                    }

                    alternatives.Add(words);
                }

                elements.Add(alternatives);
                continue;
            }

            var optional = token.Length > 1 && token[token.Length - 1] == '?';
            if (optional)
            {
                token = token.Substring(0, token.Length - 1);
            }

            var element = new List<List<string?>> { Words(token, contractions) };
            if (optional)
            {
                element.Add(new List<string?>());
            }

            elements.Add(element);
        }

        return elements;
    }

    private static List<List<string?>> ExpandAll(string pattern, Contractions? contractions)
    {
        // Every combination of one alternative per element, in the order of the nested loops the pattern reads as
        // (the last element varies fastest). Each combination is built once, at its final size: a class of nested
        // groups such as patronizing-apology's <feeling-tails> has thousands of them.
        var elements = Parse(pattern, contractions);
        var total = 1L;
        foreach (var element in elements)
        {
            total = Math.Min(total * element.Count, 1 << 20);
        }

        var results = new List<List<string?>>((int)total);
        if (total == 0)
        {
            return results;
        }

        var choice = new int[elements.Count];
        while (true)
        {
            var length = 0;
            for (var e = 0; e < elements.Count; e++)
            {
                length += elements[e][choice[e]].Count;
            }

            var combined = new List<string?>(length);
            for (var e = 0; e < elements.Count; e++)
            {
                combined.AddRange(elements[e][choice[e]]);
            }

            results.Add(combined);
            var position = elements.Count - 1;
            while (position >= 0 && ++choice[position] == elements[position].Count)
            {
                choice[position] = 0;
                position--;
            }

            if (position < 0)
            {
                return results;
            }
        }
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

    /// <summary>Writes parsed elements back as a pattern of normalised words.</summary>
    public static string Serialize(List<List<List<string?>>> elements)
    {
        var text = new System.Text.StringBuilder(64);
        foreach (var element in elements)
        {
            if (text.Length > 0)
            {
                text.Append(' ');
            }

            var optional = false;
            var alternatives = 0;
            List<string?>? single = null;
            foreach (var alternative in element)
            {
                if (alternative.Count == 0)
                {
                    optional = true;
                }
                else
                {
                    alternatives++;
                    single = alternative;
                }
            }

            if (alternatives == 1 && !optional && single!.Count == 1)
            {
                text.Append(single[0] ?? "*");
                continue;
            }

            // Written straight into the builder: a flattened class of nested groups has thousands of alternatives.
            text.Append('(');
            var first = true;
            foreach (var alternative in element)
            {
                if (alternative.Count == 0)
                {
                    continue;
                }

                if (!first)
                {
                    text.Append('|');
                }

                first = false;
                for (var i = 0; i < alternative.Count; i++)
                {
                    if (i > 0)
                    {
                        text.Append(' ');
                    }

                    text.Append(alternative[i] ?? "*");
                }
            }

            text.Append(')');
            if (optional)
            {
                text.Append('?');
            }
        }

        return text.ToString();
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
