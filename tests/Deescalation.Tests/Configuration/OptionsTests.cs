using System;
using System.Linq;
using FluentAssertions;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Deescalation.Tests.Configuration;

public class OptionsTests
{
    [Fact]
    public void Severity_by_rule_id_wins_over_category()
    {
        var analyzer = new ReplyAnalyzer(new DeescalationOptions
        {
            Severities = { ["blame"] = DiagnosticSeverity.Info, ["DEESC004"] = DiagnosticSeverity.Error },
        });
        var analysis = analyzer.Analyze("You should have checked. The courier messed up.");
        analysis.Diagnostics.Single(d => d.Id == "DEESC004").Severity.Should().Be(DiagnosticSeverity.Error);
        analysis.Diagnostics.Single(d => d.Id == "DEESC005").Severity.Should().Be(DiagnosticSeverity.Info);
    }

    [Theory]
    [InlineData("Blame")]
    [InlineData("BLAME")]
    [InlineData("deesc004")]
    public void Severity_keys_ignore_case_as_documented(string key)
    {
        var analyzer = new ReplyAnalyzer(new DeescalationOptions { Severities = { [key] = DiagnosticSeverity.Info } });
        analyzer.Analyze("You should have checked.").Diagnostics.Single(d => d.Id == "DEESC004").Severity.Should().Be(DiagnosticSeverity.Info);
    }

    [Theory]
    [InlineData("DEESC003")]
    [InlineData("vague-promise")]
    [InlineData("Vague-Promise")]
    public void Disabled_rules_do_not_run(string key)
    {
        var analyzer = new ReplyAnalyzer(new DeescalationOptions { DisabledRules = { key } });
        analyzer.Analyze("We'll look into it.").Diagnostics.Should().BeEmpty();
        analyzer.SupportedDiagnostics.Should().NotContain(d => d.Id == "DEESC003");
    }

    [Fact]
    public void Disabling_missing_acknowledgement_keeps_the_acknowledgement_in_the_score()
    {
        // The acknowledgement rule's rows feed the score even when its finding is turned off.
        var context = new ReplyContext { CustomerMessage = "This is the third time it broke. Unacceptable!" };
        var enabled = ReplyAnalyzer.Default.Analyze("I understand how annoying that is. A new one ships today.", context);
        var disabled = new ReplyAnalyzer(new DeescalationOptions { DisabledRules = { "missing-acknowledgement" } })
            .Analyze("I understand how annoying that is. A new one ships today.", context);
        disabled.Score.Should().Be(enabled.Score);
        new ReplyAnalyzer(new DeescalationOptions { DisabledRules = { "DEESC015" } })
            .Analyze("A new one ships today.", context).Diagnostics.Should().BeEmpty();
    }

    [Fact]
    public void Custom_phrase_rules_report_under_their_category_with_their_fix()
    {
        var analyzer = new ReplyAnalyzer(new DeescalationOptions
        {
            CustomRules =
            {
                new CustomPhraseRule("per company guidelines", DiagnosticCategories.Deflection, "Explain the reason instead.") { Replacement = "under our policy" },
                new CustomPhraseRule("no worries", DiagnosticCategories.Dismissive, "Too casual for complaints.") { Id = "ACME001", Severity = DiagnosticSeverity.Info },
            },
        });
        var text = "Per company guidelines, refunds take a week. No worries!";
        var analysis = analyzer.Analyze(text);
        var custom = analysis.Diagnostics.Single(d => d.Id == "DEESC901");
        custom.Category.Should().Be("deflection");
        text.Substring(custom.Span.Start, custom.Span.Length).Should().Be("Per company guidelines");
        analysis.Diagnostics.Single(d => d.Id == "ACME001").Severity.Should().Be(DiagnosticSeverity.Info);
        TextEdit.Apply(text, custom.Fixes[0].Edits).Should().StartWith("Under our policy, refunds");
    }

    [Fact]
    public void A_custom_replacement_that_would_break_the_sentence_is_not_offered()
    {
        // "Because, refunds take a week." is not a sentence: the engine's checks drop the fix, the finding stays.
        var analyzer = new ReplyAnalyzer(new DeescalationOptions
        {
            CustomRules = { new CustomPhraseRule("per company guidelines", DiagnosticCategories.Deflection, "Explain the reason instead.") { Replacement = "because" } },
        });
        var analysis = analyzer.Analyze("Per company guidelines, refunds take a week.");
        analysis.Diagnostics.Single(d => d.Id == "DEESC901").Fixes.Should().BeEmpty();
    }

    [Theory]
    [InlineData("ResponseWindowBusinessDays")]
    [InlineData("TooManyOptions")]
    [InlineData("Severities")]
    [InlineData("DisabledRules")]
    [InlineData("CustomRules")]
    public void Invalid_settings_fail_with_the_setting_named(string setting)
    {
        var options = new DeescalationOptions();
        switch (setting)
        {
            case "ResponseWindowBusinessDays": options.ResponseWindowBusinessDays = 0; break;
            case "TooManyOptions": options.TooManyOptions = 1; break;
            case "Severities": options.Severities["DEESC999"] = DiagnosticSeverity.Error; break;
            case "DisabledRules": options.DisabledRules.Add("rudeness"); break;
            case "CustomRules": options.CustomRules.Add(new CustomPhraseRule("x", "rudeness", "m")); break;
        }

        var act = () => new ReplyAnalyzer(options);
        act.Should().Throw<ArgumentException>().WithMessage($"*{setting}*");
    }

    [Fact]
    public void AddDeescalation_registers_one_validated_singleton()
    {
        var services = new ServiceCollection();
        services.AddDeescalation(o => o.AllowedPhrases.Add("Relax Mode")).Should().BeSameAs(services);
        using var provider = services.BuildServiceProvider();
        var analyzer = provider.GetRequiredService<IReplyAnalyzer>();
        analyzer.Should().BeSameAs(provider.GetRequiredService<ReplyAnalyzer>());
        analyzer.Analyze("Relax Mode is on.").Diagnostics.Should().BeEmpty();
    }

    [Fact]
    public void AddDeescalation_keeps_an_earlier_registration()
    {
        var mine = new ReplyAnalyzer(new DeescalationOptions { DisabledRules = { "shouting" } });
        var services = new ServiceCollection();
        services.AddSingleton(mine);
        services.AddDeescalation();
        services.AddDeescalation(o => o.TooManyOptions = 4);
        using var provider = services.BuildServiceProvider();
        provider.GetRequiredService<IReplyAnalyzer>().Should().BeSameAs(mine);
    }

    [Fact]
    public void AddDeescalation_fails_at_registration_on_a_bad_setting()
    {
        var act = () => new ServiceCollection().AddDeescalation(o => o.ResponseWindowBusinessDays = 99);
        act.Should().Throw<ArgumentException>().WithMessage("*ResponseWindowBusinessDays*");
    }
}
