using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using FluentAssertions;
using Xunit;

namespace Deescalation.Tests.Fixes.FixCorpus;

/// <summary>
/// The fix corpus (<c>Fixes/FixCorpus/*.yaml</c>): hand-written before/after pairs, one per row, each checked against
/// the first fix of its finding. A row marked <c>known-bad</c> records what the fix should give where it does not yet:
/// it is kept out of the passing set and checked to still differ, so that fixing the bug asks for the mark to go.
/// </summary>
public class FixCorpusTests
{
    private static readonly Dictionary<string, FixCase> ById = FixCase.Corpus.ToDictionary(c => c.Id, StringComparer.Ordinal);

    public static TheoryData<string> Cases() => Ids(c => c.KnownBad is null);

    public static TheoryData<string> KnownBadCases() => Ids(c => c.KnownBad is not null);

    [Theory]
    [MemberData(nameof(Cases))]
    public void Fix_gives_the_expected_text(string id)
    {
        var corpusCase = ById[id];
        var (analysis, diagnostic) = Find(corpusCase);
        var because = $"{corpusCase.File}:{corpusCase.Line} ({id})";
        if (corpusCase.Applicability is null)
        {
            diagnostic.Fixes.Should().BeEmpty(because + " offers no fix: " + string.Join(" | ", diagnostic.Fixes.Select(f => TextEdit.Apply(analysis.Text, f.Edits))));
            return;
        }

        diagnostic.Fixes.Should().NotBeEmpty(because + " expects a fix");
        var fix = diagnostic.Fixes[0];
        TextEdit.Apply(corpusCase.Text, fix.Edits).Should().Be(corpusCase.Expected, because);
        fix.Applicability.Should().Be(corpusCase.Applicability, because);
        PlaceholderTexts(fix).Should().Equal(corpusCase.Placeholders, because);
    }

    [Theory]
    [MemberData(nameof(KnownBadCases))]
    public void Known_bad_fix_still_differs_from_the_expected_text(string id)
    {
        var corpusCase = ById[id];
        var analysis = corpusCase.Analyzer().Analyze(corpusCase.Text, corpusCase.Context);
        var diagnostic = Candidates(corpusCase, analysis).FirstOrDefault();
        var fix = diagnostic is null || diagnostic.Fixes.Count == 0 ? null : diagnostic.Fixes[0];
        var matches = corpusCase.Applicability is null
            ? diagnostic is not null && fix is null
            : fix is not null && TextEdit.Apply(analysis.Text, fix.Edits) == corpusCase.Expected && fix.Applicability == corpusCase.Applicability &&
              PlaceholderTexts(fix).SequenceEqual(corpusCase.Placeholders);
        matches.Should().BeFalse($"{corpusCase.File}:{corpusCase.Line} ({id}) is marked known-bad (\"{corpusCase.KnownBad}\") but now gives the expected text: remove the mark");
    }

    [Fact]
    public void A_malformed_case_is_reported_with_its_file_and_line()
    {
        const string Yaml = "- id: ok\n  rule: DEESC003\n  text: We'll look into it.\n  applicability: none\n  position: end\n- id: broken\n  rule: DEESC003\n  text: We'll look into it.\n  applicability: sometimes\n  position: end\n";
        var load = () => FixCase.Load("bad.yaml", new StringReader(Yaml));
        load.Should().Throw<FormatException>().WithMessage("bad.yaml:9: applicability 'sometimes'*");

        const string Missing = "- id: no-expected\n  rule: DEESC003\n  text: We'll look into it.\n  applicability: safe\n  position: end\n";
        load = () => FixCase.Load("missing.yaml", new StringReader(Missing));
        load.Should().Throw<FormatException>().WithMessage("missing.yaml:1: case 'no-expected' needs 'expected'*");

        const string Unknown = "- id: typo\n  rule: DEESC003\n  text: We'll look into it.\n  applicability: none\n  position: end\n  expect: x\n";
        load = () => FixCase.Load("typo.yaml", new StringReader(Unknown));
        load.Should().Throw<FormatException>().WithMessage("typo.yaml:6: unknown key 'expect'");
    }

    private static (ReplyAnalysis Analysis, Diagnostic Diagnostic) Find(FixCase corpusCase)
    {
        var analysis = corpusCase.Analyzer().Analyze(corpusCase.Text, corpusCase.Context);
        var candidates = Candidates(corpusCase, analysis);
        candidates.Should().NotBeEmpty(
            $"{corpusCase.File}:{corpusCase.Line} ({corpusCase.Id}) expects a {corpusCase.Rule} finding{(corpusCase.At is null ? string.Empty : " at \"" + corpusCase.At + "\"")}; found: {string.Join("; ", analysis.Diagnostics)}");
        return (analysis, candidates[0]);
    }

    /// <summary>The case's findings: those of its rule, and with <c>at</c> those whose span holds that text (or lies inside it).</summary>
    private static List<Diagnostic> Candidates(FixCase corpusCase, ReplyAnalysis analysis)
    {
        var candidates = analysis.Diagnostics.Where(d => d.Id == corpusCase.Rule).ToList();
        if (corpusCase.At is { } at)
        {
            var start = corpusCase.Text.IndexOf(at, StringComparison.Ordinal);
            var end = start + at.Length;
            candidates = candidates.Where(d => (d.Span.Start <= start && d.Span.End >= end) || (d.Span.Start >= start && d.Span.End <= end)).ToList();
        }

        return candidates;
    }

    private static List<string> PlaceholderTexts(Fix fix)
    {
        var texts = new List<string>();
        foreach (var edit in fix.Edits.OrderBy(e => e.Span.Start))
        {
            foreach (var placeholder in edit.Placeholders)
            {
                texts.Add(edit.NewText.Substring(placeholder.Start, placeholder.Length));
            }
        }

        return texts;
    }

    private static TheoryData<string> Ids(Func<FixCase, bool> filter)
    {
        var data = new TheoryData<string>();
        foreach (var corpusCase in FixCase.Corpus)
        {
            if (filter(corpusCase))
            {
                data.Add(corpusCase.Id);
            }
        }

        return data;
    }
}
