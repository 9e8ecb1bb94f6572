using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;
using System.Xml;
using CsvHelper;
using CsvHelper.Configuration;
using MimeKit;

namespace Deescalation.Cli.Inputs;

/// <summary>Reads a .csv export (header row; the text column is --text-column, default "text").</summary>
internal static class CsvReplyReader
{
    public static List<InputReply> Read(InputFile file, LoadedText loaded, ReadSettings settings)
    {
        string? badData = null;
        var configuration = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            BadDataFound = args => badData ??= args.RawRecord,
            DetectDelimiter = true,
        };
        var replies = new List<InputReply>();
        using var parser = new CsvParser(new StringReader(loaded.Text), configuration);
        if (!parser.Read())
        {
            return replies;
        }

        var header = parser.Record ?? Array.Empty<string>();
        int textIndex = -1, idIndex = -1, customerIndex = -1, channelIndex = -1;
        for (var i = 0; i < header.Length; i++)
        {
            var name = header[i].Trim();
            if (string.Equals(name, settings.TextColumn, StringComparison.OrdinalIgnoreCase))
            {
                textIndex = i;
            }
            else if (string.Equals(name, "id", StringComparison.OrdinalIgnoreCase))
            {
                idIndex = i;
            }
            else if (string.Equals(name, "customerMessage", StringComparison.OrdinalIgnoreCase))
            {
                customerIndex = i;
            }
            else if (string.Equals(name, "channel", StringComparison.OrdinalIgnoreCase))
            {
                channelIndex = i;
            }
        }

        if (textIndex < 0)
        {
            throw new InputException($"no '{settings.TextColumn}' column in the header ({string.Join(", ", header)}); name the column with --text-column", 1);
        }

        var nextLine = parser.RawRow + 1;
        while (true)
        {
            var startLine = nextLine;
            bool more;
            try
            {
                more = parser.Read();
            }
            catch (CsvHelperException e)
            {
                throw new InputException("invalid CSV: " + FirstLine(e.Message), startLine);
            }

            if (!more)
            {
                break;
            }

            nextLine = parser.RawRow + 1;
            if (badData is not null)
            {
                throw new InputException("invalid CSV: a quote inside an unquoted field, or an unterminated quoted field", startLine);
            }

            if (CountQuotes(parser.RawRecord) % 2 != 0)
            {
                throw new InputException("invalid CSV: a quoted field is never closed", startLine);
            }

            var record = parser.Record!;
            if (record.Length == 1 && record[0].Length == 0)
            {
                continue;
            }

            if (textIndex >= record.Length)
            {
                throw new InputException($"the row has {record.Length} fields; the '{settings.TextColumn}' column is field {textIndex + 1}", startLine);
            }

            var id = idIndex >= 0 && idIndex < record.Length && record[idIndex].Length > 0 ? record[idIndex] : startLine.ToString(CultureInfo.InvariantCulture);
            replies.Add(new InputReply(file, id, record[textIndex], null, 0, 0, ValueEncoding.Unmapped, startLine, 1)
            {
                Context = JsonReplyReader.MakeContext(
                    customerIndex >= 0 && customerIndex < record.Length ? record[customerIndex] : null,
                    channelIndex >= 0 && channelIndex < record.Length ? record[channelIndex] : null),
                NextLineCoversReply = true,
            });
        }

        return replies;
    }

    private static int CountQuotes(string raw)
    {
        var count = 0;
        foreach (var c in raw)
        {
            if (c == '"')
            {
                count++;
            }
        }

        return count;
    }

    private static string FirstLine(string message)
    {
        var end = message.IndexOfAny(new[] { '\r', '\n' });
        return end > 0 ? message.Substring(0, end) : message;
    }
}

/// <summary>Reads an .eml draft: the text body without quoted text or signature; the quoted text becomes the customer's message.</summary>
internal static class EmailReplyReader
{
    public static InputReply Read(InputFile file, byte[] bytes, LoadedText loaded)
    {
        MimeMessage message;
        try
        {
            message = MimeMessage.Load(new MemoryStream(bytes, writable: false));
        }
        catch (FormatException e)
        {
            throw new InputException("invalid e-mail message: " + e.Message, 1);
        }

        if (message.Headers.Count == 0)
        {
            throw new InputException("not an e-mail message: no headers", 1);
        }

        var body = message.TextBody;
        if (body is null && message.HtmlBody is not null)
        {
            body = HtmlText.Extract(message.HtmlBody).Text;
        }

        if (body is null)
        {
            throw new InputException("the message has no text body", 1);
        }

        // The library's own splitter: the draft is the agent's text, the newest quoted message the customer's.
        var parts = ReplyParts.Split(body);
        var draft = parts.OwnText;
        var quoted = parts.CustomerMessage ?? string.Empty;
        var bodyLine = BodyLine(loaded.Text);
        var id = string.IsNullOrEmpty(message.Subject) ? "1" : message.Subject;
        return new InputReply(file, id, draft, null, 0, 0, ValueEncoding.Unmapped, bodyLine, 1)
        {
            Context = new ReplyContext { CustomerMessage = quoted.Length > 0 ? quoted : null, Channel = ReplyChannel.Email },
        };
    }

    private static int BodyLine(string raw)
    {
        var line = 1;
        var lineStart = 0;
        for (var i = 0; i < raw.Length; i++)
        {
            if (raw[i] == '\n')
            {
                var content = raw.AsSpan(lineStart, i - lineStart).TrimEnd('\r');
                if (content.Length == 0)
                {
                    return line + 1;
                }

                line++;
                lineStart = i + 1;
            }
        }

        return 1;
    }
}

/// <summary>Reads every string value of a .resx file (data elements without a type); the id is the resource name.</summary>
internal static class ResxReplyReader
{
    public static List<InputReply> Read(InputFile file, LoadedText loaded)
    {
        var replies = new List<InputReply>();
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, IgnoreComments = true };
        using var reader = XmlReader.Create(new StringReader(loaded.Text), settings);
        var info = (IXmlLineInfo)reader;
        try
        {
            while (reader.Read())
            {
                if (reader.NodeType != XmlNodeType.Element || reader.Name != "data" || reader.Depth != 1)
                {
                    continue;
                }

                var name = reader.GetAttribute("name");
                var isString = reader.GetAttribute("type") is null && reader.GetAttribute("mimetype") is null;
                if (name is null || !isString || reader.IsEmptyElement)
                {
                    continue;
                }

                using var data = reader.ReadSubtree();
                while (data.Read())
                {
                    if (data.NodeType == XmlNodeType.Element && data.Name == "value")
                    {
                        var line = info.LineNumber;
                        var column = info.LinePosition;
                        var value = data.ReadElementContentAsString();
                        replies.Add(new InputReply(file, name, value, null, 0, 0, ValueEncoding.Unmapped, line, column) { NextLineCoversReply = true });
                        break;
                    }
                }
            }
        }
        catch (XmlException e)
        {
            throw new InputException("invalid XML: " + e.Message, e.LineNumber);
        }

        return replies;
    }
}
