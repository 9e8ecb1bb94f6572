using System.Threading.Tasks;
using FluentAssertions;
using Xunit;

namespace Deescalation.Cli.Tests;

public class SuppressionTests
{
    [Fact]
    public async Task Markdown_disable_next_line_suppresses_only_that_rule_on_the_next_line()
    {
        using var ws = new Workspace();
        ws.Write("a.md", "<!-- deesc-disable-next-line TEST001 -->\nPer our records, kindly note it left.\n\nPer our records again.\n");
        var result = await ws.RunAsync("check", "--format", "json", "a.md");

        var reply = result.Reply("1");
        CliResult.Ids(reply).Should().Equal("TEST002", "TEST001");
        reply.GetProperty("diagnostics")[1].GetProperty("line").GetInt32().Should().Be(4);
        reply.GetProperty("suppressed").GetInt32().Should().Be(1);
    }

    [Fact]
    public async Task Markdown_disable_and_enable_bracket_a_region()
    {
        using var ws = new Workspace();
        ws.Write("a.md", "Per our records.\n\n<!-- deesc-disable -->\nPer our records. Kindly note.\n<!-- deesc-enable -->\n\nKindly note.\n");
        var result = await ws.RunAsync("check", "--format", "json", "a.md");

        var diagnostics = result.Reply("1").GetProperty("diagnostics");
        diagnostics.GetArrayLength().Should().Be(2);
        diagnostics[0].GetProperty("line").GetInt32().Should().Be(1);
        diagnostics[1].GetProperty("line").GetInt32().Should().Be(7);
    }

    [Fact]
    public async Task A_directive_inside_a_code_block_is_not_a_directive()
    {
        using var ws = new Workspace();
        ws.Write("a.md", "```\n<!-- deesc-disable -->\n```\nPer our records.\n");
        var result = await ws.RunAsync("check", "--format", "json", "a.md");

        CliResult.Ids(result.Reply("1")).Should().Equal("TEST001");
    }

    [Fact]
    public async Task Yaml_hash_comments_suppress_by_rule_or_category()
    {
        using var ws = new Workspace();
        ws.Write("a.yaml", "# deesc-disable-next-line deflection\nfirst: Per our records it left.\nsecond: |\n  # deesc-disable-next-line TEST001\n  Per our records it left.\n# deesc-disable TEST002\nthird: Kindly note.\n# deesc-enable TEST002\nfourth: Kindly note.\n");
        var result = await ws.RunAsync("check", "--format", "json", "a.yaml");

        CliResult.Ids(result.Reply("first")).Should().BeEmpty();
        CliResult.Ids(result.Reply("second")).Should().Equal(new[] { "TEST001" }, "a '#' inside a literal block is text, not a comment");
        CliResult.Ids(result.Reply("third")).Should().BeEmpty();
        CliResult.Ids(result.Reply("fourth")).Should().Equal("TEST002");
    }
}
