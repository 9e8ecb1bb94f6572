using System.Collections.Generic;
using System.Linq;
using System.Text;
using Deescalation.Rules.Data;
using Deescalation.Tests.TestSupport;

namespace Deescalation.Tests.Docs;

/// <summary>
/// Renders <c>docs/rules/DEESC###.md</c> from a rule file of the English pack: the page is never edited by hand.
/// Run the tests with <c>DEESC_UPDATE_DOCS=1</c> to write the pages after changing the data.
/// </summary>
internal static class RulePage
{
    public static string Render(RuleData rule, RuleDiagnosticData diagnostic)
    {
        var page = new StringBuilder();
        page.Append("# ").Append(diagnostic.Id).Append(": ").Append(diagnostic.Title).Append("\n\n");
        page.Append("<!-- Generated from src/Deescalation/").Append(SourcePath(rule)).Append(": edit the data, then run the tests with DEESC_UPDATE_DOCS=1. -->\n\n");
        page.Append("| Rule id | Category | Default severity |\n|---|---|---|\n");
        page.Append("| ").Append(diagnostic.Id).Append(" | ").Append(diagnostic.Category).Append(" | ").Append(diagnostic.Severity).Append(" |\n\n");
        page.Append("## Cause\n\n").Append(diagnostic.Cause.Trim()).Append("\n\n");
        page.Append("## Rule description\n\n").Append(diagnostic.Description.Trim()).Append("\n\n");
        page.Append("## How to fix\n\n").Append(diagnostic.HowToFix.Trim()).Append("\n\n");
        // The diagnostic's examples, then those of its rows.
        var examples = diagnostic.Examples.Concat(rule.Phrases.SelectMany(p => p.Examples).Where(e => e.DiagnosticId == diagnostic.Id)).ToList();
        page.Append("## Examples that fire\n\n");
        AppendExamples(page, examples.Where(e => e.Fires));
        page.Append("\n## Examples that must not fire\n\n");
        AppendExamples(page, examples.Where(e => !e.Fires));
        page.Append("\n## How to suppress\n\n");
        var id = diagnostic.Id;
        page.Append("- In code, on the `DeescalationOptions` given to `ReplyAnalyzer` or `AddDeescalation`: `Severities[\"").Append(id)
            .Append("\"] = DiagnosticSeverity.Hidden` keeps the finding and its fix in `Diagnostics` without lowering the score; `DisabledRules.Add(\"")
            .Append(id).Append("\")` does not run the rule at all.\n");
        page.Append("- In `.deescalation.json`: `\"severities\": {\"").Append(id).Append("\": \"none\"}` or `\"disabledRules\": [\"").Append(id).Append("\"]`.\n");
        page.Append("- Inline, for the next line of a reply: `<!-- deesc-disable-next-line ").Append(id).Append(" -->` in Markdown, `# deesc-disable-next-line ")
            .Append(id).Append("` in YAML; `deesc-disable ").Append(id).Append("` ... `deesc-enable` comments cover a block.\n");
        page.Append("- Existing findings in a library of canned replies: record them with `deesc baseline PATH... > .deescalation-baseline.json` and run ")
            .Append("`deesc check --baseline .deescalation-baseline.json`, which reports only new ones.\n");
        var siblings = LanguagePack.English.Rules.SelectMany(r => r.Diagnostics)
            .Where(d => d.Category == diagnostic.Category && d.Id != id).Select(d => d.Id).ToList();
        if (siblings.Count > 0)
        {
            page.Append("- The category key `").Append(diagnostic.Category).Append("` works in `Severities` and `DisabledRules` too, but it also turns off ")
                .Append(string.Join(", ", siblings)).Append(" (same category).\n");
        }

        return page.ToString();
    }

    /// <summary>The table of docs/rules/README.md: one line per diagnostic of the pack, in id order.</summary>
    public static string RenderIndexTable()
    {
        var table = new StringBuilder("| Id | Title | Category | Default severity | Documentation |\n|---|---|---|---|---|\n");
        foreach (var d in LanguagePack.English.Rules.SelectMany(r => r.Diagnostics).OrderBy(d => d.Id, System.StringComparer.Ordinal))
        {
            table.Append("| ").Append(d.Id).Append(" | ").Append(d.Title).Append(" | ").Append(d.Category).Append(" | ").Append(d.Severity)
                .Append(" | [").Append(d.Id).Append("](").Append(d.Id).Append(".md) |\n");
        }

        return table.ToString();
    }

    public static string SourcePath(RuleData rule) =>
        "Rules/" + rule.File.Substring("rules/".Length);

    private static void AppendExamples(StringBuilder page, IEnumerable<RuleExample> examples)
    {
        string? previousCustomer = null;
        foreach (var example in examples)
        {
            var (text, spans) = Markup.Parse(example.Text);
            page.Append("- ");
            if (example.Customer is not null)
            {
                page.Append("Reply `").Append(text).Append('`');
                page.Append(example.Customer == previousCustomer ? " to the same message" : " to `" + example.Customer + "`");
                previousCustomer = example.Customer;
            }
            else
            {
                page.Append('`').Append(text).Append('`');
            }

            var flagged = spans.Where(s => s.Length > 0).Select(s => "\u201c" + text.Substring(s.Start, s.Length) + "\u201d").ToList();
            if (flagged.Count > 0)
            {
                page.Append(": flags ").Append(string.Join(" and ", flagged));
            }

            if (example.Note is not null)
            {
                page.Append(" \u2014 ").Append(example.Note);
            }

            page.Append('\n');
        }
    }
}
