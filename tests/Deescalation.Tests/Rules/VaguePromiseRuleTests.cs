using Deescalation.Tests.TestSupport;
using FluentAssertions;
using Xunit;

namespace Deescalation.Tests.Rules;

public class VaguePromiseRuleTests
{
    [Theory]
    [InlineData("[|We'll look into it|].")]
    [InlineData("[|We will look into it|] and let you know.")]
    [InlineData("The engineers will update you [|in due course|].")]
    [InlineData("[|Someone will get back to you|].")]
    [InlineData("We'll refund you [|ASAP|].")]
    [InlineData("[|We hope to|] have the fix live [|at some point|] next month.")]
    [InlineData("[|We’ll try to|] get it out this week.")]
    [InlineData("We will get back to you [|soon|].")]
    [InlineData("I am sorry, but [|we will look into it|].")]
    public void Vague_commitments_are_reported(string markup) => Markup.VerifyHits(markup, "DEESC003");

    [Theory]
    [InlineData("As soon as the courier scans the parcel you'll get a text.")]
    [InlineData("I'll look into it and call you tomorrow before 11 am.")]
    [InlineData("Someone from billing will call you on Friday.")]
    [InlineData("Your latte will be ready soon at the counter.")]
    [InlineData("I'll have your drinks out soon.")]
    [InlineData("We'll get back to you within 2 business days.")]
    [InlineData("Talk soon, and enjoy the new phone!")]
    [InlineData("You said \"someone will get back to you\" is all you've heard, so I'm calling you at 3 pm today.")]
    public void Concrete_or_routine_timing_is_not_a_vague_promise(string text) => Markup.VerifyNone(text, DiagnosticCategories.VaguePromise);

    [Fact]
    public void Fix_names_the_configured_window()
    {
        Markup.ApplyRuleFixes("We'll look into it.", "DEESC003").Should().Be("We'll look into it within 2 business days.");
        Markup.ApplyRuleFixes("The team will reply in due course.", "DEESC003").Should().Be("The team will reply within 2 business days.");
    }

    [Fact]
    public void Fix_uses_the_window_from_the_options()
    {
        var analyzer = new ReplyAnalyzer(new DeescalationOptions { ResponseWindowBusinessDays = 1 });
        var analysis = analyzer.Analyze("We will reply ASAP.");
        analysis.ApplyFixes().Should().Be("We will reply within 1 business day.");
    }
}
