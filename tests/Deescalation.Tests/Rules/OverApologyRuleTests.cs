using Deescalation.Tests.TestSupport;
using FluentAssertions;
using Xunit;

namespace Deescalation.Tests.Rules;

public class OverApologyRuleTests
{
    [Theory]
    [InlineData("[|Sorry! I'm sorry about the delay, and I apologise again|].")]
    [InlineData("[|We apologise for the mix-up. Sorry|] again for the trouble.")]
    [InlineData("[|I’m so sorry. Apologies|] for the late reply.")]
    public void Three_apologies_or_two_in_a_row_are_reported(string markup) => Markup.VerifyHits(markup, "DEESC014");

    [Theory]
    [InlineData("I'm sorry about the delay. Your order left today and arrives on Friday.")]
    [InlineData("I'm sorry about the delay. Your order left today. It arrives Friday, and I've added a voucher. Sorry again for the wait.")]
    [InlineData("No apology needed! I'm sorry it took us so long to reply.")]
    public void One_apology_or_apologies_far_apart_are_fine(string text) => Markup.VerifyNone(text, DiagnosticCategories.OverApology);

    [Fact]
    public void Fix_keeps_one_apology()
    {
        var text = "So sorry! Sorry about the damaged box, and sorry that it took a week. My apologies.";
        var fixedText = Markup.ApplyRuleFixes(text, "DEESC014");
        fixedText.Should().Be("Sorry about the damaged box, and that it took a week.");
        Markup.VerifyNone(fixedText, DiagnosticCategories.OverApology);
    }
}
