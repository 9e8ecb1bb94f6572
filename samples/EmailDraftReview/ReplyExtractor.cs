namespace EmailDraftReview;

/// <summary>The parts of a reply body: what the agent wrote, their signature, and the thread quoted below it.</summary>
/// <param name="OwnText">The agent's own words: the text that is analysed.</param>
/// <param name="Signature">The signature block; empty when there is none.</param>
/// <param name="QuotedThread">Everything quoted below the reply (attribution lines included); empty when none.</param>
/// <param name="CustomerMessage">The newest message quoted in the thread, without quote markers; null when none.</param>
internal sealed record DraftParts(string OwnText, string Signature, string QuotedThread, string? CustomerMessage);

/// <summary>
/// Splits a plain-text reply with the library's own splitter (<see cref="Deescalation.ReplyParts"/>), the one the
/// analyzer and <c>deesc</c> use: the agent's text on top, then an optional signature, then the quoted thread.
/// </summary>
internal static class ReplyExtractor
{
    public static DraftParts Split(string body)
    {
        var parts = Deescalation.ReplyParts.Split(body.Replace("\r\n", "\n", System.StringComparison.Ordinal));
        return new DraftParts(parts.OwnText, parts.SignatureText, parts.ThreadText, parts.CustomerMessage);
    }
}
