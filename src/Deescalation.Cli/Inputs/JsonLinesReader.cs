using System;
using System.Buffers;
using System.Collections.Generic;
using System.IO;
using System.Text;

namespace Deescalation.Cli.Inputs;

/// <summary>Streams a .jsonl file line by line, so that memory stays bounded whatever the file's size.</summary>
internal static class JsonLinesReader
{
    public static IEnumerable<ReadItem> Read(InputFile file, Stream stream, ReadSettings settings)
    {
        var textField = Encoding.UTF8.GetBytes(settings.TextField);
        var buffer = ArrayPool<byte>.Shared.Rent(1 << 16);
        var line = ArrayPool<byte>.Shared.Rent(1 << 12);
        try
        {
            var lineLength = 0;
            var lineNumber = 1;
            var absoluteOffset = 0;
            var first = true;
            var checkedForBinary = false;
            int read;
            while (true)
            {
                read = stream.Read(buffer, 0, buffer.Length);
                var start = 0;
                if (first && read > 0)
                {
                    first = false;
                    if (read >= 2 && ((buffer[0] == 0xFF && buffer[1] == 0xFE) || (buffer[0] == 0xFE && buffer[1] == 0xFF)))
                    {
                        yield return new ReadItem(new InputError(file.DisplayPath, 1, "UTF-16 JSON Lines are not supported; save the file as UTF-8"));
                        yield break;
                    }

                    if (read >= 3 && buffer[0] == 0xEF && buffer[1] == 0xBB && buffer[2] == 0xBF)
                    {
                        start = 3;
                    }
                }

                if (!checkedForBinary && read > 0)
                {
                    checkedForBinary = true;
                    var nul = Array.IndexOf(buffer, (byte)0, 0, Math.Min(read, 8192));
                    if (nul >= 0)
                    {
                        yield return new ReadItem(new InputError(file.DisplayPath, 0, "binary file (contains NUL bytes); expected JSON Lines text"));
                        yield break;
                    }
                }

                if (read <= 0)
                {
                    if (lineLength > 0)
                    {
                        var last = Process(file, line, lineLength, lineNumber, absoluteOffset, textField, settings.TextField, out _);
                        if (last is not null)
                        {
                            yield return last.Value;
                        }
                    }

                    yield break;
                }

                for (var i = start; i < read; i++)
                {
                    var b = buffer[i];
                    if (b == (byte)'\n')
                    {
                        var item = Process(file, line, lineLength, lineNumber, absoluteOffset, textField, settings.TextField, out var chars);
                        absoluteOffset += chars + 1;
                        lineLength = 0;
                        lineNumber++;
                        if (item is not null)
                        {
                            yield return item.Value;
                        }

                        continue;
                    }

                    if (lineLength == line.Length)
                    {
                        var bigger = ArrayPool<byte>.Shared.Rent(line.Length * 2);
                        Buffer.BlockCopy(line, 0, bigger, 0, lineLength);
                        ArrayPool<byte>.Shared.Return(line);
                        line = bigger;
                    }

                    line[lineLength++] = b;
                }
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
            ArrayPool<byte>.Shared.Return(line);
        }
    }

    private static ReadItem? Process(InputFile file, byte[] line, int length, int lineNumber, int absoluteOffset, byte[] textField, string textFieldName, out int chars)
    {
        string text;
        try
        {
            text = LoadedText.DecodeUtf8(new ReadOnlySpan<byte>(line, 0, length), 0);
        }
        catch (InputException e)
        {
            chars = Encoding.UTF8.GetCharCount(line, 0, length);
            return new ReadItem(new InputError(file.DisplayPath, lineNumber, e.Message));
        }

        chars = text.Length;
        try
        {
            var reply = JsonReplyReader.ReadLine(file, line, length, text, lineNumber, absoluteOffset, textField, textFieldName);
            return reply is null ? null : new ReadItem(reply);
        }
        catch (InputException e)
        {
            return new ReadItem(new InputError(file.DisplayPath, e.Line > 0 ? e.Line : lineNumber, e.Message));
        }
    }
}
