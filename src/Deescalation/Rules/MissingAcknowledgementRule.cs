using System;
using System.Collections.Generic;
using Deescalation.Analysis;

namespace Deescalation.Rules;

/// <summary>
/// DEESC015: the customer is upset and the reply neither acknowledges it nor apologises. Guide 002: "Acknowledge
/// their feelings and validate their experience. Phrases like 'I understand your frustration' ... can go a long
/// way"; guide 003: "Acknowledge their frustration". Needs the customer's message: from
/// <see cref="ReplyContext.CustomerMessage"/>, else the quoted text in the reply.
/// </summary>
internal sealed class MissingAcknowledgementRule : ReplyRule
{
    public override string Name => "missing-acknowledgement";


    public override void Analyze(RuleContext context)
    {
        // The engine's signals: whether there is a customer's message, whether the reply acknowledges, whether the
        // customer is upset (read last: it prepares the customer's message).
        var signals = context.Signals;
        if (!signals.HasCustomerMessage || signals.Acknowledges || !signals.CustomerUpset)
        {
            return;
        }

        var insertAt = signals.OpeningPosition;
        var span = new TextSpan(insertAt, 0);

        // The acknowledgement is its own sentence after the greeting; "Hi Sam, the refund ..." then goes on with a capital.
        var opening = context.ApostrophesLike(Text("fix.opening"));
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
}
