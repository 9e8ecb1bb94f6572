using System;
using System.Collections.Generic;

namespace Deescalation;

/// <summary>One finding in a reply: which rule, how serious, where, why, and how to fix it.</summary>
public sealed class Diagnostic
{
    internal static readonly IReadOnlyList<Fix> NoFixes = Array.Empty<Fix>();

    internal Diagnostic(DiagnosticDescriptor descriptor, DiagnosticSeverity severity, TextSpan span, string message, IReadOnlyList<Fix> fixes)
    {
        Descriptor = descriptor;
        Severity = severity;
        Span = span;
        Message = message;
        Fixes = fixes;
    }

    /// <summary>The rule that reported the finding.</summary>
    public DiagnosticDescriptor Descriptor { get; }

    /// <summary>The rule id, such as <c>DEESC003</c>.</summary>
    public string Id => Descriptor.Id;

    /// <summary>One of <see cref="DiagnosticCategories"/>.</summary>
    public string Category => Descriptor.Category;

    /// <summary>The effective severity, after options.</summary>
    public DiagnosticSeverity Severity { get; }

    /// <summary>
    /// Where the finding is: UTF-16 offsets into the original string passed to <see cref="ReplyAnalyzer.Analyze"/>.
    /// Empty for a finding about the reply as a whole.
    /// </summary>
    public TextSpan Span { get; }

    /// <summary>A message for the agent, naming what was found and what to do instead.</summary>
    public string Message { get; }

    /// <summary>Suggested fixes, best first; empty when the rule has none.</summary>
    public IReadOnlyList<Fix> Fixes { get; }

    /// <inheritdoc/>
    public override string ToString() => $"{Severity.ToString().ToLowerInvariant()} {Id} {Span}: {Message}";
}
