using System.Collections.Generic;
using System.Linq;
using FluentAssertions;
using OpenQA.Selenium;
using Xunit;

namespace Deescalation.ChatAssist.E2ETests;

/// <summary>The agent types, sees the risky words underlined in place, hovers for why, clicks to fix.</summary>
[Collection(ChatAssistCollection.Name)]
public class ReplyLintingTests : IClassFixture<ChatAssistBrowser>
{
    private readonly ChatAssistBrowser _browser;

    public ReplyLintingTests(ChatAssistServer server, ChatAssistBrowser browser)
    {
        _browser = browser;
        _browser.OpenPage(server.BaseAddress);
    }

    [ChromiumFact]
    public void Risky_words_are_underlined_in_place_with_the_explanation_on_hover()
    {
        _browser.TypeReply("We'll look into it soon.");

        var mark = _browser.Driver.FindElements(By.CssSelector("#marks mark")).Should().ContainSingle().Subject;
        _browser.Script("return getComputedStyle(arguments[0]).color;", mark).Should().Be("rgba(0, 0, 0, 0)", "the textarea's own text shows through the layer");
        _browser.Script("return arguments[0].textContent;", mark).Should().Be("We'll look into it soon", "the finding covers the whole vague promise");
        mark.GetAttribute("data-id").Should().Be("DEESC003");
        mark.GetAttribute("title").Should().Contain("vague-promise").And.Contain("Name a time").And.Contain("Click to fix: Commit to a concrete time");
        _browser.Script("return getComputedStyle(arguments[0]).textDecorationLine;", mark).Should().Be("underline");

        // In place: the mark sits inside the reply box, on the first line, where the reply starts.
        var reply = _browser.Reply;
        mark.Location.Y.Should().BeInRange(reply.Location.Y, reply.Location.Y + 40);
        mark.Location.X.Should().BeInRange(reply.Location.X, reply.Location.X + 60);
        _browser.Score.Should().BeLessThan(90);
    }

    [ChromiumFact]
    public void Clicking_the_underline_applies_the_fix_and_the_score_rises()
    {
        _browser.TypeReply("We'll get back to you soon.");
        var before = _browser.Score;

        _browser.Driver.FindElement(By.CssSelector("#marks mark[data-id='DEESC003']")).Click();
        _browser.WaitUntil(() => _browser.Reply.GetAttribute("value") != "We'll get back to you soon.", "the fix to change the reply");
        _browser.WaitForAnalysis();

        _browser.Reply.GetAttribute("value").Should().Be("We'll get back to you within 1 business day.", "appsettings.json sets a one-day response window");
        _browser.Driver.FindElements(By.CssSelector("#marks mark")).Should().BeEmpty();
        _browser.Score.Should().BeGreaterThan(before);
    }

    [ChromiumFact]
    public void A_fix_that_needs_input_selects_its_placeholder_for_the_agent_to_type_over()
    {
        _browser.TypeReply("We'll look into it.");
        var button = _browser.Driver.FindElement(By.CssSelector("#findings li button.fix[data-applicability='needs-input']"));
        button.Text.Should().Contain("(fill in)");

        button.Click();
        _browser.WaitUntil(() => _browser.Reply.GetAttribute("value") == "We'll look into it by [time].", "the template to be inserted");
        _browser.WaitForAnalysis();

        var selected = (string)_browser.Script("const r = document.getElementById('reply'); return r.value.substring(r.selectionStart, r.selectionEnd);")!;
        selected.Should().Be("[time]");
        _browser.Driver.FindElements(By.CssSelector("#marks mark")).Should().BeEmpty("a placeholder after \"by\" is a time the agent fills");
    }

    [ChromiumFact]
    public void A_suggestion_is_shown_as_text_to_copy_and_never_applied()
    {
        _browser.TypeReply("That's not my department.");
        var suggestion = _browser.Driver.FindElement(By.CssSelector("#findings li .suggestion"));
        suggestion.FindElement(By.TagName("q")).Text.Should().Be("I'll make sure the right team handles this for you.");
        suggestion.FindElement(By.CssSelector("button.copy")).Should().NotBeNull();

        _browser.Driver.FindElement(By.CssSelector("#marks mark[data-id='DEESC011']")).Click();
        _browser.WaitForAnalysis();
        _browser.Reply.GetAttribute("value").Should().Be("That's not my department.", "a suggestion is for the agent to adapt, not to apply");
    }

    [ChromiumFact]
    public void Fix_button_for_a_whole_reply_finding_inserts_the_acknowledgement()
    {
        const string reply = "Your refund was sent today and reaches your card by Friday.";
        _browser.TypeReply(reply);
        var before = _browser.Score;
        var finding = _browser.Driver.FindElements(By.CssSelector("#findings li")).Should().ContainSingle().Subject;
        finding.Text.Should().Contain("missing-acknowledgement");

        // The wording follows the customer and the channel (a short one in a chat); it opens the reply as a sentence.
        finding.FindElement(By.CssSelector("button.fix")).Click();
        _browser.WaitUntil(() => _browser.Reply.GetAttribute("value")!.Length > reply.Length, "the acknowledgement to be inserted");
        _browser.WaitForAnalysis();

        var value = _browser.Reply.GetAttribute("value")!;
        value.Should().EndWith(" " + reply);
        value.Substring(0, value.Length - reply.Length).Trim().Should().MatchRegex("^[A-Z][^.!?]*[Ss]orry[^.!?]*[.!]$", "an apology opens the reply, as its own sentence");
        _browser.Driver.FindElements(By.CssSelector("#findings li")).Should().BeEmpty();
        _browser.Score.Should().BeGreaterThan(before).And.BeGreaterThanOrEqualTo(90);
        _browser.Driver.FindElement(By.Id("band")).Text.Should().Be("calm");
    }

    [ChromiumFact]
    public void Calm_reply_has_no_underline_and_a_calm_score()
    {
        _browser.TypeReply("I'm sorry we shipped the wrong size. A replacement leaves today and arrives by Thursday.");

        _browser.Driver.FindElements(By.CssSelector("#marks mark")).Should().BeEmpty();
        _browser.Driver.FindElements(By.CssSelector("#findings li")).Should().BeEmpty();
        _browser.Score.Should().BeGreaterThanOrEqualTo(90);
    }

    [ChromiumFact]
    public void Typing_fast_is_debounced_into_few_requests()
    {
        var before = RequestCount();

        _browser.TypeReply("Please stop emailing us!!! We'll look into it soon.");

        // SendKeys types 51 characters one input event at a time; the page waits for a pause before it asks.
        (RequestCount() - before).Should().BeLessThan(10);
        var ids = new List<string>(_browser.Driver.FindElements(By.CssSelector("#marks mark")).Select(m => m.GetAttribute("data-id")!));
        ids.Should().Equal("DEESC013", "DEESC003");
    }

    private long RequestCount() => (long)_browser.Script("return performance.getEntriesByType('resource').filter(e => e.name.endsWith('/api/analyze')).length;")!;
}
