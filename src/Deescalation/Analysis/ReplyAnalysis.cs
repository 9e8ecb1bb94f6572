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
    /// The edits that <see cref="ApplyFixes"/> makes: the first fix of every diagnostic, in text order, taking a
    /// fix whole only when none of its edits overlaps an edit already taken.
    /// </summary>
    /// <returns>Non-overlapping edits, ordered by start.</returns>
    public IReadOnlyList<TextEdit> GetFixEdits() => FixAll.SelectEdits(Diagnostics);

    /// <summary>
    /// Applies the first fix of every diagnostic. Overlapping fixes are skipped, never merged, so the result is
    /// always a readable reply; analysing it again may show what is left to fix by hand.
    /// </summary>
    /// <returns>The fixed reply text.</returns>
    /// <example><code>var fixedReply = ReplyAnalyzer.Default.Analyze(draft).ApplyFixes();</code></example>
    public string ApplyFixes() => TextEdit.Apply(Text, GetFixEdits());
}
