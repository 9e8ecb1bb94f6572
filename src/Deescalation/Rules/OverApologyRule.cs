using System;
using System.Collections.Generic;

namespace Deescalation;

/// <summary>
/// DEESC014: more apologies than a reply can carry sincerely: three or more, or two in one sentence or in
/// consecutive sentences. Guide 001: "Be quick to apologize ... but make sure you do not apologize too much and
/// sound insincere in the process."
/// </summary>
internal sealed class OverApologyRule : ReplyRule
{
    private const int ShortSentence = 5;

    private int _and;
    private int _for;
    private int _about;
    private WordSet _apologyHeads;
    private WordSet _exceptions;

    public override IReadOnlyList<DiagnosticDescriptor> Descriptors { get; } = new[] { RuleCatalog.OverApology };

    private static readonly string[] HeadWords = { "i", "am", "we", "are", "so", "very", "really", "truly", "my", "our", "again", "once", "sincerely", "deeply", "terribly", "," };
    private static readonly string[] ExceptionWords = { "no", "need", "accept", "accepted" };

    public override IEnumerable<string> Words
    {
        get
        {
            foreach (var word in HeadWords)
            {
                yield return word;
            }

            foreach (var word in ExceptionWords)
            {
                yield return word;
            }

            yield return "and";
            yield return "for";
            yield return "about";
        }
    }

    public override void Initialize(Lexicon lexicon)
    {
        _and = lexicon.Id("and");
        _for = lexicon.Id("for");
        _about = lexicon.Id("about");
        _apologyHeads = lexicon.Set(HeadWords);
        _exceptions = lexicon.Set(ExceptionWords);
    }

    public override void Analyze(RuleContext context)
    {
        if (!context.IsEnabled(RuleCatalog.OverApology))
        {
            return;
        }

        var tokens = context.Tokens;
        List<int>? apologies = null;
        for (var i = 0; i < context.TokenCount; i++)
        {
            if (context.Common.Apologies.Contains(tokens[i].Id) && !IsException(context, i))
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

        // Keep one apology: the first that carries a reason and cannot simply be dropped; remove the rest.
        var keep = -1;
        foreach (var apology in apologies)
        {
            if (!IsShortApologySentence(context, apology))
            {
                keep = apology;
                break;
            }
        }

        if (keep < 0)
        {
            keep = apologies[0];
        }

        var edits = new List<TextEdit>();
        var removedSentences = new HashSet<int>();
        foreach (var apology in apologies)
        {
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

            if (apology > 0 && tokens[apology - 1].Id == _and && context.SameSentence(apology - 1, apology))
            {
                // "..., and sorry that it took so long" -> "..., and that it took so long".
                edits.Add(new TextEdit(context.WithSpace(apology, apology), string.Empty));
                continue;
            }

            var next = apology + 1;
            if (next < context.TokenCount && context.SameSentence(apology, next) && (tokens[next].Id == _for || tokens[next].Id == _about))
            {
                // "I'm sorry for the wait" -> "Thank you for your patience with the wait".
                var first = HeadStart(context, apology);
                edits.Add(new TextEdit(context.Span(first, next), context.CaseFor("thank you for your patience with", first)));
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
            RuleCatalog.OverApology,
            TextSpan.FromBounds(spanStart, spanEnd),
            $"{apologies.Count} apologies in a short space sound insincere; keep one and put the others into action.",
            edits.Count == 0 ? null : new Fix("Keep one apology", edits));
    }

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
