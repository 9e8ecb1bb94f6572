namespace Deescalation.Analyzers;

using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using Deescalation.Analyzers.Text;
using Microsoft.CodeAnalysis.Text;

/// <summary>
/// Which of a finding's fixes the light bulb offers, and how it travels from the analyzer to the code fix: as source
/// edits in the diagnostic's properties, already written in the literal's own kind.
/// </summary>
internal static class SafeFixes
{
    private const string TitleKey = "Deescalation.FixTitle";
    private const string CountKey = "Deescalation.EditCount";

    /// <summary>
    /// The fix the light bulb offers, and Fix All applies without asking: the first safe one. A template ("by [time]")
    /// or a suggestion would put words in the source that a person must still write, so neither is offered.
    /// </summary>
    public static Fix? Choose(Deescalation.Diagnostic finding)
    {
        foreach (var fix in finding.Fixes)
        {
            if (fix.Applicability == FixApplicability.Safe)
            {
                return fix;
            }
        }

        return null;
    }

    /// <summary>The fix as diagnostic properties; empty when the finding has none or it cannot be written in source.</summary>
    public static ImmutableDictionary<string, string?> ToProperties(Deescalation.Diagnostic finding, MappedReply reply)
    {
        var fix = Choose(finding);
        if (fix is null || fix.Edits.Count == 0)
        {
            return ImmutableDictionary<string, string?>.Empty;
        }

        var builder = ImmutableDictionary.CreateBuilder<string, string?>();
        builder[TitleKey] = fix.Title;
        builder[CountKey] = fix.Edits.Count.ToString(CultureInfo.InvariantCulture);
        for (var i = 0; i < fix.Edits.Count; i++)
        {
            var edit = fix.Edits[i];
            if (!reply.TryMapEdit(edit.Span.Start, edit.Span.Length, edit.NewText, out var change))
            {
                return ImmutableDictionary<string, string?>.Empty;
            }

            builder[Key(i, "Start")] = change.Span.Start.ToString(CultureInfo.InvariantCulture);
            builder[Key(i, "Length")] = change.Span.Length.ToString(CultureInfo.InvariantCulture);
            builder[Key(i, "Text")] = change.NewText;
        }

        return builder.ToImmutable();
    }

    /// <summary>Reads back what <see cref="ToProperties"/> stored; false when the diagnostic carries no fix.</summary>
    public static bool TryRead(ImmutableDictionary<string, string?> properties, out string title, out List<TextChange> changes)
    {
        title = string.Empty;
        changes = new List<TextChange>();
        if (!properties.TryGetValue(TitleKey, out var storedTitle) || storedTitle is null ||
            !properties.TryGetValue(CountKey, out var countText) ||
            !int.TryParse(countText, NumberStyles.None, CultureInfo.InvariantCulture, out var count))
        {
            return false;
        }

        title = storedTitle;
        for (var i = 0; i < count; i++)
        {
            if (!properties.TryGetValue(Key(i, "Start"), out var startText) ||
                !properties.TryGetValue(Key(i, "Length"), out var lengthText) ||
                !properties.TryGetValue(Key(i, "Text"), out var newText) ||
                !int.TryParse(startText, NumberStyles.None, CultureInfo.InvariantCulture, out var start) ||
                !int.TryParse(lengthText, NumberStyles.None, CultureInfo.InvariantCulture, out var length))
            {
                return false;
            }

            changes.Add(new TextChange(new TextSpan(start, length), newText ?? string.Empty));
        }

        return true;
    }

    private static string Key(int index, string name) => "Deescalation.Edit" + index.ToString(CultureInfo.InvariantCulture) + "." + name;
}
