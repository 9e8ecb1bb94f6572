using System;
using System.Collections.Generic;

namespace Deescalation.Analysis;

/// <summary>
/// The score formula (docs/scoring.md): start at 92; add 3 for an acknowledgement or sincere apology, 3 for a
/// concrete next step (a time or an action already taken) and 2 for thanks, at most 100; subtract each finding's
/// severity (30 error, 15 warning, 12 info) weighed by how sure its rule is (certain 100%, likely 80%, possible 50%),
/// a second finding of a category already counted at half; a reply with a visible finding scores at most 88; clamp to
/// 0..100.
/// </summary>
internal static class Scoring
{
    public const int Base = 92;
    public const int AcknowledgementBonus = 3;
    public const int NextStepBonus = 3;
    public const int ThanksBonus = 2;

    /// <summary>The most a reply with a visible finding scores: below every clean reply.</summary>
    public const int MaxWithFindings = 88;

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
        var visible = false;
        for (var i = 0; i < diagnostics.Count; i++)
        {
            var diagnostic = diagnostics[i];
            var penalty = PenaltyOf(diagnostic.Severity) * WeightOf(diagnostic.Descriptor.Confidence);
            if (penalty == 0)
            {
                continue;
            }

            visible = true;

            // Three vague "soon"s are one habit, not three risks: a category already counted costs half.
            score -= (RepeatsCategory(diagnostics, i) ? penalty / 2 : penalty) / 100;
        }

        if (visible)
        {
            score = Math.Min(score, MaxWithFindings);
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

    /// <summary>How much of a finding's severity counts, in percent, by how sure its rule is.</summary>
    public static int WeightOf(FindingConfidence confidence) => confidence switch
    {
        FindingConfidence.Certain => 100,
        FindingConfidence.Possible => 50,
        _ => 80,
    };

    public static ScoreBand BandOf(int score) => score >= 90 ? ScoreBand.Calm : score >= 60 ? ScoreBand.NeedsReview : ScoreBand.Escalating;

    private static bool RepeatsCategory(IReadOnlyList<Diagnostic> diagnostics, int index)
    {
        for (var i = 0; i < index; i++)
        {
            if (PenaltyOf(diagnostics[i].Severity) > 0 && string.Equals(diagnostics[i].Category, diagnostics[index].Category, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
