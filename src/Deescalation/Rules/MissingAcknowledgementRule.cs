using System;
using System.Collections.Generic;
using Deescalation.Analysis;
using Deescalation.Text;

namespace Deescalation.Rules;

/// <summary>
/// DEESC015: the customer is upset and the reply neither acknowledges it nor apologises. Guide 002: "Acknowledge
/// their feelings and validate their experience. Phrases like 'I understand your frustration' ... can go a long
/// way"; guide 003: "Acknowledge their frustration". Needs the customer's message: from
/// <see cref="ReplyContext.CustomerMessage"/>, else the quoted text in the reply.
/// </summary>
internal sealed class MissingAcknowledgementRule : ReplyRule
{
    private WordSet _referring;

    public override string Name => "missing-acknowledgement";

    public override void Initialize(Lexicon lexicon) => _referring = Class(lexicon, "referring-openers");

    public override void Analyze(RuleContext context)
    {
        // The engine's signals: whether there is a customer's message, whether the reply acknowledges, whether the
        // customer is upset (read last: it prepares the customer's message).
        var signals = context.Signals;
        // A later part of a split reply ("2/2") may carry its acknowledgement in an earlier part.
        if (!signals.HasCustomerMessage || signals.Acknowledges || signals.LaterPart || !signals.CustomerUpset)
        {
            return;
        }

        var insertAt = AfterReferringSentence(context, signals.OpeningPosition);
        var span = new TextSpan(insertAt, 0);

        // The acknowledgement is its own sentence after the greeting; "Hi Sam, the refund ..." then goes on with a capital.
        // A reply written as "we" gets the acknowledgement as "we" (a language may give only the one form).
        var opening = context.ApostrophesLike(WritesAsWe(context) && Data.Messages.TryGetValue("fix.opening-we", out var asWe) ? asWe : Text("fix.opening"));
        var text = context.Text;
        var edits = new List<TextEdit>(2);
        if (insertAt < text.Length && char.IsLower(text[insertAt]))
        {
            edits.Add(new TextEdit(new TextSpan(insertAt, 1), opening + " " + char.ToUpperInvariant(text[insertAt])));
        }
        else if (insertAt > 0 && insertAt == text.Length)
        {
            // A reply that is only a greeting: the acknowledgement follows it.
            edits.Add(new TextEdit(span, (char.IsWhiteSpace(text[insertAt - 1]) ? string.Empty : " ") + opening));
        }
        else
        {
            edits.Add(new TextEdit(span, opening + " "));
        }

        context.Report(DescriptorOf("DEESC015"), span, Text("finding"), new Fix(Text("fix-title"), edits));
    }

    /// <summary>Whether the reply speaks as "we" and never as "I".</summary>
    private static bool WritesAsWe(RuleContext context)
    {
        var we = false;
        for (var i = 0; i < context.TokenCount; i++)
        {
            var id = context.Tokens[i].Id;
            if (id == context.Common.I)
            {
                return false;
            }

            we |= id == context.Common.We;
        }

        return we;
    }

    /// <summary>
    /// "That shouldn't happen! ..." answers the customer's words: an acknowledgement put before it would become what
    /// "that" points at, so it goes after that first sentence, at the start of the next one on the same line.
    /// </summary>
    private int AfterReferringSentence(RuleContext context, int position)
    {
        var tokens = context.Tokens;
        for (var i = 0; i < context.TokenCount; i++)
        {
            if (tokens[i].Start < position)
            {
                continue;
            }

            if (tokens[i].Start != position || !_referring.Contains(tokens[i].Id))
            {
                return position;
            }

            for (var k = i + 1; k < context.TokenCount; k++)
            {
                if (tokens[k].Is(TokenFlags.LineStart))
                {
                    return position;
                }

                if (tokens[k].Sentence != tokens[i].Sentence)
                {
                    return tokens[k].Start;
                }
            }

            return position;
        }

        return position;
    }
}
