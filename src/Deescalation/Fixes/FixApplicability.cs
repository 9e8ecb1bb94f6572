namespace Deescalation;

/// <summary>
/// How far a fix can be trusted without a person reading it, in the manner of rustc's applicability and Ruff's fix
/// safety. Only <see cref="Safe"/> fixes are applied by <see cref="ReplyAnalysis.ApplyFixes()"/> and by
/// <c>deesc fix</c> unless more is asked for.
/// </summary>
public enum FixApplicability
{
    /// <summary>
    /// Words replaced by words: the sentence stays grammatical and no fact (time, date, number, amount, name or
    /// commitment) is added. The result has been analysed again and is no longer flagged there.
    /// </summary>
    Safe = 0,

    /// <summary>
    /// A template with placeholders the agent fills ("I'll update you by [time]"); <see cref="TextEdit.Placeholders"/>
    /// gives their ranges so an editor can select them. Applied only when asked for.
    /// </summary>
    NeedsInput = 1,

    /// <summary>A rewritten sentence to show to a person, never applied automatically.</summary>
    Suggestion = 2,
}
