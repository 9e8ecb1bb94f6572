using System;
using System.Collections.Generic;

namespace Deescalation.Analysis;

/// <summary>
/// The score formula (docs/scoring.md): start at 92; add 3 for an acknowledgement or sincere apology, 3 for a
/// concrete next step (a time or an action already taken) and 2 for thanks, at most 100; subtract 30 for each
/// error, 15 for each warning and 12 for each info finding; clamp to 0..100.
/// </summary>
internal static class Scoring
{
    public const int Base = 92;
    public const int AcknowledgementBonus = 3;
    public const int NextStepBonus = 3;
    public const int ThanksBonus = 2;

    public static int Compute(IReadOnlyList<Diagnostic> diagnostics, bool acknowledges, bool concreteNextStep, bool thanks)
    {
        var score = Base;
        if (acknowledges)
        {
            score += AcknowledgementBonus;
        }

        if (concreteNextStep)
        {
            score += NextStepBonus;
        }

        if (thanks)
        {
            score += ThanksBonus;
        }

        score = Math.Min(score, 100);
        foreach (var diagnostic in diagnostics)
        {
            score -= PenaltyOf(diagnostic.Severity);
        }

        return Math.Max(0, Math.Min(100, score));
    }

    public static int PenaltyOf(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => 30,
        DiagnosticSeverity.Warning => 15,
        DiagnosticSeverity.Info => 12,
        _ => 0,
    };

    public static ScoreBand BandOf(int score) => score >= 90 ? ScoreBand.Calm : score >= 60 ? ScoreBand.NeedsReview : ScoreBand.Escalating;
}
