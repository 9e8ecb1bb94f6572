using System;

namespace Deescalation;

/// <summary>
/// A team's own phrase rule: flags <see cref="Phrase"/> wherever the agent writes it, under one of the fixed
/// categories, and optionally offers <see cref="Replacement"/> as a fix.
/// </summary>
/// <example><code>options.CustomRules.Add(new CustomPhraseRule("per our policy", DiagnosticCategories.Deflection, "Explain the reason instead of citing policy.") { Replacement = "because" });</code></example>
public sealed class CustomPhraseRule
{
    /// <summary>Creates a custom phrase rule.</summary>
    /// <param name="phrase">The phrase to flag. Matching ignores case, apostrophe style, contractions ("we'll" = "we will") and line breaks.</param>
    /// <param name="category">One of <see cref="DiagnosticCategories"/>.</param>
    /// <param name="message">The message shown to the agent.</param>
    public CustomPhraseRule(string phrase, string category, string message)
    {
        Phrase = phrase ?? throw new ArgumentNullException(nameof(phrase));
        Category = category ?? throw new ArgumentNullException(nameof(category));
        Message = message ?? throw new ArgumentNullException(nameof(message));
    }

    /// <summary>The phrase to flag.</summary>
    public string Phrase { get; }

    /// <summary>One of <see cref="DiagnosticCategories"/>.</summary>
    public string Category { get; }

    /// <summary>The message shown to the agent.</summary>
    public string Message { get; }

    /// <summary>The rule id; by default <c>DEESC9NN</c>, numbered in the order the rules were added from 901.</summary>
    public string? Id { get; init; }

    /// <summary>Text that replaces the phrase when the fix is applied; <see langword="null"/> for no fix.</summary>
    public string? Replacement { get; init; }

    /// <summary>The severity of the rule's findings.</summary>
    public DiagnosticSeverity Severity { get; init; } = DiagnosticSeverity.Warning;
}
