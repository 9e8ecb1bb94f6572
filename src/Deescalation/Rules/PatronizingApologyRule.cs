using System;
using System.Collections.Generic;
using Deescalation.Analysis;
using Deescalation.Text;

namespace Deescalation.Rules;

/// <summary>
/// DEESC001 and DEESC002: apologies that belittle. Guide 000, step 5: "apologize for your own actions and the
/// actions of your company, never for the way your customer feels or is acting"; guide 002: "a sincere apology,
/// even if it's simply for the inconvenience caused".
/// </summary>
internal sealed class PatronizingApologyRule : ReplyRule
{
    public override string Name => "patronizing-apology";

    /// <summary>The behaviours rows of the data name (kebab-case: <c>feelings</c>).</summary>
    private enum Behaviour
    {
        /// <summary>A row that names no behaviour.</summary>
        Plain = 0,

        Feelings = 1,

        Conditional = 2,

        CancelledByBut = 3,

        /// <summary>"Sorry for the inconvenience caused, if any": the "if any" doubts there was any.</summary>
        IfAny = 4,

        /// <summary>"I'm sorry for the confusion. However, you agreed to it": an apology taken back by the next sentence.</summary>
        CancelledNext = 5,
    }

    protected override Type Behaviours => typeof(Behaviour);

    /// <summary>Feelings first: an apology that is both patronizing and cancelled is reported as patronizing.</summary>
    private static readonly Behaviour[] ReadingOrder = { Behaviour.Feelings, Behaviour.Conditional, Behaviour.CancelledByBut, Behaviour.IfAny, Behaviour.CancelledNext };

    private WordSet _refusals;
    private WordSet _goodTurns;
    private WordSet _actions;
    private WordSet _excuses;
    private WordSet _takeBacks;
    private WordSet _modals;
    private WordSet _firstPerson;
    private WordSet _clauseStarters;
    private WordSet _clauseVerbs;
    private WordSet _appearances;
    private WordSet _nounHeads;
    private WordSet _unverified;
    private WordSet _lapses;
    private WordSet _nameBefore;
    private WordSet _feelingObjects;
    private WordSet _harmFeelings;
    private WordSet _harmTails;
    private WordSet _harmFillers;
    private WordSet _newsVerbs;
    private WordSet _ruleTakeBacks;
    private int _regret;
    private int _to;
    private int _however;
    private int _if;


    public override IEnumerable<string> Words => new[] { "to", "however", "if" };

    public override void Initialize(Lexicon lexicon)
    {
        _refusals = Class(lexicon, "refusals");
        _goodTurns = Class(lexicon, "good-turns");
        _actions = Class(lexicon, "actions");
        _excuses = Class(lexicon, "excuses");
        _takeBacks = Class(lexicon, "take-backs");
        _modals = Class(lexicon, "modals");
        _firstPerson = Class(lexicon, "first-person");
        _feelingObjects = Class(lexicon, "feeling-objects");
        _harmFeelings = Class(lexicon, "harm-feelings");
        _harmTails = Class(lexicon, "harm-tails");
        _harmFillers = Class(lexicon, "harm-fillers");
        _newsVerbs = Class(lexicon, "news-verbs");
        _ruleTakeBacks = Class(lexicon, "rule-take-backs");
        _clauseStarters = Class(lexicon, "that-clause-starters");
        _clauseVerbs = Class(lexicon, "clause-verbs");
        _appearances = Class(lexicon, "appearance-words");
        _nounHeads = Class(lexicon, "noun-heads");
        _unverified = Class(lexicon, "unverified-words");
        _lapses = Class(lexicon, "customer-lapses");
        _nameBefore = Class(lexicon, "before-a-name");
        _regret = lexicon.Id("regret");
        _to = lexicon.Id("to");
        _however = lexicon.Id("however");
        _if = lexicon.Id("if");
    }

    public override void Analyze(RuleContext context)
    {
        List<(int First, int Last)>? covered = null;
        foreach (var kind in ReadingOrder)
        {
            foreach (var match in context.Matches)
            {
                var entry = context.Entries[match.Entry];
                if (entry.Owner != this || (Behaviour)entry.Kind != kind || Covered(covered, match))
                {
                    continue;
                }

                var last = kind switch
                {
                    Behaviour.Feelings => ReportFeelings(context, match),
                    Behaviour.Conditional => ReportConditional(context, match),
                    Behaviour.IfAny => ReportIfAny(context, match),
                    Behaviour.CancelledNext => ReportCancelledNext(context, match),
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
        if (NamesHarm(context, match.Last))
        {
            // "I'm really sorry you felt (so) unsafe": what the customer went through, not their view of it.
            return match.Last;
        }

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

        // "Sorry you feel like this Simon." -> "Sorry for the trouble, Simon.": a name that ends the clause stays (fix read T).
        var clauseEnd = suffix.Length == 0 ? end : end - 1;
        var name = string.Empty;
        if (clauseEnd > match.Last && clauseEnd <= match.Last + 2 && _nameBefore.Contains(tokens[clauseEnd - 1].Id) &&
            tokens[clauseEnd].Is(TokenFlags.Word) && tokens[clauseEnd].Id != context.Common.I &&
            char.IsUpper(context.Text[tokens[clauseEnd].Start]) && (clauseEnd + 1 >= context.TokenCount || !context.SameSentence(clauseEnd, clauseEnd + 1) ||
                                                                    tokens[clauseEnd + 1].Is(TokenFlags.Punct)))
        {
            name = ", " + context.Text.Substring(tokens[clauseEnd].Start, tokens[clauseEnd].Length);
        }

        var span = context.Span(match.First, end);
        var head = HeadText(context, match.First, apology);
        // "for any frustrations or inconvenience, Alan": the fix replaces the feeling named as a thing and keeps what
        // follows ("for the trouble or inconvenience, Alan"), so no name or fact of the reply is lost. What a feeling is
        // about goes with it: "disappointed with our response" is no "trouble with our response" (fix read L).
        // (Not where a "but" was taken in: that edit runs through it.)
        var keepRest = end > match.Last && suffix.Length == 0 && _feelingObjects.Contains(tokens[match.Last].Id);
        var edit = keepRest ? context.Span(match.First, match.Last) : span;
        var replacement = head + " for the trouble" + (keepRest ? string.Empty : name) + suffix;
        context.Report(
            DescriptorOf("DEESC001"),
            span,
            Text("finding.feelings"),
            context.Replace(Text("fix-title.feelings"), edit, context.CaseFor(replacement, match.First)));
        return end;
    }

    /// <summary>
    /// Whether a <c>harm-feelings</c> word follows the feeling at <paramref name="last"/>, past <c>harm-fillers</c> ("felt so unsafe"), and
    /// is not the head of a phrase of its own ("sick of our emails" is a view).
    /// </summary>
    private bool NamesHarm(RuleContext context, int last)
    {
        var tokens = context.Tokens;
        var i = last + 1;
        while (i < context.TokenCount && context.SameSentence(last, i) && _harmFillers.Contains(tokens[i].Id))
        {
            i++;
        }

        return i < context.TokenCount && context.SameSentence(last, i) && _harmFeelings.Contains(tokens[i].Id) &&
               !(i + 1 < context.TokenCount && context.SameSentence(i, i + 1) && _harmTails.Contains(tokens[i + 1].Id));
    }

    private int ReportConditional(RuleContext context, PhraseMatch match)
    {
        var tokens = context.Tokens;
        var ifToken = match.Last;
        var span = context.Span(match.First, ifToken);
        var ifSpan = new TextSpan(tokens[ifToken].Start, tokens[ifToken].Length);

        // "I apologise if this looks in any way prejudiced": "that" would concede how it looks, and "if this was sent in
        // error" an error nobody has checked (<c>unverified-words</c>); the agent rewrites it.
        // "We're sorry if you missed the pop ups": "that you missed" would state a lapse of the customer's as a fact, which
        // is blame (fix read Q); nor is there a fix.
        var appearance = false;
        var clauseEnd = context.ClauseEnd(ifToken, stopAtConjunction: false);
        for (var i = ifToken + 1; i <= clauseEnd && i < context.TokenCount; i++)
        {
            appearance |= _appearances.Contains(tokens[i].Id) || _unverified.Contains(tokens[i].Id) ||
                          (_lapses.Contains(tokens[i].Id) && YouBefore(context, i, ifToken));
        }

        // "Apologies if we let you down": "Apologies that we let you down" is stilted; the agent rewrites a noun head.
        var nounHead = ifToken > 0 && _nounHeads.Contains(tokens[ifToken - 1].Id);
        context.Report(
            DescriptorOf("DEESC002"),
            span,
            Text("finding.conditional"),
            appearance || nounHead ? null : context.Replace(Text("fix-title.conditional"), ifSpan, "that"));
        return ifToken;
    }

    /// <summary>Whether "you" is among the three tokens before <paramref name="i"/>, after <paramref name="after"/>.</summary>
    private static bool YouBefore(RuleContext context, int i, int after)
    {
        for (var k = i - 1; k > after && k >= i - 3; k--)
        {
            if (context.Tokens[k].Id == context.Common.You)
            {
                return true;
            }
        }

        return false;
    }

    private int ReportIfAny(RuleContext context, PhraseMatch match)
    {
        var tokens = context.Tokens;
        var comma = match.Last - 2;
        var span = context.Span(match.First, match.Last);
        context.Report(
            DescriptorOf("DEESC002"),
            span,
            Text("finding.if-any"),
            context.Replace(Text("fix-title.conditional"), TextSpan.FromBounds(tokens[comma].Start, tokens[match.Last].End), string.Empty));
        return match.Last;
    }

    private int ReportCancelled(RuleContext context, PhraseMatch match)
    {
        var tokens = context.Tokens;
        var but = match.Last;
        var apologyWord = ApologyWord(context, match);
        if (apologyWord >= 0 && apologyWord + 2 <= but && tokens[apologyWord + 1].Id == _to && !_newsVerbs.Contains(tokens[apologyWord + 2].Id))
        {
            // "Sorry to be a pain, but could you...", "sorry to bother you, but": politeness, not an apology. "Sorry to hear
            // that, however we would not offer a gesture" is one, taken back.
            return -1;
        }

        var apology = ApologyWord(context, match);
        var afterBut = but + 1;
        if (afterBut >= context.TokenCount || !context.SameSentence(but, afterBut) || !tokens[afterBut].Is(TokenFlags.Word))
        {
            return -1;
        }

        if (!TakenBackBy(context, afterBut))
        {
            return -1;
        }

        var directlyAfter = apology >= 0 && but - apology <= 2;
        TextSpan span;
        Fix fix;
        if (directlyAfter && (_firstPerson.Contains(tokens[afterBut].Id) || _clauseStarters.Contains(tokens[afterBut].Id) ||
                              (!_nounHeads.Contains(tokens[apology].Id) && OpensClause(context, afterBut))))
        {
            // "I'm sorry, but we can't refund it" -> "I'm sorry that we can't refund it"; "Sorry but this item is out of
            // stock" -> "Sorry that this item is out of stock", not a curt "Sorry." before the refusal. (The finding's
            // span is the one it always had: through "but", or through the word after it.)
            span = context.Span(match.First, _firstPerson.Contains(tokens[afterBut].Id) ? but : afterBut);
            var edit = TextSpan.FromBounds(tokens[apology < 0 ? match.First : apology].End, tokens[but].End);
            fix = context.Replace(Text("fix-title.cancelled"), edit, " that");
        }
        else
        {
            // "I'm sorry for the delay, but this is our policy" -> "I'm sorry for the delay. This is our policy".
            span = context.Span(match.First, afterBut);
            // From the end of the apology's last word, so no space is left before the new full stop ("Sorry. Only ...").
            var edit = TextSpan.FromBounds(tokens[but - 1].Id == context.Common.Comma ? tokens[but - 1].Start : tokens[but - 1].End, tokens[afterBut].End);
            var word = context.Text.Substring(tokens[afterBut].Start, tokens[afterBut].Length);
            fix = context.Replace(Text("fix-title.cancelled"), edit, ". " + char.ToUpperInvariant(word[0]) + word.Substring(1));
        }

        context.Report(
            DescriptorOf("DEESC002"),
            span,
            Text("finding.cancelled"),
            fix);
        return afterBut;
    }

    /// <summary>
    /// "I'm sorry for the confusion. However, you agreed to the change on a call": a sentence of apology, and the next one
    /// opens with "however" or "but" and recites a rule, a refusal or an excuse (<see cref="TakenBackBy"/>, as for
    /// <see cref="ReportCancelled"/>).
    /// The finding is the apology's sentence; the fix drops the turn ("However, you agreed" -> "You agreed"), so the
    /// apology stands and nothing of the facts is lost.
    /// </summary>
    private int ReportCancelledNext(RuleContext context, PhraseMatch match)
    {
        var tokens = context.Tokens;
        var apologyWord = ApologyWord(context, match);
        if (apologyWord >= 0 && apologyWord + 1 < context.TokenCount && tokens[apologyWord + 1].Id == _to && context.SameSentence(apologyWord, apologyWord + 1))
        {
            // "Sorry to bother you. But could you ...": politeness, not an apology.
            return -1;
        }

        var (_, sentenceLast) = context.SentenceOf(match.Last);
        var turn = sentenceLast + 1;
        if (turn + 1 >= context.TokenCount || (tokens[turn].Id != context.Common.But && tokens[turn].Id != _however))
        {
            return -1;
        }

        // "I'm sorry, I don't have that answer. But if you need a coffee, let me know": an offer, not a take-back.
        var afterTurn = tokens[turn + 1].Id == context.Common.Comma ? turn + 2 : turn + 1;
        if (afterTurn >= context.TokenCount || !context.SameSentence(turn, afterTurn) || !tokens[afterTurn].Is(TokenFlags.Word) || tokens[afterTurn].Id == _if ||
            !TakenBackBy(context, afterTurn))
        {
            return -1;
        }

        var lastWord = context.LastWordOfSentence(match.Last);
        var word = context.Text.Substring(tokens[afterTurn].Start, tokens[afterTurn].Length);
        var keepCase = word.Length > 1 && char.IsUpper(word[1]) || tokens[afterTurn].Id == context.Common.I;
        var edit = TextSpan.FromBounds(tokens[turn].Start, tokens[afterTurn].End);
        var replacement = keepCase ? word : char.ToUpperInvariant(word[0]) + word.Substring(1);
        context.Report(
            DescriptorOf("DEESC002"),
            context.Span(match.First, lastWord),
            Text("finding.cancelled"),
            context.Replace(Text("fix-title.cancelled"), edit, replacement));
        return sentenceLast;
    }

    /// <summary>
    /// "cancellation is not allowed", "Route Change is strictly not allowed": a subject of at most two words and then one
    /// of the <c>clause-verbs</c>, so "that" reads on after a bare "sorry".
    /// </summary>
    private bool OpensClause(RuleContext context, int from)
    {
        var tokens = context.Tokens;
        if (_takeBacks.Contains(tokens[from].Id) || _clauseVerbs.Contains(tokens[from].Id))
        {
            return false;
        }

        for (var i = from + 1; i <= from + 2 && i < context.TokenCount && context.SameSentence(from, i); i++)
        {
            if (_clauseVerbs.Contains(tokens[i].Id))
            {
                return true;
            }

            if (!tokens[i].Is(TokenFlags.Word))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether what follows the turn from <paramref name="afterTurn"/> on takes the apology back: "sorry, but that's our
    /// policy" and "sorry for the delay, but our drivers are busy" do; "sorry for the wait, but good news: it shipped" and
    /// "sorry, but we don't stock it" do not. To a calm customer with nothing to apologise for ("Should I watch a film
    /// tonight?"), "sorry, but I can't" declines politely; "sorry, but they're non-refundable" still recites a rule.
    /// </summary>
    private bool TakenBackBy(RuleContext context, int afterTurn) =>
        !TurnsToGoodNews(context, afterTurn) && TakesItBack(context, afterTurn) &&
        (context.SentenceContainsFrom(afterTurn, _ruleTakeBacks) || !context.Signals.CustomerCalm);

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
