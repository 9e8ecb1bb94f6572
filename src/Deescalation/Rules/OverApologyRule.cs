using System;
using System.Collections.Generic;
using System.Globalization;
using Deescalation.Analysis;
using Deescalation.Text;

namespace Deescalation.Rules;

/// <summary>
/// DEESC014: more apologies than a reply can carry sincerely: three or more, or two in one sentence or in
/// consecutive sentences. Guide 001: "Be quick to apologize ... but make sure you do not apologize too much and
/// sound insincere in the process."
/// </summary>
internal sealed class OverApologyRule : ReplyRule
{
    public override string Name => "over-apology";

    /// <summary>An apology sentence of at most this many words is a short one.</summary>
    private const int ShortSentence = 5;

    private int _and;
    private int _forgive;
    private int _sorry;
    private int _regret;
    private WordSet _determiners;
    private int _pardon;
    private int _oops;
    private int _bad;
    private int _my;
    private int _for;
    private int _about;
    private int _to;
    private WordSet _hearing;
    private WordSet _apologyHeads;
    private WordSet _exceptions;


    public override IEnumerable<string> Words => new[] { "and", "forgive", "sorry", "regret", "the", "any", "these", "those", "pardon", "oops", "bad", "my", "for", "about" };

    public override void Initialize(Lexicon lexicon)
    {
        _and = lexicon.Id("and");
        _forgive = lexicon.Id("forgive");
        _sorry = lexicon.Id("sorry");
        _regret = lexicon.Id("regret");
        _determiners = Class(lexicon, "determiners");
        _pardon = lexicon.Id("pardon");
        _oops = lexicon.Id("oops");
        _bad = lexicon.Id("bad");
        _my = lexicon.Id("my");
        _for = lexicon.Id("for");
        _about = lexicon.Id("about");
        _to = lexicon.Id("to");
        _hearing = Class(lexicon, "hearing-words");
        _apologyHeads = Class(lexicon, "head-words");
        _exceptions = Class(lexicon, "exception-words");
    }

    public override void Analyze(RuleContext context)
    {
        if (!context.IsEnabled(DescriptorOf("DEESC014")))
        {
            return;
        }

        // An apology is a word of the language's apologies or an informal one: a reply with none is read no further.
        var reply = context.Reply;
        if (!context.Signals.ApologyWord && !reply.MayHold(_forgive) && !reply.MayHold(_oops) && !reply.MayHold(_pardon) && !reply.MayHold(_bad))
        {
            return;
        }

        var tokens = context.Tokens;
        List<int>? apologies = null;
        for (var i = 0; i < context.TokenCount; i++)
        {
            if ((context.Common.Apologies.Contains(tokens[i].Id) || IsInformalApology(context, i)) && !IsException(context, i))
            {
                apologies ??= new List<int>();
                apologies.Add(i);
            }
        }

        if (apologies is null || apologies.Count < 2)
        {
            return;
        }

        var tooMany = apologies.Count >= 3;
        for (var k = 1; k < apologies.Count && !tooMany; k++)
        {
            var gap = tokens[apologies[k]].Sentence - tokens[apologies[k - 1]].Sentence;
            tooMany = gap <= 1;
        }

        if (!tooMany)
        {
            return;
        }

        // Keep one apology: the first that no edit below can remove; remove, merge or reword the rest.
        var keep = -1;
        for (var k = 0; k < apologies.Count && keep < 0; k++)
        {
            var apology = apologies[k];
            var removable = IsShortApologySentence(context, apology) || IsAfterAnd(context, apology) || IsRepeatAfterComma(context, apology) ||
                            (k > 0 && MergeStart(context, apology, apologies[k - 1]) >= 0) || IsSorryFor(context, apology) || !HasContent(context, apology);
            if (!removable)
            {
                keep = apology;
            }
        }

        // Else the first that says what it is sorry for, rather than a bare "So sorry!".
        for (var k = 0; k < apologies.Count && keep < 0; k++)
        {
            if (!IsShortApologySentence(context, apologies[k]) && !IsAfterAnd(context, apologies[k]) && !IsRepeatAfterComma(context, apologies[k]))
            {
                keep = apologies[k];
            }
        }

        if (keep < 0)
        {
            keep = apologies[0];
        }

        var edits = new List<TextEdit>();
        var removedSentences = new HashSet<int>();
        for (var k = 0; k < apologies.Count; k++)
        {
            var apology = apologies[k];
            if (apology == keep)
            {
                continue;
            }

            var sentence = tokens[apology].Sentence;
            if (sentence != tokens[keep].Sentence && IsShortApologySentence(context, apology))
            {
                if (removedSentences.Add(sentence))
                {
                    edits.Add(new TextEdit(SentenceWithSpace(context, apology), string.Empty));
                }

                continue;
            }

            if (IsAfterAnd(context, apology))
            {
                // "..., and sorry that it took so long" -> "..., and that it took so long";
                // "..., and I'm sorry it was cold" -> "..., and that it was cold".
                var head = HeadStart(context, apology);
                var next = apology + 1;
                var joined = next < context.TokenCount && context.SameSentence(apology, next) &&
                             (tokens[next].Id == context.Common.That || tokens[next].Id == _for || tokens[next].Id == _about);
                edits.Add(head == apology || joined
                    ? new TextEdit(context.WithSpace(head, apology), string.Empty)
                    : new TextEdit(context.Span(head, apology), "that"));
                continue;
            }

            if (IsRepeatAfterComma(context, apology))
            {
                // "I'm sorry, I'm sorry, I'm sorry." -> "I'm sorry."
                edits.Add(new TextEdit(TextSpan.FromBounds(tokens[CommaBeforeHead(context, apology)].Start, tokens[apology].End), string.Empty));
                continue;
            }

            var mergeFrom = k > 0 && !IsShortApologySentence(context, apologies[k - 1]) ? MergeStart(context, apology, apologies[k - 1]) : -1;
            if (mergeFrom >= 0 && !removedSentences.Contains(tokens[apologies[k - 1]].Sentence))
            {
                // "Sorry about the lid. We're also sorry it took a week." -> "Sorry about the lid, and that it took a week."
                var (connector, resume) = Connector(context, apology);
                edits.Add(new TextEdit(TextSpan.FromBounds(mergeFrom, tokens[resume].Start), Text("fix.merge") + connector + " "));
                continue;
            }

            if (IsSorryFor(context, apology))
            {
                // "I'm sorry for the wait" -> "Thank you for your patience with the wait".
                var first = HeadStart(context, apology);
                var through = tokens[apology + 1].Id == _for || tokens[apology + 1].Id == _about ? apology + 1 : apology;
                edits.Add(new TextEdit(context.Span(first, through), context.CaseFor(Text("fix.patience"), first)));
                continue;
            }

            if (!HasContent(context, apology) && sentence != tokens[keep].Sentence && removedSentences.Add(sentence))
            {
                edits.Add(new TextEdit(SentenceWithSpace(context, apology), string.Empty));
            }
        }

        var spanStart = tokens[apologies[0]].Start;
        var spanEnd = tokens[apologies[apologies.Count - 1]].End;
        foreach (var edit in edits)
        {
            spanStart = System.Math.Min(spanStart, edit.Span.Start);
            spanEnd = System.Math.Max(spanEnd, edit.Span.End);
        }

        edits.Sort(static (a, b) => a.Span.Start.CompareTo(b.Span.Start));
        for (var k = edits.Count - 1; k > 0; k--)
        {
            if (edits[k].Span.Start < edits[k - 1].Span.End)
            {
                edits.RemoveAt(k);
            }
        }

        context.Report(
            DescriptorOf("DEESC014"),
            TextSpan.FromBounds(spanStart, spanEnd),
            string.Format(CultureInfo.InvariantCulture, Text("finding"), apologies.Count),
            edits.Count == 0 ? null : new Fix(Text("fix-title"), edits));
    }

    /// <summary>"Forgive me", "my bad", "oops": apologies too, when counting them.</summary>
    private bool IsInformalApology(RuleContext context, int token)
    {
        var tokens = context.Tokens;
        var id = tokens[token].Id;
        if (id == _forgive || id == _oops || id == _pardon)
        {
            return true;
        }

        return id == _bad && token > 0 && tokens[token - 1].Id == _my && context.SameSentence(token - 1, token);
    }

    private bool IsAfterAnd(RuleContext context, int apology)
    {
        // "and sorry that ...", "and I'm sorry it ...": "sorry" can give way to "that"; "and I apologise" cannot.
        var head = HeadStart(context, apology);
        return head > 0 && context.Tokens[head - 1].Id == _and && context.SameSentence(head - 1, apology) &&
               (head == apology || context.Tokens[apology].Id == _sorry);
    }

    /// <summary>An apology repeated in the same sentence after a comma: "I'm sorry, I'm sorry".</summary>
    private bool IsRepeatAfterComma(RuleContext context, int apology)
    {
        var comma = CommaBeforeHead(context, apology);
        return comma > 0 && context.SameSentence(comma - 1, apology) && context.Common.Apologies.Contains(context.Tokens[comma - 1].Id);
    }

    private int CommaBeforeHead(RuleContext context, int apology)
    {
        for (var i = apology - 1; i >= 0 && apology - i <= 4 && context.SameSentence(i, apology); i--)
        {
            if (context.Tokens[i].Id == context.Common.Comma)
            {
                return i;
            }

            if (!_apologyHeads.Contains(context.Tokens[i].Id))
            {
                return -1;
            }
        }

        return -1;
    }

    private bool IsSorryFor(RuleContext context, int apology)
    {
        var next = apology + 1;
        if (next >= context.TokenCount || !context.SameSentence(apology, next) || HeadStart(context, apology) != context.SentenceOf(apology).First)
        {
            return false;
        }

        // "Sorry for the wait", "we regret the trouble": what follows reads on after "thank you for your patience with".
        var id = context.Tokens[next].Id;
        return id == _for || id == _about || (context.Tokens[apology].Id == _regret && _determiners.Contains(id));
    }

    /// <summary>
    /// Where to merge an apology sentence into the one before: the previous sentence's closing mark, when this
    /// sentence directly follows it and opens with nothing but the apology ("We're also sorry that ..."); else -1.
    /// </summary>
    private int MergeStart(RuleContext context, int apology, int previousApology)
    {
        var tokens = context.Tokens;
        var sentence = tokens[apology].Sentence;
        if (tokens[previousApology].Sentence != sentence - 1 || HeadStart(context, apology) != context.SentenceOf(apology).First)
        {
            return -1;
        }

        var (_, previousLast) = context.SentenceOf(previousApology);
        if (!tokens[previousLast].Is(TokenFlags.Punct) || previousLast == 0)
        {
            return -1;
        }

        var (connector, resume) = Connector(context, apology);
        return connector.Length > 0 && resume < context.TokenCount && context.SameSentence(apology, resume) ? tokens[previousLast].Start : -1;
    }

    /// <summary>The word that carries the merged apology on ("that", "for", "about") and the token after it.</summary>
    private (string Connector, int Resume) Connector(RuleContext context, int apology)
    {
        var tokens = context.Tokens;
        var next = apology + 1;
        while (next < context.TokenCount && context.SameSentence(apology, next) && _apologyHeads.Contains(tokens[next].Id))
        {
            next++;
        }

        if (next >= context.TokenCount || !context.SameSentence(apology, next) || !tokens[next].Is(TokenFlags.Word))
        {
            return (string.Empty, next);
        }

        if (tokens[next].Id == _for || tokens[next].Id == _about || tokens[next].Id == context.Common.That)
        {
            return (context.Text.Substring(tokens[next].Start, tokens[next].Length).ToLowerInvariant(), next + 1);
        }

        // "We're also sorry it took a week" merges as "and that it took a week"; "we regret the error" does not merge.
        return tokens[apology].Id == _sorry && context.Common.Subjects.Contains(tokens[next].Id) ? (Text("fix.merge-that"), next) : (string.Empty, next);
    }

    /// <summary>
    /// Whether the apology's sentence says more than sorry: a number, a time, a step taken, what went wrong ("sorry that
    /// you were told the wrong information", "sorry to hear we let you down"), or a clause of its own before the apology ("I'm glad you were able to move
    /// but I apologize that ...": removing the sentence would drop it).
    /// </summary>
    private bool HasContent(RuleContext context, int apology)
    {
        var (first, last) = context.SentenceOf(apology);
        var wordsBefore = 0;
        for (var i = HeadStart(context, apology) - 1; i >= first && !(context.Tokens[i].Is(TokenFlags.Punct) && context.Text[context.Tokens[i].Start] is '.' or '!' or '?' or ';'); i--)
        {
            // Back to the nearest mark: "your order is on its way. sorry again" is two sentences in lower-case chat.
            wordsBefore += context.Tokens[i].Is(TokenFlags.Word) && !context.Tokens[i].Is(TokenFlags.Clitic) ? 1 : 0;
        }

        // "I am very sorry that you were told the wrong information": a that-clause names what went wrong.
        var next = apology + 1;
        if (wordsBefore >= ClauseBeforeApology ||
            (next + 1 <= last && context.Tokens[next].Id == context.Common.That && context.Common.Subjects.Contains(context.Tokens[next + 1].Id)) ||
            (next + 2 <= last && context.Tokens[next].Id == _to && _hearing.Contains(context.Tokens[next + 1].Id) && context.Common.Subjects.Contains(context.Tokens[next + 2].Id)))
        {
            return true;
        }

        for (var i = first; i <= last; i++)
        {
            if (context.Tokens[i].Is(TokenFlags.HasDigit) || context.Common.TimeWords.Contains(context.Tokens[i].Id))
            {
                return true;
            }
        }

        return context.Signals.NextStepWithin(first, last);
    }

    /// <summary>Words before an apology in its sentence from which they make a clause of their own.</summary>
    private const int ClauseBeforeApology = 3;

    private bool IsException(RuleContext context, int token)
    {
        // "No apology needed", "apology accepted".
        var tokens = context.Tokens;
        return token > 0 && context.SameSentence(token - 1, token) && _exceptions.Contains(tokens[token - 1].Id) ||
               token + 1 < context.TokenCount && context.SameSentence(token, token + 1) && _exceptions.Contains(tokens[token + 1].Id);
    }

    private bool IsShortApologySentence(RuleContext context, int apology)
    {
        var (first, last) = context.SentenceOf(apology);
        var words = 0;
        for (var i = first; i <= last; i++)
        {
            var token = context.Tokens[i];
            if (token.Is(TokenFlags.Word) && !token.Is(TokenFlags.Clitic))
            {
                words++;
                if (i != apology && !_apologyHeads.Contains(token.Id) && !context.Common.Apologies.Contains(token.Id) && words > 2)
                {
                    return false;
                }
            }
        }

        return words <= ShortSentence;
    }

    private int HeadStart(RuleContext context, int apology)
    {
        var first = apology;
        while (first > 0 && context.SameSentence(first - 1, apology) && _apologyHeads.Contains(context.Tokens[first - 1].Id) && apology - first < 4)
        {
            first--;
        }

        return first;
    }

    private static TextSpan SentenceWithSpace(RuleContext context, int token)
    {
        var (first, last) = context.SentenceOf(token);
        var start = context.Tokens[first].Start;
        var end = context.Tokens[last].End;
        var text = context.Text;

        // A chat line in lower case ("...on its way. sorry again") has no sentence start the tokenizer trusts: the
        // apology's sentence begins after the last full stop, "!" or "?" before it, and ends at the next.
        for (var i = context.Tokens[token].Start - 1; i > start; i--)
        {
            if (text[i] is '.' or '!' or '?' && char.IsWhiteSpace(text[i + 1]))
            {
                start = i + 1;
                while (start < text.Length && char.IsWhiteSpace(text[start]))
                {
                    start++;
                }

                break;
            }
        }

        for (var i = context.Tokens[token].End; i < end; i++)
        {
            if (text[i] is '.' or '!' or '?' && (i + 1 == text.Length || char.IsWhiteSpace(text[i + 1])))
            {
                end = i + 1;
                break;
            }
        }

        var after = end;
        while (after < text.Length && (text[after] == ' ' || text[after] == '\t'))
        {
            after++;
        }

        if (after > end || start == 0)
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
