using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;

namespace Deescalation.Benchmarks;

/// <summary>
/// Start-up: building an analyzer (options validated and copied, rule tables compiled) and the first analysis.
/// The "ColdStart" job runs each case once in a fresh process, so it includes JIT and the one-time static set-up;
/// the default job shows the steady cost of building another analyzer in a warm process.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.ColdStart, launchCount: 10, warmupCount: 0, iterationCount: 1, id: "ColdStart")]
[SimpleJob(id: "Warm")]
public class AnalyzerConstructionBenchmarks
{
    [Benchmark(Baseline = true)]
    public ReplyAnalyzer NewWithDefaultOptions() => new();

    /// <summary>A team's configuration: severities, disabled rules, allowed product names and twenty phrase rules of its own.</summary>
    [Benchmark]
    public ReplyAnalyzer NewWithTeamOptions() => new(TeamOptions());

    [Benchmark]
    public ReplyAnalysis NewAndAnalyzeTypicalEmail() => new ReplyAnalyzer().Analyze(SampleReplies.TypicalEmailRisky);

    private static DeescalationOptions TeamOptions()
    {
        var options = new DeescalationOptions
        {
            ResponseWindowBusinessDays = 3,
            TooManyOptions = 4,
        };
        options.Severities[DiagnosticCategories.Shouting] = DiagnosticSeverity.Error;
        options.Severities[DiagnosticCategories.OverApology] = DiagnosticSeverity.Info;
        options.DisabledRules.Add(DiagnosticCategories.MultipleOptions);
        foreach (var phrase in new[] { "Relax Mode", "Calm Down Tea", "Never Late Guarantee", "Sorry Not Sorry Socks", "Simply Smart Plan" })
        {
            options.AllowedPhrases.Add(phrase);
        }

        var teamPhrases = new[]
        {
            "per our records", "as stated previously", "kindly note", "it is what it is", "not our problem",
            "read the manual", "going forward", "at your earliest convenience", "we regret to inform", "unfortunately we cannot",
            "that is impossible", "we never do that", "you are mistaken", "there is no way", "that's above my pay grade",
            "we are not responsible", "try again later", "we'll see what we can do", "bear with us", "it should work now",
        };
        for (var index = 0; index < teamPhrases.Length; index++)
        {
            var category = index % 2 == 0 ? DiagnosticCategories.Deflection : DiagnosticCategories.Dismissive;
            options.CustomRules.Add(new CustomPhraseRule(teamPhrases[index], category, "Our style guide avoids this phrase."));
        }

        return options;
    }
}
