using System;

namespace Deescalation;

/// <summary>
/// Splits contractions so that "I'm" matches "I am", "can't" matches "cannot" and "we'll" matches "we will".
/// The same split serves the phrase tables at start-up and the reply on the hot path.
/// </summary>
internal static class Contractions
{
    /// <summary>Splits <paramref name="word"/> into two parts, or returns false to keep it whole.</summary>
    /// <param name="word">The word as written (any case, any apostrophe).</param>
    /// <param name="firstLength">The length of the first part in the original word.</param>
    /// <param name="firstOverride">The normalised first part when it differs from the text ("wo" of "won't" is "will").</param>
    /// <param name="secondStart">Where the second part starts in the original word.</param>
    /// <param name="second">The normalised second part ("not", "am", "will", "is", "'s").</param>
    public static bool TrySplit(ReadOnlySpan<char> word, out int firstLength, out string? firstOverride, out int secondStart, out string second)
    {
        firstLength = 0;
        firstOverride = null;
        secondStart = 0;
        second = string.Empty;

        var apostrophe = -1;
        for (var i = 1; i < word.Length - 1; i++)
        {
            if (WordTable.IsApostrophe(word[i]))
            {
                apostrophe = i;
                break;
            }
        }

        if (apostrophe < 0)
        {
            return TrySplitUnmarked(word, ref firstLength, ref firstOverride, ref secondStart, ref second);
        }

        var tail = word.Slice(apostrophe + 1);
        if (tail.Length == 1 && Fold(tail[0]) == 't' && Fold(word[apostrophe - 1]) == 'n')
        {
            // "don't", "isn't", "can't", "won't", "shan't", "ain't".
            firstLength = apostrophe - 1;
            secondStart = apostrophe - 1;
            second = "not";
            firstOverride = NegativeStem(word.Slice(0, firstLength));
            return firstLength > 0;
        }

        var clitic = Clitic(tail);
        if (clitic is null)
        {
            return false;
        }

        firstLength = apostrophe;
        secondStart = apostrophe;
        second = clitic;
        if (clitic == "'s")
        {
            var stem = word.Slice(0, apostrophe);
            if (IsPronounBeforeIs(stem))
            {
                second = "is";
            }
            else if (EqualsFolded(stem, "let"))
            {
                second = "us";
            }
        }

        return true;
    }

    private static bool TrySplitUnmarked(ReadOnlySpan<char> word, ref int firstLength, ref string? firstOverride, ref int secondStart, ref string second)
    {
        // Chat shorthand without the apostrophe, and "cannot".
        if (EqualsFolded(word, "cannot"))
        {
            firstLength = 3;
            secondStart = 3;
            second = "not";
            return true;
        }

        if (word.Length >= 4 && Fold(word[word.Length - 1]) == 't' && Fold(word[word.Length - 2]) == 'n')
        {
            var stem = word.Slice(0, word.Length - 2);
            string? known = null;
            if (EqualsFolded(stem, "do") || EqualsFolded(stem, "does") || EqualsFolded(stem, "did") || EqualsFolded(stem, "is") ||
                EqualsFolded(stem, "was") || EqualsFolded(stem, "are") || EqualsFolded(stem, "were") || EqualsFolded(stem, "could") ||
                EqualsFolded(stem, "would") || EqualsFolded(stem, "should") || EqualsFolded(stem, "have") || EqualsFolded(stem, "has"))
            {
                known = string.Empty;
            }
            else if (EqualsFolded(stem, "ca"))
            {
                known = "can";
            }
            else if (EqualsFolded(stem, "wo"))
            {
                known = "will";
            }

            if (known is not null)
            {
                firstLength = stem.Length;
                secondStart = stem.Length;
                second = "not";
                firstOverride = known.Length == 0 ? null : known;
                return true;
            }
        }

        return false;
    }

    private static string? NegativeStem(ReadOnlySpan<char> stem)
    {
        if (EqualsFolded(stem, "ca"))
        {
            return "can";
        }

        if (EqualsFolded(stem, "wo"))
        {
            return "will";
        }

        if (EqualsFolded(stem, "sha"))
        {
            return "shall";
        }

        return EqualsFolded(stem, "ai") ? "is" : null;
    }

    private static string? Clitic(ReadOnlySpan<char> tail)
    {
        if (tail.Length == 1)
        {
            return Fold(tail[0]) switch
            {
                'm' => "am",
                'd' => "would",
                's' => "'s",
                _ => null,
            };
        }

        if (tail.Length == 2)
        {
            var a = Fold(tail[0]);
            var b = Fold(tail[1]);
            if (a == 'r' && b == 'e')
            {
                return "are";
            }

            if (a == 'v' && b == 'e')
            {
                return "have";
            }

            if (a == 'l' && b == 'l')
            {
                return "will";
            }
        }

        return null;
    }

    private static bool IsPronounBeforeIs(ReadOnlySpan<char> stem) =>
        EqualsFolded(stem, "it") || EqualsFolded(stem, "that") || EqualsFolded(stem, "there") || EqualsFolded(stem, "what") ||
        EqualsFolded(stem, "here") || EqualsFolded(stem, "he") || EqualsFolded(stem, "she") || EqualsFolded(stem, "who") ||
        EqualsFolded(stem, "where") || EqualsFolded(stem, "how") || EqualsFolded(stem, "this") || EqualsFolded(stem, "everything") ||
        EqualsFolded(stem, "nothing") || EqualsFolded(stem, "something") || EqualsFolded(stem, "someone") || EqualsFolded(stem, "somebody") ||
        EqualsFolded(stem, "everyone") || EqualsFolded(stem, "one");

    private static char Fold(char c) => WordTable.Fold(c);

    private static bool EqualsFolded(ReadOnlySpan<char> span, string lower)
    {
        if (span.Length != lower.Length)
        {
            return false;
        }

        for (var i = 0; i < span.Length; i++)
        {
            if (Fold(span[i]) != lower[i])
            {
                return false;
            }
        }

        return true;
    }
}
