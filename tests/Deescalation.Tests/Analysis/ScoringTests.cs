using System.Linq;
using FluentAssertions;
using Xunit;

namespace Deescalation.Tests.Analysis;

public class ScoringTests
{
    [Theory]
    [InlineData("Thanks for your patience. I've refunded the order, and it will show by Friday.")]
    [InlineData("Your parcel is at the depot.")]
    [InlineData("")]
    public void Clean_replies_score_90_or_more_and_are_calm(string text)
    {
        var analysis = ReplyAnalyzer.Default.Analyze(text);
        analysis.Diagnostics.Should().BeEmpty();
        analysis.Score.Should().BeGreaterOrEqualTo(90);
        analysis.Band.Should().Be(ScoreBand.Calm);
    }

    [Fact]
    public void Acknowledgement_next_step_and_thanks_raise_the_score()
    {
        var plain = ReplyAnalyzer.Default.Analyze("Your parcel is at the depot.").Score;
        var warm = ReplyAnalyzer.Default.Analyze("Thanks for your patience, I understand the wait was frustrating. I've booked delivery for Friday.").Score;
        warm.Should().BeGreaterThan(plain);
        warm.Should().BeLessOrEqualTo(100);
    }

    [Fact]
    public void Findings_lower_the_score_by_severity()
    {
        var one = ReplyAnalyzer.Default.Analyze("We'll look into it.");
        var many = ReplyAnalyzer.Default.Analyze("Calm down. You should have read the terms. We'll look into it soon!!");
        one.Score.Should().BeLessThan(90);
        many.Score.Should().BeLessThan(one.Score);
        many.Band.Should().Be(ScoreBand.Escalating);
    }

    [Fact]
    public void A_mild_debatable_finding_does_not_rank_with_blame()
    {
        // Vague promise is a warning the rule is only sometimes sure of; blame is an error it is certain of.
        var vague = ReplyAnalyzer.Default.Analyze("We'll have an update for you soon.");
        var blame = ReplyAnalyzer.Default.Analyze("You should have read the terms.");
        vague.Diagnostics.Should().ContainSingle().Which.Category.Should().Be("vague-promise");
        blame.Diagnostics.Should().ContainSingle().Which.Category.Should().Be("blame");
        vague.Score.Should().BeGreaterThan(blame.Score + 15);
        vague.Score.Should().BeLessOrEqualTo(88, "any visible finding ranks below every clean reply");
    }

    [Fact]
    public void A_second_finding_of_a_category_counts_half()
    {
        var one = ReplyAnalyzer.Default.Analyze("You should have read the terms.");
        var two = ReplyAnalyzer.Default.Analyze("You should have read the terms. You failed to check the box.");
        two.Diagnostics.Should().HaveCount(2);
        (one.Score - two.Score).Should().BeLessThan(92 - one.Score);
    }

    [Theory]
    [InlineData("DEESC001", "Certain")]
    [InlineData("DEESC003", "Possible")]
    [InlineData("DEESC015", "Likely")]
    public void Each_rule_says_how_sure_it_is_in_its_data(string id, string confidence) =>
        ReplyAnalyzer.Default.SupportedDiagnostics.Single(d => d.Id == id).Confidence.ToString().Should().Be(confidence);

    [Fact]
    public void Hidden_findings_do_not_count()
    {
        var analyzer = new ReplyAnalyzer(new DeescalationOptions { Severities = { ["vague-promise"] = DiagnosticSeverity.Hidden } });
        var analysis = analyzer.Analyze("We'll look into it.");
        analysis.Diagnostics.Single().Severity.Should().Be(DiagnosticSeverity.Hidden);
        analysis.Score.Should().BeGreaterOrEqualTo(90);
        analysis.HasFindings.Should().BeFalse();
    }
}
