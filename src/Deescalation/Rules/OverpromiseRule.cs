using System;
using System.Collections.Generic;
using Deescalation.Analysis;
using Deescalation.Text;

namespace Deescalation.Rules;

/// <summary>
/// DEESC006: promises that cannot be kept for sure. Guide 000, step 7: "Make a promise you can keep ... You can
/// always tell the customer, 'That may be possible, let me check with someone'"; guide 003: "avoid making
/// promises you can't keep".
/// </summary>
internal sealed class OverpromiseRule : ReplyRule
{
    public override string Name => "overpromise";

    /// <summary>The behaviours rows of the data name (kebab-case: <c>guarantee</c>).</summary>
    private enum Behaviour
    {
        /// <summary>A row that names no behaviour.</summary>
        Plain = 0,

        Guarantee = 1,

        PromiseTo = 2,

        NeverAgain = 3,

        Percent = 4,

        /// <summary>"will definitely arrive": the adverb goes, the verb stays.</summary>
        CertaintyOfOutcome = 8,

        Certainty = 5,

        /// <summary>"I promise", "I assure you": an overpromise when what follows is a future outcome.</summary>
        Assurance = 6,

        /// <summary>"for sure", "without a doubt": certainty about the future only.</summary>
        FutureCertainty = 7,

        /// <summary>"we will find a solution", "you will get the positive resolution": an outcome promised, unless hoped for.</summary>
        Outcome = 9,
    }

    protected override Type Behaviours => typeof(Behaviour);


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
    private WordSet _percentEfforts;
    private WordSet _controlledSteps;
    private WordSet _ourPossessives;
    private WordSet _knowingVerbs;
    private WordSet _openWords;
    private WordSet _presentBe;


    public override IEnumerable<string> Words => new[] { "to", "promise", "guarantee", "say", "assure", "sure", "certain", "confident", "guaranteed", "definitely" };

    public override void Initialize(Lexicon lexicon)
    {
        _prevention = Class(lexicon, "prevention");
        _percentNouns = Class(lexicon, "percent-nouns");
        _percentArticles = Class(lexicon, "percent-articles");
        _to = lexicon.Id("to");
        _will = lexicon.Id("will");
        _futureMarkers = Class(lexicon, "future-markers");
        _agentActions = Class(lexicon, "agent-actions");
        _ourselves = Class(lexicon, "ourselves");
        _promiseVerbs = Class(lexicon, "promise-verbs");
        _controlledSteps = Class(lexicon, "controlled-steps");
        _ourPossessives = Class(lexicon, "our-possessives");
        _knowingVerbs = Class(lexicon, "knowing-verbs");
        _presentBe = Class(lexicon, "present-be");
        _openWords = Class(lexicon, "open-words");
        _certaintyMarkers = Class(lexicon, "certainty-markers");
        _percentEfforts = Class(lexicon, "percent-efforts");
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
            if ((Behaviour)entry.Kind is Behaviour.Guarantee or Behaviour.Assurance or Behaviour.NeverAgain && IsNegatedPromise(context, first))
            {
                // "I can't promise it will never happen again" declines to overpromise.
                continue;
            }

            string replacement;
            switch ((Behaviour)entry.Kind)
            {
                case Behaviour.Guarantee:
                    last = DropGluedYou(context, last);
                    // "I guarantee to call" reads as "I promise to": leave the verb to the row below.
                    if (last + 1 < context.TokenCount && tokens[last + 1].Id == _to && context.SameSentence(last, last + 1))
                    {
                        continue;
                    }

                    if (!FutureFollows(context, last))
                    {
                        // "We guarantee you a full refund", "I'm certain the issue is fixed now": no clause of the future
                        // follows for "make sure" to take, so the finding stands with no fix.
                        var outcomeEnd = Math.Max(PromisedOutcomeEnd(context, index, last), context.LastWordOfSentence(last));
                        context.Report(DescriptorOf("DEESC006"), context.Span(first, outcomeEnd), Text("finding.outcome"), null);
                        covered = outcomeEnd;
                        continue;
                    }

                    replacement = BestEffort(context, first) + (EndsWithThat(context, last) ? " that" : string.Empty);
                    guaranteeSentence = sentence;
                    break;

                case Behaviour.Assurance:
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

                    replacement = BestEffort(context, first) + (EndsWithThat(context, last) ? " that" : string.Empty);
                    guaranteeSentence = sentence;
                    break;

                case Behaviour.FutureCertainty:
                    // "to say for sure" hedges; "no matter what computer is tried" opens a noun phrase.
                    // "I am for sure wanting to help" intensifies a present wish.
                    if (!context.SentenceContains(first, _futureMarkers) || (first > 0 && _knowingVerbs.Contains(tokens[first - 1].Id)) ||
                        (first > 0 && _presentBe.Contains(tokens[first - 1].Id)) ||
                        (_openWords.Contains(tokens[last].Id) && last + 1 < context.TokenCount && context.SameSentence(last, last + 1) && tokens[last + 1].Is(TokenFlags.Word)))
                    {
                        continue;
                    }

                    // "the best Customer Experience - no matter what." loses its dash with the phrase.
                    if (first > 0 && tokens[first - 1].Is(TokenFlags.Punct) && IsDash(context.Text[tokens[first - 1].Start]) && context.SameSentence(first - 1, first))
                    {
                        first--;
                    }

                    replacement = string.Empty;
                    break;

                case Behaviour.CertaintyOfOutcome:
                    if ((_agentActions.Contains(context.Tokens[last].Id) && OursBefore(context, first)) || ControlledStepAfter(context, last))
                    {
                        // "I'll definitely pass that on", "our team will surely contact you", "it'll definitely get fed back
                        // to him" are steps the agent controls; "the doctor will definitely see you" is not.
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

                case Behaviour.PromiseTo:
                    // "I promise to call you by 5 pm" is a concrete, keepable commitment, and so is a step in the
                    // agent's control ("we can promise to review what happened"): guide 000, step 7.
                    if (context.SentenceHasConcreteTime(first) || (last + 1 < context.TokenCount && _agentActions.Contains(context.Tokens[last + 1].Id)))
                    {
                        continue;
                    }

                    replacement = entry.Replacement!;
                    break;

                case Behaviour.NeverAgain:
                    // "We'll do everything we can to make sure it never happens again" promises effort, not an outcome.
                    if (sentence == guaranteeSentence || context.SentenceContainsBefore(first, _prevention))
                    {
                        continue;
                    }

                    first = ClauseStart(context, first);
                    var clause = context.Text.Substring(tokens[first].Start, tokens[last].End - tokens[first].Start);
                    var effort = MakeSureToEffort(clause);
                    replacement = effort ?? Text("fix.best-effort") + " " + LowerFirst(clause);
                    break;

                case Behaviour.Outcome:
                    // "We hope you will get a positive response", "we'll try to find a solution": a hope or an effort.
                    if (context.SentenceContainsBefore(first, _prevention))
                    {
                        continue;
                    }

                    replacement = entry.Replacement ?? string.Empty;
                    break;

                case Behaviour.Percent:
                    // "100% organic cotton" describes; "will 100% fix it" and "I'm 100% sure" promise.
                    // "I'll help out 100%!" gives effort, which any agent can promise.
                    if (IsAmount(context, first, last) || !context.SentenceContains(first, _certaintyMarkers) ||
                        (first > 0 && _percentEfforts.Contains(context.Tokens[first - 1].Id)))
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
            if ((Behaviour)entry.Kind is Behaviour.Guarantee or Behaviour.Assurance)
            {
                // The finding covers what is promised: "I can assure you [there will be no more outages]".
                diagnosticLast = Math.Max(PromisedOutcomeEnd(context, index, last), context.LastWordOfSentence(last));
            }

            if (replacement.Length == 0)
            {
                context.Report(DescriptorOf("DEESC006"), context.Span(first, last), Text("finding.certainty"), context.Delete(Text("fix-title.certainty"), first, last));
            }
            else
            {
                // A new clause in place of the promise is a drop-in only where the promise starts its clause.
                var kind = context.IsClauseStart(first) ? entry.FixKind : FixApplicability.Suggestion;
                var fix = context.Replace(Text("fix-title.outcome"), context.Span(first, last), context.CaseFor(replacement, first), kind);
                context.Report(DescriptorOf("DEESC006"), context.Span(first, diagnosticLast), Text("finding.outcome"), fix);
            }

            covered = diagnosticLast;
        }
    }

    private static bool IsDash(char c) => c is '-' or '\u2013' or '\u2014';

    /// <summary>
    /// The effort that takes a promise's place, in the promise's person: "We are certain" -> "We'll do everything we can to
    /// make sure" (<c>fix.best-effort-we</c>), "I guarantee" -> "I'll do everything I can to make sure".
    /// </summary>
    private string BestEffort(RuleContext context, int first) =>
        context.Tokens[first].Id == context.Common.We && Data.Messages.ContainsKey("fix.best-effort-we") ? Text("fix.best-effort-we") : Text("fix.best-effort");

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
            if (other.First > last && context.Entries[other.Entry].Owner == this && (Behaviour)context.Entries[other.Entry].Kind == Behaviour.NeverAgain)
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

    /// <summary>
    /// Whether the subject right before <paramref name="will"/> is the agent or their team: "I", "we" (<c>ourselves</c>),
    /// or "our team", "my colleague" (<c>our-possessives</c> and one word).
    /// </summary>
    private bool OursBefore(RuleContext context, int will) =>
        (will > 0 && _ourselves.Contains(context.Tokens[will - 1].Id) && context.SameSentence(will - 1, will)) ||
        (will > 1 && _ourPossessives.Contains(context.Tokens[will - 2].Id) && context.SameSentence(will - 2, will));

    /// <summary>"It'll definitely get fed back": a <c>controlled-steps</c> word within two words after the verb at <paramref name="verb"/>.</summary>
    private bool ControlledStepAfter(RuleContext context, int verb)
    {
        for (var i = verb; i <= verb + 2 && i < context.TokenCount && context.SameSentence(verb, i); i++)
        {
            if (_controlledSteps.Contains(context.Tokens[i].Id))
            {
                return true;
            }
        }

        return false;
    }
}
