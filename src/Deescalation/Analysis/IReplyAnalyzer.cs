using System;
namespace Deescalation;

/// <summary>Analyses agent replies. Implementations are thread-safe.</summary>
public interface IReplyAnalyzer
{
    /// <summary>Analyses one draft reply.</summary>
    /// <param name="text">The reply as the agent wrote it; quoted customer text and the signature are skipped.</param>
    /// <param name="context">What the reply answers, if known.</param>
    /// <returns>The score, the findings and their fixes.</returns>
    ReplyAnalysis Analyze(string text, ReplyContext? context = null);
}
