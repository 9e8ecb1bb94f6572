using System.Text;

namespace Deescalation.Cli.Inputs;

/// <summary>One reply read from an input, with what is needed to map offsets in its text back to the file.</summary>
internal sealed class InputReply
{
    public InputReply(InputFile file, string id, string text, SourceText? source, int rawStart, int rawLength, ValueEncoding encoding, int line, int column)
    {
        File = file;
        Id = id;
        Text = text;
        Source = source;
        RawStart = rawStart;
        RawLength = rawLength;
        Encoding = encoding;
        Line = line;
        Column = column;
    }

    public InputFile File { get; }

    public string Id { get; }

    /// <summary>The text handed to the analyzer (for Markdown, the file text with code and front matter blanked out).</summary>
    public string Text { get; }

    /// <summary>The text the reply came from, when offsets can be mapped into it.</summary>
    public SourceText? Source { get; }

    /// <summary>Where the raw value starts in <see cref="Source"/> (for JSON, at the opening quote).</summary>
    public int RawStart { get; }

    public int RawLength { get; }

    public ValueEncoding Encoding { get; }

    /// <summary>1-based file line of the reply (its value, line or row).</summary>
    public int Line { get; }

    public int Column { get; }

    public Deescalation.ReplyContext? Context { get; init; }

    /// <summary>
    /// For text read out of markup (HTML in a help-desk export): the offset in the decoded value of each offset of
    /// <see cref="Text"/> (one more entry than characters), applied before <see cref="Encoding"/>.
    /// </summary>
    public int[]? ValueOffsets { get; init; }

    /// <summary>A name shown beside the id, such as a help-desk macro's title.</summary>
    public string? Title { get; init; }

    /// <summary>Block indentation of a YAML literal scalar.</summary>
    public int Indent { get; init; }

    /// <summary>Whether a `deesc-disable-next-line` on the line above the reply's start covers the whole reply (structured formats).</summary>
    public bool NextLineCoversReply { get; init; }

    /// <summary>Maps an offset into <see cref="Text"/> to an offset into <see cref="Source"/>, or -1 when it cannot be mapped.</summary>
    public int MapToSource(int offset)
    {
        if (Source is null)
        {
            return -1;
        }

        if (ValueOffsets is not null)
        {
            if (offset < 0 || offset >= ValueOffsets.Length)
            {
                return -1;
            }

            offset = ValueOffsets[offset];
        }

        var raw = Source.Text;
        switch (Encoding)
        {
            case ValueEncoding.Identity:
            case ValueEncoding.YamlPlain:
                return RawStart + offset;
            case ValueEncoding.JsonString:
                return WalkBackslashEscapes(raw, RawStart + 1, RawStart + RawLength - 1, offset, json: true);
            case ValueEncoding.YamlDoubleQuoted:
                return WalkBackslashEscapes(raw, RawStart + 1, RawStart + RawLength - 1, offset, json: false);
            case ValueEncoding.YamlSingleQuoted:
                return WalkSingleQuoted(raw, RawStart + 1, RawStart + RawLength - 1, offset);
            case ValueEncoding.YamlLiteral:
                return WalkLiteral(raw, RawStart, RawStart + RawLength, Indent, offset);
            default:
                return -1;
        }
    }

    /// <summary>The file position (1-based line and column) of an offset in the reply text.</summary>
    public (int Line, int Column) GetPosition(int offset)
    {
        var mapped = MapToSource(offset);
        if (mapped < 0 || Source is null)
        {
            return (Line, Column);
        }

        return Source.GetPosition(mapped);
    }

    /// <summary>Encodes replacement text for this reply's encoding, or returns null when that cannot be done safely.</summary>
    public string? EncodeReplacement(string text, string lineEnding)
    {
        if (ValueOffsets is not null)
        {
            // Text read out of markup is not rewritten: an edit could break the markup around it.
            return null;
        }

        switch (Encoding)
        {
            case ValueEncoding.Identity:
                return lineEnding == "\n" ? text : text.Replace("\r\n", "\n").Replace("\n", lineEnding);
            case ValueEncoding.JsonString:
                return JsonEscape(text);
            case ValueEncoding.YamlDoubleQuoted:
                return JsonEscape(text);
            case ValueEncoding.YamlSingleQuoted:
                return text.IndexOf('\n') >= 0 ? null : text.Replace("'", "''");
            case ValueEncoding.YamlLiteral:
                return text.IndexOf('\n') >= 0 ? null : text;
            case ValueEncoding.YamlPlain:
                foreach (var c in text)
                {
                    if (c is ':' or '#' or '\n' or '\r' or '"' or '\'' or '{' or '}' or '[' or ']' or ',' or '&' or '*' or '!' or '|' or '>' or '%' or '@' or '`')
                    {
                        return null;
                    }
                }

                return text;
            default:
                return null;
        }
    }

    private static int WalkBackslashEscapes(string raw, int start, int end, int target, bool json)
    {
        var p = start;
        var d = 0;
        while (d < target)
        {
            if (p >= end)
            {
                return -1;
            }

            if (raw[p] == '\\' && p + 1 < end)
            {
                var kind = raw[p + 1];
                p += kind switch
                {
                    'u' => 6,
                    'x' when !json => 4,
                    'U' when !json => 10,
                    _ => 2,
                };
                d += kind == 'U' && !json ? 2 : 1;
            }
            else
            {
                if (!json && (raw[p] == '\n' || raw[p] == '\r'))
                {
                    return -1;
                }

                p++;
                d++;
            }
        }

        return p > end ? -1 : p;
    }

    private static int WalkSingleQuoted(string raw, int start, int end, int target)
    {
        var p = start;
        for (var d = 0; d < target; d++)
        {
            if (p >= end || raw[p] == '\n')
            {
                return -1;
            }

            p += raw[p] == '\'' && p + 1 < end && raw[p + 1] == '\'' ? 2 : 1;
        }

        return p;
    }

    private static int WalkLiteral(string raw, int start, int end, int indent, int target)
    {
        // Content lines of a literal block: each loses `indent` leading spaces; "\r\n" reads as "\n".
        var p = start;
        var d = 0;
        var atLineStart = true;
        while (true)
        {
            if (atLineStart)
            {
                var skipped = 0;
                while (skipped < indent && p < end && raw[p] == ' ')
                {
                    p++;
                    skipped++;
                }

                atLineStart = false;
            }

            if (d == target)
            {
                return p;
            }

            if (p >= end)
            {
                return -1;
            }

            if (raw[p] == '\r' && p + 1 < end && raw[p + 1] == '\n')
            {
                p++;
            }

            if (raw[p] == '\n')
            {
                atLineStart = true;
            }

            p++;
            d++;
        }
    }

    internal static string JsonEscape(string text)
    {
        StringBuilder? builder = null;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            string? escaped = c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                '\b' => "\\b",
                '\f' => "\\f",
                < ' ' => "\\u" + ((int)c).ToString("x4", System.Globalization.CultureInfo.InvariantCulture),
                _ => null,
            };
            if (escaped is null)
            {
                builder?.Append(c);
                continue;
            }

            builder ??= new StringBuilder(text, 0, i, text.Length + 8);
            builder.Append(escaped);
        }

        return builder?.ToString() ?? text;
    }
}
