using Deescalation;

namespace RepliesInCode;

/// <summary>The replies agents insert with one click. [ReplyText] makes the build check them.</summary>
internal static class CannedReplies
{
    [ReplyText]
    public const string Refunded = "Thanks for your patience. I've refunded the order; it shows on your card in 3-5 days.";

    [ReplyText]
    public const string Apology = "Thanks for writing in. I'm sorry you feel that way.";

    [ReplyText]
    public const string Investigating = """
        Thanks for the details.
        We'll look into it soon.
        """;

    // Not marked: an internal note is never read by the analyzer.
    public const string InternalNote = "Customer should have read the terms.";

    [return: ReplyText]
    public static string Greeting(string name) => $"Hi {name}, thanks for reaching out.";
}
