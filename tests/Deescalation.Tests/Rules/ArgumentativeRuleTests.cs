using Deescalation.Tests.TestSupport;
using FluentAssertions;
using Xunit;

namespace Deescalation.Tests.Rules;

public class ArgumentativeRuleTests
{
    [Theory]
    [InlineData("Sorry, but [|you're wrong|] about the price.")]
    [InlineData("[|That is not true|]: we emailed you on Monday.")]
    [InlineData("[|With all due respect,|] the form was incomplete.")]
    [InlineData("[|No offence, but|] the terms are clear.")]
    [InlineData("[|I have to disagree with you there|].")]
    [InlineData("Our logs [|show otherwise|].")]
    public void Arguing_is_reported(string markup) => Markup.VerifyHits(markup, "DEESC010");

    [Theory]
    [InlineData("You're right, and I'm sorry.")]
    [InlineData("That's true, the delivery was late.")]
    [InlineData("No offence taken at all!")]
    [InlineData("I understand why you disagree with the fee, so I've asked a manager to review it.")]
    public void Agreement_is_not_argument(string text) => Markup.VerifyNone(text, DiagnosticCategories.Argumentative);

    [Fact]
    public void Fix_restates_the_shared_goal()
    {
        Markup.ApplyRuleFixes("I have to disagree with you there. The staff were polite.", "DEESC010").Should().Be("I want to get this right for you. The staff were polite.");
    }
}
