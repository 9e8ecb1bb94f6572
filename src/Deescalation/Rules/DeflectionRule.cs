using System;
using System.Collections.Generic;
using Deescalation.Analysis;
using Deescalation.Text;

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

        /// <summary>"Please contact your bank": a hand-off in the imperative; deflects unless the customer stays with us or gets the way to reach the team.</summary>
        HandOff = 2,

        /// <summary>"We don't have access to your account": a limit of this channel; deflects unless the reply gives the way on anywhere.</summary>
        ChannelLimit = 3,

        /// <summary>"We wouldn't be able to accept you": deflects only where the phrase denies (a word of <c>refusal-words</c>).</summary>
        Refusal = 4,
    }

    protected override Type Behaviours => typeof(Behaviour);


    protected override DiagnosticDescriptor Descriptor => DescriptorOf("DEESC011");

    protected override string Message => Text("finding");

    protected override string FixTitle => Text("fix-title");

    private WordSet _offers;
    private WordSet _offerVerbs;
    private WordSet _sendingVerbs;
    private WordSet _elsewhere;
    private WordSet _particles;
    private WordSet _handOvers;
    private WordSet _handOverSubjects;
    private WordSet _adverbs;
    private WordSet _us;
    private WordSet _refusals;
    private WordSet _abilities;
    private WordSet _privateChannels;
    private WordSet _refusalWords;
    private int _can;
    private int _with;
    private int _happy;
    private int _glad;

    public override void Initialize(Lexicon lexicon)
    {
        _offers = Class(lexicon, "offers");
        _offerVerbs = Class(lexicon, "offer-verbs");
        _sendingVerbs = Class(lexicon, "sending-verbs");
        _elsewhere = Class(lexicon, "elsewhere");
        _particles = Class(lexicon, "particles");
        _handOvers = Class(lexicon, "hand-overs");
        _handOverSubjects = Class(lexicon, "hand-over-subjects");
        _adverbs = Class(lexicon, "adverbs");
        _us = Class(lexicon, "us");
        _refusals = Class(lexicon, "refusals");
        _abilities = Class(lexicon, "abilities");
        _privateChannels = Class(lexicon, "private-channels");
        _refusalWords = Class(lexicon, "refusal-words");
        _can = lexicon.Id("can");
        _with = lexicon.Id("with");
        _happy = lexicon.Id("happy");
        _glad = lexicon.Id("glad");
    }

    /// <summary>
    /// Whether a calm customer wrote the matched words first: "book Not my problem for 3.55pm" then "movie: Not my
    /// problem" names a film; the words are theirs, not the agent's refusal.
    /// </summary>
    private static bool EchoesCalmCustomer(RuleContext context, PhraseMatch match)
    {
        var message = context.Context?.CustomerMessage;
        if (string.IsNullOrEmpty(message))
        {
            return false;
        }

        // The words first: most messages do not hold them, and the customer's mood is then not read (nor the message
        // prepared for it) on this rule's account.
        var words = context.Text.AsSpan(context.Tokens[match.First].Start, context.Tokens[match.Last].End - context.Tokens[match.First].Start);
        return message.AsSpan().IndexOf(words, StringComparison.OrdinalIgnoreCase) >= 0 && !context.Signals.CustomerUpset;
    }

    /// <summary>
    /// A link or a phone number in the sentence of <paramref name="token"/> (from the token on, when
    /// <paramref name="nextSentence"/> is false) or, when it is true, in that sentence or the one after it.
    /// </summary>
    private static bool HasContactWithin(RuleContext context, int token, bool nextSentence = true)
    {
        var (first, last) = context.SentenceOf(token);
        if (!nextSentence)
        {
            first = token;
        }
        else if (last + 1 < context.TokenCount)
        {
            last = context.SentenceOf(last + 1).Last;
        }

        // Links are not words: read the text itself, up to the next sentence after that (or the end). A link given to follow
        // ("contact them at https://..."), not one attached after the signature ("... ^QJ https://...").
        var from = context.Tokens[first].Start;
        var to = last + 1 < context.TokenCount ? context.Tokens[last + 1].Start : context.Text.Length;
        return HasNumber(context.Text.AsSpan(from, to - from)) || context.GivesLink(first, last + 1);
    }

    /// <summary>A link, or a number of seven digits or more read through its separators ("0800 123 456", "33 1 40073232").</summary>
    private static bool HasLinkOrNumber(ReadOnlySpan<char> text) =>
        text.IndexOf("http".AsSpan(), StringComparison.OrdinalIgnoreCase) >= 0 || text.IndexOf("www.".AsSpan(), StringComparison.OrdinalIgnoreCase) >= 0 ||
        HasNumber(text);

    /// <summary>A number of seven digits or more read through its separators ("0800 123 456", "33 1 40073232").</summary>
    private static bool HasNumber(ReadOnlySpan<char> text)
    {
        var digits = 0;
        foreach (var c in text)
        {
            digits = char.IsDigit(c) ? digits + 1 : c is ' ' or '-' or '.' or '(' or ')' ? digits : 0;
            if (digits >= 7)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether the hand-over word at <paramref name="verb"/> is ours: "I've passed your case to Marco", "it has been
    /// escalated", with one of the <c>hand-over-subjects</c> up to three words before it in its sentence; not "on her
    /// ticket when she booked".
    /// </summary>
    private bool IsOurHandOver(RuleContext context, int verb)
    {
        for (var i = verb - 1; i >= 0 && i >= verb - 3 && context.SameSentence(i, verb); i--)
        {
            if (_handOverSubjects.Contains(context.Tokens[i].Id))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether the reply, anywhere, gives the way on past a limit of this channel: a link, a number, or a private
    /// channel of ours ("feel free to DM us"); categories.md, "Rules and hand-offs".
    /// </summary>
    private bool GivesWayOn(RuleContext context)
    {
        for (var i = 0; i < context.TokenCount; i++)
        {
            if (_privateChannels.Contains(context.Tokens[i].Id))
            {
                return true;
            }
        }

        return HasLinkOrNumber(context.Text.AsSpan());
    }

    private static bool StartsWithAny(ReadOnlySpan<char> verb, string a, string b, string c, string d, string e, string f) =>
        IsForm(verb, a) || IsForm(verb, b) || IsForm(verb, c) || IsForm(verb, d) || IsForm(verb, e) || IsForm(verb, f);

    /// <summary>The verb or its "-ing" form ("get", "getting").</summary>
    private static bool IsForm(ReadOnlySpan<char> verb, string stem) =>
        verb.StartsWith(stem.AsSpan(), StringComparison.OrdinalIgnoreCase) && (verb.Length == stem.Length || verb.EndsWith("ing".AsSpan(), StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// Whether a hand-off whose destination starts at <paramref name="after"/> leaves the customer on their own: not
    /// "get in touch with us" or "reach out to our team so we can take a look" (the customer stays with us), nor a
    /// hand-off that comes with the way to reach the right team, a link or a number (categories.md, "Rules and hand-offs").
    /// </summary>
    private bool LeavesCustomerAlone(RuleContext context, int after)
    {
        for (var i = after; i < context.TokenCount && context.SameSentence(after, i); i++)
        {
            // "... so we can take a look" keeps the customer with us; "..., as we are not able to interpret your benefits"
            // gives the reason they are sent away.
            if (_us.Contains(context.Tokens[i].Id) && !RefusedAfter(context, i))
            {
                return false;
            }
        }

        return !HasContactWithin(context, after);
    }

    /// <summary>Whether one of the next three words of <paramref name="us"/>'s sentence refuses ("we are not able", "we cannot").</summary>
    private bool RefusedAfter(RuleContext context, int us)
    {
        for (var i = us + 1; i < context.TokenCount && i <= us + 3 && context.SameSentence(us, i); i++)
        {
            // "we are unable", "we cannot", "we are not able": an inability, not "we will not close your ticket".
            var id = context.Tokens[i].Id;
            var previous = context.Tokens[i - 1].Id;
            if (_refusals.Contains(id) || (_abilities.Contains(id) && context.Common.Negations.Contains(previous)) ||
                (context.Common.Negations.Contains(id) && _abilities.Contains(previous)))
            {
                return true;
            }
        }

        return false;
    }

    protected override bool Accept(RuleContext context, PhraseMatch match)
    {
        if (IsTitle(context, match) || EchoesCalmCustomer(context, match))
        {
            return false;
        }

        // "We're sorry we can't help, but their number is 0344 493 0787": a refusal that gives the way to the right
        // team is no deflection (categories.md, "Rules and hand-offs").
        if (HasContactWithin(context, match.Last, nextSentence: false))
        {
            return false;
        }

        var tokens = context.Tokens;

        // "Billing isn't handled by my team, so I've passed your case to Marco" hands over: ownership, not deflection.
        for (var i = match.Last + 1; i < context.TokenCount && i <= match.Last + 12; i++)
        {
            if (_handOvers.Contains(tokens[i].Id) && IsOurHandOver(context, i))
            {
                return false;
            }
        }

        if ((Behaviour)context.Entries[match.Entry].Kind == Behaviour.HandOff && !LeavesCustomerAlone(context, match.Last))
        {
            return false;
        }

        if ((Behaviour)context.Entries[match.Entry].Kind == Behaviour.ChannelLimit && GivesWayOn(context))
        {
            return false;
        }

        if ((Behaviour)context.Entries[match.Entry].Kind == Behaviour.Refusal && !context.MatchContains(match, _refusalWords))
        {
            // "We will be able to refund it once it arrives" promises; it refuses nothing: the match must deny ("not",
            // "unable": the rule's refusal-words).
            return false;
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
            // "getting back in touch with", "contacting them directly": an adverb may stand before the particle.
            var after = verb + 1 < context.TokenCount - 1 && _adverbs.Contains(tokens[verb + 1].Id) ? verb + 2 : verb + 1;
            var next = tokens[after].Id;
            var verbText = context.TextOf(verb);
            var needsParticle = StartsWithAny(verbText, "get", "check", "take", "go", "sort", "raise");
            // "You need to contact Kuwait Airways": a name in capitals is someone else too.
            var named = tokens[after].Is(TokenFlags.InitialUpper) && !tokens[after].Is(TokenFlags.SentenceStart);
            if (needsParticle ? !_particles.Contains(next) : !_elsewhere.Contains(next) && !named)
            {
                return false;
            }

            // "You will need to check in at the airport" is a step of the journey; "check with your bank" sends.
            if (IsForm(verbText, "check") && next != _with)
            {
                return false;
            }

            if (!LeavesCustomerAlone(context, after))
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

            // "I can't help with that, my friend; do you want anything to drink?", "..., but if you'd like a coffee":
            // an offer of what the agent can do.
            var verb = i + 1 < context.TokenCount && tokens[i + 1].Is(TokenFlags.Clitic) ? i + 2 : i + 1;
            if (tokens[i].Id == context.Common.You && verb < context.TokenCount && _offerVerbs.Contains(tokens[verb].Id))
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
