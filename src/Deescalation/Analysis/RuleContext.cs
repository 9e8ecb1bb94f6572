using System;
using System.Collections.Generic;
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
    }

    /// <summary>Matches in the customer's message, after <see cref="PrepareCustomerMessage"/>; entries index <see cref="AnalysisEngine.CustomerEntries"/>.</summary>
    public List<PhraseMatch> CustomerMatches { get; } = new();

    /// <summary>Prepares the customer's message with the same tokenizer, reading only the rows meant for it.</summary>
    public ReplyText PrepareCustomerMessage(string message)
    {
        _customer ??= new ReplyText();
        _customer.Prepare(message, Lexicon.Tokenizer);
        CustomerMatches.Clear();
        _engine.CustomerMatcher.Match(_customer, CustomerMatches);
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

    public ReadOnlySpan<char> TextOf(int token) => Text.AsSpan(Tokens[token].Start, Tokens[token].Length);

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

    /// <summary>Whether the sentence names a concrete time: a weekday, a date, a clock time, "today", "within 2 days".</summary>
    public bool SentenceHasConcreteTime(int token)
    {
        var (first, last) = SentenceOf(token);
        for (var i = first; i <= last; i++)
        {
            ref readonly var t = ref Tokens[i];
            if (Common.TimeWords.Contains(t.Id))
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

    /// <summary>Gives <paramref name="replacement"/> the capitalisation its position needs.</summary>
    public string CaseFor(string replacement, int firstToken)
    {
        if (replacement.Length == 0)
        {
            return replacement;
        }

        var capital = Tokens[firstToken].Is(TokenFlags.SentenceStart) || Tokens[firstToken].Is(TokenFlags.LineStart);
        if (capital)
        {
            return char.ToUpperInvariant(replacement[0]) + replacement.Substring(1);
        }

        if (replacement.Length > 1 && replacement[0] == 'I' && (replacement[1] == ' ' || replacement[1] == '\'' || replacement[1] == '\u2019'))
        {
            return replacement;
        }

        return char.ToLowerInvariant(replacement[0]) + replacement.Substring(1);
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

    /// <summary>A one-edit fix replacing <paramref name="span"/>.</summary>
    public Fix Replace(string title, TextSpan span, string newText) => new(title, new[] { new TextEdit(span, ApostrophesLike(newText)) });

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
