using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Linq;
using Deescalation.Analyzers.Tests.TestSupport;
using FluentAssertions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Xunit;
using RoslynDiagnostic = Microsoft.CodeAnalysis.Diagnostic;

namespace Deescalation.Analyzers.Tests;

/// <summary>The package adds [ReplyText] to the compilation, unless the project opts out.</summary>
public class AttributeGeneratorTests
{
    private static (Compilation Output, ImmutableDiagnostics Diagnostics) Run(Dictionary<string, string> globalOptions)
    {
        var source = """
            using Deescalation;

            static class Replies
            {
                [ReplyText] public const string Thanks = "Thanks for writing in.";
                [return: ReplyText] public static string Hi([ReplyText] string name = "there") => name;
                [ReplyText] public static string Bye { get; } = "Bye.";
            }
            """;
        var compilation = CSharpCompilation.Create(
            "Consumer",
            [CSharpSyntaxTree.ParseText(source)],
            ReferencePack.References,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        GeneratorDriver driver = CSharpGeneratorDriver.Create(
            [new ReplyTextAttributeGenerator().AsSourceGenerator()],
            optionsProvider: new GlobalOptionsProvider(globalOptions));
        driver.RunGeneratorsAndUpdateCompilation(compilation, out var output, out _);
        return (output, new ImmutableDiagnostics(output.GetDiagnostics().Where(d => d.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error).ToList()));
    }

    [Fact]
    public void The_attribute_is_added_and_compiles_on_every_target()
    {
        var (output, diagnostics) = Run([]);

        diagnostics.Errors.Should().BeEmpty();
        output.GetTypeByMetadataName("Deescalation.ReplyTextAttribute")!.DeclaredAccessibility.Should().Be(Accessibility.Internal);
    }

    [Fact]
    public void A_project_can_leave_it_out()
    {
        var (output, diagnostics) = Run(new() { ["build_property.DeescalationReplyTextAttribute"] = "false" });

        output.GetTypeByMetadataName("Deescalation.ReplyTextAttribute").Should().BeNull();
        diagnostics.Errors.Should().Contain(d => d.Id == "CS0246", "nothing declares [ReplyText] any more");
    }

    internal sealed record ImmutableDiagnostics(IReadOnlyList<RoslynDiagnostic> Errors);

    private sealed class GlobalOptionsProvider(Dictionary<string, string> values) : AnalyzerConfigOptionsProvider
    {
        public override AnalyzerConfigOptions GlobalOptions { get; } = new Options(values);

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => GlobalOptions;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => GlobalOptions;

        private sealed class Options(Dictionary<string, string> values) : AnalyzerConfigOptions
        {
            public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) => values.TryGetValue(key, out value);
        }
    }
}
