using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;

namespace Deescalation.Text;

/// <summary>
/// Turns the agent's own text into tokens in one pass: words (contractions split, case and apostrophes folded,
/// looked up in the shared <see cref="WordTable"/>), punctuation, and sentence boundaries. Markdown and HTML
/// markup, URLs, @mentions, template placeholders ({{first_name}}, {% if %}, %NAME%, [Agent Name]) and entities
/// are skipped without breaking a phrase, and every token keeps its offsets into the original string.
/// </summary>
internal sealed class Tokenizer
{
    /// <summary>Punctuation the tokenizer emits as tokens; phrase tables may use them.</summary>
    public static readonly string[] PunctuationWords = { ",", ".", "!", "?", ":", ";", "-", "%", "(", ")", "\"", "...", "&", "/", "$", "€", "£" };


    private const byte Space = 1;
    private const byte WordChar = 2;

    /// <summary>ASCII character classes, so the common case skips the Unicode tables.</summary>
    private static readonly byte[] AsciiClasses = CreateAsciiClasses();

    private readonly WordTable _table;
    private readonly TextLanguage _language;
    private readonly Contractions _contractions;
    private readonly int[] _asciiPunctuation = new int[128];

    public Tokenizer(WordTable table, TextLanguage language)
    {
        _table = table;
        _language = language;
        _contractions = language.Contractions;
        foreach (var word in PunctuationWords)
        {
            if (word.Length == 1 && word[0] < 128)
            {
                _asciiPunctuation[word[0]] = table.Find(word);
            }
        }

        Comma = table.Find(",");
        Period = table.Find(".");
        Bang = table.Find("!");
        Question = table.Find("?");
        Ellipsis = table.Find("...");
        Dash = table.Find("-");
        Quote = table.Find("\"");
    }

    public int Comma { get; }

    public int Period { get; }

    public int Bang { get; }

    public int Question { get; }

    public int Ellipsis { get; }

    public int Dash { get; }

    public int Quote { get; }

    public WordTable Table => _table;

    /// <summary>The language's text rules: contractions, abbreviations, sign-offs.</summary>
    public TextLanguage Language => _language;

    /// <summary>
    /// Tokenizes the reply's text into its tokens and sentences. The loop here reads spaces and the words inside a line,
    /// which are nearly every char of a reply, and hands every other char to <see cref="ReadOther"/>: kept this small,
    /// the loop holds its position in registers instead of spilling the state the rarer paths need.
    /// </summary>
    public void Tokenize(ReplyText reply)
    {
        var text = reply.Text;
        var n = text.Length;
        var excluded = reply.Excluded;
        var state = new ScanState
        {
            // The next excluded range's start, read once per range rather than once per character.
            Limit = excluded.Count > 0 ? Math.Min(n, excluded[0].Start) : n,
            QuoteOpen = -1,
            PendingBoundary = true,
            AtLineStart = true,
        };
        var classes = AsciiClasses;
        var i = 0;
        while (i < n)
        {
            if (i >= state.Limit)
            {
                i = SkipExcluded(excluded, i, n, ref state);
                continue;
            }

            var c = text[i];
            if (c < 128)
            {
                var kind = classes[c];
                if (kind == Space)
                {
                    i++;
                    continue;
                }

                if (kind == WordChar && !state.AtLineStart)
                {
                    state.Newlines = 0;
                    var end = TryEmitAsciiWord(reply, i, ref state, lineStart: false);
                    i = end > i ? end : ReadWord(reply, i, ref state, lineStart: false);
                    continue;
                }
            }

            i = ReadOther(reply, i, ref state);
        }
    }

    /// <summary>
    /// What the scan carries from one token to the next, in one place: the word loop keeps only its position in
    /// registers, and the rarer paths read and update the rest through a reference.
    /// </summary>
    private struct ScanState
    {
        /// <summary>Where the next excluded range starts, or the text's end: no token reads past it.</summary>
        public int Limit;

        /// <summary>The next excluded range to skip.</summary>
        public int ExcludedIndex;

        /// <summary>Line breaks since the last char that is not white space (two make a paragraph break).</summary>
        public int Newlines;

        /// <summary>The token of an open double quote, or -1.</summary>
        public int QuoteOpen;

        /// <summary>The next token starts a sentence.</summary>
        public bool PendingBoundary;

        /// <summary>The next token starts a list item.</summary>
        public bool PendingListItem;

        /// <summary>No char but white space since the last line break (or the text's start).</summary>
        public bool AtLineStart;
    }

    /// <summary>Skips the excluded range the scan has reached (quoted text, a signature) and finds the next one.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static int SkipExcluded(List<TextRange> excluded, int i, int n, ref ScanState state)
    {
        if (state.ExcludedIndex >= excluded.Count)
        {
            state.Limit = n;
            return i;
        }

        var range = excluded[state.ExcludedIndex++];
        if (i < range.End)
        {
            i = range.End;
            state.PendingBoundary = true;
            state.AtLineStart = true;
        }

        state.Limit = state.ExcludedIndex < excluded.Count ? Math.Min(n, excluded[state.ExcludedIndex].Start) : n;
        return i;
    }

    /// <summary>
    /// Reads what the loop in <see cref="Tokenize"/> leaves: line breaks and other white space, the first char of a
    /// line (a list marker, a heading), a word at a line's start or outside ASCII, punctuation and markup. Returns
    /// where the scan goes on.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private int ReadOther(ReplyText reply, int i, ref ScanState state)
    {
        var text = reply.Text;
        var limit = state.Limit;
        var c = text[i];
        if (c == '\n')
        {
            state.Newlines++;
            if (state.Newlines >= 2)
            {
                state.PendingBoundary = true;
            }

            state.AtLineStart = true;
            return i + 1;
        }

        if (char.IsWhiteSpace(c) || c == '\u200B' || c == '\uFEFF')
        {
            return i + 1;
        }

        state.Newlines = 0;
        var lineStart = false;
        if (state.AtLineStart)
        {
            state.AtLineStart = false;
            lineStart = true;
            var marker = ListMarkerLength(text, i, limit);
            if (marker > 0)
            {
                state.PendingBoundary = true;
                state.PendingListItem = true;
                return i + marker;
            }

            if (c == '#')
            {
                while (i < limit && text[i] == '#')
                {
                    i++;
                }

                state.PendingBoundary = true;
                return i;
            }
        }

        if (c < 128 ? AsciiClasses[c] == WordChar : char.IsLetterOrDigit(c))
        {
            if (c < 128)
            {
                var asciiEnd = TryEmitAsciiWord(reply, i, ref state, lineStart);
                if (asciiEnd > i)
                {
                    return asciiEnd;
                }
            }

            return ReadWord(reply, i, ref state, lineStart);
        }

        switch (c)
        {
            case '!':
            case '?':
            {
                var end = i;
                while (end < limit && (text[end] == '!' || text[end] == '?'))
                {
                    end++;
                }

                Emit(reply, i, end - i, c == '!' ? Bang : Question, TokenFlags.Punct, ref state, lineStart);
                state.PendingBoundary = true;
                return end;
            }

            case '.':
            {
                var end = i;
                while (end < limit && text[end] == '.')
                {
                    end++;
                }

                var boundary = IsSentenceEnd(reply, text, i, end, limit);
                Emit(reply, i, end - i, end - i >= 2 ? Ellipsis : Period, TokenFlags.Punct, ref state, lineStart);
                if (boundary)
                {
                    state.PendingBoundary = true;
                }

                return end;
            }

            case '\u2026':
                Emit(reply, i, 1, Ellipsis, TokenFlags.Punct, ref state, lineStart);
                if (i + 1 >= limit || char.IsWhiteSpace(text[i + 1]))
                {
                    state.PendingBoundary = true;
                }

                return i + 1;

            case '\u2013':
            case '\u2014':
                Emit(reply, i, 1, Dash, TokenFlags.Punct, ref state, lineStart);
                return i + 1;

            case '"':
            case '\u201C':
            case '\u201D':
            case '\u201E':
            case '\u00AB':
            case '\u00BB':
                Emit(reply, i, 1, Quote, TokenFlags.Punct, ref state, lineStart);
                state.QuoteOpen = CloseQuote(reply, state.QuoteOpen);
                return i + 1;

            case '<':
            {
                var end = SkipTag(text, i, limit, out var breaks, out var listItem);
                if (end > i)
                {
                    if (breaks)
                    {
                        state.PendingBoundary = true;
                        state.AtLineStart = true;
                    }

                    state.PendingListItem |= listItem;
                    return end;
                }

                break;
            }

            case '{':
            {
                var end = SkipBraces(text, i, limit);
                return end > i ? end : i + 1;
            }

            case '%':
            {
                var end = SkipPercentPlaceholder(text, i, limit);
                if (end > i)
                {
                    return end;
                }

                break;
            }

            case '[':
            {
                var end = SkipBracketPlaceholder(text, i, limit);
                return end > i ? end : i + 1;
            }

            case ']':
                return i + 1 < limit && text[i + 1] == '(' ? SkipParenthesised(text, i + 1, limit) : i + 1;

            case '&':
            {
                var end = SkipEntity(text, i, limit);
                if (end > i)
                {
                    return end;
                }

                break;
            }

            case '@':
            case '^':
                // @mentions and agent initials such as "^JK".
                return SkipToSpace(text, i, limit);

            case '-' when i > 0 && i + 1 < limit && char.IsLetterOrDigit(text[i - 1]) && char.IsLetterOrDigit(text[i + 1]):
                // A hyphen inside a word ("mix-up", "money-back"): the parts stay one phrase.
                return i + 1;

            case '*':
            case '~':
            case '-':
            {
                var end = SkipInitials(text, i, limit);
                if (end > i)
                {
                    return end;
                }

                if (c == '-')
                {
                    break;
                }

                return i + 1;
            }

            case '_':
            case '`':
            case '#':
            case '|':
                return i + 1;
        }

        if (c < 128)
        {
            var id = _asciiPunctuation[c];
            if (id != 0 || char.IsPunctuation(c) || char.IsSymbol(c))
            {
                Emit(reply, i, 1, c == '\'' ? Quote : id, TokenFlags.Punct, ref state, lineStart);
            }
        }
        else if (c is '€' or '£')
        {
            Emit(reply, i, 1, _table.Find(text.AsSpan(i, 1)), TokenFlags.Punct, ref state, lineStart);
        }

        // Emoji, symbols and other scripts' punctuation carry no phrase: skip them.
        return i + 1;
    }

    /// <summary>
    /// A word <see cref="TryEmitAsciiWord"/> leaves: one outside ASCII, or with an underscore, a number's separator,
    /// an address or a link (skipped, not emitted). Returns the word's end.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private int ReadWord(ReplyText reply, int start, ref ScanState state, bool lineStart)
    {
        var end = ScanWord(reply.Text, start, state.Limit, out var skip);
        if (!skip)
        {
            EmitWord(reply, start, end, ref state, lineStart);
        }

        return end;
    }

    /// <summary>
    /// Opens or closes a double-quoted stretch. A short quotation closed in its own sentence ("you said \"calm
    /// down\"") is someone else's words: its tokens are marked so no phrase is matched inside them.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static int CloseQuote(ReplyText reply, int quoteOpen)
    {
        var quote = reply.TokenCount - 1;
        if (quoteOpen < 0 || reply[quoteOpen].Sentence != reply[quote].Sentence || quote - quoteOpen > 16)
        {
            return quote;
        }

        for (var k = quoteOpen + 1; k < quote; k++)
        {
            reply[k].Flags |= TokenFlags.Allowed;
        }

        return -1;
    }

    /// <summary>
    /// The common case of a word, in one pass: ASCII letters and digits, possibly joined by apostrophes ("we'll",
    /// "don’t"), ended by a char that cannot continue a word. Its shape and folded hash are computed while scanning,
    /// so the word is looked up without another pass. Returns the word's end, or <paramref name="start"/> when the word
    /// needs <see cref="ScanWord"/> (an underscore, a number's separator, an address or a link, a char outside ASCII)
    /// and nothing was emitted.
    /// </summary>
    private int TryEmitAsciiWord(ReplyText reply, int start, ref ScanState state, bool lineStart)
    {
        var text = reply.Text;
        var limit = state.Limit;
        var classes = AsciiClasses;
        var hash = WordTable.HashSeed;
        var upper = 0;
        var digits = 0;
        var apostrophes = 0;
        var j = start;
        for (; j < limit; j++)
        {
            var c = text[j];
            if (c < 128)
            {
                if (classes[c] == WordChar)
                {
                    // An ASCII letter or digit folds by setting bit 5 (a digit has it already).
                    upper += (uint)(c - 'A') <= 'Z' - 'A' ? 1 : 0;
                    digits += (uint)(c - '0') <= 9 ? 1 : 0;
                    hash = WordTable.HashStep(hash, (char)(c | 0x20));
                    continue;
                }

                if (c is '.' or ',' or ':')
                {
                    // "word." and "word," end the word; "3.5", "1,000", "e.g", "www.", "https://" are ScanWord's.
                    if (j + 1 < limit && (text[j + 1] >= 128 || classes[text[j + 1]] == WordChar || text[j + 1] == '/'))
                    {
                        return start;
                    }

                    break;
                }

                if (c is '_' or '@')
                {
                    return start;
                }

                if (c != '\'')
                {
                    break;
                }
            }
            else if (c != '\u2019')
            {
                return start;
            }

            // An apostrophe: inside the word before a letter ("I'm", "we’ll"), as ScanWord reads it; the word's end
            // before anything else. A char outside ASCII after it is ScanWord's to read.
            if (j + 1 >= limit)
            {
                break;
            }

            var next = text[j + 1];
            if (next >= 128)
            {
                return start;
            }

            if (classes[next] != WordChar || (uint)(next - '0') <= 9)
            {
                break;
            }

            apostrophes++;
            hash = WordTable.HashStep(hash, '\'');
        }

        hash = WordTable.HashEnd(hash);
        var length = j - start;
        var letters = length - digits - apostrophes;
        var flags = TokenFlags.Word;
        if (digits > 0)
        {
            flags |= letters == 0 ? TokenFlags.HasDigit | TokenFlags.Number : TokenFlags.HasDigit;
        }

        if (letters > 0 && (uint)(text[start] - 'A') <= 'Z' - 'A')
        {
            flags |= TokenFlags.InitialUpper;
        }

        if (letters >= 2 && upper == letters)
        {
            flags |= TokenFlags.AllUpper;
        }

        if (start >= 2 && text[start - 1] == '-' && char.IsLetterOrDigit(text[start - 2]))
        {
            flags |= TokenFlags.AfterHyphen;
        }

        var span = text.AsSpan(start, length);
        int id;
        if (apostrophes == 0)
        {
            if (_contractions.MaySplitUnmarked(span, hash) && TryEmitContraction(reply, start, j, flags, hash, marked: false, ref state, lineStart))
            {
                return j;
            }

            id = _table.FindAlphanumeric(span, hash);
        }
        else
        {
            if (TryEmitContraction(reply, start, j, flags, hash, marked: true, ref state, lineStart))
            {
                return j;
            }

            id = _table.Find(span, hash);
        }

        Emit(reply, start, length, id, flags, ref state, lineStart);
        return j;
    }

    /// <summary>
    /// Emits a contraction of <see cref="TryEmitAsciiWord"/>'s as its two parts ("I'm": "I", "am"; "cannot": "can",
    /// "not"), or returns false to keep the word whole. <paramref name="marked"/>: the word has an apostrophe.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private bool TryEmitContraction(ReplyText reply, int start, int end, TokenFlags flags, uint hash, bool marked, ref ScanState state, bool lineStart)
    {
        var span = reply.Text.AsSpan(start, end - start);
        var firstLength = 0;
        string? firstOverride = null;
        var secondStart = 0;
        var second = string.Empty;
        if (marked
            ? _contractions.TrySplit(span, out firstLength, out firstOverride, out secondStart, out second)
            : _contractions.TrySplitUnmarked(span, hash, ref firstLength, ref firstOverride, ref secondStart, ref second))
        {
            EmitSplit(reply, start, end, flags, firstLength, firstOverride, secondStart, second, ref state, lineStart);
            return true;
        }

        return false;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void EmitSplit(ReplyText reply, int start, int end, TokenFlags flags, int firstLength, string? firstOverride, int secondStart, string second, ref ScanState state, bool lineStart)
    {
        var span = reply.Text.AsSpan(start, end - start);
        var firstId = firstOverride is null ? _table.Find(span.Slice(0, firstLength)) : _table.Find(firstOverride);
        Emit(reply, start, firstLength, firstId, flags | TokenFlags.Glued, ref state, lineStart);
        Emit(reply, start + secondStart, end - start - secondStart, _table.Find(second), TokenFlags.Word | TokenFlags.Clitic, ref state, false);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void EmitWord(ReplyText reply, int start, int end, ref ScanState state, bool lineStart)
    {
        var span = reply.Text.AsSpan(start, end - start);
        var flags = TokenFlags.Word | Shape(span);
        if (start > 0 && reply.Text[start - 1] == '-' && start >= 2 && char.IsLetterOrDigit(reply.Text[start - 2]))
        {
            flags |= TokenFlags.AfterHyphen;
        }

        if (_contractions.TrySplit(span, out var firstLength, out var firstOverride, out var secondStart, out var second))
        {
            EmitSplit(reply, start, end, flags, firstLength, firstOverride, secondStart, second, ref state, lineStart);
            return;
        }

        Emit(reply, start, end - start, _table.Find(span), flags, ref state, lineStart);
    }

    private static void Emit(ReplyText reply, int start, int length, int id, TokenFlags flags, ref ScanState state, bool lineStart)
    {
        if (lineStart)
        {
            flags |= TokenFlags.LineStart;
        }

        if (state.PendingListItem)
        {
            flags |= TokenFlags.ListItemStart;
            state.PendingListItem = false;
        }

        reply.AddToken(new Token { Start = start, Length = length, Id = id, Flags = flags }, state.PendingBoundary);
        state.PendingBoundary = false;
    }

    private static byte[] CreateAsciiClasses()
    {
        var classes = new byte[128];
        for (var c = 0; c < 128; c++)
        {
            if (c != '\n' && char.IsWhiteSpace((char)c))
            {
                classes[c] = Space;
            }
            else if (char.IsLetterOrDigit((char)c))
            {
                classes[c] = WordChar;
            }
        }

        return classes;
    }

    private static TokenFlags Shape(ReadOnlySpan<char> word)
    {
        var letters = 0;
        var upper = 0;
        var digits = 0;
        foreach (var c in word)
        {
            if (char.IsLetter(c))
            {
                letters++;
                if (char.IsUpper(c))
                {
                    upper++;
                }
            }
            else if (char.IsDigit(c) || c == '_')
            {
                digits++;
            }
        }

        var flags = TokenFlags.None;
        if (digits > 0)
        {
            flags |= TokenFlags.HasDigit;
            if (letters == 0)
            {
                flags |= TokenFlags.Number;
            }
        }

        if (letters > 0 && char.IsUpper(word[0]))
        {
            flags |= TokenFlags.InitialUpper;
        }

        if (letters >= 2 && upper == letters)
        {
            flags |= TokenFlags.AllUpper;
        }

        return flags;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static int ScanWord(string text, int start, int limit, out bool skip)
    {
        skip = false;
        var j = start;
        while (j < limit)
        {
            var c = text[j];
            if (c < 128 ? AsciiClasses[c] == WordChar : char.IsLetterOrDigit(c) || char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.NonSpacingMark)
            {
                j++;
                continue;
            }

            var hasNext = j + 1 < limit;
            if (c == '_' && hasNext && j > start && char.IsLetterOrDigit(text[j + 1]))
            {
                // An identifier or error code ("ERR_TOKEN_EXPIRED") is one token, never prose.
                j++;
                continue;
            }

            if (WordTable.IsApostrophe(c) && c != '`' && hasNext && char.IsLetter(text[j + 1]))
            {
                j++;
                continue;
            }

            if ((c == '.' || c == ',' || c == ':') && hasNext && char.IsDigit(text[j + 1]) && char.IsDigit(text[j - 1]))
            {
                j++;
                continue;
            }

            if ((c == '@' && hasNext && char.IsLetterOrDigit(text[j + 1])) || (c == ':' && j + 2 < limit && text[j + 1] == '/' && text[j + 2] == '/'))
            {
                // An email address or a URL: not the agent's prose.
                skip = true;
                return SkipToSpace(text, j, limit);
            }

            if (c == '.' && j - start == 3 && hasNext && char.IsLetterOrDigit(text[j + 1]) &&
                (text[start] == 'w' || text[start] == 'W') && (text[start + 1] == 'w' || text[start + 1] == 'W'))
            {
                skip = true;
                return SkipToSpace(text, j, limit);
            }

            break;
        }

        return j;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private bool IsSentenceEnd(ReplyText reply, string text, int dot, int end, int limit)
    {
        if (end >= limit)
        {
            return true;
        }

        var next = text[end];
        if (!char.IsWhiteSpace(next) && next != '"' && next != ')' && next != '\u201D' && next != '*' && next != '_' && next != '\'' && next != '\u2019')
        {
            // "e.g.", a file name, a domain, a version number.
            return false;
        }

        var k = end;
        while (k < limit && (char.IsWhiteSpace(text[k]) || text[k] is '"' or ')' or '\u201D' or '*' or '_'))
        {
            k++;
        }

        if (k < limit && char.IsLower(text[k]) && end - dot == 1)
        {
            return false;
        }

        if (end - dot == 1 && reply.TokenCount > 0)
        {
            var previous = reply.Tokens[reply.TokenCount - 1];
            if (previous.End == dot && previous.Is(TokenFlags.Word))
            {
                var word = text.AsSpan(previous.Start, previous.Length);
                if (word.Length == 1 && char.IsLetter(word[0]) && _language.SingleLetterWords.IndexOf(word[0]) < 0)
                {
                    return false;
                }

                foreach (var abbreviation in _language.Abbreviations)
                {
                    if (word.Equals(abbreviation.AsSpan(), StringComparison.OrdinalIgnoreCase))
                    {
                        return false;
                    }
                }
            }
        }

        return true;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static int ListMarkerLength(string text, int i, int limit)
    {
        var c = text[i];
        if ((c is '-' or '*' or '+' or '\u2022' or '\u00B7' or '\u2013' or '\u25AA' or '\u25CF') && i + 1 < limit && text[i + 1] == ' ')
        {
            return 2;
        }

        var j = i;
        while (j < limit && j - i < 3 && char.IsDigit(text[j]))
        {
            j++;
        }

        if (j == i && j < limit && c is >= 'a' and <= 'h' && j + 1 < limit && text[j + 1] == ')')
        {
            j++;
        }

        if (j > i && j + 1 < limit && (text[j] == '.' || text[j] == ')') && (text[j + 1] == ' ' || text[j + 1] == '\t'))
        {
            return j - i + 2;
        }

        return 0;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static int SkipTag(string text, int i, int limit, out bool breaks, out bool listItem)
    {
        breaks = false;
        listItem = false;
        if (i + 1 >= limit)
        {
            return i;
        }

        var next = text[i + 1];
        if (next == '!' && i + 3 < limit && text[i + 2] == '-' && text[i + 3] == '-')
        {
            var close = text.IndexOf("-->", i + 4, limit - (i + 4), StringComparison.Ordinal);
            return close < 0 ? limit : close + 3;
        }

        if (!(char.IsLetter(next) || next == '/' || next == '!'))
        {
            return i;
        }

        var j = i + 1;
        while (j < limit && j - i < 400 && text[j] != '>' && text[j] != '<')
        {
            j++;
        }

        if (j >= limit || text[j] != '>')
        {
            return i;
        }

        var nameStart = next == '/' ? i + 2 : i + 1;
        var nameEnd = nameStart;
        while (nameEnd < j && char.IsLetterOrDigit(text[nameEnd]))
        {
            nameEnd++;
        }

        var name = text.AsSpan(nameStart, nameEnd - nameStart);
        listItem = next != '/' && name.Equals("li".AsSpan(), StringComparison.OrdinalIgnoreCase);
        breaks = listItem || IsBlockTag(name);
        return j + 1;
    }

    private static bool IsBlockTag(ReadOnlySpan<char> name)
    {
        foreach (var tag in BlockTags)
        {
            if (name.Equals(tag.AsSpan(), StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly string[] BlockTags = { "br", "p", "div", "li", "ul", "ol", "tr", "td", "h1", "h2", "h3", "h4", "h5", "h6", "table", "hr", "blockquote" };

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static int SkipBraces(string text, int i, int limit)
    {
        if (i + 1 < limit && (text[i + 1] == '{' || text[i + 1] == '%'))
        {
            var closer = text[i + 1] == '{' ? "}}" : "%}";
            var close = text.IndexOf(closer, i + 2, Math.Min(limit, i + 400) - (i + 2), StringComparison.Ordinal);
            return close < 0 ? i : close + 2;
        }

        var j = i + 1;
        while (j < limit && j - i < 60 && (char.IsLetterOrDigit(text[j]) || text[j] is '_' or '.' or ' ' or '-'))
        {
            j++;
        }

        return j < limit && text[j] == '}' && j > i + 1 ? j + 1 : i;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static int SkipPercentPlaceholder(string text, int i, int limit)
    {
        var j = i + 1;
        while (j < limit && j - i < 60 && (char.IsUpper(text[j]) || char.IsDigit(text[j]) || text[j] == '_'))
        {
            j++;
        }

        return j < limit && text[j] == '%' && j > i + 1 ? j + 1 : i;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static int SkipBracketPlaceholder(string text, int i, int limit)
    {
        var j = i + 1;
        while (j < limit && j - i < 60 && (char.IsLetterOrDigit(text[j]) || text[j] is '_' or ' ' or '.' or '-'))
        {
            j++;
        }

        if (j < limit && text[j] == ']' && j > i + 1 && (j + 1 >= limit || text[j + 1] != '('))
        {
            return j + 1;
        }

        return i;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static int SkipParenthesised(string text, int open, int limit)
    {
        var j = open + 1;
        while (j < limit && j - open < 2000 && text[j] != ')' && text[j] != '\n')
        {
            j++;
        }

        return j < limit && text[j] == ')' ? j + 1 : open;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static int SkipEntity(string text, int i, int limit)
    {
        var j = i + 1;
        while (j < limit && j - i < 10 && (char.IsLetterOrDigit(text[j]) || text[j] == '#'))
        {
            j++;
        }

        return j < limit && text[j] == ';' && j > i + 1 ? j + 1 : i;
    }

    /// <summary>Agent initials after a mark, as support teams sign tweets: "-GO", "~AT", "*ASK".</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static int SkipInitials(string text, int i, int limit)
    {
        if (i > 0 && !char.IsWhiteSpace(text[i - 1]))
        {
            return i;
        }

        var j = i + 1;
        while (j < limit && j - i <= 5 && char.IsUpper(text[j]))
        {
            j++;
        }

        var letters = j - i - 1;
        if (letters < 2 || letters > 4 || (j < limit && !char.IsWhiteSpace(text[j])))
        {
            return i;
        }

        // Only at the end of the text or of a line.
        var k = j;
        while (k < limit && (text[k] == ' ' || text[k] == '\t' || text[k] == '\r'))
        {
            k++;
        }

        return k >= limit || text[k] == '\n' ? j : i;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static int SkipToSpace(string text, int i, int limit)
    {
        var j = i;
        while (j < limit && !char.IsWhiteSpace(text[j]))
        {
            j++;
        }

        // Leave closing punctuation for the sentence: "email us at help@example.com."
        while (j > i + 1 && (text[j - 1] is '.' or ',' or '!' or '?' or ')' or ';' or ':'))
        {
            j--;
        }

        return j;
    }

    /// <summary>The words the tokenizer itself produces: punctuation, and the parts of split contractions.</summary>
    public static IEnumerable<string> OwnWords(TextLanguage language)
    {
        foreach (var word in PunctuationWords)
        {
            yield return word;
        }

        foreach (var word in language.Contractions.Words)
        {
            yield return word;
        }
    }
}
