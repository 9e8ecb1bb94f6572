using System;
using System.Collections.Generic;

namespace Deescalation;

/// <summary>
/// A suggested change for one diagnostic: a title for the button, the text edits it makes, and how far it can be
/// trusted without a person reading it.
/// </summary>
public sealed class Fix
{
    /// <summary>Creates a <see cref="FixApplicability.Safe"/> fix.</summary>
    /// <param name="title">What the fix does, such as "Apologise for the trouble instead".</param>
    /// <param name="edits">The edits; at least one, none overlapping.</param>
    public Fix(string title, IReadOnlyList<TextEdit> edits)
        : this(title, edits, FixApplicability.Safe)
    {
    }

    /// <summary>Creates a fix.</summary>
    /// <param name="title">What the fix does, such as "Apologise for the trouble instead".</param>
    /// <param name="edits">The edits; at least one, none overlapping.</param>
    /// <param name="applicability">Whether the fix is safe to apply, needs the agent's input, or is a suggestion.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="applicability"/> is not a defined value.</exception>
    public Fix(string title, IReadOnlyList<TextEdit> edits, FixApplicability applicability)
    {
        Title = title ?? throw new ArgumentNullException(nameof(title));
        Edits = edits ?? throw new ArgumentNullException(nameof(edits));
        if (applicability is < FixApplicability.Safe or > FixApplicability.Suggestion)
        {
            throw new ArgumentOutOfRangeException(nameof(applicability), applicability, "Not a defined applicability.");
        }

        Applicability = applicability;
    }

    /// <summary>
    /// Whether the fix is safe to apply without reading it, is a template whose placeholders the agent fills, or is a
    /// rewrite to show to a person.
    /// </summary>
    public FixApplicability Applicability { get; }

    /// <summary>What the fix does, for a button or a menu.</summary>
    public string Title { get; }

    /// <summary>The text edits, as spans of the original reply text.</summary>
    public IReadOnlyList<TextEdit> Edits { get; }

    /// <inheritdoc/>
    public override string ToString() => Title;
}
