using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using MimeKit.Text;

namespace EmailDraftReview;

/// <summary>
/// Turns an HTML reply into the same parts as a plain-text one. Mail clients mark the quoted thread and the
/// signature with elements (<c>blockquote</c>, Gmail's <c>gmail_quote</c> and <c>gmail_signature</c>,
/// Thunderbird's <c>moz-signature</c>, Outlook's <c>divRplyFwdMsg</c>), so the split uses them, and the
/// agent's text then goes through <see cref="ReplyExtractor"/> for the "-- " and "On ... wrote:" conventions.
/// </summary>
internal static class HtmlBodyReader
{
    private enum Region
    {
        Own,
        Signature,
        Thread,
        Skipped,
    }

    public static DraftParts Split(string html)
    {
        var own = new StringBuilder();
        var signature = new StringBuilder();
        var thread = new StringBuilder();
        var customer = new StringBuilder();
        var stack = new List<(string Name, Region Region, bool Quote)>();
        var threadStarted = false;
        var quotesSeen = 0;

        var tokenizer = new HtmlTokenizer(new StringReader(html)) { DecodeCharacterReferences = true };
        while (tokenizer.ReadNextToken(out var token))
        {
            var region = threadStarted ? Region.Thread : CurrentRegion(stack);
            var quoteDepth = QuoteDepth(stack);
            switch (token)
            {
                case HtmlDataToken data when token.Kind != HtmlTokenKind.Comment:
                    if (region == Region.Skipped)
                    {
                        break;
                    }

                    var text = CollapseWhitespace(data.Data);
                    Target(region, own, signature, thread).Append(text);
                    if (quoteDepth == 1 && quotesSeen == 1)
                    {
                        customer.Append(text);
                    }

                    break;

                case HtmlTagToken tag when tag.IsEndTag:
                    for (var i = stack.Count - 1; i >= 0; i--)
                    {
                        if (string.Equals(stack[i].Name, tag.Name, StringComparison.OrdinalIgnoreCase))
                        {
                            stack.RemoveRange(i, stack.Count - i);
                            break;
                        }
                    }

                    if (IsBlock(tag.Name))
                    {
                        // A paragraph ends with a blank line; other blocks just end the line.
                        var blankLine = string.Equals(tag.Name, "p", StringComparison.OrdinalIgnoreCase);
                        EndLine(Target(region, own, signature, thread), blankLine);
                        if (quoteDepth == 1 && quotesSeen == 1)
                        {
                            EndLine(customer, blankLine);
                        }
                    }

                    break;

                case HtmlTagToken tag:
                    var name = tag.Name.ToLowerInvariant();
                    if (name is "br")
                    {
                        NewLine(Target(region, own, signature, thread));
                        if (quoteDepth == 1 && quotesSeen == 1)
                        {
                            NewLine(customer);
                        }
                    }
                    else if (name is "hr" || IsBlock(name))
                    {
                        EndLine(Target(region, own, signature, thread), blankLine: false);
                        if (quoteDepth == 1 && quotesSeen == 1)
                        {
                            EndLine(customer, blankLine: false);
                        }
                    }

                    if (tag.IsEmptyElement || IsVoid(name))
                    {
                        // Outlook puts the thread after <div id="appendonsend"></div> or an <hr> before "From:".
                        if (name == "hr" && quoteDepth == 0 && region == Region.Own)
                        {
                            threadStarted = true;
                        }

                        break;
                    }

                    var newRegion = ClassifyElement(name, tag);
                    var isQuote = name == "blockquote";
                    if (isQuote && quoteDepth == 0)
                    {
                        quotesSeen++;
                    }

                    if (newRegion == Region.Thread && !isQuote && quoteDepth == 0 && CurrentRegion(stack) == Region.Own)
                    {
                        // From here to the end is the thread, however the elements nest.
                        threadStarted = true;
                    }

                    stack.Add((name, newRegion, isQuote));
                    break;
            }
        }

        var ownParts = ReplyExtractor.Split(Normalise(own.ToString()));
        var signatureText = Normalise(signature.ToString());
        if (ownParts.Signature.Length > 0)
        {
            signatureText = (ownParts.Signature + "\n" + signatureText).Trim('\n');
        }

        var threadText = (ownParts.QuotedThread + "\n" + Normalise(thread.ToString())).Trim('\n');
        var customerText = Normalise(customer.ToString());
        return new DraftParts(
            ownParts.OwnText,
            signatureText,
            threadText,
            customerText.Length > 0 ? customerText : ownParts.CustomerMessage);
    }

    private static Region ClassifyElement(string name, HtmlTagToken tag)
    {
        if (name is "style" or "script" or "head" or "title")
        {
            return Region.Skipped;
        }

        if (name == "blockquote")
        {
            return Region.Thread;
        }

        foreach (var attribute in tag.Attributes)
        {
            var attributeName = attribute.Name.ToLowerInvariant();
            if (attributeName is not ("class" or "id") || attribute.Value is null)
            {
                continue;
            }

            foreach (var word in attribute.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                switch (word.ToLowerInvariant())
                {
                    case "gmail_signature":
                    case "moz-signature":
                    case "signature":
                    case "x_signature":
                        return Region.Signature;
                    case "gmail_quote":
                    case "gmail_attr":
                    case "moz-cite-prefix":
                    case "divrplyfwdmsg":
                    case "appendonsend":
                        return Region.Thread;
                }
            }
        }

        return Region.Own;
    }

    private static Region CurrentRegion(List<(string Name, Region Region, bool Quote)> stack)
    {
        // The outermost special element decides: a blockquote inside the signature is still signature.
        foreach (var entry in stack)
        {
            if (entry.Region != Region.Own)
            {
                return entry.Region;
            }
        }

        return Region.Own;
    }

    private static int QuoteDepth(List<(string Name, Region Region, bool Quote)> stack)
    {
        var depth = 0;
        foreach (var entry in stack)
        {
            if (entry.Quote)
            {
                depth++;
            }
        }

        return depth;
    }

    private static StringBuilder Target(Region region, StringBuilder own, StringBuilder signature, StringBuilder thread) => region switch
    {
        Region.Signature => signature,
        Region.Thread => thread,
        _ => own,
    };

    private static void NewLine(StringBuilder builder)
    {
        // Trailing spaces before a line break are layout, not text.
        while (builder.Length > 0 && builder[^1] == ' ')
        {
            builder.Length--;
        }

        builder.Append('\n');
    }

    private static void EndLine(StringBuilder builder, bool blankLine)
    {
        if (builder.Length > 0 && builder[^1] != '\n')
        {
            NewLine(builder);
        }

        if (blankLine && builder.Length > 0 && (builder.Length < 2 || builder[^2] != '\n'))
        {
            builder.Append('\n');
        }
    }

    private static string CollapseWhitespace(string data)
    {
        var builder = new StringBuilder(data.Length);
        var lastWasSpace = false;
        foreach (var c in data)
        {
            var isSpace = c is ' ' or '\t' or '\r' or '\n';
            if (isSpace)
            {
                if (!lastWasSpace)
                {
                    builder.Append(' ');
                }
            }
            else
            {
                builder.Append(c == '\u00A0' ? ' ' : c);
            }

            lastWasSpace = isSpace;
        }

        return builder.ToString();
    }

    /// <summary>Trims each line and collapses runs of blank lines to one, as a reader would see the text.</summary>
    private static string Normalise(string text)
    {
        var lines = text.Split('\n');
        var builder = new StringBuilder(text.Length);
        var blank = 0;
        foreach (var raw in lines)
        {
            // A signature separator keeps its trailing space.
            var line = raw == "-- " ? raw : raw.Trim(' ');
            if (line.Length == 0)
            {
                blank++;
                continue;
            }

            if (builder.Length > 0)
            {
                builder.Append(blank > 0 ? "\n\n" : "\n");
            }

            builder.Append(line);
            blank = 0;
        }

        return builder.ToString();
    }

    private static bool IsBlock(string name) => name.ToLowerInvariant() is "p" or "div" or "li" or "ul" or "ol" or "tr" or "table"
        or "h1" or "h2" or "h3" or "h4" or "h5" or "h6" or "blockquote" or "pre";

    private static bool IsVoid(string name) => name is "br" or "hr" or "img" or "meta" or "link" or "input" or "wbr" or "col" or "area" or "base";
}
