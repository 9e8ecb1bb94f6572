using System;
using System.Collections.Generic;
using System.Text;
using Deescalation.Rules.Data;
using Deescalation.Text;

namespace Deescalation;

/// <summary>
/// A reply split the way the analyzer reads it: the agent's own text on top, then the signature (after a "-- " line or
/// a sign-off such as "Kind regards"), then the quoted thread ("On ... wrote:" and "&gt;" lines, Outlook's
/// "-----Original Message-----" or header block). The analyzer, <c>deesc</c> and the samples share this one splitter.
/// Spans are UTF-16 offsets into <see cref="Text"/>.
/// </summary>
/// <example>
/// <code>
/// var parts = ReplyParts.Split("Fixed.\n-- \nSam\n\nOn Mon, Dana wrote:\n> Still broken!!\n");
/// // parts.OwnText == "Fixed.", parts.SignatureText == "-- \nSam", parts.CustomerMessage == "Still broken!!"
/// </code>
/// </example>
public sealed class ReplyParts
{

    private ReplyParts(string text, TextSpan own, TextSpan signature, TextSpan thread, string? customerMessage)
    {
        Text = text;
        Own = own;
        Signature = signature;
        Thread = thread;
        CustomerMessage = customerMessage;
    }

    /// <summary>The whole reply, as given.</summary>
    public string Text { get; }

    /// <summary>The agent's own text: from the start to the signature or the thread, without trailing blank lines.</summary>
    public TextSpan Own { get; }

    /// <summary>The signature block; empty (at the end of <see cref="Own"/>) when there is none.</summary>
    public TextSpan Signature { get; }

    /// <summary>The quoted thread, attribution lines included, to the end; empty (at the end of the text) when there is none.</summary>
    public TextSpan Thread { get; }

    /// <summary>The newest message quoted in the thread, without quote markers; <see langword="null"/> when none.</summary>
    public string? CustomerMessage { get; }

    /// <summary>The text of <see cref="Own"/>.</summary>
    public string OwnText => Text.Substring(Own.Start, Own.Length);

    /// <summary>The text of <see cref="Signature"/>, without surrounding blank lines.</summary>
    public string SignatureText => Text.Substring(Signature.Start, Signature.Length).Trim('\r', '\n');

    /// <summary>The text of <see cref="Thread"/>, without surrounding blank lines.</summary>
    public string ThreadText => Text.Substring(Thread.Start, Thread.Length).Trim('\r', '\n');

    /// <summary>Splits a plain-text reply in English.</summary>
    /// <param name="text">The reply, as the agent's mail client or chat tool holds it.</param>
    /// <returns>Its parts.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public static ReplyParts Split(string text) => Split(text, "en");

    /// <summary>Splits a plain-text reply by the sign-offs and mail headers of a language pack.</summary>
    /// <param name="text">The reply, as the agent's mail client or chat tool holds it.</param>
    /// <param name="language">A language pack of the library, as in <see cref="DeescalationOptions.Language"/>.</param>
    /// <returns>Its parts.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> or <paramref name="language"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="language"/> is not a language pack of the library.</exception>
    public static ReplyParts Split(string text, string language)
    {
        if (text is null)
        {
            throw new ArgumentNullException(nameof(text));
        }

        if (language is null)
        {
            throw new ArgumentNullException(nameof(language));
        }

        var rules = LanguagePack.Embedded(language).Text;

        var excluded = new List<TextRange>();
        var quoted = new List<TextRange>();
        AgentRegions.Find(text, excluded, quoted, rules, out var signatureStart, out var threadStart);
        var threadAt = threadStart < 0 ? text.Length : threadStart;
        var signatureAt = signatureStart < 0 || signatureStart > threadAt ? threadAt : signatureStart;
        var ownEnd = signatureAt;
        var ownStart = 0;
        while (ownEnd > 0 && char.IsWhiteSpace(text[ownEnd - 1]))
        {
            ownEnd--;
        }

        while (ownStart < ownEnd && (text[ownStart] == '\n' || text[ownStart] == '\r'))
        {
            ownStart++;
        }

        return new ReplyParts(
            text,
            TextSpan.FromBounds(ownStart, ownEnd),
            TextSpan.FromBounds(signatureAt, threadAt),
            TextSpan.FromBounds(threadAt, text.Length),
            threadStart < 0 ? null : NewestMessage(text, threadStart, rules.MailHeaders));
    }

    /// <summary>The newest message of a thread: the first quote level, or the text under the first header block.</summary>
    private static string? NewestMessage(string text, int threadStart, MailHeaders headers)
    {
        var lines = text.Substring(threadStart).Replace("\r\n", "\n").Split('\n');
        var first = 0;
        if (!lines[0].StartsWith(">", StringComparison.Ordinal))
        {
            // Skip the attribution or the header block down to the message itself.
            first++;
            while (first < lines.Length && (lines[first].Trim().Length == 0 || AgentRegions.EndsWithAny(lines[first].AsSpan().TrimEnd(), headers.AttributionEnds) || IsHeaderLine(lines[first], headers)))
            {
                first++;
            }
        }

        var message = new StringBuilder();
        var quoted = first < lines.Length && lines[first].StartsWith(">", StringComparison.Ordinal);
        for (var i = first; i < lines.Length; i++)
        {
            var line = lines[i];
            if (quoted)
            {
                if (!line.StartsWith(">", StringComparison.Ordinal))
                {
                    if (line.Trim().Length == 0)
                    {
                        message.Append('\n');
                        continue;
                    }

                    break;
                }

                line = line.Length > 1 && line[1] == ' ' ? line.Substring(2) : line.Substring(1);
                if (line.StartsWith(">", StringComparison.Ordinal))
                {
                    // A deeper level is an older message.
                    break;
                }
            }
            else if (IsSeparator(line, headers) || line.StartsWith(">", StringComparison.Ordinal) || (headers.From.Length > 0 && line.StartsWith(headers.From, StringComparison.OrdinalIgnoreCase)))
            {
                break;
            }

            if (AgentRegions.EndsWithAny(line.AsSpan().TrimEnd(), headers.AttributionEnds) && AgentRegions.StartsWithAny(line.AsSpan(), headers.AttributionStarts))
            {
                break;
            }

            if (line.TrimEnd('\r') is "-- " or "--")
            {
                // The customer's own signature is not part of what they said.
                break;
            }

            message.Append(line.TrimEnd('\r')).Append('\n');
        }

        var result = message.ToString().Trim('\n', ' ', '\t');
        return result.Length == 0 ? null : result;
    }

    /// <summary>A line of a quoted block's header: a field ("From: ...", "Subject: ...") or a separator.</summary>
    internal static bool IsHeaderLine(string line, MailHeaders headers) => AgentRegions.StartsWithAny(line.AsSpan(), headers.Fields) || IsSeparator(line, headers);

    private static bool IsSeparator(string line, MailHeaders headers)
    {
        var trimmed = line.Trim();
        if (trimmed.Length >= 5 && (trimmed.Trim('_').Length == 0 || trimmed.Trim('-').Length == 0 || trimmed.Trim('=').Length == 0))
        {
            return true;
        }

        if (trimmed.Length == 0 || (trimmed[0] != '-' && trimmed[0] != '='))
        {
            return false;
        }

        return AgentRegions.ContainsAny(trimmed.AsSpan(), headers.ThreadMarkers);
    }
}
