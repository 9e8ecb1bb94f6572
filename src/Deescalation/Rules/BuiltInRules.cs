using System;
using System.Collections.Generic;
using Deescalation.Rules.Data;

namespace Deescalation.Rules;

/// <summary>The built-in rules, in the order they run.</summary>
internal static class BuiltInRules
{
    /// <summary>The coded rules, then a <see cref="DataPhraseRule"/> for every rule file of the pack that no code reads.</summary>
    public static IEnumerable<ReplyRule> Create(LanguagePack pack)
    {
        var coded = new List<ReplyRule>(Coded());
        foreach (var rule in coded)
        {
            yield return rule;
        }

        foreach (var data in pack.Rules)
        {
            if (!coded.Exists(rule => rule.Name == data.Name))
            {
                yield return new DataPhraseRule(data);
            }
        }
    }

    private static IEnumerable<ReplyRule> Coded()
    {
        yield return new PatronizingApologyRule();
        yield return new OverApologyRule();
        yield return new BlameRule();
        yield return new VaguePromiseRule();
        yield return new OverpromiseRule();
        yield return new MultipleOptionsRule();
        yield return new DismissiveRule();
        yield return new ArgumentativeRule();
        yield return new DeflectionRule();
        yield return new ShoutingRule();
        yield return new MissingAcknowledgementRule();
    }
}
