using System.Linq;
using Deescalation.Analyzers.Text;
using FluentAssertions;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Xunit;

namespace Deescalation.Analyzers.Tests;

/// <summary>The map from reply text back to source, read directly.</summary>
public class MappedReplyTests
{
    private static MappedReply Read(string expression)
    {
        var tree = CSharpSyntaxTree.ParseText("class C { object M(string name) => " + expression + "; }");
        var body = tree.GetRoot().DescendantNodes().OfType<ArrowExpressionClauseSyntax>().Single();
        return LiteralReader.Read(body.Expression)!;
    }

    [Fact]
    public void Holes_read_as_placeholders_and_are_never_edited()
    {
        var reply = Read("$\"Hi {name}, thanks.\"");

        reply.Text.Should().Be("Hi " + MappedReply.Placeholder + ", thanks.");
        var hole = reply.Text.IndexOf(MappedReply.Placeholder, System.StringComparison.Ordinal);
        reply.TryMapEdit(hole, 2, "x", out _).Should().BeFalse();
        reply.TryMapSpan(hole, 3, out _).Should().BeFalse("a finding wholly inside a hole is not reported");
        reply.TryMapEdit(0, 2, "Hello", out var change).Should().BeTrue();
        change.NewText.Should().Be("Hello");
    }

    [Fact]
    public void Edits_across_two_literals_are_not_offered()
    {
        var reply = Read("\"I'm sorry \" + \"you feel that way.\"");

        reply.Text.Should().Be("I'm sorry you feel that way.");
        reply.TryMapSpan(0, 27, out var span).Should().BeTrue();
        span.Length.Should().Be("\"I'm sorry \" + \"you feel that way".Length - 1);
        reply.TryMapEdit(0, 27, "I'm sorry for the trouble", out _).Should().BeFalse();
    }

    [Theory]
    [InlineData("\"a\\tb\"", "a\\\"b\"", "\"a\\tb\"")]
    [InlineData("@\"a b\"", "a\"b\"", "@\"a b\"")]
    [InlineData("$\"a {name}\"", "{x}", "$\"a {name}\"")]
    public void New_text_is_written_in_the_literal_kind(string expression, string newText, string _)
    {
        var reply = Read(expression);

        reply.TryMapEdit(0, 1, newText, out var change).Should().BeTrue();
        change.NewText.Should().NotBeNull();
        if (expression.StartsWith('@'))
        {
            change.NewText.Should().Be(newText.Replace("\"", "\"\"", System.StringComparison.Ordinal));
        }
        else if (expression.StartsWith('$'))
        {
            change.NewText.Should().Be("{{x}}");
        }
        else
        {
            change.NewText.Should().Be("a\\\\\\\"b\\\"");
        }
    }

    [Fact]
    public void Raw_literals_refuse_text_they_cannot_hold()
    {
        var reply = Read("\"\"\"a \"quoted\" b\"\"\"");

        reply.TryMapEdit(0, 1, "line\nbreak", out _).Should().BeFalse();
        reply.TryMapEdit(0, 1, "\"\"\"", out _).Should().BeFalse();
        reply.TryMapEdit(0, 1, "\"ok\"", out _).Should().BeTrue();
    }
}
