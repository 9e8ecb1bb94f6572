namespace Deescalation.Analyzers.Files;

using System;
using System.Collections.Generic;
using System.Text;
using Deescalation.Analyzers.Text;

/// <summary>
/// The scalar values of a YAML reply library (<c>key: value</c> and <c>- value</c>, plain, quoted, or <c>|</c> and
/// <c>&gt;</c> blocks), mapped back to their characters. Keys, comments and flow collections are not read.
/// </summary>
internal static class YamlReader
{
    public static IEnumerable<MappedReply> Read(string yaml)
    {
        var lines = SplitLines(yaml);
        for (var n = 0; n < lines.Count; n++)
        {
            var (lineStart, lineEnd) = lines[n];
            var indent = lineStart;
            while (indent < lineEnd && yaml[indent] == ' ')
            {
                indent++;
            }

            var at = indent;
            while (at + 1 < lineEnd && yaml[at] == '-' && yaml[at + 1] == ' ')
            {
                at += 2;
                while (at < lineEnd && yaml[at] == ' ')
                {
                    at++;
                }
            }

            if (at >= lineEnd || yaml[at] == '#' || yaml[at] == '{' || yaml[at] == '[')
            {
                continue;
            }

            var colon = KeySeparator(yaml, at, lineEnd);
            if (colon >= 0 && ReplyLibraryFiles.IsMetadataKey(yaml.Substring(at, colon - at).Trim().Trim('"', '\'')))
            {
                continue;
            }

            if (colon >= 0)
            {
                at = colon + 1;
                while (at < lineEnd && yaml[at] == ' ')
                {
                    at++;
                }
            }

            if (at >= lineEnd || yaml[at] == '#' || yaml[at] == '&' || yaml[at] == '*' || yaml[at] == '{' || yaml[at] == '[')
            {
                continue;
            }

            MappedReply? reply;
            switch (yaml[at])
            {
                case '"':
                    reply = DoubleQuoted(yaml, at + 1, lineEnd);
                    break;
                case '\'':
                    reply = SingleQuoted(yaml, at + 1, lineEnd);
                    break;
                case '|':
                case '>':
                    reply = Block(yaml, lines, ref n, indent - lineStart, folded: yaml[at] == '>');
                    break;
                default:
                    reply = Plain(yaml, at, lineEnd);
                    break;
            }

            if (reply is not null)
            {
                yield return reply;
            }
        }
    }

    private static int KeySeparator(string yaml, int from, int to)
    {
        if (yaml[from] == '"' || yaml[from] == '\'')
        {
            var close = yaml.IndexOf(yaml[from], from + 1);
            from = close < 0 || close >= to ? to : close;
        }

        for (var i = from; i < to; i++)
        {
            if (yaml[i] == ':' && (i + 1 == to || yaml[i + 1] == ' '))
            {
                return i;
            }

            if (yaml[i] == ' ' && i + 1 < to && yaml[i + 1] == '#')
            {
                return -1;
            }
        }

        return -1;
    }

    private static MappedReply? Plain(string yaml, int from, int to)
    {
        var end = to;
        var comment = yaml.IndexOf(" #", from, to - from, StringComparison.Ordinal);
        if (comment >= 0)
        {
            end = comment;
        }

        while (end > from && char.IsWhiteSpace(yaml[end - 1]))
        {
            end--;
        }

        return end > from ? Identity(yaml, from, end) : null;
    }

    private static MappedReply? DoubleQuoted(string yaml, int from, int to)
    {
        var value = new StringBuilder();
        var starts = new List<int>();
        var i = from;
        while (i < to && yaml[i] != '"')
        {
            starts.Add(i);
            if (yaml[i] == '\\' && i + 1 < to)
            {
                value.Append(yaml[i + 1] switch { 'n' => '\n', 't' => '\t', 'r' => '\r', var other => other });
                i += 2;
            }
            else
            {
                value.Append(yaml[i]);
                i++;
            }
        }

        starts.Add(i);
        return value.Length > 0 ? ReplyLibraryFiles.Plain(value.ToString(), starts.ToArray()) : null;
    }

    private static MappedReply? SingleQuoted(string yaml, int from, int to)
    {
        var value = new StringBuilder();
        var starts = new List<int>();
        var i = from;
        while (i < to)
        {
            if (yaml[i] == '\'')
            {
                if (i + 1 < to && yaml[i + 1] == '\'')
                {
                    starts.Add(i);
                    value.Append('\'');
                    i += 2;
                    continue;
                }

                break;
            }

            starts.Add(i);
            value.Append(yaml[i]);
            i++;
        }

        starts.Add(i);
        return value.Length > 0 ? ReplyLibraryFiles.Plain(value.ToString(), starts.ToArray()) : null;
    }

    private static MappedReply? Block(string yaml, List<(int Start, int End)> lines, ref int n, int parentIndent, bool folded)
    {
        var value = new StringBuilder();
        var starts = new List<int>();
        var blockIndent = -1;
        var last = n;
        for (var k = n + 1; k < lines.Count; k++)
        {
            var (start, end) = lines[k];
            var indent = 0;
            while (start + indent < end && yaml[start + indent] == ' ')
            {
                indent++;
            }

            var blank = start + indent == end;
            if (!blank && indent <= parentIndent)
            {
                break;
            }

            if (blockIndent < 0 && !blank)
            {
                blockIndent = indent;
            }

            if (value.Length > 0)
            {
                // The line break between two block lines: a newline, or a space in a folded block.
                starts.Add(start - 1);
                value.Append(folded ? ' ' : '\n');
            }

            for (var i = start + Math.Min(blockIndent < 0 ? indent : blockIndent, end - start); i < end; i++)
            {
                starts.Add(i);
                value.Append(yaml[i]);
            }

            last = k;
        }

        if (last == n)
        {
            return null;
        }

        starts.Add(lines[last].End);
        n = last;
        return ReplyLibraryFiles.Plain(value.ToString(), starts.ToArray());
    }

    private static MappedReply Identity(string text, int from, int to)
    {
        var starts = new int[to - from + 1];
        for (var i = 0; i < starts.Length; i++)
        {
            starts[i] = from + i;
        }

        return ReplyLibraryFiles.Plain(text.Substring(from, to - from), starts);
    }

    private static List<(int Start, int End)> SplitLines(string text)
    {
        var lines = new List<(int Start, int End)>();
        var start = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i == text.Length || text[i] == '\n')
            {
                var end = i > start && text[i - 1] == '\r' ? i - 1 : i;
                lines.Add((start, end));
                start = i + 1;
            }
        }

        return lines;
    }
}
