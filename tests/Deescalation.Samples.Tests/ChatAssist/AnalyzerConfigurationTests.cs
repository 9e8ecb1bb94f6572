using System.Linq;
using System.Net.Http.Json;
using System.Text.Json;
using System.Threading.Tasks;
using FluentAssertions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Deescalation.Samples.Tests.ChatAssist;

/// <summary>The analyzer is registered with AddDeescalation and configured from appsettings.json.</summary>
public class AnalyzerConfigurationTests : IClassFixture<WebApplicationFactory<Program>>
{
    private readonly WebApplicationFactory<Program> _factory;

    public AnalyzerConfigurationTests(WebApplicationFactory<Program> factory)
    {
        _factory = factory;
    }

    [Fact]
    public void Analyzer_is_a_singleton_from_AddDeescalation()
    {
        var first = _factory.Services.GetRequiredService<IReplyAnalyzer>();

        first.Should().BeSameAs(_factory.Services.GetRequiredService<ReplyAnalyzer>());
        first.Should().BeSameAs(_factory.Services.GetRequiredService<IReplyAnalyzer>());
    }

    [Fact]
    public async Task Custom_phrase_rule_from_appsettings_is_reported_with_its_replacement()
    {
        var diagnostics = await Analyze(_factory, "Per our policy, refunds take a week.");

        var custom = diagnostics.Single(d => d.GetProperty("id").GetString() == "DEESC901");
        custom.GetProperty("category").GetString().Should().Be("deflection");
        custom.GetProperty("message").GetString().Should().Be("Explain the reason in your own words instead of citing policy.");
        custom.GetProperty("fixes")[0].GetProperty("edits")[0].GetProperty("newText").GetString().Should().Be("Under our policy");
        custom.GetProperty("fixes")[0].GetProperty("applicability").GetString().Should().Be("safe");
    }

    [Fact]
    public async Task Severity_override_from_appsettings_applies()
    {
        var diagnostics = await Analyze(_factory, "Please stop emailing us!!!");

        diagnostics.Single(d => d.GetProperty("category").GetString() == "shouting").GetProperty("severity").GetString().Should().Be("error");
    }

    [Fact]
    public async Task Allowed_product_name_is_not_flagged_but_the_same_word_elsewhere_is()
    {
        var product = await Analyze(_factory, "The Calm Down Kit ships on Monday.");
        var dismissive = await Analyze(_factory, "Please calm down.");

        product.Select(d => d.GetProperty("category").GetString()).Should().NotContain("dismissive");
        dismissive.Select(d => d.GetProperty("category").GetString()).Should().Contain("dismissive");
    }

    [Fact]
    public async Task Without_the_allowed_phrase_the_product_name_is_flagged()
    {
        using var bare = _factory.WithWebHostBuilder(host => host.UseSetting("Deescalation:AllowedPhrases:0", "Calm Plan"));

        var diagnostics = await Analyze(bare, "The Calm Down Kit ships on Monday.");

        diagnostics.Select(d => d.GetProperty("category").GetString()).Should().Contain("dismissive");
    }

    [Fact]
    public void Invalid_setting_stops_start_up_with_a_message_naming_it()
    {
        using var broken = _factory.WithWebHostBuilder(host => host.UseSetting("Deescalation:ResponseWindowBusinessDays", "0"));

        var start = () => broken.CreateClient();

        start.Should().Throw<System.ArgumentException>().WithMessage("*ResponseWindowBusinessDays must be between 1 and 30, not 0*");
    }

    private static async Task<JsonElement[]> Analyze(WebApplicationFactory<Program> factory, string text)
    {
        var response = await factory.CreateClient().PostAsJsonAsync("/api/analyze", new { text, customerMessage = "Could you help me with my order?" });
        response.EnsureSuccessStatusCode();
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return document.RootElement.GetProperty("diagnostics").EnumerateArray().Select(d => d.Clone()).ToArray();
    }
}
