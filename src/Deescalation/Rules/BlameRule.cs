using System;
using System.Collections.Generic;
using Deescalation.Analysis;
using Deescalation.Text;

namespace Deescalation.Rules;

/// <summary>
/// DEESC004 and DEESC005: blaming the customer or another party. Guide 001: "Don't play the blame game. Even if
/// the fault is on their side ... never indulge in the blame game"; guide 002: "Avoid making excuses or blaming
/// others; focus on fixing the problem".
/// </summary>
internal sealed class BlameRule : ReplyRule
{
    public override string Name => "blame";

    /// <summary>The behaviours rows of the data name (kebab-case: <c>customer</c>).</summary>
    private enum Behaviour
    {
        /// <summary>A row that names no behaviour.</summary>
        Plain = 0,

        Customer = 1,

        /// <summary>"You should have ...": blame unless an expectation ("you should have received").</summary>
        ShouldHave = 2,

        /// <summary>"your fault": blame unless negated ("none of this is your fault").</summary>
        YourFault = 3,

        /// <summary>"If you had updated your address": blame when a past participle follows.</summary>
        IfYouHad = 4,

        Others = 10,

        /// <summary>"It's not our fault": refuses the fault; the fix apologises instead.</summary>
        NotOurFault = 13,

        /// <summary>", not us": blame when the sentence is about a fault, deflection-free otherwise ("sits with head office, not me").</summary>
        NotUs = 14,

        /// <summary>"X messed up": blame when X is not us.</summary>
        MessedUp = 11,

        /// <summary>"X's fault": blame when X is a third party.</summary>
        PossessiveFault = 12,
    }

    protected override Type Behaviours => typeof(Behaviour);

    /// <summary>Rows about another party report DEESC005; the others DEESC004.</summary>
    private static bool IsAboutOthers(Behaviour kind) =>
        kind is Behaviour.Others or Behaviour.MessedUp or Behaviour.PossessiveFault or Behaviour.NotOurFault or Behaviour.NotUs;

    private WordSet _expectations;
    private WordSet _whetherVerbs;
    private WordSet _ourselves;
    private WordSet _notThirdParty;
    private WordSet _ownSide;
    private WordSet _participles;
    private WordSet _faultWords;
    private int _our;
    private int _the;


    public override IEnumerable<string> Words => new[] { "the" };

    public override void Initialize(Lexicon lexicon)
    {
        _expectations = Class(lexicon, "expectations");
        _whetherVerbs = Class(lexicon, "whether-verbs");
        _ourselves = Class(lexicon, "ourselves");
        _notThirdParty = Class(lexicon, "not-third-party");
        _ownSide = Class(lexicon, "own-side");
        _participles = Class(lexicon, "participles");
        _faultWords = Class(lexicon, "fault-words");
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
            switch ((Behaviour)entry.Kind)
            {
                case Behaviour.IfYouHad when first > 0 && _whetherVerbs.Contains(tokens[first - 1].Id) && context.SameSentence(first - 1, first):
                    // "We wanted to check if you had managed to install it": "if" is "whether", a check-in, not blame.
                    continue;

                case Behaviour.IfYouHad:
                case Behaviour.ShouldHave:
                    // "You should have received a confirmation email" and "you should have no problems" are
                    // expectations; "you should have read the terms" is blame.
                    if (!IsBlamingParticiple(context, last + 1))
                    {
                        continue;
                    }

                    break;

                case Behaviour.YourFault:
                    if (context.SentenceContainsBefore(last, context.Common.Negations) || HasNotWithin(context, first, 3))
                    {
                        continue;
                    }

                    break;

                case Behaviour.MessedUp:
                    if (_ourselves.Contains(tokens[first].Id) || (first + 1 <= last && _ourselves.Contains(tokens[first + 1].Id)) || IsOwnSide(context, first, last))
                    {
                        continue;
                    }

                    break;

                case Behaviour.NotUs:
                    if (!context.SentenceContains(first, _faultWords))
                    {
                        continue;
                    }

                    break;

                case Behaviour.PossessiveFault:
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

            if (IsAboutOthers((Behaviour)entry.Kind) && (Behaviour)entry.Kind != Behaviour.NotOurFault && context.SentenceContainsBefore(first, context.Common.Negations))
            {
                // "None of this is the driver's fault" clears everyone.
                continue;
            }

            var customer = !IsAboutOthers((Behaviour)entry.Kind);
            var descriptor = customer ? DescriptorOf("DEESC004") : DescriptorOf("DEESC005");
            var span = context.Span(first, last);
            var replacement = entry.Replacement;
            var clauseFollows = last + 1 < context.TokenCount && context.SameSentence(last, last + 1) && tokens[last + 1].Is(TokenFlags.Word);
            if ((Behaviour)entry.Kind == Behaviour.MessedUp && !clauseFollows)
            {
                replacement = Text("fix.mistake");
            }
            else if ((Behaviour)entry.Kind == Behaviour.NotOurFault && clauseFollows)
            {
                // "It's not our fault the parcel was late" -> "I'm sorry the parcel was late".
                replacement = Text("fix.sorry");
            }

            // A row without a fix text has no fix: what to say instead depends on what the agent knows.
            // A row's safe fix is a drop-in; "there was a mistake with" leads into the object that follows "messed up".
            var leadIn = (Behaviour)entry.Kind == Behaviour.MessedUp && clauseFollows;
            var fixEnd = replacement is null ? -1
                : leadIn ? last
                : entry.FixKind == FixApplicability.Safe && replacement == entry.Replacement ? (context.SafeRowFits(first, last, replacement) ? last : -1)
                : context.FixEnd(first, last, replacement, entry.FixKind);
            var fix = fixEnd < 0
                ? null
                : replacement!.Length == 0
                    ? context.Delete(Text("fix-title.drop"), first, fixEnd)
                    : context.Replace(customer ? Text("fix-title.customer") : Text("fix-title.others"), context.Span(first, fixEnd), context.CaseFor(replacement, first), entry.FixKind);

            context.Report(
                descriptor,
                span,
                customer
                    ? Text("finding.customer")
                    : Text("finding.others"),
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
