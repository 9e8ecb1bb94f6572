using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using FluentAssertions;
using Xunit;

namespace Deescalation.Cli.Tests;

public class BadInputTests
{
    [Theory]
    [InlineData("bad.json", "[\n  {\"text\": \"ok\"},\n  {\"text\": oops}\n]", 3, "invalid JSON")]
    [InlineData("bad.jsonl", "{\"text\": \"ok\"}\n{\"text\": \"unterminated}\n", 2, "invalid JSON")]
    [InlineData("bad.jsonl", "{\"text\": \"ok\"}\n[1, 2]\n", 2, "expected a JSON object")]
    [InlineData("bad.json", "{\"a\": {\"body\": \"no text field\"}}", 1, "has no string field 'text'")]
    [InlineData("bad.yaml", "a: ok\nb: [unclosed\nc: x\n", 2, "invalid YAML")]
    [InlineData("bad.yaml", "- just\n- a: [1]\n", 2, "has no string field 'text'")]
    [InlineData("bad.csv", "id,text\n1,ok\n2,\"never closed\n3,x\n", 3, "invalid CSV")]
    [InlineData("bad.resx", "<root>\n<data name=\"a\"><value>x</value></data>\n<oops>\n</root>", 4, "invalid XML")]
    public async Task Malformed_files_are_reported_with_file_and_line_and_the_rest_is_checked(string name, string content, int line, string message)
    {
        using var ws = new Workspace();
        ws.Write(name, content);
        ws.Write("good.txt", "Per our records it left.");
        var result = await ws.RunAsync("check", "--format", "json", name, "good.txt");

        result.ExitCode.Should().Be(2);
        result.Stderr.Trim().Should().Be($"{name}:{line}: error: " + result.Json().GetProperty("summary").GetProperty("errors")[0].GetProperty("message").GetString(), "one line on stderr as well as in the report; no stack trace anywhere");
        var json = result.Json();
        var error = json.GetProperty("summary").GetProperty("errors")[0];
        error.GetProperty("file").GetString().Should().Be(name);
        error.GetProperty("line").GetInt32().Should().Be(line);
        error.GetProperty("message").GetString().Should().Contain(message);
        json.GetProperty("replies").EnumerateArray().Should().Contain(r => r.GetProperty("file").GetString() == "good.txt");
    }

    [Fact]
    public async Task Text_output_prints_one_line_per_error_on_stderr()
    {
        using var ws = new Workspace();
        ws.Write("bad.jsonl", "{\"text\": \"ok\"}\n{oops\n{\"text\": \"per our records\"}\n");
        var result = await ws.RunAsync("check", "bad.jsonl");

        result.ExitCode.Should().Be(2);
        result.Stderr.Trim().Split('\n').Should().ContainSingle().Which.Should().StartWith("bad.jsonl:2: error: invalid JSON");
        result.Stdout.Should().Contain("bad.jsonl:3:11: warning TEST001", "the other lines of the file are still checked");
    }

    [Fact]
    public async Task Invalid_utf8_names_the_line()
    {
        using var ws = new Workspace();
        ws.WriteBytes("a.txt", new byte[] { (byte)'o', (byte)'k', (byte)'\n', (byte)'b', 0xC3, 0x28, (byte)'\n' });
        ws.WriteBytes("b.jsonl", new byte[] { (byte)'{', (byte)'}', (byte)'\n' }.Concat(System.Text.Encoding.ASCII.GetBytes("{\"text\":\"")).Concat(new byte[] { 0xFF }).Concat(System.Text.Encoding.ASCII.GetBytes("\"}\n")).ToArray());
        var result = await ws.RunAsync("check", "--format", "json", "a.txt", "b.jsonl");

        var errors = result.Json().GetProperty("summary").GetProperty("errors");
        errors.GetArrayLength().Should().Be(3);
        errors[0].GetProperty("message").GetString().Should().Contain("invalid UTF-8");
        errors[0].GetProperty("line").GetInt32().Should().Be(2);
        errors[1].GetProperty("message").GetString().Should().Contain("has no string field 'text'");
        errors[2].GetProperty("message").GetString().Should().Contain("invalid UTF-8");
        errors[2].GetProperty("line").GetInt32().Should().Be(2);
    }

    [Theory]
    [InlineData("a.txt")]
    [InlineData("a.jsonl")]
    [InlineData("a.md")]
    public async Task Binary_files_are_rejected(string name)
    {
        using var ws = new Workspace();
        ws.WriteBytes(name, new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G', 0, 0, 0, 13, 1, 2 });
        var result = await ws.RunAsync("check", name);

        result.ExitCode.Should().Be(2);
        result.Stderr.Should().Contain(name).And.Contain("binary file");
    }

    [Fact]
    public async Task Missing_files_and_unsupported_types_are_errors_in_the_summary()
    {
        using var ws = new Workspace();
        ws.Write("notes.docx", "x");
        var result = await ws.RunAsync("check", "--format", "json", "missing.txt", "notes.docx", "nothing/**/*.yaml");

        result.ExitCode.Should().Be(2);
        var messages = result.Json().GetProperty("summary").GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("file").GetString() + ": " + e.GetProperty("message").GetString()).ToList();
        messages.Should().Equal("missing.txt: file not found", "notes.docx: unsupported file type '.docx'; expected one of .txt, .md, .json, .jsonl, .yaml, .csv, .eml, .resx", "nothing/**/*.yaml: no files match the pattern");
    }

    [Fact]
    public async Task An_unreadable_folder_is_an_error_and_its_siblings_are_checked()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        using var ws = new Workspace();
        ws.Write("macros/locked/a.txt", "Per our records.");
        ws.Write("macros/open/b.txt", "Per our records.");
        var locked = Path.Combine(ws.Root, "macros", "locked");
        File.SetUnixFileMode(locked, UnixFileMode.None);
        try
        {
            var readable = CanList(locked);
            var result = await ws.RunAsync("check", "--format", "json", "macros");

            var json = result.Json();
            json.GetProperty("replies").EnumerateArray().Should().Contain(r => r.GetProperty("file").GetString() == "macros/open/b.txt");
            if (readable)
            {
                // Running as root: permissions do not apply, so the folder is simply checked.
                result.ExitCode.Should().Be(1);
            }
            else
            {
                result.ExitCode.Should().Be(2);
                json.GetProperty("summary").GetProperty("errors")[0].GetProperty("message").GetString().Should().Be("cannot read folder: permission denied");
            }
        }
        finally
        {
            File.SetUnixFileMode(locked, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
    }

    private static bool CanList(string folder)
    {
        try
        {
            Directory.GetFiles(folder);
            return true;
        }
        catch (UnauthorizedAccessException)
        {
            return false;
        }
    }
}
