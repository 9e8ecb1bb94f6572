using System.Collections.Generic;
using Humanizer;

namespace Deescalation;

/// <summary>
/// DEESC007: too many alternatives at once. Guide 003: "Do not introduce multiple options initially, as this can
/// create confusion and lead to further arguments. If the initial solution is not accepted, then you can offer
/// alternatives." Two options ("a refund or an exchange?") are fine; numbered troubleshooting steps are not options.
/// </summary>
internal sealed class MultipleOptionsRule : ReplyRule
{
    private static readonly string[] Cues =
    {
        "could", "can", "may", "might", "either", "prefer", "choose", "option", "options", "try", "offer", "like", "whichever",
        "alternatively", "alternative", "alternatives", "suggest", "recommend", "choice", "choices", "pick", "select", "want", "opt",
    };

    private static readonly string[] ListIntroCues = { "option", "options", "choice", "choices", "alternative", "alternatives", "choose", "prefer", "either", "pick", "select", "whichever", "offer", "could", "can", "like", "following ways" };
    private static readonly string[] StepWords = { "step", "steps", "follow", "following steps", "instructions", "troubleshoot", "troubleshooting", "first", "then", "checklist" };
    private static readonly string[] LeadIns = { "try", "either", "to", "you", "choose", "from", "also", "we", "i", "offer", "for", "between", "just" };

    private WordSet _cues;
    private WordSet _listCues;
    private WordSet _stepWords;
    private WordSet _leadIns;
    private int _or;
    private int _whether;
    private int _any;

    public override IReadOnlyList<DiagnosticDescriptor> Descriptors { get; } = new[] { RuleCatalog.MultipleOptions };

    public override IEnumerable<string> Words
    {
        get
        {
            foreach (var list in new[] { Cues, ListIntroCues, StepWords, LeadIns })
            {
                foreach (var word in list)
                {
                    foreach (var part in word.Split(' '))
                    {
                        yield return part;
                    }
                }
            }

            yield return "or";
            yield return "whether";
            yield return "any";
        }
    }

    public override void Initialize(Lexicon lexicon)
    {
        _cues = lexicon.Set(Cues);
        _listCues = lexicon.Set(new[] { "option", "options", "choice", "choices", "alternative", "alternatives", "choose", "prefer", "either", "pick", "select", "whichever", "offer", "could", "can", "like" });
        _stepWords = lexicon.Set(new[] { "step", "steps", "follow", "instructions", "troubleshoot", "troubleshooting", "first", "then", "checklist" });
        _leadIns = lexicon.Set(LeadIns);
        _or = lexicon.Id("or");
        _whether = lexicon.Id("whether");
        _any = lexicon.Id("any");
    }

    public override void Analyze(RuleContext context)
    {
        if (!context.IsEnabled(RuleCatalog.MultipleOptions))
        {
            return;
        }

        var threshold = context.Options.TooManyOptions;
        var reply = context.Reply;
        for (var s = 0; s < reply.SentenceCount; s++)
        {
            InlineOptions(context, reply.Sentences[s], threshold);
        }

        ListedOptions(context, threshold);
    }

    private void InlineOptions(RuleContext context, Sentence sentence, int threshold)
    {
        var tokens = context.Tokens;
        var first = sentence.FirstToken;
        var end = sentence.EndToken;
        var firstOr = -1;
        var lastOr = -1;
        for (var i = first; i < end; i++)
        {
            if (tokens[i].Id == _or)
            {
                // "whether or not" and "one or two" are not alternatives on offer.
                if (i > first && tokens[i - 1].Id == _whether || i + 1 < end && tokens[i + 1].Id == context.Common.Not || IsNumberLike(context, i - 1) && IsNumberLike(context, i + 1))
                {
                    continue;
                }

                if (firstOr < 0)
                {
                    firstOr = i;
                }

                lastOr = i;
            }
        }

        if (firstOr < 0)
        {
            return;
        }

        var cue = -1;
        for (var i = firstOr - 1; i >= first; i--)
        {
            if (_cues.Contains(tokens[i].Id))
            {
                cue = i;
                break;
            }
        }

        if (cue < 0)
        {
            return;
        }

        var separators = 0;
        for (var i = cue + 1; i <= lastOr; i++)
        {
            if (tokens[i].Id == _or)
            {
                separators++;
            }
            else if (tokens[i].Id == context.Common.Comma && tokens[i + 1].Id != _or)
            {
                separators++;
            }
            else if (tokens[i].Id == _any && i < firstOr)
            {
                return;
            }
            else if (tokens[i].Is(TokenFlags.Punct) && tokens[i].Id != context.Common.Comma && !context.Common.IsQuote(tokens[i].Id))
            {
                // A colon or a dash starts a new clause: count from there.
                separators = 0;
            }
        }

        var count = separators + 1;
        if (count < threshold)
        {
            return;
        }

        var start = cue + 1;
        while (start < firstOr && _leadIns.Contains(tokens[start].Id))
        {
            start++;
        }

        var last = end - 1;
        while (last > lastOr && tokens[last].Is(TokenFlags.Punct))
        {
            last--;
        }

        Report(context, start, last, count);
    }

    private void ListedOptions(RuleContext context, int threshold)
    {
        var tokens = context.Tokens;
        var count = 0;
        var groupFirst = -1;
        var groupLast = -1;
        for (var i = 0; i <= context.TokenCount; i++)
        {
            var atEnd = i == context.TokenCount;
            var isItem = !atEnd && tokens[i].Is(TokenFlags.ListItemStart);
            var breaksGroup = atEnd || (!isItem && tokens[i].Is(TokenFlags.LineStart));
            if (isItem)
            {
                if (count == 0)
                {
                    groupFirst = i;
                }

                count++;
                groupLast = i;
                continue;
            }

            if (breaksGroup)
            {
                if (count >= threshold)
                {
                    var last = i - 1;
                    while (last > groupLast && tokens[last].Is(TokenFlags.Punct))
                    {
                        last--;
                    }

                    if (IsChoice(context, groupFirst, last))
                    {
                        Report(context, groupFirst, last, count);
                    }
                }

                count = 0;
            }
        }
    }

    private bool IsChoice(RuleContext context, int firstItem, int lastToken)
    {
        var tokens = context.Tokens;
        var cue = false;

        // The lead-in: the sentence before the list ("You have three options:").
        if (firstItem > 0)
        {
            var (introFirst, introLast) = context.SentenceOf(firstItem - 1);
            for (var i = introFirst; i <= introLast; i++)
            {
                if (_stepWords.Contains(tokens[i].Id))
                {
                    return false;
                }

                cue |= _listCues.Contains(tokens[i].Id);
            }
        }

        for (var i = firstItem; i <= lastToken && !cue; i++)
        {
            cue |= tokens[i].Id == _or;
        }

        return cue;
    }

    private static bool IsNumberLike(RuleContext context, int token) =>
        token >= 0 && token < context.TokenCount && (context.Tokens[token].Is(TokenFlags.Number) || context.Common.NumberWords.Contains(context.Tokens[token].Id));

    private static void Report(RuleContext context, int first, int last, int count)
    {
        context.Report(
            RuleCatalog.MultipleOptions,
            context.Span(first, last),
            $"Offers {"option".ToQuantity(count)} at once; lead with the one you recommend and keep the others for later.",
            null);
    }
}
