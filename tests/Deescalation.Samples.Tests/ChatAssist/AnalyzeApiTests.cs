using System.Net;
using System.Net.Http;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;
using FluentAssertions;
using Microsoft.AspNetCore.Mvc.Testing;
using Xunit;

namespace Deescalation.Samples.Tests.ChatAssist;

/// <summary>POST /api/analyze through the real pipeline (in-memory server): shapes, limits and problem details.</summary>
public class AnalyzeApiTests : IClassFixture<WebApplicationFactory<Program>>
{
    private readonly HttpClient _client;

    public AnalyzeApiTests(WebApplicationFactory<Program> factory)
    {
        _client = factory.CreateClient();
    }

    [Fact]
    public async Task Clean_reply_gets_a_calm_score_and_no_findings()
    {
        var response = await _client.PostAsJsonAsync("/api/analyze", new { text = "I'm sorry we shipped the wrong size. A replacement leaves today and arrives by Thursday.", customerMessage = "Wrong size again." });

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var body = await ReadJson(response);
        body.GetProperty("score").GetInt32().Should().BeGreaterThanOrEqualTo(90);
        body.GetProperty("band").GetString().Should().Be("calm");
        body.GetProperty("diagnostics").GetArrayLength().Should().Be(0);
    }

    [Fact]
    public async Task Empty_reply_is_analysed_not_rejected()
    {
        var response = await _client.PostAsJsonAsync("/api/analyze", new { text = "" });

        response.StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Theory]
    [InlineData("{\"text\": ", "Invalid JSON", "LineNumber: 0")]
    [InlineData("{\"text\": 42}", "Invalid JSON", "Path: $.text")]
    [InlineData("{}", "Missing text", "\"text\" field")]
    [InlineData("{\"customerMessage\": \"hello\"}", "Missing text", "\"text\" field")]
    [InlineData("null", "Missing text", "\"text\" field")]
    [InlineData("[1, 2]", "Invalid JSON", "Path: $")]
    public async Task Bad_request_gets_problem_details_400(string json, string title, string detailPart)
    {
        var response = await _client.PostAsync("/api/analyze", new StringContent(json, Encoding.UTF8, "application/json"));

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
        var problem = await ReadJson(response);
        problem.GetProperty("status").GetInt32().Should().Be(400);
        problem.GetProperty("title").GetString().Should().Be(title);
        problem.GetProperty("detail").GetString().Should().Contain(detailPart);
    }

    [Fact]
    public async Task Body_that_is_not_json_gets_problem_details_415()
    {
        var response = await _client.PostAsync("/api/analyze", new StringContent("We'll look into it soon.", Encoding.UTF8, "text/plain"));

        response.StatusCode.Should().Be(HttpStatusCode.UnsupportedMediaType);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
    }

    [Fact]
    public async Task Reply_at_the_limit_is_analysed()
    {
        var response = await _client.PostAsJsonAsync("/api/analyze", new { text = new string('a', 20_000) });

        response.StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Theory]
    [InlineData(20_001, 0, "The reply is 20001 characters long; the limit is 20000.")]
    [InlineData(10, 20_001, "The customer message is 20001 characters long; the limit is 20000.")]
    public async Task Text_over_the_limit_gets_problem_details_413(int replyLength, int customerLength, string detail)
    {
        var response = await _client.PostAsJsonAsync("/api/analyze", new { text = new string('a', replyLength), customerMessage = new string('b', customerLength) });

        response.StatusCode.Should().Be(HttpStatusCode.RequestEntityTooLarge);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
        (await ReadJson(response)).GetProperty("detail").GetString().Should().Be(detail);
    }

    [Fact]
    public async Task Body_over_the_byte_limit_is_refused_before_it_is_read()
    {
        var response = await _client.PostAsync("/api/analyze", new StringContent("{\"text\": \"" + new string('a', 300_000) + "\"}", Encoding.UTF8, "application/json"));

        response.StatusCode.Should().Be(HttpStatusCode.RequestEntityTooLarge);
        (await ReadJson(response)).GetProperty("detail").GetString().Should().Contain("the limit is 262144");
    }

    [Fact]
    public async Task The_page_is_served_at_the_root()
    {
        var page = await _client.GetStringAsync("/");

        page.Should().Contain("<textarea id=\"reply\"").And.Contain("app.js");
    }

    private static async Task<JsonElement> ReadJson(HttpResponseMessage response)
    {
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return document.RootElement.Clone();
    }
}
