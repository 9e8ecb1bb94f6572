namespace Deescalation.Analyzers;

using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using LibrarySeverity = Deescalation.DiagnosticSeverity;

/// <summary>
/// The library's rules as Roslyn descriptors: same ids, titles, descriptions and help links, and a default severity
/// from the library's, so that <c>dotnet_diagnostic.DEESC004.severity</c> works as for any analyzer.
/// </summary>
internal static class ReplyDescriptors
{
    /// <summary>The category every DEESC diagnostic carries in the IDE and in build logs.</summary>
    public const string Category = "Deescalation";

    private static readonly Dictionary<string, DiagnosticDescriptor> ById = Build();

    public static ImmutableArray<DiagnosticDescriptor> All { get; } = BuildAll();

    public static DiagnosticDescriptor? Find(string id) => ById.TryGetValue(id, out var descriptor) ? descriptor : null;

    /// <summary>
    /// The default severity in a build. The library's errors become warnings: installing the package must not break a
    /// build that compiled yesterday; a team raises a rule to an error in .editorconfig when it is ready.
    /// </summary>
    public static Microsoft.CodeAnalysis.DiagnosticSeverity DefaultSeverityOf(LibrarySeverity severity) => severity switch
    {
        LibrarySeverity.Error => Microsoft.CodeAnalysis.DiagnosticSeverity.Warning,
        LibrarySeverity.Warning => Microsoft.CodeAnalysis.DiagnosticSeverity.Warning,
        LibrarySeverity.Info => Microsoft.CodeAnalysis.DiagnosticSeverity.Info,
        _ => Microsoft.CodeAnalysis.DiagnosticSeverity.Hidden,
    };

    private static ImmutableArray<DiagnosticDescriptor> BuildAll()
    {
        var builder = ImmutableArray.CreateBuilder<DiagnosticDescriptor>(ById.Count);
        foreach (var rule in ReplyAnalyzer.BuiltInRules)
        {
            builder.Add(ById[rule.Id]);
        }

        return builder.ToImmutable();
    }

    private static Dictionary<string, DiagnosticDescriptor> Build()
    {
        var rules = ReplyAnalyzer.BuiltInRules;
        var byId = new Dictionary<string, DiagnosticDescriptor>(rules.Count);
        foreach (var rule in rules)
        {
            var descriptor = new DiagnosticDescriptor(
                rule.Id,
                rule.Title,
                "{0}",
                Category,
                DefaultSeverityOf(rule.DefaultSeverity),
                isEnabledByDefault: true,
                description: rule.Description,
                helpLinkUri: rule.HelpLinkUri,
                customTags: rule.Category);
            byId[rule.Id] = descriptor;
        }

        return byId;
    }
}
