using System;
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
}
