using Deescalation.Tests.TestSupport;
using FluentAssertions;
using Xunit;

namespace Deescalation.Tests.Rules;

public class OverpromiseRuleTests
{
    [Theory]
    [InlineData("[|I guarantee the parcel will arrive tomorrow|].")]
    [InlineData("[|This will never happen again|].")]
    [InlineData("Our engineer will [|100%|] fix it today.")]
    [InlineData("[|I promise you it will be there by Monday|].")]
    [InlineData("[|We can assure you that it won't happen again|].")]
    [InlineData("The new part [|will definitely|] solve it.")]
    public void Promises_of_outcomes_are_reported(string markup) => Markup.VerifyHits(markup, "DEESC006");

    [Theory]
    [InlineData("Every order is covered by our 30-day money-back guarantee.")]
    [InlineData("You'll get a 100% refund once the item is back.")]
    [InlineData("I promise to call you by 5 pm today.")]
    [InlineData("We'll do everything we can to make sure it never happens again.")]
    [InlineData("I'll definitely pass your feedback to the team.")]
    [InlineData("I assure you we're doing our best.")]
    public void Written_guarantees_and_steps_are_not_overpromises(string text) => Markup.VerifyNone(text, DiagnosticCategories.Overpromise);

    [Fact]
    public void Fix_promises_the_step_not_the_outcome()
    {
        var fixedText = Markup.ApplyRuleFixes("I guarantee you'll never be overcharged again.", "DEESC006");
        fixedText.Should().Be("I'll do everything I can to make sure you'll never be overcharged again.");
        Markup.VerifyNone(fixedText, DiagnosticCategories.Overpromise);
    }

    [Fact]
    public void Fix_drops_the_percentage()
    {
        Markup.ApplyRuleFixes("The technician will 100% fix it.", "DEESC006").Should().Be("The technician will fix it.");
    }
}
