using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Deescalation.Analysis;
using Deescalation.Rules.Data;
using Deescalation.Tests.TestSupport;
using FluentAssertions;
using Xunit;

namespace Deescalation.Tests.Analysis;

/// <summary>
/// A second language is data beside <c>rules/en</c>: the small German pack in <c>Languages/de</c> (text rules,
/// contractions, roles, classes, signals, a data-only rule and the texts of a coded one) runs through the same engine.
/// </summary>
public class LanguagePackTests
{
    private static readonly Lazy<AnalysisEngine> German = new(() => new AnalysisEngine(new DeescalationOptions(), ReadGerman()));

    [Fact]
    public void A_data_only_rule_reports_in_its_language()
    {
        var analysis = German.Value.Analyze("Da liegen Sie falsch.", null);

        var finding = analysis.Diagnostics.Should().ContainSingle().Subject;
        finding.Id.Should().Be("DEESC010");
        finding.Descriptor.Title.Should().Be("Dem Kunden widersprechen");
        finding.Message.Should().Be("Das widerspricht dem Kunden; nennen Sie das gemeinsame Ziel und die Fakten.");
        analysis.ApplyFixes().Should().Be("Da lassen Sie mich das klären.");
    }

    [Fact]
    public void The_language_splits_its_own_contractions()
    {
        // "gibt's" is "gibt es" by the German pack's clitics; the English "'s" rules do not apply.
        German.Value.Analyze("So was gibt's nicht.", null).Diagnostics.Should().ContainSingle(d => d.Id == "DEESC010");
    }

    [Fact]
    public void The_signals_read_the_language_words()
    {
        var upset = new ReplyContext { CustomerMessage = "Das ist inakzeptabel!!! Schon wieder kaputt." };

        var missing = German.Value.Analyze("Hallo Frau Weber,\nIhr Paket kommt morgen.", upset);
        var acknowledged = German.Value.Analyze("Ich verstehe Ihren Ärger. Ihr Paket kommt morgen.", upset);
        var calm = German.Value.Analyze("Ihr Paket kommt morgen.", new ReplyContext { CustomerMessage = "Wann kommt mein Paket?" });

        var finding = missing.Diagnostics.Should().ContainSingle().Subject;
        finding.Id.Should().Be("DEESC015");
        finding.Message.Should().StartWith("Der Kunde ist verärgert");
        missing.ApplyFixes().Should().Be("Hallo Frau Weber,\nEs tut mir leid, und ich verstehe, wie ärgerlich das ist. Ihr Paket kommt morgen.");
        acknowledged.Diagnostics.Should().BeEmpty();
        calm.Diagnostics.Should().BeEmpty();
    }

    [Fact]
    public void The_language_knows_its_mail_clients_quote_headers()
    {
        var reply = "Ihr Paket kommt morgen.\n\nAm Montag, 3. März 2025 schrieb Dana Weber:\n> Das ist inakzeptabel!!! Schon wieder kaputt.\n";

        German.Value.Analyze(reply, null).Diagnostics.Should().ContainSingle(d => d.Id == "DEESC015", "the German attribution starts the quoted thread");
        ReplyAnalyzer.Default.Analyze(reply).Diagnostics.Should().NotContain(d => d.Id == "DEESC015", "the English pack does not know 'schrieb:'");
    }

    [Fact]
    public void Rules_the_language_lacks_are_not_run_and_english_is_not_read()
    {
        German.Value.Descriptors.Select(d => d.Id).Should().BeEquivalentTo(new[] { "DEESC010", "DEESC015" });
        German.Value.Analyze("You should have read the terms. We'll look into it soon.", null).Diagnostics.Should().BeEmpty();
    }

    [Fact]
    public void The_german_examples_run_like_the_english_ones()
    {
        var pack = ReadGerman();
        foreach (var example in pack.Rules.SelectMany(r => r.Diagnostics).SelectMany(d => d.Examples))
        {
            var (text, spans) = Markup.Parse(example.Text);
            var context = example.Customer is null ? null : new ReplyContext { CustomerMessage = example.Customer };
            var found = German.Value.Analyze(text, context).Diagnostics.Where(d => d.Id == example.DiagnosticId).Select(d => d.Span);
            found.Should().Equal(example.Fires ? spans : new List<TextSpan>(), "{0}", example);
        }
    }

    [Fact]
    public void An_unknown_language_is_refused_when_the_options_are_validated()
    {
        var build = () => new ReplyAnalyzer(new DeescalationOptions { Language = "de" });

        build.Should().Throw<ArgumentException>().WithMessage("Language is 'de', which is not a language pack of the library; use one of: en.");
    }

    private static LanguagePack ReadGerman()
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "Languages", "de");
        var files = Directory.GetFiles(folder, "*.yaml").ToDictionary(path => Path.GetFileName(path), File.ReadAllText);
        return LanguagePack.Read("de", files);
    }
}
