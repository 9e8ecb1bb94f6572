using System;
using System.Collections.Generic;

namespace Deescalation;

/// <summary>Runs the rules over a prepared reply. Immutable once built; safe to share between threads.</summary>
internal sealed class AnalysisEngine
{
    private readonly Dictionary<string, DiagnosticSeverity> _severities;

    public AnalysisEngine(DeescalationOptions options)
    {
        _severities = new Dictionary<string, DiagnosticSeverity>(options.Severities, StringComparer.OrdinalIgnoreCase);
        var descriptors = new List<DiagnosticDescriptor>();
        foreach (var descriptor in RuleCatalog.BuiltIn)
        {
            if (!options.DisabledRules.Contains(descriptor.Id) && !options.DisabledRules.Contains(descriptor.Category))
            {
                descriptors.Add(descriptor);
            }
        }

        Descriptors = descriptors;
    }

    public IReadOnlyList<DiagnosticDescriptor> Descriptors { get; }

    public DiagnosticSeverity SeverityOf(DiagnosticDescriptor descriptor)
    {
        if (_severities.TryGetValue(descriptor.Id, out var byId))
        {
            return byId;
        }

        return _severities.TryGetValue(descriptor.Category, out var byCategory) ? byCategory : descriptor.DefaultSeverity;
    }

    public ReplyAnalysis Analyze(string text, ReplyContext? context)
    {
        var diagnostics = new List<Diagnostic>();
        var score = Scoring.Compute(diagnostics, false, false, false);
        return new ReplyAnalysis(text, score, diagnostics);
    }
}
