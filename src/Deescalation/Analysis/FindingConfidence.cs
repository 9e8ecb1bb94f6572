namespace Deescalation.Analysis;

/// <summary>
/// How sure a rule is that its finding is a real risk, from the rule file's <c>confidence:</c> (<c>certain</c>,
/// <c>likely</c>, <c>possible</c>). The score weighs each finding by it, so that one mild, debatable finding does not
/// rank with blame (docs/scoring.md).
/// </summary>
internal enum FindingConfidence
{
    /// <summary>Usually right on real replies; a careful reader rarely disagrees ("you should have read the terms").</summary>
    Likely = 0,

    /// <summary>Right whenever it fires: the words carry the risk on their own ("I'm sorry you feel that way").</summary>
    Certain = 1,

    /// <summary>Often debatable on real replies ("soon", three options, a run of "!!").</summary>
    Possible = 2,
}
