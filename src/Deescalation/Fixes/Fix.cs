using System;
using System.Collections.Generic;

namespace Deescalation;

/// <summary>A suggested change for one diagnostic: a title for the button and the text edits it makes.</summary>
public sealed class Fix
{
    /// <summary>Creates a fix.</summary>
    /// <param name="title">What the fix does, such as "Apologise for the trouble instead".</param>
    /// <param name="edits">The edits; at least one, none overlapping.</param>
    public Fix(string title, IReadOnlyList<TextEdit> edits)
    {
        Title = title ?? throw new ArgumentNullException(nameof(title));
        Edits = edits ?? throw new ArgumentNullException(nameof(edits));
    }

    /// <summary>What the fix does, for a button or a menu.</summary>
    public string Title { get; }

    /// <summary>The text edits, as spans of the original reply text.</summary>
    public IReadOnlyList<TextEdit> Edits { get; }

    /// <inheritdoc/>
    public override string ToString() => Title;
}
