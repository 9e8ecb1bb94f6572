using System.Collections.Generic;
using System.Linq;
using Deescalation.Analysis;
using Deescalation.Rules.Data;
using FluentAssertions;
using Xunit;

namespace Deescalation.Tests.Rules;

/// <summary>
/// The format's named conditions (<c>when:</c>, <c>unless:</c>) and inflections (<c>word~</c>), run through a
/// data-only rule added to the English pack: no code reads it, so what it reports is what its data says.
/// </summary>
public class RowConditionTests
{
    private static readonly AnalysisEngine Engine = Build(Rule + """

          - {pattern: "calm down", when: sentence-start}
          - {pattern: "noted with thanks", when: customer-upset}
          - {pattern: "as you say", unless: [question, title-case]}
          - {pattern: "you forget~ to", fires: ["Sadly [|you forgot to|] sign."]}
        """);

    [Theory]
    [InlineData("That is [|nonsense talk|].")]
    [InlineData("That is not nonsense talk.")]
    [InlineData("We never said it was nonsense talk.")]
    [InlineData("It's not late, but this is [|nonsense talk|].")]
    public void Unless_negated_reads_the_clause_before_the_phrase(string markup) => Verify(markup);

    [Theory]
    [InlineData("[|Calm down|], please.")]
    [InlineData("Hi,\n[|Calm down|] and read this.")]
    [InlineData("Please calm down.")]
    public void When_sentence_start(string markup) => Verify(markup);

    [Theory]
    [InlineData("As you say?")]
    [InlineData("We watched As You Say last night.")]
    [InlineData("It is, [|as you say|], broken.")]
    public void Unless_question_or_title_case(string markup) => Verify(markup);

    [Fact]
    public void When_a_signal_holds()
    {
        Engine.Analyze("Your note was noted with thanks.", new ReplyContext { CustomerMessage = "This is unacceptable!!! Third time!" })
            .Diagnostics.Should().ContainSingle(d => d.Id == "DEESC099");
        Engine.Analyze("Your note was noted with thanks.", new ReplyContext { CustomerMessage = "Could you check my order?" })
            .Diagnostics.Should().BeEmpty();
    }

    [Theory]
    [InlineData("[|You forget to|] sign.")]
    [InlineData("[|You forgot to|] sign.")]
    [InlineData("[|You forgets to|] sign.")]
    [InlineData("You forgive us.")]
    public void Inflections_expand_from_the_language_file(string markup) => Verify(markup);

    [Theory]
    [InlineData("  - {pattern: \"x y\", unless: negatd}", "'negatd' is not a condition; use sentence-start, question, negated")]
    [InlineData("  - {pattern: \"*2 x\"}", "pattern '*2 x' must start with a word, not a wildcard or a gap")]
    [InlineData("  - {pattern: \"(x)? * y\"}", "pattern '(x)? * y' must start with a word, not a wildcard or a gap")]
    [InlineData("  - {pattern: \"(x)? (y)?\"}", "pattern '(x)? (y)?' can match no word at all")]
    [InlineData("  - {pattern: \"x *0 y\"}", "pattern 'x *0 y': A gap '*0'")]
    [InlineData("  - {pattern: \"x *99999999999 y\"}", "pattern 'x *99999999999 y':")]
    [InlineData("  - {pattern: \"~ x\"}", "'~' must follow a word")]
    public void A_bad_row_names_its_file_and_line(string row, string message)
    {
        var yaml = Rule.Replace("  - {pattern: \"nonsense talk\", unless: negated}", row);
        var read = () => Build(yaml);

        read.Should().Throw<RulePackException>().Which.Message.Should().StartWith("rules/en/DEESC099.test-rule.yaml:17: " + message);
    }

    private const string Rule = """
        rule: test-rule
        diagnostics:
          - id: DEESC099
            title: Test rule
            category: dismissive
            severity: warning
            summary: A rule for the tests.
            cause: Test.
            description: Test.
            how-to-fix: Test.
            examples:
              fires: ["That is [|nonsense talk|]."]
              must-not-fire: ["That is not nonsense talk."]
        messages:
          finding: "Found."
        phrases:
          - {pattern: "nonsense talk", unless: negated}
        """;

    private static void Verify(string markup)
    {
        var (text, spans) = TestSupport.Markup.Parse(markup);
        Engine.Analyze(text, null).Diagnostics.Where(d => d.Id == "DEESC099").Select(d => d.Span).Should().Equal(spans, "in {0}", text);
    }

    private static AnalysisEngine Build(string rule)
    {
        var files = LanguagePack.EmbeddedFiles("en");
        files["DEESC099.test-rule.yaml"] = rule;
        return new AnalysisEngine(new DeescalationOptions(), LanguagePack.Read("en", files));
    }
}
