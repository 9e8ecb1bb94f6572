using System;
using System.Collections.Generic;
using System.Text;
using Deescalation.Cli.Analysis;
using Deescalation.Cli.Inputs;

namespace Deescalation.Cli.Fixing;

/// <summary>A text edit translated from reply-text offsets into the file, with its replacement re-encoded for the file's syntax.</summary>
internal readonly record struct MappedEdit(int LocalStart, int LocalEnd, int FileStart, int FileEnd, string NewText);

/// <summary>Maps fixes from reply text into the file they came from.</summary>
internal static class FileEdits
{
    /// <summary>Maps every edit of a fix, or returns null when any of them cannot be mapped or re-encoded safely.</summary>
    public static List<MappedEdit>? MapFix(InputReply reply, Fix fix, string lineEnding)
    {
        if (reply.Source is null || reply.Encoding == ValueEncoding.Unmapped)
        {
            return null;
        }

        var result = new List<MappedEdit>(fix.Edits.Count);
        foreach (var edit in fix.Edits)
        {
            var start = reply.MapToSource(edit.Span.Start);
            var end = reply.MapToSource(edit.Span.End);
            var newText = reply.EncodeReplacement(edit.NewText, lineEnding);
            if (start < 0 || end < start || newText is null)
            {
                return null;
            }

            result.Add(new MappedEdit(start, end, reply.Source.FileOffset + start, reply.Source.FileOffset + end, newText));
        }

        return result;
    }

    /// <summary>
    /// Chooses the first fix of each finding that is no less safe than <paramref name="include"/>, skipping fixes that collide with one already taken (as the library's fix-all does),
    /// and maps them into the file. Findings whose fix cannot be written back are counted in <paramref name="unwritable"/>.
    /// </summary>
    public static List<MappedEdit> Select(ReplyResult result, string lineEnding, FixApplicability include, out int applied, out int unwritable)
    {
        var taken = new List<MappedEdit>();
        var takenSpans = new List<TextSpan>();
        applied = 0;
        unwritable = 0;
        foreach (var finding in result.Findings)
        {
            var d = finding.Diagnostic;
            Fix? fix = null;
            foreach (var candidate in d.Fixes)
            {
                if (candidate.Applicability <= include)
                {
                    fix = candidate;
                    break;
                }
            }

            if (fix is null)
            {
                continue;
            }

            var collides = false;
            foreach (var edit in fix.Edits)
            {
                foreach (var other in takenSpans)
                {
                    if (Collide(edit.Span, other))
                    {
                        collides = true;
                    }
                }
            }

            if (collides)
            {
                continue;
            }

            var mapped = MapFix(result.Reply, fix, lineEnding);
            if (mapped is null)
            {
                unwritable++;
                continue;
            }

            foreach (var edit in fix.Edits)
            {
                takenSpans.Add(edit.Span);
            }

            taken.AddRange(mapped);
            applied++;
        }

        return taken;
    }

    /// <summary>Applies non-overlapping file edits to the file text.</summary>
    public static string Apply(string text, List<MappedEdit> edits)
    {
        edits.Sort(static (a, b) => a.FileStart != b.FileStart ? a.FileStart.CompareTo(b.FileStart) : a.FileEnd.CompareTo(b.FileEnd));
        var builder = new StringBuilder(text.Length + 64);
        var position = 0;
        foreach (var edit in edits)
        {
            if (edit.FileStart < position || edit.FileEnd > text.Length)
            {
                continue;
            }

            builder.Append(text, position, edit.FileStart - position);
            builder.Append(edit.NewText);
            position = edit.FileEnd;
        }

        builder.Append(text, position, text.Length - position);
        return builder.ToString();
    }

    private static bool Collide(TextSpan a, TextSpan b) =>
        a.OverlapsWith(b) || (a.IsEmpty && a.Start >= b.Start && a.Start <= b.End) || (b.IsEmpty && b.Start >= a.Start && b.Start <= a.End);
}
