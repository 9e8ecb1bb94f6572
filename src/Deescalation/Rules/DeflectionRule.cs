using System.Collections.Generic;

namespace Deescalation;

/// <summary>
/// DEESC011: refusing ownership or hiding behind rules. Guide 002: "Taking ownership of the situation, even if
/// it's not entirely your fault, shows responsibility"; guide 001: "Escalate, it's okay"; guide 000, step 6:
/// "Notify your supervisor".
/// </summary>
internal sealed class DeflectionRule : PhraseTableRule
{
    private const string BringIn = "I'll make sure the right team handles this for you";
    private const string WhatICanDo = "here's what I can do";
    private const string Policy = "here's what I can do within our policy";

    private static readonly PhraseEntry[] Table =
    {
        new("(that is|that's|this is|it is|it's|that was|this was)? not (my|our) (department|job|responsibility|problem|area|call|concern|issue|remit|role)", BringIn),
        new("(that is|this is|it is|that was)? not (something|anything|a thing) (i|we) (deal with|handle|do|cover|take care of|can help with|can help you with|look after|work on)", BringIn),
        new("(i|we) (do not|don't|can not|cannot) (deal with|handle|help with|help you with|take care of) (that|this|those|these|it)", BringIn),
        new("(that is|that's|this is|it is|it's)? (handled|dealt with) by (another|a different|the other) (team|department)", BringIn),
        new("(i am|i'm)? (afraid)? (there is|there's) (really)? nothing (more|else|further)? (i|we) can do", WhatICanDo),
        new("(i|we) can not do anything (more|else|further)?", WhatICanDo),
        new("(i|we) (can not|cannot|can't) help you (with that|with this|any further|further)?", "let me find the right person to help with this"),
        new("my hands are tied", WhatICanDo),
        new("(it is|it's|that is|that's)? (out of|beyond) (my|our) (hands|control)", WhatICanDo),
        new("(it is|it's|that is|that's)? not (up to|in) (me|my hands|my control|my power)", WhatICanDo),
        new("above my pay grade", WhatICanDo),
        new("the system (will not|won't|does not|doesn't|would not|wouldn't) (let|allow) me (to)?", "I'm not able to"),
        new("(i am|i'm) (just|only) (the messenger|following (the)? (rules|policy|procedure|orders|process))", WhatICanDo),
        new("i (just|only) work here", WhatICanDo),
        new("(that is|that's|it is|it's|this is) (just|simply)? (our|the|company) (policy|rules|procedure|process)(, i'm afraid|, i am afraid|i'm afraid)?", Policy),
        new("(it is|it's) (company|our) policy", Policy),
        new("policy is policy", Policy),
        new("rules are rules(, i'm afraid|, i am afraid|i'm afraid)?", Policy),
        new("(those|these) are the rules", Policy),
        new("(we|i) (do not|don't) make the rules", Policy),
        new("you (will|'ll|would|'d)? (have|need) to (contact|call|email|speak to|talk to|reach out to|get in touch with|take it up with|take this up with|take that up with|go to|ask|write to|raise it with|raise this with|check with|go through)", "I can help you"),
        new("you (need|have) to (contact|call|email|speak to|talk to|reach out to|get in touch with|take it up with|take this up with|go to|write to|raise it with|check with) (the|your|them|another|a different|someone)", "I can help you"),
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
}
