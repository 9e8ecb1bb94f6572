using System;
using System.Collections.Generic;
using System.Text;
using Deescalation.Cli.Inputs;

namespace Deescalation.Cli.Output;

/// <summary>
/// The words a person reads for a finding, shared by every output format: the message as a sentence, the flagged
/// words, and the fix to suggest. One place, so that the fix shown can later be limited to the safe ones.
/// </summary>
internal static class FindingText
{
    private const int MaxQuoteLength = 80;

    /// <summary>
    /// The diagnostic's message as one sentence. Some rules lead their message with the rule title
    /// ("Vague promise: Name a time..."); the title is already in `deesc rules` and SARIF, so it is dropped here.
    /// </summary>
    public static string Message(Diagnostic diagnostic)
    {
        var message = diagnostic.Message.Trim();
        var title = diagnostic.Descriptor.Title;
        if (message.Length > title.Length + 2 && message.StartsWith(title, StringComparison.OrdinalIgnoreCase) && message[title.Length] == ':')
        {
            message = message.Substring(title.Length + 1).TrimStart();
        }

        if (message.Length == 0)
        {
            return title + ".";
        }

        if (char.IsLower(message[0]))
        {
            message = char.ToUpperInvariant(message[0]) + message.Substring(1);
        }

        var last = message[message.Length - 1];
        var lastWord = last is '"' or '\'' or ')' or '\u201D' && message.Length > 1 ? message[message.Length - 2] : last;
        return lastWord is '.' or '!' or '?' || last is '.' or '!' or '?' ? message : message + ".";
    }

    /// <summary>The flagged words on one line, shortened in the middle when long.</summary>
    public static string Flagged(InputReply reply, Diagnostic diagnostic) => OneLine(Slice(reply.Text, diagnostic.Span.Start, diagnostic.Span.End));

    /// <summary>
    /// The fix to show: the flagged words, what they become, and whether that is safe, needs the agent's input or is a
    /// suggestion; null when the finding has no fix.
    /// </summary>
    public static (string Before, string After, FixApplicability Applicability)? SuggestedFix(InputReply reply, Diagnostic diagnostic)
    {
        if (diagnostic.Fixes.Count == 0 || diagnostic.Fixes[0].Edits.Count == 0)
        {
            return null;
        }

        var applicability = diagnostic.Fixes[0].Applicability;
        var edits = new List<TextEdit>(diagnostic.Fixes[0].Edits);
        edits.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        var text = reply.Text;
        var start = diagnostic.Span.Start;
        var end = diagnostic.Span.End;
        foreach (var edit in edits)
        {
            start = Math.Min(start, edit.Span.Start);
            end = Math.Max(end, edit.Span.End);
        }

        start = Math.Clamp(start, 0, text.Length);
        end = Math.Clamp(end, start, text.Length);
        var after = new StringBuilder();
        var position = start;
        foreach (var edit in edits)
        {
            var editStart = Math.Clamp(edit.Span.Start, position, end);
            after.Append(text, position, editStart - position);
            after.Append(edit.NewText);
            position = Math.Clamp(edit.Span.End, editStart, end);
        }

        after.Append(text, position, end - position);
        return (OneLine(Slice(text, start, end)), OneLine(after.ToString()), applicability);
    }

    private static string Slice(string text, int start, int end)
    {
        start = Math.Clamp(start, 0, text.Length);
        end = Math.Clamp(end, start, text.Length);
        return text.Substring(start, end - start);
    }

    private static string OneLine(string text)
    {
        var builder = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                space = builder.Length > 0;
                continue;
            }

            if (space)
            {
                builder.Append(' ');
                space = false;
            }

            builder.Append(c);
        }

        if (builder.Length > MaxQuoteLength)
        {
            var keep = (MaxQuoteLength - 1) / 2;
            return builder.ToString(0, keep) + "\u2026" + builder.ToString(builder.Length - keep, keep);
        }

        return builder.ToString();
    }
}
