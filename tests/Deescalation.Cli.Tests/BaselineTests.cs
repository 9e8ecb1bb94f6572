using System.Threading.Tasks;
using FluentAssertions;
using Xunit;

namespace Deescalation.Cli.Tests;

public class BaselineTests
{
    [Fact]
    public async Task Check_with_a_baseline_reports_only_new_findings_and_survives_edits_elsewhere()
    {
        using var ws = new Workspace();
        ws.Write("macros.jsonl", "{\"id\":\"a\",\"text\":\"Per our records it left.\"}\n{\"id\":\"b\",\"text\":\"Kindly note the fee.\"}\n");
        var baseline = await ws.RunAsync("baseline", "macros.jsonl");
        baseline.ExitCode.Should().Be(0);
        ws.Write(".deescalation-baseline.json", baseline.Stdout);

        // Edits elsewhere in reply a, a new finding in reply b, a new reply c.
        ws.Write("macros.jsonl", "{\"id\":\"c\",\"text\":\"Per our records.\"}\n{\"id\":\"a\",\"text\":\"Hello again! Per  our records it left on Monday.\"}\n{\"id\":\"b\",\"text\":\"Kindly note the fee. Per our records.\"}\n");
        var result = await ws.RunAsync("check", "--format", "json", "--baseline", ".deescalation-baseline.json", "macros.jsonl");

        CliResult.Ids(result.Reply("a")).Should().BeEmpty();
        result.Reply("a").GetProperty("baselined").GetInt32().Should().Be(1);
        CliResult.Ids(result.Reply("b")).Should().Equal("TEST001");
        CliResult.Ids(result.Reply("c")).Should().Equal("TEST001");
        result.Json().GetProperty("summary").GetProperty("baselined").GetInt32().Should().Be(2);
        result.ExitCode.Should().Be(1);
    }

    [Fact]
    public async Task Baseline_entries_name_file_reply_rule_and_hash()
    {
        using var ws = new Workspace();
        ws.Write("a.csv", "id,text\nm1,Per our records.\n");
        var result = await ws.RunAsync("baseline", "a.csv");

        var entry = System.Text.Json.JsonDocument.Parse(result.Stdout).RootElement.GetProperty("entries")[0];
        entry.GetProperty("file").GetString().Should().Be("a.csv");
        entry.GetProperty("id").GetString().Should().Be("m1");
        entry.GetProperty("rule").GetString().Should().Be("TEST001");
        entry.GetProperty("hash").GetString().Should().MatchRegex("^[0-9a-f]{16}$");
    }

    [Fact]
    public async Task A_baseline_entry_matches_one_finding_only()
    {
        using var ws = new Workspace();
        ws.Write("a.txt", "Per our records.");
        ws.Write("b.json", (await ws.RunAsync("baseline", "a.txt")).Stdout);
        ws.Write("a.txt", "Per our records. Per our records.");
        var result = await ws.RunAsync("check", "--format", "json", "--baseline", "b.json", "a.txt");

        CliResult.Ids(result.Reply("1")).Should().Equal("TEST001");
    }

    [Fact]
    public async Task An_invalid_baseline_is_an_error()
    {
        using var ws = new Workspace();
        ws.Write("a.txt", "fine");
        ws.Write("b.json", "{\"nope\": 1}");
        var result = await ws.RunAsync("check", "--baseline", "b.json", "a.txt");

        result.ExitCode.Should().Be(2);
        result.Stderr.Should().Contain("b.json:1: error: not a deesc baseline");
    }
}
