using System;

namespace Deescalation;

/// <summary>A range of UTF-16 code units in the caller's original reply text.</summary>
public readonly struct TextSpan : IEquatable<TextSpan>
{
    /// <summary>Creates a span.</summary>
    /// <param name="start">The offset of the first code unit.</param>
    /// <param name="length">The number of code units; 0 for a position.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="start"/> or <paramref name="length"/> is negative.</exception>
    public TextSpan(int start, int length)
    {
        if (start < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(start), start, "The start must not be negative.");
        }

        if (length < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(length), length, "The length must not be negative.");
        }

        Start = start;
        Length = length;
    }

    /// <summary>The offset of the first code unit.</summary>
    public int Start { get; }

    /// <summary>The number of code units.</summary>
    public int Length { get; }

    /// <summary>The offset just past the last code unit.</summary>
    public int End => Start + Length;

    /// <summary>Whether the span has no length.</summary>
    public bool IsEmpty => Length == 0;

    /// <summary>Creates the span from <paramref name="start"/> to <paramref name="end"/>.</summary>
    /// <param name="start">The first offset.</param>
    /// <param name="end">The offset just past the end.</param>
    /// <returns>The span.</returns>
    public static TextSpan FromBounds(int start, int end) => new(start, end - start);

    /// <summary>Whether the two spans share at least one code unit.</summary>
    /// <param name="other">The other span.</param>
    /// <returns><see langword="true"/> when they overlap.</returns>
    public bool OverlapsWith(TextSpan other) => Math.Max(Start, other.Start) < Math.Min(End, other.End);

    /// <summary>Whether <paramref name="other"/> lies wholly inside this span.</summary>
    /// <param name="other">The other span.</param>
    /// <returns><see langword="true"/> when it is contained.</returns>
    public bool Contains(TextSpan other) => other.Start >= Start && other.End <= End;

    /// <inheritdoc/>
    public bool Equals(TextSpan other) => Start == other.Start && Length == other.Length;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is TextSpan other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => unchecked((Start * 397) ^ Length);

    /// <summary>Compares two spans for equality.</summary>
    /// <param name="left">The first span.</param>
    /// <param name="right">The second span.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(TextSpan left, TextSpan right) => left.Equals(right);

    /// <summary>Compares two spans for inequality.</summary>
    /// <param name="left">The first span.</param>
    /// <param name="right">The second span.</param>
    /// <returns><see langword="true"/> when different.</returns>
    public static bool operator !=(TextSpan left, TextSpan right) => !left.Equals(right);

    /// <inheritdoc/>
    public override string ToString() => $"[{Start}..{End})";
}
