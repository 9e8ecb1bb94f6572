namespace Deescalation.Analyzers;

using System.Collections.Immutable;
using Deescalation.Analyzers.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using RoslynDiagnostic = Microsoft.CodeAnalysis.Diagnostic;

/// <summary>
/// Reports the Deescalation findings (DEESC001-DEESC015) in reply text kept in code: strings marked
/// <c>[ReplyText]</c> (on a field, property, parameter or method return), string members of the types named by
/// <c>deescalation.reply_text_types</c>, and reply libraries given as additional files. Nothing else is read.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ReplyTextAnalyzer : DiagnosticAnalyzer
{
    internal const string AttributeName = "ReplyTextAttribute";
    internal const string AttributeNamespace = "Deescalation";

    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ReplyDescriptors.All;

    /// <inheritdoc/>
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterSyntaxNodeAction(AnalyzeField, SyntaxKind.FieldDeclaration);
        context.RegisterSyntaxNodeAction(AnalyzeProperty, SyntaxKind.PropertyDeclaration);
        context.RegisterSyntaxNodeAction(AnalyzeMethod, SyntaxKind.MethodDeclaration);
        context.RegisterSyntaxNodeAction(AnalyzeParameter, SyntaxKind.Parameter);
        // An operation action: the operation trees are built once for every analyzer (the SDK's own use them too),
        // so that finding the parameter of a literal argument costs no extra binding.
        context.RegisterOperationAction(AnalyzeArgument, OperationKind.Argument);
        context.RegisterCompilationStartAction(static start =>
            start.RegisterAdditionalFileAction(Files.ReplyLibraryFiles.Analyze));
    }

    private static void AnalyzeField(SyntaxNodeAnalysisContext context)
    {
        var field = (FieldDeclarationSyntax)context.Node;
        var types = TypesFor(context);
        if (field.AttributeLists.Count == 0 && types is null)
        {
            return;
        }

        foreach (var variable in field.Declaration.Variables)
        {
            if (variable.Initializer is { } initializer && HoldsStrings(initializer.Value) &&
                context.SemanticModel.GetDeclaredSymbol(variable, context.CancellationToken) is IFieldSymbol symbol &&
                (HasReplyText(symbol.GetAttributes()) || (types?.Contains(symbol.ContainingType) ?? false)))
            {
                ReportIfString(context, initializer.Value);
            }
        }
    }

    private static void AnalyzeProperty(SyntaxNodeAnalysisContext context)
    {
        var property = (PropertyDeclarationSyntax)context.Node;
        var types = TypesFor(context);
        if (property.AttributeLists.Count == 0 && types is null)
        {
            return;
        }

        if (context.SemanticModel.GetDeclaredSymbol(property, context.CancellationToken) is not { } symbol ||
            !(HasReplyText(symbol.GetAttributes()) || (types?.Contains(symbol.ContainingType) ?? false)))
        {
            return;
        }

        if (property.Initializer is { } initializer)
        {
            ReportIfString(context, initializer.Value);
        }

        if (property.ExpressionBody is { } expressionBody)
        {
            ReportIfString(context, expressionBody.Expression);
        }

        if (property.AccessorList is { } accessors)
        {
            foreach (var accessor in accessors.Accessors)
            {
                if (accessor.IsKind(SyntaxKind.GetAccessorDeclaration))
                {
                    ReportReturnedStrings(context, accessor.ExpressionBody, accessor.Body);
                }
            }
        }
    }

    private static void AnalyzeMethod(SyntaxNodeAnalysisContext context)
    {
        var method = (MethodDeclarationSyntax)context.Node;
        if (!HasReturnAttributeList(method))
        {
            return;
        }

        if (context.SemanticModel.GetDeclaredSymbol(method, context.CancellationToken) is { } symbol &&
            HasReplyText(symbol.GetReturnTypeAttributes()))
        {
            ReportReturnedStrings(context, method.ExpressionBody, method.Body);
        }
    }

    private static void AnalyzeParameter(SyntaxNodeAnalysisContext context)
    {
        var parameter = (ParameterSyntax)context.Node;
        if (parameter.AttributeLists.Count == 0 || parameter.Default is not { } defaultValue ||
            !LiteralReader.IsStringExpression(defaultValue.Value))
        {
            return;
        }

        if (context.SemanticModel.GetDeclaredSymbol(parameter, context.CancellationToken) is { } symbol &&
            HasReplyText(symbol.GetAttributes()))
        {
            Report(context, defaultValue.Value);
        }
    }

    private static void AnalyzeArgument(OperationAnalysisContext context)
    {
        var argument = (IArgumentOperation)context.Operation;
        if (argument.Syntax is not ArgumentSyntax syntax || !LiteralReader.IsStringExpression(syntax.Expression) ||
            argument.Parameter is not { } parameter || parameter.Locations.Length == 0 || !parameter.Locations[0].IsInSource ||
            !HasReplyText(parameter.GetAttributes()))
        {
            return;
        }

        if (LiteralReader.Read(syntax.Expression) is { } reply)
        {
            ReplyFindings.Report(reply, syntax.SyntaxTree, context.ReportDiagnostic, context.CancellationToken);
        }
    }

    private static void ReportReturnedStrings(SyntaxNodeAnalysisContext context, ArrowExpressionClauseSyntax? expressionBody, BlockSyntax? body)
    {
        if (expressionBody is not null)
        {
            ReportIfString(context, expressionBody.Expression);
        }

        if (body is null)
        {
            return;
        }

        foreach (var node in body.DescendantNodes(static n => n is not (AnonymousFunctionExpressionSyntax or LocalFunctionStatementSyntax)))
        {
            if (node is ReturnStatementSyntax { Expression: { } returned })
            {
                ReportIfString(context, returned);
            }
        }
    }

    /// <summary>
    /// Reports a string expression, each branch of a conditional, and each element of an array or collection of
    /// replies (<c>[ReplyText] static readonly string[] All = { "...", "..." }</c> or <c>[ "...", "..." ]</c>).
    /// </summary>
    private static void ReportIfString(SyntaxNodeAnalysisContext context, ExpressionSyntax expression)
    {
        switch (expression)
        {
            case var _ when LiteralReader.IsStringExpression(expression):
                Report(context, expression);
                break;
            case ConditionalExpressionSyntax conditional:
                ReportIfString(context, conditional.WhenTrue);
                ReportIfString(context, conditional.WhenFalse);
                break;
            case InitializerExpressionSyntax initializer:
                foreach (var element in initializer.Expressions)
                {
                    ReportIfString(context, element);
                }

                break;
            case ArrayCreationExpressionSyntax { Initializer: { } initializer }:
                ReportIfString(context, initializer);
                break;
            case ImplicitArrayCreationExpressionSyntax { Initializer: { } initializer }:
                ReportIfString(context, initializer);
                break;
            case CollectionExpressionSyntax collection:
                foreach (var element in collection.Elements)
                {
                    if (element is ExpressionElementSyntax { Expression: { } value })
                    {
                        ReportIfString(context, value);
                    }
                }

                break;
        }
    }

    /// <summary>A cheap syntactic test: a string, or a conditional or collection that may hold some.</summary>
    private static bool HoldsStrings(ExpressionSyntax expression) =>
        LiteralReader.IsStringExpression(expression) || expression is ConditionalExpressionSyntax or InitializerExpressionSyntax
            or ArrayCreationExpressionSyntax or ImplicitArrayCreationExpressionSyntax or CollectionExpressionSyntax;

    private static void Report(SyntaxNodeAnalysisContext context, ExpressionSyntax expression)
    {
        if (LiteralReader.Read(expression) is { } reply)
        {
            ReplyFindings.Report(reply, expression.SyntaxTree, context.ReportDiagnostic, context.CancellationToken);
        }
    }

    private static ReplyTextTypes? TypesFor(SyntaxNodeAnalysisContext context) =>
        context.Options.AnalyzerConfigOptionsProvider.GetOptions(context.Node.SyntaxTree)
            .TryGetValue(ReplyTextTypes.OptionKey, out var value) && !string.IsNullOrWhiteSpace(value)
            ? ReplyTextTypes.Parse(value)
            : null;

    private static bool HasReturnAttributeList(MethodDeclarationSyntax method)
    {
        foreach (var list in method.AttributeLists)
        {
            if (list.Target is { } target && target.Identifier.IsKind(SyntaxKind.ReturnKeyword))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The attribute is matched by name: each project gets its own internal copy from the package.</summary>
    internal static bool HasReplyText(ImmutableArray<AttributeData> attributes)
    {
        foreach (var attribute in attributes)
        {
            if (attribute.AttributeClass is { Name: AttributeName } type &&
                type.ContainingNamespace is { Name: AttributeNamespace } ns && ns.ContainingNamespace is { IsGlobalNamespace: true })
            {
                return true;
            }
        }

        return false;
    }

    internal static RoslynDiagnostic? Create(Deescalation.Diagnostic finding, MappedReply reply, Location location) =>
        ReplyDescriptors.Find(finding.Id) is { } descriptor
            ? RoslynDiagnostic.Create(descriptor, location, SafeFixes.ToProperties(finding, reply), finding.Message)
            : null;
}
