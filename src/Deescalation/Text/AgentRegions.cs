using System;
using System.Collections.Generic;

namespace Deescalation.Text;

/// <summary>
/// Finds the parts of a reply that are not the agent's own words: quoted customer text ("&gt;" lines,
/// "On ... wrote:" blocks, forwarded and original messages), the signature, code blocks and front matter.
/// One pass over the lines; the result is a sorted list of excluded ranges.
/// </summary>
internal static class AgentRegions
{
    /// <summary>The most short lines (name, title, company, address, phone, web) a signature below a sign-off has.</summary>
    private const int MaxSignatureLines = 10;

    /// <summary>Fills <paramref name="excluded"/> and <paramref name="quoted"/> with [start, end) ranges.</summary>
    public static void Find(string text, List<TextRange> excluded, List<TextRange> quoted, TextLanguage language) =>
        Find(text, excluded, quoted, language, out _, out _);

    /// <summary>
    /// Fills <paramref name="excluded"/> and <paramref name="quoted"/> with [start, end) ranges, and says where the
    /// signature and the quoted thread start (-1 when there is none).
    /// </summary>
    public static void Find(string text, List<TextRange> excluded, List<TextRange> quoted, TextLanguage language, out int signatureStart, out int threadStart)
    {
        var signOffs = language.SignOffs;
        var headers = language.MailHeaders;
        excluded.Clear();
        quoted.Clear();
        signatureStart = -1;
        threadStart = -1;
        var delimitedSignature = -1;
        var lineStart = 0;
        var inFence = false;
        var fenceStart = 0;
        var lineIndex = 0;
        var signOffEnd = -1;
        var signOffLines = 0;
        var boilerplate = false;
        var contentLines = 0;
        var previousBlank = false;
        var inIndented = false;
        var introduces = false;

        while (lineStart <= text.Length)
        {
            var lineEnd = text.IndexOf('\n', lineStart);
            var next = lineEnd < 0 ? text.Length + 1 : lineEnd + 1;
            if (lineEnd < 0)
            {
                lineEnd = text.Length;
            }

            var line = text.AsSpan(lineStart, lineEnd - lineStart).Trim();

            if (inFence)
            {
                if (IsFence(line))
                {
                    inFence = false;
                    excluded.Add(new TextRange(fenceStart, lineEnd));
                }

                lineStart = next;
                lineIndex++;
                continue;
            }

            if (IsFence(line))
            {
                inFence = true;
                fenceStart = lineStart;
                lineStart = next;
                lineIndex++;
                continue;
            }

            if (lineIndex == 0 && line.SequenceEqual("---".AsSpan()))
            {
                var close = FindFrontMatterEnd(text, next);
                if (close > 0)
                {
                    excluded.Add(new TextRange(0, close));
                    lineStart = close;
                    lineIndex++;
                    continue;
                }
            }

            if (line.Length > 0 && line[0] == '>')
            {
                StartThread(excluded, ref delimitedSignature, ref threadStart, lineStart);
                excluded.Add(new TextRange(lineStart, lineEnd));
                quoted.Add(new TextRange(lineStart, lineEnd));
                lineStart = next;
                lineIndex++;
                continue;
            }

            if (lineIndex == 0 && IsMailHeaderBlock(text, lineStart, headers, out var headerEnd))
            {
                // The reply's own header as an exported message has it ("Subject: Re: ...", "From: ...", "To: ..."), with
                // the agent's text after it: not the agent's words, and no quote.
                excluded.Add(new TextRange(lineStart, headerEnd));
                lineStart = headerEnd;
                lineIndex++;
                continue;
            }

            if (IsQuoteHeader(text, line, lineStart, headers, out var headerStart))
            {
                StartThread(excluded, ref delimitedSignature, ref threadStart, headerStart);
                excluded.Add(new TextRange(headerStart, lineEnd));
                if (!NextContentLineIsQuoted(text, next))
                {
                    // An unprefixed quote (Outlook style): everything below is the thread.
                    excluded.Add(new TextRange(next > text.Length ? text.Length : next, text.Length));
                    quoted.Add(new TextRange(next > text.Length ? text.Length : next, text.Length));
                    break;
                }

                lineStart = next;
                lineIndex++;
                continue;
            }

            if (IsThreadSeparator(text, line, next, headers))
            {
                StartThread(excluded, ref delimitedSignature, ref threadStart, lineStart);
                excluded.Add(new TextRange(lineStart, text.Length));
                quoted.Add(new TextRange(lineStart, text.Length));
                break;
            }

            if (signOffEnd >= 0 && IsRule(line) && HistoryFollows(text, next, headers))
            {
                // A rule line below a sign-off ("Kind regards, ... ======") opens the history a helpdesk appends: the
                // ticket's earlier messages, the customer's among them.
                StartThread(excluded, ref delimitedSignature, ref threadStart, lineStart);
                excluded.Add(new TextRange(lineStart, text.Length));
                quoted.Add(new TextRange(lineStart, text.Length));
                break;
            }

            if (delimitedSignature < 0 && threadStart < 0 && IsSignatureDelimiter(text, lineStart, lineEnd))
            {
                // "-- ": the signature runs to the quoted thread below it, if any, or to the end.
                delimitedSignature = lineStart;
                signatureStart = lineStart;
                lineStart = next;
                lineIndex++;
                continue;
            }

            if (delimitedSignature >= 0)
            {
                lineStart = next;
                lineIndex++;
                continue;
            }

            if (line.Length > 0 && IsIndented(text, lineStart) && ((previousBlank && introduces) || inIndented))
            {
                // A block indented by four spaces or a tab, after a blank line below a line that ends in a colon, is
                // preformatted text the agent quotes ("saw this:\n\n    ERROR 403: ACCESS DENIED"), not their own voice; an
                // indented paragraph or a list item's second paragraph is still theirs.
                excluded.Add(new TextRange(lineStart, lineEnd));
                inIndented = true;
                lineStart = next;
                lineIndex++;
                continue;
            }

            inIndented &= line.Length == 0;
            previousBlank = line.Length == 0;
            introduces = line.Length == 0 ? introduces : line[line.Length - 1] == ':';
            if (line.Length > 0)
            {
                if (signOffEnd >= 0 && !boilerplate)
                {
                    // A name, a title, a phone number: short lines. A sentence after "Thanks." means it was no sign-off,
                    // unless a block of at least two such lines came first and the long line reads as a notice: a label
                    // and a colon, or capitals ("CONFIDENTIALITY NOTICE: This e-mail and any attachments ..."); it is the
                    // company's, and so is the rest down to the thread.
                    if (WordCount(line) <= 8)
                    {
                        signOffLines++;
                    }
                    else if (signOffLines >= 2 && IsNotice(line))
                    {
                        boilerplate = true;
                    }
                    else
                    {
                        signOffEnd = -1;
                    }
                }

                // A sign-off closes a message: it follows the agent's text, it does not open it ("Thanks.\nWe ...").
                if (contentLines > 0 && !boilerplate && IsSignOff(line, signOffs))
                {
                    signOffEnd = lineEnd;
                    signOffLines = 0;
                }

                contentLines++;
            }

            lineStart = next;
            lineIndex++;
        }

        if (inFence)
        {
            excluded.Add(new TextRange(fenceStart, text.Length));
        }

        if (delimitedSignature >= 0)
        {
            excluded.Add(new TextRange(delimitedSignature, text.Length));
        }

        // A sign-off followed by a few short lines to the end (or to the quoted thread): those lines are the signature.
        if (signOffEnd >= 0 && signOffLines is > 0 and <= MaxSignatureLines)
        {
            var signatureEnd = text.Length;
            foreach (var range in excluded)
            {
                if (range.Start > signOffEnd && range.Start < signatureEnd)
                {
                    signatureEnd = range.Start;
                }
            }

            excluded.Add(new TextRange(signOffEnd, signatureEnd));
            if (signatureStart < 0 || signOffEnd < signatureStart)
            {
                signatureStart = signOffEnd;
            }
        }

        excluded.Sort(static (a, b) => a.Start.CompareTo(b.Start));
    }

    /// <summary>The quoted thread starts here: a "-- " signature above it ends where the thread begins.</summary>
    private static void StartThread(List<TextRange> excluded, ref int delimitedSignature, ref int threadStart, int start)
    {
        if (delimitedSignature >= 0)
        {
            excluded.Add(new TextRange(delimitedSignature, start));
            delimitedSignature = -1;
        }

        if (threadStart < 0)
        {
            threadStart = start;
        }
    }

    /// <summary>
    /// Whether one of the next three non-blank lines from <paramref name="from"/> reads as a message of a history: a header
    /// field, an attribution, a "&gt;" quote, or a line with a digit and a colon ("2026-03-10 07:02 UTC", "Ticket #77 |
    /// Status: Pending"); not a heading's text or a notice.
    /// </summary>
    private static bool HistoryFollows(string text, int from, MailHeaders headers)
    {
        var start = from;
        for (var seen = 0; seen < 3 && start < text.Length;)
        {
            var end = text.IndexOf('\n', start);
            end = end < 0 ? text.Length : end;
            var line = text.AsSpan(start, end - start).Trim();
            start = end + 1;
            if (line.Length == 0)
            {
                continue;
            }

            seen++;
            if (line[0] == '>' || StartsWithAny(line, headers.Fields) || EndsWithAny(line, headers.AttributionEnds) ||
                (line.IndexOf(':') >= 0 && ContainsDigit(line)))
            {
                return true;
            }
        }

        return false;
    }

    private static bool ContainsDigit(ReadOnlySpan<char> line)
    {
        foreach (var c in line)
        {
            if (c >= '0' && c <= '9')
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether a long line below a signature block reads as a notice: a label and a colon in its first four words
    /// ("CONFIDENTIALITY NOTICE:", "IMPORTANT:", "Disclaimer:"), words mostly in capitals, a web or mail address, or a
    /// postal address.
    /// </summary>
    private static bool IsNotice(ReadOnlySpan<char> line)
    {
        var words = 0;
        var capitals = 0;
        var inWord = false;
        var wordUpper = true;
        var letters = 0;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (c == ':' && words < 4)
            {
                return true;
            }

            var wordChar = !char.IsWhiteSpace(c);
            if (wordChar && !inWord)
            {
                words++;
                wordUpper = true;
                letters = 0;
            }

            if (wordChar && char.IsLetter(c))
            {
                letters++;
                wordUpper &= char.IsUpper(c);
            }

            if (!wordChar && inWord && letters >= 2 && wordUpper)
            {
                capitals++;
            }

            inWord = wordChar;
        }

        capitals += inWord && letters >= 2 && wordUpper ? 1 : 0;
        return words > 0 && (capitals * 2 > words || HasAddress(line) || IsPostalAddress(line));
    }

    /// <summary>"2875 S. Colorado Blvd, Suite 140, Denver, CO 80222": digits and two commas or more make a postal address.</summary>
    private static bool IsPostalAddress(ReadOnlySpan<char> line)
    {
        var commas = 0;
        foreach (var c in line)
        {
            commas += c == ',' ? 1 : 0;
        }

        return commas >= 2 && ContainsDigit(line);
    }

    /// <summary>A web or mail address in the line ("harvestbox.example.co.uk/account", "help@acme.com"): a company footer's.</summary>
    private static bool HasAddress(ReadOnlySpan<char> line)
    {
        for (var i = 1; i + 1 < line.Length; i++)
        {
            if ((line[i] == '.' || line[i] == '@') && char.IsLetter(line[i - 1]) && char.IsLetter(line[i + 1]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the line starting at <paramref name="lineStart"/> opens with a tab or four spaces.</summary>
    private static bool IsIndented(string text, int lineStart) =>
        lineStart < text.Length && (text[lineStart] == '\t' ||
                                    (lineStart + 4 <= text.Length && text[lineStart] == ' ' && text[lineStart + 1] == ' ' && text[lineStart + 2] == ' ' && text[lineStart + 3] == ' '));

    /// <summary>A line of ten or more of one of '-', '=', '_', '*' or '~' and nothing else.</summary>
    private static bool IsRule(ReadOnlySpan<char> line) =>
        line.Length >= 10 && (line[0] == '-' || line[0] == '=' || line[0] == '_' || line[0] == '*' || line[0] == '~') && IsAll(line, line[0]);

    /// <summary>
    /// Whether the text opens with two or more mail header lines ("Subject: ...", "From: ...") up to a blank line, and where the
    /// block ends.
    /// </summary>
    private static bool IsMailHeaderBlock(string text, int start, MailHeaders headers, out int end)
    {
        end = start;
        var lines = 0;
        while (end < text.Length)
        {
            var lineEnd = text.IndexOf('\n', end);
            lineEnd = lineEnd < 0 ? text.Length : lineEnd;
            var line = text.AsSpan(end, lineEnd - end).Trim();
            if (line.Length == 0)
            {
                break;
            }

            if (!StartsWithAny(line, headers.Fields))
            {
                return false;
            }

            lines++;
            end = lineEnd < text.Length ? lineEnd + 1 : lineEnd;
        }

        // Text after the block's blank line is the reply; a block with nothing after it is no header of one.
        var rest = end;
        while (rest < text.Length && char.IsWhiteSpace(text[rest]))
        {
            rest++;
        }

        return lines >= 2 && rest < text.Length;
    }

    private static int WordCount(ReadOnlySpan<char> line)
    {
        var words = 0;
        var inWord = false;
        foreach (var c in line)
        {
            var letter = !char.IsWhiteSpace(c);
            words += letter && !inWord ? 1 : 0;
            inWord = letter;
        }

        return words;
    }

    internal static bool StartsWithAny(ReadOnlySpan<char> line, string[] values)
    {
        foreach (var value in values)
        {
            if (StartsWithIgnoreCase(line, value))
            {
                return true;
            }
        }

        return false;
    }

    internal static bool EndsWithAny(ReadOnlySpan<char> line, string[] values)
    {
        foreach (var value in values)
        {
            if (EndsWithIgnoreCase(line, value))
            {
                return true;
            }
        }

        return false;
    }

    internal static bool ContainsAny(ReadOnlySpan<char> line, string[] values)
    {
        foreach (var value in values)
        {
            if (ContainsIgnoreCase(line, value))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsFence(ReadOnlySpan<char> line) =>
        line.Length >= 3 && ((line[0] == '`' && line[1] == '`' && line[2] == '`') || (line[0] == '~' && line[1] == '~' && line[2] == '~'));

    private static int FindFrontMatterEnd(string text, int from)
    {
        var start = from;
        var lines = 0;
        while (start < text.Length && lines < 200)
        {
            var end = text.IndexOf('\n', start);
            if (end < 0)
            {
                end = text.Length;
            }

            var line = text.AsSpan(start, end - start).Trim();
            if (line.SequenceEqual("---".AsSpan()) || line.SequenceEqual("...".AsSpan()))
            {
                return end;
            }

            if (line.Length > 0 && line.IndexOf(':') < 0 && line[0] != '-' && line[0] != ' ' && line[0] != '#')
            {
                return -1;
            }

            start = end + 1;
            lines++;
        }

        return -1;
    }

    private static bool IsQuoteHeader(string text, ReadOnlySpan<char> line, int lineStart, MailHeaders headers, out int headerStart)
    {
        headerStart = lineStart;
        if (!EndsWithAny(line, headers.AttributionEnds))
        {
            return false;
        }

        if (StartsWithAny(line, headers.AttributionStarts))
        {
            return true;
        }

        // "On Tue, 3 Nov 2026 at 10:00, Ray <ray@example.com>" wrapped before "wrote:": the header starts a line above.
        if (lineStart >= 2)
        {
            var previousEnd = lineStart - 1;
            var previousStart = text.LastIndexOf('\n', previousEnd - 1) + 1;
            var previous = text.AsSpan(previousStart, previousEnd - previousStart).Trim();
            if (StartsWithAny(previous, headers.AttributionStarts))
            {
                headerStart = previousStart;
                return true;
            }
        }

        return false;
    }

    private static bool NextContentLineIsQuoted(string text, int from)
    {
        var i = from;
        while (i < text.Length && char.IsWhiteSpace(text[i]))
        {
            i++;
        }

        return i >= text.Length || text[i] == '>';
    }

    private static bool IsThreadSeparator(string text, ReadOnlySpan<char> line, int next, MailHeaders headers)
    {
        if (line.Length == 0)
        {
            return false;
        }

        if ((line[0] == '-' || line[0] == '=') && ContainsAny(line, headers.ThreadMarkers))
        {
            return true;
        }

        if (StartsWithAny(line, headers.ForwardedStarts))
        {
            return true;
        }

        if (line.Length >= 20 && IsAll(line, '_'))
        {
            return true;
        }

        // An Outlook header block: "From: ..." followed by "Sent:", "Date:" or "To:".
        if (headers.From.Length > 0 && StartsWithIgnoreCase(line, headers.From) && next < text.Length)
        {
            var end = text.IndexOf('\n', next);
            var following = text.AsSpan(next, (end < 0 ? text.Length : end) - next).Trim();
            return StartsWithAny(following, headers.FollowingFields);
        }

        return false;
    }

    private static bool IsSignatureDelimiter(string text, int lineStart, int lineEnd)
    {
        var line = text.AsSpan(lineStart, lineEnd - lineStart).TrimEnd('\r');
        return line.SequenceEqual("-- ".AsSpan()) || line.SequenceEqual("--".AsSpan());
    }

    private static bool IsSignOff(ReadOnlySpan<char> line, string[] signOffs)
    {
        var trimmed = line.TrimEnd().TrimEnd(',').TrimEnd('!').TrimEnd('.').TrimEnd();

        // A sign-off in two languages: "Med vänliga hälsningar / Kind regards,".
        var slash = trimmed.LastIndexOf(" / ".AsSpan());
        if (slash > 0 && trimmed.Length <= 60)
        {
            if (IsSignOff(trimmed.Slice(0, slash), signOffs))
            {
                return true;
            }

            trimmed = trimmed.Slice(slash + 3).Trim();
        }

        if (trimmed.Length == 0 || trimmed.Length > 24)
        {
            return false;
        }

        foreach (var signOff in signOffs)
        {
            if (trimmed.Equals(signOff.AsSpan(), StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsAll(ReadOnlySpan<char> line, char c)
    {
        foreach (var x in line)
        {
            if (x != c)
            {
                return false;
            }
        }

        return true;
    }

    private static bool StartsWithIgnoreCase(ReadOnlySpan<char> line, string prefix) => line.StartsWith(prefix.AsSpan(), StringComparison.OrdinalIgnoreCase);

    private static bool EndsWithIgnoreCase(ReadOnlySpan<char> line, string suffix) => line.EndsWith(suffix.AsSpan(), StringComparison.OrdinalIgnoreCase);

    private static bool ContainsIgnoreCase(ReadOnlySpan<char> line, string value) => line.IndexOf(value.AsSpan(), StringComparison.OrdinalIgnoreCase) >= 0;
}

/// <summary>A [start, end) range of the original text.</summary>
internal readonly struct TextRange
{
    public TextRange(int start, int end)
    {
        Start = start;
        End = end;
    }

    public int Start { get; }

    public int End { get; }

    public override string ToString() => $"[{Start}..{End})";
}
