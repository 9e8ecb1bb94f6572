using System;
using System.Collections.Generic;

namespace Deescalation;

/// <summary>
/// DEESC011: refusing ownership or hiding behind rules. Guide 002: "Taking ownership of the situation, even if
/// it's not entirely your fault, shows responsibility"; guide 001: "Escalate, it's okay"; guide 000, step 6:
/// "Notify your supervisor".
/// </summary>
internal sealed class DeflectionRule : PhraseTableRule
{
    /// <summary>"You'll need to ..." deflects when what follows sends the customer to someone else.</summary>
    private const int SendElsewhere = 1;

    private const string BringIn = "I'll make sure the right team handles this for you";
    private const string WhatICanDo = "here's what I can do";
    private const string Policy = "here's what I can do within our policy";

    private static readonly PhraseEntry[] Table =
    {
        new("(that is|that's|this is|it is|it's|that was|this was)? not (my|our) (department|job|responsibility|problem|area|call|concern|issue|remit|role)", BringIn),
        new("(that is|this is|it is|that was)? not (something|anything|a thing) (i|we) (deal with|handle|do|cover|take care of|can help with|can help you with|look after|work on)", BringIn),
        new("(that is|this is|it is|that was)? not (something|anything|a thing) (our|my|this) (team|department|office|desk) (deals with|handles|covers|does|looks after|works on)", BringIn),
        new("(i|we) (do not|don't|can not|cannot) (deal with|handle|take care of|look after)", "I'll make sure the right team handles"),
        new("(i|we) (do not|don't|can not|cannot) (help with|help you with|assist with|assist you with)", "I'll find the right person to help with"),
        new("(i|we) (do not|don't|can not|cannot) get involved", "I'll bring in the right team"),
        new("(i am|i'm|we are|we're) (only|just) here to", "my part is to"),
        new("(i|we) (am|are) (not able|unable) to help (you)? (with that|with this|any further|further|there)?", "let me find the right person to help with this"),
        new("you (will|'ll)? (have|need) to sort (that|this|it) out with", "I can help you sort this out with"),
        new("(the|our)? (terms|rules|policy|conditions) (are|is) (the)? (terms|rules|policy|conditions)", Policy),
        new("(company|our) policy (, i'm afraid|, i am afraid|i'm afraid)", Policy),
        new("(there is|there's) nothing (more|else|further) (to|i can|we can) (add|say|discuss|do)", WhatICanDo),
        new("(that is|that's|this is|it is|it's)? (handled|dealt with) by (another|a different|the other) (team|department)", BringIn),
        new("(i am|i'm)? (afraid)? (there is|there's) (really)? nothing (more|else|further)? (i|we) can do", WhatICanDo),
        new("(i|we) can not do anything (more|else|further)?", WhatICanDo),
        new("(i|we) (can not|cannot|can't) help (you)? (with that|with this|any further|further)", "let me find the right person to help with this"),
        new("(i|we) (can not|cannot|can't) help you", "let me find the right person to help you"),
        new("(my|our) hands are tied", WhatICanDo),
        new("(i am|i'm) not the (right|best|correct|appropriate) (person|team|department|one) (for|to)", "I'll find the right person"),
        new("(please)? contact (the|your) (seller|manufacturer|bank|courier|airline|retailer|provider|carrier|store|landlord|insurer) directly", "I can help you reach the"),
        new("(i|we) (can not|cannot) help", "let me find someone who can"),
        new("(it is|it's|that is|that's)? (out of|beyond) (my|our) (hands|control)", WhatICanDo),
        new("(it is|it's|that is|that's)? not (up to|in) (me|my hands|my control|my power)", WhatICanDo),
        new("above my pay grade", WhatICanDo),
        new("the system (will not|won't|does not|doesn't|would not|wouldn't) (let|allow) me (to)?", "I'm not able to"),
        new("(i am|i'm) (just|only) (the messenger|following (the)? (rules|policy|procedure|orders|process))", WhatICanDo),
        new("i (just|only) work here", WhatICanDo),
        new("(i am|i'm) (just|only) (the|a|an)? *2 (agent|advisor|adviser|assistant|rep|representative|operator|messenger|desk|reception|receptionist|temp|cashier)", WhatICanDo),
        new("(is not|isn't|are not|aren't) (handled|dealt with|covered|managed|processed) by (this|our|my) (team|department|desk|office|branch)", BringIn),
        new("(not|is not|isn't) (coming)? (under|within) (my|our) (scope|remit|purview|control)", BringIn),
        new("(that is|that's|and that is|and that's) the end of (it|the matter|that|the discussion)", WhatICanDo),
        new("end of (story|discussion)", WhatICanDo),
        new("(policy|rules|terms) (does not|doesn't|do not|don't) (permit|allow) (any)? exceptions", Policy),
        new("(decision|call|matter) (sits|lies|rests|is) with (head office|another|the other|a different|the *2 team|the *2 department|them)", BringIn),
        new("(that|this|it) (sits|lies|rests) with (the|our|your|another|a different) *2", BringIn),
        new("(that is|that's|this is|it is|it's) a (matter|question|issue|problem|job) for (the|your|another|a different) *2", BringIn),
        new("(there is not|there isn't|there's not) (anything|much) (i am|i'm|we are|we're|i|we) (able to|can) do", WhatICanDo),
        new("(i|we) (do not|don't) have access to (that|this|those|these|your)", "let me bring in a colleague who has access to"),
        new("(falls|is|lies) (outside|beyond) (the|my|our) (remit|scope|responsibility)", BringIn),
        new("(this|that|it) is (now)? between you and (the|your)", "I'll help you with"),
        new("(that is|that's|it is|it's) (just|simply)? how (the|our|this) *2 (works|work|is set up|operates)", Policy),
        new("(that is|that's|it is|it's|this is) (just|simply)? (our|the|company) (policy|rules|procedure|process)(, i'm afraid|, i am afraid|i'm afraid)?", Policy),
        new("(it is|it's) (company|our) policy", Policy),
        new("policy is policy", Policy),
        new("rules are rules(, i'm afraid|, i am afraid|i'm afraid)?", Policy),
        new("(those|these) are the rules", Policy),
        new("(we|i) (do not|don't) make the rules", Policy),
        new("you (will|'ll|would|'d) (have|need|want) to", "I can help you", SendElsewhere),
        new("you (need|have) to", "I can help you", SendElsewhere),
        new("(contact|ask|call|try) (someone|somebody) else", "I'll bring in the right person"),
        new("(you'd|you would) (be better off|have to) (contacting|calling|asking)", "I can help you with"),
        new("not (something|anything) (i|we) can (help|assist) (you)? with", BringIn),
        new("(that|this) (is|isn't|is not) (a question|an issue|a matter|a problem) for (the|another|our) *2 (team|department)", BringIn),
        new("(i|we) (am|are) not (responsible|liable) for", "I'll help with"),
    };

    protected override DiagnosticDescriptor Descriptor => RuleCatalog.Deflection;

    protected override string Message => "This deflects ownership or hides behind rules; say what you can do, or who you will bring in.";

    protected override string FixTitle => "Own it";

    public override IEnumerable<PhraseEntry> Phrases => Table;

    private static readonly string[] Offers = { "but", "however", "happy", "glad" };
    private static readonly string[] SendingVerbs = { "contact", "call", "email", "speak", "talk", "reach", "get", "take", "go", "ask", "write", "raise", "check", "phone", "visit", "sort" };
    private static readonly string[] Elsewhere = { "the", "your", "them", "another", "a", "someone", "somebody", "our", "to", "out", "their", "an" };
    private static readonly string[] HandOvers = { "passed", "forwarded", "transferred", "escalated", "connected", "handed", "referred", "booked" };

    private static readonly string[] Particles = { "in", "with", "it", "this", "that", "up", "to", "through" };

    private WordSet _offers;
    private WordSet _sendingVerbs;
    private WordSet _elsewhere;
    private WordSet _particles;
    private WordSet _handOvers;
    private int _can;
    private int _happy;
    private int _glad;

    public override IEnumerable<string> Words => Join(Offers, SendingVerbs, Elsewhere, Particles, HandOvers);

    public override void Initialize(Lexicon lexicon)
    {
        _offers = lexicon.Set(Offers);
        _sendingVerbs = lexicon.Set(SendingVerbs);
        _elsewhere = lexicon.Set(Elsewhere);
        _particles = lexicon.Set(Particles);
        _handOvers = lexicon.Set(HandOvers);
        _can = lexicon.Id("can");
        _happy = lexicon.Id("happy");
        _glad = lexicon.Id("glad");
    }

    protected override bool Accept(RuleContext context, PhraseMatch match)
    {
        if (IsTitle(context, match))
        {
            return false;
        }

        var tokens = context.Tokens;

        // "Billing isn't handled by my team, so I've passed your case to Marco" hands over: ownership, not deflection.
        for (var i = match.Last + 1; i < context.TokenCount && i <= match.Last + 12; i++)
        {
            if (_handOvers.Contains(tokens[i].Id))
            {
                return false;
            }
        }

        if (context.Entries[match.Entry].Kind == SendElsewhere)
        {
            // "You'll need to contact the manufacturer" deflects; "you'll need to restart the router" instructs.
            var verb = match.Last + 1;
            if (verb + 1 >= context.TokenCount || !context.SameSentence(match.Last, verb + 1) || !_sendingVerbs.Contains(tokens[verb].Id))
            {
                return false;
            }

            // "get in touch", "check with", "take it up with", "go to", "sort it out with" need their particle;
            // "contact", "call", "speak to" need someone who is not us ("call us" is fine).
            var next = tokens[verb + 1].Id;
            var verbText = context.TextOf(verb);
            var needsParticle = verbText.Equals("get".AsSpan(), StringComparison.OrdinalIgnoreCase) || verbText.Equals("check".AsSpan(), StringComparison.OrdinalIgnoreCase) ||
                                verbText.Equals("take".AsSpan(), StringComparison.OrdinalIgnoreCase) || verbText.Equals("go".AsSpan(), StringComparison.OrdinalIgnoreCase) ||
                                verbText.Equals("sort".AsSpan(), StringComparison.OrdinalIgnoreCase) || verbText.Equals("raise".AsSpan(), StringComparison.OrdinalIgnoreCase);
            if (needsParticle ? !_particles.Contains(next) : !_elsewhere.Contains(next))
            {
                return false;
            }
        }

        // "Happy to help! We don't have access to your account here; please call us" offers the way forward.
        var (sentenceFirst, _) = context.SentenceOf(match.First);
        for (var i = Math.Max(0, sentenceFirst - 8); i < match.First; i++)
        {
            if (tokens[i].Id == _happy || tokens[i].Id == _glad)
            {
                return false;
            }
        }

        // "I can't help with that, but I can take your order" says what the agent can do: that is the fix.
        for (var i = match.Last + 1; i < context.TokenCount && i <= match.Last + 14; i++)
        {
            if (tokens[i].Id == _happy || tokens[i].Id == _glad)
            {
                return false;
            }

            if (_offers.Contains(tokens[i].Id))
            {
                for (var j = i + 1; j < context.TokenCount && j <= i + 4; j++)
                {
                    if (tokens[j].Id == _can && (j + 1 >= context.TokenCount || tokens[j + 1].Id != context.Common.Not) || tokens[j].Id == context.Common.Please)
                    {
                        return false;
                    }
                }
            }
        }

        return true;
    }
}
