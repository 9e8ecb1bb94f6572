using System;
using System.Collections.Generic;
using System.IO;
using System.Text;

namespace Deescalation.Cli.Inputs;

/// <summary>Chooses the reader by format and turns every problem into an <see cref="InputError"/>, so one bad file never stops the run.</summary>
internal static class InputReaders
{
    public static IEnumerable<ReadItem> Read(InputFile file, ReadSettings settings, Func<byte[]> stdin)
    {
        if (file.Format == InputFormat.JsonLines)
        {
            return ReadJsonLines(file, settings, stdin);
        }

        List<InputReply> replies;
        try
        {
            var (bytes, loaded) = Load(file, stdin);
            replies = ReadWhole(file, bytes, loaded, settings);
            if (replies.Count == 0)
            {
                // A file with nothing to check is reported, never scored as calm: a wrong export or a truncated file should fail CI.
                throw new InputException(NoRepliesMessage(file.Format));
            }
        }
        catch (InputException e)
        {
            return new[] { new ReadItem(new InputError(file.DisplayPath, e.Line, e.Message)) };
        }

        var items = new ReadItem[replies.Count];
        for (var i = 0; i < items.Length; i++)
        {
            items[i] = new ReadItem(replies[i]);
        }

        return items;
    }

    /// <summary>Reads a whole file's replies (also used by `fix`, which needs the decoded text to write back).</summary>
    public static List<InputReply> ReadWhole(InputFile file, byte[] bytes, LoadedText loaded, ReadSettings settings)
    {
        switch (file.Format)
        {
            case InputFormat.Text:
                if (IsBlank(loaded.Text))
                {
                    return new List<InputReply>();
                }

                return new List<InputReply> { new(file, "1", loaded.Text, new SourceText(loaded.Text), 0, loaded.Text.Length, ValueEncoding.Identity, 1, 1) };
            case InputFormat.Markdown:
                var markdown = MarkdownReplyReader.Read(file, loaded);
                return IsBlank(markdown.Text) ? new List<InputReply>() : new List<InputReply> { markdown };
            case InputFormat.Json:
                return JsonReplyReader.ReadDocument(file, loaded, settings);
            case InputFormat.JsonLines:
                var result = new List<InputReply>();
                foreach (var item in JsonLinesReader.Read(file, new MemoryStream(bytes, writable: false), settings))
                {
                    if (item.Error is not null)
                    {
                        throw new InputException(item.Error.Message, item.Error.Line);
                    }

                    result.Add(item.Reply!);
                }

                return result;
            case InputFormat.Yaml:
                return YamlReplyReader.Read(file, loaded, settings);
            case InputFormat.Csv:
                return CsvReplyReader.Read(file, loaded, settings);
            case InputFormat.Email:
                return new List<InputReply> { EmailReplyReader.Read(file, bytes, loaded) };
            case InputFormat.Resx:
                return ResxReplyReader.Read(file, loaded);
            default:
                throw new InputException("unsupported format");
        }
    }

    /// <summary>Why a file yielded no replies, in the words of its format.</summary>
    public static string NoRepliesMessage(InputFormat format) => format switch
    {
        InputFormat.Text or InputFormat.Markdown or InputFormat.Email => "empty file; there is no reply to check",
        InputFormat.Csv => "no replies: the file has no rows below its header",
        _ => "no replies in the file; see docs/cli.md for the shapes deesc reads",
    };

    private static bool IsBlank(string text)
    {
        foreach (var c in text)
        {
            if (!char.IsWhiteSpace(c))
            {
                return false;
            }
        }

        return true;
    }

    public static (byte[] Bytes, LoadedText Text) Load(InputFile file, Func<byte[]> stdin)
    {
        if (file.IsStdin)
        {
            // Standard input is decoded exactly like a file: byte order marks, strict UTF-8, NUL bytes refused.
            var bytes = stdin();
            return (bytes, LoadedText.Decode(bytes));
        }

        byte[] raw;
        try
        {
            raw = File.ReadAllBytes(file.FullPath);
        }
        catch (FileNotFoundException)
        {
            throw new InputException("file not found");
        }
        catch (DirectoryNotFoundException)
        {
            throw new InputException("file not found");
        }
        catch (UnauthorizedAccessException)
        {
            throw new InputException("permission denied");
        }
        catch (IOException e)
        {
            throw new InputException(e.Message);
        }

        return (raw, LoadedText.Decode(raw));
    }

    private static IEnumerable<ReadItem> ReadJsonLines(InputFile file, ReadSettings settings, Func<byte[]> stdin)
    {
        Stream stream;
        InputError? openError = null;
        try
        {
            stream = file.IsStdin
                ? new MemoryStream(stdin(), writable: false)
                : new FileStream(file.FullPath, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            stream = Stream.Null;
            openError = new InputError(file.DisplayPath, 0, e is UnauthorizedAccessException ? "permission denied" : e is FileNotFoundException or DirectoryNotFoundException ? "file not found" : e.Message);
        }

        if (openError is not null)
        {
            yield return new ReadItem(openError);
            yield break;
        }

        var any = false;
        using (stream)
        {
            IEnumerator<ReadItem> items = JsonLinesReader.Read(file, stream, settings).GetEnumerator();
            while (true)
            {
                ReadItem item;
                var stop = false;
                try
                {
                    if (!items.MoveNext())
                    {
                        break;
                    }

                    item = items.Current;
                }
                catch (IOException e)
                {
                    item = new ReadItem(new InputError(file.DisplayPath, 0, e.Message));
                    stop = true;
                }

                any = true;
                yield return item;
                if (stop)
                {
                    break;
                }
            }
        }

        if (!any)
        {
            yield return new ReadItem(new InputError(file.DisplayPath, 0, NoRepliesMessage(InputFormat.JsonLines)));
        }
    }
}
