using System;
using System.Collections.Generic;
using Deescalation.Rules.Data;

namespace Deescalation.Analysis;

/// <summary>
/// The built-in rules' descriptors (those of the English pack's rule files, read by <c>deesc rules</c> and the docs
/// test) and the ids that options may name.
/// </summary>
internal static class RuleCatalog
{
    /// <summary>Every diagnostic of the English pack's rule files, in id order.</summary>
    private static IReadOnlyList<DiagnosticDescriptor> All => LanguagePack.English.Descriptors;

    /// <summary>The descriptors of every built-in rule, coded or data-only, in id order.</summary>
    public static IReadOnlyList<DiagnosticDescriptor> BuiltIn => All;

    public static bool IsKnownRuleOrCategory(string key, IList<CustomPhraseRule> customRules)
    {
        // Keys ignore case, as the option dictionaries do: "Blame" is the category "blame".
        foreach (var category in DiagnosticCategories.All)
        {
            if (string.Equals(category, key, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        foreach (var descriptor in BuiltIn)
        {
            if (string.Equals(descriptor.Id, key, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        for (var i = 0; i < customRules.Count; i++)
        {
            if (string.Equals(CustomRuleId(customRules[i], i), key, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    public static string CustomRuleId(CustomPhraseRule rule, int index) => rule.Id ?? "DEESC" + (901 + index).ToString(System.Globalization.CultureInfo.InvariantCulture);
}
