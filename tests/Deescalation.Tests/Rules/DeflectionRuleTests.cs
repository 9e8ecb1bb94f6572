using System.Linq;
using Deescalation.Tests.TestSupport;
using FluentAssertions;
using Xunit;

namespace Deescalation.Tests.Rules;

public class DeflectionRuleTests
{
    [Theory]
    [InlineData("Sorry, [|that's not my department|].")]
    [InlineData("[|There's nothing I can do|] about the fee.")]
    [InlineData("[|That's just our policy|].")]
    [InlineData("[|You'll have to contact|] the manufacturer.")]
    [InlineData("[|My hands are tied|] on this one.")]
    [InlineData("[|Rules are rules, I'm afraid|].")]
    public void Deflection_is_reported(string markup) => Markup.VerifyHits(markup, "DEESC011");

    [Theory]
    [InlineData("Under our policy you get a full refund, so I've started it.")]
    [InlineData("I can't change the seat myself, but I can ask the gate team to do it now.")]
    [InlineData("I've contacted the manufacturer for you and will update you on Monday.")]
    [InlineData("Tonight we're showing Not My Problem at 7 pm.")]
    public void Ownership_and_titles_are_not_deflection(string text) => Markup.VerifyNone(text, DiagnosticCategories.Deflection);

    [Fact]
    public void Fix_offers_help_instead()
    {
        Markup.ApplyRuleFixes("We can't help with refunds here.", "DEESC011").Should().Be("[who] can help with refunds here.");
        ReplyAnalyzer.Default.Analyze("You'll need to contact the warehouse.").Diagnostics.Single(d => d.Id == "DEESC011").Fixes
            .Should().BeEmpty("sending the customer on may be right; only the agent knows what help to add");
    }
}
