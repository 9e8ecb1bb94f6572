using System;
using System.Collections.Generic;
using System.Text;
using System.Text.RegularExpressions;

namespace EmailDraftReview;

/// <summary>The parts of a reply body: what the agent wrote, their signature, and the thread quoted below it.</summary>
/// <param name="OwnText">The agent's own words: the text that is analysed.</param>
/// <param name="Signature">The signature block, from the "-- " line; empty when there is none.</param>
/// <param name="QuotedThread">Everything quoted below the reply (attribution lines included); empty when none.</param>
/// <param name="CustomerMessage">The newest message quoted in the thread, without quote markers; null when none.</param>
internal sealed record ReplyParts(string OwnText, string Signature, string QuotedThread, string? CustomerMessage);

/// <summary>
/// Splits a plain-text reply the way mail clients lay it out: the agent's text on top, then an optional
/// signature after a "-- " line, then the quoted thread ("On ... wrote:" and "&gt;" lines, or Outlook's
/// "-----Original Message-----" and header block).
/// </summary>
internal static partial class ReplyExtractor
{
    public static ReplyParts Split(string body)
    {
        var lines = body.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var threadStart = FindThreadStart(lines);
        var signatureStart = FindSignatureStart(lines, threadStart);
        var ownEnd = signatureStart >= 0 ? signatureStart : threadStart;

        var own = Join(lines, 0, ownEnd).Trim('\n', ' ', '\t');
        var signature = signatureStart >= 0 ? Join(lines, signatureStart, threadStart).Trim('\n') : string.Empty;
        var thread = Join(lines, threadStart, lines.Length).Trim('\n');
        return new ReplyParts(own, signature, thread, NewestQuotedMessage(lines, threadStart));
    }

    /// <summary>The first line of the quoted thread, or the line count when nothing is quoted.</summary>
    private static int FindThreadStart(string[] lines)
    {
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].TrimEnd();
            if (OriginalMessageLine().IsMatch(line) || line.StartsWith('>'))
            {
                return i;
            }

            // Gmail and Apple Mail: "On Tue, 4 Mar 2025 at 09:12, Dana <dana@example.com> wrote:", sometimes wrapped.
            if (line.StartsWith("On ", StringComparison.Ordinal))
            {
                if (line.EndsWith("wrote:", StringComparison.Ordinal))
                {
                    return i;
                }

                if (i + 1 < lines.Length && lines[i + 1].TrimEnd().EndsWith("wrote:", StringComparison.Ordinal) && !lines[i + 1].StartsWith('>'))
                {
                    return i;
                }
            }

            // Outlook without the dashes: a "From:" line followed by "Sent:" or "Date:".
            if (line.StartsWith("From:", StringComparison.Ordinal) && i + 1 < lines.Length
                && (lines[i + 1].StartsWith("Sent:", StringComparison.Ordinal) || lines[i + 1].StartsWith("Date:", StringComparison.Ordinal)))
            {
                return i > 0 && IsRule(lines[i - 1]) ? i - 1 : i;
            }
        }

        return lines.Length;
    }

    private static int FindSignatureStart(string[] lines, int end)
    {
        for (var i = 0; i < end; i++)
        {
            // RFC 3676 4.3: the signature separator is "-- " on a line of its own; many clients drop the space.
            if (lines[i] is "-- " or "--" or "-- \r" or "--\r")
            {
                return i;
            }
        }

        return -1;
    }

    private static string? NewestQuotedMessage(string[] lines, int threadStart)
    {
        if (threadStart >= lines.Length)
        {
            return null;
        }

        var message = new StringBuilder();
        var first = threadStart;
        if (!lines[first].StartsWith('>'))
        {
            // Skip the attribution or the Outlook header block down to the message itself.
            first++;
            while (first < lines.Length && (lines[first].Trim().Length == 0 || lines[first].TrimEnd().EndsWith("wrote:", StringComparison.Ordinal) || HeaderLine().IsMatch(lines[first])))
            {
                first++;
            }
        }

        var quoted = first < lines.Length && lines[first].StartsWith('>');
        for (var i = first; i < lines.Length; i++)
        {
            var line = lines[i];
            if (quoted)
            {
                if (!line.StartsWith('>'))
                {
                    if (line.Trim().Length == 0)
                    {
                        message.Append('\n');
                        continue;
                    }

                    break;
                }

                line = line.Length > 1 && line[1] == ' ' ? line[2..] : line[1..];
                if (line.StartsWith('>'))
                {
                    // A deeper level is an older message.
                    break;
                }
            }
            else if (OriginalMessageLine().IsMatch(line) || line.StartsWith('>') || (HeaderLine().IsMatch(line) && line.StartsWith("From:", StringComparison.Ordinal)))
            {
                break;
            }

            if (line.TrimEnd().EndsWith("wrote:", StringComparison.Ordinal) && line.StartsWith("On ", StringComparison.Ordinal))
            {
                break;
            }

            if (line is "-- " or "--")
            {
                // The customer's own signature is not part of what they said.
                break;
            }

            message.Append(line.TrimEnd('\r')).Append('\n');
        }

        var text = message.ToString().Trim('\n', ' ', '\t');
        return text.Length == 0 ? null : text;
    }

    private static string Join(string[] lines, int start, int end)
    {
        if (start >= end)
        {
            return string.Empty;
        }

        return string.Join('\n', lines, start, end - start);
    }

    private static bool IsRule(string line)
    {
        var trimmed = line.Trim();
        return trimmed.Length >= 5 && (trimmed.Trim('_').Length == 0 || trimmed.Trim('-').Length == 0);
    }

    [GeneratedRegex(@"^\s*-{3,}\s*(Original Message|Forwarded message)\s*-{3,}\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex OriginalMessageLine();

    [GeneratedRegex(@"^(From|Sent|Date|To|Cc|Subject):\s", RegexOptions.None)]
    private static partial Regex HeaderLine();
}
