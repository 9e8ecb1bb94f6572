using System;
using System.Collections.Generic;
using Deescalation.Analysis;
using Deescalation.Fixes;

namespace Deescalation;

/// <summary>The result of analysing one reply: the score, the findings in text order, and the fixes. Immutable.</summary>
public sealed class ReplyAnalysis
{
    internal ReplyAnalysis(string text, int score, IReadOnlyList<Diagnostic> diagnostics)
    {
        Text = text;
        Score = score;
        Diagnostics = diagnostics;
    }

    /// <summary>The reply text that was analysed, exactly as passed in.</summary>
    public string Text { get; }

    /// <summary>
    /// How safe the reply is to send, from 0 to 100. A reply with no findings scores 90 or more; see
    /// <c>docs/scoring.md</c> for the formula.
    /// </summary>
    public int Score { get; }

    /// <summary>A coarse reading of <see cref="Score"/>.</summary>
    public ScoreBand Band => Scoring.BandOf(Score);

    /// <summary>The findings, in text order (reply-level findings at their anchor position).</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; }

    /// <summary>Whether there is any finding at <see cref="DiagnosticSeverity.Info"/> or above.</summary>
    public bool HasFindings
    {
        get
        {
            foreach (var diagnostic in Diagnostics)
            {
                if (diagnostic.Severity > DiagnosticSeverity.Hidden)
                {
                    return true;
                }
            }

            return false;
        }
    }

    /// <summary>
    /// The edits that <see cref="ApplyFixes()"/> makes: the first <see cref="FixApplicability.Safe"/> fix of every
    /// diagnostic, in text order, taking a fix whole only when none of its edits overlaps an edit already taken.
    /// </summary>
    /// <returns>Non-overlapping edits, ordered by start.</returns>
    public IReadOnlyList<TextEdit> GetFixEdits() => FixAll.SelectEdits(Diagnostics, FixApplicability.Safe);

    /// <summary>
    /// The edits that <see cref="ApplyFixes(FixApplicability)"/> makes: for every diagnostic, its first fix whose
    /// applicability is <paramref name="include"/> or safer, taken whole only when it overlaps no edit already taken.
    /// </summary>
    /// <param name="include">
    /// The least safe kind to take: <see cref="FixApplicability.NeedsInput"/> also takes templates, leaving their
    /// placeholders in the text; <see cref="FixApplicability.Suggestion"/> takes everything, for a person who has
    /// accepted every suggestion.
    /// </param>
    /// <returns>Non-overlapping edits, ordered by start.</returns>
    public IReadOnlyList<TextEdit> GetFixEdits(FixApplicability include) => FixAll.SelectEdits(Diagnostics, include);

    /// <summary>
    /// Applies the first safe fix of every diagnostic (<see cref="FixApplicability.Safe"/>). Overlapping fixes are
    /// skipped, never merged, so the result is always a readable reply; analysing it again may show what is left to
    /// fix by hand, including the findings whose fixes need the agent's input or are suggestions.
    /// </summary>
    /// <returns>The fixed reply text.</returns>
    /// <example><code>var fixedReply = ReplyAnalyzer.Default.Analyze(draft).ApplyFixes();</code></example>
    public string ApplyFixes() => TextEdit.Apply(Text, GetFixEdits());

    /// <summary>Applies the first fix of every diagnostic whose applicability is <paramref name="include"/> or safer.</summary>
    /// <param name="include">The least safe kind to apply; see <see cref="GetFixEdits(FixApplicability)"/>.</param>
    /// <returns>The fixed reply text; templates leave their placeholders (such as "[time]") for the agent.</returns>
    /// <example><code>var draft = analysis.ApplyFixes(FixApplicability.NeedsInput);</code></example>
    public string ApplyFixes(FixApplicability include) => TextEdit.Apply(Text, GetFixEdits(include));
}
