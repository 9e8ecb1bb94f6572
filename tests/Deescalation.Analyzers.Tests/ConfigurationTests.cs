using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Deescalation.Analyzers.Tests.TestSupport;
using FluentAssertions;
using Microsoft.CodeAnalysis.Testing;
using Xunit;
using RoslynSeverity = Microsoft.CodeAnalysis.DiagnosticSeverity;

namespace Deescalation.Analyzers.Tests;

/// <summary>Descriptors follow the library's rules; severities and suppressions work as for any analyzer.</summary>
public class ConfigurationTests
{
    [Fact]
    public void Every_library_rule_has_a_descriptor_with_its_id_title_and_help_link()
    {
        var descriptors = new ReplyTextAnalyzer().SupportedDiagnostics;

        descriptors.Select(d => d.Id).Should().Equal(ReplyAnalyzer.BuiltInRules.Select(r => r.Id));
        foreach (var rule in ReplyAnalyzer.BuiltInRules)
        {
            var descriptor = descriptors.Single(d => d.Id == rule.Id);
            descriptor.Title.ToString().Should().Be(rule.Title);
            descriptor.HelpLinkUri.Should().Be(rule.HelpLinkUri);
            descriptor.IsEnabledByDefault.Should().BeTrue();
            descriptor.CustomTags.Should().Contain(rule.Category);
        }
    }

    [Theory]
    [InlineData(DiagnosticSeverity.Error, RoslynSeverity.Warning)]
    [InlineData(DiagnosticSeverity.Warning, RoslynSeverity.Warning)]
    [InlineData(DiagnosticSeverity.Info, RoslynSeverity.Info)]
    [InlineData(DiagnosticSeverity.Hidden, RoslynSeverity.Hidden)]
    public void Library_errors_start_as_build_warnings(DiagnosticSeverity library, RoslynSeverity build)
    {
        ReplyDescriptors.DefaultSeverityOf(library).Should().Be(build);
    }

    [Fact]
    // Raising a rule to an error is checked by a real build in PackageTests: the test framework keeps the default severity.
    public async Task Editorconfig_silences_a_rule()
    {
        var test = new Verify.AnalyzerTest
        {
            TestCode = """
                using Deescalation;

                class Replies
                {
                    [ReplyText] public const string Blame = "{|#0:You should have|} read the terms.";
                    [ReplyText] public const string Later = "We'll look into it soon.";
                }
                """,
        };
        test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", """
            root = true

            [*.cs]
            dotnet_diagnostic.DEESC003.severity = none
            """));
        test.ExpectedDiagnostics.Add(new DiagnosticResult("DEESC004", RoslynSeverity.Warning).WithLocation(0).WithMessage(null));

        await test.RunAsync(CancellationToken.None);
    }

    [Fact]
    public async Task Pragma_suppresses_in_place()
    {
        var test = new Verify.AnalyzerTest
        {
            // The framework's own check wraps the file in a suppression, which the restore below ends on purpose.
            TestBehaviors = TestBehaviors.SkipSuppressionCheck,
            TestCode = """
            using Deescalation;

            class Replies
            {
            #pragma warning disable DEESC001 // the legal team asked for this wording
                [ReplyText] public const string Apology = "I'm sorry you feel that way.";
            #pragma warning restore DEESC001
                [ReplyText] public const string Again = "{|DEESC001:I'm sorry you feel that way|}.";
            }
            """,
        };

        await test.RunAsync(CancellationToken.None);
    }

    [Fact]
    public void The_generated_attribute_targets_fields_properties_parameters_and_returns()
    {
        ReplyTextAttributeGenerator.Source.Should()
            .Contain("internal sealed class ReplyTextAttribute")
            .And.Contain("AttributeTargets.Field").And.Contain("AttributeTargets.Property")
            .And.Contain("AttributeTargets.Parameter").And.Contain("AttributeTargets.ReturnValue")
            .And.Contain("Conditional(");
    }
}
