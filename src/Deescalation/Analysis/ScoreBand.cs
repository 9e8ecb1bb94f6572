using System;
namespace Deescalation;

/// <summary>A coarse reading of <see cref="ReplyAnalysis.Score"/>.</summary>
public enum ScoreBand
{
    /// <summary>Score 90 or more: fine to send.</summary>
    Calm = 0,

    /// <summary>Score 60 to 89: worth a second look before sending.</summary>
    NeedsReview = 1,

    /// <summary>Score below 60: likely to escalate the conversation.</summary>
    Escalating = 2,
}
