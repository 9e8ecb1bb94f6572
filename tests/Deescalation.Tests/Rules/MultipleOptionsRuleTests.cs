using Deescalation.Tests.TestSupport;
using FluentAssertions;
using Xunit;

namespace Deescalation.Tests.Rules;

public class MultipleOptionsRuleTests
{
    [Theory]
    [InlineData("You could [|restart the router, reset the password, or call your provider|].")]
    [InlineData("We can offer [|a refund, an exchange or store credit|].")]
    [InlineData("You can [|wait for the next slot, pick it up at the depot, ask for a refund, or swap it|].")]
    [InlineData("You have three options:\n1. [|Keep the chair with 20% off\n2. Return it for a refund\n3. Swap it for another colour|]")]
    [InlineData("Options: [|(a) wait for stock, (b) pick the grey one, (c) cancel|].")]
    [InlineData("We can [|send an engineer, add a £10 credit to the bill, or release you from the contract|].")]
    [InlineData("We can [|move you to room 214, send maintenance up, or refund tonight's stay|], and I'll make sure the rest of your stay is quiet.")]
    [InlineData("Sorry the driver didn't knock. you can [|collect it from the depot, rebook it for tomorrow, or send it to a locker|].")]
    [InlineData("You may be able to:\n• [|spread the arrears over the year\n• apply for Council Tax Support\n• move your instalment date|]")]
    public void Three_or_more_alternatives_are_reported(string markup) => Markup.VerifyHits(markup, "DEESC007");

    [Theory]
    [InlineData("Would you prefer a refund or an exchange?")]
    [InlineData("To reset it:\n1. Open Settings\n2. Tap Network\n3. Choose Reset")]
    [InlineData("If you have any questions, comments or concerns, you can reply here.")]
    [InlineData("Nothing can be scratched, dented or missing when you return it.")]
    [InlineData("Please send the order number, the date and a photo or video of the damage.")]
    [InlineData("We can't offer a refund, an exchange or store credit on sale items.")]
    public void Two_options_and_steps_are_fine(string text) => Markup.VerifyNone(text, DiagnosticCategories.MultipleOptions);

    [Fact]
    public void Message_counts_the_options_and_threshold_is_configurable()
    {
        var analysis = ReplyAnalyzer.Default.Analyze("You could try a refund, a voucher, a swap or a repair.");
        analysis.Diagnostics.Should().ContainSingle(d => d.Id == "DEESC007").Which.Message.Should().Contain("4 options");

        var lenient = new ReplyAnalyzer(new DeescalationOptions { TooManyOptions = 5 });
        lenient.Analyze("You could try a refund, a voucher, a swap or a repair.").Diagnostics.Should().NotContain(d => d.Id == "DEESC007");
    }
}
