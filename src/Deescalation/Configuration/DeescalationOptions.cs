using System;
using System.Collections.Generic;
using Deescalation.Analysis;
using Deescalation.Rules.Data;

namespace Deescalation;

/// <summary>
/// Settings for a <see cref="ReplyAnalyzer"/>. They are read and validated once, when the analyzer is built;
/// changing them afterwards does not change an analyzer already built.
/// </summary>
/// <example>
/// <code>
/// var analyzer = new ReplyAnalyzer(new DeescalationOptions
/// {
///     ResponseWindowBusinessDays = 1,
///     AllowedPhrases = { "Relax Mode" },
///     Severities = { ["DEESC013"] = DiagnosticSeverity.Hidden, ["shouting"] = DiagnosticSeverity.Error },
/// });
/// </code>
/// </example>
public sealed class DeescalationOptions
{
    /// <summary>Severity overrides, keyed by rule id (<c>DEESC003</c>) or category (<c>vague-promise</c>); a rule id wins over its category. Keys ignore case.</summary>
    public IDictionary<string, DiagnosticSeverity> Severities { get; } = new Dictionary<string, DiagnosticSeverity>(StringComparer.OrdinalIgnoreCase);

    /// <summary>Rule ids or category names that are not run at all.</summary>
    public ISet<string> DisabledRules { get; } = new HashSet<string>(StringComparer.OrdinalIgnoreCase);

    /// <summary>Phrases that are never flagged and never break a match, such as product names ("Relax Mode").</summary>
    public IList<string> AllowedPhrases { get; } = new List<string>();

    /// <summary>
    /// The team's response window in business days, 1 to 30, or <see langword="null"/> (the default) when the team has not
    /// set one. When set, a vague promise to get back to the customer ("we'll be in touch soon") gets a safe fix naming
    /// it ("within 2 business days"); a promise of an outcome ("we'll fix it ASAP") never does. Unset, every vague-promise
    /// fix is a template with a placeholder ("by [time]") for the agent to fill.
    /// </summary>
    public int? ResponseWindowBusinessDays { get; set; }

    /// <summary>How many alternatives offered at once count as too many. Default 3; at least 2.</summary>
    public int TooManyOptions { get; set; } = 3;

    /// <summary>
    /// The language of the replies, as the code of a language pack built into the library: its rules, words,
    /// contractions and messages. Default <c>"en"</c>, the only pack so far; see CONTRIBUTING.md to add one.
    /// </summary>
    public string Language { get; set; } = "en";

    /// <summary>The team's own phrase rules.</summary>
    public IList<CustomPhraseRule> CustomRules { get; } = new List<CustomPhraseRule>();

    /// <summary>Checks every setting and throws with a message naming the bad one.</summary>
    /// <exception cref="ArgumentException">A setting is out of range or names an unknown rule or category.</exception>
    public void Validate()
    {
        if (ResponseWindowBusinessDays is { } days && days is < 1 or > 30)
        {
            throw new ArgumentException($"{nameof(ResponseWindowBusinessDays)} must be between 1 and 30, not {ResponseWindowBusinessDays}.");
        }

        if (Language is null || !LanguagePack.IsEmbedded(Language))
        {
            throw new ArgumentException($"{nameof(Language)} is '{Language}', which is not a language pack of the library; use one of: {string.Join(", ", LanguagePack.EmbeddedCodes)}.");
        }

        if (TooManyOptions < 2)
        {
            throw new ArgumentException($"{nameof(TooManyOptions)} must be at least 2, not {TooManyOptions}.");
        }

        foreach (var key in Severities.Keys)
        {
            if (!RuleCatalog.IsKnownRuleOrCategory(key, CustomRules))
            {
                throw new ArgumentException($"{nameof(Severities)} names '{key}', which is neither a rule id nor a category.");
            }
        }

        foreach (var key in DisabledRules)
        {
            if (!RuleCatalog.IsKnownRuleOrCategory(key, CustomRules))
            {
                throw new ArgumentException($"{nameof(DisabledRules)} names '{key}', which is neither a rule id nor a category.");
            }
        }

        for (var i = 0; i < AllowedPhrases.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(AllowedPhrases[i]))
            {
                throw new ArgumentException($"{nameof(AllowedPhrases)}[{i}] is empty.");
            }
        }

        for (var i = 0; i < CustomRules.Count; i++)
        {
            var rule = CustomRules[i];
            if (rule is null)
            {
                throw new ArgumentException($"{nameof(CustomRules)}[{i}] is null.");
            }

            if (string.IsNullOrWhiteSpace(rule.Phrase))
            {
                throw new ArgumentException($"{nameof(CustomRules)}[{i}].{nameof(CustomPhraseRule.Phrase)} is empty.");
            }

            if (!DiagnosticCategories.IsCategory(rule.Category))
            {
                throw new ArgumentException($"{nameof(CustomRules)}[{i}].{nameof(CustomPhraseRule.Category)} is '{rule.Category}', which is not a category; use one of: {string.Join(", ", DiagnosticCategories.All)}.");
            }

            if (string.IsNullOrWhiteSpace(rule.Message))
            {
                throw new ArgumentException($"{nameof(CustomRules)}[{i}].{nameof(CustomPhraseRule.Message)} is empty.");
            }
        }
    }

    internal DeescalationOptions Clone()
    {
        var copy = new DeescalationOptions
        {
            ResponseWindowBusinessDays = ResponseWindowBusinessDays,
            TooManyOptions = TooManyOptions,
            Language = Language,
        };
        foreach (var pair in Severities)
        {
            copy.Severities[pair.Key] = pair.Value;
        }

        foreach (var rule in DisabledRules)
        {
            copy.DisabledRules.Add(rule);
        }

        foreach (var phrase in AllowedPhrases)
        {
            copy.AllowedPhrases.Add(phrase);
        }

        foreach (var rule in CustomRules)
        {
            copy.CustomRules.Add(rule);
        }

        return copy;
    }
}
