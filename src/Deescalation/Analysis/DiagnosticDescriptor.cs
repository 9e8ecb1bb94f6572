using System;
using Deescalation.Analysis;

namespace Deescalation;

/// <summary>
/// Describes one rule: its id, title, category and default severity. Like Roslyn's descriptor,
/// it is shared by every <see cref="Diagnostic"/> the rule reports.
/// </summary>
public sealed class DiagnosticDescriptor
{
    /// <summary>Creates a descriptor.</summary>
    /// <param name="id">The rule id, such as <c>DEESC003</c>.</param>
    /// <param name="title">A short title.</param>
    /// <param name="category">One of <see cref="DiagnosticCategories"/>.</param>
    /// <param name="defaultSeverity">The severity when no option overrides it.</param>
    /// <param name="description">What the rule catches and why.</param>
    /// <param name="helpLinkUri">Where the rule's documentation lives; <see langword="null"/> for the default location.</param>
    /// <exception cref="ArgumentException">An argument is empty, or the category is not a known name.</exception>
    public DiagnosticDescriptor(string id, string title, string category, DiagnosticSeverity defaultSeverity, string description, string? helpLinkUri = null)
    {
        if (string.IsNullOrWhiteSpace(id))
        {
            throw new ArgumentException("A rule id is required.", nameof(id));
        }

        if (string.IsNullOrWhiteSpace(title))
        {
            throw new ArgumentException("A rule title is required.", nameof(title));
        }

        if (!DiagnosticCategories.IsCategory(category))
        {
            throw new ArgumentException($"'{category}' is not a diagnostic category; use one of: {string.Join(", ", DiagnosticCategories.All)}.", nameof(category));
        }

        Id = id;
        Title = title;
        Category = category;
        DefaultSeverity = defaultSeverity;
        Description = description ?? string.Empty;
        HelpLinkUri = helpLinkUri ?? DocsBaseUri + id + ".md";
    }

    /// <summary>The base address of the rule documentation.</summary>
    public const string DocsBaseUri = "https://github.com/deescalation/deescalation/blob/main/docs/rules/";

    /// <summary>The rule id, such as <c>DEESC003</c>.</summary>
    public string Id { get; }

    /// <summary>A short title, such as "Vague promise".</summary>
    public string Title { get; }

    /// <summary>One of <see cref="DiagnosticCategories"/>.</summary>
    public string Category { get; }

    /// <summary>The severity when no option overrides it.</summary>
    public DiagnosticSeverity DefaultSeverity { get; }

    /// <summary>What the rule catches and why.</summary>
    public string Description { get; }

    /// <summary>The address of the rule's documentation page.</summary>
    public string HelpLinkUri { get; }

    /// <summary>How sure the rule is of its findings, from its data; the score weighs a finding by it.</summary>
    internal FindingConfidence Confidence { get; init; }

    /// <inheritdoc/>
    public override string ToString() => Id + ": " + Title;
}
