using System.Linq;
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
    [InlineData("[|We are working on this to get it resolved at the earliest|]. Please [|bear with us for some time|].")]
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
    public void Without_a_window_the_fix_asks_the_agent_for_a_time()
    {
        var analysis = ReplyAnalyzer.Default.Analyze("We'll look into it and get back to you.");
        var fix = analysis.Diagnostics.Single(d => d.Id == "DEESC003").Fixes.Single();
        fix.Applicability.Should().Be(FixApplicability.NeedsInput);
        var edit = fix.Edits.Single();
        TextEdit.Apply(analysis.Text, fix.Edits).Should().Be("We'll look into it and get back to you by [time].", "the time is the contact's");
        edit.Placeholders.Should().ContainSingle().Which.Should().Be(new TextSpan(4, 6), "\" by [time]\" has its placeholder at 4..10");
        analysis.ApplyFixes().Should().Be(analysis.Text, "a fix that needs input is not applied unless asked for");
        analysis.ApplyFixes(FixApplicability.NeedsInput).Should().Be("We'll look into it and get back to you by [time].");
    }

    [Fact]
    public void A_team_window_fills_a_promise_to_get_back_to_the_customer()
    {
        var analyzer = new ReplyAnalyzer(new DeescalationOptions { ResponseWindowBusinessDays = 1 });
        var analysis = analyzer.Analyze("We will reply ASAP.");
        analysis.Diagnostics.Single().Fixes.Single().Applicability.Should().Be(FixApplicability.Safe);
        analysis.ApplyFixes().Should().Be("We will reply within 1 business day.");
        new ReplyAnalyzer(new DeescalationOptions { ResponseWindowBusinessDays = 2 }).Analyze("The team will be in touch in due course.").ApplyFixes()
            .Should().Be("The team will be in touch within 2 business days.");
    }

    [Theory]
    [InlineData("We'll fix it ASAP.", "We'll fix it ASAP.")]
    [InlineData("Your refund will be processed as soon as possible.", "Your refund will be processed by [time].")]
    [InlineData("We'll look into it.", "We'll look into it by [time].")]
    public void A_team_window_never_fills_a_promise_of_an_outcome(string text, string withInput)
    {
        var analysis = new ReplyAnalyzer(new DeescalationOptions { ResponseWindowBusinessDays = 2 }).Analyze(text);
        analysis.ApplyFixes().Should().Be(text);
        analysis.ApplyFixes(FixApplicability.NeedsInput).Should().Be(withInput);
    }

    [Fact]
    public void A_vague_owner_becomes_placeholders_for_who_and_when()
    {
        var analysis = ReplyAnalyzer.Default.Analyze("I've passed it on and someone will be in touch.");
        var fix = analysis.Diagnostics.Single(d => d.Id == "DEESC003").Fixes.Single();
        fix.Applicability.Should().Be(FixApplicability.NeedsInput);
        TextEdit.Apply(analysis.Text, fix.Edits).Should().Be("I've passed it on and [name] will be in touch by [time].");
        fix.Edits.SelectMany(e => e.Placeholders).Should().HaveCount(2);
    }

    [Theory]
    [InlineData("I've passed it on and the right team will be in touch.", "I've passed it on and the right team will be in touch by [time].")]
    [InlineData("The relevant team will get back to you.", "The relevant team will get back to you by [time].")]
    public void A_team_or_a_pronoun_keeps_its_words_and_gets_only_the_time(string reply, string expected)
    {
        var analysis = ReplyAnalyzer.Default.Analyze(reply);
        var fix = analysis.Diagnostics.Single(d => d.Id == "DEESC003").Fixes.Single();
        TextEdit.Apply(analysis.Text, fix.Edits).Should().Be(expected);
        fix.Edits.SelectMany(e => e.Placeholders).Should().ContainSingle();
    }
}
