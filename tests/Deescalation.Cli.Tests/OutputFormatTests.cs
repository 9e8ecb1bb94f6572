using System.Linq;
using System.Threading.Tasks;
using FluentAssertions;
using Xunit;

namespace Deescalation.Cli.Tests;

public class OutputFormatTests
{
    [Fact]
    public async Task Json_lists_every_reply_with_the_documented_shape_and_summary()
    {
        using var ws = new Workspace();
        ws.Write("a.jsonl", "{\"id\":\"r1\",\"text\":\"Thanks, done.\"}\n{\"id\":\"r2\",\"text\":\"Per our records it left.\"}\n");
        var result = await ws.RunAsync("check", "--format", "json", "--fail-on", "none", "a.jsonl");

        var json = result.Json();
        json.GetProperty("replies").GetArrayLength().Should().Be(2);
        var reply = result.Reply("r2");
        reply.GetProperty("file").GetString().Should().Be("a.jsonl");
        reply.GetProperty("line").GetInt32().Should().Be(2);
        reply.GetProperty("score").GetInt32().Should().BeInRange(0, 100);
        var d = reply.GetProperty("diagnostics")[0];
        d.GetProperty("severity").GetString().Should().Be("warning");
        d.GetProperty("message").GetString().Should().Be("Say what you checked.");
        var edit = d.GetProperty("fixes")[0].GetProperty("edits")[0];
        edit.GetProperty("start").GetInt32().Should().Be(0);
        edit.GetProperty("length").GetInt32().Should().Be(15);
        edit.GetProperty("newText").GetString().Should().StartWith("I checked and", "the replacement comes from the config (the analyzer may adjust its case)");
        var summary = json.GetProperty("summary");
        summary.GetProperty("files").GetInt32().Should().Be(1);
        summary.GetProperty("replies").GetInt32().Should().Be(2);
        summary.GetProperty("diagnostics").GetInt32().Should().Be(1);
        summary.GetProperty("errors").GetArrayLength().Should().Be(0);
    }

    [Fact]
    public async Task Json_offsets_are_utf16_into_the_decoded_string()
    {
        using var ws = new Workspace();
        ws.Write("a.jsonl", "{\"text\":\"\\ud83d\\ude00 caf\u00e9 \\\"x\\\" per our records\"}\n");
        var result = await ws.RunAsync("check", "--format", "json", "a.jsonl");

        var d = result.Reply("1").GetProperty("diagnostics")[0];
        d.GetProperty("start").GetInt32().Should().Be("\U0001F600 caf\u00e9 \"x\" ".Length);
        d.GetProperty("column").GetInt32().Should().Be("{\"text\":\"\\ud83d\\ude00 caf\u00e9 \\\"x\\\" ".Length + 1);
    }

    [Fact]
    public async Task Text_gives_file_line_column_the_quoted_words_and_the_fix_with_a_summary()
    {
        using var ws = new Workspace();
        ws.Write("a.txt", "Hi.\nKindly note it left, per our records it did.");
        var result = await ws.RunAsync("check", "a.txt");

        result.Stdout.Split('\n').Should().StartWith(new[]
        {
            "a.txt",
            "  a.txt:2:1: error TEST002: Drop the lecture.",
            "    \"Kindly note\"",
            "  a.txt:2:22: warning TEST001: Say what you checked.",
            "    \"per our records\" -> \"I checked and\"",
            string.Empty,
            "1 file, 1 reply: 1 error, 1 warning, 0 info in 1 reply.",
        });
        result.Stdout.Should().NotContain("\u001b[", "stdout is redirected");
    }

    [Fact]
    public async Task Text_groups_findings_by_file_and_reply_and_skips_clean_replies()
    {
        using var ws = new Workspace();
        ws.Write("a.jsonl", "{\"id\":\"r1\",\"text\":\"Per our records it left.\"}\n{\"id\":\"r2\",\"text\":\"Thanks, it ships today.\"}\n{\"id\":\"r3\",\"text\":\"Kindly note it left.\"}\n");
        ws.Write("b.txt", "Kindly note.");
        var result = await ws.RunAsync("check", "a.jsonl", "b.txt");

        result.Stdout.Split('\n').Should().StartWith(new[]
        {
            "a.jsonl",
            "  #r1",
            "    a.jsonl:1:20: warning TEST001: Say what you checked.",
            "      \"Per our records\" -> \"I checked and\"",
            "  #r3",
            "    a.jsonl:3:20: error TEST002: Drop the lecture.",
            "      \"Kindly note\"",
            string.Empty,
            "b.txt",
            "  b.txt:1:1: error TEST002: Drop the lecture.",
        });
        result.Stdout.Should().NotContain("#r2");
    }

    [Fact]
    public async Task A_built_in_message_led_by_its_title_reads_as_one_sentence()
    {
        using var ws = new Workspace(withPhraseConfig: false);
        ws.Write("a.txt", "Thanks for waiting. We will ship the replacement in due course.");
        var result = await ws.RunAsync("check", "--format", "json", "a.txt");
        var text = await ws.RunAsync("check", "a.txt");

        var d = result.Reply("1").GetProperty("diagnostics").EnumerateArray().Single(x => x.GetProperty("id").GetString() == "DEESC003");
        var message = d.GetProperty("message").GetString()!;
        message.Should().StartWith("Name a time").And.NotContain("Vague promise:").And.EndWith(".");
        d.GetProperty("title").GetString().Should().Be("Vague promise", "the title stays in its own field");
        text.Stdout.Should().Contain("warning DEESC003: " + message);
    }

    [Theory]
    [InlineData(true, null, true)]
    [InlineData(true, "1", false)]
    [InlineData(false, null, false)]
    public async Task Text_is_coloured_only_on_a_terminal_without_NO_COLOR(bool terminal, string? noColor, bool coloured)
    {
        using var ws = new Workspace();
        ws.Write("a.txt", "Hi, per our records it left.");
        var variables = new System.Collections.Generic.Dictionary<string, string>();
        if (noColor is not null)
        {
            variables["NO_COLOR"] = noColor;
        }

        var result = await ws.RunWithEnvironmentAsync(terminal, variables, "check", "a.txt");

        result.ExitCode.Should().Be(1);
        if (coloured)
        {
            result.Stdout.Should().Contain("\u001b[33mwarning\u001b[0m");
        }
        else
        {
            result.Stdout.Should().NotContain("\u001b[");
            result.Stdout.Should().Contain("a.txt:1:5: warning TEST001: Say what you checked.");
        }
    }

    [Fact]
    public async Task Sarif_is_version_2_1_0_with_rules_locations_and_fixes()
    {
        using var ws = new Workspace();
        ws.Write("canned/a.txt", "Hello,\nper our records it left.");
        var result = await ws.RunAsync("check", "--format", "sarif", "canned/a.txt");

        var sarif = result.Json();
        sarif.GetProperty("version").GetString().Should().Be("2.1.0");
        sarif.GetProperty("$schema").GetString().Should().Be("https://json.schemastore.org/sarif-2.1.0.json");
        var run = sarif.GetProperty("runs")[0];
        var rules = run.GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray().ToList();
        rules.Select(r => r.GetProperty("id").GetString()).Should().Contain(new[] { "DEESC001", "DEESC015", "TEST001" });
        rules.Where(r => r.GetProperty("id").GetString()!.StartsWith("DEESC")).Should().OnlyContain(r => r.GetProperty("helpUri").GetString()!.StartsWith("https://"));
        var resultEntry = run.GetProperty("results")[0];
        resultEntry.GetProperty("ruleId").GetString().Should().Be("TEST001");
        rules[resultEntry.GetProperty("ruleIndex").GetInt32()].GetProperty("id").GetString().Should().Be("TEST001");
        resultEntry.GetProperty("level").GetString().Should().Be("warning");
        var location = resultEntry.GetProperty("locations")[0].GetProperty("physicalLocation");
        location.GetProperty("artifactLocation").GetProperty("uri").GetString().Should().Be("canned/a.txt");
        location.GetProperty("artifactLocation").GetProperty("uriBaseId").GetString().Should().Be("%SRCROOT%");
        location.GetProperty("region").GetProperty("startLine").GetInt32().Should().Be(2);
        location.GetProperty("region").GetProperty("startColumn").GetInt32().Should().Be(1);
        location.GetProperty("region").GetProperty("endColumn").GetInt32().Should().Be(16);
        var replacement = resultEntry.GetProperty("fixes")[0].GetProperty("artifactChanges")[0].GetProperty("replacements")[0];
        replacement.GetProperty("deletedRegion").GetProperty("startLine").GetInt32().Should().Be(2);
        replacement.GetProperty("insertedContent").GetProperty("text").GetString().Should().StartWith("I checked and");
    }

    [Fact]
    public async Task Sarif_levels_map_info_to_note_and_errors_are_notifications()
    {
        using var ws = new Workspace();
        ws.Write("a.txt", "Per the ticket, it left.");
        ws.Write("b.json", "[oops");
        var result = await ws.RunAsync("check", "--format", "sarif", "a.txt", "b.json");

        result.ExitCode.Should().Be(2);
        var run = result.Json().GetProperty("runs")[0];
        run.GetProperty("results")[0].GetProperty("level").GetString().Should().Be("note");
        var invocation = run.GetProperty("invocations")[0];
        invocation.GetProperty("executionSuccessful").GetBoolean().Should().BeFalse();
        invocation.GetProperty("toolExecutionNotifications")[0].GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString().Should().Be("b.json");
    }
}
