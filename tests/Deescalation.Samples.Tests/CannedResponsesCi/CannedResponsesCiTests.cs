using System;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using FluentAssertions;
using Xunit;

namespace Deescalation.Samples.Tests.CannedResponsesCi;

/// <summary>
/// `deesc check` over the sample's canned responses with the sample's own .deescalation.json: exactly which responses
/// fail at the default `--fail-on warning`, the team's custom phrase rule, the allowed product name, and the README's transcript.
/// </summary>
public sealed class CannedResponsesCiTests
{
    private const string Billing = "responses/billing.yaml";
    private const string Shipping = "responses/shipping.yaml";
    private const string Product = "responses/product.yaml";
    private const string Closure = "responses/account/closure-request.md";
    private const string PasswordReset = "responses/account/password-reset.md";
    private const string StatusUpdate = "responses/outages/status-update.md";

    /// <summary>A Markdown file holds one reply, reported with id "1".</summary>
    private const string MarkdownReply = "1";

    private static readonly string[] FailingResponses =
    [
        $"{Billing}#billing-refund-outside-window",
        $"{Billing}#price_increase",
        $"{Shipping}#delivery_delayed",
        $"{Shipping}#wrong_address",
        $"{Shipping}#missed_delivery",
        $"{Product}#noisy_fan",
        $"{Closure}#{MarkdownReply}",
    ];

    private static readonly string[] PassingResponses =
    [
        $"{Billing}#duplicate_charge",
        $"{Billing}#invoice_copy",
        $"{Billing}#payment_failed",
        $"{Shipping}#arrived_damaged",
        $"{Shipping}#tracking_link",
        $"{Product}#bedtime_lights",
        $"{PasswordReset}#{MarkdownReply}",
        $"{StatusUpdate}#{MarkdownReply}",
    ];

    [Fact]
    public async Task Check_exits_with_1_and_fails_exactly_the_seven_risky_responses()
    {
        var report = await CannedResponsesSample.CheckJsonAsync();

        report.Output.ExitCode.Should().Be(1, "a warning or an error fails the run at the default --fail-on warning");
        report.Output.Stderr.Should().BeEmpty();
        report.Replies.Select(r => r.Key).Should().BeEquivalentTo(FailingResponses.Concat(PassingResponses), "every response in the sample is read, each once");
        report.Replies.Where(r => r.Fails).Select(r => r.Key).Should().BeEquivalentTo(FailingResponses);
        report.Replies.Where(r => !r.Fails).Select(r => r.Key).Should().BeEquivalentTo(PassingResponses);
        report.Summary.GetProperty("files").GetInt32().Should().Be(6);
        report.Summary.GetProperty("replies").GetInt32().Should().Be(15);
        report.Summary.GetProperty("errors").GetArrayLength().Should().Be(0, "every file of the sample parses");
    }

    [Theory]
    [InlineData(Billing, "billing-refund-outside-window", "DEESC011@17 DEESC011@17")]
    [InlineData(Billing, "price_increase", "HB001@24")]
    [InlineData(Shipping, "delivery_delayed", "DEESC003@4")]
    [InlineData(Shipping, "wrong_address", "DEESC004@12")]
    [InlineData(Shipping, "missed_delivery", "DEESC007@15")]
    [InlineData(Product, "noisy_fan", "DEESC008@8")]
    [InlineData(Closure, MarkdownReply, "DEESC006@8")]
    public async Task A_failing_response_fails_on_the_rules_the_readme_names(string file, string id, string failingRules)
    {
        var report = await CannedResponsesSample.CheckJsonAsync();

        report.Reply(file, id).Findings.Where(f => f.FailsTheRun).Select(f => $"{f.RuleId}@{f.Line}")
            .Should().Equal(failingRules.Split(' '));
    }

    [Fact]
    public async Task The_custom_phrase_rule_from_the_config_fires_on_kindly_note_alone_and_fails_its_response()
    {
        var report = await CannedResponsesSample.CheckJsonAsync();

        var hits = report.Replies.SelectMany(r => r.Findings.Where(f => f.RuleId == "HB001").Select(f => (Reply: r, Finding: f))).ToList();
        hits.Should().ContainSingle("only price_increase says \"kindly note\"");
        var (reply, finding) = hits[0];
        reply.Key.Should().Be($"{Billing}#price_increase");
        finding.Category.Should().Be("dismissive");
        finding.Severity.Should().Be("warning");
        finding.Message.Should().Be("\"Kindly note\" reads as a brush-off in our support voice; say it plainly.");
        (finding.Start, finding.Length).Should().Be((0, "Kindly note".Length));
        CannedResponsesSample.TextAt(Billing, finding.Line, finding.Column, finding.EndLine, finding.EndColumn).Should().Be("Kindly note");
        finding.FixTexts.Should().Equal("Please note");
        reply.Findings.Where(f => f.RuleId != "HB001").Should().OnlyContain(f => f.Severity == "info", "the team's rule alone is what fails price_increase");
    }

    [Fact]
    public async Task The_allowed_product_name_is_not_flagged_while_calm_down_said_to_the_customer_is()
    {
        var report = await CannedResponsesSample.CheckJsonAsync();

        report.Reply(Product, "bedtime_lights").Findings.Should().BeEmpty("\"Calm Down Mode\" is an allowed product name");
        var noisyFan = report.Reply(Product, "noisy_fan").Findings.Should().ContainSingle().Subject;
        noisyFan.RuleId.Should().Be("DEESC008");
        CannedResponsesSample.TextAt(Product, noisyFan.Line, noisyFan.Column, noisyFan.EndLine, noisyFan.EndColumn).Should().Be("Please calm down");
    }

    [Fact]
    public async Task Without_the_team_config_calm_down_mode_is_flagged_and_the_custom_rule_is_gone()
    {
        // The control for the two tests above: the sample's .deescalation.json, found by discovery, is what makes the difference.
        using var folder = new TemporaryFolder();
        var emptyConfig = folder.Combine(".deescalation.json");
        await File.WriteAllTextAsync(emptyConfig, "{}");

        var report = await CannedResponsesSample.CheckJsonAsync("--config", emptyConfig);

        var bedtime = report.Reply(Product, "bedtime_lights").Findings.Should().ContainSingle().Subject;
        bedtime.RuleId.Should().Be("DEESC008");
        CannedResponsesSample.TextAt(Product, bedtime.Line, bedtime.Column, bedtime.EndLine, bedtime.EndColumn).Should().StartWith("Calm Down");
        report.Replies.SelectMany(r => r.Findings).Should().NotContain(f => f.RuleId == "HB001");
        report.Reply(Billing, "price_increase").Fails.Should().BeFalse("without HB001 only the info-level \"Obviously\" is left");
    }

    [Fact]
    public async Task The_readme_shows_the_current_output_of_its_command()
    {
        // The README's command is `deesc check responses` run inside the sample folder.
        var output = await CannedResponsesSample.RunAsync("check", "responses");
        var readme = await File.ReadAllTextAsync(Path.Combine(CannedResponsesSample.Folder, "README.md"));

        output.ExitCode.Should().Be(1);
        var section = readme.ReplaceLineEndings("\n").Split("## The output\n", 2)[1];
        var start = section.IndexOf("```\n", StringComparison.Ordinal) + "```\n".Length;
        var transcript = section[start..section.IndexOf("\n```", start, StringComparison.Ordinal)];
        transcript.Should().Be(
            output.Stdout.ReplaceLineEndings("\n").TrimEnd('\n'),
            "samples/CannedResponsesCi/README.md must show what `deesc check responses` prints in that folder today; paste the new output there");
    }
}
