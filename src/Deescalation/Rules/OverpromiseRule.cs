using System;
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

    /// <summary>"will definitely arrive": the adverb goes, the verb stays.</summary>
    private const int CertaintyOfOutcome = 8;
    private const int Certainty = 5;

    /// <summary>"I promise", "I assure you": an overpromise when what follows is a future outcome.</summary>
    private const int Assurance = 6;

    /// <summary>"for sure", "without a doubt": certainty about the future only.</summary>
    private const int FutureCertainty = 7;

    private const string BestEffort = "I'll do everything I can to make sure";

    private static readonly PhraseEntry[] Table =
    {
        new("(i|we) (can|will)? (personally|absolutely|fully|definitely)? (guarantee|guaranty) (you)? (that)?", BestEffort, Guarantee),
        new("(i|we) (can)? (personally|absolutely)? (promise|swear) (you)? (that)?", BestEffort, Assurance),
        new("(i am|i'm|we are|we're) (giving|offering) you (my|our) (personal|absolute|full)? (word|guarantee|promise|assurance) (that)?", BestEffort, Guarantee),
        new("(you have|you've got|you get) (my|our) (absolute|personal|full|firm)? (word|guarantee|promise|assurance) (that)?", BestEffort, Guarantee),
        new("(i|we) (garantee|guarentee|gaurantee)", BestEffort, Guarantee),
        new("(zero|no) (chance|risk|possibility) of *4 (coming back|happening again|returning|recurring|again)", null, NeverAgain),
        new("(i am|we are) (absolutely|completely|totally|one hundred percent)? (certain|positive) (that)?", BestEffort, Guarantee),
        new("(there is|there's)? (zero|no) (chance|risk|possibility) (of|that) (another|it happening again|this happening again|that happening again|a repeat|it will happen again|this will happen again)", null, NeverAgain),
        new("nothing like (this|that) *6 again", null, NeverAgain),
        new("(is|are|'s) (absolutely|completely|totally|100 %)? (certain|sure|guaranteed|bound) to", "is expected to", Certainty),
        new("(it is|it's|that is|that's) (absolutely|completely|simply)? impossible for (this|it|that) to (happen|occur)", null, NeverAgain),
        new("(i|we) (can)? (personally)? (assure|reassure) you (that)?", BestEffort, Assurance),
        new("(you can)? rest assured ,? (that)?", BestEffort, Assurance),
        new("consider it done", "I'll get started on this now", Certainty),
        new("(you have|you've got|there is|this is) my (personal)? (word|guarantee|promise)", BestEffort, Guarantee),
        new("(i|we) (can)? (personally)? promise to", "I'll", PromiseTo),
        new("(will|shall|is going to) never (happen|occur|be repeated) again", null, NeverAgain),
        new("(will not|won't|is not going to|will never) (ever)? (happen|occur|be repeated) *3 again", null, NeverAgain),
        new("never *4 again", null, NeverAgain),
        new("100 %", string.Empty, Percent),
        new("(one hundred|a hundred|100) (percent|per cent)", string.Empty, Percent),
        new("will (definitely|certainly|absolutely|surely|undoubtedly) *", "will", CertaintyOfOutcome),
        new("(definitely|certainly|absolutely) will *", "will", CertaintyOfOutcome),
        new("(for sure|without (a|any) doubt|no doubt about it|without fail|no matter what)", string.Empty, FutureCertainty),
        new(", guaranteed", string.Empty, Certainty),
        new("(i|we) (will|'ll)? (personally)? make sure of (it|that)", BestEffort + " of it", Guarantee),
        new("(is|are|'s) guaranteed (to)?", "is expected to", Certainty),
        new("(guaranteed|guarantee) to (arrive|work|fix|be|resolve|reach|get)", "expected to", Certainty),
    };

    /// <summary>Words that turn "never again" into effort: "we're doing everything we can so it never happens again".</summary>
    private static readonly string[] Prevention = { "everything", "best", "prevent", "try", "hope", "aim", "avoid", "steps", "working", "reduce", "minimise", "minimize" };
    /// <summary>Steps within the agent's control: certainty about them is no overpromise.</summary>
    private static readonly string[] AgentActions =
    {
        "check", "look", "pass", "share", "help", "let", "forward", "feed", "do", "try", "escalate", "contact", "call", "follow", "review",
        "investigate", "take", "send", "keep", "note", "update", "raise", "log", "get", "make", "consider", "ask", "mention", "speak",
        "talk", "reach", "email", "reply", "respond", "flag", "report", "tell", "remember", "see", "read", "add", "address", "assist",
        "try", "contact", "arrange", "chase", "pass", "share",
    };

    private static readonly string[] FutureMarkers = { "will", "going", "always", "shall", "tomorrow", "today" };

    /// <summary>Steps within the agent's control: reassurance about them is no overpromise ("your feedback will be passed on").</summary>
    private static readonly string[] ControlledSteps = { "passed", "shared", "forwarded", "reviewed", "looked", "investigated", "noted", "logged", "escalated", "recorded", "read", "considered", "raised" };

    private static readonly string[] PercentNouns = { "refund", "refunds", "of", "off", "cashback", "discount", "money", "match", "recyclable", "cotton", "wool", "satisfaction", "renewable", "secure", "free", "rebate", "credit", "charged", "battery", "capacity", "uptime" };
    private static readonly string[] PercentArticles = { "a", "an", "the", "full", "get", "gets", "receive", "at" };

    private WordSet _prevention;
    private WordSet _percentNouns;
    private WordSet _percentArticles;
    private int _to;
    private int _will;
    private WordSet _futureMarkers;
    private WordSet _agentActions;
    private WordSet _ourselves;
    private WordSet _promiseVerbs;
    private WordSet _certaintyMarkers;
    private WordSet _controlledSteps;

    public override IReadOnlyList<DiagnosticDescriptor> Descriptors { get; } = new[] { RuleCatalog.Overpromise };

    public override IEnumerable<PhraseEntry> Phrases => Table;

    public override IEnumerable<string> Words => Join(Prevention, PercentNouns, PercentArticles, FutureMarkers, AgentActions, ControlledSteps, new[] { "to", "promise", "guarantee", "say", "assure", "sure", "certain", "confident", "guaranteed", "definitely" });

    public override void Initialize(Lexicon lexicon)
    {
        _prevention = lexicon.Set(Prevention);
        _percentNouns = lexicon.Set(PercentNouns);
        _percentArticles = lexicon.Set(PercentArticles);
        _to = lexicon.Id("to");
        _will = lexicon.Id("will");
        _futureMarkers = lexicon.Set(FutureMarkers);
        _agentActions = lexicon.Set(AgentActions);
        _ourselves = lexicon.Set(new[] { "i", "we" });
        _promiseVerbs = lexicon.Set(new[] { "promise", "guarantee", "say", "assure" });
        _controlledSteps = lexicon.Set(ControlledSteps);
        _certaintyMarkers = lexicon.Set(new[] { "will", "going", "sure", "certain", "confident", "guaranteed", "guarantee", "definitely", "never", "always", "promise" });
    }

    public override void Analyze(RuleContext context)
    {
        var tokens = context.Tokens;
        var covered = -1;
        var guaranteeSentence = -1;
        var matches = context.Matches;
        for (var index = 0; index < matches.Count; index++)
        {
            var match = matches[index];
            var entry = context.Entries[match.Entry];
            if (entry.Owner != this || match.First <= covered)
            {
                continue;
            }

            var first = match.First;
            var last = match.Last;
            var sentence = tokens[first].Sentence;
            if (entry.Kind is Guarantee or Assurance or NeverAgain && IsNegatedPromise(context, first))
            {
                // "I can't promise it will never happen again" declines to overpromise.
                continue;
            }

            string replacement;
            switch (entry.Kind)
            {
                case Guarantee:
                    last = DropGluedYou(context, last);
                    // "I guarantee to call" reads as "I promise to": leave the verb to the row below.
                    if (last + 1 < context.TokenCount && tokens[last + 1].Id == _to && context.SameSentence(last, last + 1))
                    {
                        continue;
                    }

                    replacement = BestEffort + (EndsWithThat(context, last) ? " that" : string.Empty);
                    guaranteeSentence = sentence;
                    break;

                case Assurance:
                    last = DropGluedYou(context, last);
                    if (last + 1 < context.TokenCount && tokens[last + 1].Id == _to && context.SameSentence(last, last + 1))
                    {
                        // "I promise to call you by 5 pm": the row below judges it.
                        continue;
                    }

                    if (!FutureFollows(context, last) || context.SentenceContains(last, _controlledSteps))
                    {
                        // "I assure you we are doing our best" and "rest assured, your feedback will be passed on"
                        // reassure; "I promise it will arrive" overpromises.
                        continue;
                    }

                    if (last + 1 < context.TokenCount && _ourselves.Contains(tokens[last + 1].Id) && context.SentenceHasConcreteTime(last))
                    {
                        // "I promise I'll call you back before 4 pm" commits to the agent's own, timed step.
                        continue;
                    }

                    replacement = BestEffort + (EndsWithThat(context, last) ? " that" : string.Empty);
                    guaranteeSentence = sentence;
                    break;

                case FutureCertainty:
                    if (!context.SentenceContains(first, _futureMarkers))
                    {
                        continue;
                    }

                    replacement = string.Empty;
                    break;

                case CertaintyOfOutcome:
                    if (_agentActions.Contains(context.Tokens[last].Id) && first > 0 && _ourselves.Contains(context.Tokens[first - 1].Id))
                    {
                        // "I'll definitely pass that on" is a step the agent controls; "the doctor will definitely see you" is not.
                        continue;
                    }

                    // Drop the adverb only: "will definitely arrive" -> "will arrive".
                    last = first + 1;
                    if (context.Tokens[first].Id != _will)
                    {
                        first = match.First;
                        last = match.First;
                    }
                    else
                    {
                        first = last;
                    }

                    replacement = string.Empty;
                    break;

                case PromiseTo:
                    // "I promise to call you by 5 pm" is a concrete, keepable commitment.
                    if (context.SentenceHasConcreteTime(first))
                    {
                        continue;
                    }

                    replacement = entry.Replacement!;
                    break;

                case NeverAgain:
                    // "We'll do everything we can to make sure it never happens again" promises effort, not an outcome.
                    if (sentence == guaranteeSentence || context.SentenceContainsBefore(first, _prevention))
                    {
                        continue;
                    }

                    first = ClauseStart(context, first);
                    var clause = context.Text.Substring(tokens[first].Start, tokens[last].End - tokens[first].Start);
                    var effort = MakeSureToEffort(clause);
                    replacement = effort ?? BestEffort + " " + LowerFirst(clause);
                    break;

                case Percent:
                    // "100% organic cotton" describes; "will 100% fix it" and "I'm 100% sure" promise.
                    if (IsAmount(context, first, last) || !context.SentenceContains(first, _certaintyMarkers))
                    {
                        continue;
                    }

                    replacement = string.Empty;
                    break;

                default:
                    replacement = entry.Replacement ?? string.Empty;
                    break;
            }

            var diagnosticLast = last;
            if (entry.Kind is Guarantee or Assurance)
            {
                // The finding covers what is promised: "I can assure you [there will be no more outages]".
                diagnosticLast = Math.Max(PromisedOutcomeEnd(context, index, last), context.LastWordOfSentence(last));
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
                context.Report(RuleCatalog.Overpromise, context.Span(first, diagnosticLast), "This promises an outcome outside your control; promise the step, not the outcome.", context.Replace("Promise the step, not the outcome", span, context.CaseFor(replacement, first)));
            }

            covered = diagnosticLast;
        }
    }

    /// <summary>"I'll make sure it never happens again" -> "I'll do everything I can to make sure it never happens again".</summary>
    private static string? MakeSureToEffort(string clause)
    {
        foreach (var phrase in new[] { "make sure", "ensure" })
        {
            var at = clause.IndexOf(phrase, System.StringComparison.OrdinalIgnoreCase);
            if (at >= 0)
            {
                return clause.Substring(0, at) + "do everything I can to " + clause.Substring(at);
            }
        }

        return null;
    }

    /// <summary>The end of a "never ... again" that the guarantee promises in the same sentence, else the guarantee's own end.</summary>
    private int PromisedOutcomeEnd(RuleContext context, int index, int last)
    {
        var matches = context.Matches;
        var guarantee = matches[index];
        for (var k = index + 1; k < matches.Count && context.SameSentence(matches[k].First, guarantee.First); k++)
        {
            var other = matches[k];
            if (other.First > last && context.Entries[other.Entry].Owner == this && context.Entries[other.Entry].Kind == NeverAgain)
            {
                return other.Last;
            }
        }

        return last;
    }

    private bool FutureFollows(RuleContext context, int after)
    {
        var (_, sentenceLast) = context.SentenceOf(after < 0 ? 0 : after);
        for (var i = after + 1; i <= sentenceLast; i++)
        {
            if (_futureMarkers.Contains(context.Tokens[i].Id))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"I guarantee you'll ...": the "you" of "you'll" belongs to the promise, not to "guarantee you".</summary>
    private static int DropGluedYou(RuleContext context, int last)
    {
        var tokens = context.Tokens;
        return tokens[last].Id == context.Common.You && tokens[last].Is(TokenFlags.Glued) && last > 0 ? last - 1 : last;
    }

    private bool IsNegatedPromise(RuleContext context, int first)
    {
        var tokens = context.Tokens;
        for (var i = first - 1; i >= 0 && i >= first - 6 && context.SameSentence(i, first); i--)
        {
            if (tokens[i].Id == context.Common.Not && (i + 1 < context.TokenCount && _promiseVerbs.Contains(tokens[i + 1].Id) || first - i <= 2))
            {
                return true;
            }
        }

        return false;
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
