using System;
using System.Collections.Generic;
using Deescalation.Analysis;

namespace Deescalation;

/// <summary>
/// Reads an agent's draft reply and reports what is likely to escalate the conversation, with exact spans, a
/// score and fixes. Build one per set of options and share it: it is immutable and thread-safe.
/// </summary>
/// <example>
/// <code>
/// var analysis = ReplyAnalyzer.Default.Analyze("I'm sorry you feel that way, but we'll look into it soon.");
/// foreach (var diagnostic in analysis.Diagnostics)
/// {
///     Console.WriteLine($"{diagnostic.Id} {diagnostic.Category} at {diagnostic.Span}: {diagnostic.Message}");
/// }
/// Console.WriteLine(analysis.ApplyFixes());
/// </code>
/// </example>
public sealed class ReplyAnalyzer : IReplyAnalyzer
{
    private static readonly Lazy<ReplyAnalyzer> DefaultInstance = new(() => new ReplyAnalyzer());

    private readonly AnalysisEngine _engine;

    /// <summary>Builds an analyzer. The options are validated and copied; later changes to them have no effect.</summary>
    /// <param name="options">The settings; <see langword="null"/> for the defaults.</param>
    /// <exception cref="ArgumentException">A setting is invalid; the message names it.</exception>
    public ReplyAnalyzer(DeescalationOptions? options = null)
    {
        var snapshot = (options ?? new DeescalationOptions()).Clone();
        snapshot.Validate();
        Options = snapshot;
        _engine = new AnalysisEngine(snapshot);
    }

    /// <summary>An analyzer with the default options.</summary>
    public static ReplyAnalyzer Default => DefaultInstance.Value;

    /// <summary>Every built-in rule, in id order.</summary>
    public static IReadOnlyList<DiagnosticDescriptor> BuiltInRules => RuleCatalog.BuiltIn;

    /// <summary>The rules this analyzer runs: the built-in ones not disabled, and the custom ones.</summary>
    public IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics => _engine.Descriptors;

    /// <summary>The validated copy of the options the analyzer was built with. Do not change it.</summary>
    internal DeescalationOptions Options { get; }

    /// <summary>The effective severity of a rule under this analyzer's options.</summary>
    /// <param name="descriptor">The rule.</param>
    /// <returns>The severity its findings are reported with.</returns>
    public DiagnosticSeverity GetEffectiveSeverity(DiagnosticDescriptor descriptor)
    {
        if (descriptor is null)
        {
            throw new ArgumentNullException(nameof(descriptor));
        }

        return _engine.SeverityOf(descriptor);
    }

    /// <inheritdoc/>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    public ReplyAnalysis Analyze(string text, ReplyContext? context = null)
    {
        if (text is null)
        {
            throw new ArgumentNullException(nameof(text));
        }

        return _engine.Analyze(text, context);
    }
}
