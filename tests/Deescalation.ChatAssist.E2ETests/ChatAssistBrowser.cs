using System;
using System.Diagnostics;
using System.IO;
using System.Threading;
using Microsoft.AspNetCore.Mvc.Testing;
using OpenQA.Selenium;
using OpenQA.Selenium.Chrome;

namespace Deescalation.ChatAssist.E2ETests;

/// <summary>The ChatAssist app on real Kestrel, on a free loopback port, shared by every browser test.</summary>
public sealed class ChatAssistServer : IDisposable
{
    private readonly WebApplicationFactory<Program> _factory = new();

    public ChatAssistServer()
    {
        _factory.UseKestrel(0);
        _factory.StartServer();
        BaseAddress = _factory.ClientOptions.BaseAddress;
    }

    public Uri BaseAddress { get; }

    public void Dispose() => _factory.Dispose();
}

/// <summary>All browser tests talk to one server.</summary>
[Xunit.CollectionDefinition(Name)]
public sealed class ChatAssistCollection : Xunit.ICollectionFixture<ChatAssistServer>
{
    public const string Name = "ChatAssist server";
}

/// <summary>
/// One headless Chromium per test class: starting the browser is the slow part, so each class pays for it once.
/// </summary>
public sealed class ChatAssistBrowser : IDisposable
{
    private readonly string _profile;

    public ChatAssistBrowser()
    {
        if (!Chromium.IsInstalled)
        {
            throw new InvalidOperationException($"Chromium is required for the end-to-end tests but {Chromium.BrowserPath} or {Chromium.DriverPath} is missing; .ci/run installs Debian's chromium and chromium-driver.");
        }

        _profile = Path.Combine(Path.GetTempPath(), "chatassist-e2e-" + Guid.NewGuid().ToString("N"));
        var service = ChromeDriverService.CreateDefaultService(Path.GetDirectoryName(Chromium.DriverPath)!, Path.GetFileName(Chromium.DriverPath));
        service.SuppressInitialDiagnosticInformation = true;
        service.HideCommandPromptWindow = true;
        var options = new ChromeOptions { BinaryLocation = Chromium.BrowserPath };
        options.AddArguments(
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
            "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
            "--window-size=1200,900", "--user-data-dir=" + _profile);
        Driver = new ChromeDriver(service, options, TimeSpan.FromSeconds(60));
    }

    public ChromeDriver Driver { get; }

    /// <summary>Loads the page afresh and waits until its first analysis is drawn.</summary>
    public void OpenPage(Uri address)
    {
        Driver.Navigate().GoToUrl(address);
        WaitUntil(() => State == "ready", "the page's first analysis");
    }

    public IWebElement Reply => Driver.FindElement(By.Id("reply"));

    public string State => (string)Script("return document.getElementById('editor').dataset.state;")!;

    public int Score => int.Parse(Driver.FindElement(By.Id("score-text")).GetAttribute("data-score")!, System.Globalization.CultureInfo.InvariantCulture);

    public object? Script(string script, params object[] args) => Driver.ExecuteScript(script, args);

    /// <summary>Types into the reply box as a person would, then waits for the analysis of what was typed.</summary>
    public void TypeReply(string text)
    {
        var reply = Reply;
        reply.Clear();
        reply.SendKeys(text);
        WaitForAnalysis();
    }

    public void WaitForAnalysis() =>
        WaitUntil(() => State == "ready" && (bool)Script("return document.getElementById('marks').textContent.trimEnd() === document.getElementById('reply').value.trimEnd();")!, "the analysis of the reply");

    public void WaitUntil(Func<bool> condition, string what, int timeoutSeconds = 15)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            try
            {
                if (condition())
                {
                    return;
                }
            }
            catch (WebDriverException) when (clock.Elapsed.TotalSeconds < timeoutSeconds)
            {
                // The element is being redrawn: look again.
            }

            if (clock.Elapsed.TotalSeconds >= timeoutSeconds)
            {
                throw new TimeoutException($"Waited {timeoutSeconds} s for {what}. Page state: {State}; error shown: '{Driver.FindElement(By.Id("error")).Text}'.");
            }

            Thread.Sleep(50);
        }
    }

    public void Dispose()
    {
        Driver.Quit();
        Driver.Dispose();
        try
        {
            Directory.Delete(_profile, recursive: true);
        }
        catch (IOException)
        {
            // Chromium may still be flushing its profile as it exits.
        }
    }
}
