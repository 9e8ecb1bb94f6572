using System;
using System.Collections.Generic;
using System.Linq;
using Deescalation.Tests.Corpus;
using Deescalation.Tests.TestSupport;
using FluentAssertions;
using Xunit;

namespace Deescalation.Tests.Fixes;

/// <summary>What a one-click fix promises, checked over every reply of the regression corpus.</summary>
public class FixInvariantTests
{
    [Fact]
    public void Every_edit_stays_inside_the_sentence_of_its_finding()
    {
        var outside = new List<string>();
        foreach (var reply in LabelledReply.Corpus)
        {
            foreach (var diagnostic in ReplyAnalyzer.Default.Analyze(reply.Text, reply.Context).Diagnostics)
            {
                var (from, to) = Sentence(reply.Text, diagnostic.Span);
                foreach (var edit in diagnostic.Fixes.SelectMany(f => f.Edits))
                {
                    if (edit.Span.Start < from || edit.Span.End > to)
                    {
                        outside.Add($"{reply.Id} {diagnostic.Id}");
                    }
                }
            }
        }

        outside.Should().BeEmpty();
    }

    [Fact]
    public void Every_fix_of_every_kind_leaves_well_formed_text_and_no_new_number()
    {
        var problems = new List<string>();
        var safe = 0;
        foreach (var reply in LabelledReply.Corpus)
        {
            foreach (var diagnostic in ReplyAnalyzer.Default.Analyze(reply.Text, reply.Context).Diagnostics)
            {
                foreach (var fix in diagnostic.Fixes)
                {
                    var fixedText = TextEdit.Apply(reply.Text, fix.Edits);
                    foreach (var problem in WellFormedness.Introduced(reply.Text, fixedText))
                    {
                        problems.Add($"{reply.Id} {diagnostic.Id} {fix.Applicability}: {problem}: {fixedText}");
                    }

                    if (fix.Applicability == FixApplicability.Safe)
                    {
                        safe++;
                        if (WellFormedness.AddsANumber(reply.Text, fixedText))
                        {
                            problems.Add($"{reply.Id} {diagnostic.Id}: a safe fix adds a number: {fixedText}");
                        }
                    }
                }
            }
        }

        problems.Should().BeEmpty();
        safe.Should().BeGreaterThan(300, "the labelled replies exercise every safe fix");
    }

    [Fact]
    public void Fixes_that_need_input_carry_their_placeholders()
    {
        var missing = new List<string>();
        foreach (var reply in LabelledReply.Corpus)
        {
            foreach (var diagnostic in ReplyAnalyzer.Default.Analyze(reply.Text, reply.Context).Diagnostics)
            {
                foreach (var fix in diagnostic.Fixes.Where(f => f.Applicability == FixApplicability.NeedsInput))
                {
                    var placeholders = fix.Edits.SelectMany(e => e.Placeholders.Select(p => e.NewText.Substring(p.Start, p.Length))).ToList();
                    if (placeholders.Count == 0 || placeholders.Any(p => p[0] != '[' || p[p.Length - 1] != ']'))
                    {
                        missing.Add($"{reply.Id} {diagnostic.Id}: {string.Join(", ", placeholders)}");
                    }
                }
            }
        }

        missing.Should().BeEmpty();
    }

    [Theory]
    [InlineData(DiagnosticCategories.PatronizingApology)]
    [InlineData(DiagnosticCategories.VaguePromise)]
    [InlineData(DiagnosticCategories.Overpromise)]
    [InlineData(DiagnosticCategories.Dismissive)]
    [InlineData(DiagnosticCategories.Shouting)]
    [InlineData(DiagnosticCategories.OverApology)]
    [InlineData(DiagnosticCategories.MissingAcknowledgement)]
    [InlineData(DiagnosticCategories.Blame)]
    [InlineData(DiagnosticCategories.Argumentative)]
    [InlineData(DiagnosticCategories.Deflection)]
    public void Most_findings_of_a_category_offer_a_fix(string category)
    {
        // Fixes are offered only where they fit the sentence; most findings still get one.
        var findings = LabelledReply.Corpus.SelectMany(r => ReplyAnalyzer.Default.Analyze(r.Text, r.Context).Diagnostics).Where(d => d.Category == category).ToList();
        findings.Should().NotBeEmpty();
        findings.Count(d => d.Fixes.Count > 0).Should().BeGreaterThan(findings.Count / 2, "{0} of {1} {2} findings have no fix", findings.Count(d => d.Fixes.Count == 0), findings.Count, category);
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

    /// <summary>The sentence around a span: from after the previous sentence end or line break to the next.</summary>
    private static (int From, int To) Sentence(string text, TextSpan span)
    {
        var from = span.Start;
        while (from > 0 && text[from - 1] != '\n' && !(from >= 2 && text[from - 2] is '.' or '!' or '?' && text[from - 1] == ' '))
        {
            from--;
        }

        var to = span.End;
        while (to < text.Length && text[to] != '\n' && !(text[to] is '.' or '!' or '?' && (to + 1 == text.Length || text[to + 1] == ' ')))
        {
            to++;
        }

        return (from, Math.Min(text.Length, to + 1));
    }

    private static IEnumerable<(TextSpan Span, string Category)> EditedRegions(ReplyAnalysis analysis, IReadOnlyList<TextEdit> edits)
    {
        var shift = 0;
        foreach (var edit in edits)
        {
            var category = analysis.Diagnostics.First(d => d.Fixes.Any(f => f.Edits.Contains(edit))).Category;
            yield return (new TextSpan(edit.Span.Start + shift, edit.NewText.Length), category);
            shift += edit.NewText.Length - edit.Span.Length;
        }
    }
}
