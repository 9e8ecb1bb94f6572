using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using Deescalation.Cli.Configuration;
using Deescalation.Cli.Inputs;
using FluentAssertions;
using Xunit;

namespace Deescalation.Cli.Tests;

/// <summary>Zendesk macros and Freshdesk canned responses, recognised by their shape, with positions in the export.</summary>
public class HelpDeskExportTests
{
    private const string ZendeskMacros = """
        {
          "macros": [
            {
              "id": 360001,
              "title": "Refund::Outside window",
              "active": true,
              "actions": [
                { "field": "status", "value": "solved" },
                { "field": "set_tags", "value": "per_our_records kindly note" },
                { "field": "comment_value", "value": ["channel:all", "Hi {{ticket.requester.first_name}},\n\nPer our records it left."] }
              ]
            },
            {
              "id": 360002,
              "title": "Shipping::Delayed",
              "actions": [
                { "field": "comment_value_html", "value": "<p>Hi {{ticket.requester.first_name}},</p><p>It left &amp; <b>per our records</b> it arrives today.</p>" },
                { "field": "comment_mode_is_public", "value": "true" }
              ]
            },
            {
              "id": 360003,
              "title": "Per our records: assign only",
              "actions": [ { "field": "assignee_id", "value": "per our records" }, { "field": "subject", "value": "Kindly note" } ]
            },
            {
              "id": "360004",
              "title": "Plain string",
              "actions": [ { "field": "comment_value", "value": "Kindly note the new address." } ]
            }
          ],
          "next_page": null,
          "count": 4
        }
        """;

    private const string FreshdeskResponses = """
        [
          { "id": 5, "title": "Late order", "folder_id": 2, "content": "Per our records (plain copy).", "content_html": "<div>Thanks &mdash; <i>per our records</i> it left.</div>" },
          { "id": 6, "title": "Plain", "folder_id": 2, "content": "Kindly note: it left today.", "content_html": null },
          { "id": 7, "title": "Calm", "folder_id": 3, "content": "Thanks, it ships today.", "content_html": "<p>Thanks, it ships today.</p>" }
        ]
        """;

    private static List<InputReply> Read(string name, string json, string textField = "text")
    {
        var file = new InputFile("/x/" + name, name, InputFormat.Json, new ConfigLoader(null).ForFolder(System.IO.Path.GetTempPath()));
        return JsonReplyReader.ReadDocument(file, LoadedText.Decode(Encoding.UTF8.GetBytes(json)), new ReadSettings(textField, "text"));
    }

    [Fact]
    public void Zendesk_macros_give_one_reply_per_comment_action_with_the_macro_id_and_title()
    {
        var replies = Read("macros.json", ZendeskMacros);

        replies.Select(r => (r.Id, r.Title)).Should().Equal(
            ("360001", "Refund::Outside window"),
            ("360002", "Shipping::Delayed"),
            ("360004", "Plain string"));
        replies[0].Text.Should().Be("Hi {{ticket.requester.first_name}},\n\nPer our records it left.", "the text of [\"channel:all\", text], Liquid placeholders intact");
        replies[1].Text.Should().Be("Hi {{ticket.requester.first_name}},\nIt left & per our records it arrives today.", "HTML read as text");
        replies[2].Text.Should().Be("Kindly note the new address.");
    }

    [Fact]
    public async Task Zendesk_findings_point_into_the_export_and_non_reply_actions_are_ignored()
    {
        using var ws = new Workspace();
        ws.Write("macros.json", ZendeskMacros.ReplaceLineEndings("\n"));
        var result = await ws.RunAsync("check", "--format", "json", "macros.json");

        result.ExitCode.Should().Be(1);
        var json = result.Json();
        json.GetProperty("replies").EnumerateArray().Select(r => r.GetProperty("id").GetString()).Should().Equal("360001", "360002", "360004");
        result.Reply("360001").GetProperty("title").GetString().Should().Be("Refund::Outside window");
        CliResult.Ids(result.Reply("360001")).Should().Equal("TEST001");
        CliResult.Ids(result.Reply("360002")).Should().Equal("TEST001");
        CliResult.Ids(result.Reply("360004")).Should().Equal("TEST002");

        var lines = ZendeskMacros.ReplaceLineEndings("\n").Split('\n');
        AssertAt(lines, result.Reply("360001").GetProperty("diagnostics")[0], "Per our records it left.");
        AssertAt(lines, result.Reply("360002").GetProperty("diagnostics")[0], "per our records</b>");
        AssertAt(lines, result.Reply("360004").GetProperty("diagnostics")[0], "Kindly note the new");
    }

    [Fact]
    public void A_macro_export_without_comment_actions_yields_no_replies()
    {
        var replies = Read("macros.json", """{"macros": [{"id": 1, "title": "Close", "actions": [{"field": "status", "value": "solved"}, {"field": "comment_mode_is_public", "value": "false"}]}]}""");

        replies.Should().BeEmpty();
    }

    [Fact]
    public async Task A_macro_export_without_reply_text_is_an_input_error()
    {
        using var ws = new Workspace();
        ws.Write("macros.json", """{"macros": [{"id": 1, "title": "Close", "actions": [{"field": "status", "value": "solved"}]}], "count": 1}""");
        var result = await ws.RunAsync("check", "macros.json");

        result.ExitCode.Should().Be(2);
        result.Stderr.Should().StartWith("macros.json: error: no replies in the file");
    }

    [Fact]
    public void One_macro_from_the_single_macro_endpoint_is_read()
    {
        var replies = Read("macro.json", """{"macro": {"id": 9, "title": "T", "actions": [{"field": "comment_value", "value": "Hello there."}]}}""");

        replies.Should().ContainSingle().Which.Id.Should().Be("9");
    }

    [Fact]
    public void Freshdesk_canned_responses_read_content_html_as_html_and_fall_back_to_content()
    {
        var replies = Read("canned.json", FreshdeskResponses);

        replies.Select(r => (r.Id, r.Title, r.Text)).Should().Equal(
            ("5", "Late order", "Thanks \u2014 per our records it left."),
            ("6", "Plain", "Kindly note: it left today."),
            ("7", "Calm", "Thanks, it ships today."));
    }

    [Fact]
    public async Task Freshdesk_findings_point_into_content_html()
    {
        using var ws = new Workspace();
        ws.Write("canned.json", FreshdeskResponses.ReplaceLineEndings("\n"));
        var result = await ws.RunAsync("check", "--format", "json", "canned.json");

        var lines = FreshdeskResponses.ReplaceLineEndings("\n").Split('\n');
        var d = result.Reply("5").GetProperty("diagnostics").EnumerateArray().Should().ContainSingle().Subject;
        d.GetProperty("id").GetString().Should().Be("TEST001");
        AssertAt(lines, d, "per our records</i>");
        CliResult.Ids(result.Reply("7")).Should().BeEmpty();
    }

    [Fact]
    public async Task Sarif_locations_point_into_the_export()
    {
        using var ws = new Workspace();
        ws.Write("canned.json", FreshdeskResponses.ReplaceLineEndings("\n"));
        var result = await ws.RunAsync("check", "--format", "sarif", "canned.json");

        var region = result.Json().GetProperty("runs")[0].GetProperty("results")[0].GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("region");
        var line = FreshdeskResponses.ReplaceLineEndings("\n").Split('\n')[region.GetProperty("startLine").GetInt32() - 1];
        line[(region.GetProperty("startColumn").GetInt32() - 1)..].Should().StartWith("per our records</i>");
    }

    [Fact]
    public async Task Fix_rewrites_plain_export_values_and_leaves_html_alone()
    {
        using var ws = new Workspace();
        var original = FreshdeskResponses.ReplaceLineEndings("\n");
        ws.Write("canned.json", original);
        var result = await ws.RunAsync("fix", "canned.json");

        var fixedText = ws.Read("canned.json");
        fixedText.Should().Contain("<i>per our records</i>", "an edit inside HTML could break the markup");
        fixedText.Should().Contain("\"content\": \"Kindly note: it left today.\"", "TEST002 has no fix");
        result.Stderr.Should().Contain("canned.json: warning: 1 fix(es) not applied: the flagged text sits in HTML");

        ws.Write("macros.json", """{"macros": [{"id": 1, "title": "T", "actions": [{"field": "comment_value", "value": "Hi.\nPer our records it left."}]}]}""");
        await ws.RunAsync("fix", "macros.json");
        ws.Read("macros.json").Should().Be("""{"macros": [{"id": 1, "title": "T", "actions": [{"field": "comment_value", "value": "Hi.\nI checked and it left."}]}]}""");
    }

    [Theory]
    [InlineData("""[{"id": "a", "text": "Per our records it left.", "folder_id": 1, "content": "x"}]""", "Per our records it left.")]
    [InlineData("""{"macros": "Per our records it left."}""", "Per our records it left.")]
    [InlineData("""[{"id": "a", "text": "Per our records it left."}]""", "Per our records it left.")]
    public void Deesc_own_shapes_are_not_taken_for_an_export(string json, string text)
    {
        var replies = Read("replies.json", json);

        replies.Should().ContainSingle().Which.Text.Should().Be(text);
        replies[0].Title.Should().BeNull();
    }

    [Theory]
    [InlineData("<p>Hello</p>\n<p>We&#39;re sorry &amp; we <b>will</b> help.<br>Thanks</p>", "Hello\nWe're sorry & we will help.\nThanks")]
    [InlineData("<style>p { color: red }</style><p>Hi   there,\n  friend</p><script>var x = '<p>no</p>';</script>", "Hi there, friend")]
    [InlineData("<!-- note: per our records --><div>A<a title=\"x > y\" href=\"#\">link</a> here</div>", "Alink here")]
    [InlineData("Plain {{ticket.id}} text", "Plain {{ticket.id}} text")]
    public void Html_is_read_with_a_tokenizer_and_maps_every_character_back(string html, string expected)
    {
        var (text, map) = HtmlText.Extract(html);

        text.Should().Be(expected);
        map.Should().HaveCount(text.Length + 1);
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsLetterOrDigit(text[i]))
            {
                html[map[i]].Should().Be(text[i], $"character {i} of \"{text}\" maps to {map[i]}");
            }
        }
    }

    private static void AssertAt(string[] lines, System.Text.Json.JsonElement diagnostic, string expectedAtPosition)
    {
        var line = lines[diagnostic.GetProperty("line").GetInt32() - 1];
        line[(diagnostic.GetProperty("column").GetInt32() - 1)..].Should().StartWith(expectedAtPosition);
    }
}
