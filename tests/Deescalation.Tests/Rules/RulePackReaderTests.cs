using System.Collections.Generic;
using Deescalation.Analysis;
using Deescalation.Rules;
using Deescalation.Rules.Data;
using FluentAssertions;
using Xunit;

namespace Deescalation.Tests.Rules;

/// <summary>A mistake in a rule file is reported with its file and line, before any reply is analysed.</summary>
public class RulePackReaderTests
{
    // The English language file with one more shared class, so a rule file can name it.
    private static readonly string Language = LanguagePack.EmbeddedFiles("en")["language.yaml"]
        .Replace("\nclasses:\n", "\nclasses:\n  fault-words: [fault, mistake]\n");

    private const string Valid = """
        rule: blame
        diagnostics:
          - id: DEESC004
            title: Blaming the customer
            category: blame
            severity: error
            summary: Puts the fault on the customer.
            cause: The reply blames.
            description: Blame.
            how-to-fix: Don't.
            examples:
              fires:
                - "[|You should have|] read it."
              must-not-fire:
                - text: "You should have received it."
                  note: an expectation
        behaviours:
          should-have: blame unless an expectation follows
        classes:
          reminders: [said, told]
        phrases:
          - {pattern: "you should have", fix: "it helps to have", behaviour: should-have}
          - {pattern: "as i <reminders>", fix: "to recap"}
          - {pattern: "your <fault-words>", fires: ["It is [|your fault|]."]}
        """;

    [Fact]
    public void A_valid_file_reads_with_its_classes_expanded()
    {
        var pack = Read(Valid);
        var rule = pack.Rule("blame");
        rule.Phrases.Should().HaveCount(3);
        rule.Phrases[1].Pattern.Should().Be("as i (said|told)");
        rule.Phrases[1].Source.Should().Be("as i <reminders>");
        rule.Phrases[2].Pattern.Should().Be("your (fault|mistake)", "a pattern may name the language's shared classes");
        rule.Phrases[0].Behaviour.Should().Be("should-have");
        rule.Phrases[2].Examples.Should().ContainSingle().Which.Fires.Should().BeTrue();
        rule.Diagnostics[0].Examples.Should().HaveCount(2);
        rule.Diagnostics[0].Severity.Should().Be(DiagnosticSeverity.Error);
    }

    [Theory]
    [InlineData("  - {pattern: \"you should have\", fix: \"it helps to have\", behaviour: should-have}", "  - {pattern: \"you should have\", behaviour: shuld-have}", "rules/en/DEESC004.blame.yaml:22: behaviour 'shuld-have' is not one of the file's 'behaviours' (should-have)")]
    [InlineData("  - {pattern: \"as i <reminders>\", fix: \"to recap\"}", "  - {pattern: \"as i <remindr>\", fix: \"to recap\"}", "rules/en/DEESC004.blame.yaml:23: pattern 'as i <remindr>' names the class <remindr>, which neither this file nor the language file defines")]
    [InlineData("  - {pattern: \"as i <reminders>\", fix: \"to recap\"}", "  - {pattern: \"as i (said|told\", fix: \"to recap\"}", "rules/en/DEESC004.blame.yaml:23: pattern 'as i (said|told': Unclosed '(' in phrase pattern 'as i (said|told'.")]
    [InlineData("    category: blame", "    category: blaming", "rules/en/DEESC004.blame.yaml:5: 'blaming' is not a category; use one of:")]
    [InlineData("    severity: error", "    severity: severe", "rules/en/DEESC004.blame.yaml:6: 'severe' is not a severity; use error, warning, info or hidden")]
    [InlineData("    severity: error", "    severity: error\n    confidence: sure", "rules/en/DEESC004.blame.yaml:7: 'sure' is not a confidence; use certain, likely or possible")]
    [InlineData("    title: Blaming the customer", "    titel: Blaming the customer", "rules/en/DEESC004.blame.yaml:4: 'titel' is not a key of a diagnostic; use id, title,")]
    [InlineData("  reminders: [said, told]", "  reminders: [said, told, said]", "rules/en/DEESC004.blame.yaml:20: the class 'reminders' lists 'said' twice")]
    [InlineData("  reminders: [said, told]", "  fault-words: [said, told]", "rules/en/DEESC004.blame.yaml:20: the class 'fault-words' is already defined by the language file")]
    [InlineData("        - \"[|You should have|] read it.\"", "        - \"You should have read it.\"", "rules/en/DEESC004.blame.yaml:13: an example that fires marks the expected span with [| and |]")]
    [InlineData("          should-have: blame unless an expectation follows", "          Should_Have: blame", "rules/en/DEESC004.blame.yaml:18: 'Should_Have' is not a valid name for a behaviour")]
    [InlineData("        - {pattern: \"your <fault-words>\", fires: [\"It is [|your fault|].\"]}", "        - {pattern: \"your <fault-words>\", diagnostic: DEESC005}", "rules/en/DEESC004.blame.yaml:24: 'DEESC005' is not one of the file's diagnostics")]
    public void A_mistake_names_the_file_and_line(string line, string replacement, string message)
    {
        var yaml = Valid.Replace(line.Trim(), replacement.Trim());
        yaml.Should().NotBe(Valid, "the test replaces a line of the valid file");

        var read = () => Read(yaml);

        read.Should().Throw<RulePackException>().Which.Message.Should().StartWith(message);
    }

    [Fact]
    public void A_signal_row_names_a_known_signal()
    {
        var language = Language.Replace("\nsignals:\n", "\nsignals:\n  - {pattern: \"fed up\", signal: angry}\n");
        var line = language.Substring(0, language.IndexOf("signal: angry", System.StringComparison.Ordinal)).Split('\n').Length;
        var read = () => LanguagePack.Read("en", new Dictionary<string, string> { ["language.yaml"] = language, ["DEESC004.blame.yaml"] = Valid });

        read.Should().Throw<RulePackException>().Which.Message.Should()
            .Be($"rules/en/language.yaml:{line}: 'angry' is not a signal; use acknowledgement, next-step, strong-upset, mild-upset");
    }

    [Fact]
    public void The_language_file_needs_its_text_rules()
    {
        var start = Language.IndexOf("\ncontractions:", System.StringComparison.Ordinal);
        var end = Language.IndexOf("\nroles:", System.StringComparison.Ordinal);
        var read = () => LanguagePack.Read("en", new Dictionary<string, string> { ["language.yaml"] = Language.Remove(start, end - start), ["DEESC004.blame.yaml"] = Valid });

        read.Should().Throw<RulePackException>().Which.Message.Should().Be("rules/en/language.yaml:3: 'contractions' is missing (how contractions split)");
    }

    [Fact]
    public void Invalid_yaml_names_the_line()
    {
        var read = () => Read(Valid.Replace("  should-have: blame", "  should-have: [blame"));

        read.Should().Throw<RulePackException>().Which.Message.Should().StartWith("rules/en/DEESC004.blame.yaml:").And.Contain("not valid YAML");
    }

    [Fact]
    public void Code_and_data_must_name_the_same_behaviours()
    {
        // The blame rule's code implements more behaviours than this file describes.
        var pack = Read(Valid);
        var bind = () => new BlameRule().Bind(pack);

        bind.Should().Throw<RulePackException>().Which.Message.Should()
            .StartWith("rules/en/DEESC004.blame.yaml: the rule's code implements the behaviour")
            .And.EndWith("which the file's 'behaviours' does not describe");
    }

    [Fact]
    public void The_english_pack_binds_to_every_built_in_rule()
    {
        var pack = LanguagePack.English;
        foreach (var rule in BuiltInRules.Create(pack))
        {
            rule.Bind(pack);
            rule.Data.File.Should().StartWith("rules/en/DEESC");
        }
    }

    [Fact]
    public void Adding_a_rule_is_adding_one_data_file()
    {
        var files = LanguagePack.EmbeddedFiles("en");
        files["DEESC016.jargon.yaml"] = """
            rule: jargon
            diagnostics:
              - id: DEESC016
                title: Internal jargon
                category: dismissive
                severity: info
                summary: Internal words the customer cannot know.
                cause: The reply uses the team's own words.
                description: Words such as "L2 queue".
                how-to-fix: Say what happens instead.
                examples:
                  fires: ["Your case is in the [|L2 queue|]."]
                  must-not-fire: ["Your case is with our specialists."]
            messages:
              finding: "The customer cannot know what this means; say what happens."
              fix-title: "Say what happens"
            phrases:
              - {pattern: "l2 queue", fix: "specialist team"}
            """;
        var engine = new AnalysisEngine(new DeescalationOptions(), LanguagePack.Read("en", files));

        var analysis = engine.Analyze("Your case is in the L2 queue.", null);

        var finding = analysis.Diagnostics.Should().ContainSingle(d => d.Id == "DEESC016").Subject;
        finding.Message.Should().Be("The customer cannot know what this means; say what happens.");
        finding.Severity.Should().Be(DiagnosticSeverity.Info);
        analysis.ApplyFixes().Should().Be("Your case is in the specialist team.");
        engine.Descriptors.Should().Contain(d => d.Id == "DEESC016");
    }

    [Fact]
    public void A_data_only_rule_cannot_name_a_behaviour()
    {
        var files = LanguagePack.EmbeddedFiles("en");
        files["DEESC016.jargon.yaml"] = Valid.Replace("rule: blame", "rule: jargon").Replace("DEESC004", "DEESC016").Replace("<fault-words>", "fault") + "\nmessages:\n  finding: x\n  fix-title: y\n";
        var build = () => new AnalysisEngine(new DeescalationOptions(), LanguagePack.Read("en", files));

        build.Should().Throw<RulePackException>().Which.Message.Should()
            .Be("rules/en/DEESC016.jargon.yaml:22: the row names the behaviour 'should-have', but no code implements the rule 'jargon'");
    }

    private static LanguagePack Read(string rule) =>
        LanguagePack.Read("en", new Dictionary<string, string> { ["language.yaml"] = Language, ["DEESC004.blame.yaml"] = rule });
}
