using System;
using System.Collections.Generic;
using Deescalation.Rules.Data;

namespace Deescalation.Rules;

/// <summary>
/// A rule that is only data: a rule file no code reads becomes this rule, which reports every row's phrase under the
/// file's diagnostic (or the row's <c>diagnostic</c>) with the file's <c>finding</c> message and replaces it with the
/// row's <c>fix</c> under the title <c>fix-title</c>. Adding such a rule is adding one file.
/// </summary>
internal sealed class DataPhraseRule : PhraseTableRule
{
    private readonly RuleData _source;

    public DataPhraseRule(RuleData data)
    {
        _source = data;

        if (!data.Messages.ContainsKey("finding"))
        {
            throw new RulePackException(data.File, 0, "a rule without code needs the message 'finding'");
        }

        foreach (var row in data.Phrases)
        {
            if (row.Behaviour is not null)
            {
                throw new RulePackException(data.File, row.Line, $"the row names the behaviour '{row.Behaviour}', but no code implements the rule '{data.Name}'");
            }

            if (row.Fix is { Length: > 0 } && !data.Messages.ContainsKey("fix-title"))
            {
                throw new RulePackException(data.File, row.Line, "a row with a fix needs the message 'fix-title'");
            }
        }
    }

    public override string Name => _source.Name;

    public override IEnumerable<PhraseEntry> Phrases
    {
        get
        {
            foreach (var row in Data.Phrases)
            {
                yield return new PhraseEntry(row.Pattern, row.Fix) { Descriptor = DescriptorOf(row.Diagnostic), When = row.When, Unless = row.Unless };
            }
        }
    }

    protected override DiagnosticDescriptor Descriptor => Descriptors[0];

    protected override string Message => Text("finding");

    protected override string FixTitle => Data.Messages.TryGetValue("fix-title", out var title) ? title : Text("finding");
}
