using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;
using Microsoft.CodeAnalysis.Text;

namespace Deescalation.Analyzers.Tests.TestSupport;

/// <summary>
/// Runs <see cref="ReplyTextAnalyzer"/> over test sources written in
/// Roslyn's span markup (<c>[|...|]</c>, <c>{|DEESC004:...|}</c>), with the package's attribute already added.
/// </summary>
internal static class Verify
{
    /// <summary>Every expected finding must be marked; no other may be reported.</summary>
    public static Task AnalyzerAsync(string source, params (string Path, string Text)[] additionalFiles) =>
        AnalyzerAsync(source, editorConfig: null, additionalFiles);

    public static Task AnalyzerAsync(string source, string? editorConfig, params (string Path, string Text)[] additionalFiles)
    {
        var test = new AnalyzerTest { TestCode = source };
        foreach (var (path, text) in additionalFiles)
        {
            test.TestState.AdditionalFiles.Add((path, SourceText.From(text)));
        }

        if (editorConfig is not null)
        {
            test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", editorConfig));
        }

        return test.RunAsync(CancellationToken.None);
    }

    /// <summary>For sources that cannot hold markup ("$$" is the caret): one finding, on the first occurrence of <paramref name="text"/>.</summary>
    public static Task AnalyzerWithoutMarkupAsync(string source, string id, string text)
    {
        var test = new AnalyzerTest();
        test.TestState.Sources.Add(("/0/Test0.cs", source));
        test.TestState.MarkupHandling = MarkupMode.None;
        var start = source.IndexOf(text, System.StringComparison.Ordinal);
        var lines = SourceText.From(source).Lines;
        var begin = lines.GetLinePosition(start);
        var end = lines.GetLinePosition(start + text.Length);
        test.ExpectedDiagnostics.Add(new DiagnosticResult(id, Microsoft.CodeAnalysis.DiagnosticSeverity.Warning)
            .WithSpan("/0/Test0.cs", begin.Line + 1, begin.Character + 1, end.Line + 1, end.Character + 1)
            .WithMessage(null));
        return test.RunAsync(CancellationToken.None);
    }

    internal sealed class AnalyzerTest : CSharpAnalyzerTest<ReplyTextAnalyzer, DefaultVerifier>
    {
        public AnalyzerTest()
        {
            ReferenceAssemblies = ReferencePack.Assemblies;
            TestState.AdditionalReferences.AddRange(ReferencePack.References);
            TestState.Sources.Add((ReplyTextAttributeGenerator.HintName, ReplyTextAttributeGenerator.Source));
        }

        protected override ParseOptions CreateParseOptions() =>
            new CSharpParseOptions(LanguageVersion.CSharp12, DocumentationMode.Diagnose);
    }
}
