using System.Collections.ObjectModel;
using FluentAssertions;
using OpenQA.Selenium;
using Xunit;

namespace Deescalation.ChatAssist.E2ETests;

/// <summary>What the agent or the customer types is shown as text, never run or parsed as HTML.</summary>
[Collection(ChatAssistCollection.Name)]
public class SafeRenderingTests : IClassFixture<ChatAssistBrowser>
{
    private const string Hostile = "<script>window.__xss = 1; alert('xss')</script><img src=x onerror=\"window.__xss = 2\"> You MUST bring the receipt!!";

    private readonly ChatAssistBrowser _browser;

    public SafeRenderingTests(ChatAssistServer server, ChatAssistBrowser browser)
    {
        _browser = browser;
        _browser.OpenPage(server.BaseAddress);
    }

    [ChromiumFact]
    public void Script_in_the_reply_is_shown_as_text_and_never_runs()
    {
        _browser.TypeReply(Hostile);

        _browser.Driver.Invoking(d => d.SwitchTo().Alert()).Should().Throw<NoAlertPresentException>();
        _browser.Script("return window.__xss === undefined;").Should().Be(true);
        _browser.Script("return document.querySelectorAll('#marks *:not(mark), #findings script, #findings img, body > img, body > script:not([src])').length;").Should().Be(0L);
        _browser.Script("return document.getElementById('marks').textContent;").Should().Be(Hostile);
        _browser.Driver.FindElement(By.Id("reply")).GetAttribute("value").Should().Be(Hostile);
    }

    [ChromiumFact]
    public void Script_in_the_customer_message_never_runs()
    {
        var customer = _browser.Driver.FindElement(By.Id("customer"));
        customer.Clear();
        customer.SendKeys("<img src=x onerror=\"window.__xss = 3\">Where is my order?!");
        _browser.TypeReply("Thanks for waiting. Your order left our warehouse today and arrives on Friday.");

        _browser.Script("return window.__xss === undefined;").Should().Be(true);
        ReadOnlyCollection<IWebElement> images = _browser.Driver.FindElements(By.TagName("img"));
        images.Should().BeEmpty();
    }
}
