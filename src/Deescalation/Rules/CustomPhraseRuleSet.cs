using System;
using System.Collections.Generic;
using Deescalation.Analysis;

namespace Deescalation.Rules;

/// <summary>The team's own phrase rules from <see cref="DeescalationOptions.CustomRules"/>, each with its own descriptor.</summary>
internal sealed class CustomPhraseRuleSet : PhraseTableRule
{
    private readonly List<PhraseEntry> _entries = new();
    private readonly List<DiagnosticDescriptor> _descriptors = new();

    public CustomPhraseRuleSet(IList<CustomPhraseRule> rules)
    {
        for (var i = 0; i < rules.Count; i++)
        {
            var rule = rules[i];
            var descriptor = new DiagnosticDescriptor(
                RuleCatalog.CustomRuleId(rule, i),
                rule.Message,
                rule.Category,
                rule.Severity,
                $"A team rule: flags \"{rule.Phrase}\".",
                string.Empty);
            _descriptors.Add(descriptor);
            _entries.Add(new PhraseEntry(PhrasePattern.Literal(rule.Phrase), rule.Replacement) { Descriptor = descriptor, Message = rule.Message });
        }
    }

    public override string Name => "custom";

    public override IReadOnlyList<DiagnosticDescriptor> Descriptors => _descriptors;

    public override IEnumerable<PhraseEntry> Phrases => _entries;

    protected override DiagnosticDescriptor Descriptor => _descriptors[0];

    protected override string Message => _descriptors[0].Title;

    protected override string FixTitle => "Use the team's wording";
}
