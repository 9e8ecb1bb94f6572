using Deescalation.Tests.TestSupport;
using FluentAssertions;
using Xunit;

namespace Deescalation.Tests.Rules;

public class PatronizingApologyRuleTests
{
    [Theory]
    [InlineData("[|I'm sorry you feel that way|].")]
    [InlineData("[|I am sorry you feel that way|].")]
    [InlineData("Thanks for writing. [|I’m really very sorry that you feel|] ignored.")]
    [InlineData("[|We are sorry if you were offended|] by the email.")]
    [InlineData("[|I apologise that you think the fee is unfair|].")]
    [InlineData("[|I'm sorry\nyou feel that way|], but the offer has ended.")]
    [InlineData("[|We're so sorry you were unhappy|] with the room.")]
    [InlineData("Hi {{first_name}}, [|I'm sorry you feel|] **let down**.")]
    public void Apology_for_feelings_is_reported_as_DEESC001(string markup) => Markup.VerifyHits(markup, "DEESC001");

    [Theory]
    [InlineData("[|Sorry if|] the instructions were unclear.")]
    [InlineData("[|My apologies if|] this caused any confusion.")]
    [InlineData("[|I'm sorry, but that is our policy|] for sale items.")]
    [InlineData("[|We apologise for the delay, but our courier|] is very busy this week.")]
    public void Conditional_or_cancelled_apology_is_reported_as_DEESC002(string markup) => Markup.VerifyHits(markup, "DEESC002");

    [Theory]
    [InlineData("I'm sorry we shipped the wrong size. A replacement leaves today.")]
    [InlineData("I’m sorry you were charged twice; I've refunded the second payment.")]
    [InlineData("I'm sorry for the trouble.")]
    [InlineData("I'm so sorry you've been upset by this. Let's sort it out together.")]
    [InlineData("Sorry for the wait, but good news: your parcel left the depot this morning.")]
    [InlineData("Sorry to bother you, but could you confirm your postcode?")]
    [InlineData("I'm sorry, but we don't stock that colour any more. Would the navy one work?")]
    [InlineData("> I'm sorry you feel that way\n\nThanks for forwarding this; I've replied to the seller.")]
    public void Sincere_apologies_are_not_reported(string text) => Markup.VerifyNone(text, DiagnosticCategories.PatronizingApology);

    [Fact]
    public void Fix_apologises_for_the_trouble_and_keeps_the_rest_of_the_reply()
    {
        var fixedText = Markup.ApplyRuleFixes("I'm sorry you feel that way. Your refund is on its way.", "DEESC001");
        fixedText.Should().Be("I'm sorry for the trouble. Your refund is on its way.");
    }

    [Fact]
    public void Fix_keeps_the_reply_readable_when_but_follows()
    {
        var fixedText = Markup.ApplyRuleFixes("I'm sorry you feel let down, but this is how the scheme works.", "DEESC001");
        fixedText.Should().Be("I'm sorry for the trouble; this is how the scheme works.");
    }

    [Fact]
    public void Fix_makes_a_conditional_apology_unconditional()
    {
        Markup.ApplyRuleFixes("Sorry if the instructions were unclear.", "DEESC002").Should().Be("Sorry that the instructions were unclear.");
    }

    [Fact]
    public void Fix_keeps_curly_apostrophes()
    {
        Markup.ApplyRuleFixes("I’m sorry you feel that way.", "DEESC001").Should().Be("I’m sorry for the trouble.");
    }
}
