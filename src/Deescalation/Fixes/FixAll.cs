using System.Collections.Generic;

namespace Deescalation;

/// <summary>Chooses the edits of a fix-all: the first fix of each diagnostic, whole or not at all.</summary>
internal static class FixAll
{
    public static IReadOnlyList<TextEdit> SelectEdits(IReadOnlyList<Diagnostic> diagnostics)
    {
        var taken = new List<TextEdit>();
        foreach (var diagnostic in diagnostics)
        {
            if (diagnostic.Fixes.Count == 0 || diagnostic.Severity == DiagnosticSeverity.Hidden)
            {
                continue;
            }

            var fix = diagnostic.Fixes[0];
            var fits = true;
            foreach (var edit in fix.Edits)
            {
                foreach (var other in taken)
                {
                    if (Collides(edit.Span, other.Span))
                    {
                        fits = false;
                        break;
                    }
                }

                if (!fits)
                {
                    break;
                }
            }

            if (fits)
            {
                taken.AddRange(fix.Edits);
            }
        }

        taken.Sort(static (a, b) => a.Span.Start != b.Span.Start ? a.Span.Start.CompareTo(b.Span.Start) : a.Span.Length.CompareTo(b.Span.Length));
        return taken;
    }

    private static bool Collides(TextSpan a, TextSpan b)
    {
        if (a.OverlapsWith(b))
        {
            return true;
        }

        // Insertions collide with anything at or around their point.
        if (a.IsEmpty && a.Start >= b.Start && a.Start <= b.End)
        {
            return true;
        }

        return b.IsEmpty && b.Start >= a.Start && b.Start <= a.End;
    }
}
