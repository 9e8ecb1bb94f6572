using System.Linq;
using FluentAssertions;
using Xunit;

namespace Deescalation.Tests.Rules;

/// <summary>Cases a review of the email, chat and social-probe work found read wrong, each held to the right reading.</summary>
public class ReviewCasesTests
{
    [Theory]
    [InlineData("You have ONLY 2 days left, due WITHIN 14 days.", "DEESC012", null)]
    [InlineData("Your account is PERMANENTLY SUSPENDED.", "DEESC012", null)]
    [InlineData("Please note: this decision is not negotiable and is FINAL AND BINDING.", "DEESC012", null)]
    [InlineData("Here are your options:\n1. Return the item for a refund\n2. Wait for the replacement\n3. Keep it with 20% off\n4. Take store credit instead", "DEESC007", null)]
    [InlineData("We can check that for you.", "DEESC015", "I've never seen this kind of incompetence. Unacceptable.")]
    [InlineData("We can check that for you.", "DEESC015", "What kind of scam is this? Unacceptable.")]
    [InlineData("I'm sorry you feel sick of our emails.", "DEESC001", null)]
    public void Still_found(string reply, string id, string? customer) =>
        ReplyAnalyzer.Default.Analyze(reply, new ReplyContext { CustomerMessage = customer }).Diagnostics.Should().Contain(d => d.Id == id);

    [Theory]
    [InlineData("Please contact your bank about this charge, and we will not close your ticket until it's sorted.", "DEESC011", "You charged me twice. Unacceptable!")]
    [InlineData("I'm sorry you felt so unsafe on the bus. I've reported the driver and refunded the trip.", "DEESC001", "The driver was on his phone the whole time.")]
    public void Not_found(string reply, string id, string customer) =>
        ReplyAnalyzer.Default.Analyze(reply, new ReplyContext { CustomerMessage = customer }).Diagnostics.Should().NotContain(d => d.Id == id);

    [Fact]
    public void The_customers_own_contact_gets_no_deadline()
    {
        var analysis = ReplyAnalyzer.Default.Analyze("We will look into it and you can call us anytime.");
        var fix = analysis.Diagnostics.Single(d => d.Id == "DEESC003").Fixes.SingleOrDefault();
        if (fix is not null)
        {
            TextEdit.Apply(analysis.Text, fix.Edits).Should().NotContain("anytime by", "the customer's call is not our promise");
        }
    }
}
