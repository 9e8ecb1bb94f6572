namespace Deescalation.Analyzers.Text;

using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis.Text;

/// <summary>
/// Reply text put together from source: the decoded value of one or more string literals (holes of interpolations
/// and non-literal operands become placeholders), with a map from every UTF-16 offset of the value back to the source.
/// </summary>
internal sealed class MappedReply
{
    /// <summary>What an interpolation hole or a non-literal operand reads as: a template placeholder, never flagged.</summary>
    public const string Placeholder = "{{value}}";

    public MappedReply(string text, ImmutableArray<MappedPart> parts)
    {
        Text = text;
        Parts = parts;
    }

    /// <summary>The reply as the library reads it.</summary>
    public string Text { get; }

    public ImmutableArray<MappedPart> Parts { get; }

    /// <summary>Maps a span of <see cref="Text"/> to source; false when it lies wholly inside placeholders.</summary>
    public bool TryMapSpan(int start, int length, out TextSpan source)
    {
        source = default;
        if (Parts.IsEmpty)
        {
            return false;
        }

        if (length == 0)
        {
            var part = PartAt(start);
            if (part.IsHole)
            {
                return false;
            }

            var position = part.SourcePositionOf(start - part.ValueStart);
            source = new TextSpan(position, 0);
            return true;
        }

        var first = PartAt(start);
        var last = PartAt(start + length - 1);
        if (first.IsHole && ReferenceEquals(first, last))
        {
            return false;
        }

        var sourceStart = first.SourcePositionOf(start - first.ValueStart);
        var sourceEnd = last.SourceEndOf(start + length - 1 - last.ValueStart);
        source = TextSpan.FromBounds(sourceStart, sourceEnd < sourceStart ? sourceStart : sourceEnd);
        return true;
    }

    /// <summary>
    /// Translates an edit of <see cref="Text"/> into an edit of the source, written in the literal's own kind (escapes,
    /// doubled quotes or braces); false when it touches a placeholder, crosses literals or cannot be written there.
    /// </summary>
    public bool TryMapEdit(int start, int length, string newText, out TextChange change)
    {
        change = default;
        var part = length == 0 ? PartForInsertion(start) : PartAt(start);
        if (part is null || part.IsHole || part.Encoding is null || part.SourceStarts is null)
        {
            return false;
        }

        var relativeStart = start - part.ValueStart;
        var relativeEnd = relativeStart + length;
        if (relativeStart < 0 || relativeEnd > part.Value.Length)
        {
            return false;
        }

        var encoded = part.Encoding.Encode(newText);
        if (encoded is null)
        {
            return false;
        }

        var sourceStart = part.SourceStarts[relativeStart];
        var sourceEnd = part.SourceStarts[relativeEnd];
        change = new TextChange(TextSpan.FromBounds(sourceStart, sourceEnd), encoded);
        return true;
    }

    private MappedPart PartAt(int offset)
    {
        foreach (var part in Parts)
        {
            if (offset < part.ValueStart + part.Value.Length)
            {
                return part;
            }
        }

        return Parts[Parts.Length - 1];
    }

    private MappedPart? PartForInsertion(int offset)
    {
        MappedPart? candidate = null;
        foreach (var part in Parts)
        {
            if (offset >= part.ValueStart && offset <= part.ValueStart + part.Value.Length && !part.IsHole)
            {
                candidate = part;
                if (offset < part.ValueStart + part.Value.Length)
                {
                    break;
                }
            }
        }

        return candidate;
    }

    /// <summary>Builds a reply from parts in order, giving each its offset in the whole text.</summary>
    public static MappedReply? Join(List<MappedPart> parts)
    {
        var hasLiteral = false;
        var length = 0;
        foreach (var part in parts)
        {
            hasLiteral |= !part.IsHole;
            part.ValueStart = length;
            length += part.Value.Length;
        }

        if (!hasLiteral)
        {
            return null;
        }

        var text = parts.Count == 1 ? parts[0].Value : string.Concat(ValuesOf(parts));
        return new MappedReply(text, parts.ToImmutableArray());
    }

    private static IEnumerable<string> ValuesOf(List<MappedPart> parts)
    {
        foreach (var part in parts)
        {
            yield return part.Value;
        }
    }
}

/// <summary>One literal (or one placeholder) of a <see cref="MappedReply"/>.</summary>
internal sealed class MappedPart
{
    private MappedPart(string value, int[]? sourceStarts, TextSpan sourceSpan, bool isHole, LiteralEncoding? encoding)
    {
        Value = value;
        SourceStarts = sourceStarts;
        SourceSpan = sourceSpan;
        IsHole = isHole;
        Encoding = encoding;
    }

    /// <summary>The decoded text.</summary>
    public string Value { get; }

    /// <summary>Offset of <see cref="Value"/> in the whole reply.</summary>
    public int ValueStart { get; set; }

    /// <summary>
    /// Where each character starts in the source (<c>Value.Length + 1</c> entries, the last one the end of the
    /// content): character <c>i</c> is written as source <c>[SourceStarts[i], SourceStarts[i + 1])</c>.
    /// <see langword="null"/> for placeholders and for literals mapped only as a whole.
    /// </summary>
    public int[]? SourceStarts { get; }

    /// <summary>The whole part in source.</summary>
    public TextSpan SourceSpan { get; }

    public bool IsHole { get; }

    /// <summary>How new text is written into this literal; <see langword="null"/> when it cannot be edited.</summary>
    public LiteralEncoding? Encoding { get; }

    public static MappedPart Literal(string value, int[] sourceStarts, LiteralEncoding? encoding) =>
        new(value, sourceStarts, TextSpan.FromBounds(sourceStarts[0], sourceStarts[sourceStarts.Length - 1]), isHole: false, encoding);

    /// <summary>A literal whose characters cannot be placed one by one: findings cover it whole and get no fix.</summary>
    public static MappedPart Whole(string value, TextSpan sourceSpan) => new(value, null, sourceSpan, isHole: false, null);

    public static MappedPart Hole(TextSpan sourceSpan) => new(MappedReply.Placeholder, null, sourceSpan, isHole: true, null);

    public int SourcePositionOf(int index) =>
        SourceStarts is null ? SourceSpan.Start : SourceStarts[index < 0 ? 0 : index > Value.Length ? Value.Length : index];

    public int SourceEndOf(int index) =>
        SourceStarts is null ? SourceSpan.End : SourceStarts[index + 1 > Value.Length ? Value.Length : index + 1];
}
