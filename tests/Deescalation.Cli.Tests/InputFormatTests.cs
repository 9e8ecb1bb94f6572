using System.Threading.Tasks;
using FluentAssertions;
using Xunit;

namespace Deescalation.Cli.Tests;

public class InputFormatTests
{
    [Fact]
    public async Task Txt_is_one_reply_with_offsets_into_the_file()
    {
        using var ws = new Workspace();
        ws.Write("a.txt", "Hello Sam,\nper our records the box left.\n");
        var result = await ws.RunAsync("check", "--format", "json", "a.txt");

        var reply = result.Reply("1");
        var d = reply.GetProperty("diagnostics")[0];
        d.GetProperty("id").GetString().Should().Be("TEST001");
        d.GetProperty("category").GetString().Should().Be("deflection");
        d.GetProperty("start").GetInt32().Should().Be(11);
        d.GetProperty("length").GetInt32().Should().Be("per our records".Length);
        d.GetProperty("line").GetInt32().Should().Be(2);
        d.GetProperty("column").GetInt32().Should().Be(1);
    }

    [Fact]
    public async Task Markdown_skips_code_blocks_inline_code_and_front_matter()
    {
        using var ws = new Workspace();
        ws.Write("a.md", "---\nnote: per our records\n---\n\nHi,\n\n```\nper our records\n```\n\nUse `per our records` here. Kindly note the parcel left.\n");
        var result = await ws.RunAsync("check", "--format", "json", "a.md");

        var reply = result.Reply("1");
        CliResult.Ids(reply).Should().Equal("TEST002");
        var d = reply.GetProperty("diagnostics")[0];
        d.GetProperty("line").GetInt32().Should().Be(11);
        d.GetProperty("column").GetInt32().Should().Be(29);
        ws.Read("a.md").Substring(d.GetProperty("start").GetInt32(), d.GetProperty("length").GetInt32()).Should().Be("Kindly note");
    }

    [Fact]
    public async Task Json_array_ids_come_from_the_id_field_else_the_1_based_index()
    {
        using var ws = new Workspace();
        ws.Write("a.json", "[\n  {\"id\": \"r1\", \"text\": \"Fine.\"},\n  {\"text\": \"Tab\\there, per our records.\"},\n  \"Kindly note this.\"\n]\n");
        var result = await ws.RunAsync("check", "--format", "json", "a.json");

        result.Reply("r1").GetProperty("diagnostics").GetArrayLength().Should().Be(0);
        var second = result.Reply("2").GetProperty("diagnostics")[0];
        second.GetProperty("start").GetInt32().Should().Be("Tab\there, ".Length);
        second.GetProperty("line").GetInt32().Should().Be(3);
        // Column counts the escape "\t" as two characters of the file.
        second.GetProperty("column").GetInt32().Should().Be("  {\"text\": \"Tab\\there, ".Length + 1);
        CliResult.Ids(result.Reply("3")).Should().Equal("TEST002");
    }

    [Fact]
    public async Task Json_object_ids_are_its_keys()
    {
        using var ws = new Workspace();
        ws.Write("a.json", "{\"greeting\": \"Hello there.\", \"late\": {\"text\": \"Per our records it left.\", \"customerMessage\": \"Where is it?\", \"channel\": \"chat\", \"tags\": [1, {\"x\": 2}]}}");
        var result = await ws.RunAsync("check", "--format", "json", "a.json");

        result.Json().GetProperty("summary").GetProperty("replies").GetInt32().Should().Be(2);
        CliResult.Ids(result.Reply("late")).Should().Equal("TEST001");
        result.Reply("greeting").GetProperty("diagnostics").GetArrayLength().Should().Be(0);
    }

    [Fact]
    public async Task Jsonl_ids_fall_back_to_the_line_number_and_text_field_can_be_renamed()
    {
        using var ws = new Workspace();
        ws.Write("a.jsonl", "{\"body\": \"Hi!\"}\n\n{\"body\": \"Kindly note: done.\", \"id\": 7}\n{\"body\": \"per our records\"}\n");
        var result = await ws.RunAsync("check", "--format", "json", "--text-field", "body", "a.jsonl");

        result.Reply("1").GetProperty("line").GetInt32().Should().Be(1);
        CliResult.Ids(result.Reply("7")).Should().Equal("TEST002");
        result.Reply("4").GetProperty("diagnostics")[0].GetProperty("column").GetInt32().Should().Be(11);
    }

    [Fact]
    public async Task Yaml_mapping_and_sequence_shapes_with_literal_blocks()
    {
        using var ws = new Workspace();
        ws.Write("a.yaml", "late: |\n  Hello,\n  per our records it left.\nother:\n  id: y2\n  text: 'It''s here. Kindly note it.'\n");
        ws.Write("b.yml", "- text: \"fine\"\n- plain text, per our records\n");
        var result = await ws.RunAsync("check", "--format", "json", "a.yaml", "b.yml");

        var late = result.Reply("late").GetProperty("diagnostics")[0];
        late.GetProperty("line").GetInt32().Should().Be(3);
        late.GetProperty("column").GetInt32().Should().Be(3);
        var y2 = result.Reply("y2").GetProperty("diagnostics")[0];
        y2.GetProperty("start").GetInt32().Should().Be("It's here. ".Length);
        y2.GetProperty("column").GetInt32().Should().Be("  text: 'It''s here. ".Length + 1);
        CliResult.Ids(result.Reply("2")).Should().Equal("TEST001");
        result.Reply("1").GetProperty("diagnostics").GetArrayLength().Should().Be(0);
    }

    [Fact]
    public async Task Csv_uses_the_text_column_and_handles_quoted_multi_line_cells()
    {
        using var ws = new Workspace();
        ws.Write("a.csv", "id,name,reply\nm1,Late,\"Hello,\nper our records it left.\"\nm2,Ok,All good.\n");
        var result = await ws.RunAsync("check", "--format", "json", "--text-column", "reply", "a.csv");

        CliResult.Ids(result.Reply("m1")).Should().Equal("TEST001");
        result.Reply("m1").GetProperty("line").GetInt32().Should().Be(2);
        result.Reply("m2").GetProperty("line").GetInt32().Should().Be(4);
    }

    [Fact]
    public async Task Csv_without_the_text_column_is_an_error_naming_the_column()
    {
        using var ws = new Workspace();
        ws.Write("a.csv", "id,body\n1,hello\n");
        var result = await ws.RunAsync("check", "a.csv");

        result.ExitCode.Should().Be(2);
        result.Stderr.Should().Contain("a.csv:1: error: no 'text' column");
    }

    [Fact]
    public async Task Eml_checks_the_draft_without_the_quoted_customer_text()
    {
        using var ws = new Workspace();
        ws.Write("draft.eml", "From: agent@example.com\r\nTo: sam@example.com\r\nSubject: Re: parcel\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nHi Sam,\r\nPer our records the parcel left on Monday.\r\n\r\nOn Mon, 3 Mar 2025, Sam wrote:\r\n> Kindly note I would like an update.\r\n");
        var result = await ws.RunAsync("check", "--format", "json", "draft.eml");

        var reply = result.Reply("Re: parcel");
        CliResult.Ids(reply).Should().Equal("TEST001");
        reply.GetProperty("line").GetInt32().Should().Be(6);
    }

    [Fact]
    public async Task Resx_checks_every_string_value_by_name()
    {
        using var ws = new Workspace();
        ws.Write("Strings.resx", "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<root>\n  <data name=\"Late\" xml:space=\"preserve\">\n    <value>Per our records &amp; our logs it left.</value>\n  </data>\n  <data name=\"Icon\" type=\"System.Resources.ResXFileRef, System.Windows.Forms\">\n    <value>icon.png;per our records</value>\n  </data>\n  <data name=\"Fine\"><value>All good.</value></data>\n</root>\n");
        var result = await ws.RunAsync("check", "--format", "json", "Strings.resx");

        result.Json().GetProperty("summary").GetProperty("replies").GetInt32().Should().Be(2);
        CliResult.Ids(result.Reply("Late")).Should().Equal("TEST001");
        result.Reply("Late").GetProperty("line").GetInt32().Should().Be(4);
    }

    [Fact]
    public async Task Stdin_is_read_with_the_given_format()
    {
        using var ws = new Workspace();
        var result = await ws.RunWithStdinAsync("{\"id\":\"s\",\"text\":\"kindly note\"}\n", "check", "--format", "json", "--stdin-format", "jsonl", "-");

        CliResult.Ids(result.Reply("s")).Should().Equal("TEST002");
        result.Reply("s").GetProperty("file").GetString().Should().Be("<stdin>");
    }

    [Fact]
    public async Task Folders_are_searched_recursively_and_globs_expand()
    {
        using var ws = new Workspace();
        ws.Write("macros/a.txt", "per our records");
        ws.Write("macros/deep/b.yaml", "x: kindly note\n");
        ws.Write("macros/.hidden/c.txt", "per our records");
        ws.Write("macros/notes.docx", "ignored");
        var folder = await ws.RunAsync("check", "--format", "json", "macros");
        var glob = await ws.RunAsync("check", "--format", "json", "macros/**/*.yaml");

        folder.Json().GetProperty("summary").GetProperty("files").GetInt32().Should().Be(2);
        glob.Json().GetProperty("summary").GetProperty("files").GetInt32().Should().Be(1);
        glob.Json().GetProperty("replies")[0].GetProperty("file").GetString().Should().Be("macros/deep/b.yaml");
    }

    [Fact]
    public async Task Placeholders_are_not_shouting()
    {
        using var ws = new Workspace(withPhraseConfig: false);
        ws.Write("a.txt", "Hi %FIRST_NAME%, your order {{ORDER_ID}} ships today. [Agent Name]");
        var result = await ws.RunAsync("check", "--format", "json", "a.txt");

        result.Reply("1").GetProperty("diagnostics").GetArrayLength().Should().Be(0);
    }
}
