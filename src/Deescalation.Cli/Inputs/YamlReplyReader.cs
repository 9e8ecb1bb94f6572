using System;
using System.Collections.Generic;
using System.Globalization;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Deescalation.Cli.Inputs;

/// <summary>
/// Reads .yaml/.yml with the same shapes as JSON: a sequence of replies, or a mapping whose values are replies or strings.
/// `#` comments carry suppression directives.
/// </summary>
internal static class YamlReplyReader
{
    public static List<InputReply> Read(InputFile file, LoadedText loaded, ReadSettings settings)
    {
        var source = new SourceText(loaded.Text);
        var events = new List<ParsingEvent>();
        try
        {
            var parser = new Parser(new System.IO.StringReader(loaded.Text));
            while (parser.MoveNext())
            {
                if (parser.Current is not null)
                {
                    events.Add(parser.Current);
                }
            }
        }
        catch (YamlException e)
        {
            throw new InputException("invalid YAML: " + Clean(e.Message), (int)e.Start.Line);
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet's scanner fails this way on some unterminated flow collections; the last good event locates it.
            var line = events.Count > 0 ? (int)events[^1].Start.Line : 1;
            throw new InputException("invalid YAML: unterminated flow collection or scalar", line);
        }

        // Comments come from a second pass over the tokens: the document is known to be valid by now.
        var scanner = new Scanner(new System.IO.StringReader(loaded.Text), skipComments: false);
        while (scanner.MoveNext())
        {
            if (scanner.Current is YamlDotNet.Core.Tokens.Comment comment)
            {
                file.Suppressions.AddComment(comment.Value, (int)comment.Start.Line, (int)comment.End.Line);
            }
        }

        var replies = new List<InputReply>();
        var position = 0;
        while (position < events.Count)
        {
            if (events[position] is DocumentStart)
            {
                position++;
                ReadRoot(file, source, events, ref position, settings, replies);
            }
            else
            {
                position++;
            }
        }

        return replies;
    }

    private static void ReadRoot(InputFile file, SourceText source, List<ParsingEvent> events, ref int position, ReadSettings settings, List<InputReply> replies)
    {
        var current = events[position];
        if (current is SequenceStart)
        {
            position++;
            var index = 0;
            while (events[position] is not SequenceEnd)
            {
                index++;
                ReadValue(file, source, events, ref position, settings, index.ToString(CultureInfo.InvariantCulture), replies);
            }

            position++;
        }
        else if (current is MappingStart)
        {
            position++;
            while (events[position] is not MappingEnd)
            {
                if (events[position] is not Scalar keyScalar)
                {
                    Skip(events, ref position);
                    Skip(events, ref position);
                    continue;
                }

                position++;
                ReadValue(file, source, events, ref position, settings, keyScalar.Value, replies);
            }

            position++;
        }
        else if (current is Scalar scalar && scalar.Value.Length == 0)
        {
            position++;
        }
        else
        {
            throw new InputException("expected a sequence or a mapping of replies", (int)current.Start.Line);
        }
    }

    private static void ReadValue(InputFile file, SourceText source, List<ParsingEvent> events, ref int position, ReadSettings settings, string fallbackId, List<InputReply> replies)
    {
        var current = events[position];
        if (current is Scalar scalar)
        {
            position++;
            replies.Add(MakeReply(file, source, scalar, fallbackId, null, null));
        }
        else if (current is MappingStart mapping)
        {
            position++;
            Scalar? text = null;
            string? id = null, customerMessage = null, channel = null;
            while (events[position] is not MappingEnd)
            {
                var key = (events[position] as Scalar)?.Value;
                if (key is null)
                {
                    Skip(events, ref position);
                    Skip(events, ref position);
                    continue;
                }

                position++;
                if (events[position] is Scalar value)
                {
                    position++;
                    if (key == settings.TextField)
                    {
                        text = value;
                    }
                    else if (key == "id")
                    {
                        id = value.Value;
                    }
                    else if (key == "customerMessage")
                    {
                        customerMessage = value.Value;
                    }
                    else if (key == "channel")
                    {
                        channel = value.Value;
                    }
                }
                else
                {
                    Skip(events, ref position);
                }
            }

            position++;
            if (text is null)
            {
                throw new InputException($"reply {id ?? fallbackId} has no string field '{settings.TextField}'", (int)mapping.Start.Line);
            }

            replies.Add(MakeReply(file, source, text, id ?? fallbackId, customerMessage, channel));
        }
        else
        {
            Skip(events, ref position);
        }
    }

    private static InputReply MakeReply(InputFile file, SourceText source, Scalar scalar, string id, string? customerMessage, string? channel)
    {
        var start = (int)scalar.Start.Index;
        var end = (int)scalar.End.Index;
        var raw = source.Text;
        var encoding = ValueEncoding.Unmapped;
        var rawStart = start;
        var indent = 0;
        var multiLine = raw.IndexOf('\n', start, Math.Max(0, end - start)) >= 0;
        switch (scalar.Style)
        {
            case ScalarStyle.Plain when !multiLine && end - start == scalar.Value.Length:
                encoding = ValueEncoding.YamlPlain;
                break;
            case ScalarStyle.SingleQuoted when !multiLine:
                encoding = ValueEncoding.YamlSingleQuoted;
                break;
            case ScalarStyle.DoubleQuoted when !multiLine:
                encoding = ValueEncoding.YamlDoubleQuoted;
                break;
            case ScalarStyle.Literal:
                // Content starts on the line after the "|" indicator; its indentation is that of the first non-blank line.
                var lineBreak = raw.IndexOf('\n', start);
                if (lineBreak >= 0 && lineBreak < end)
                {
                    rawStart = lineBreak + 1;
                    indent = ContentIndent(raw, rawStart, end);
                    encoding = ValueEncoding.YamlLiteral;
                }

                break;
        }

        var (line, column) = source.GetPosition(encoding == ValueEncoding.YamlLiteral ? rawStart + indent : start);
        return new InputReply(file, id, scalar.Value, source, rawStart, end - rawStart, encoding, line, column)
        {
            Context = JsonReplyReader.MakeContext(customerMessage, channel),
            Indent = indent,
            NextLineCoversReply = true,
        };
    }

    private static int ContentIndent(string raw, int start, int end)
    {
        var p = start;
        while (p < end)
        {
            var spaces = 0;
            while (p < end && raw[p] == ' ')
            {
                p++;
                spaces++;
            }

            if (p < end && raw[p] != '\n' && raw[p] != '\r')
            {
                return spaces;
            }

            var next = raw.IndexOf('\n', p);
            if (next < 0)
            {
                break;
            }

            p = next + 1;
        }

        return 0;
    }

    private static void Skip(List<ParsingEvent> events, ref int position)
    {
        var depth = 0;
        do
        {
            depth += events[position].NestingIncrease;
            position++;
        }
        while (depth > 0 && position < events.Count);
    }

    private static string Clean(string message)
    {
        var cut = message.IndexOf("): ", StringComparison.Ordinal);
        return cut > 0 ? message.Substring(cut + 3) : message;
    }
}
