using System;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using FluentAssertions;
using Xunit;

namespace Deescalation.Tests.Analysis;

public class RobustnessTests
{
    public static TheoryData<string> OddInputs => new()
    {
        string.Empty,
        "   \n\t  \r\n",
        "\uD800 lone high surrogate, and a lone low \uDC00",
        "control \u0000\u0001\u0007\u001B characters",
        "emoji 😡😡 !!! 👍🏽 family 👨‍👩‍👧",
        "مرحبا، نحن آسفون على التأخير. שלום",
        "I'm sorry you feel\u200B that way",
        "<<<<>>>> {{{{ }}}} %%%% [[[[ ]]]] ```",
        "&amp;&lt;&#39;&#x2019; & ; &",
        new string('!', 10_000),
        string.Concat(Enumerable.Repeat("sorry ", 5_000)),
        "> only quoted\n> text",
    };

    [Theory]
    [MemberData(nameof(OddInputs))]
    public void Analyze_never_throws_and_spans_stay_in_the_text(string text)
    {
        var analysis = ReplyAnalyzer.Default.Analyze(text, new ReplyContext { CustomerMessage = text });
        analysis.Score.Should().BeInRange(0, 100);
        foreach (var diagnostic in analysis.Diagnostics)
        {
            diagnostic.Span.End.Should().BeLessThanOrEqualTo(text.Length);
            foreach (var edit in diagnostic.Fixes.SelectMany(f => f.Edits))
            {
                edit.Span.End.Should().BeLessThanOrEqualTo(text.Length);
            }
        }

        var act = () => analysis.ApplyFixes();
        act.Should().NotThrow();
    }

    [Fact]
    public void Analyze_handles_a_four_megabyte_reply()
    {
        var builder = new StringBuilder();
        while (builder.Length < 4 * 1024 * 1024)
        {
            builder.Append("Thanks for your patience. We'll look into it soon!! You should have read the FAQ. I GUARANTEE it.\n");
        }

        var analysis = ReplyAnalyzer.Default.Analyze(builder.ToString());
        analysis.Diagnostics.Should().NotBeEmpty();
        analysis.Diagnostics.Should().BeInAscendingOrder(d => d.Span.Start);
    }

    [Fact]
    public void One_analyzer_serves_many_threads_with_the_same_results()
    {
        var replies = new[]
        {
            "I'm sorry you feel that way, but policy is policy.",
            "We'll look into it soon.",
            "You should have read the terms!!",
            "Thanks, I've refunded the order and it shows by Friday.",
            "Calm down. I guarantee this will never happen again.",
        };
        var analyzer = new ReplyAnalyzer();
        var expected = replies.Select(r => Describe(analyzer.Analyze(r))).ToArray();

        Parallel.For(0, 2_000, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i =>
        {
            var index = i % replies.Length;
            Describe(analyzer.Analyze(replies[index])).Should().Be(expected[index]);
        });
    }

    [Fact]
    public void Results_are_immutable_snapshots()
    {
        var options = new DeescalationOptions();
        var analyzer = new ReplyAnalyzer(options);
        options.DisabledRules.Add("shouting");
        analyzer.Analyze("Please STOP!!").Diagnostics.Should().Contain(d => d.Category == DiagnosticCategories.Shouting, "changing options after the analyzer is built has no effect");
    }

    private static string Describe(ReplyAnalysis analysis) =>
        analysis.Score + ":" + string.Join(",", analysis.Diagnostics.Select(d => $"{d.Id}@{d.Span}"));
}
