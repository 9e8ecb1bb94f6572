using System;
using System.Collections.Generic;
using System.Text;

namespace Deescalation;

/// <summary>Replaces a span of the original reply text with new text.</summary>
public readonly struct TextEdit : IEquatable<TextEdit>
{
    private readonly IReadOnlyList<TextSpan>? _placeholders;

    /// <summary>Creates an edit.</summary>
    /// <param name="span">The span of the original text to replace; empty to insert.</param>
    /// <param name="newText">The replacement text; empty to delete.</param>
    public TextEdit(TextSpan span, string newText)
    {
        Span = span;
        NewText = newText ?? throw new ArgumentNullException(nameof(newText));
        _placeholders = null;
    }

    /// <summary>Creates an edit whose new text holds placeholders for the agent to fill.</summary>
    /// <param name="span">The span of the original text to replace; empty to insert.</param>
    /// <param name="newText">The replacement text, such as "by [time]".</param>
    /// <param name="placeholders">The placeholders' ranges in <paramref name="newText"/> (not in the reply), such as 3..9 for "[time]" in "by [time]".</param>
    /// <exception cref="ArgumentOutOfRangeException">A placeholder reaches past the end of <paramref name="newText"/>.</exception>
    public TextEdit(TextSpan span, string newText, IReadOnlyList<TextSpan> placeholders)
        : this(span, newText)
    {
        if (placeholders is null)
        {
            throw new ArgumentNullException(nameof(placeholders));
        }

        foreach (var placeholder in placeholders)
        {
            if (placeholder.End > NewText.Length)
            {
                throw new ArgumentOutOfRangeException(nameof(placeholders), placeholder, "A placeholder must lie inside the new text.");
            }
        }

        _placeholders = placeholders.Count == 0 ? null : placeholders;
    }

    /// <summary>The span of the original text that is replaced.</summary>
    public TextSpan Span { get; }

    /// <summary>The replacement text.</summary>
    public string NewText { get; }

    /// <summary>
    /// The ranges of <see cref="NewText"/> (offsets into the new text, not into the reply) that the agent must fill,
    /// such as "[time]" in "by [time]"; empty for most edits. After applying the edit at <c>Span.Start</c>, a
    /// placeholder sits at <c>Span.Start + placeholder.Start</c> plus whatever earlier edits added.
    /// </summary>
    public IReadOnlyList<TextSpan> Placeholders => _placeholders ?? Array.Empty<TextSpan>();

    /// <summary>
    /// Applies edits to <paramref name="text"/>. Edits are taken in order of their start; an edit that overlaps
    /// one already taken is skipped, never merged. Edits outside the text are skipped too.
    /// </summary>
    /// <param name="text">The original text the edits' spans point into.</param>
    /// <param name="edits">The edits.</param>
    /// <returns>The edited text.</returns>
    /// <example><code>var fixedText = TextEdit.Apply(reply, analysis.Diagnostics[0].Fixes[0].Edits);</code></example>
    public static string Apply(string text, IEnumerable<TextEdit> edits)
    {
        if (text is null)
        {
            throw new ArgumentNullException(nameof(text));
        }

        if (edits is null)
        {
            throw new ArgumentNullException(nameof(edits));
        }

        var sorted = new List<TextEdit>(edits);
        if (sorted.Count == 0)
        {
            return text;
        }

        // A stable sort by start keeps the caller's order among edits at the same position.
        var indexed = new List<(TextEdit Edit, int Order)>(sorted.Count);
        for (var i = 0; i < sorted.Count; i++)
        {
            indexed.Add((sorted[i], i));
        }

        indexed.Sort(static (a, b) => a.Edit.Span.Start != b.Edit.Span.Start ? a.Edit.Span.Start.CompareTo(b.Edit.Span.Start) : a.Order.CompareTo(b.Order));

        var builder = new StringBuilder(text.Length + 64);
        var position = 0;
        var lastInsertAt = -1;
        foreach (var (edit, _) in indexed)
        {
            var span = edit.Span;
            if (span.End > text.Length || span.Start < position)
            {
                continue;
            }

            if (span.Start == lastInsertAt)
            {
                // A second edit at the point of an insertion would run two texts together: keep the first.
                continue;
            }

            builder.Append(text, position, span.Start - position);
            builder.Append(edit.NewText);
            position = span.End;
            lastInsertAt = span.IsEmpty ? span.Start : -1;
        }

        builder.Append(text, position, text.Length - position);
        return builder.ToString();
    }

    /// <inheritdoc/>
    public bool Equals(TextEdit other) => Span == other.Span && string.Equals(NewText, other.NewText, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is TextEdit other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => Span.GetHashCode() ^ StringComparer.Ordinal.GetHashCode(NewText ?? string.Empty);

    /// <summary>Compares two edits for equality.</summary>
    /// <param name="left">The first edit.</param>
    /// <param name="right">The second edit.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(TextEdit left, TextEdit right) => left.Equals(right);

    /// <summary>Compares two edits for inequality.</summary>
    /// <param name="left">The first edit.</param>
    /// <param name="right">The second edit.</param>
    /// <returns><see langword="true"/> when different.</returns>
    public static bool operator !=(TextEdit left, TextEdit right) => !left.Equals(right);

    /// <inheritdoc/>
    public override string ToString() => $"{Span} -> \"{NewText}\"";
}
