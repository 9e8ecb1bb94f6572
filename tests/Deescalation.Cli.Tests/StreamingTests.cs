using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;
using FluentAssertions;
using Xunit;

namespace Deescalation.Cli.Tests;

public class StreamingTests
{
    [Fact]
    public async Task A_100000_line_jsonl_file_is_reported_completely_and_in_input_order()
    {
        using var ws = new Workspace();
        const int Lines = 100_000;
        var builder = new StringBuilder(Lines * 60);
        for (var i = 1; i <= Lines; i++)
        {
            builder.Append("{\"id\":\"r").Append(i.ToString(CultureInfo.InvariantCulture)).Append("\",\"text\":\"");
            builder.Append(i % 1000 == 0 ? "Per our records it left." : "Thanks, it ships today.").Append("\"}\n");
        }

        ws.Write("big.jsonl", builder.ToString());
        var result = await ws.RunAsync("check", "--format", "json", "--fail-on", "none", "big.jsonl");

        result.ExitCode.Should().Be(0);
        using var document = JsonDocument.Parse(result.Stdout);
        var replies = document.RootElement.GetProperty("replies");
        replies.GetArrayLength().Should().Be(Lines);
        var expected = 1;
        var flagged = 0;
        foreach (var reply in replies.EnumerateArray())
        {
            reply.GetProperty("id").GetString().Should().Be("r" + expected.ToString(CultureInfo.InvariantCulture));
            reply.GetProperty("line").GetInt32().Should().Be(expected);
            if (reply.GetProperty("diagnostics").GetArrayLength() > 0)
            {
                flagged++;
                (expected % 1000).Should().Be(0);
            }

            expected++;
        }

        flagged.Should().Be(Lines / 1000);
        document.RootElement.GetProperty("summary").GetProperty("replies").GetInt32().Should().Be(Lines);
    }

    [Fact]
    public async Task Errors_and_replies_keep_their_relative_order()
    {
        using var ws = new Workspace();
        var builder = new StringBuilder();
        for (var i = 1; i <= 1000; i++)
        {
            builder.Append(i % 250 == 0 ? "{broken\n" : "{\"text\":\"per our records\"}\n");
        }

        ws.Write("a.jsonl", builder.ToString());
        var result = await ws.RunAsync("check", "a.jsonl");

        var findingLines = result.Stdout.Split('\n').Select(l => l.Trim()).Where(l => l.StartsWith("a.jsonl:", System.StringComparison.Ordinal)).ToList();
        findingLines.Should().HaveCount(996);
        findingLines[0].Should().StartWith("a.jsonl:1:10:");
        findingLines[995].Should().StartWith("a.jsonl:999:10:");
        result.Stderr.Should().Contain("a.jsonl:250: error").And.Contain("a.jsonl:1000: error");
    }
}
