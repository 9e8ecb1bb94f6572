using System;
using System.Collections.Generic;
using Deescalation.Analysis;

namespace Deescalation.Rules;

/// <summary>
/// DEESC011: refusing ownership or hiding behind rules. Guide 002: "Taking ownership of the situation, even if
/// it's not entirely your fault, shows responsibility"; guide 001: "Escalate, it's okay"; guide 000, step 6:
/// "Notify your supervisor".
/// </summary>
internal sealed class DeflectionRule : PhraseTableRule
{
    public override string Name => "deflection";

    /// <summary>The behaviours rows of the data name (kebab-case: <c>send-elsewhere</c>).</summary>
    private enum Behaviour
    {
        /// <summary>A row that names no behaviour.</summary>
        Plain = 0,

        /// <summary>"You'll need to ..." deflects when what follows sends the customer to someone else.</summary>
        SendElsewhere = 1,
    }

    protected override Type Behaviours => typeof(Behaviour);


    protected override DiagnosticDescriptor Descriptor => DescriptorOf("DEESC011");

    protected override string Message => Text("finding");

    protected override string FixTitle => Text("fix-title");

    private WordSet _offers;
    private WordSet _sendingVerbs;
    private WordSet _elsewhere;
    private WordSet _particles;
    private WordSet _handOvers;
    private int _can;
    private int _happy;
    private int _glad;

    public override void Initialize(Lexicon lexicon)
    {
        _offers = Class(lexicon, "offers");
        _sendingVerbs = Class(lexicon, "sending-verbs");
        _elsewhere = Class(lexicon, "elsewhere");
        _particles = Class(lexicon, "particles");
        _handOvers = Class(lexicon, "hand-overs");
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

        if ((Behaviour)context.Entries[match.Entry].Kind == Behaviour.SendElsewhere)
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
