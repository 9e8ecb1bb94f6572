using System;
using System.IO;
using System.Linq;
using Deescalation.Rules.Data;
using FluentAssertions;
using Xunit;

namespace Deescalation.Tests.Docs;

/// <summary>Keeps docs/rules from drifting away from the descriptors that <c>deesc rules</c> and the help links show.</summary>
public class RuleDocumentationTests
{
    private static readonly string[] Sections =
    {
        "## Cause", "## Rule description", "## How to fix", "## Examples that fire", "## Examples that must not fire", "## How to suppress",
    };

    public static TheoryData<string> RuleIds()
    {
        var data = new TheoryData<string>();
        foreach (var descriptor in ReplyAnalyzer.BuiltInRules)
        {
            data.Add(descriptor.Id);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void Every_rule_has_a_page_that_matches_its_descriptor(string id)
    {
        var descriptor = ReplyAnalyzer.BuiltInRules.Single(d => d.Id == id);
        var path = Path.Combine(RulesFolder(), id + ".md");
        File.Exists(path).Should().BeTrue("docs/rules/{0}.md documents the rule", id);
        var page = File.ReadAllText(path);

        page.Should().StartWith($"# {id}: {descriptor.Title}");
        page.Should().Contain($"| {id} | {descriptor.Category} | {descriptor.DefaultSeverity} |");
        var position = 0;
        foreach (var section in Sections)
        {
            var at = page.IndexOf(section, position, StringComparison.Ordinal);
            at.Should().BeGreaterThan(0, "the page needs a \"{0}\" section after the previous one", section);
            position = at;
        }

        descriptor.HelpLinkUri.Should().EndWith($"docs/rules/{id}.md");
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void Every_page_is_rendered_from_the_rule_data(string id)
    {
        var rule = LanguagePack.English.Rules.Single(r => r.Diagnostics.Any(d => d.Id == id));
        var expected = RulePage.Render(rule, rule.Diagnostics.Single(d => d.Id == id));
        var path = Path.Combine(RulesFolder(), id + ".md");
        if (Environment.GetEnvironmentVariable("DEESC_UPDATE_DOCS") == "1")
        {
            File.WriteAllText(path, expected);
        }

        File.ReadAllText(path).ReplaceLineEndings("\n").Should().Be(
            expected,
            "docs/rules/{0}.md is generated from {1}: edit the data and run the tests with DEESC_UPDATE_DOCS=1",
            id,
            RulePage.SourcePath(rule));
    }

    [Fact]
    public void The_index_lists_every_rule_and_no_page_is_orphaned()
    {
        var indexPath = Path.Combine(RulesFolder(), "README.md");
        var index = File.ReadAllText(indexPath).ReplaceLineEndings("\n");
        var table = RulePage.RenderIndexTable();
        if (Environment.GetEnvironmentVariable("DEESC_UPDATE_DOCS") == "1" && !index.Contains(table, StringComparison.Ordinal))
        {
            var start = index.IndexOf("| Id | Title |", StringComparison.Ordinal);
            var end = index.IndexOf("\n\n", start, StringComparison.Ordinal);
            index = index.Substring(0, start) + table.TrimEnd('\n') + index.Substring(end);
            File.WriteAllText(indexPath, index);
        }

        index.Should().Contain(table, "the index's table is generated from the rule files: run the tests with DEESC_UPDATE_DOCS=1");
        foreach (var descriptor in ReplyAnalyzer.BuiltInRules)
        {
            index.Should().Contain(descriptor.Id).And.Contain(descriptor.Title);
        }

        var pages = Directory.GetFiles(RulesFolder(), "DEESC*.md").Select(Path.GetFileNameWithoutExtension);
        pages.Should().BeEquivalentTo(ReplyAnalyzer.BuiltInRules.Select(d => d.Id));
    }

    private static string RulesFolder() => RepositoryPaths.Combine("docs", "rules");
}
