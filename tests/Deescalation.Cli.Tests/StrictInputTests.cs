using System.Linq;
using System.Text;
using System.Threading.Tasks;
using FluentAssertions;
using Xunit;

namespace Deescalation.Cli.Tests;

/// <summary>Inputs that would let CI pass silently are errors: empty folders and files, unknown options, undecodable standard input.</summary>
public class StrictInputTests
{
    [Fact]
    public async Task A_folder_without_reply_files_is_an_error_naming_it()
    {
        using var ws = new Workspace();
        ws.WriteBytes("images/logo.png", new byte[] { 0x89, 0x50, 0x4E, 0x47 });
        ws.Write("replies/a.txt", "Thanks, it ships today.");
        var result = await ws.RunAsync("check", "images", "replies");

        result.ExitCode.Should().Be(2);
        result.Stderr.Trim().Should().StartWith("images: error: no reply files in the folder");
        result.Stdout.Should().Contain("1 file, 1 reply", "the other folder is still checked");
    }

    [Fact]
    public async Task A_folder_with_reply_files_is_not_an_error()
    {
        using var ws = new Workspace();
        ws.Write("replies/a.txt", "Thanks, it ships today.");
        var result = await ws.RunAsync("check", "replies");

        result.ExitCode.Should().Be(0);
        result.Stderr.Should().BeEmpty();
    }

    [Theory]
    [InlineData("empty.txt", "")]
    [InlineData("blank.txt", "  \n\n ")]
    [InlineData("empty.md", "")]
    [InlineData("front-matter-only.md", "---\nid: x\n---\n")]
    [InlineData("empty.json", "[]")]
    [InlineData("empty-object.json", "{}")]
    [InlineData("empty.jsonl", "\n\n")]
    [InlineData("header-only.csv", "id,text\n")]
    public async Task A_file_without_replies_is_reported_not_scored(string name, string content)
    {
        using var ws = new Workspace();
        ws.Write(name, content);
        var result = await ws.RunAsync("check", "--format", "json", name);

        result.ExitCode.Should().Be(2);
        var json = result.Json();
        json.GetProperty("replies").GetArrayLength().Should().Be(0, "an empty file has no score, not a calm one");
        var error = json.GetProperty("summary").GetProperty("errors").EnumerateArray().Should().ContainSingle().Subject;
        error.GetProperty("file").GetString().Should().Be(name);
        error.GetProperty("message").GetString().Should().MatchRegex("empty file|no replies");
    }

    [Theory]
    [InlineData("replies.json", "[{\"id\": \"a\", \"text\": \"\"}, {\"id\": \"b\", \"text\": \"It ships today.\"}]", "replies.json:1: error: reply a is empty; there is nothing to check")]
    [InlineData("replies.csv", "id,text\na,\nb,It ships today.\n", "replies.csv:2: error: reply a is empty; there is nothing to check")]
    [InlineData("replies.jsonl", "{\"id\": \"a\", \"text\": \"  \"}\n{\"id\": \"b\", \"text\": \"It ships today.\"}\n", "replies.jsonl:1: error: reply a is empty; there is nothing to check")]
    [InlineData("macros.json", "{\"macros\": [{\"id\": 7, \"title\": \"E\", \"actions\": [{\"field\": \"comment_value\", \"value\": \"\"}]}, {\"id\": 8, \"title\": \"F\", \"actions\": [{\"field\": \"comment_value\", \"value\": \"It ships today.\"}]}]}", "macros.json:1: error: reply 7 is empty; there is nothing to check")]
    public async Task An_empty_reply_in_a_file_of_replies_is_reported_not_scored(string name, string content, string error)
    {
        using var ws = new Workspace();
        ws.Write(name, content);
        var result = await ws.RunAsync("check", "--format", "json", name);

        result.ExitCode.Should().Be(2);
        result.Stderr.Trim().Should().Be(error);
        result.Json().GetProperty("replies").EnumerateArray().Should().ContainSingle("the other reply is still checked");
    }

    [Theory]
    [InlineData("[\"channel:all\"]")]
    [InlineData("42")]
    public async Task A_zendesk_comment_without_text_is_an_error_not_a_reply(string value)
    {
        using var ws = new Workspace();
        ws.Write("macros.json", "{\"macros\": [{\"id\": 5, \"title\": \"W\", \"actions\": [{\"field\": \"status\", \"value\": \"open\"},\n{\"field\": \"comment_value\", \"value\": " + value + "}]}]}");
        var result = await ws.RunAsync("check", "macros.json");

        result.ExitCode.Should().Be(2);
        result.Stderr.Trim().Should().Be("macros.json:2: error: macro 5: the comment_value value is neither text nor [\"channel:...\", \"text\"]");
    }

    [Theory]
    [InlineData("--bogus")]
    [InlineData("-z")]
    public async Task An_unknown_option_is_a_usage_error_naming_it(string option)
    {
        using var ws = new Workspace();
        ws.Write("a.txt", "Thanks, it ships today.");
        var result = await ws.RunAsync("check", option, "a.txt");

        result.ExitCode.Should().Be(2);
        result.Stderr.Should().Contain($"deesc: error: unknown option '{option}'").And.NotContain("file not found");
        result.Stdout.Should().BeEmpty();
    }

    [Fact]
    public async Task A_file_named_like_an_option_is_read_through_a_relative_path()
    {
        using var ws = new Workspace();
        ws.Write("-odd.txt", "Thanks, it ships today.");
        var result = await ws.RunAsync("check", "./-odd.txt");

        result.ExitCode.Should().Be(0);
    }

    [Fact]
    public async Task Invalid_utf8_on_stdin_is_refused_with_the_file_message()
    {
        using var ws = new Workspace();
        var bytes = new byte[] { (byte)'o', (byte)'k', (byte)'\n', (byte)'b', 0xC3, 0x28, (byte)'\n' };
        ws.WriteBytes("a.txt", bytes);
        var fromStdin = await ws.RunWithStdinBytesAsync(bytes, "check", "-");
        var fromFile = await ws.RunAsync("check", "a.txt");

        fromStdin.ExitCode.Should().Be(2);
        fromStdin.Stderr.Trim().Should().Be("<stdin>:2: error: invalid UTF-8 (byte 0xC3); save the file as UTF-8");
        fromFile.Stderr.Trim().Should().Be("a.txt:2: error: invalid UTF-8 (byte 0xC3); save the file as UTF-8");
    }

    [Theory]
    [InlineData("utf-16")]
    [InlineData("utf-8-bom")]
    public async Task Stdin_with_a_byte_order_mark_is_decoded_like_a_file(string encoding)
    {
        using var ws = new Workspace();
        var text = "Per our records it left.";
        var bytes = encoding == "utf-16"
            ? new UnicodeEncoding(false, true).GetPreamble().Concat(Encoding.Unicode.GetBytes(text)).ToArray()
            : new UTF8Encoding(true).GetPreamble().Concat(Encoding.UTF8.GetBytes(text)).ToArray();
        var result = await ws.RunWithStdinBytesAsync(bytes, "check", "--format", "json", "-");

        result.ExitCode.Should().Be(1);
        CliResult.Ids(result.Reply("1")).Should().Equal("TEST001");
        result.Reply("1").GetProperty("diagnostics")[0].GetProperty("column").GetInt32().Should().Be(1, "the byte order mark is not part of the text");
    }

    [Fact]
    public async Task Empty_stdin_is_reported()
    {
        using var ws = new Workspace();
        var result = await ws.RunWithStdinBytesAsync(System.Array.Empty<byte>(), "check", "-");

        result.ExitCode.Should().Be(2);
        result.Stderr.Trim().Should().Be("<stdin>: error: empty file; there is no reply to check");
    }

    [Theory]
    [InlineData("text")]
    [InlineData("json")]
    [InlineData("sarif")]
    public async Task Every_input_error_is_one_line_on_stderr_in_every_format(string format)
    {
        using var ws = new Workspace();
        ws.Write("bad.json", "[\n  {\"text\": oops}\n]");
        ws.Write("good.txt", "Thanks, it ships today.");
        var result = await ws.RunAsync("check", "--format", format, "bad.json", "missing.txt", "good.txt");

        result.ExitCode.Should().Be(2);
        var lines = result.Stderr.TrimEnd().Split('\n');
        lines.Should().HaveCount(2);
        lines.Should().Contain("missing.txt: error: file not found");
        lines.Should().ContainSingle(l => l.StartsWith("bad.json:2: error: invalid JSON", System.StringComparison.Ordinal));
        if (format == "json")
        {
            result.Json().GetProperty("summary").GetProperty("errors").GetArrayLength().Should().Be(2, "the report still carries them");
        }
        else if (format == "sarif")
        {
            result.Json().GetProperty("runs")[0].GetProperty("invocations")[0].GetProperty("toolExecutionNotifications").GetArrayLength().Should().Be(2);
        }
    }
}
