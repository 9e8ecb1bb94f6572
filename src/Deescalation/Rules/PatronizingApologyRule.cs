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

    private static readonly string[] Heads =
    {
        "(i am|we are)? sorry", "(my|our)? apologies", "(i|we) (apologize|apologise)", "(i|we) regret", "it is regrettable",
    };

    private static readonly string[] FeelingTails =
    {
        "(that|if)? you (feel|felt|think|thought|believe|believed|perceive|perceived|found|find|feel like|felt like|see it|saw it|took it|take it|view it|consider|considered|were under the impression|got the impression|have the impression)",
        "(that|if)? you (are|were|became|got|feel|felt|seem|seemed|may be|might be) (upset|unhappy|disappointed|frustrated|annoyed|angry|offended|dissatisfied|displeased|unsatisfied|confused|let down|not happy|not satisfied|bothered|hurt|insulted|put out|mad|so upset)",
        "(that|if)? (this|that|it|my reply|our reply|my response|our response|my message|our message|my email|our email|the situation) (upset|upsets|offended|offends|frustrated|frustrates|annoyed|annoys|bothered|bothers|disappointed|disappoints|confused|confuses) you",
        "for (the way|how) you (feel|felt|are feeling|reacted)",
        "for your (feelings|frustration|reaction)",
        "to hear (that)? you (feel|felt) (that|this) way",
    };

    private static readonly string[] Refusals =
    {
        "not", "unable", "policy", "afraid", "only", "however", "nothing", "no", "you", "rules", "cannot", "impossible", "must", "need", "have",
    };

    private WordSet _refusals;
    private WordSet _firstPerson;
    private int _regret;

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
                yield return new PhraseEntry(head + " *6 ,? but", kind: CancelledByBut);
            }
        }
    }

    public override IEnumerable<string> Words => Refusals;

    public override void Initialize(Lexicon lexicon)
    {
        _refusals = lexicon.Set(Refusals);
        _firstPerson = lexicon.Set(new[] { "i", "we", "our", "my" });
        _regret = lexicon.Id("regret");
    }

    public override void Analyze(RuleContext context)
    {
        List<(int First, int Last)>? covered = null;
        for (var kind = Feelings; kind <= CancelledByBut; kind++)
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

        foreach (var (first, last) in covered)
        {
            if (match.First <= last && match.Last >= first)
            {
                return true;
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

    private int ReportCancelled(RuleContext context, PhraseMatch match)
    {
        var tokens = context.Tokens;
        var but = match.Last;
        var apology = ApologyWord(context, match);
        var afterBut = but + 1;
        if (afterBut >= context.TokenCount || !context.SameSentence(but, afterBut) || !tokens[afterBut].Is(TokenFlags.Word))
        {
            return -1;
        }

        // "Sorry for the wait, but good news: it shipped" is fine; "sorry, but we can't" takes the apology back.
        var refuses = false;
        for (var i = afterBut; i < context.TokenCount && i <= afterBut + 5 && context.SameSentence(but, i); i++)
        {
            if (_refusals.Contains(tokens[i].Id))
            {
                refuses = true;
                break;
            }
        }

        if (!refuses)
        {
            return -1;
        }

        var directlyAfter = apology >= 0 && but - apology <= 2;
        TextSpan span;
        Fix fix;
        if (directlyAfter && _firstPerson.Contains(tokens[afterBut].Id) || directlyAfter && context.Common.Subjects.Contains(tokens[afterBut].Id) && tokens[afterBut].Id != context.Common.You)
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
