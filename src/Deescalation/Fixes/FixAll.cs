using System;
using System.Collections.Generic;

namespace Deescalation.Fixes;

/// <summary>Chooses the edits of a fix-all: the first fix of each diagnostic that is safe enough, whole or not at all.</summary>
internal static class FixAll
{
    public static IReadOnlyList<TextEdit> SelectEdits(IReadOnlyList<Diagnostic> diagnostics, FixApplicability include)
    {
        // Taken edits never overlap, so kept sorted by start only the neighbours of a new edit can collide with it.
        var taken = new List<TextEdit>();
        foreach (var diagnostic in diagnostics)
        {
            if (diagnostic.Severity == DiagnosticSeverity.Hidden || First(diagnostic.Fixes, include) is not { } fix)
            {
                continue;
            }

            var fits = true;
            foreach (var edit in fix.Edits)
            {
                if (CollidesWithTaken(taken, edit.Span))
                {
                    fits = false;
                    break;
                }
            }

            if (!fits)
            {
                continue;
            }

            foreach (var edit in fix.Edits)
            {
                taken.Insert(InsertionPoint(taken, edit.Span.Start), edit);
            }
        }

        return taken;
    }

    /// <summary>The first fix no less safe than <paramref name="include"/>, if any.</summary>
    public static Fix? First(IReadOnlyList<Fix> fixes, FixApplicability include)
    {
        foreach (var fix in fixes)
        {
            if (fix.Applicability <= include)
            {
                return fix;
            }
        }

        return null;
    }

    private static bool CollidesWithTaken(List<TextEdit> taken, TextSpan span)
    {
        var at = InsertionPoint(taken, span.Start);
        for (var i = Math.Max(0, at - 1); i < taken.Count; i++)
        {
            var other = taken[i].Span;
            if (other.Start > span.End)
            {
                break;
            }

            if (Collides(span, other))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The index of the first taken edit that starts after <paramref name="start"/>.</summary>
    private static int InsertionPoint(List<TextEdit> taken, int start)
    {
        var low = 0;
        var high = taken.Count;
        while (low < high)
        {
            var middle = (low + high) >>> 1;
            if (taken[middle].Span.Start <= start)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low;
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
