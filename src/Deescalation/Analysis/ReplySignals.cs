using System;
namespace Deescalation;

/// <summary>What raises a reply's score: an acknowledgement, a concrete next step, and thanks.</summary>
internal readonly struct ReplySignals
{
    private ReplySignals(bool acknowledges, bool concreteNextStep, bool thanks)
    {
        Acknowledges = acknowledges;
        ConcreteNextStep = concreteNextStep;
        Thanks = thanks;
    }

    public bool Acknowledges { get; }

    public bool ConcreteNextStep { get; }

    public bool Thanks { get; }

    public static ReplySignals Read(RuleContext context, MissingAcknowledgementRule rule)
    {
        var nextStep = MissingAcknowledgementRule.HasMatch(context, MissingAcknowledgementRule.Behaviour.NextStep);
        if (!nextStep)
        {
            var tokens = context.Tokens;
            for (var i = 0; i < context.TokenCount && !nextStep; i++)
            {
                nextStep = context.Common.TimeWords.Contains(tokens[i].Id);
            }
        }

        return new ReplySignals(MissingAcknowledgementRule.Acknowledges(context), nextStep, rule.Thanks(context));
    }
}
