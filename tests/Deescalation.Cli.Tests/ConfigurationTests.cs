using System.Threading.Tasks;
using FluentAssertions;
using Xunit;

namespace Deescalation.Cli.Tests;

public class ConfigurationTests
{
    [Fact]
    public async Task The_nearest_config_upward_applies_to_each_file()
    {
        using var ws = new Workspace();
        ws.Write("team/.deescalation.json", "{\"severities\": {\"deflection\": \"error\"}, \"customRules\": [{\"id\": \"TEST001\", \"phrase\": \"per our records\", \"category\": \"deflection\", \"message\": \"Team rule.\"}]}");
        ws.Write("team/deep/a.txt", "Per our records it left.");
        ws.Write("other/b.txt", "Per our records it left.");
        var result = await ws.RunAsync("check", "--format", "json", "team", "other");

        var replies = result.Json().GetProperty("replies");
        replies[0].GetProperty("file").GetString().Should().Be("team/deep/a.txt");
        replies[0].GetProperty("diagnostics")[0].GetProperty("message").GetString().Should().Be("Team rule.");
        replies[0].GetProperty("diagnostics")[0].GetProperty("severity").GetString().Should().Be("error");
        replies[1].GetProperty("file").GetString().Should().Be("other/b.txt");
        replies[1].GetProperty("diagnostics")[0].GetProperty("message").GetString().Should().Be("Say what you checked.");
    }

    [Fact]
    public async Task Explicit_config_wins_over_discovery()
    {
        using var ws = new Workspace();
        ws.Write("strict.json", "{\"disabledRules\": [\"TEST001\"], \"customRules\": [{\"id\": \"TEST001\", \"phrase\": \"per our records\", \"category\": \"deflection\", \"message\": \"x\"}]}");
        ws.Write("a.txt", "Per our records it left.");
        var result = await ws.RunAsync("check", "--format", "json", "--config", "strict.json", "a.txt");

        result.Reply("1").GetProperty("diagnostics").GetArrayLength().Should().Be(0);
    }

    [Theory]
    [InlineData("{\"severities\": {\"DEESC003\": \"loud\"}}", "severities.DEESC003 is 'loud'")]
    [InlineData("{\"severities\": {\"NOPE1\": \"error\"}}", "NOPE1")]
    [InlineData("{\"tooManyOptions\": 1}", "TooManyOptions")]
    [InlineData("{\"responseWindow\": 2}", "unknown setting 'responseWindow'")]
    [InlineData("{\"customRules\": [{\"phrase\": \"x\", \"category\": \"rude\", \"message\": \"m\"}]}", "rude")]
    [InlineData("{\n  \"severities\": {,\n}", ".deescalation.json(2): error: invalid JSON")]
    public async Task A_bad_config_is_a_one_line_error_naming_the_file(string config, string expected)
    {
        using var ws = new Workspace(withPhraseConfig: false);
        ws.Write(".deescalation.json", config);
        ws.Write("a.txt", "fine");
        var result = await ws.RunAsync("check", "a.txt");

        result.ExitCode.Should().Be(2);
        result.Stderr.Should().Contain(".deescalation.json").And.Contain(expected);
        result.Stderr.Trim().Split('\n').Should().HaveCount(1);
    }

    [Fact]
    public async Task Severity_none_turns_a_built_in_rule_off()
    {
        using var ws = new Workspace(withPhraseConfig: false);
        ws.Write("a.txt", "Please stop emailing us!!!");
        var before = await ws.RunAsync("check", "--format", "json", "a.txt");
        ws.Write(".deescalation.json", "{\"severities\": {\"shouting\": \"none\"}}");
        var after = await ws.RunAsync("check", "--format", "json", "a.txt");

        CliResult.Ids(before.Reply("1")).Should().Contain("DEESC013");
        CliResult.Ids(after.Reply("1")).Should().NotContain("DEESC013");
    }

    [Fact]
    public void The_shipped_schema_names_every_setting_the_loader_reads()
    {
        var schema = System.IO.File.ReadAllText(System.IO.Path.Combine(RepoRoot(), "docs", "deescalation.schema.json"));
        foreach (var setting in new[] { "severities", "disabledRules", "allowedPhrases", "responseWindowBusinessDays", "tooManyOptions", "customRules", "phrase", "category", "message", "replacement", "severity" })
        {
            schema.Should().Contain("\"" + setting + "\"");
        }

        foreach (var category in DiagnosticCategories.All)
        {
            schema.Should().Contain("\"" + category + "\"");
        }
    }

    internal static string RepoRoot()
    {
        var folder = System.AppContext.BaseDirectory;
        while (!System.IO.File.Exists(System.IO.Path.Combine(folder, "Deescalation.sln")))
        {
            folder = System.IO.Path.GetDirectoryName(folder)!;
        }

        return folder;
    }
}
