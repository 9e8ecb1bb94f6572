using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;

namespace Deescalation.Cli.Fixing;

/// <summary>Writes a unified diff (as `diff -u` / `git diff`) between two versions of a file that differ by a few edits.</summary>
internal static class UnifiedDiff
{
    private const int Context = 3;

    public static void Write(TextWriter output, string path, string before, string after)
    {
        var oldLines = SplitLines(before);
        var newLines = SplitLines(after);

        // Common prefix and suffix by line, then hunks over the changed middle, split where 2*Context equal lines separate changes.
        var changes = Changes(oldLines, newLines);
        if (changes.Count == 0)
        {
            return;
        }

        output.WriteLine("--- a/" + path);
        output.WriteLine("+++ b/" + path);
        var i = 0;
        while (i < changes.Count)
        {
            var j = i;
            while (j + 1 < changes.Count && changes[j + 1].OldStart - (changes[j].OldStart + changes[j].OldCount) <= 2 * Context)
            {
                j++;
            }

            var first = changes[i];
            var last = changes[j];
            var oldFrom = Math.Max(0, first.OldStart - Context);
            var oldTo = Math.Min(oldLines.Count, last.OldStart + last.OldCount + Context);
            var newFrom = first.NewStart - (first.OldStart - oldFrom);
            var newTo = last.NewStart + last.NewCount + (oldTo - (last.OldStart + last.OldCount));
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"@@ -{oldFrom + 1},{oldTo - oldFrom} +{newFrom + 1},{newTo - newFrom} @@"));
            var position = oldFrom;
            for (var k = i; k <= j; k++)
            {
                var change = changes[k];
                for (; position < change.OldStart; position++)
                {
                    output.WriteLine(" " + oldLines[position]);
                }

                for (var m = 0; m < change.OldCount; m++)
                {
                    output.WriteLine("-" + oldLines[change.OldStart + m]);
                }

                for (var m = 0; m < change.NewCount; m++)
                {
                    output.WriteLine("+" + newLines[change.NewStart + m]);
                }

                position = change.OldStart + change.OldCount;
            }

            for (; position < oldTo; position++)
            {
                output.WriteLine(" " + oldLines[position]);
            }

            i = j + 1;
        }
    }

    private static List<Change> Changes(List<string> oldLines, List<string> newLines)
    {
        // Edits replace text in place, so the files align line by line except where an edit adds or removes line breaks;
        // a greedy walk with resynchronisation on the next equal line is exact for such inputs.
        var changes = new List<Change>();
        int o = 0, n = 0;
        while (o < oldLines.Count || n < newLines.Count)
        {
            if (o < oldLines.Count && n < newLines.Count && oldLines[o] == newLines[n])
            {
                o++;
                n++;
                continue;
            }

            var (oldEnd, newEnd) = Resync(oldLines, newLines, o, n);
            changes.Add(new Change(o, oldEnd - o, n, newEnd - n));
            o = oldEnd;
            n = newEnd;
        }

        return changes;
    }

    private static (int OldEnd, int NewEnd) Resync(List<string> oldLines, List<string> newLines, int o, int n)
    {
        const int Window = 64;
        for (var distance = 1; distance <= 2 * Window; distance++)
        {
            for (var a = 0; a <= distance; a++)
            {
                var b = distance - a;
                if (a > Window || b > Window)
                {
                    continue;
                }

                var oi = o + a;
                var ni = n + b;
                if (oi < oldLines.Count && ni < newLines.Count && oldLines[oi] == newLines[ni])
                {
                    return (oi, ni);
                }
            }
        }

        return (oldLines.Count, newLines.Count);
    }

    private static List<string> SplitLines(string text)
    {
        var lines = new List<string>(text.Split('\n'));
        if (lines.Count > 0 && lines[^1].Length == 0)
        {
            lines.RemoveAt(lines.Count - 1);
        }

        for (var i = 0; i < lines.Count; i++)
        {
            lines[i] = lines[i].TrimEnd('\r');
        }

        return lines;
    }

    private readonly record struct Change(int OldStart, int OldCount, int NewStart, int NewCount);
}
