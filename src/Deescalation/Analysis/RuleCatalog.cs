using System;
using System.Collections.Generic;

namespace Deescalation;

/// <summary>
/// The descriptors of the built-in rules, made from the English pack's rule files (id, title, category, severity and
/// summary): one place, read by the rules, the docs test and <c>deesc rules</c>.
/// </summary>
internal static class RuleCatalog
{
    /// <summary>Every diagnostic of the English pack's rule files, in id order; the fields below name the coded rules' ones.</summary>
    private static readonly DiagnosticDescriptor[] All = Read(LanguagePack.English);

    public static readonly DiagnosticDescriptor FeelingsApology = FromData("DEESC001");

    public static readonly DiagnosticDescriptor QualifiedApology = FromData("DEESC002");

    public static readonly DiagnosticDescriptor VaguePromise = FromData("DEESC003");

    public static readonly DiagnosticDescriptor BlameCustomer = FromData("DEESC004");

    public static readonly DiagnosticDescriptor BlameOthers = FromData("DEESC005");

    public static readonly DiagnosticDescriptor Overpromise = FromData("DEESC006");

    public static readonly DiagnosticDescriptor MultipleOptions = FromData("DEESC007");

    public static readonly DiagnosticDescriptor DismissiveFeelings = FromData("DEESC008");

    public static readonly DiagnosticDescriptor CondescendingWord = FromData("DEESC009");

    public static readonly DiagnosticDescriptor Argumentative = FromData("DEESC010");

    public static readonly DiagnosticDescriptor Deflection = FromData("DEESC011");

    public static readonly DiagnosticDescriptor ShoutingCaps = FromData("DEESC012");

    public static readonly DiagnosticDescriptor ShoutingPunctuation = FromData("DEESC013");

    public static readonly DiagnosticDescriptor OverApology = FromData("DEESC014");

    public static readonly DiagnosticDescriptor MissingAcknowledgement = FromData("DEESC015");

    /// <summary>The descriptors of every built-in rule, coded or data-only, in id order.</summary>
    public static IReadOnlyList<DiagnosticDescriptor> BuiltIn => All;

    /// <summary>The built-in descriptor with this id, or <see langword="null"/>.</summary>
    public static DiagnosticDescriptor? Find(string id)
    {
        foreach (var descriptor in All)
        {
            if (descriptor.Id == id)
            {
                return descriptor;
            }
        }

        return null;
    }

    /// <summary>A descriptor made from a rule file's diagnostic.</summary>
    public static DiagnosticDescriptor Create(RuleDiagnosticData diagnostic) =>
        new(diagnostic.Id, diagnostic.Title, diagnostic.Category, diagnostic.Severity, diagnostic.Summary);

    private static DiagnosticDescriptor FromData(string id) =>
        Find(id) ?? throw new RulePackException("rules/en/", 0, $"no rule file describes {id}");

    private static DiagnosticDescriptor[] Read(LanguagePack pack)
    {
        var descriptors = new List<DiagnosticDescriptor>();
        foreach (var rule in pack.Rules)
        {
            foreach (var diagnostic in rule.Diagnostics)
            {
                descriptors.Add(Create(diagnostic));
            }
        }

        descriptors.Sort(static (a, b) => string.CompareOrdinal(a.Id, b.Id));
        return descriptors.ToArray();
    }

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
