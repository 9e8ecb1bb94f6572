using System;
using System.Collections.Generic;
using Deescalation.Fixes;
using Deescalation.Rules;
using Deescalation.Text;

namespace Deescalation.Analysis;

/// <summary>
/// What a rule sees while analysing one reply: the prepared text, the phrase matches, the options, and a
/// place to report. One instance per thread, reset for every reply.
/// </summary>
internal sealed class RuleContext
{
    private readonly AnalysisEngine _engine;
    private List<Diagnostic>? _diagnostics;
    private ReplyText? _customer;
    private bool _customerPrepared;
    private string? _preparedMessage;
    private bool? _curlyApostrophes;

    public RuleContext(AnalysisEngine engine)
    {
        _engine = engine;
        Signals = new ReplySignals(engine.Signals);
    }

    /// <summary>The engine's signals for this reply, read once after the phrases are matched.</summary>
    public ReplySignals Signals { get; }

    public AnalysisEngine Engine => _engine;

    public ReplyText Reply { get; private set; } = null!;

    public ReplyContext? Context { get; private set; }

    public List<PhraseMatch> Matches { get; } = new();

    public PhraseEntry[] Entries => _engine.Entries;

    public Lexicon Lexicon => _engine.Lexicon;

    public CommonWords Common => _engine.Common;

    public DeescalationOptions Options => _engine.Options;


    public string Text => Reply.Text;

    public Token[] Tokens => Reply.Tokens;

    public int TokenCount => Reply.TokenCount;

    public List<Diagnostic>? Diagnostics => _diagnostics;

    public void Reset(ReplyText reply, ReplyContext? context)
    {
        Reply = reply;
        Context = context;
        Matches.Clear();
        _diagnostics = null;
        _curlyApostrophes = null;
        _customerPrepared = false;
    }

    /// <summary>Matches in the customer's message, after <see cref="PrepareCustomer"/>; entries index <see cref="AnalysisEngine.CustomerEntries"/>.</summary>
    public List<PhraseMatch> CustomerMatches { get; } = new();

    /// <summary>
    /// Prepares the customer's message (or, without one, the reply's quoted text) with the same tokenizer, reading only
    /// the rows meant for it; once per reply, however many signals ask.
    /// </summary>
    public ReplyText PrepareCustomer()
    {
        if (_customerPrepared)
        {
            return _customer!;
        }

        var message = Context?.CustomerMessage;
        _customerPrepared = true;
        if (_customer is not null && message is not null && string.Equals(message, _preparedMessage, StringComparison.Ordinal))
        {
            // Checking a fix analyses the fixed sentence again with the same message, and several replies (the parts of
            // a split reply, drafts checked as they are written) answer one message: it is prepared already.
            return _customer;
        }

        var quoted = string.IsNullOrWhiteSpace(message);
        _customer ??= new ReplyText();
        _customer.Prepare(quoted ? Reply.QuotedText() : message!, Lexicon.Tokenizer);
        CustomerMatches.Clear();
        _engine.CustomerMatcher.Match(_customer, CustomerMatches);

        // "the showtimes for Fast and Furious": a word inside a name is no sign of anger.
        var kept = 0;
        for (var i = 0; i < CustomerMatches.Count; i++)
        {
            if (!RowConditions.InsideName(_customer, CustomerMatches[i]))
            {
                CustomerMatches[kept++] = CustomerMatches[i];
            }
        }

        CustomerMatches.RemoveRange(kept, CustomerMatches.Count - kept);
        _preparedMessage = quoted ? null : message;
        return _customer;
    }

    public void Report(DiagnosticDescriptor descriptor, TextSpan span, string message, Fix? fix)
    {
        if (!_engine.IsEnabled(descriptor))
        {
            return;
        }

        var fixes = fix is null ? Diagnostic.NoFixes : new[] { fix };
        _diagnostics ??= new List<Diagnostic>();
        _diagnostics.Add(new Diagnostic(descriptor, _engine.SeverityOf(descriptor), span, message, fixes));
    }

    public bool IsEnabled(DiagnosticDescriptor descriptor) => _engine.IsEnabled(descriptor);

    public TextSpan Span(int firstToken, int lastToken) => TextSpan.FromBounds(Tokens[firstToken].Start, Tokens[lastToken].End);

    /// <summary>Whether token <paramref name="token"/> is the single char <paramref name="c"/> (":", "/").</summary>
    public bool IsChar(int token, char c)
    {
        var text = TextOf(token);
        return text.Length == 1 && text[0] == c;
    }

    public ReadOnlySpan<char> TextOf(int token) => Text.AsSpan(Tokens[token].Start, Tokens[token].Length);

    /// <summary>
    /// "We'd be happy to look into this with you here: https://...", "Connect with us through https://... and we'll be in
    /// touch": a link in the text from token <paramref name="from"/> up to token <paramref name="to"/> (or the end), after a
    /// colon, a sentence's end or one of the language's <c>link-leads</c>, is given to the customer to follow. A link after a
    /// signature or a cut-off tweet ("... ^OM https://...", "had you swit... https://...") is an attachment.
    /// </summary>
    public bool GivesLink(int from, int to)
    {
        if (from >= to || to > TokenCount)
        {
            return false;
        }

        // Up to the next token: a link is not a token of its own, so the text after the last word holds it.
        var text = Text;
        var start = Tokens[from].Start;
        var end = to < TokenCount ? Tokens[to].Start : text.Length;
        var link = text.IndexOf("http", start, end - start, StringComparison.OrdinalIgnoreCase);
        link = link >= 0 ? link : text.IndexOf("www.", start, end - start, StringComparison.OrdinalIgnoreCase);
        if (link < 0)
        {
            return false;
        }

        var before = link - 1;
        while (before >= start && char.IsWhiteSpace(text[before]))
        {
            before--;
        }

        // After a colon, or standing on its own after a sentence ("... to resolve the issue. https://..."), not after the
        // dots of a tweet cut short ("had you swit... https://...").
        if (before >= start && (text[before] is ':' or '!' or '?' || (text[before] == '.' && (before == 0 || text[before - 1] != '.'))))
        {
            return true;
        }

        for (var i = to - 1; i >= from; i--)
        {
            if (Tokens[i].End <= link)
            {
                return Tokens[i].End == before + 1 && Common.LinkLeads.Contains(Tokens[i].Id);
            }
        }

        return false;
    }

    /// <summary>Whether the sentence of <paramref name="token"/> ends with a question mark ("?", "?!", "!?").</summary>
    public bool IsQuestion(int token)
    {
        var (first, last) = SentenceOf(token);
        for (var i = last; i >= first && Tokens[i].Is(TokenFlags.Punct); i--)
        {
            if (Text.IndexOf('?', Tokens[i].Start, Tokens[i].Length) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    public bool SameSentence(int a, int b) => a >= 0 && b >= 0 && a < TokenCount && b < TokenCount && Tokens[a].Sentence == Tokens[b].Sentence;

    /// <summary>The last token of the clause that <paramref name="token"/> is in: up to a comma, colon, dash or the sentence end.</summary>
    public int ClauseEnd(int token, bool stopAtConjunction = true)
    {
        var last = token;
        for (var i = token + 1; i < TokenCount && Tokens[i].Sentence == Tokens[token].Sentence; i++)
        {
            if (Common.IsClauseBreak(Tokens[i].Id) || Tokens[i].Is(TokenFlags.Punct) && !Common.IsQuote(Tokens[i].Id) && Tokens[i].Id != Common.Percent)
            {
                break;
            }

            if (stopAtConjunction && Common.Conjunctions.Contains(Tokens[i].Id))
            {
                break;
            }

            last = i;
        }

        return last;
    }

    /// <summary>Whether <paramref name="token"/> begins a clause: the sentence's first word, or a word after punctuation or a conjunction.</summary>
    public bool IsClauseStart(int token)
    {
        if (token == 0 || !SameSentence(token - 1, token) || StartsSentence(token))
        {
            return true;
        }

        var previous = Tokens[token - 1];
        return previous.Is(TokenFlags.Punct) || Common.Conjunctions.Contains(previous.Id);
    }

    /// <summary>
    /// Whether <paramref name="replacement"/> can stand where the tokens are: a clause for a whole clause ("You're
    /// wrong." -> "Let me clarify."), or, where the words go on, a lead-in whose last word carries the rest as the
    /// match's did: the same word ("You'll have to speak to the bank" -> "I can help you to speak to the bank"), a
    /// connector of the language (<c>fix-connectors</c>) for a conjunction ("No offence, but" -> "I hear you, and"),
    /// or a comma. Anything else would leave a broken sentence.
    /// </summary>
    public bool Fits(int first, int last, string replacement)
    {
        if (replacement.TrimEnd().EndsWith(",", StringComparison.Ordinal))
        {
            return LeadInFits(first, last, replacement);
        }

        var clauseEnds = last + 1 >= TokenCount || !SameSentence(last, last + 1) || Tokens[last + 1].Is(TokenFlags.Punct) || Common.Conjunctions.Contains(Tokens[last + 1].Id);
        if (replacement.Length == 0 || (IsClauseStart(first) && clauseEnds))
        {
            return true;
        }

        if (clauseEnds)
        {
            return false;
        }

        var trimmed = replacement.TrimEnd();
        // The words after the match went on from its last word: the lead-in must end the same way, or with a
        // connector where the match ended with one ("You'll have to [speak]" -> "I can help you [speak]").
        var space = trimmed.LastIndexOf(' ');
        var lastWord = trimmed.Substring(space + 1);
        var matchLast = TextOf(last);
        return lastWord.AsSpan().Equals(matchLast, StringComparison.OrdinalIgnoreCase)
            || (_engine.FixConnectors.Contains(lastWord) && Common.Conjunctions.Contains(Tokens[last].Id));
    }

    /// <summary>
    /// Whether a row's safe fix, a drop-in its author vouches for, can stand here: a lead-in ending in a comma ("To
    /// recap,") must pass <see cref="LeadInFits"/>; one ending in a connector ("I hear you, and") must start its clause
    /// and not follow a conjunction ("..., and [with all due respect,]"); other words stand for words.
    /// </summary>
    public bool SafeRowFits(int first, int last, string replacement)
    {
        var trimmed = replacement.TrimEnd();
        if (trimmed.EndsWith(",", StringComparison.Ordinal))
        {
            return LeadInFits(first, last, replacement);
        }

        var lastWord = trimmed.Substring(trimmed.LastIndexOf(' ') + 1);
        if (!_engine.FixConnectors.Contains(lastWord))
        {
            return true;
        }

        return IsClauseStart(first) && !(first > 0 && SameSentence(first - 1, first) && Common.Conjunctions.Contains(Tokens[first - 1].Id));
    }

    /// <summary>
    /// Whether a lead-in ending in a comma ("To recap,") can take the place of the words: they start a clause that goes
    /// on, after them (and a comma), with a clause of its own of at least three words, not with "that" or "about"
    /// (<c>fix-lead-in-blockers</c>).
    /// </summary>
    private bool LeadInFits(int first, int last, string replacement)
    {
        if (!IsClauseStart(first))
        {
            return false;
        }

        var next = last + 1;
        if (next < TokenCount && SameSentence(last, next) && Tokens[next].Id == Common.Comma)
        {
            next++;
        }

        if (next >= TokenCount || !SameSentence(last, next) || !Tokens[next].Is(TokenFlags.Word) || Common.LeadInBlockers.Contains(Tokens[next].Id))
        {
            return false;
        }

        var words = 0;
        for (var i = next; i < TokenCount && SameSentence(next, i) && !Tokens[i].Is(TokenFlags.Punct); i++)
        {
            words++;
        }

        return words >= 3;
    }

    /// <summary>
    /// The last token a fix's <paramref name="replacement"/> should replace, from <paramref name="first"/>: <paramref name="last"/>
    /// when it <see cref="Fits"/>; for a suggestion that starts its clause, the clause's end when at most three words
    /// follow, so that a clause replaces the clause ("Our hands are tied by the rules." -> "Here's what I can do: [what
    /// you can do]."); -1 when no fix fits.
    /// </summary>
    public int FixEnd(int first, int last, string replacement, FixApplicability kind)
    {
        if (Fits(first, last, replacement))
        {
            return last;
        }

        if (kind != FixApplicability.Suggestion || !IsClauseStart(first))
        {
            return -1;
        }

        // The clause's tail goes with it only when it is short ("by the rules"): a longer one carries what the reply
        // says ("that the parcel left on Monday"), and a suggestion must not drop it.
        var end = ClauseEnd(last);
        var dropped = 0;
        for (var i = last + 1; i <= end && i < TokenCount; i++)
        {
            dropped += Tokens[i].Is(TokenFlags.Word) ? 1 : 0;
        }

        return end > last && dropped <= MaxDroppedWords && Fits(first, end, replacement) ? end : -1;
    }

    /// <summary>The most words after a suggestion's phrase that it may replace along with the phrase (<see cref="FixEnd"/>).</summary>
    private const int MaxDroppedWords = 3;

    /// <summary>The first and last token of the sentence of <paramref name="token"/>.</summary>
    public (int First, int Last) SentenceOf(int token)
    {
        var sentence = Reply.Sentences[Tokens[token].Sentence];
        return (sentence.FirstToken, sentence.EndToken - 1);
    }

    /// <summary>The last word (not punctuation) of the sentence of <paramref name="token"/>.</summary>
    public int LastWordOfSentence(int token)
    {
        var (first, last) = SentenceOf(token);
        while (last > first && Tokens[last].Is(TokenFlags.Punct))
        {
            last--;
        }

        return last;
    }

    public bool SentenceContains(int token, WordSet words)
    {
        var (first, last) = SentenceOf(token);
        for (var i = first; i <= last; i++)
        {
            if (words.Contains(Tokens[i].Id))
            {
                return true;
            }
        }

        return false;
    }

    public bool SentenceContainsBefore(int token, WordSet words)
    {
        var (first, _) = SentenceOf(token);
        for (var i = first; i < token; i++)
        {
            if (words.Contains(Tokens[i].Id))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a word of <paramref name="words"/> stands from <paramref name="token"/> to the end of its sentence.</summary>
    public bool SentenceContainsFrom(int token, WordSet words)
    {
        var last = LastWordOfSentence(token);
        for (var i = token; i <= last; i++)
        {
            if (words.Contains(Tokens[i].Id))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a word of <paramref name="words"/> is one of the matched words.</summary>
    public bool MatchContains(PhraseMatch match, WordSet words)
    {
        for (var i = match.First; i <= match.Last; i++)
        {
            if (words.Contains(Tokens[i].Id))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the sentence names a concrete time: a weekday, a date, a clock time, "today", "within 2 days".</summary>
    public bool SentenceHasConcreteTime(int token) => SentenceHasConcreteTime(token, -1, -1);

    /// <summary>
    /// Whether the sentence names a concrete time outside the tokens <paramref name="skipFirst"/> to
    /// <paramref name="skipLast"/> (a phrase that must not count as its own time: "as soon as they're available").
    /// </summary>
    public bool SentenceHasConcreteTime(int token, int skipFirst, int skipLast)
    {
        var (first, last) = SentenceOf(token);
        for (var i = first; i <= last; i++)
        {
            if (i >= skipFirst && i <= skipLast)
            {
                continue;
            }

            ref readonly var t = ref Tokens[i];
            if (Common.TimeWords.Contains(t.Id))
            {
                return true;
            }

            // "by [time]": a template's time, for the agent to fill.
            if (Common.PlaceholderTimes.Contains(t.Id) && t.End + 1 < Text.Length && Text[t.End] == ' ' && Text[t.End + 1] == '[')
            {
                return true;
            }

            if (t.Is(TokenFlags.HasDigit))
            {
                var span = Text.AsSpan(t.Start, t.Length);
                if (span.IndexOf(':') > 0 || (span.Length > 2 && (span.EndsWith("am".AsSpan(), StringComparison.OrdinalIgnoreCase) || span.EndsWith("pm".AsSpan(), StringComparison.OrdinalIgnoreCase))))
                {
                    return true;
                }

                if (i + 1 <= last && Common.TimeUnits.Contains(Tokens[i + 1].Id))
                {
                    return true;
                }
            }

            if (Common.NumberWords.Contains(t.Id) && i + 1 <= last && Common.TimeUnits.Contains(Tokens[i + 1].Id))
            {
                return true;
            }

            // "as soon as the courier scans the parcel": a concrete trigger, unless "as soon as possible / we can".
            if (t.Id == Common.As && i + 3 <= last && Tokens[i + 1].Id == Common.Soon && Tokens[i + 2].Id == Common.As &&
                !Common.VagueTriggerWords.Contains(Tokens[i + 3].Id))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether the token starts a sentence as the writer wrote it: the tokenizer's sentence start, a line that does not
    /// carry on the one before, or a capital the writer gave a word that is not "I" after a mark the tokenizer does not
    /// read as a sentence end ("🙏 As I said, ..."). A word in capitals throughout is shouting, not a sentence start.
    /// </summary>
    public bool StartsSentence(int token)
    {
        ref readonly var t = ref Tokens[token];
        if (t.Is(TokenFlags.SentenceStart) || (t.Is(TokenFlags.LineStart) && !ContinuesLine(t.Start)))
        {
            return true;
        }

        if (t.Length < 2 || !char.IsUpper(Text[t.Start]) || char.IsUpper(Text[t.Start + 1]))
        {
            return false;
        }

        // Only after something that is not a word or a comma: "🙏 As", not "Hi Sam, As" nor "the Night Bus".
        var i = t.Start - 1;
        while (i >= 0 && Text[i] == ' ')
        {
            i--;
        }

        return i >= 0 && !char.IsLetterOrDigit(Text[i]) && Text[i] is not (',' or ';' or ':' or '-' or '(' or '"' or '\'' or '\u2019' or '\u201C');
    }

    /// <summary>Gives <paramref name="replacement"/> the capitalisation its position needs.</summary>
    public string CaseFor(string replacement, int firstToken)
    {
        if (replacement.Length == 0)
        {
            return replacement;
        }

        var capital = StartsSentence(firstToken);
        if (capital)
        {
            return char.ToUpperInvariant(replacement[0]) + replacement.Substring(1);
        }

        return InLowerCase(replacement);
    }

    /// <summary>
    /// <paramref name="replacement"/> with a lower-case first letter, for the middle of a sentence; "I" and its
    /// contractions ("I'm") keep their capital.
    /// </summary>
    public static string InLowerCase(string replacement)
    {
        if (replacement.Length == 0 || (replacement[0] == 'I' && (replacement.Length == 1 || replacement[1] is ' ' or '\'' or '\u2019')))
        {
            return replacement;
        }

        return char.ToLowerInvariant(replacement[0]) + replacement.Substring(1);
    }

    /// <summary>Whether <paramref name="position"/> follows a comma on the same line ("Hi Sam, |the refund ...").</summary>
    public bool FollowsComma(int position)
    {
        var i = position - 1;
        while (i >= 0 && Text[i] is ' ' or '\t')
        {
            i--;
        }

        return i >= 0 && Text[i] == ',';
    }

    /// <summary>Whether the line that starts at <paramref name="position"/> goes on with the sentence of the line before ("get back to you\nshortly").</summary>
    private bool ContinuesLine(int position)
    {
        var i = position - 1;
        while (i >= 0 && char.IsWhiteSpace(Text[i]))
        {
            if (Text[i] == '\n' && i > 0 && Text[i - 1] is '\n' or '\r' && (i < 2 || Text[i - 2] != '\r'))
            {
                // A blank line ends whatever came before it.
                return false;
            }

            i--;
        }

        return i >= 0 && (char.IsLetterOrDigit(Text[i]) || Text[i] == ',');
    }

    /// <summary>Uses the reply's own apostrophe style in a replacement.</summary>
    public string ApostrophesLike(string replacement)
    {
        if (replacement.IndexOf('\'') < 0)
        {
            return replacement;
        }

        // Read the reply's style once per reply, not once per fix: a long reply may have thousands of fixes.
        _curlyApostrophes ??= Text.IndexOf('\u2019') >= 0 && Text.IndexOf('\'') < 0;
        return _curlyApostrophes.Value ? replacement.Replace('\'', '\u2019') : replacement;
    }

    /// <summary>A one-edit safe fix replacing <paramref name="span"/>: words for words, no fact added.</summary>
    public Fix Replace(string title, TextSpan span, string newText) => Replace(title, span, newText, FixApplicability.Safe);

    /// <summary>
    /// A fix of the given kind replacing <paramref name="span"/>: a text with placeholders ("by [time]") needs the agent's
    /// input whatever <paramref name="applicability"/> says, and its placeholders' ranges go with the edit.
    /// </summary>
    public Fix Replace(string title, TextSpan span, string newText, FixApplicability applicability)
    {
        newText = ApostrophesLike(newText);

        // A lead-in's comma and the one already after the words are one comma: "As I said, the" -> "To recap, the".
        if (newText.EndsWith(",", StringComparison.Ordinal) && span.End < Text.Length && Text[span.End] == ',')
        {
            newText = newText.Substring(0, newText.Length - 1);
        }

        var placeholders = FixTemplate.Placeholders(newText);
        if (placeholders.Count == 0)
        {
            return new Fix(title, new[] { new TextEdit(span, newText) }, applicability);
        }

        var kind = applicability == FixApplicability.Suggestion ? FixApplicability.Suggestion : FixApplicability.NeedsInput;
        return new Fix(title, new[] { new TextEdit(span, newText, placeholders) }, kind);
    }

    /// <summary>
    /// A safe fix deleting the tokens and the spaces after them; a comma right after the words goes too ("Obviously,
    /// the" becomes "the"), and a word left at the start of a sentence gets its capital.
    /// </summary>
    public Fix Delete(string title, int firstToken, int lastToken)
    {
        var text = Text;
        var start = Tokens[firstToken].Start;
        var end = Tokens[lastToken].End;
        if (Tokens[firstToken].Is(TokenFlags.Punct))
        {
            // ", not us, so" -> ", so": the words go, the punctuation around them stays as it was.
            return new Fix(title, new[] { new TextEdit(TextSpan.FromBounds(start, end), string.Empty) });
        }

        var after = end;
        if (after < text.Length && text[after] == ',')
        {
            after++;
        }

        while (after < text.Length && (text[after] == ' ' || text[after] == '\t'))
        {
            after++;
        }

        var sentenceStart = StartsSentence(firstToken);
        if (after == text.Length || text[after] is '.' or '!' or '?' or ',' or ';' or ':' or '\n' or '\r')
        {
            // At the end of a sentence: take the spaces before the words instead, and a comma that led to them
            // ("it never has, whatever you were told." -> "it never has.").
            while (start > 0 && text[start - 1] == ' ')
            {
                start--;
            }

            if (start > 0 && text[start - 1] == ',' && (after == text.Length || text[after] is '.' or '!' or '?' or '\n' or '\r'))
            {
                start--;
            }

            return new Fix(title, new[] { new TextEdit(TextSpan.FromBounds(start, end), string.Empty) });
        }

        // The word left at the start of the sentence gets its capital, wherever it is ("<p>Simply <b>restart</b>").
        var next = lastToken + 1;
        while (next < TokenCount && SameSentence(lastToken, next) && !Tokens[next].Is(TokenFlags.Word))
        {
            next++;
        }

        if (sentenceStart && next < TokenCount && SameSentence(lastToken, next) && char.IsLower(text[Tokens[next].Start]))
        {
            var letter = Tokens[next].Start;
            return new Fix(title, new[]
            {
                new TextEdit(TextSpan.FromBounds(start, Math.Min(after, letter)), string.Empty),
                new TextEdit(new TextSpan(letter, 1), char.ToUpperInvariant(text[letter]).ToString()),
            });
        }

        return new Fix(title, new[] { new TextEdit(TextSpan.FromBounds(start, after), string.Empty) });
    }

    /// <summary>The span of the tokens widened to swallow the spaces after it (or before it at the sentence end).</summary>
    public TextSpan WithSpace(int firstToken, int lastToken)
    {
        var start = Tokens[firstToken].Start;
        var end = Tokens[lastToken].End;
        var text = Text;
        var after = end;
        while (after < text.Length && (text[after] == ' ' || text[after] == '\t'))
        {
            after++;
        }

        if (after > end)
        {
            return TextSpan.FromBounds(start, after);
        }

        var before = start;
        while (before > 0 && (text[before - 1] == ' ' || text[before - 1] == '\t'))
        {
            before--;
        }

        return TextSpan.FromBounds(before, end);
    }
}
