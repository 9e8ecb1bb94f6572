using System.IO;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using FluentAssertions;
using Xunit;

namespace Deescalation.Cli.Tests;

public class FixTests
{
    private static readonly byte[] Bom = { 0xEF, 0xBB, 0xBF };

    [Fact]
    public async Task Fix_keeps_bom_crlf_and_every_byte_outside_the_edit()
    {
        using var ws = new Workspace();
        var original = "Hello Sam,\r\nper our records the box left.\r\n\r\nThanks\t \r\n";
        ws.WriteBytes("a.txt", Bom.Concat(Encoding.UTF8.GetBytes(original)).ToArray());
        var result = await ws.RunAsync("fix", "a.txt");

        result.ExitCode.Should().Be(0);
        var bytes = ws.ReadBytes("a.txt");
        bytes.Take(3).Should().Equal(Bom);
        Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3).Should().Be("Hello Sam,\r\nI checked and the box left.\r\n\r\nThanks\t \r\n");
    }

    [Fact]
    public async Task Fix_keeps_utf16_encoding()
    {
        using var ws = new Workspace();
        ws.Write("a.txt", "Caf\u00e9: per our records it left.", new UnicodeEncoding(false, true));
        await ws.RunAsync("fix", "a.txt");

        var bytes = ws.ReadBytes("a.txt");
        bytes.Take(2).Should().Equal(new byte[] { 0xFF, 0xFE });
        Encoding.Unicode.GetString(bytes, 2, bytes.Length - 2).Should().Be("Caf\u00e9: I checked and it left.");
    }

    [Fact]
    public async Task Fix_is_idempotent_and_atomic()
    {
        using var ws = new Workspace();
        ws.Write("a.md", "# Late parcel\n\nper our records it left.\n\n```\nper our records\n```\n");
        var first = await ws.RunAsync("fix", "a.md");
        var afterFirst = ws.Read("a.md");
        var second = await ws.RunAsync("fix", "a.md");

        first.Stdout.Should().Contain("a.md: applied 1 fix(es)");
        afterFirst.Should().Be("# Late parcel\n\nI checked and it left.\n\n```\nper our records\n```\n");
        ws.Read("a.md").Should().Be(afterFirst);
        second.Stdout.Should().NotContain("applied");
        Directory.GetFiles(ws.Root, "*.deesc-tmp", SearchOption.AllDirectories).Should().BeEmpty("the temporary file is renamed over the original");
    }

    [Fact]
    public async Task Fix_re_encodes_json_and_jsonl_string_values_and_touches_nothing_else()
    {
        using var ws = new Workspace();
        ws.Write("a.jsonl", "{\"id\": \"x\",   \"text\": \"caf\\u00e9 \\\"quoted\\\" per our records\\n\"}\r\n{\"id\":\"y\",\"text\":\"fine\"}\r\n");
        ws.Write("b.json", "[\n  {\"text\": \"Tab\\there: per our records\", \"extra\": [1, 2]}\n]\n");
        await ws.RunAsync("fix", "a.jsonl", "b.json");

        ws.Read("a.jsonl").Should().Be("{\"id\": \"x\",   \"text\": \"caf\\u00e9 \\\"quoted\\\" I checked and\\n\"}\r\n{\"id\":\"y\",\"text\":\"fine\"}\r\n");
        ws.Read("b.json").Should().Be("[\n  {\"text\": \"Tab\\there: I checked and\", \"extra\": [1, 2]}\n]\n");
    }

    [Fact]
    public async Task Fix_rewrites_yaml_quoted_plain_and_literal_values()
    {
        using var ws = new Workspace();
        ws.Write("a.yaml", "a: \"Sure. Per our records it left.\"  # note\nb: 'It''s late. Per our records it left.'\nc: Hi. Per our records it left.\nd: |\n  Hi,\n  per our records it left.\n");
        await ws.RunAsync("fix", "a.yaml");

        ws.Read("a.yaml").Should().Be("a: \"Sure. I checked and it left.\"  # note\nb: 'It''s late. I checked and it left.'\nc: Hi. I checked and it left.\nd: |\n  Hi,\n  I checked and it left.\n");
    }

    [Fact]
    public async Task Dry_run_prints_a_unified_diff_and_writes_nothing()
    {
        using var ws = new Workspace();
        ws.Write("a.txt", "One.\nTwo.\nper our records it left.\nFour.\n");
        var result = await ws.RunAsync("fix", "--dry-run", "a.txt");

        ws.Read("a.txt").Should().Be("One.\nTwo.\nper our records it left.\nFour.\n");
        result.Stdout.Should().Be("--- a/a.txt\n+++ b/a.txt\n@@ -1,4 +1,4 @@\n One.\n Two.\n-per our records it left.\n+I checked and it left.\n Four.\n".Replace("\n", System.Environment.NewLine));
    }

    [Theory]
    [InlineData("a.csv", "text\nper our records\n", "CSV cells cannot be rewritten safely")]
    [InlineData("a.eml", "Subject: x\n\nper our records\n", "e-mail bodies cannot be rewritten safely")]
    [InlineData("a.yaml", "a: >\n  folded, per our records\n", "cannot be rewritten safely")]
    public async Task Formats_that_cannot_be_rewritten_are_reported_and_left_alone(string name, string content, string message)
    {
        using var ws = new Workspace();
        ws.Write(name, content);
        var result = await ws.RunAsync("fix", name);

        ws.Read(name).Should().Be(content);
        result.Stderr.Should().Contain(name + ": warning: 1 fix(es) not applied").And.Contain(message);
    }

    [Fact]
    public async Task Fix_keeps_template_placeholders()
    {
        using var ws = new Workspace(withPhraseConfig: false);
        ws.Write("a.txt", "Hi {{first_name}}, we'll look into it soon. {% if vip %}Thanks, %AGENT_NAME%{% endif %} [Agent Name]");
        var check = await ws.RunAsync("check", "--format", "json", "a.txt");
        var result = await ws.RunAsync("fix", "--include", "needs-input", "a.txt");

        var text = ws.Read("a.txt");
        text.Should().Contain("we'll look into it by [time].", "the vague promise gets a time for the agent to fill (check said: {0}; fix said: {1} {2})", check.Stdout, result.Stdout, result.Stderr);
        text.Should().Contain("{{first_name}}").And.Contain("{% if vip %}").And.Contain("%AGENT_NAME%").And.Contain("{% endif %}").And.Contain("[Agent Name]");
    }

    [Fact]
    public async Task Fix_of_stdin_writes_the_fixed_text_to_stdout()
    {
        using var ws = new Workspace();
        var result = await ws.RunWithStdinAsync("Per our records it is done.", "fix", "-");

        result.Stdout.Should().Be("I checked and it is done.");
    }
}
