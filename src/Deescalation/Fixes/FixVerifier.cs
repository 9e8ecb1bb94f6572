using System;
using System.Collections.Generic;
using Deescalation.Analysis;

namespace Deescalation.Fixes;

/// <summary>
/// Holds every fix to what its applicability promises, after the rules have built them. A fix of any kind whose
/// result fails the well-formedness checks (<see cref="FixChecker"/>) is dropped: a person should not be shown an
/// ungrammatical sentence either. A safe fix is also analysed again, on the sentences around its edits: if its
/// result is flagged again in the same category, or its new words are flagged at all, it becomes a
/// <see cref="FixApplicability.Suggestion"/>, and so does an acknowledgement added to a reply that also dismisses or argues
/// with the customer. Only replies with fixes pay for this, and each check reads a bounded window, so the cost stays
/// linear in the reply.
/// </summary>
internal sealed class FixVerifier
{
    /// <summary>How far around an edit the fixed text is analysed again, at most, on each side.</summary>
    private const int Reach = 300;

    /// <summary>The fixed window, the sorted edits and their regions of the check running on this thread, reused.</summary>
    [ThreadStatic]
    private static Scratch? t_scratch;

    private readonly AnalysisEngine _engine;
    private readonly FixChecker _checker;

    public FixVerifier(AnalysisEngine engine, FixChecker checker)
    {
        _engine = engine;
        _checker = checker;
    }

    public static bool NeedsCheck(IReadOnlyList<Diagnostic> diagnostics)
    {
        foreach (var diagnostic in diagnostics)
        {
            if (diagnostic.Fixes.Count > 0)
            {
                return true;
            }
        }

        return false;
    }

    public IReadOnlyList<Diagnostic> Check(string text, ReplyContext? context, IReadOnlyList<Diagnostic> diagnostics)
    {
        var clash = DismissesOrArgues(diagnostics);
        var checkedDiagnostics = new Diagnostic[diagnostics.Count];
        for (var i = 0; i < diagnostics.Count; i++)
        {
            var diagnostic = diagnostics[i];
            if (diagnostic.Fixes.Count == 0)
            {
                checkedDiagnostics[i] = diagnostic;
                continue;
            }

            List<Fix>? kept = null;
            var changed = false;
            foreach (var fix in diagnostic.Fixes)
            {
                var verdict = Verdict(text, context, diagnostic, fix);
                if (clash && verdict is { Applicability: FixApplicability.Safe } && diagnostic.Category == DiagnosticCategories.MissingAcknowledgement)
                {
                    // "I'm so sorry to hear that. Relax, it's only £2.": an apology put before a sentence that dismisses or
                    // argues clashes with it until that sentence is fixed too (fix read of the twelfth round); the agent decides.
                    verdict = new Fix(verdict.Title, verdict.Edits, FixApplicability.Suggestion);
                }

                if (verdict is null)
                {
                    changed = true;
                    continue;
                }

                changed |= !ReferenceEquals(verdict, fix);
                (kept ??= new List<Fix>(diagnostic.Fixes.Count)).Add(verdict);
            }

            checkedDiagnostics[i] = changed
                ? new Diagnostic(diagnostic.Descriptor, diagnostic.Severity, diagnostic.Span, diagnostic.Message, kept is null ? Diagnostic.NoFixes : kept.ToArray())
                : diagnostic;
        }

        return checkedDiagnostics;
    }

    /// <summary>Whether the reply also dismisses the customer's feelings or argues with them.</summary>
    private static bool DismissesOrArgues(IReadOnlyList<Diagnostic> diagnostics)
    {
        foreach (var diagnostic in diagnostics)
        {
            if (diagnostic.Category is DiagnosticCategories.Dismissive or DiagnosticCategories.Argumentative)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The fix as it may be offered: itself, demoted to a suggestion, or null when it must not be offered.</summary>
    private Fix? Verdict(string text, ReplyContext? context, Diagnostic diagnostic, Fix fix)
    {
        if (fix.Edits.Count == 0 || _checker.Problem(text, fix.Edits) is not null || InGarbledSentence(text, fix.Edits[0].Span.Start))
        {
            return null;
        }

        if (fix.Applicability != FixApplicability.Safe || !FlaggedAgain(text, context, diagnostic, fix))
        {
            return fix;
        }

        return new Fix(fix.Title, fix.Edits, FixApplicability.Suggestion);
    }

    /// <summary>Whether the sentence at <paramref name="position"/> is already garbled (<see cref="FixChecker.Garbled"/>).</summary>
    private static bool InGarbledSentence(string text, int position)
    {
        var start = SentenceStart(text, position);
        return FixChecker.Garbled(text.AsSpan(start, SentenceEnd(text, position) - start));
    }

    private bool FlaggedAgain(string text, ReplyContext? context, Diagnostic diagnostic, Fix fix)
    {
        var scratch = t_scratch ??= new Scratch();
        var edits = scratch.Edits;
        edits.Clear();
        edits.AddRange(fix.Edits);
        if (edits.Count > 1)
        {
            edits.Sort(static (a, b) => a.Span.Start.CompareTo(b.Span.Start));
        }

        // Edits whose sentences overlap are read together; each cluster of them is analysed on its own sentences,
        // so a fix with edits spread over the reply reads a bounded window per cluster, not the whole reply.
        var clusterFirst = 0;
        var clusterStart = edits[0].Span.Start;
        var clusterEnd = edits[0].Span.End;
        for (var i = 1; i < edits.Count; i++)
        {
            var edit = edits[i];
            if (SentenceStart(text, edit.Span.Start) < SentenceEnd(text, clusterEnd))
            {
                clusterEnd = Math.Max(clusterEnd, edit.Span.End);
                continue;
            }

            if (FlaggedAgain(text, context, diagnostic, scratch, clusterFirst, i, clusterStart, clusterEnd))
            {
                return true;
            }

            clusterFirst = i;
            clusterStart = edit.Span.Start;
            clusterEnd = edit.Span.End;
        }

        return FlaggedAgain(text, context, diagnostic, scratch, clusterFirst, edits.Count, clusterStart, clusterEnd);
    }

    /// <summary>Whether the sentences around <c>edits[from..to]</c> (from <paramref name="first"/> to <paramref name="last"/>), fixed, are flagged again.</summary>
    private bool FlaggedAgain(string text, ReplyContext? context, Diagnostic diagnostic, Scratch scratch, int from, int to, int first, int last)
    {
        var start = SentenceStart(text, first);
        var end = SentenceEnd(text, last);

        // The fixed window, and where each edit's new text lands in it.
        var edits = scratch.Edits;
        var window = scratch.Window.Clear();
        var regions = scratch.Regions;
        regions.Clear();
        var position = start;
        for (var i = from; i < to; i++)
        {
            var edit = edits[i];
            window.Append(text, position, edit.Span.Start - position);
            regions.Add(new TextSpan(window.Length, edit.NewText.Length));
            window.Append(edit.NewText);
            position = edit.Span.End;
        }

        window.Append(text, position, end - position);
        var fixedWindow = window.ToString();
        if (window.Capacity > Scratch.MaxKeptCapacity)
        {
            // A window over a long reply is not kept for the next check.
            scratch.Window = new System.Text.StringBuilder(Scratch.MaxKeptCapacity);
        }

        var again = _engine.AnalyzeOnce(fixedWindow, context);
        foreach (var found in again.Diagnostics)
        {
            foreach (var region in regions)
            {
                var sameCategory = found.Category == diagnostic.Category;
                if (found.Span.IsEmpty)
                {
                    // A finding about the whole reply: flagged again only when it is the same rule's.
                    if (found.Id == diagnostic.Id)
                    {
                        return true;
                    }

                    continue;
                }

                if (sameCategory ? Touches(found.Span, region) : region.Length > 0 && found.Span.OverlapsWith(region))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool Touches(TextSpan span, TextSpan region) =>
        span.OverlapsWith(region) || (region.IsEmpty ? span.Start <= region.Start && region.Start <= span.End : span.Start == region.End || span.End == region.Start);

    /// <summary>The start of the sentence around <paramref name="position"/>, at most <see cref="Reach"/> back, never inside a word.</summary>
    private static int SentenceStart(string text, int position)
    {
        var limit = Math.Max(0, position - Reach);
        for (var i = position - 1; i >= limit; i--)
        {
            if (text[i] == '\n' || (text[i] is '.' or '!' or '?' && i + 1 < text.Length && char.IsWhiteSpace(text[i + 1]) && i + 1 < position))
            {
                return i + 1;
            }
        }

        var start = limit;
        while (start > 0 && start < position && !char.IsWhiteSpace(text[start - 1]))
        {
            start++;
        }

        return start;
    }

    /// <summary>The end of the sentence around <paramref name="position"/>, at most <see cref="Reach"/> on, never inside a word.</summary>
    private static int SentenceEnd(string text, int position)
    {
        var limit = Math.Min(text.Length, position + Reach);
        for (var i = position; i < limit; i++)
        {
            if (text[i] == '\n' || (text[i] is '.' or '!' or '?' && (i + 1 == text.Length || char.IsWhiteSpace(text[i + 1]))))
            {
                return text[i] == '\n' ? i : i + 1;
            }
        }

        var end = limit;
        while (end < text.Length && end > position && !char.IsWhiteSpace(text[end]))
        {
            end--;
        }

        return end;
    }

    private sealed class Scratch
    {
        public const int MaxKeptCapacity = 4096;

        public System.Text.StringBuilder Window { get; set; } = new(MaxKeptCapacity);

        public List<TextEdit> Edits { get; } = new();

        public List<TextSpan> Regions { get; } = new();
    }
}
