using System;
using System.Collections.Generic;
using System.IO;
using System.Net;
using System.Text;
using MimeKit.Text;

namespace Deescalation.Cli.Inputs;

/// <summary>
/// The readable text of an HTML fragment (a help-desk reply body), read with MimeKit's HTML tokenizer, with a map from
/// every character of the text back to its offset in the HTML, so that findings point into the file.
/// </summary>
internal static class HtmlText
{
    /// <summary>Elements that start a new line of text.</summary>
    private static readonly HashSet<string> BlockElements = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "table", "blockquote", "pre", "hr", "section", "article", "header", "footer",
    };

    /// <summary>Elements whose content is never reply text.</summary>
    private static readonly HashSet<string> HiddenElements = new(StringComparer.OrdinalIgnoreCase) { "script", "style", "head", "title", "template" };

    /// <summary>Returns the text and, for each offset 0..Text.Length, the offset in <paramref name="html"/> it comes from.</summary>
    public static (string Text, int[] Map) Extract(string html)
    {
        var text = new StringBuilder(html.Length);
        var map = new List<int>(html.Length + 1);
        var tokenizer = new HtmlTokenizer(new StringReader(html)) { DecodeCharacterReferences = false };
        var cursor = 0;
        var hidden = 0;
        var pendingSpace = -1;
        while (tokenizer.ReadNextToken(out var token))
        {
            switch (token)
            {
                case HtmlTagToken tag:
                {
                    var tagStart = html.IndexOf('<', cursor);
                    if (tagStart < 0)
                    {
                        tagStart = cursor;
                    }

                    cursor = EndOfMarkup(html, tagStart);
                    if (HiddenElements.Contains(tag.Name))
                    {
                        hidden = tag.IsEndTag ? Math.Max(0, hidden - 1) : tag.IsEmptyElement ? hidden : hidden + 1;
                    }
                    else if (BlockElements.Contains(tag.Name) && hidden == 0)
                    {
                        pendingSpace = -1;
                        if (string.Equals(tag.Name, "br", StringComparison.OrdinalIgnoreCase) || (text.Length > 0 && text[text.Length - 1] != '\n'))
                        {
                            text.Append('\n');
                            map.Add(tagStart);
                        }
                    }

                    break;
                }

                case HtmlDataToken data when token.Kind is HtmlTokenKind.Data or HtmlTokenKind.CData:
                {
                    // Raw data (character references left undecoded) is the file's text itself: find it at the cursor.
                    var raw = data.Data;
                    var start = string.CompareOrdinal(html, cursor, raw, 0, raw.Length) == 0 ? cursor : html.IndexOf(raw, cursor, StringComparison.Ordinal);
                    if (start < 0)
                    {
                        break;
                    }

                    cursor = start + raw.Length;
                    if (hidden == 0)
                    {
                        AppendData(html, start, cursor, text, map, ref pendingSpace);
                    }

                    break;
                }

                default:
                {
                    // Comments, doctypes, script data: skip their markup.
                    var markupStart = html.IndexOf('<', cursor);
                    if (markupStart >= 0 && token.Kind is HtmlTokenKind.Comment or HtmlTokenKind.DocType)
                    {
                        cursor = token.Kind == HtmlTokenKind.Comment ? EndOfComment(html, markupStart) : EndOfMarkup(html, markupStart);
                    }
                    else if (token is HtmlDataToken script)
                    {
                        var at = html.IndexOf(script.Data, cursor, StringComparison.Ordinal);
                        cursor = at < 0 ? cursor : at + script.Data.Length;
                    }

                    break;
                }
            }
        }

        // Trailing line breaks and spaces are not text.
        while (text.Length > 0 && text[text.Length - 1] == '\n')
        {
            text.Length--;
            map.RemoveAt(map.Count - 1);
        }

        map.Add(map.Count > 0 ? Math.Min(html.Length, map[map.Count - 1] + 1) : html.Length);
        return (text.ToString(), map.ToArray());
    }

    private static void AppendData(string html, int start, int end, StringBuilder text, List<int> map, ref int pendingSpace)
    {
        var i = start;
        while (i < end)
        {
            var c = html[i];
            if (char.IsWhiteSpace(c))
            {
                // HTML collapses runs of white space; none at the start of a line.
                if (pendingSpace < 0 && text.Length > 0 && text[text.Length - 1] != '\n')
                {
                    pendingSpace = i;
                }

                i++;
                continue;
            }

            if (pendingSpace >= 0)
            {
                text.Append(' ');
                map.Add(pendingSpace);
                pendingSpace = -1;
            }

            if (c == '&')
            {
                var semicolon = html.IndexOf(';', i, Math.Min(32, end - i));
                if (semicolon > i)
                {
                    var reference = html.Substring(i, semicolon - i + 1);
                    var decoded = WebUtility.HtmlDecode(reference);
                    if (decoded != reference)
                    {
                        foreach (var d in decoded)
                        {
                            text.Append(d == '\u00A0' ? ' ' : d);
                            map.Add(i);
                        }

                        i = semicolon + 1;
                        continue;
                    }
                }
            }

            text.Append(c);
            map.Add(i);
            i++;
        }
    }

    /// <summary>The offset after a tag's closing '>', skipping quoted attribute values.</summary>
    private static int EndOfMarkup(string html, int start)
    {
        char quote = '\0';
        for (var i = start + 1; i < html.Length; i++)
        {
            var c = html[i];
            if (quote != '\0')
            {
                if (c == quote)
                {
                    quote = '\0';
                }
            }
            else if (c is '"' or '\'' && i > 0 && html[i - 1] is '=' or ' ' or '\t' or '\n')
            {
                quote = c;
            }
            else if (c == '>')
            {
                return i + 1;
            }
        }

        return html.Length;
    }

    private static int EndOfComment(string html, int start)
    {
        var end = html.IndexOf("-->", start, StringComparison.Ordinal);
        return end < 0 ? EndOfMarkup(html, start) : end + 3;
    }
}
