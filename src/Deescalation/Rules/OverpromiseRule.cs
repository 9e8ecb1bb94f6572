using System.Collections.Generic;

namespace Deescalation;

/// <summary>
/// DEESC006: promises that cannot be kept for sure. Guide 000, step 7: "Make a promise you can keep ... You can
/// always tell the customer, 'That may be possible, let me check with someone'"; guide 003: "avoid making
/// promises you can't keep".
/// </summary>
internal sealed class OverpromiseRule : ReplyRule
{
    private const int Guarantee = 1;
    private const int PromiseTo = 2;
    private const int NeverAgain = 3;
    private const int Percent = 4;
    private const int Certainty = 5;

    private const string BestEffort = "I'll do everything I can to make sure";

    private static readonly PhraseEntry[] Table =
    {
        new("(i|we) (can|will)? (personally|absolutely|fully|definitely)? (guarantee|guaranty) (you)? (that)?", BestEffort, Guarantee),
        new("(i|we) (can)? (personally|absolutely)? (promise) (you)? (that)?", BestEffort, Guarantee),
        new("(i|we) (can)? (personally)? (assure|reassure) you (that)?", BestEffort, Guarantee),
        new("(you can)? rest assured ,? (that)?", BestEffort, Guarantee),
        new("(you have|you've got|there is|this is) my (personal)? (word|guarantee|promise)", BestEffort, Guarantee),
        new("(i|we) (can)? (personally)? promise to", "I'll", PromiseTo),
        new("(will|shall|is going to) never (happen|occur|be repeated) again", null, NeverAgain),
        new("(will not|won't|is not going to) (happen|occur|be repeated) again", null, NeverAgain),
        new("never *3 again", null, NeverAgain),
        new("100 %", string.Empty, Percent),
        new("(one hundred|a hundred) (percent|per cent)", string.Empty, Percent),
        new("will (definitely|certainly|absolutely|surely|undoubtedly)", "will", Certainty),
        new("(definitely|certainly|absolutely) will", "will", Certainty),
        new("(for sure|without (a|any) doubt|no doubt about it)", string.Empty, Certainty),
        new("(is|are|'s) guaranteed (to)?", "is expected to", Certainty),
        new("(guaranteed|guarantee) to (arrive|work|fix|be|resolve|reach|get)", "expected to", Certainty),
    };

    private static readonly string[] Prevention = { "sure", "ensure", "everything", "best", "prevent", "try", "hope", "aim", "avoid", "steps", "working" };
    private static readonly string[] PercentNouns = { "refund", "refunds", "of", "off", "cashback", "discount", "money", "match", "recyclable", "cotton", "wool", "satisfaction", "renewable", "secure", "free", "rebate", "credit", "charged", "battery", "capacity", "uptime" };
    private static readonly string[] PercentArticles = { "a", "an", "the", "full", "get", "gets", "receive", "at" };

    private WordSet _prevention;
    private WordSet _percentNouns;
    private WordSet _percentArticles;
    private int _to;

    public override IReadOnlyList<DiagnosticDescriptor> Descriptors { get; } = new[] { RuleCatalog.Overpromise };

    public override IEnumerable<PhraseEntry> Phrases => Table;

    public override IEnumerable<string> Words
    {
        get
        {
            foreach (var list in new[] { Prevention, PercentNouns, PercentArticles })
            {
                foreach (var word in list)
                {
                    yield return word;
                }
            }

            yield return "to";
        }
    }

    public override void Initialize(Lexicon lexicon)
    {
        _prevention = lexicon.Set(Prevention);
        _percentNouns = lexicon.Set(PercentNouns);
        _percentArticles = lexicon.Set(PercentArticles);
        _to = lexicon.Id("to");
    }

    public override void Analyze(RuleContext context)
    {
        var tokens = context.Tokens;
        var covered = -1;
        var guaranteeSentence = -1;
        foreach (var match in context.Matches)
        {
            var entry = context.Entries[match.Entry];
            if (entry.Owner != this || match.First <= covered)
            {
                continue;
            }

            var first = match.First;
            var last = match.Last;
            var sentence = tokens[first].Sentence;
            string replacement;
            switch (entry.Kind)
            {
                case Guarantee:
                    // "I guarantee to call" reads as "I promise to": leave the verb to the row below.
                    if (last + 1 < context.TokenCount && tokens[last + 1].Id == _to && context.SameSentence(last, last + 1))
                    {
                        continue;
                    }

                    replacement = BestEffort + (EndsWithThat(context, last) ? " that" : string.Empty);
                    guaranteeSentence = sentence;
                    break;

                case NeverAgain:
                    // "We'll do everything we can to make sure it never happens again" promises effort, not an outcome.
                    if (sentence == guaranteeSentence || context.SentenceContainsBefore(first, _prevention))
                    {
                        continue;
                    }

                    first = ClauseStart(context, first);
                    var clause = context.Text.Substring(tokens[first].Start, tokens[last].End - tokens[first].Start);
                    replacement = BestEffort + " " + LowerFirst(clause);
                    break;

                case Percent:
                    if (IsAmount(context, first, last))
                    {
                        continue;
                    }

                    replacement = string.Empty;
                    break;

                default:
                    replacement = entry.Replacement ?? string.Empty;
                    break;
            }

            TextSpan span;
            if (replacement.Length == 0)
            {
                span = context.WithSpace(first, last);
                context.Report(RuleCatalog.Overpromise, span, "This promises a certainty you cannot guarantee; promise the step, not the outcome.", new Fix("Drop the certainty", new[] { new TextEdit(span, string.Empty) }));
            }
            else
            {
                span = context.Span(first, last);
                context.Report(RuleCatalog.Overpromise, span, "This promises an outcome outside your control; promise the step, not the outcome.", context.Replace("Promise the step, not the outcome", span, context.CaseFor(replacement, first)));
            }

            covered = last;
        }
    }

    private static bool EndsWithThat(RuleContext context, int last) => context.Tokens[last].Id == context.Common.That;

    private static string LowerFirst(string text)
    {
        if (text.Length == 0 || (text[0] == 'I' && (text.Length == 1 || !char.IsLetter(text[1]))))
        {
            return text;
        }

        return char.ToLowerInvariant(text[0]) + text.Substring(1);
    }

    private static int ClauseStart(RuleContext context, int token)
    {
        var tokens = context.Tokens;
        var start = token;
        for (var i = token - 1; i >= 0 && context.SameSentence(i, token); i--)
        {
            if (tokens[i].Is(TokenFlags.Punct) || context.Common.Conjunctions.Contains(tokens[i].Id) || token - i > 8)
            {
                break;
            }

            start = i;
        }

        return start;
    }

    private bool IsAmount(RuleContext context, int first, int last)
    {
        var tokens = context.Tokens;
        if (last + 1 < context.TokenCount && context.SameSentence(last, last + 1) && _percentNouns.Contains(tokens[last + 1].Id))
        {
            return true;
        }

        return first > 0 && context.SameSentence(first - 1, first) && _percentArticles.Contains(tokens[first - 1].Id);
    }
}
