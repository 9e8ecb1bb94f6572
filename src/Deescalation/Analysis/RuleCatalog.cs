using System;
using System.Collections.Generic;

namespace Deescalation;

/// <summary>The descriptors of the built-in rules: one place, read by the rules, the docs test and <c>deesc rules</c>.</summary>
internal static class RuleCatalog
{
    public static readonly DiagnosticDescriptor FeelingsApology = new(
        "DEESC001", "Apology for the customer's feelings", DiagnosticCategories.PatronizingApology, DiagnosticSeverity.Warning,
        "Apologises for how the customer feels or reacted (\"I'm sorry you feel that way\") instead of for what we did. Guide: apologise for your own actions and the company's, never for the way the customer feels.");

    public static readonly DiagnosticDescriptor QualifiedApology = new(
        "DEESC002", "Conditional or cancelled apology", DiagnosticCategories.PatronizingApology, DiagnosticSeverity.Warning,
        "An apology made conditional (\"sorry if\") or taken back by \"but\" (\"I'm sorry, but\") reads as insincere. Guide: a sincere apology, even if simply for the inconvenience caused.");

    public static readonly DiagnosticDescriptor VaguePromise = new(
        "DEESC003", "Vague promise", DiagnosticCategories.VaguePromise, DiagnosticSeverity.Warning,
        "Commits to act on the customer's problem with no concrete time, owner or step (\"we'll look into it\", \"soon\", \"someone will get back to you\"). Guide: avoid vague promises; provide specific steps.");

    public static readonly DiagnosticDescriptor BlameCustomer = new(
        "DEESC004", "Blaming the customer", DiagnosticCategories.Blame, DiagnosticSeverity.Error,
        "Puts the fault on the customer (\"you should have\", \"you failed to\", \"as I already told you\"). Guide: don't play the blame game, even if the fault is on their side.");

    public static readonly DiagnosticDescriptor BlameOthers = new(
        "DEESC005", "Blaming another party", DiagnosticCategories.Blame, DiagnosticSeverity.Warning,
        "Puts the fault on a courier, a warehouse, a partner or a colleague (\"the courier messed up\"). Guide: avoid making excuses or blaming others; focus on fixing the problem.");

    public static readonly DiagnosticDescriptor Overpromise = new(
        "DEESC006", "Promise that cannot be kept for sure", DiagnosticCategories.Overpromise, DiagnosticSeverity.Warning,
        "Guarantees an outcome outside the agent's control (\"I guarantee\", \"this will never happen again\", \"100%\"). Guide: make a promise you can keep; \"let me check\" is always possible.");

    public static readonly DiagnosticDescriptor MultipleOptions = new(
        "DEESC007", "Too many options at once", DiagnosticCategories.MultipleOptions, DiagnosticSeverity.Warning,
        "Offers three or more alternatives in one reply. Guide: do not introduce multiple options initially; present the preferred option and keep the others for later.");

    public static readonly DiagnosticDescriptor DismissiveFeelings = new(
        "DEESC008", "Dismissing the customer's feelings", DiagnosticCategories.Dismissive, DiagnosticSeverity.Warning,
        "Tells the customer how to feel or minimises the problem (\"calm down\", \"it's not a big deal\", \"you're overreacting\"). Guide: never be patronizing; avoid dismissing the customer's feelings.");

    public static readonly DiagnosticDescriptor CondescendingWord = new(
        "DEESC009", "Condescending word", DiagnosticCategories.Dismissive, DiagnosticSeverity.Info,
        "Words such as \"obviously\", \"simply\" and \"clearly\" imply the customer missed something easy. Guide: never be patronizing; avoid belittling the customer.");

    public static readonly DiagnosticDescriptor Argumentative = new(
        "DEESC010", "Arguing with the customer", DiagnosticCategories.Argumentative, DiagnosticSeverity.Error,
        "Sets out to prove the customer wrong (\"you're wrong\", \"that's not true\", \"with all due respect\"). Guide: resist the temptation to convince the customer that you are right; avoid arguing.");

    public static readonly DiagnosticDescriptor Deflection = new(
        "DEESC011", "Deflecting ownership", DiagnosticCategories.Deflection, DiagnosticSeverity.Warning,
        "Refuses ownership or hides behind rules (\"not my department\", \"there's nothing I can do\", \"policy is policy\"). Guide: take ownership; escalate, it's okay.");

    public static readonly DiagnosticDescriptor ShoutingCaps = new(
        "DEESC012", "All-caps shouting", DiagnosticCategories.Shouting, DiagnosticSeverity.Warning,
        "Words in capitals that are not acronyms read as shouting. Guide: speak slowly and lower your voice.");

    public static readonly DiagnosticDescriptor ShoutingPunctuation = new(
        "DEESC013", "Shouting punctuation", DiagnosticCategories.Shouting, DiagnosticSeverity.Warning,
        "Runs of \"!!\" or \"?!\" read as raised voice. Guide: speak slowly and lower your voice; one \"!\" at most.");

    public static readonly DiagnosticDescriptor OverApology = new(
        "DEESC014", "Too many apologies", DiagnosticCategories.OverApology, DiagnosticSeverity.Info,
        "Three or more apologies in one reply, or two in consecutive sentences, sound insincere. Guide: be quick to apologize, but do not apologize too much.");

    public static readonly DiagnosticDescriptor MissingAcknowledgement = new(
        "DEESC015", "No acknowledgement of an upset customer", DiagnosticCategories.MissingAcknowledgement, DiagnosticSeverity.Warning,
        "The customer's message is upset and the reply neither acknowledges the frustration nor apologises. Guide: acknowledge their frustration before offering solutions.");

    public static IReadOnlyList<DiagnosticDescriptor> BuiltIn { get; } = new[]
    {
        FeelingsApology, QualifiedApology, VaguePromise, BlameCustomer, BlameOthers, Overpromise, MultipleOptions,
        DismissiveFeelings, CondescendingWord, Argumentative, Deflection, ShoutingCaps, ShoutingPunctuation,
        OverApology, MissingAcknowledgement,
    };

    public static bool IsKnownRuleOrCategory(string key, IList<CustomPhraseRule> customRules)
    {
        if (DiagnosticCategories.IsCategory(key))
        {
            return true;
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
