using System.Linq;
using Deescalation.Rules.Data;
using Deescalation.Tests.TestSupport;
using FluentAssertions;
using Xunit;

namespace Deescalation.Tests.Rules;

/// <summary>
/// Runs every example of every rule file of the English pack, as LanguageTool runs its rules' examples: an example
/// that fires must be reported at exactly its marked spans, one that must not fire must get no finding of its rule.
/// The same examples are the ones docs/rules and <c>deesc explain</c> show.
/// </summary>
public class RuleDataExampleTests
{
    public static TheoryData<string, int> Examples()
    {
        var data = new TheoryData<string, int>();
        foreach (var rule in LanguagePack.English.Rules)
        {
            var index = 0;
            foreach (var _ in AllExamples(rule))
            {
                data.Add(rule.Name, index++);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void Example_behaves_as_its_rule_file_says(string rule, int index)
    {
        var example = AllExamples(LanguagePack.English.Rule(rule)).ElementAt(index);
        var (text, spans) = Markup.Parse(example.Text);
        var context = example.Customer is null ? null : new ReplyContext { CustomerMessage = example.Customer };
        var analysis = ReplyAnalyzer.Default.Analyze(text, context);
        var found = analysis.Diagnostics.Where(d => d.Id == example.DiagnosticId).Select(d => d.Span).ToList();

        if (example.Fires)
        {
            found.Should().Equal(spans, "{0} fires at exactly its marked spans", example);
        }
        else
        {
            found.Should().BeEmpty("{0} must not fire ({1})", example, example.Note ?? "a hard negative");
        }
    }

    [Fact]
    public void Every_diagnostic_has_examples_both_ways()
    {
        foreach (var diagnostic in LanguagePack.English.Rules.SelectMany(r => r.Diagnostics))
        {
            diagnostic.Examples.Should().Contain(e => e.Fires, "{0} shows where it fires", diagnostic.Id);
            diagnostic.Examples.Should().Contain(e => !e.Fires, "{0} shows a hard negative", diagnostic.Id);
        }
    }

    private static System.Collections.Generic.IEnumerable<RuleExample> AllExamples(RuleData rule) =>
        rule.Diagnostics.SelectMany(d => d.Examples).Concat(rule.Phrases.SelectMany(p => p.Examples));
}
