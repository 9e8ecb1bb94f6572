using System;
using System.Collections.Generic;

namespace Deescalation;

/// <summary>
/// DEESC001 and DEESC002: apologies that belittle. Guide 000, step 5: "apologize for your own actions and the
/// actions of your company, never for the way your customer feels or is acting"; guide 002: "a sincere apology,
/// even if it's simply for the inconvenience caused".
/// </summary>
internal sealed class PatronizingApologyRule : ReplyRule
{
    private const int Feelings = 1;
    private const int Conditional = 2;
    private const int CancelledByBut = 3;

    /// <summary>"Sorry for the inconvenience caused, if any": the "if any" doubts there was any.</summary>
    private const int IfAny = 4;

    private static readonly string[] Heads =
    {
        "(i am|we are)? sorry", "(my|our)? (apologies|appologies|apologys)", "(i|we) (do|sincerely|truly)? (apologize|apologise|appologize|appologise)", "(i|we) (do)? regret", "it is regrettable",
        "it is (unfortunate|a shame|a pity|too bad)",
    };

    private static readonly string[] FeelingTails =
    {
        "(that|if)? you (feel|felt|think|thought|believe|believed|perceive|perceived|found|find|feel like|felt like|see it|saw it|took it|take it|view it|consider|considered|were under the impression|got the impression|have the impression)",
        "(that|if)? you (are|were|became|got|feel|felt|seem|seemed|may be|might be) (upset|unhappy|disappointed|frustrated|annoyed|angry|offended|dissatisfied|displeased|unsatisfied|confused|let down|not happy|not satisfied|bothered|hurt|insulted|put out|mad|so upset)",
        "(that|if)? (this|that|it|my reply|our reply|my response|our response|my message|our message|my email|our email|the situation) (upset|upsets|offended|offends|frustrated|frustrates|annoyed|annoys|bothered|bothers|disappointed|disappoints|confused|confuses) you",
        "for (the way|how) you (feel|felt|are feeling|reacted)",
        "for your (feelings|frustration|reaction)",
        "to hear (that)? you (feel|felt) (that|this) way",
        "to hear (that)? you (were|are|felt|feel) (offended|insulted|hurt)",
        "for (any|the) (offence|offense|hurt|upset|distress|hurt feelings) (caused)?",
        "(that|if)? you (did not|didn't|do not|don't) (enjoy|like|love|appreciate|care for)",
        "(that)? (that is|that's|this is) how you (see|feel about|view|took|read|understood) (it|things|this|that)?",
        "(that|if)? you (took|read|understood|interpreted|saw) *3 (that|the wrong|in the wrong) way",
        "(that|if)? you (took|take) (it|this|that) (badly|personally)",
        "(that|if)? you (have)? (taken|took) (it|this|that) (that|this|the wrong) way",
        "should you (have)? (been|feel|felt|be) *4 (distress|distressed|upset|offended|unhappy|disappointed|frustrated|inconvenienced)",
        "(that|if)? *4 (has|have|had)? (upset|offended|frustrated|annoyed|bothered|disappointed|confused) you",
        "(that|if)? *4 (came|come|comes) across (as|badly|wrong|the wrong way|poorly)",
        "for (any|the|your) (frustration|upset|disappointment|annoyance|anger|distress|dissatisfaction|unhappiness) (that)? you (may|might)? (be|have|are)? (been)? (experiencing|feeling|having|felt|experienced)",
    };

    /// <summary>After "but", these start good news or an action taken: "sorry for the wait, but good news".</summary>
    private static readonly string[] GoodTurns =
    {
        "good", "great", "luckily", "fortunately", "happily", "thankfully", "here", "now", "hopefully", "rest", "please", "let",
    };

    private static readonly string[] Actions = { "have", "will", "can", "am", "are", "did", "just", "already", "would", "do", "managed", "shall" };
    private static readonly string[] Refusals = { "not", "unable", "afraid", "only" };
    private static readonly string[] Excuses = { "had", "been", "got", "seen", "received", "lot", "many", "busy", "short" };

    /// <summary>What turns "sorry, but" into taking the apology back: rules, refusals of the customer, blame, excuses.</summary>
    private static readonly string[] TakeBacks =
    {
        "policy", "policies", "rules", "rule", "terms", "conditions", "need", "must", "nothing", "only", "refundable", "non", "allowed", "strictly",
        "afraid", "unfortunately", "supplier", "suppliers", "drivers", "driver", "courier", "warehouse", "workload", "volume", "staff", "best",
        "cannot", "unable", "impossible", "system", "procedure", "standard", "stands", "remains", "applies", "apply", "final", "exceptions", "process", "followed", "how",
    };

    private WordSet _refusals;
    private WordSet _goodTurns;
    private WordSet _actions;
    private WordSet _excuses;
    private WordSet _takeBacks;
    private WordSet _modals;
    private WordSet _firstPerson;
    private int _regret;
    private int _to;

    public override IReadOnlyList<DiagnosticDescriptor> Descriptors { get; } = new[] { RuleCatalog.FeelingsApology, RuleCatalog.QualifiedApology };

    public override IEnumerable<PhraseEntry> Phrases
    {
        get
        {
            foreach (var head in Heads)
            {
                foreach (var tail in FeelingTails)
                {
                    yield return new PhraseEntry(head + " " + tail, kind: Feelings);
                }

                yield return new PhraseEntry(head + " if", kind: Conditional);
                yield return new PhraseEntry(head + " *8 , if any", kind: IfAny);
                yield return new PhraseEntry(head + " *8 ,? (but|however)", kind: CancelledByBut);
            }
        }
    }

    public override IEnumerable<string> Words => Join(GoodTurns, Actions, Refusals, Excuses, TakeBacks, new[] { "to" });

    public override void Initialize(Lexicon lexicon)
    {
        _refusals = lexicon.Set(Refusals);
        _goodTurns = lexicon.Set(GoodTurns);
        _actions = lexicon.Set(Actions);
        _excuses = lexicon.Set(Excuses);
        _takeBacks = lexicon.Set(TakeBacks);
        _modals = lexicon.Set(new[] { "can", "will", "could", "would", "shall" });
        _firstPerson = lexicon.Set(new[] { "i", "we", "our", "my" });
        _regret = lexicon.Id("regret");
        _to = lexicon.Id("to");
    }

    public override void Analyze(RuleContext context)
    {
        List<(int First, int Last)>? covered = null;
        for (var kind = Feelings; kind <= IfAny; kind++)
        {
            foreach (var match in context.Matches)
            {
                var entry = context.Entries[match.Entry];
                if (entry.Owner != this || entry.Kind != kind || Covered(covered, match))
                {
                    continue;
                }

                var last = kind switch
                {
                    Feelings => ReportFeelings(context, match),
                    Conditional => ReportConditional(context, match),
                    IfAny => ReportIfAny(context, match),
                    _ => ReportCancelled(context, match),
                };
                if (last >= 0)
                {
                    covered ??= new List<(int First, int Last)>();
                    covered.Add((match.First, last));
                }
            }
        }
    }

    private static bool Covered(List<(int First, int Last)>? covered, PhraseMatch match)
    {
        if (covered is null)
        {
            return false;
        }

        // Ranges are added in text order within a pass: look back from the end only while they can still reach.
        for (var i = covered.Count - 1; i >= 0; i--)
        {
            var (first, last) = covered[i];
            if (match.First <= last && match.Last >= first)
            {
                return true;
            }

            if (last < match.First - 64)
            {
                break;
            }
        }

        return false;
    }

    private int ReportFeelings(RuleContext context, PhraseMatch match)
    {
        var tokens = context.Tokens;
        var apology = ApologyWord(context, match);
        var end = context.ClauseEnd(match.Last);
        var suffix = string.Empty;
        var next = end + 1;
        if (next < context.TokenCount && context.SameSentence(end, next))
        {
            if (tokens[next].Id == context.Common.Comma && next + 1 < context.TokenCount && tokens[next + 1].Id == context.Common.But && context.SameSentence(next, next + 1))
            {
                end = next + 1;
                suffix = ";";
            }
            else if (tokens[next].Id == context.Common.But)
            {
                end = next;
                suffix = ";";
            }
        }

        var span = context.Span(match.First, end);
        var head = HeadText(context, match.First, apology);
        var replacement = head + " for the trouble this has caused" + suffix;
        context.Report(
            RuleCatalog.FeelingsApology,
            span,
            "This apologises for the customer's feelings, not for what happened; apologise for the trouble instead.",
            context.Replace("Apologise for the trouble instead", span, context.CaseFor(replacement, match.First)));
        return end;
    }

    private int ReportConditional(RuleContext context, PhraseMatch match)
    {
        var tokens = context.Tokens;
        var ifToken = match.Last;
        var span = context.Span(match.First, ifToken);
        var ifSpan = new TextSpan(tokens[ifToken].Start, tokens[ifToken].Length);
        context.Report(
            RuleCatalog.QualifiedApology,
            span,
            "\"Sorry if\" makes the apology conditional; apologise for what happened.",
            context.Replace("Make the apology unconditional", ifSpan, "that"));
        return ifToken;
    }

    private int ReportIfAny(RuleContext context, PhraseMatch match)
    {
        var tokens = context.Tokens;
        var comma = match.Last - 2;
        var span = context.Span(match.First, match.Last);
        context.Report(
            RuleCatalog.QualifiedApology,
            span,
            "\"If any\" doubts that there was any trouble; apologise for what happened.",
            context.Replace("Make the apology unconditional", TextSpan.FromBounds(tokens[comma].Start, tokens[match.Last].End), string.Empty));
        return match.Last;
    }

    private int ReportCancelled(RuleContext context, PhraseMatch match)
    {
        var tokens = context.Tokens;
        var but = match.Last;
        var apologyWord = ApologyWord(context, match);
        if (apologyWord >= 0 && apologyWord + 2 <= but && tokens[apologyWord + 1].Id == _to)
        {
            // "Sorry to be a pain, but could you...", "sorry to bother you, but": politeness, not an apology.
            return -1;
        }

        var apology = ApologyWord(context, match);
        var afterBut = but + 1;
        if (afterBut >= context.TokenCount || !context.SameSentence(but, afterBut) || !tokens[afterBut].Is(TokenFlags.Word))
        {
            return -1;
        }

        // "Sorry for the wait, but good news: it shipped" and "sorry, but we don't stock it" are fine;
        // "sorry, but that's our policy" and "sorry for the delay, but our drivers are busy" take the apology back.
        if (TurnsToGoodNews(context, afterBut) || !TakesItBack(context, afterBut))
        {
            return -1;
        }

        var directlyAfter = apology >= 0 && but - apology <= 2;
        TextSpan span;
        Fix fix;
        if (directlyAfter && _firstPerson.Contains(tokens[afterBut].Id))
        {
            // "I'm sorry, but we can't refund it" -> "I'm sorry that we can't refund it".
            span = context.Span(match.First, but);
            var edit = TextSpan.FromBounds(tokens[apology < 0 ? match.First : apology].End, tokens[but].End);
            fix = context.Replace("Let the apology stand", edit, " that");
        }
        else
        {
            // "I'm sorry for the delay, but this is our policy" -> "I'm sorry for the delay. This is our policy".
            span = context.Span(match.First, afterBut);
            var edit = TextSpan.FromBounds(tokens[but - 1].Id == context.Common.Comma ? tokens[but - 1].Start : tokens[but].Start, tokens[afterBut].End);
            var word = context.Text.Substring(tokens[afterBut].Start, tokens[afterBut].Length);
            fix = context.Replace("Let the apology stand", edit, ". " + char.ToUpperInvariant(word[0]) + word.Substring(1));
        }

        context.Report(
            RuleCatalog.QualifiedApology,
            span,
            "\"But\" after an apology takes it back; let the apology stand and explain separately.",
            fix);
        return afterBut;
    }

    private bool TakesItBack(RuleContext context, int afterBut)
    {
        var tokens = context.Tokens;
        var last = context.LastWordOfSentence(afterBut);
        for (var i = afterBut; i <= last; i++)
        {
            if (_takeBacks.Contains(tokens[i].Id) || _excuses.Contains(tokens[i].Id))
            {
                return true;
            }

            // "we can't", "we won't": a refusal; "we don't stock it" only states a fact.
            if (tokens[i].Id == context.Common.Not && i > afterBut && _modals.Contains(tokens[i - 1].Id))
            {
                return true;
            }
        }

        return false;
    }

    private bool TurnsToGoodNews(RuleContext context, int afterBut)
    {
        var tokens = context.Tokens;
        if (_goodTurns.Contains(tokens[afterBut].Id))
        {
            return true;
        }

        if (afterBut + 1 < context.TokenCount && context.TextOf(afterBut).Equals("the".AsSpan(), System.StringComparison.OrdinalIgnoreCase) &&
            _goodTurns.Contains(tokens[afterBut + 1].Id))
        {
            return true;
        }

        if (!_firstPerson.Contains(tokens[afterBut].Id) || afterBut + 1 >= context.TokenCount || !context.SameSentence(afterBut, afterBut + 1))
        {
            return false;
        }

        if (!_actions.Contains(tokens[afterBut + 1].Id))
        {
            // "but I've refunded it", "but we can"; "but we followed the process" defends rather than helps.
            return false;
        }

        for (var i = afterBut + 1; i <= afterBut + 3 && i < context.TokenCount && context.SameSentence(afterBut, i); i++)
        {
            if (_refusals.Contains(tokens[i].Id) || _excuses.Contains(tokens[i].Id))
            {
                // "but we can't", "but we've had a lot of tickets".
                return false;
            }
        }

        return true;
    }

    private static int ApologyWord(RuleContext context, PhraseMatch match)
    {
        for (var i = match.First; i <= match.Last; i++)
        {
            if (context.Common.Apologies.Contains(context.Tokens[i].Id))
            {
                return i;
            }
        }

        return -1;
    }

    private string HeadText(RuleContext context, int first, int apology)
    {
        var tokens = context.Tokens;
        if (apology < 0 || tokens[apology].Id == _regret)
        {
            return tokens[first].Id == context.Common.We ? "we're sorry" : "I'm sorry";
        }

        return context.Text.Substring(tokens[first].Start, tokens[apology].End - tokens[first].Start);
    }
}
