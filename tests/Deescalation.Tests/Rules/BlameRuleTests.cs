using Deescalation.Tests.TestSupport;
using FluentAssertions;
using Xunit;

namespace Deescalation.Tests.Rules;

public class BlameRuleTests
{
    [Theory]
    [InlineData("[|You should have|] read the terms before booking.")]
    [InlineData("[|You should've|] checked the size guide.")]
    [InlineData("[|You failed to|] attach the receipt.")]
    [InlineData("[|As I already told you|], the store closes at six.")]
    [InlineData("[|Per my last email|], the refund takes five days.")]
    [InlineData("[|You must have|] typed the wrong address.")]
    [InlineData("[|Why didn't you|] call us sooner?")]
    [InlineData("[|YOU entered the wrong|] card number.")]
    public void Blaming_the_customer_is_reported_as_DEESC004(string markup) => Markup.VerifyHits(markup, "DEESC004");

    [Theory]
    [InlineData("[|The courier messed up|] your delivery.")]
    [InlineData("Honestly, [|that's the warehouse's fault|].")]
    [InlineData("[|Our supplier dropped the ball|] on this one.")]
    public void Blaming_another_party_is_reported_as_DEESC005(string markup) => Markup.VerifyHits(markup, "DEESC005");

    [Theory]
    [InlineData("You should have received a confirmation email at 10:02.")]
    [InlineData("You should have got a text with the code by now.")]
    [InlineData("None of this is your fault, and I've refunded the fee.")]
    [InlineData("It's not your fault at all.")]
    [InlineData("We messed up here, and I'm sorry.")]
    [InlineData("Our team made a mistake with the invoice; it's corrected now.")]
    [InlineData("You should have no trouble logging in now.")]
    [InlineData("The team's fault-finding checklist is attached.")]
    public void Expectations_and_owning_the_mistake_are_not_blame(string text) => Markup.VerifyNone(text, DiagnosticCategories.Blame);

    [Fact]
    public void Fix_recaps_instead_of_reminding()
    {
        Markup.ApplyRuleFixes("Like I said before, the app needs iOS 17.", "DEESC004").Should().Be("To recap, the app needs iOS 17.");
    }

    [Fact]
    public void Fix_owns_a_third_party_mistake()
    {
        Markup.ApplyRuleFixes("The courier messed up your order, not us.", "DEESC005").Should().Be("There was a mistake with your order.");
    }
}
