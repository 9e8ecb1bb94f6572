using System.Linq;
using System.Threading.Tasks;
using FluentAssertions;
using Xunit;

namespace Deescalation.Cli.Tests;

/// <summary>Safe fixes, fixes that need the agent's input, and suggestions, as `deesc` reports and applies them.</summary>
public class FixApplicabilityTests
{
    private const string Draft = "Hi Sam,\n\nPer our records it left. We'll look into it.\n";

    [Fact]
    public async Task Fix_applies_safe_fixes_only_by_default()
    {
        using var ws = new Workspace();
        ws.Write("a.txt", Draft);
        var result = await ws.RunAsync("fix", "a.txt");

        result.ExitCode.Should().Be(0, result.Stderr);
        ws.Read("a.txt").Should().Be("Hi Sam,\n\nI checked and it left. We'll look into it.\n");
        result.Stderr.Should().Contain("1 finding(s) left to fix by hand");
    }

    [Fact]
    public async Task Fix_with_include_needs_input_also_applies_templates_and_keeps_their_placeholders()
    {
        using var ws = new Workspace();
        ws.Write("a.txt", Draft);
        var result = await ws.RunAsync("fix", "--include", "needs-input", "a.txt");

        result.ExitCode.Should().Be(0, result.Stderr);
        ws.Read("a.txt").Should().Be("Hi Sam,\n\nI checked and it left. We'll look into it by [time].\n");

        // The placeholder is for the agent: checking the result flags nothing the fixes claimed to resolve.
        var check = await ws.RunAsync("check", "--format", "json", "--fail-on", "none", "a.txt");
        check.Json().GetProperty("replies")[0].GetProperty("diagnostics").GetArrayLength().Should().Be(0, check.Stdout);
    }

    [Fact]
    public async Task Fix_refuses_an_unknown_include()
    {
        using var ws = new Workspace();
        ws.Write("a.txt", Draft);
        var result = await ws.RunAsync("fix", "--include", "suggestion", "a.txt");

        result.ExitCode.Should().NotBe(0);
        ws.Read("a.txt").Should().Be(Draft);
    }

    [Fact]
    public async Task Json_carries_the_applicability_and_the_placeholders_of_each_fix()
    {
        using var ws = new Workspace();
        ws.Write("a.txt", Draft);
        var result = await ws.RunAsync("check", "--format", "json", "--fail-on", "none", "a.txt");

        var diagnostics = result.Json().GetProperty("replies")[0].GetProperty("diagnostics").EnumerateArray().ToList();
        var custom = diagnostics.Single(d => d.GetProperty("id").GetString() == "TEST001").GetProperty("fixes")[0];
        custom.GetProperty("applicability").GetString().Should().Be("safe");
        custom.GetProperty("edits")[0].TryGetProperty("placeholders", out _).Should().BeFalse();

        var vague = diagnostics.Single(d => d.GetProperty("id").GetString() == "DEESC003").GetProperty("fixes")[0];
        vague.GetProperty("applicability").GetString().Should().Be("needs-input");
        var edit = vague.GetProperty("edits")[0];
        edit.GetProperty("newText").GetString().Should().Be(" by [time]");
        var placeholder = edit.GetProperty("placeholders")[0];
        edit.GetProperty("newText").GetString()!.Substring(placeholder.GetProperty("start").GetInt32(), placeholder.GetProperty("length").GetInt32()).Should().Be("[time]");
    }

    [Fact]
    public async Task Sarif_fixes_are_safe_fixes_and_the_others_go_in_the_properties()
    {
        using var ws = new Workspace();
        ws.Write("a.txt", Draft);
        var result = await ws.RunAsync("check", "--format", "sarif", "--fail-on", "none", "a.txt");

        var results = result.Json().GetProperty("runs")[0].GetProperty("results").EnumerateArray().ToList();
        var custom = results.Single(r => r.GetProperty("ruleId").GetString() == "TEST001");
        custom.GetProperty("fixes").GetArrayLength().Should().Be(1);

        var vague = results.Single(r => r.GetProperty("ruleId").GetString() == "DEESC003");
        vague.TryGetProperty("fixes", out _).Should().BeFalse("a SARIF viewer may apply a fix without asking");
        var other = vague.GetProperty("properties").GetProperty("deescalation/otherFixes")[0];
        other.GetProperty("applicability").GetString().Should().Be("needs-input");
        other.GetProperty("insertedTexts")[0].GetString().Should().Be(" by [time]");
    }

    [Fact]
    public async Task Text_output_marks_fixes_that_need_input()
    {
        using var ws = new Workspace();
        ws.Write("a.txt", Draft);
        var result = await ws.RunAsync("check", "a.txt");

        result.Stdout.Should().Contain("\"We'll look into it\" -> \"We'll look into it by [time]\" (fill in the [placeholders]; deesc fix --include needs-input)");
        result.Stdout.Should().Contain("\"Per our records\" -> \"I checked and\"\n");
    }
}
