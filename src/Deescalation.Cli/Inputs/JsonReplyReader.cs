using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;
using System.Text.Json;

namespace Deescalation.Cli.Inputs;

/// <summary>Reads .json (an array of replies, or an object whose values are replies or strings) and .jsonl (one reply object a line).</summary>
internal static class JsonReplyReader
{
    private static readonly JsonReaderOptions ReaderOptions = new() { CommentHandling = JsonCommentHandling.Disallow, MaxDepth = 256 };

    public static List<InputReply> ReadDocument(InputFile file, LoadedText loaded, ReadSettings settings)
    {
        var source = new SourceText(loaded.Text, 1);
        var bytes = Encoding.UTF8.GetBytes(loaded.Text);
        var replies = new List<InputReply>();
        if (ReadExport(file, bytes, source, settings, replies))
        {
            return replies;
        }

        var textField = Encoding.UTF8.GetBytes(settings.TextField);
        var converter = new Utf8OffsetConverter(bytes);
        var reader = new Utf8JsonReader(bytes, ReaderOptions);
        try
        {
            if (!reader.Read())
            {
                throw new InputException("empty JSON document; expected an array or an object of replies", 1);
            }

            if (reader.TokenType == JsonTokenType.StartArray)
            {
                var index = 0;
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    index++;
                    ReadValue(file, ref reader, source, converter, textField, settings.TextField, index.ToString(CultureInfo.InvariantCulture), replies);
                }
            }
            else if (reader.TokenType == JsonTokenType.StartObject)
            {
                while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
                {
                    var key = reader.GetString()!;
                    reader.Read();
                    ReadValue(file, ref reader, source, converter, textField, settings.TextField, key, replies);
                }
            }
            else
            {
                throw new InputException("expected an array or an object of replies, found " + Describe(reader.TokenType), 1);
            }

            while (reader.Read())
            {
                // Reads to the end so that trailing garbage is reported.
            }
        }
        catch (JsonException e)
        {
            throw new InputException("invalid JSON: " + CleanMessage(e.Message), (int)(e.LineNumber ?? 0) + 1);
        }

        return replies;
    }

    /// <summary>Reads the document as a help-desk export when its shape is one (see <see cref="JsonExportReader"/>).</summary>
    private static bool ReadExport(InputFile file, byte[] bytes, SourceText source, ReadSettings settings, List<InputReply> replies)
    {
        LocatedJson root;
        try
        {
            root = LocatedJson.Parse(bytes);
        }
        catch (JsonException)
        {
            // Not valid JSON: the reader below reports where.
            return false;
        }

        foreach (var reader in JsonExportReader.All)
        {
            if (reader.Matches(root, settings))
            {
                reader.Read(file, root, source, replies);
                return true;
            }
        }

        return false;
    }

    private static void ReadValue(InputFile file, ref Utf8JsonReader reader, SourceText source, Utf8OffsetConverter converter, byte[] textField, string textFieldName, string fallbackId, List<InputReply> replies)
    {
        if (reader.TokenType == JsonTokenType.String)
        {
            replies.Add(MakeReply(file, source, converter, fallbackId, reader.GetString()!, reader.TokenStartIndex, reader.ValueSpan.Length + 2, null, null));
        }
        else if (reader.TokenType == JsonTokenType.StartObject)
        {
            var objectStart = reader.TokenStartIndex;
            var fields = ReadObject(ref reader, textField);
            if (fields.Text is null)
            {
                var (line, _) = source.GetPosition(converter.ToChar(objectStart));
                throw new InputException($"reply {fields.Id ?? fallbackId} has no string field '{textFieldName}'", line);
            }

            replies.Add(MakeReply(file, source, converter, fields.Id ?? fallbackId, fields.Text, fields.TextStart, fields.TextRawLength, fields.CustomerMessage, fields.Channel));
        }
        else
        {
            reader.Skip();
        }
    }

    /// <summary>Reads one JSONL line (UTF-8 bytes without the line break); returns null for a blank line.</summary>
    public static InputReply? ReadLine(InputFile file, byte[] lineBytes, int lineLength, string lineText, int lineNumber, int absoluteOffset, byte[] textField, string textFieldName)
    {
        var span = new ReadOnlySpan<byte>(lineBytes, 0, lineLength);
        if (span.Trim(" \t\r"u8).IsEmpty)
        {
            return null;
        }

        var reader = new Utf8JsonReader(span, ReaderOptions);
        try
        {
            reader.Read();
            if (reader.TokenType != JsonTokenType.StartObject)
            {
                throw new InputException("expected a JSON object on each line, found " + Describe(reader.TokenType), lineNumber);
            }

            var fields = ReadObject(ref reader, textField);
            if (reader.Read())
            {
                throw new InputException("more than one JSON value on the line", lineNumber);
            }

            var id = fields.Id ?? lineNumber.ToString(CultureInfo.InvariantCulture);
            if (fields.Text is null)
            {
                throw new InputException($"reply {id} has no string field '{textFieldName}'", lineNumber);
            }

            var charStart = Encoding.UTF8.GetCharCount(span.Slice(0, (int)fields.TextStart));
            var charLength = Encoding.UTF8.GetCharCount(span.Slice((int)fields.TextStart, fields.TextRawLength));
            var source = new SourceText(lineText, lineNumber, absoluteOffset);
            return new InputReply(file, id, fields.Text, source, charStart, charLength, ValueEncoding.JsonString, lineNumber, charStart + 1)
            {
                Context = MakeContext(fields.CustomerMessage, fields.Channel),
                NextLineCoversReply = true,
            };
        }
        catch (JsonException e)
        {
            throw new InputException("invalid JSON: " + CleanMessage(e.Message), lineNumber);
        }
    }

    private static InputReply MakeReply(InputFile file, SourceText source, Utf8OffsetConverter converter, string id, string text, long tokenStart, int rawByteLength, string? customerMessage, string? channel)
    {
        var charStart = converter.ToChar(tokenStart);
        var charEnd = converter.ToChar(tokenStart + rawByteLength);
        var (line, column) = source.GetPosition(charStart);
        return new InputReply(file, id, text, source, charStart, charEnd - charStart, ValueEncoding.JsonString, line, column)
        {
            Context = MakeContext(customerMessage, channel),
            NextLineCoversReply = true,
        };
    }

    internal static ReplyContext? MakeContext(string? customerMessage, string? channel)
    {
        if (customerMessage is null && channel is null)
        {
            return null;
        }

        return new ReplyContext { CustomerMessage = customerMessage, Channel = ParseChannel(channel) };
    }

    internal static ReplyChannel ParseChannel(string? channel) => channel?.Trim().ToLowerInvariant() switch
    {
        "email" or "e-mail" or "mail" => ReplyChannel.Email,
        "chat" or "livechat" or "live-chat" or "messaging" or "sms" or "social" or "twitter" => ReplyChannel.Chat,
        _ => ReplyChannel.Unspecified,
    };

    private static ReplyFields ReadObject(ref Utf8JsonReader reader, byte[] textField)
    {
        var fields = default(ReplyFields);
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            var isText = reader.ValueTextEquals(textField);
            var isId = !isText && reader.ValueTextEquals("id"u8);
            var isCustomer = !isText && !isId && reader.ValueTextEquals("customerMessage"u8);
            var isChannel = !isText && !isId && !isCustomer && reader.ValueTextEquals("channel"u8);
            reader.Read();
            if (reader.TokenType == JsonTokenType.String)
            {
                if (isText)
                {
                    fields.Text = reader.GetString();
                    fields.TextStart = reader.TokenStartIndex;
                    fields.TextRawLength = reader.ValueSpan.Length + 2;
                }
                else if (isId)
                {
                    fields.Id = reader.GetString();
                }
                else if (isCustomer)
                {
                    fields.CustomerMessage = reader.GetString();
                }
                else if (isChannel)
                {
                    fields.Channel = reader.GetString();
                }
            }
            else if (reader.TokenType == JsonTokenType.Number && isId)
            {
                fields.Id = Encoding.UTF8.GetString(reader.ValueSpan);
            }
            else
            {
                reader.Skip();
            }
        }

        return fields;
    }

    private static string Describe(JsonTokenType type) => type switch
    {
        JsonTokenType.String => "a string",
        JsonTokenType.Number => "a number",
        JsonTokenType.True or JsonTokenType.False => "a boolean",
        JsonTokenType.Null => "null",
        JsonTokenType.StartArray => "an array",
        _ => type.ToString(),
    };

    internal static string CleanMessage(string message)
    {
        var cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        if (cut > 0)
        {
            message = message.Substring(0, cut);
        }

        return message.TrimEnd(' ', '.', '|');
    }

    private struct ReplyFields
    {
        public string? Text;
        public long TextStart;
        public int TextRawLength;
        public string? Id;
        public string? CustomerMessage;
        public string? Channel;
    }
}
