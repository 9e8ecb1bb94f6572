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
        // A later part of a split reply ("2/2") may carry its acknowledgement in an earlier part.
        if (!signals.HasCustomerMessage || signals.Acknowledges || signals.LaterPart || !signals.CustomerUpset)
        {
            return;
        }

        var insertAt = signals.OpeningPosition;
        var span = new TextSpan(insertAt, 0);

        // "Hi Sam, the refund ..." continues in lower case: join with a semicolon rather than start a sentence.
        var opening = Text("fix.opening") + " ";
        opening = insertAt < context.Text.Length && char.IsLower(context.Text[insertAt]) ? opening.TrimEnd().TrimEnd('.') + "; " : opening;
        context.Report(
            DescriptorOf("DEESC015"),
            span,
            Text("finding"),
            new Fix(Text("fix-title"), new[] { new TextEdit(span, context.ApostrophesLike(opening)) }));
    }
}
