using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;
using Microsoft.CodeAnalysis.Text;

namespace Deescalation.Analyzers.Tests.TestSupport;

/// <summary>
/// Runs <see cref="ReplyTextAnalyzer"/> and <see cref="ReplyTextCodeFixProvider"/> over test sources written in
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

    /// <summary>The marked findings are reported, and applying their fixes (one by one and with Fix All) gives <paramref name="fixedSource"/>.</summary>
    public static Task CodeFixAsync(string source, string fixedSource, int? iterations = null)
    {
        var test = new Test();
        test.TestState.Sources.Add(("/0/Test0.cs", source));
        test.FixedState.Sources.Add(("/0/Test0.cs", fixedSource));
        if (iterations is { } count)
        {
            test.NumberOfIncrementalIterations = count;
            test.NumberOfFixAllIterations = 1;
        }

        return test.RunAsync(CancellationToken.None);
    }

    /// <summary>Fix All over several documents: <paramref name="sources"/> become <paramref name="fixedSources"/>.</summary>
    public static Task FixAllAsync(string[] sources, string[] fixedSources)
    {
        var test = new Test();
        for (var i = 0; i < sources.Length; i++)
        {
            test.TestState.Sources.Add(($"/0/Test{i}.cs", sources[i]));
            test.FixedState.Sources.Add(($"/0/Test{i}.cs", fixedSources[i]));
        }

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

    internal sealed class Test : CSharpCodeFixTest<ReplyTextAnalyzer, ReplyTextCodeFixProvider, DefaultVerifier>
    {
        public Test()
        {
            ReferenceAssemblies = ReferencePack.Assemblies;
            TestState.AdditionalReferences.AddRange(ReferencePack.References);
        }

        protected override Task RunImplAsync(CancellationToken cancellationToken)
        {
            // Added last, in both states, so that the test's own documents keep their names.
            TestState.Sources.Add(("/0/" + ReplyTextAttributeGenerator.HintName, ReplyTextAttributeGenerator.Source));
            FixedState.Sources.Add(("/0/" + ReplyTextAttributeGenerator.HintName, ReplyTextAttributeGenerator.Source));
            return base.RunImplAsync(cancellationToken);
        }

        protected override ParseOptions CreateParseOptions() =>
            new CSharpParseOptions(LanguageVersion.CSharp12, DocumentationMode.Diagnose);
    }
}
