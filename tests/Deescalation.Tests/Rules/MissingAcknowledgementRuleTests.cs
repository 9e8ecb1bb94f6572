using System.Linq;
using Deescalation.Tests.TestSupport;
using FluentAssertions;
using Xunit;

namespace Deescalation.Tests.Rules;

public class MissingAcknowledgementRuleTests
{
    [Theory]
    [InlineData("This is the third time I've asked. Absolutely useless!!", "Your ticket number is 4471.")]
    [InlineData("I will never shop here again, your staff were rude.", "Returns are accepted within 14 days.")]
    [InlineData("You charged me twice AGAIN. Fix it or I'm going to my bank.", "Could you send the last four digits of the card?")]
    public void Upset_customer_without_acknowledgement_is_reported(string customer, string reply)
    {
        var analysis = ReplyAnalyzer.Default.Analyze(reply, new ReplyContext { CustomerMessage = customer });
        analysis.Diagnostics.Should().ContainSingle(d => d.Id == "DEESC015").Which.Span.Length.Should().Be(0);
    }

    [Theory]
    [InlineData("This is the third time I've asked. Absolutely useless!!", "I'm sorry it's taken three tries. Your ticket number is 4471.")]
    [InlineData("Two failed deliveries. Unacceptable.", "I can see why that's frustrating. I've booked a morning slot for Tuesday.")]
    [InlineData("Hi, my mug arrived with a chip. Could you help?", "Please send a photo of the chip.")]
    [InlineData("Sorry for the rant earlier, I was just annoyed.", "No problem at all. I've passed it to the team.")]
    public void Acknowledged_or_calm_customer_is_fine(string customer, string reply) =>
        Markup.VerifyNone(reply, DiagnosticCategories.MissingAcknowledgement, context: new ReplyContext { CustomerMessage = customer });

    [Fact]
    public void Without_a_customer_message_nothing_is_reported() =>
        Markup.VerifyNone("Your ticket number is 4471.", DiagnosticCategories.MissingAcknowledgement);

    [Fact]
    public void Quoted_customer_text_serves_as_the_customer_message()
    {
        var reply = "Your ticket number is 4471.\n\nOn Tue, 3 Nov 2026, Sam wrote:\n> This is a disgrace. Nobody has helped me!";
        ReplyAnalyzer.Default.Analyze(reply).Diagnostics.Should().Contain(d => d.Id == "DEESC015");
    }

    [Fact]
    public void A_customer_tired_of_apologies_gets_an_acknowledgement_without_one_as_a_suggestion()
    {
        var context = new ReplyContext { CustomerMessage = "Sorry doesn't cut it anymore. I hear lots of “sorry” onboard and no solution. Disgraceful." };
        var analysis = ReplyAnalyzer.Default.Analyze("I will share this feedback with our leadership team.", context);
        var fix = analysis.Diagnostics.Should().ContainSingle(d => d.Id == "DEESC015").Which.Fixes.Should().ContainSingle().Which;
        fix.Applicability.Should().Be(FixApplicability.Suggestion);
        fix.Edits.Should().ContainSingle().Which.NewText.Should().Be("I understand how frustrating this must be. ");
    }

    [Fact]
    public void A_customer_tired_of_apologies_still_gets_a_fix_where_the_plain_acknowledgement_repeats_the_reply()
    {
        var context = new ReplyContext { CustomerMessage = "Sorry doesn't cut it. Third time this month." };
        var analysis = ReplyAnalyzer.Default.Analyze("To help us understand what happened, please send the order number.", context);
        var fix = analysis.Diagnostics.Should().ContainSingle(d => d.Id == "DEESC015").Which.Fixes.Should().ContainSingle().Which;
        fix.Applicability.Should().Be(FixApplicability.Suggestion);
        fix.Edits.Should().ContainSingle().Which.NewText.Should().NotContain("understand");
    }

    [Fact]
    public void Fix_inserts_an_acknowledgement_after_the_greeting()
    {
        var context = new ReplyContext { CustomerMessage = "Unacceptable. Nobody has replied in a week!" };
        var analysis = ReplyAnalyzer.Default.Analyze("Hi Sam,\n\nYour case number is 55120.", context);
        var fixedText = analysis.ApplyFixes();
        fixedText.Should().Be("Hi Sam,\n\nI'm so sorry to hear that, and I understand how frustrating it must be. Your case number is 55120.");
        ReplyAnalyzer.Default.Analyze(fixedText, context).Diagnostics.Should().NotContain(d => d.Category == DiagnosticCategories.MissingAcknowledgement);
    }

    [Theory]
    [InlineData("That shouldn't happen! Could you send us the order number?", "That shouldn't happen! I'm so sorry to hear that, and I understand how frustrating it must be. Could you send us the order number?")]
    [InlineData("Hi, Jenny! the parcel is with the depot.", "Hi, Jenny! I'm so sorry to hear that, and I understand how frustrating it must be. The parcel is with the depot.")]
    [InlineData("Hi Sam, the refund went out today.", "Hi Sam, I'm so sorry to hear that, and I understand how frustrating it must be. The refund went out today.")]
    [InlineData("Hi Sam, we sent the refund today.", "Hi Sam, we're so sorry to hear that, and we understand how frustrating it must be. We sent the refund today.")]
    public void Fix_puts_the_acknowledgement_where_it_reads_as_its_own_sentence(string reply, string expected)
    {
        var context = new ReplyContext { CustomerMessage = "Unacceptable. Nobody has replied in a week!" };
        var fix = ReplyAnalyzer.Default.Analyze(reply, context).Diagnostics.Single(d => d.Id == "DEESC015").Fixes.Single();
        fix.Applicability.Should().Be(FixApplicability.Safe);
        TextEdit.Apply(reply, fix.Edits).Should().Be(expected);
    }
}
