using System;
using System.Linq;
using FluentAssertions;
using Xunit;

namespace Deescalation.Tests.Analysis;

public class ReplyAnalyzerTests
{
    [Fact]
    public void Analyze_null_throws_ArgumentNullException()
    {
        var act = () => ReplyAnalyzer.Default.Analyze(null!);
        act.Should().Throw<ArgumentNullException>().WithParameterName("text");
    }

    [Fact]
    public void One_span_one_finding_the_inner_one_stays()
    {
        // The overpromise "rest assured ... soon" holds the vague "soon": one finding, the more specific one.
        var analysis = ReplyAnalyzer.Default.Analyze("Rest assured we'll get in touch soon.");
        analysis.Diagnostics.Select(d => d.Category).Should().Equal("vague-promise");
    }

    [Fact]
    public void Findings_that_only_touch_name_different_risks()
    {
        var analysis = ReplyAnalyzer.Default.Analyze("We're sorry if you missed the pop-ups about the restrictions.");
        analysis.Diagnostics.Select(d => d.Category).Should().BeEquivalentTo(new[] { "patronizing-apology", "blame" });
    }
}
