using System.Linq;
using System.Threading.Tasks;
using FluentAssertions;
using Xunit;

namespace Deescalation.Cli.Tests;

public class RulesCommandTests
{
    [Fact]
    public async Task Rules_lists_every_built_in_rule_and_custom_rules()
    {
        using var ws = new Workspace();
        var result = await ws.RunAsync("rules");

        result.ExitCode.Should().Be(0);
        foreach (var descriptor in ReplyAnalyzer.BuiltInRules)
        {
            result.Stdout.Should().MatchRegex($"(?m)^{descriptor.Id} +{descriptor.Category} +{descriptor.DefaultSeverity.ToString().ToLowerInvariant()} +{System.Text.RegularExpressions.Regex.Escape(descriptor.Title)}$");
        }

        result.Stdout.Should().Contain("TEST002").And.Contain("dismissive");
    }

    [Fact]
    public async Task Rules_json_shows_effective_severities()
    {
        using var ws = new Workspace(withPhraseConfig: false);
        ws.Write(".deescalation.json", "{\"severities\": {\"DEESC003\": \"error\"}, \"disabledRules\": [\"shouting\"]}");
        var result = await ws.RunAsync("rules", "--format", "json");

        var rules = result.Json();
        rules.GetArrayLength().Should().Be(ReplyAnalyzer.BuiltInRules.Count);
        foreach (var rule in rules.EnumerateArray())
        {
            var expected = rule.GetProperty("id").GetString() == "DEESC003" ? "error" : rule.GetProperty("category").GetString() == "shouting" ? "none" : rule.GetProperty("defaultSeverity").GetString();
            rule.GetProperty("severity").GetString().Should().Be(expected);
        }
    }

    [Fact]
    public async Task Explain_prints_the_rule_page_or_the_descriptor()
    {
        using var ws = new Workspace();
        foreach (var descriptor in ReplyAnalyzer.BuiltInRules)
        {
            var result = await ws.RunAsync("explain", descriptor.Id.ToLowerInvariant());
            result.ExitCode.Should().Be(0);
            result.Stdout.Should().Contain(descriptor.Id);
            if (Commands.RulesCommand.ReadDoc(descriptor.Id) is null)
            {
                result.Stdout.Should().Contain(descriptor.Title).And.Contain(descriptor.Category).And.Contain(descriptor.Description);
            }
        }
    }

    [Fact]
    public async Task Explain_describes_custom_rules_and_rejects_unknown_ids()
    {
        using var ws = new Workspace();
        var custom = await ws.RunAsync("explain", "TEST001");
        var unknown = await ws.RunAsync("explain", "DEESC999");

        custom.Stdout.Should().Contain("per our records").And.Contain("Say what you checked.");
        unknown.ExitCode.Should().Be(2);
        unknown.Stderr.Should().Contain("no rule or category 'DEESC999'");
    }

    [Theory]
    [InlineData("blame")]
    [InlineData("Vague-Promise")]
    [InlineData("deflection")]
    public async Task Explain_a_category_lists_its_rules_and_only_those(string category)
    {
        using var ws = new Workspace();
        var result = await ws.RunAsync("explain", category);

        result.ExitCode.Should().Be(0, result.Stderr);
        var name = category.ToLowerInvariant();
        result.Stdout.Should().StartWith($"Category {name}:");
        var builtIn = ReplyAnalyzer.BuiltInRules;
        builtIn.Where(d => d.Category == name).Should().NotBeEmpty();
        foreach (var descriptor in builtIn)
        {
            if (descriptor.Category == name)
            {
                result.Stdout.Should().Contain(descriptor.Id + "  ").And.Contain(descriptor.Title);
            }
            else
            {
                result.Stdout.Should().NotContain(descriptor.Id + "  ", $"{descriptor.Id} is in {descriptor.Category}");
            }
        }

        if (name == "deflection")
        {
            result.Stdout.Should().Contain("TEST001", "custom rules of the category are listed too");
        }
    }

    [Fact]
    public async Task Explain_an_unknown_name_names_the_categories()
    {
        using var ws = new Workspace();
        var result = await ws.RunAsync("explain", "rudeness");

        result.ExitCode.Should().Be(2);
        result.Stderr.Should().Contain("no rule or category 'rudeness'").And.Contain("blame");
    }

    [Fact]
    public void Every_rule_page_in_docs_is_embedded()
    {
        var folder = System.IO.Path.Combine(ConfigurationTests.RepoRoot(), "docs", "rules");
        if (!System.IO.Directory.Exists(folder))
        {
            return;
        }

        foreach (var page in System.IO.Directory.GetFiles(folder, "*.md"))
        {
            Commands.RulesCommand.ReadDoc(System.IO.Path.GetFileNameWithoutExtension(page)).Should().Be(System.IO.File.ReadAllText(page));
        }
    }
}
