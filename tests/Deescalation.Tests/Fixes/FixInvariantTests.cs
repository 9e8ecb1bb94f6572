using System.Collections.Generic;
using System.Linq;
using Deescalation.Tests.Corpus;
using FluentAssertions;
using Xunit;

namespace Deescalation.Tests.Fixes;

/// <summary>What a one-click fix promises, checked over every reply of the regression corpus.</summary>
public class FixInvariantTests
{
    [Fact]
    public void Every_edit_stays_inside_its_diagnostic_span()
    {
        var outside = new List<string>();
        foreach (var reply in LabelledReply.Corpus)
        {
            foreach (var diagnostic in ReplyAnalyzer.Default.Analyze(reply.Text, reply.Context).Diagnostics)
            {
                foreach (var edit in diagnostic.Fixes.SelectMany(f => f.Edits))
                {
                    var inside = diagnostic.Span.IsEmpty ? edit.Span.Start == diagnostic.Span.Start && edit.Span.IsEmpty : diagnostic.Span.Contains(edit.Span);
                    if (!inside)
                    {
                        outside.Add($"{reply.Id} {diagnostic.Id}");
                    }
                }
            }
        }

        outside.Should().BeEmpty();
    }

    [Fact]
    public void Every_category_but_multiple_options_offers_a_fix()
    {
        var withoutFix = new List<string>();
        foreach (var reply in LabelledReply.Corpus)
        {
            foreach (var diagnostic in ReplyAnalyzer.Default.Analyze(reply.Text, reply.Context).Diagnostics)
            {
                if (diagnostic.Category != DiagnosticCategories.MultipleOptions && diagnostic.Fixes.Count == 0)
                {
                    withoutFix.Add($"{reply.Id} {diagnostic.Id}");
                }
            }
        }

        withoutFix.Should().BeEmpty();
    }

    [Fact]
    public void Fixed_text_no_longer_has_the_same_finding_over_the_edit()
    {
        var unresolved = new List<string>();
        foreach (var reply in LabelledReply.Corpus)
        {
            var analysis = ReplyAnalyzer.Default.Analyze(reply.Text, reply.Context);
            var edits = analysis.GetFixEdits();
            if (edits.Count == 0)
            {
                continue;
            }

            var fixedText = analysis.ApplyFixes();
            var again = ReplyAnalyzer.Default.Analyze(fixedText, reply.Context);
            foreach (var (span, category) in EditedRegions(analysis, edits))
            {
                if (again.Diagnostics.Any(d => d.Category == category && (d.Span.OverlapsWith(span) || d.Span.IsEmpty && d.Span.Start >= span.Start && d.Span.Start <= span.End)))
                {
                    unresolved.Add($"{reply.Id} {category}: {fixedText}");
                }
            }
        }

        unresolved.Should().BeEmpty();
    }

    [Fact]
    public void Fixing_twice_changes_nothing_the_second_time()
    {
        var changed = new List<string>();
        foreach (var reply in LabelledReply.Corpus)
        {
            var once = ReplyAnalyzer.Default.Analyze(reply.Text, reply.Context).ApplyFixes();
            var first = ReplyAnalyzer.Default.Analyze(once, reply.Context);
            if (first.GetFixEdits().Count == 0)
            {
                continue;
            }

            // Whatever is still reported after one pass was skipped for overlapping; it must not re-fix what was fixed.
            var twice = first.ApplyFixes();
            var third = ReplyAnalyzer.Default.Analyze(twice, reply.Context).ApplyFixes();
            if (third != twice)
            {
                changed.Add(reply.Id);
            }
        }

        changed.Should().BeEmpty();
    }

    [Fact]
    public void Overlapping_fixes_are_skipped_never_merged()
    {
        var analysis = ReplyAnalyzer.Default.Analyze("PLEASE calm down!! I'm sorry you feel that way, but policy is policy.");
        var edits = analysis.GetFixEdits();
        for (var i = 1; i < edits.Count; i++)
        {
            edits[i].Span.Start.Should().BeGreaterOrEqualTo(edits[i - 1].Span.End);
        }

        analysis.ApplyFixes().Should().NotContain("  ");
    }

    private static IEnumerable<(TextSpan Span, string Category)> EditedRegions(ReplyAnalysis analysis, IReadOnlyList<TextEdit> edits)
    {
        var shift = 0;
        foreach (var edit in edits)
        {
            var category = analysis.Diagnostics.First(d => d.Fixes.Count > 0 && d.Fixes[0].Edits.Contains(edit)).Category;
            yield return (new TextSpan(edit.Span.Start + shift, edit.NewText.Length), category);
            shift += edit.NewText.Length - edit.Span.Length;
        }
    }
}
