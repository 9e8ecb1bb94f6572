using Deescalation.Tests.TestSupport;
using FluentAssertions;
using Xunit;

namespace Deescalation.Tests.Rules;

public class DismissiveRuleTests
{
    [Theory]
    [InlineData("[|Please calm down|] and send me the order number.")]
    [InlineData("[|It's not a big deal|], the parcel is only a day late.")]
    [InlineData("[|You're overreacting|].")]
    [InlineData("[|There is no need to get so upset|] about it.")]
    [InlineData("[|Relax|], it will arrive.")]
    [InlineData("[|Take a deep breath and calm yourself down, please|].")]
    public void Policing_feelings_is_reported_as_DEESC008(string markup) => Markup.VerifyHits(markup, "DEESC008");

    [Theory]
    [InlineData("[|Obviously that|] fixes most problems.")]
    [InlineData("You can [|simply |]restart the app.")]
    [InlineData("[|Clearly you|] missed the email.")]
    public void Condescending_words_are_reported_as_DEESC009(string markup) => Markup.VerifyHits(markup, "DEESC009");

    [Theory]
    [InlineData("The Relax Mode setting dims the screen after ten minutes.")]
    [InlineData("Your Calm Start plan renews on 3 March.")]
    [InlineData("Simply Business covers the shop for accidental damage.")]
    [InlineData("The cold brew is simply coffee and ice.")]
    [InlineData("We didn't explain the fee clearly, and that's on us.")]
    [InlineData("Don't worry, I've already refunded it.")]
    [InlineData("I understand how frustrating this is.")]
    public void Product_names_and_plain_description_are_not_dismissive(string text) => Markup.VerifyNone(text, DiagnosticCategories.Dismissive);

    [Fact]
    public void Fix_acknowledges_the_feeling()
    {
        Markup.ApplyRuleFixes("Calm down, we'll fix it.", "DEESC008").Should().Be("I understand how frustrating this is, we'll fix it.");
    }

    [Fact]
    public void Fix_removes_the_condescending_word_and_keeps_sentence_case()
    {
        Markup.ApplyRuleFixes("Obviously, that fixes it.", "DEESC009").Should().Be("That fixes it.");
        Markup.ApplyRuleFixes("You can simply restart it.", "DEESC009").Should().Be("You can restart it.");
    }

    [Fact]
    public void Allowed_phrases_are_never_flagged()
    {
        var analyzer = new ReplyAnalyzer(new DeescalationOptions { AllowedPhrases = { "Just Relax" } });
        Markup.VerifyNone("Just relax with our spa package.", DiagnosticCategories.Dismissive, analyzer);
        Markup.VerifyHits("[|Just relax|] with our spa package.", "DEESC008");
    }
}
