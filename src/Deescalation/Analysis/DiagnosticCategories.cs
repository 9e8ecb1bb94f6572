using System;
using System.Collections.Generic;

namespace Deescalation;

/// <summary>
/// The fixed names of the diagnostic categories. Every <see cref="Diagnostic"/> carries exactly one of them.
/// </summary>
public static class DiagnosticCategories
{
    /// <summary>Apologising for the customer's feelings, a conditional apology, or an apology cancelled by "but".</summary>
    public const string PatronizingApology = "patronizing-apology";

    /// <summary>More apologies than a short reply can carry sincerely.</summary>
    public const string OverApology = "over-apology";

    /// <summary>Blaming the customer or another party.</summary>
    public const string Blame = "blame";

    /// <summary>A commitment with no concrete time, owner or step.</summary>
    public const string VaguePromise = "vague-promise";

    /// <summary>A promise that cannot be kept for sure.</summary>
    public const string Overpromise = "overpromise";

    /// <summary>Three or more alternatives offered at once.</summary>
    public const string MultipleOptions = "multiple-options";

    /// <summary>Minimising or policing the customer's feelings.</summary>
    public const string Dismissive = "dismissive";

    /// <summary>Arguing or proving the customer wrong.</summary>
    public const string Argumentative = "argumentative";

    /// <summary>Refusing ownership or hiding behind rules.</summary>
    public const string Deflection = "deflection";

    /// <summary>All-caps words that are not acronyms, or runs of "!!" and "?!".</summary>
    public const string Shouting = "shouting";

    /// <summary>The customer is upset and the reply neither acknowledges it nor apologises.</summary>
    public const string MissingAcknowledgement = "missing-acknowledgement";

    /// <summary>Every category name, in the order of the documentation.</summary>
    public static IReadOnlyList<string> All { get; } = new[]
    {
        PatronizingApology, OverApology, Blame, VaguePromise, Overpromise, MultipleOptions,
        Dismissive, Argumentative, Deflection, Shouting, MissingAcknowledgement,
    };

    /// <summary>Whether <paramref name="name"/> is one of the category names (case-sensitive).</summary>
    /// <param name="name">The name to test.</param>
    /// <returns><see langword="true"/> when it is a category name.</returns>
    public static bool IsCategory(string? name)
    {
        if (name is null)
        {
            return false;
        }

        foreach (var category in All)
        {
            if (category == name)
            {
                return true;
            }
        }

        return false;
    }
}
