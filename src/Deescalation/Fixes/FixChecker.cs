using System;
using System.Buffers;
using System.Collections.Generic;
using Deescalation.Rules.Data;

namespace Deescalation.Fixes;

/// <summary>
/// The well-formedness checks a safe fix must pass: its result, read around each edit, has no problem that the
/// original did not have there. The problems are a space before punctuation, a doubled word, doubled spaces or
/// punctuation, a sentence left starting in lower case, a dangling function word ("let's the", "be I'll", "and,"),
/// a placeholder touched, and text inserted inside a word. The word lists are the language pack's
/// (<c>fix-dangling-pairs</c>, <c>fix-dangling-before-punctuation</c>); the rest is structure.
/// </summary>
internal sealed class FixChecker
{
    /// <summary>How far around an edit the result is read, at most, on each side.</summary>
    private const int Reach = 240;

    private readonly string[][] _pairs;
    private readonly string[][][] _pairsByInitial;
    private readonly string[][] _beforePunctuationByLength;
    private readonly int _cutMargin;

    /// <summary>The whole chunks of shared text kept between a cut and the edits (<see cref="Cut"/>).</summary>
    internal int CutMargin => _cutMargin;

    public FixChecker(LanguagePack pack)
    {
        var pairs = new List<string[]>();
        if (pack.Classes.TryGetValue("fix-dangling-pairs", out var pairClass))
        {
            foreach (var item in pairClass.Items)
            {
                pairs.Add(item.Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries));
            }
        }

        _pairs = pairs.ToArray();
        var longest = 1;
        foreach (var pair in _pairs)
        {
            longest = Math.Max(longest, pair.Length);
        }

        // Whole space-separated chunks of common text that a cut keeps between itself and the edits (see Cut): more than the
        // words a dangling pair reads, so every count that reads across a cut reads the same text in both windows.
        _cutMargin = longest + 1;

        // A safe fix's result is read word by word against every pair: only the pairs a word's first letter can start.
        _pairsByInitial = new string[128][][];
        for (var c = 0; c < 128; c++)
        {
            var candidates = new List<string[]>();
            foreach (var pair in _pairs)
            {
                if (pair.Length == 0 || !DiffersInAscii((char)c, pair[0][0]))
                {
                    candidates.Add(pair);
                }
            }

            _pairsByInitial[c] = candidates.ToArray();
        }

        // Looked up by a span of the window, so by length, each compared ignoring case as a set of strings would.
        var byLength = new List<List<string>>();
        if (pack.Classes.TryGetValue("fix-dangling-before-punctuation", out var words))
        {
            foreach (var word in words.Items)
            {
                while (byLength.Count <= word.Length)
                {
                    byLength.Add(new List<string>());
                }

                byLength[word.Length].Add(word);
            }
        }

        _beforePunctuationByLength = new string[byLength.Count][];
        for (var length = 0; length < byLength.Count; length++)
        {
            _beforePunctuationByLength[length] = byLength[length].ToArray();
        }
    }

    /// <summary>What is wrong with applying <paramref name="edits"/> to <paramref name="text"/>, or null when nothing is.</summary>
    public string? Problem(string text, IReadOnlyList<TextEdit> edits)
    {
        if (edits.Count == 0)
        {
            return null;
        }

        int first = int.MaxValue, last = 0;
        foreach (var edit in edits)
        {
            if (edit.Span.End > text.Length)
            {
                return "an edit reaches past the end of the text";
            }

            if (IsInsideWord(text, edit))
            {
                return "text is inserted inside a word";
            }

            if (TouchesPlaceholder(text, edit))
            {
                return "a placeholder is touched";
            }

            first = Math.Min(first, edit.Span.Start);
            last = Math.Max(last, edit.Span.End);
        }

        // The window is read in place; its fixed text is written to a pooled buffer, never to a new string.
        var start = WindowStart(text, first);
        var end = WindowEnd(text, last);
        var capacity = end - start;
        foreach (var edit in edits)
        {
            capacity += edit.NewText.Length;
        }

        var buffer = ArrayPool<char>.Shared.Rent(Math.Max(capacity, 1));
        try
        {
            var length = ApplyInWindow(text, start, end, edits, buffer);
            var before = text.AsSpan(start, end - start);
            var after = buffer.AsSpan(0, length);
            var (left, right) = Cut(before, after, _cutMargin);
            return Worse(before.Slice(left, before.Length - right - left), after.Slice(left, after.Length - right - left));
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }

    /// <summary>
    /// How much of the text the two windows share at their start (<c>left</c> chars) and at their end (<c>right</c>) can
    /// be left out of <see cref="Worse"/>: only what lies between the edits and the cuts is read, not the whole window.
    /// </summary>
    /// <remarks>
    /// Each count of <see cref="Worse"/> is a sum of problems, each read from a few chars: a mark and the two chars before
    /// it, a mark and the spaces and char after it, a word and the word before it across spaces, the words of a dangling
    /// pair with the marks after them, a bracket. A problem read wholly from the text the two windows share is counted
    /// in both, so it cannot make one count exceed the other; only the problems that read an edit's text decide. A cut
    /// therefore stands in the shared text, at the start of a word after a space (no word, no run of spaces and no
    /// problem is split there but the ones read from shared text alone), with <paramref name="margin"/> whole chunks of
    /// shared text (runs of chars without a space, each with a letter, so each holding a word) between the cut and the
    /// edits, more than a dangling pair's words: every problem that reads across a cut reads shared text only, the
    /// same in both windows, and so does every count's state (the word before, for a doubled word) after the cut. So
    /// each count differs between the two cut windows exactly as it does between the whole windows.
    /// </remarks>
    internal static (int Left, int Right) Cut(ReadOnlySpan<char> before, ReadOnlySpan<char> after, int margin)
    {
        var shortest = Math.Min(before.Length, after.Length);
        var prefix = 0;
        while (prefix < shortest && before[prefix] == after[prefix])
        {
            prefix++;
        }

        var suffix = 0;
        while (suffix < shortest - prefix && before[before.Length - 1 - suffix] == after[after.Length - 1 - suffix])
        {
            suffix++;
        }

        return (LeftCut(before.Slice(0, prefix), margin), RightCut(before.Slice(before.Length - suffix), margin));
    }

    /// <summary>
    /// The last word start after a space in <paramref name="shared"/> (the text both windows start with) that
    /// <paramref name="margin"/> whole chunks with letters follow, each ended by a space within it; 0 when there is none.
    /// </summary>
    private static int LeftCut(ReadOnlySpan<char> shared, int margin)
    {
        // The last chunk may go on past the shared text: only the chunks before its space count.
        var i = shared.Length - 1;
        while (i >= 0 && shared[i] != ' ')
        {
            i--;
        }

        var chunks = 0;
        while (i >= 0)
        {
            while (i >= 0 && shared[i] == ' ')
            {
                i--;
            }

            var letter = false;
            while (i >= 0 && shared[i] != ' ')
            {
                letter |= char.IsLetter(shared[i]);
                i--;
            }

            chunks += letter ? 1 : 0;
            if (i >= 0 && chunks >= margin && char.IsLetter(shared[i + 1]))
            {
                return i + 1;
            }
        }

        return 0;
    }

    /// <summary>
    /// How many chars of <paramref name="shared"/> (the text both windows end with) lie after its first word start after
    /// a space that <paramref name="margin"/> whole chunks with letters precede, each begun after a space within it; 0
    /// when there is none.
    /// </summary>
    private static int RightCut(ReadOnlySpan<char> shared, int margin)
    {
        // The first chunk may begin before the shared text: only the chunks after its end count.
        var i = 0;
        while (i < shared.Length && shared[i] != ' ')
        {
            i++;
        }

        var chunks = 0;
        while (i < shared.Length)
        {
            while (i < shared.Length && shared[i] == ' ')
            {
                i++;
            }

            if (i < shared.Length && chunks >= margin && char.IsLetter(shared[i]))
            {
                return shared.Length - i;
            }

            var letter = false;
            while (i < shared.Length && shared[i] != ' ')
            {
                letter |= char.IsLetter(shared[i]);
                i++;
            }

            // A chunk that the shared text's end cuts is not whole, and no cut can follow it.
            chunks += letter && i < shared.Length ? 1 : 0;
        }

        return 0;
    }

    /// <summary>The first problem that <paramref name="after"/> has more often than <paramref name="before"/>.</summary>
    internal string? Worse(ReadOnlySpan<char> before, ReadOnlySpan<char> after)
    {
        // Each count of the fixed text first: a count is never negative, so the original's is read only when the fixed
        // text has some of that problem (most fixes have none), and none after the first problem found.
        var now = SpaceBeforePunctuation(after);
        if (now > 0 && now > SpaceBeforePunctuation(before))
        {
            return "a space before punctuation";
        }

        now = DoubledSeparators(after);
        if (now > 0 && now > DoubledSeparators(before))
        {
            return "doubled spaces or punctuation";
        }

        now = DoubledWords(after);
        if (now > 0 && now > DoubledWords(before))
        {
            return "a doubled word";
        }

        now = LowerCaseSentenceStarts(after);
        if (now > 0 && now > LowerCaseSentenceStarts(before))
        {
            return "a sentence starts in lower case";
        }

        now = Dangling(after);
        if (now > 0 && now > Dangling(before))
        {
            return "a dangling function word";
        }

        if (Unbalanced(after) != Unbalanced(before))
        {
            return "a placeholder is broken";
        }

        return null;
    }

    /// <summary>
    /// Writes <c>text[start..end]</c> with <paramref name="edits"/> applied to <paramref name="destination"/> and returns
    /// its length: <see cref="TextEdit.Apply"/> on that window, edits taken in a stable order of their start, an edit
    /// that overlaps one taken or follows an insertion at its point skipped, but with no list, sort delegate or string.
    /// </summary>
    private static int ApplyInWindow(string text, int start, int end, IReadOnlyList<TextEdit> edits, char[] destination)
    {
        var count = edits.Count;
        long[]? order = null;
        var sorted = true;
        for (var i = 1; i < count && sorted; i++)
        {
            sorted = edits[i - 1].Span.Start <= edits[i].Span.Start;
        }

        if (!sorted)
        {
            // Start, then the caller's index: sorting the keys is the stable sort by start.
            order = ArrayPool<long>.Shared.Rent(count);
            for (var i = 0; i < count; i++)
            {
                order[i] = ((long)(edits[i].Span.Start - start) << 32) | (uint)i;
            }

            Array.Sort(order, 0, count);
        }

        try
        {
            var windowLength = end - start;
            var written = 0;
            var position = 0;
            var lastInsertAt = -1;
            for (var k = 0; k < count; k++)
            {
                var edit = edits[order is null ? k : (int)(order[k] & 0xFFFFFFFF)];
                var spanStart = edit.Span.Start - start;
                var spanEnd = spanStart + edit.Span.Length;
                if (spanEnd > windowLength || spanStart < position)
                {
                    continue;
                }

                if (spanStart == lastInsertAt)
                {
                    // A second edit at the point of an insertion would run two texts together: keep the first.
                    continue;
                }

                text.CopyTo(start + position, destination, written, spanStart - position);
                written += spanStart - position;
                edit.NewText.CopyTo(0, destination, written, edit.NewText.Length);
                written += edit.NewText.Length;
                position = spanEnd;
                lastInsertAt = edit.Span.IsEmpty ? spanStart : -1;
            }

            text.CopyTo(start + position, destination, written, windowLength - position);
            return written + windowLength - position;
        }
        finally
        {
            if (order is not null)
            {
                ArrayPool<long>.Shared.Return(order);
            }
        }
    }

    /// <summary>Whether the char at <paramref name="i"/> is a slash with a letter or digit on each side ("w/compensation").</summary>
    private static bool IsJoiningSlash(string text, int i) =>
        i > 0 && i + 1 < text.Length && text[i] == '/' && char.IsLetterOrDigit(text[i - 1]) && char.IsLetterOrDigit(text[i + 1]);

    /// <summary>
    /// Whether the edit splits a written word or glues new text to one: text inserted between two letters or beside a
    /// slash that joins words, a replacement that ends inside a word, a deletion that leaves two words touching.
    /// </summary>
    private static bool IsInsideWord(string text, TextEdit edit)
    {
        var start = edit.Span.Start;
        var end = edit.Span.End;
        var newText = edit.NewText;

        // Replacing a word's first letter by its capital ("the" -> "The") keeps the word whole.
        var keepsFirstLetter = edit.Span.Length > 0 && newText.Length > 0 && char.ToLowerInvariant(newText[newText.Length - 1]) == char.ToLowerInvariant(text[end - 1]);
        if (start > 0 && start < text.Length && char.IsLetterOrDigit(text[start - 1]) && char.IsLetterOrDigit(text[start]) && newText.Length > 0)
        {
            return true;
        }

        // "reach out to guest w/compensation", "and/or": a slash between letters joins one written word; nothing goes in
        // on either side of it.
        if (newText.Length > 0 && (IsJoiningSlash(text, start - 1) || (start < text.Length && IsJoiningSlash(text, start))))
        {
            return true;
        }

        if (edit.Span.Length > 0 && end < text.Length && char.IsLetterOrDigit(text[end - 1]) && char.IsLetterOrDigit(text[end]) && !keepsFirstLetter)
        {
            return true;
        }

        if (newText.Length == 0)
        {
            // A deletion that leaves two words touching: "payment, not us, so" -> "paymentso".
            return edit.Span.Length > 0 && start > 0 && end < text.Length && char.IsLetterOrDigit(text[start - 1]) && char.IsLetterOrDigit(text[end]);
        }

        // New text glued to a word: "Hiyou", "sorry.The".
        return (start > 0 && char.IsLetterOrDigit(text[start - 1]) && char.IsLetterOrDigit(newText[0]))
            || (end < text.Length && char.IsLetterOrDigit(text[end]) && char.IsLetterOrDigit(newText[newText.Length - 1]) && !keepsFirstLetter);
    }

    private static bool TouchesPlaceholder(string text, TextEdit edit)
    {
        for (var i = edit.Span.Start; i < edit.Span.End; i++)
        {
            var c = text[i];
            if (c is '[' or ']' or '{' or '}')
            {
                return true;
            }

            // "%NAME%" is a placeholder; "100%" is not.
            if (c == '%' && ((i + 1 < text.Length && char.IsLetter(text[i + 1])) || (i > 0 && char.IsLetter(text[i - 1]))))
            {
                return true;
            }
        }

        return false;
    }

    private static int WindowStart(string text, int position)
    {
        var limit = Math.Max(0, position - Reach);
        for (var i = position - 1; i >= limit; i--)
        {
            if (text[i] == '\n')
            {
                return i + 1;
            }
        }

        return limit;
    }

    private static int WindowEnd(string text, int position)
    {
        var limit = Math.Min(text.Length, position + Reach);
        for (var i = position; i < limit; i++)
        {
            if (text[i] == '\n')
            {
                return i;
            }
        }

        return limit;
    }

    private static int SpaceBeforePunctuation(ReadOnlySpan<char> s)
    {
        // Only the punctuation marks are read (found by a vectorised search): most of a window is words and spaces.
        var count = 0;
        for (var i = NextOf(s, 0, PunctuationMarks); i >= 0; i = NextOf(s, i + 1, PunctuationMarks))
        {
            // "... ." and "word ." but not an ellipsis or a list marker at a line start.
            if (i >= 2 && s[i - 1] == ' ' && s[i - 2] != ' ' && s[i - 2] != '\n')
            {
                count++;
            }
        }

        return count;
    }

    private static int DoubledSeparators(ReadOnlySpan<char> s)
    {
        // Two spaces, found as such, and then a separator after another (the marks alone are read).
        var count = 0;
        for (var i = NextPairOfSpaces(s, 0); i >= 0; i = NextPairOfSpaces(s, i))
        {
            count++;
        }

        for (var i = NextOf(s, 1, SeparatorMarks); i >= 0; i = NextOf(s, i + 1, SeparatorMarks))
        {
            if (s[i] is ',' or ';' or ':' && (s[i - 1] is ',' or ';' or ':' or '.' || (s[i - 1] == ' ' && i >= 2 && s[i - 2] is ',' or ';' or ':' or '.')))
            {
                count++;
            }
            else if (s[i] == '.' && s[i - 1] is ',' or ';' or ':')
            {
                count++;
            }
        }

        return count;
    }

    private static int DoubledWords(ReadOnlySpan<char> s)
    {
        var count = 0;
        var previousStart = -1;
        var previousLength = 0;
        var i = 0;
        while (i < s.Length)
        {
            if (!char.IsLetter(s[i]))
            {
                // Only words separated by spaces alone are a doubled word; punctuation between them is a new clause.
                if (s[i] != ' ')
                {
                    previousStart = -1;
                }

                i++;
                continue;
            }

            var start = i;
            while (i < s.Length && (char.IsLetter(s[i]) || s[i] is '\'' or '\u2019'))
            {
                i++;
            }

            var length = i - start;
            if (previousStart >= 0 && length == previousLength && s.Slice(previousStart, length).Equals(s.Slice(start, length), StringComparison.OrdinalIgnoreCase))
            {
                count++;
            }

            previousStart = start;
            previousLength = length;
        }

        return count;
    }

    private static int LowerCaseSentenceStarts(ReadOnlySpan<char> s)
    {
        var count = 0;
        for (var i = NextOf(s, 0, SentenceMarks); i >= 0; i = NextOf(s, i + 1, SentenceMarks))
        {
            // "e.g. the" and "..." are not sentence ends; a sentence end is a mark after a word, then spaces.
            if (i == 0 || !char.IsLetterOrDigit(s[i - 1]) || (i >= 2 && s[i - 2] == '.'))
            {
                continue;
            }

            var j = i + 1;
            if (j >= s.Length || s[j] != ' ')
            {
                continue;
            }

            while (j < s.Length && s[j] == ' ')
            {
                j++;
            }

            if (j < s.Length && char.IsLower(s[j]))
            {
                count++;
            }
        }

        return count;
    }

    private int Dangling(ReadOnlySpan<char> text)
    {
        // The words are read with a typographic apostrophe as a plain one: from a pooled copy of the window when it has
        // one, else in place. A window's words fit on the stack unless it is long.
        const int StackWords = 128;
        var maxWords = (text.Length / 2) + 1;
        char[]? normalized = null;
        (int Start, int Length, bool PunctuationAfter)[]? pooledWords = null;
        try
        {
            var s = text;
            if (text.IndexOf('\u2019') >= 0)
            {
                normalized = ArrayPool<char>.Shared.Rent(text.Length);
                for (var i = 0; i < text.Length; i++)
                {
                    normalized[i] = text[i] == '\u2019' ? '\'' : text[i];
                }

                s = normalized.AsSpan(0, text.Length);
            }

            Span<(int Start, int Length, bool PunctuationAfter)> words = maxWords <= StackWords
                ? stackalloc (int Start, int Length, bool PunctuationAfter)[StackWords]
                : (pooledWords = ArrayPool<(int Start, int Length, bool PunctuationAfter)>.Shared.Rent(maxWords));
            var wordCount = Words(s, words);
            var count = 0;
            for (var w = 0; w < wordCount; w++)
            {
                var (start, length, punctuationAfter) = words[w];
                if (punctuationAfter && IsBeforePunctuationWord(s.Slice(start, length)))
                {
                    count++;
                }

                var initial = s[start];
                foreach (var pair in initial < 128 ? _pairsByInitial[initial] : _pairs)
                {
                    if (w + pair.Length > wordCount || (pair.Length > 0 && length != pair[0].Length))
                    {
                        continue;
                    }

                    var all = true;
                    for (var k = 0; k < pair.Length && all; k++)
                    {
                        var (ps, pl, pp) = words[w + k];
                        all = pl == pair[k].Length && s.Slice(ps, pl).Equals(pair[k].AsSpan(), StringComparison.OrdinalIgnoreCase) && (k == pair.Length - 1 || !pp);
                    }

                    if (all)
                    {
                        count++;
                    }
                }
            }

            return count;
        }
        finally
        {
            if (pooledWords is not null)
            {
                ArrayPool<(int Start, int Length, bool PunctuationAfter)>.Shared.Return(pooledWords);
            }

            if (normalized is not null)
            {
                ArrayPool<char>.Shared.Return(normalized);
            }
        }
    }

    private bool IsBeforePunctuationWord(ReadOnlySpan<char> word)
    {
        if (word.Length >= _beforePunctuationByLength.Length)
        {
            return false;
        }

        foreach (var candidate in _beforePunctuationByLength[word.Length])
        {
            if (word.Equals(candidate.AsSpan(), StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether a sentence is already garbled by a slip of editing: a contraction that opens a clause restarted after a
    /// mark, one word on ("but there's unfortunately, there's nothing more we can do"; "then Display, then Cast" is a
    /// list). A fix spliced into it reads no better (fix reads S, U and Z), so the verifier offers none; the finding stays.
    /// </summary>
    public static bool Garbled(ReadOnlySpan<char> sentence)
    {
        Span<(int Start, int Length, bool PunctuationAfter)> words = stackalloc (int, int, bool)[(sentence.Length + 1) / 2];
        var count = Words(sentence, words);
        for (var a = 0; a + 2 < count; a++)
        {
            var (start, length, _) = words[a];
            var word = sentence.Slice(start, length);
            if (words[a + 1].PunctuationAfter && words[a + 2].Length == length && word.IndexOfAny('\'', '\u2019') >= 0 &&
                word.Equals(sentence.Slice(words[a + 2].Start, length), StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Two ASCII chars that differ ignoring case, so no word starting with one equals a word starting with the other.</summary>
    private static bool DiffersInAscii(char a, char b) => a < 128 && b < 128 && (a | 0x20) != (b | 0x20);

    /// <summary>
    /// Writes the words of <paramref name="s"/>, apostrophes included, and whether punctuation follows each, to
    /// <paramref name="words"/> (room for one word in two chars, the most a text holds) and returns how many there are.
    /// </summary>
    private static int Words(ReadOnlySpan<char> s, Span<(int Start, int Length, bool PunctuationAfter)> words)
    {
        var count = 0;
        var i = 0;
        while (i < s.Length)
        {
            if (!char.IsLetter(s[i]))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < s.Length && (char.IsLetter(s[i]) || ((s[i] is '\'' or '\u2019') && i + 1 < s.Length && char.IsLetter(s[i + 1]))))
            {
                i++;
            }

            var j = i;
            while (j < s.Length && s[j] == ' ')
            {
                j++;
            }

            var punctuation = j < s.Length && s[j] is ',' or '.' or ';' or ':' or '!' or '?';
            words[count++] = (start, i - start, punctuation);
        }

        return count;
    }

    private static int Unbalanced(ReadOnlySpan<char> s)
    {
        var square = 0;
        var curly = 0;
        for (var i = NextOf(s, 0, Brackets); i >= 0; i = NextOf(s, i + 1, Brackets))
        {
            var c = s[i];
            square += c == '[' ? 1 : c == ']' ? -1 : 0;
            curly += c == '{' ? 1 : c == '}' ? -1 : 0;
        }

        return (square * 31) + curly;
    }

    // The chars each count reads; the rest of a window is skipped by a vectorised search.
#if NET
    private static readonly System.Buffers.SearchValues<char> PunctuationMarks = System.Buffers.SearchValues.Create(",.;:!?");
    private static readonly System.Buffers.SearchValues<char> SeparatorMarks = System.Buffers.SearchValues.Create(",;:.");
    private static readonly System.Buffers.SearchValues<char> SentenceMarks = System.Buffers.SearchValues.Create(".!?");
    private static readonly System.Buffers.SearchValues<char> Brackets = System.Buffers.SearchValues.Create("[]{}");

    /// <summary>The first index at or after <paramref name="from"/> of one of <paramref name="chars"/>, or -1.</summary>
    private static int NextOf(ReadOnlySpan<char> s, int from, System.Buffers.SearchValues<char> chars)
#else
    private const string PunctuationMarks = ",.;:!?";
    private const string SeparatorMarks = ",;:.";
    private const string SentenceMarks = ".!?";
    private const string Brackets = "[]{}";

    /// <summary>The first index at or after <paramref name="from"/> of one of <paramref name="chars"/>, or -1.</summary>
    private static int NextOf(ReadOnlySpan<char> s, int from, string chars)
#endif
    {
        if (from >= s.Length)
        {
            return -1;
        }

#if NET
        var found = s.Slice(from).IndexOfAny(chars);
#else
        var found = s.Slice(from).IndexOfAny(chars.AsSpan());
#endif
        return found < 0 ? -1 : from + found;
    }

    /// <summary>
    /// The index of the second space of the first two spaces in a row from <paramref name="from"/> on, or -1; from that
    /// index the next call finds the pair it starts ("   " holds two).
    /// </summary>
    private static int NextPairOfSpaces(ReadOnlySpan<char> s, int from)
    {
        if (from >= s.Length)
        {
            return -1;
        }

        var found = s.Slice(from).IndexOf("  ".AsSpan());
        return found < 0 ? -1 : from + found + 1;
    }
}
