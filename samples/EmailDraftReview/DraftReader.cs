using System;
using System.IO;
using MimeKit;

namespace EmailDraftReview;

/// <summary>A draft reply read from an .eml file.</summary>
/// <param name="Path">The file.</param>
/// <param name="Subject">The subject line, decoded.</param>
/// <param name="To">The recipients, as written.</param>
/// <param name="BodyFormat">Which part was read: "text/plain" or "text/html".</param>
/// <param name="InReplyTo">The Message-Id the draft answers, from In-Reply-To; null when absent.</param>
/// <param name="Parts">The agent's text, the signature, the quoted thread and the customer's message.</param>
internal sealed record Draft(string Path, string Subject, string To, string BodyFormat, string? InReplyTo, DraftParts Parts);

/// <summary>Reads .eml drafts with MimeKit: charsets, transfer encodings, multipart/alternative.</summary>
internal static class DraftReader
{
    /// <summary>Reads a received message for its Message-Id and the words its sender wrote (without their quotes).</summary>
    /// <returns>The id and text, or null when the file is not a readable message with both.</returns>
    public static (string MessageId, string Text)? ReadReceived(string path)
    {
        try
        {
            var message = MimeMessage.Load(path);
            var parts = message.TextBody is { } plain && plain.Trim().Length > 0 ? ReplyExtractor.Split(plain)
                : message.HtmlBody is { } html ? HtmlBodyReader.Split(html) : null;
            return message.MessageId is { } id && parts is { OwnText.Length: > 0 } ? (id, parts.OwnText) : null;
        }
        catch (Exception ex) when (ex is FormatException or IOException)
        {
            return null;
        }
    }

    /// <summary>Reads a draft.</summary>
    /// <exception cref="DraftException">The file is not a readable message or has no text body.</exception>
    public static Draft Read(string path)
    {
        MimeMessage message;
        try
        {
            message = MimeMessage.Load(path);
        }
        catch (FormatException ex)
        {
            // MimeKit's ParseException is a FormatException with the byte offset of the problem.
            var where = ex is ParseException parse ? $" (near byte {parse.ErrorIndex})" : string.Empty;
            throw new DraftException(path, $"not a MIME message{where}: {ex.Message}");
        }
        catch (IOException ex)
        {
            throw new DraftException(path, $"cannot be read: {ex.Message}");
        }

        // Prefer the plain-text alternative: it is what the agent typed, with the quoting conventions intact.
        // Clients that only send HTML get their thread and signature split by element.
        DraftParts parts;
        string format;
        if (message.TextBody is { } plain && plain.Trim().Length > 0)
        {
            parts = ReplyExtractor.Split(plain);
            format = "text/plain";
        }
        else if (message.HtmlBody is { } html && html.Trim().Length > 0)
        {
            parts = HtmlBodyReader.Split(html);
            format = "text/html";
        }
        else
        {
            throw new DraftException(path, "has no text/plain or text/html body to review.");
        }

        if (parts.OwnText.Length == 0)
        {
            throw new DraftException(path, "has only quoted text and a signature: the agent has not written a reply yet.");
        }

        return new Draft(path, message.Subject ?? string.Empty, message.To.ToString(), format, message.InReplyTo, parts);
    }
}

/// <summary>A draft that cannot be reviewed; the message names the file.</summary>
internal sealed class DraftException : Exception
{
    public DraftException(string path, string problem)
        : base($"{path}: {problem}")
    {
        FilePath = path;
    }

    public DraftException()
    {
        FilePath = string.Empty;
    }

    public DraftException(string message)
        : base(message)
    {
        FilePath = string.Empty;
    }

    public DraftException(string message, Exception innerException)
        : base(message, innerException)
    {
        FilePath = string.Empty;
    }

    public string FilePath { get; }
}
