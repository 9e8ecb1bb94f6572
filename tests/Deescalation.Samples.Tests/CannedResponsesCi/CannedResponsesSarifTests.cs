using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using FluentAssertions;
using Xunit;

namespace Deescalation.Samples.Tests.CannedResponsesCi;

/// <summary>The SARIF the sample's workflow uploads to code scanning: valid 2.1.0, one result per finding, on the right text.</summary>
public sealed class CannedResponsesSarifTests
{
    private static readonly string[] Levels = ["none", "note", "warning", "error"];

    [Fact]
    public async Task Sarif_is_2_1_0_with_rules_and_a_located_result_for_every_finding()
    {
        var check = await CannedResponsesSample.CheckJsonAsync();
        var output = await CannedResponsesSample.RunAsync("check", "--format", "sarif", "responses");

        output.ExitCode.Should().Be(1);
        output.Stderr.Should().BeEmpty();
        using var document = JsonDocument.Parse(output.Stdout);
        var sarif = document.RootElement;
        sarif.GetProperty("version").GetString().Should().Be("2.1.0");
        sarif.GetProperty("$schema").GetString().Should().Be("https://json.schemastore.org/sarif-2.1.0.json");
        sarif.GetProperty("runs").GetArrayLength().Should().Be(1);
        var run = sarif.GetProperty("runs")[0];

        var driver = run.GetProperty("tool").GetProperty("driver");
        driver.GetProperty("name").GetString().Should().Be("deesc");
        var rules = driver.GetProperty("rules").EnumerateArray().ToList();
        var ruleIds = rules.Select(r => r.GetProperty("id").GetString()!).ToList();
        ruleIds.Should().OnlyHaveUniqueItems();
        ruleIds.Should().Contain(Enumerable.Range(1, 15).Select(n => $"DEESC{n:000}")).And.Contain("HB001");
        rules.Should().OnlyContain(r => r.GetProperty("shortDescription").GetProperty("text").GetString()!.Length > 0);
        rules.Select(r => r.GetProperty("defaultConfiguration").GetProperty("level").GetString()!).Should().OnlyContain(level => Levels.Contains(level));
        rules.Where(r => r.GetProperty("id").GetString()!.StartsWith("DEESC", StringComparison.Ordinal))
            .Should().OnlyContain(r => r.GetProperty("helpUri").GetString()!.StartsWith("https://", StringComparison.Ordinal));
        rules[ruleIds.IndexOf("HB001")].GetProperty("shortDescription").GetProperty("text").GetString()
            .Should().Be("\"Kindly note\" reads as a brush-off in our support voice; say it plainly.");

        run.GetProperty("columnKind").GetString().Should().Be("utf16CodeUnits");
        var srcRoot = run.GetProperty("originalUriBaseIds").GetProperty("%SRCROOT%").GetProperty("uri").GetString()!;
        new Uri(srcRoot).IsFile.Should().BeTrue();
        srcRoot.Should().EndWith("/", "SARIF requires a base URI to end with a slash");
        run.GetProperty("invocations")[0].GetProperty("executionSuccessful").GetBoolean().Should().BeTrue();

        var results = run.GetProperty("results").EnumerateArray().ToList();
        foreach (var result in results)
        {
            var ruleId = result.GetProperty("ruleId").GetString()!;
            ruleIds[result.GetProperty("ruleIndex").GetInt32()].Should().Be(ruleId, "ruleIndex points at the result's rule");
            Levels.Should().Contain(result.GetProperty("level").GetString()!);
            result.GetProperty("message").GetProperty("text").GetString().Should().NotBeNullOrWhiteSpace();
            var location = result.GetProperty("locations")[0].GetProperty("physicalLocation");
            var artifact = location.GetProperty("artifactLocation");
            artifact.GetProperty("uriBaseId").GetString().Should().Be("%SRCROOT%");
            var uri = artifact.GetProperty("uri").GetString()!;
            Uri.IsWellFormedUriString(uri, UriKind.Relative).Should().BeTrue(uri);
            File.Exists(Path.Combine(CannedResponsesSample.Folder, uri)).Should().BeTrue("{0} is relative to the folder deesc ran in", uri);
            var region = location.GetProperty("region");
            region.GetProperty("startLine").GetInt32().Should().BePositive();
            region.GetProperty("startColumn").GetInt32().Should().BePositive();
            region.GetProperty("endLine").GetInt32().Should().BeGreaterThanOrEqualTo(region.GetProperty("startLine").GetInt32());
        }

        Describe(results).Should().Equal(check.Replies.SelectMany(r => r.Findings.Select(f => Describe(r.File, f))), "every finding of the JSON report is a SARIF result, in the same order");
        Describe(results.Where(r => r.GetProperty("level").GetString() is "warning" or "error"))
            .Should().Equal(check.Replies.SelectMany(r => r.Findings.Where(f => f.FailsTheRun).Select(f => Describe(r.File, f))))
            .And.HaveCount(8, "the seven failing responses hold eight warnings and errors");
    }

    [Theory]
    [InlineData("HB001", "responses/billing.yaml", "Kindly note")]
    [InlineData("DEESC011", "responses/billing.yaml", "there's nothing I can do")]
    [InlineData("DEESC011", "responses/billing.yaml", "that's just our policy")]
    [InlineData("DEESC008", "responses/product.yaml", "Please calm down")]
    [InlineData("DEESC003", "responses/shipping.yaml", "We'll look into it and get back to you soon")]
    [InlineData("DEESC004", "responses/shipping.yaml", "You should have")]
    [InlineData("DEESC006", "responses/account/closure-request.md", "I guarantee all your data will be 100% deleted and this will\nnever happen again")]
    public async Task A_result_region_covers_the_flagged_words_in_the_file(string ruleId, string file, string flagged)
    {
        var results = await SarifResultsAsync();

        results.Where(r => r.GetProperty("ruleId").GetString() == ruleId)
            .Select(r => r.GetProperty("locations")[0].GetProperty("physicalLocation"))
            .Where(l => l.GetProperty("artifactLocation").GetProperty("uri").GetString() == file)
            .Select(l => TextAt(file, l.GetProperty("region")))
            .Should().Contain(flagged);
    }

    [Fact]
    public async Task The_custom_rule_result_carries_the_team_replacement_as_a_fix()
    {
        var results = await SarifResultsAsync();

        var result = results.Should().ContainSingle(r => r.GetProperty("ruleId").GetString() == "HB001").Subject;
        result.GetProperty("level").GetString().Should().Be("warning");
        var region = result.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("region");
        var change = result.GetProperty("fixes")[0].GetProperty("artifactChanges")[0];
        change.GetProperty("artifactLocation").GetProperty("uri").GetString().Should().Be("responses/billing.yaml");
        var replacement = change.GetProperty("replacements").EnumerateArray().Should().ContainSingle().Subject;
        Region(replacement.GetProperty("deletedRegion")).Should().Be(Region(region), "the fix replaces exactly the flagged phrase");
        replacement.GetProperty("insertedContent").GetProperty("text").GetString().Should().Be("Please note");
    }

    private static async Task<List<JsonElement>> SarifResultsAsync()
    {
        var output = await CannedResponsesSample.RunAsync("check", "--format", "sarif", "responses");
        using var document = JsonDocument.Parse(output.Stdout);
        return document.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray().Select(r => r.Clone()).ToList();
    }

    private static (int StartLine, int StartColumn, int EndLine, int EndColumn) Region(JsonElement region) => (
        region.GetProperty("startLine").GetInt32(),
        region.GetProperty("startColumn").GetInt32(),
        region.GetProperty("endLine").GetInt32(),
        region.GetProperty("endColumn").GetInt32());

    private static string TextAt(string file, JsonElement region) => CannedResponsesSample.TextAt(
        file,
        region.GetProperty("startLine").GetInt32(),
        region.GetProperty("startColumn").GetInt32(),
        region.GetProperty("endLine").GetInt32(),
        region.GetProperty("endColumn").GetInt32());

    private static IEnumerable<string> Describe(IEnumerable<JsonElement> results) => results.Select(r =>
    {
        var location = r.GetProperty("locations")[0].GetProperty("physicalLocation");
        var region = location.GetProperty("region");
        return $"{location.GetProperty("artifactLocation").GetProperty("uri").GetString()} {r.GetProperty("ruleId").GetString()} {r.GetProperty("level").GetString()} "
            + $"({region.GetProperty("startLine").GetInt32()},{region.GetProperty("startColumn").GetInt32()})-({region.GetProperty("endLine").GetInt32()},{region.GetProperty("endColumn").GetInt32()}) "
            + r.GetProperty("message").GetProperty("text").GetString();
    });

    private static string Describe(string file, Finding f) =>
        $"{file} {f.RuleId} {(f.Severity == "info" ? "note" : f.Severity)} ({f.Line},{f.Column})-({f.EndLine},{f.EndColumn}) {f.Message}";
}
