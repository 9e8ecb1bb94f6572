using System;
using System.Collections.Generic;

namespace Deescalation.Text;

/// <summary>
/// A reply prepared once for every rule: the agent's own regions, normalised tokens that point back into the
/// original string, and sentences. Rules read this shared view and never re-tokenise. Instances are reused on
/// one thread (see <see cref="Rent"/>), so a steady stream of replies allocates almost nothing here.
/// </summary>
internal sealed class ReplyText
{
    [ThreadStatic]
    private static ReplyText? _cached;

    private Token[] _tokens = new Token[256];
    private Sentence[] _sentences = new Sentence[32];

    public string Text { get; private set; } = string.Empty;

    public int TokenCount { get; private set; }

    public int SentenceCount { get; private set; }

    public List<TextRange> Excluded { get; } = new();

    public List<TextRange> Quoted { get; } = new();

    private MailHeaders? _headers;

    public Token[] Tokens => _tokens;

    public Sentence[] Sentences => _sentences;

    public ref Token this[int index] => ref _tokens[index];

    /// <summary>How many words the sentence of token <paramref name="token"/> has.</summary>
    public int WordsInSentence(int token)
    {
        ref readonly var sentence = ref _sentences[_tokens[token].Sentence];
        var words = 0;
        for (var i = sentence.FirstToken; i < sentence.EndToken; i++)
        {
            words += _tokens[i].Is(TokenFlags.Word) ? 1 : 0;
        }

        return words;
    }

    public static ReplyText Rent()
    {
        var text = _cached ?? new ReplyText();
        _cached = null;
        return text;
    }

    public static void Return(ReplyText text)
    {
        text.Text = string.Empty;
        if (text._tokens.Length <= 1 << 16)
        {
            _cached = text;
        }
    }

    private bool _summarized;
    private TokenFlags _flagsSeen;
    private ulong _idsSeen;
    private ulong _idsSeenMixed;

    /// <summary>
    /// Every flag some token has: a rule that looks only at tokens with a flag (a list item, a word in capitals) skips a
    /// reply with none. Read once, on first use, after the reply is prepared.
    /// </summary>
    public TokenFlags FlagsSeen
    {
        get
        {
            Summarize();
            return _flagsSeen;
        }
    }

    /// <summary>
    /// False when no token has the word id <paramref name="id"/>; true when one may have it (two 64-bit filters of the
    /// ids seen, one by the id's low bits and one by a multiplicative hash, so about one word in five absent from a
    /// typical reply passes both). A rule that looks only at tokens of one word skips a reply without it.
    /// </summary>
    public bool MayHold(int id)
    {
        Summarize();
        return ((_idsSeen >> id) & (_idsSeenMixed >> Mixed(id)) & 1) != 0;
    }

    private static int Mixed(int id) => (int)(((uint)id * 2654435769u) >> 26);

    private void Summarize()
    {
        if (_summarized)
        {
            return;
        }

        var flags = TokenFlags.None;
        var ids = 0UL;
        var mixed = 0UL;
        var tokens = _tokens;
        for (var i = 0; i < TokenCount; i++)
        {
            var id = tokens[i].Id;
            flags |= tokens[i].Flags;
            ids |= 1UL << id;
            mixed |= 1UL << Mixed(id);
        }

        _flagsSeen = flags;
        _idsSeen = ids;
        _idsSeenMixed = mixed;
        _summarized = true;
    }

    public ReadOnlySpan<char> SpanOf(in Token token) => Text.AsSpan(token.Start, token.Length);

    public void Prepare(string text, Tokenizer tokenizer)
    {
        Text = text;
        TokenCount = 0;
        SentenceCount = 0;
        _summarized = false;
        _headers = tokenizer.Language.MailHeaders;
        AgentRegions.Find(text, Excluded, Quoted, tokenizer.Language);
        tokenizer.Tokenize(this);
    }

    public string QuotedText()
    {
        if (Quoted.Count == 0)
        {
            return string.Empty;
        }

        // Without the "> " markers, so the quoted lines read as the customer's own text; an Outlook block without its
        // separator and header lines ("-----Original Message-----", "From: ...", "Subject: ..."), which would otherwise
        // read as a thread inside the customer's message and hide it.
        var builder = new System.Text.StringBuilder();
        foreach (var range in Quoted)
        {
            var lineStart = true;
            for (var i = Text[range.Start] == '>' || _headers is null ? range.Start : AfterHeaderLines(range); i < range.End; i++)
            {
                var c = Text[i];
                if (lineStart && (c == '>' || c == ' '))
                {
                    continue;
                }

                lineStart = c == '\n';
                builder.Append(c);
            }

            builder.Append('\n');
        }

        return builder.ToString();
    }

    /// <summary>Where the message of an unprefixed quoted block starts: after its blank, separator and header lines.</summary>
    private int AfterHeaderLines(TextRange range)
    {
        var start = range.Start;
        while (start < range.End)
        {
            var end = Text.IndexOf('\n', start, range.End - start);
            end = end < 0 ? range.End : end;
            var line = Text.Substring(start, end - start);
            if (line.Trim().Length > 0 && !ReplyParts.IsHeaderLine(line, _headers!) &&
                !AgentRegions.EndsWithAny(line.AsSpan().TrimEnd(), _headers!.AttributionEnds))
            {
                return start;
            }

            start = end + 1;
        }

        return range.End;
    }

    internal void AddToken(in Token token, bool newSentence)
    {
        var index = TokenCount;
        if (index == _tokens.Length)
        {
            Array.Resize(ref _tokens, _tokens.Length * 2);
        }

        var flags = token.Flags;
        if (newSentence || SentenceCount == 0)
        {
            StartSentence(index);
            flags |= TokenFlags.SentenceStart;
        }

        // The token written once, its sentence and flags complete.
        var sentence = SentenceCount - 1;
        _tokens[index] = new Token { Start = token.Start, Length = token.Length, Id = token.Id, Sentence = sentence, Flags = flags };
        _sentences[sentence].TokenCount++;
        TokenCount = index + 1;
    }

    private void StartSentence(int firstToken)
    {
        if (SentenceCount == _sentences.Length)
        {
            Array.Resize(ref _sentences, _sentences.Length * 2);
        }

        _sentences[SentenceCount++] = new Sentence { FirstToken = firstToken, TokenCount = 0 };
    }

    /// <summary>Whether the char at <paramref name="position"/> is in the agent's own text.</summary>
    public bool IsAgentText(int position)
    {
        foreach (var range in Excluded)
        {
            if (position >= range.Start && position < range.End)
            {
                return false;
            }
        }

        return true;
    }
}
