namespace Deescalation.Analyzers.Text;

using System.Globalization;
using System.Text;

/// <summary>How text is written inside one kind of C# string literal, so that a fix keeps the literal's kind.</summary>
internal sealed class LiteralEncoding
{
    public static readonly LiteralEncoding Regular = new(LiteralKind.Regular, interpolated: false, rawQuotes: 0);
    public static readonly LiteralEncoding Verbatim = new(LiteralKind.Verbatim, interpolated: false, rawQuotes: 0);
    public static readonly LiteralEncoding InterpolatedRegular = new(LiteralKind.Regular, interpolated: true, rawQuotes: 0);
    public static readonly LiteralEncoding InterpolatedVerbatim = new(LiteralKind.Verbatim, interpolated: true, rawQuotes: 0);

    private readonly LiteralKind _kind;
    private readonly bool _interpolated;
    private readonly int _rawQuotes;

    private LiteralEncoding(LiteralKind kind, bool interpolated, int rawQuotes)
    {
        _kind = kind;
        _interpolated = interpolated;
        _rawQuotes = rawQuotes;
    }

    public static LiteralEncoding Raw(int quotes, bool interpolated) => new(LiteralKind.Raw, interpolated, quotes);

    /// <summary>The source text for <paramref name="value"/>; <see langword="null"/> when this literal cannot hold it.</summary>
    public string? Encode(string value)
    {
        switch (_kind)
        {
            case LiteralKind.Raw:
                // A raw literal has no escapes: refuse what would end it, break its lines or open a hole.
                if (value.IndexOf('\n') >= 0 || value.IndexOf('\r') >= 0 || value.Contains(new string('"', _rawQuotes)) ||
                    (_interpolated && (value.IndexOf('{') >= 0 || value.IndexOf('}') >= 0)))
                {
                    return null;
                }

                return value;

            case LiteralKind.Verbatim:
            {
                var text = value.Replace("\"", "\"\"");
                return _interpolated ? text.Replace("{", "{{").Replace("}", "}}") : text;
            }

            default:
                return EncodeRegular(value);
        }
    }

    private string EncodeRegular(string value)
    {
        var builder = new StringBuilder(value.Length + 8);
        foreach (var c in value)
        {
            switch (c)
            {
                case '\\': builder.Append("\\\\"); break;
                case '"': builder.Append("\\\""); break;
                case '\n': builder.Append("\\n"); break;
                case '\r': builder.Append("\\r"); break;
                case '\t': builder.Append("\\t"); break;
                case '\0': builder.Append("\\0"); break;
                case '{' when _interpolated: builder.Append("{{"); break;
                case '}' when _interpolated: builder.Append("}}"); break;
                default:
                    if (char.IsControl(c) || c == '\u2028' || c == '\u2029' || c == '\u0085')
                    {
                        builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        return builder.ToString();
    }

    private enum LiteralKind
    {
        Regular,
        Verbatim,
        Raw,
    }
}
