using System;
using System.Collections.Generic;

namespace Deescalation;

/// <summary>The built-in rules, in the order they run.</summary>
internal static class BuiltInRules
{
    public static IEnumerable<ReplyRule> Create()
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
