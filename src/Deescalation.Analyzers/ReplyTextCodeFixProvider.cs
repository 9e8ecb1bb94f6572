namespace Deescalation.Analyzers;

using System.Collections.Immutable;
using System.Composition;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;

/// <summary>
/// The light bulb for a DEESC finding in reply text: applies the library's safe fix inside the literal, keeping its
/// kind and escapes (the edits were written in the literal's own kind by the analyzer). Fix All works in document,
/// project and solution.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(ReplyTextCodeFixProvider))]
[Shared]
public sealed class ReplyTextCodeFixProvider : CodeFixProvider
{
    /// <inheritdoc/>
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = BuildIds();

    /// <inheritdoc/>
    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    /// <inheritdoc/>
    public override Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        foreach (var diagnostic in context.Diagnostics)
        {
            if (!SafeFixes.TryRead(diagnostic.Properties, out var title, out var changes))
            {
                continue;
            }

            var document = context.Document;
            context.RegisterCodeFix(
                CodeAction.Create(
                    title,
                    cancellationToken => ApplyAsync(document, changes, cancellationToken),
                    equivalenceKey: diagnostic.Id + ".SafeFix"),
                diagnostic);
        }

        return Task.CompletedTask;
    }

    private static async Task<Document> ApplyAsync(Document document, System.Collections.Generic.List<Microsoft.CodeAnalysis.Text.TextChange> changes, CancellationToken cancellationToken)
    {
        var text = await document.GetTextAsync(cancellationToken).ConfigureAwait(false);
        return document.WithText(text.WithChanges(changes));
    }

    private static ImmutableArray<string> BuildIds()
    {
        var builder = ImmutableArray.CreateBuilder<string>();
        foreach (var descriptor in ReplyDescriptors.All)
        {
            builder.Add(descriptor.Id);
        }

        return builder.ToImmutable();
    }
}
