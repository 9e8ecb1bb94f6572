using System;
using System.Collections.Generic;

namespace Deescalation;

/// <summary>
/// DEESC004 and DEESC005: blaming the customer or another party. Guide 001: "Don't play the blame game. Even if
/// the fault is on their side ... never indulge in the blame game"; guide 002: "Avoid making excuses or blaming
/// others; focus on fixing the problem".
/// </summary>
internal sealed class BlameRule : ReplyRule
{
    private const int Customer = 1;

    /// <summary>"You should have ...": blame unless an expectation ("you should have received").</summary>
    private const int ShouldHave = 2;

    /// <summary>"your fault": blame unless negated ("none of this is your fault").</summary>
    private const int YourFault = 3;

    /// <summary>"If you had updated your address": blame when a past participle follows.</summary>
    private const int IfYouHad = 4;

    private const int Others = 10;

    /// <summary>"It's not our fault": refuses the fault; the fix apologises instead.</summary>
    private const int NotOurFault = 13;

    /// <summary>", not us": blame when the sentence is about a fault, deflection-free otherwise ("sits with head office, not me").</summary>
    private const int NotUs = 14;

    /// <summary>"X messed up": blame when X is not us.</summary>
    private const int MessedUp = 11;

    /// <summary>"X's fault": blame when X is a third party.</summary>
    private const int PossessiveFault = 12;

    private static readonly PhraseEntry[] Table =
    {
        new("you should have", "it helps to have", ShouldHave),
        new("you must have", "it looks like you may have", ShouldHave),
        new("you ought to have", "it helps to have", ShouldHave),
        new("if you (had|'d) (only)?", "if we had", IfYouHad),
        new("you (forgot|failed|neglected|omitted|did not bother|didn't bother) to", "it looks like we still need to", Customer),
        new("you (did not|never|clearly did not|obviously did not) (read|check|follow|fill in|fill out|enter|provide|include|attach|update|confirm|select|click|tick|use|save|specify|mention|tell us|let us know|contact us|call us|do|complete|finish|submit|pay|verify|activate|register|sign|return|send|keep)", "it's easy to miss that step, so let's", Customer),
        new("if (the|our|my) *2 (had been|were|was) (followed|read|checked|used|done)", "if we had explained the steps better", Customer),
        new("(was|were) (put in|entered|typed|selected|chosen|given|provided|filled in|filled out|completed|submitted|set up|done) *4 on your (end|side)", "was recorded", Customer),
        new("(something|which is something|that is something|it is something) you (would|'d|will|'ll)? (need|have) to (keep|check|update|make sure)", "something we can help keep", Customer),
        new("you (never|clearly never|obviously never) (read|checked|followed|filled in|filled out|entered|provided|included|attached|updated|confirmed|selected|clicked|ticked|used|saved|specified|mentioned|told us|let us know|contacted us|called us|sent|returned|paid|signed|submitted|completed|replied|responded|uploaded|gave us|activated|registered)", "we still need to confirm that you", Customer),
        new("you (entered|selected|chose|picked|typed|gave us|gave|provided|put in|used|ordered|booked|sent|wrote|input|filled in|chosen|bought) (the|a|an|your)? (wrong|incorrect|invalid|old|outdated|faulty)", "we have the wrong", Customer),
        new("you (are|were|'re) the one (who|that)", "it looks like we", Customer),
        new("you (made a mistake|made an error|got it wrong|messed up|messed it up|did it wrong|did this wrong)", "there was a mix-up", Customer),
        new("(please)? read the (faq|faqs|terms|instructions|manual|guide|policy|help centre|help center|fine print|small print|website|email|description|listing) (properly|carefully)? before (contacting|emailing|calling|writing to|getting in touch with|complaining to|messaging) (us|me)", "it may help to check the", Customer),
        new("(when|if) (it is|it's|they are|they're|it was|they were) (used|installed|set up|assembled|handled|stored|charged|followed) (properly|correctly|as directed|as intended|as instructed|the right way)", "when it is set up as described", Customer),
        new("why (did you not|didn't you|have you not|would you not|did you)", "could you", Customer),
        new("like i (already|have already|had already)? (said|told you|mentioned|explained|stated|wrote) (before|previously|earlier|already|in my (last|previous) (email|message|reply))?", "to recap", Customer),
        new("as i (said|mentioned|explained|stated|wrote) (before|previously|earlier|already|twice|in my (last|previous) (email|message|reply))", "to recap", Customer),
        new("as i (already|have already|had already) (said|told you|mentioned|explained|stated|wrote)", "to recap", Customer),
        new("as i (have|had)? told you", "to recap", Customer),
        new("as i (have|had)? (already|previously) (said|told you|mentioned|explained|stated)", "to recap", Customer),
        new("as (previously|already) (stated|mentioned|explained|advised)", "to recap", Customer),
        new("as (stated|mentioned|explained) (before|previously|earlier|in my (last|previous) (email|message|reply))", "to recap", Customer),
        new("as (i|we) (have|had)? (already)? (told|advised|informed) you", "to recap", Customer),
        new("(as)? per my (last|previous|earlier) (email|message|reply|response)", "to recap", Customer),
        new("i (have)? already (told|explained to|informed|advised) you", "to recap", Customer),
        new("for the (second|third|fourth|last|umpteenth|hundredth) time", "to recap", Customer),
        new("if you (had|would have|would) (read|checked|followed|looked at|paid attention to|read through)", "if we had pointed you to", Customer),
        new("had you (contacted|called|told|read|checked|followed|emailed|informed|asked|let) (us)?", "if we had heard from you", Customer),
        new("(was|were|had been) (entered|selected|chosen|typed|booked|made|provided|given|input|ordered|cancelled|canceled|deleted) (incorrectly|wrongly)? by you", "was recorded", Customer),
        new("as i (have|had|'ve)? (said|mentioned|explained|stated|told you|pointed out) (twice|already|before|several times|repeatedly|multiple times|more than once) (already)?", "to recap", Customer),
        new("as i (have|had|'ve)? (said|mentioned|explained|stated|told you|pointed out) in my *1 (email|message|reply|mail|response)", "to recap", Customer),
        new("(it is|that is|this is|it was|that was|this was)? (entirely|completely|all|totally)? your (own)? fault", "let's look at what happened", YourFault),
        new("you (misread|misunderstood|ignored|overlooked|disregarded)", "there may have been a mix-up about", Customer),
        new("you were (supposed|meant|required|told|asked) to", "the next step is to", Customer),
        new("you were (clearly|already)? (told|informed|advised|warned) (at the time|when you booked|when you ordered|before you|at booking|at checkout|in advance|clearly|already|twice|several times)", "the information given was", Customer),
        new("(you need to|you should|you must|you have to) read (the|our|your) *2 (properly|carefully|again|more carefully|thoroughly)", "it may help to check the", Customer),
        new("(this|that|it) (is|was) (all|entirely)? on you", "let's look at what happened", YourFault),
        new("(the)? (problem|issue|error|fault) (is|was|lies)? (on|at) your (end|side)", "the problem is somewhere along the way", Customer),
        new("user error", "a mix-up", Customer),
        new("(the|your|that|this|our) *2 (messed|screwed|mucked|botched) (it|this|that|things)? up", "there was a mistake with", MessedUp),
        new("(the|your|that|this|our) *2 (dropped the ball|made a mess|got it wrong|made a mistake|made an error|made a mistake with|made an error with) (on this|with|on)?", "there was a mistake with", MessedUp),
        new("(they|he|she) (messed|screwed|mucked) (it|this|that|things)? up", "there was a mistake with", MessedUp),
        new("'s fault", "a mistake on our side", PossessiveFault),
        new("(the|that|this) (was|is) (the|a) (courier|driver|warehouse|carrier|bank|supplier|manufacturer|restaurant|seller|partner|vendor|kitchen|post office|third party|delivery company|shipping company|airline|hotel)'s (mistake|error|fault|problem)", "a mistake on our side", Others),
        new("(blame|blamed) (the|our|your) *1", "look into what happened with the", Others),
        new("(the|our|your) (courier|driver|warehouse|carrier|bank|supplier|manufacturer|restaurant|seller|partner|vendor|kitchen|post office|delivery company|shipping company|airline|hotel|agent|colleague|team) (is|was|are|were) (to blame|responsible for (this|the mistake|the error|the delay))", "there was a mistake", Others),
        new(", not (us|me|ours|mine|by us|by our *2|our *2)", string.Empty, NotUs),
        new("(the|your) *3 (sent|shipped|delivered|put|gave|entered|booked|processed|routed|addressed) *3 (the wrong|to the wrong)", "there was a mistake with", MessedUp),
        new("(this|it|that|the delay|the problem|the issue|the mistake|the error) (is|was) (all)? (down to|caused by|the fault of) (the|your) *3", "there was a mistake", MessedUp),
        new("(it is|that is|this is|it was|that was)? not (our|my) (fault|mistake|doing)", "I'm sorry this happened", NotOurFault),
        new("(that|this|it) (has|had) nothing to do with (us|me)", "I'm sorry this happened", Others),
    };

    private static readonly string[] Expectations =
    {
        "received", "receive", "got", "gotten", "get", "been", "had", "seen", "heard", "arrived", "already", "now", "by", "access",
    };

    private static readonly string[] Participles =
    {
        "read", "known", "told", "done", "taken", "given", "sent", "written", "chosen", "paid", "kept", "gone", "brought", "bought", "made",
        "put", "left", "thought", "understood", "spoken", "rung", "shown", "worn", "kept", "let",
    };

    private static readonly string[] FaultWords = { "fault", "mistake", "error", "messed", "screwed", "caused", "blame", "wrong", "late", "delay", "delayed", "lost", "damaged", "broke", "broken", "problem", "issue", "blocked", "declined", "rejected", "refused", "cancelled", "canceled", "failed", "missed" };

    private static readonly string[] Ourselves = { "we", "i", "my", "us" };

    /// <summary>Words that name us, not another party: "our team made a mistake" owns the problem.</summary>
    private static readonly string[] OwnSide = { "team", "staff", "store", "shop", "company", "agent", "agents", "colleague", "colleagues", "side", "end", "system", "website", "app", "mistake", "fault", "error" };
    private static readonly string[] NotThirdParty = { "it", "that", "there", "nobody", "anybody", "anyone", "everybody", "everyone", "someone", "somebody", "one", "no", "our", "my", "your", "customer" };

    private WordSet _expectations;
    private WordSet _ourselves;
    private WordSet _notThirdParty;
    private WordSet _ownSide;
    private WordSet _participles;
    private WordSet _faultWords;
    private int _our;
    private int _the;

    public override IReadOnlyList<DiagnosticDescriptor> Descriptors { get; } = new[] { RuleCatalog.BlameCustomer, RuleCatalog.BlameOthers };

    public override IEnumerable<PhraseEntry> Phrases => Table;

    public override IEnumerable<string> Words => Join(Expectations, Ourselves, NotThirdParty, OwnSide, Participles, FaultWords, new[] { "the" });

    public override void Initialize(Lexicon lexicon)
    {
        _expectations = lexicon.Set(Expectations);
        _ourselves = lexicon.Set(Ourselves);
        _notThirdParty = lexicon.Set(NotThirdParty);
        _ownSide = lexicon.Set(OwnSide);
        _participles = lexicon.Set(Participles);
        _faultWords = lexicon.Set(FaultWords);
        _our = lexicon.Id("our");
        _the = lexicon.Id("the");
    }

    public override void Analyze(RuleContext context)
    {
        var covered = -1;
        var tokens = context.Tokens;
        foreach (var match in context.Matches)
        {
            var entry = context.Entries[match.Entry];
            if (entry.Owner != this || match.First <= covered)
            {
                continue;
            }

            var first = match.First;
            var last = match.Last;
            switch (entry.Kind)
            {
                case IfYouHad:
                case ShouldHave:
                    // "You should have received a confirmation email" and "you should have no problems" are
                    // expectations; "you should have read the terms" is blame.
                    if (!IsBlamingParticiple(context, last + 1))
                    {
                        continue;
                    }

                    break;

                case YourFault:
                    if (context.SentenceContainsBefore(last, context.Common.Negations) || HasNotWithin(context, first, 3))
                    {
                        continue;
                    }

                    break;

                case MessedUp:
                    if (_ourselves.Contains(tokens[first].Id) || (first + 1 <= last && _ourselves.Contains(tokens[first + 1].Id)) || IsOwnSide(context, first, last))
                    {
                        continue;
                    }

                    break;

                case NotUs:
                    if (!context.SentenceContains(first, _faultWords))
                    {
                        continue;
                    }

                    break;

                case PossessiveFault:
                    if (last + 1 < context.TokenCount && tokens[last + 1].Is(TokenFlags.AfterHyphen))
                    {
                        // "the team's fault-finding instructions".
                        continue;
                    }

                    // "the warehouse's fault": start at the possessor and its article; "nobody's fault" is fine.
                    if (first == 0 || !context.SameSentence(first - 1, first) || !tokens[first - 1].Is(TokenFlags.Word) || _notThirdParty.Contains(tokens[first - 1].Id))
                    {
                        continue;
                    }

                    if (context.SentenceContainsBefore(first, context.Common.Negations))
                    {
                        continue;
                    }

                    first--;
                    if (first > 0 && context.SameSentence(first - 1, first) && tokens[first - 1].Id == _the)
                    {
                        first--;
                    }

                    break;
            }

            if (entry.Kind >= Others && entry.Kind != NotOurFault && context.SentenceContainsBefore(first, context.Common.Negations))
            {
                // "None of this is the driver's fault" clears everyone.
                continue;
            }

            var customer = entry.Kind < Others;
            var descriptor = customer ? RuleCatalog.BlameCustomer : RuleCatalog.BlameOthers;
            var span = context.Span(first, last);
            var replacement = entry.Replacement ?? string.Empty;
            var clauseFollows = last + 1 < context.TokenCount && context.SameSentence(last, last + 1) && tokens[last + 1].Is(TokenFlags.Word);
            if (entry.Kind == MessedUp && !clauseFollows)
            {
                replacement = "there was a mistake";
            }
            else if (entry.Kind == NotOurFault && clauseFollows)
            {
                // "It's not our fault the parcel was late" -> "I'm sorry the parcel was late".
                replacement = "I'm sorry";
            }

            Fix fix;
            if (replacement.Length == 0)
            {
                fix = new Fix("Drop the blame", new[] { new TextEdit(span, string.Empty) });
            }
            else
            {
                fix = context.Replace(customer ? "State the fact and the fix" : "Own the problem", span, context.CaseFor(replacement, first));
            }

            context.Report(
                descriptor,
                span,
                customer
                    ? "This puts the fault on the customer; state the fact and the fix, not the fault."
                    : "This blames another party; own the problem and say what you are doing about it.",
                fix);
            covered = last;
        }
    }

    private bool IsBlamingParticiple(RuleContext context, int token)
    {
        if (token >= context.TokenCount || !context.SameSentence(token - 1, token) || !context.Tokens[token].Is(TokenFlags.Word))
        {
            return false;
        }

        if (_expectations.Contains(context.Tokens[token].Id))
        {
            return false;
        }

        if (_participles.Contains(context.Tokens[token].Id))
        {
            return true;
        }

        var word = context.TextOf(token);
        return word.Length > 3 && word.EndsWith("ed".AsSpan(), System.StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>"Our team messed up" owns the problem; "our courier messed up" blames a partner.</summary>
    private bool IsOwnSide(RuleContext context, int first, int last)
    {
        if (context.Tokens[first].Id != _our)
        {
            return false;
        }

        for (var i = first + 1; i <= last && i <= first + 3; i++)
        {
            if (_ownSide.Contains(context.Tokens[i].Id))
            {
                return true;
            }
        }

        return false;
    }

    private bool HasNotWithin(RuleContext context, int token, int window)
    {
        for (var i = token - 1; i >= 0 && i >= token - window && context.SameSentence(i, token); i--)
        {
            if (context.Tokens[i].Id == context.Common.Not)
            {
                return true;
            }
        }

        return false;
    }
}
