using System.Collections.Generic;
using System.Linq;
using FluentAssertions;

namespace Deescalation.Tests.TestSupport;

/// <summary>
/// Roslyn-style span markup: <c>"Thanks. [|I'm sorry you feel that way|], but..."</c> marks where a finding must sit.
/// </summary>
internal static class Markup
{
    public static (string Text, List<TextSpan> Spans) Parse(string markup)
    {
        var spans = new List<TextSpan>();
        var text = new System.Text.StringBuilder();
        var start = -1;
        for (var i = 0; i < markup.Length; i++)
        {
            if (markup[i] == '[' && i + 1 < markup.Length && markup[i + 1] == '|')
            {
                start = text.Length;
                i++;
                continue;
            }

            if (markup[i] == '|' && i + 1 < markup.Length && markup[i + 1] == ']')
            {
                spans.Add(new TextSpan(start, text.Length - start));
                i++;
                continue;
            }

            text.Append(markup[i]);
        }

        return (text.ToString(), spans);
    }

    /// <summary>Asserts the rule reports exactly at the marked spans (overlap), and nowhere else.</summary>
    public static ReplyAnalysis VerifyHits(string markup, string ruleId, ReplyAnalyzer? analyzer = null, ReplyContext? context = null)
    {
        var (text, spans) = Parse(markup);
        var analysis = (analyzer ?? ReplyAnalyzer.Default).Analyze(text, context);
        var found = analysis.Diagnostics.Where(d => d.Id == ruleId).ToList();
        found.Should().HaveCount(spans.Count, "the reply {0} should have {1} finding(s) of {2}; got: {3}", text, spans.Count, ruleId, Describe(analysis));
        foreach (var span in spans)
        {
            found.Should().Contain(d => d.Span.OverlapsWith(span) || (d.Span.IsEmpty && span.IsEmpty && d.Span.Start == span.Start),
                "a {0} finding should cover \"{1}\" in {2}; got: {3}", ruleId, text.Substring(span.Start, span.Length), text, Describe(analysis));
        }

        return analysis;
    }

    public static void VerifyNone(string text, string category, ReplyAnalyzer? analyzer = null, ReplyContext? context = null)
    {
        var analysis = (analyzer ?? ReplyAnalyzer.Default).Analyze(text, context);
        analysis.Diagnostics.Where(d => d.Category == category).Should().BeEmpty("\"{0}\" must not be flagged as {1}; got: {2}", text, category, Describe(analysis));
    }

    /// <summary>Applies the first fix of every finding of the rule, then checks the edit and its result.</summary>
    public static string ApplyRuleFixes(string text, string ruleId, ReplyContext? context = null)
    {
        var analysis = ReplyAnalyzer.Default.Analyze(text, context);
        var diagnostics = analysis.Diagnostics.Where(d => d.Id == ruleId).ToList();
        diagnostics.Should().NotBeEmpty();
        var edits = diagnostics.Where(d => d.Fixes.Count > 0).SelectMany(d => d.Fixes[0].Edits).ToList();
        return TextEdit.Apply(text, edits);
    }

    public static string Describe(ReplyAnalysis analysis) =>
        analysis.Diagnostics.Count == 0
            ? "no findings"
            : string.Join("; ", analysis.Diagnostics.Select(d => $"{d.Id} {d.Category} \"{analysis.Text.Substring(d.Span.Start, d.Span.Length)}\""));
}
