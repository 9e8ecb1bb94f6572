using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using FluentAssertions;
using Xunit;
using YamlDotNet.RepresentationModel;

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
    public void The_corpus_has_at_least_300_cases_with_unique_ids()
    {
        FixCase.Corpus.Count.Should().BeGreaterThanOrEqualTo(300);
        FixCase.Corpus.GroupBy(c => c.Id).Where(g => g.Count() > 1).Select(g => g.Key).Should().BeEmpty("ids name the cases");
    }

    [Fact]
    public void Every_fix_title_of_the_rule_files_is_covered_at_least_three_times()
    {
        var counts = DeclaredFixTitles().ToDictionary(t => t, _ => 0, StringComparer.Ordinal);
        counts.Should().NotBeEmpty();
        foreach (var corpusCase in FixCase.Corpus)
        {
            if (corpusCase.KnownBad is not null || corpusCase.Applicability is null)
            {
                continue;
            }

            var (_, diagnostic) = Find(corpusCase);
            if (diagnostic.Fixes.Count == 0)
            {
                continue;
            }

            foreach (var title in counts.Keys.ToList())
            {
                if (TitleMatches(title, diagnostic.Fixes[0].Title))
                {
                    counts[title]++;
                }
            }
        }

        counts.Where(c => c.Value < 3).Select(c => $"{c.Key}: {c.Value}").Should().BeEmpty("every fix title is covered by three passing cases");
    }

    [Fact]
    public void Every_position_and_every_applicability_is_covered()
    {
        FixCase.Corpus.Select(c => c.Position).Distinct().Should().BeEquivalentTo(FixCase.Positions);
        FixCase.Corpus.Where(c => c.Applicability is null).Should().NotBeEmpty("the corpus says where no fix must be offered");
        foreach (var kind in new[] { FixApplicability.Safe, FixApplicability.NeedsInput, FixApplicability.Suggestion })
        {
            FixCase.Corpus.Should().Contain(c => c.Applicability == kind);
        }
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

    /// <summary>A declared title, with its "{0}" read as any text ("Remove \"{0}\"" covers "Remove \"simply\"").</summary>
    private static bool TitleMatches(string declared, string actual)
    {
        var hole = declared.IndexOf("{0}", StringComparison.Ordinal);
        if (hole < 0)
        {
            return string.Equals(declared, actual, StringComparison.Ordinal);
        }

        var prefix = declared.Substring(0, hole);
        var suffix = declared.Substring(hole + 3);
        return actual.Length > prefix.Length + suffix.Length && actual.StartsWith(prefix, StringComparison.Ordinal) && actual.EndsWith(suffix, StringComparison.Ordinal);
    }

    /// <summary>Every <c>fix-title*</c> message of the English rule files, read from the library's embedded resources.</summary>
    private static IReadOnlyList<string> DeclaredFixTitles()
    {
        var titles = new List<string>();
        var assembly = typeof(ReplyAnalyzer).Assembly;
        foreach (var name in assembly.GetManifestResourceNames())
        {
            if (!name.StartsWith("rules/en/", StringComparison.Ordinal) || name.EndsWith("language.yaml", StringComparison.Ordinal))
            {
                continue;
            }

            using var stream = assembly.GetManifestResourceStream(name)!;
            using var reader = new StreamReader(stream, Encoding.UTF8);
            var yaml = new YamlStream();
            yaml.Load(reader);
            var root = (YamlMappingNode)yaml.Documents[0].RootNode;
            if (!root.Children.TryGetValue(new YamlScalarNode("messages"), out var messages))
            {
                continue;
            }

            foreach (var (key, value) in ((YamlMappingNode)messages).Children)
            {
                if (((YamlScalarNode)key).Value!.StartsWith("fix-title", StringComparison.Ordinal))
                {
                    titles.Add(((YamlScalarNode)value).Value!);
                }
            }
        }

        return titles.Distinct(StringComparer.Ordinal).ToList();
    }
}
