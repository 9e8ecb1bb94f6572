using System.Threading.Tasks;
using FluentAssertions;
using Xunit;

namespace Deescalation.Cli.Tests;

public class ExitCodeTests
{
    [Theory]
    [InlineData("Per the ticket, done.", "warning", 0)]
    [InlineData("Per the ticket, done.", "info", 1)]
    [InlineData("Per our records, done.", "warning", 1)]
    [InlineData("Per our records, done.", "error", 0)]
    [InlineData("Kindly note, done.", "error", 1)]
    [InlineData("Kindly note, done.", "none", 0)]
    [InlineData("All done.", "info", 0)]
    public async Task Fail_on_sets_the_lowest_failing_severity(string text, string failOn, int expected)
    {
        using var ws = new Workspace();
        ws.Write("a.txt", text);
        var result = await ws.RunAsync("check", "--fail-on", failOn, "a.txt");

        result.ExitCode.Should().Be(expected);
    }

    [Fact]
    public async Task Default_fail_level_is_warning()
    {
        using var ws = new Workspace();
        ws.Write("a.txt", "Per our records, done.");
        (await ws.RunAsync("check", "a.txt")).ExitCode.Should().Be(1);
    }

    [Fact]
    public async Task Min_score_fails_low_scoring_replies_even_with_fail_on_none()
    {
        using var ws = new Workspace();
        ws.Write("a.txt", "Kindly note, done.");
        var strict = await ws.RunAsync("check", "--fail-on", "none", "--min-score", "95", "a.txt");
        var lenient = await ws.RunAsync("check", "--fail-on", "none", "--min-score", "10", "a.txt");

        strict.ExitCode.Should().Be(1);
        strict.Stdout.Should().Contain("below the minimum score");
        lenient.ExitCode.Should().Be(0);
    }

    [Theory]
    [InlineData("check")]
    [InlineData("check --format xml a.txt")]
    [InlineData("check --fail-on severe a.txt")]
    [InlineData("check --min-score 150 a.txt")]
    [InlineData("frobnicate")]
    public async Task Usage_errors_exit_2_without_a_stack_trace(string commandLine)
    {
        using var ws = new Workspace();
        ws.Write("a.txt", "fine");
        var result = await ws.RunAsync(commandLine.Split(' '));

        result.ExitCode.Should().Be(2);
        result.Stderr.Should().Contain("deesc: error:").And.NotContain("   at ");
    }

    [Fact]
    public async Task Input_errors_win_over_findings()
    {
        using var ws = new Workspace();
        ws.Write("a.txt", "Kindly note.");
        var result = await ws.RunAsync("check", "a.txt", "missing.txt");

        result.ExitCode.Should().Be(2);
        result.Stdout.Should().Contain("a.txt:1:1: error TEST002");
    }
}
