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
    private readonly int[] _asciiPunctuation = new int[128];

    public Tokenizer(WordTable table, TextLanguage language)
    {
        _table = table;
        _language = language;
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

    public void Tokenize(ReplyText reply)
    {
        var text = reply.Text;
        var excluded = reply.Excluded;
        var n = text.Length;
        var i = 0;
        var excludedIndex = 0;
        var pendingBoundary = true;
        var pendingListItem = false;
        var atLineStart = true;
        var newlines = 0;
        var quoteOpen = -1;
        var classes = AsciiClasses;

        // The next excluded range's start, read once per range rather than once per character.
        var limit = excluded.Count > 0 ? Math.Min(n, excluded[0].Start) : n;

        while (i < n)
        {
            if (i >= limit && excludedIndex < excluded.Count)
            {
                var range = excluded[excludedIndex++];
                if (i < range.End)
                {
                    i = range.End;
                    pendingBoundary = true;
                    atLineStart = true;
                }

                limit = excludedIndex < excluded.Count ? Math.Min(n, excluded[excludedIndex].Start) : n;
                continue;
            }

            var c = text[i];
            if (c < 128 && classes[c] == Space)
            {
                i++;
                continue;
            }

            if (c == '\n')
            {
                newlines++;
                if (newlines >= 2)
                {
                    pendingBoundary = true;
                }

                atLineStart = true;
                i++;
                continue;
            }

            if (char.IsWhiteSpace(c) || c == '\u200B' || c == '\uFEFF')
            {
                i++;
                continue;
            }

            newlines = 0;
            var lineStart = false;
            if (atLineStart)
            {
                atLineStart = false;
                lineStart = true;
                var marker = ListMarkerLength(text, i, limit);
                if (marker > 0)
                {
                    pendingBoundary = true;
                    pendingListItem = true;
                    i += marker;
                    continue;
                }

                if (c == '#')
                {
                    while (i < limit && text[i] == '#')
                    {
                        i++;
                    }

                    pendingBoundary = true;
                    continue;
                }
            }

            if (c < 128 ? classes[c] == WordChar : char.IsLetterOrDigit(c))
            {
                if (c < 128)
                {
                    var asciiEnd = TryEmitAsciiWord(reply, i, limit, ref pendingBoundary, ref pendingListItem, lineStart);
                    if (asciiEnd > i)
                    {
                        i = asciiEnd;
                        continue;
                    }
                }

                var end = ScanWord(text, i, limit, out var skip);
                if (!skip)
                {
                    EmitWord(reply, i, end, ref pendingBoundary, ref pendingListItem, lineStart);
                }

                i = end;
                continue;
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

                    Emit(reply, i, end - i, c == '!' ? Bang : Question, TokenFlags.Punct, ref pendingBoundary, ref pendingListItem, lineStart);
                    pendingBoundary = true;
                    i = end;
                    continue;
                }

                case '.':
                {
                    var end = i;
                    while (end < limit && text[end] == '.')
                    {
                        end++;
                    }

                    var boundary = IsSentenceEnd(reply, text, i, end, limit);
                    Emit(reply, i, end - i, end - i >= 2 ? Ellipsis : Period, TokenFlags.Punct, ref pendingBoundary, ref pendingListItem, lineStart);
                    if (boundary)
                    {
                        pendingBoundary = true;
                    }

                    i = end;
                    continue;
                }

                case '\u2026':
                    Emit(reply, i, 1, Ellipsis, TokenFlags.Punct, ref pendingBoundary, ref pendingListItem, lineStart);
                    if (i + 1 >= limit || char.IsWhiteSpace(text[i + 1]))
                    {
                        pendingBoundary = true;
                    }

                    i++;
                    continue;

                case '\u2013':
                case '\u2014':
                    Emit(reply, i, 1, Dash, TokenFlags.Punct, ref pendingBoundary, ref pendingListItem, lineStart);
                    i++;
                    continue;

                case '"':
                case '\u201C':
                case '\u201D':
                case '\u201E':
                case '\u00AB':
                case '\u00BB':
                    Emit(reply, i, 1, Quote, TokenFlags.Punct, ref pendingBoundary, ref pendingListItem, lineStart);
                    quoteOpen = CloseQuote(reply, quoteOpen);
                    i++;
                    continue;

                case '<':
                {
                    var end = SkipTag(text, i, limit, out var breaks, out var listItem);
                    if (end > i)
                    {
                        if (breaks)
                        {
                            pendingBoundary = true;
                            atLineStart = true;
                        }

                        pendingListItem |= listItem;
                        i = end;
                        continue;
                    }

                    break;
                }

                case '{':
                {
                    var end = SkipBraces(text, i, limit);
                    if (end > i)
                    {
                        i = end;
                        continue;
                    }

                    i++;
                    continue;
                }

                case '%':
                {
                    var end = SkipPercentPlaceholder(text, i, limit);
                    if (end > i)
                    {
                        i = end;
                        continue;
                    }

                    break;
                }

                case '[':
                {
                    var end = SkipBracketPlaceholder(text, i, limit);
                    i = end > i ? end : i + 1;
                    continue;
                }

                case ']':
                {
                    i = i + 1 < limit && text[i + 1] == '(' ? SkipParenthesised(text, i + 1, limit) : i + 1;
                    continue;
                }

                case '&':
                {
                    var end = SkipEntity(text, i, limit);
                    if (end > i)
                    {
                        i = end;
                        continue;
                    }

                    break;
                }

                case '@':
                case '^':
                    // @mentions and agent initials such as "^JK".
                    i = SkipToSpace(text, i, limit);
                    continue;

                case '-' when i > 0 && i + 1 < limit && char.IsLetterOrDigit(text[i - 1]) && char.IsLetterOrDigit(text[i + 1]):
                    // A hyphen inside a word ("mix-up", "money-back"): the parts stay one phrase.
                    i++;
                    continue;

                case '*':
                case '~':
                case '-':
                {
                    var end = SkipInitials(text, i, limit);
                    if (end > i)
                    {
                        i = end;
                        continue;
                    }

                    if (c == '-')
                    {
                        break;
                    }

                    i++;
                    continue;
                }

                case '_':
                case '`':
                case '#':
                case '|':
                    i++;
                    continue;
            }

            if (c < 128)
            {
                var id = _asciiPunctuation[c];
                if (id != 0 || char.IsPunctuation(c) || char.IsSymbol(c))
                {
                    Emit(reply, i, 1, c == '\'' ? Quote : id, TokenFlags.Punct, ref pendingBoundary, ref pendingListItem, lineStart);
                }
            }
            else if (c is '€' or '£')
            {
                Emit(reply, i, 1, _table.Find(text.AsSpan(i, 1)), TokenFlags.Punct, ref pendingBoundary, ref pendingListItem, lineStart);
            }

            // Emoji, symbols and other scripts' punctuation carry no phrase: skip them.
            i++;
        }
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
    private int TryEmitAsciiWord(ReplyText reply, int start, int limit, ref bool pendingBoundary, ref bool pendingListItem, bool lineStart)
    {
        var text = reply.Text;
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
                    if ((uint)(c - 'A') <= 'Z' - 'A')
                    {
                        upper++;
                        c = (char)(c | 0x20);
                    }
                    else if ((uint)(c - '0') <= 9)
                    {
                        digits++;
                    }

                    hash = WordTable.HashStep(hash, c);
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
        var firstLength = 0;
        string? firstOverride = null;
        var secondStart = 0;
        var second = string.Empty;
        if (apostrophes == 0
            ? _language.Contractions.TrySplitUnmarked(span, hash, ref firstLength, ref firstOverride, ref secondStart, ref second)
            : _language.Contractions.TrySplit(span, out firstLength, out firstOverride, out secondStart, out second))
        {
            EmitSplit(reply, start, j, flags, firstLength, firstOverride, secondStart, second, ref pendingBoundary, ref pendingListItem, lineStart);
            return j;
        }

        Emit(reply, start, length, _table.Find(span, hash), flags, ref pendingBoundary, ref pendingListItem, lineStart);
        return j;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void EmitSplit(ReplyText reply, int start, int end, TokenFlags flags, int firstLength, string? firstOverride, int secondStart, string second, ref bool pendingBoundary, ref bool pendingListItem, bool lineStart)
    {
        var span = reply.Text.AsSpan(start, end - start);
        var firstId = firstOverride is null ? _table.Find(span.Slice(0, firstLength)) : _table.Find(firstOverride);
        Emit(reply, start, firstLength, firstId, flags | TokenFlags.Glued, ref pendingBoundary, ref pendingListItem, lineStart);
        Emit(reply, start + secondStart, end - start - secondStart, _table.Find(second), TokenFlags.Word | TokenFlags.Clitic, ref pendingBoundary, ref pendingListItem, false);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void EmitWord(ReplyText reply, int start, int end, ref bool pendingBoundary, ref bool pendingListItem, bool lineStart)
    {
        var span = reply.Text.AsSpan(start, end - start);
        var flags = TokenFlags.Word | Shape(span);
        if (start > 0 && reply.Text[start - 1] == '-' && start >= 2 && char.IsLetterOrDigit(reply.Text[start - 2]))
        {
            flags |= TokenFlags.AfterHyphen;
        }

        if (_language.Contractions.TrySplit(span, out var firstLength, out var firstOverride, out var secondStart, out var second))
        {
            EmitSplit(reply, start, end, flags, firstLength, firstOverride, secondStart, second, ref pendingBoundary, ref pendingListItem, lineStart);
            return;
        }

        Emit(reply, start, end - start, _table.Find(span), flags, ref pendingBoundary, ref pendingListItem, lineStart);
    }

    private static void Emit(ReplyText reply, int start, int length, int id, TokenFlags flags, ref bool pendingBoundary, ref bool pendingListItem, bool lineStart)
    {
        if (lineStart)
        {
            flags |= TokenFlags.LineStart;
        }

        if (pendingListItem)
        {
            flags |= TokenFlags.ListItemStart;
            pendingListItem = false;
        }

        reply.AddToken(new Token { Start = start, Length = length, Id = id, Flags = flags }, pendingBoundary);
        pendingBoundary = false;
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
