using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using Deescalation.Analysis;
using Deescalation.Rules.Data;
using Deescalation.Tests.Corpus;
using Deescalation.Tests.TestSupport;
using FluentAssertions;
using Xunit;

namespace Deescalation.Tests.Rules;

/// <summary>
/// The library loads its language packs from the compact form the build writes (<c>rules.pack</c>), not from the
/// YAML: that form must be exactly what reading the YAML gives, field by field, and analyse every reply alike.
/// </summary>
public class CompactRulePackTests
{
    private static LanguagePack ReadYaml() => LanguagePack.Read("en", LanguagePack.EmbeddedFiles("en"));

    [Fact]
    public void The_embedded_compact_form_is_written_from_the_embedded_yaml()
    {
        // Byte for byte: the build wrote it from these files, with this reader (not from an older copy).
        using var written = new MemoryStream();
        CompactRulePack.Write(new[] { ReadYaml() }, written);

        using var resource = typeof(LanguagePack).Assembly.GetManifestResourceStream(CompactRulePack.ResourceName)!;
        using var embedded = new MemoryStream();
        resource.CopyTo(embedded);

        embedded.ToArray().SequenceEqual(written.ToArray()).Should().BeTrue("rules.pack must be rebuilt whenever a rule file changes");
    }

    [Fact]
    public void The_compact_form_loads_every_field_the_yaml_gives()
    {
        var yaml = ReadYaml();
        var compact = LanguagePack.English;

        compact.Should().NotBeSameAs(yaml);
        compact.Should().BeEquivalentTo(yaml, options => options.WithStrictOrdering().Excluding(member => member.Name == nameof(PhraseRowData.Parsed)));

        // The parsed patterns are trees of nested groups: compared directly.
        var yamlRows = yaml.Signals.Select(s => (s.Normalized, s.Parsed)).Concat(yaml.Rules.SelectMany(r => r.Phrases).Select(p => (p.Normalized, p.Parsed))).ToList();
        var compactRows = compact.Signals.Select(s => (s.Normalized, s.Parsed)).Concat(compact.Rules.SelectMany(r => r.Phrases).Select(p => (p.Normalized, p.Parsed))).ToList();
        compactRows.Should().HaveCount(yamlRows.Count);
        for (var i = 0; i < yamlRows.Count; i++)
        {
            compactRows[i].Normalized.Should().Be(yamlRows[i].Normalized);
            Dump(compactRows[i].Parsed).Should().Be(Dump(yamlRows[i].Parsed), "row {0} ({1}) parses alike", i, yamlRows[i].Normalized);
            compactRows[i].Parsed!.Words.Should().Equal(yamlRows[i].Parsed!.Words);
            ParsedPatterns.Get(compactRows[i].Normalized!).Items.Should().BeSameAs(compactRows[i].Parsed!.Items, "the matcher reads the stored parse");
        }
    }

    [Fact]
    public void Both_forms_analyse_the_examples_and_the_corpus_alike()
    {
        var fromYaml = new AnalysisEngine(new DeescalationOptions(), ReadYaml());
        var fromCompact = new AnalysisEngine(new DeescalationOptions(), LanguagePack.English);
        var replies = new List<(string Text, ReplyContext? Context)>();
        foreach (var example in LanguagePack.English.Rules.SelectMany(r => r.Diagnostics.SelectMany(d => d.Examples).Concat(r.Phrases.SelectMany(p => p.Examples))))
        {
            replies.Add((Markup.Parse(example.Text).Text, example.Customer is null ? null : new ReplyContext { CustomerMessage = example.Customer }));
        }

        foreach (var reply in LabelledReply.Corpus)
        {
            replies.Add((reply.Text, reply.Context));
        }

        replies.Should().HaveCountGreaterThan(500);
        foreach (var (text, context) in replies)
        {
            Report(fromCompact.Analyze(text, context)).Should().Be(Report(fromYaml.Analyze(text, context)), "the reply was: {0}", text);
        }
    }

    [Fact]
    public void A_pack_the_compact_form_lacks_is_refused()
    {
        using var written = new MemoryStream();
        CompactRulePack.Write(new[] { ReadYaml() }, written);

        var read = () => CompactRulePack.Read(written.ToArray(), "de");

        read.Should().Throw<System.ArgumentException>().WithMessage("The compact rule pack holds no language 'de'.*");
        CompactRulePack.Codes(written.ToArray()).Should().Equal("en");
    }

    private static string Dump(ParsedPattern? parsed)
    {
        if (parsed is null)
        {
            return "(none)";
        }

        var text = new StringBuilder();
        Dump(parsed.Items, text);
        return text.ToString();
    }

    private static void Dump(PatternItem[] items, StringBuilder text)
    {
        foreach (var item in items)
        {
            if (item.Alternatives is not { } alternatives)
            {
                text.Append(item.Word ?? "*").Append(' ');
                continue;
            }

            text.Append('[');
            foreach (var alternative in alternatives)
            {
                text.Append('(');
                Dump(alternative, text);
                text.Append(')');
            }

            text.Append("] ");
        }
    }

    private static string Report(ReplyAnalysis analysis)
    {
        var text = new StringBuilder();
        text.Append(analysis.Score).Append('\n');
        foreach (var diagnostic in analysis.Diagnostics)
        {
            text.Append(diagnostic).Append('\n');
            foreach (var fix in diagnostic.Fixes)
            {
                text.Append("  ").Append(fix.Applicability).Append(' ').Append(fix.Title).Append(':');
                foreach (var edit in fix.Edits)
                {
                    text.Append(' ').Append(edit);
                }

                text.Append('\n');
            }
        }

        return text.ToString();
    }
}
