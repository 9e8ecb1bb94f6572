using System.Collections.Generic;
using System.Linq;
using FluentAssertions;
using Xunit;

namespace Deescalation.Tests.Corpus;

/// <summary>Holds the analyzer to the labelled regression corpus, per category, as the evaluation does.</summary>
public class RegressionCorpusTests
{
    public static TheoryData<string> Categories()
    {
        var data = new TheoryData<string>();
        foreach (var category in DiagnosticCategories.All)
        {
            data.Add(category);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Categories))]
    public void Precision_and_recall_are_at_least_0_9_per_category(string category)
    {
        int truePositives = 0, falsePositives = 0, falseNegatives = 0;
        var misses = new List<string>();
        foreach (var reply in LabelledReply.Corpus)
        {
            var analysis = ReplyAnalyzer.Default.Analyze(reply.Text, reply.Context);
            var found = analysis.Diagnostics.Any(d => d.Category == category);
            var expected = reply.Expect.Contains(category);
            if (found && expected)
            {
                truePositives++;
            }
            else if (found)
            {
                falsePositives++;
                misses.Add("FP " + reply.Id);
            }
            else if (expected)
            {
                falseNegatives++;
                misses.Add("FN " + reply.Id);
            }
        }

        truePositives.Should().BeGreaterThan(10, "the corpus has positives for every category");
        var precision = (double)truePositives / (truePositives + falsePositives);
        var recall = (double)truePositives / (truePositives + falseNegatives);
        precision.Should().BeGreaterOrEqualTo(0.9, "misses: {0}", string.Join(", ", misses));
        recall.Should().BeGreaterOrEqualTo(0.9, "misses: {0}", string.Join(", ", misses));
    }

    [Fact]
    public void Findings_sit_on_the_labelled_phrase()
    {
        var off = new List<string>();
        foreach (var reply in LabelledReply.Corpus)
        {
            var analysis = ReplyAnalyzer.Default.Analyze(reply.Text, reply.Context);
            foreach (var (category, trigger) in reply.Triggers)
            {
                var found = analysis.Diagnostics.Where(d => d.Category == category).ToList();
                if (found.Count == 0)
                {
                    continue;
                }

                var span = new TextSpan(reply.Text.IndexOf(trigger, System.StringComparison.Ordinal), trigger.Length);
                if (!found.Any(d => d.Span.OverlapsWith(span)))
                {
                    off.Add($"{reply.Id} {category}");
                }
            }
        }

        off.Should().HaveCountLessOrEqualTo(2, "span misses: {0}", string.Join(", ", off));
    }

    [Fact]
    public void Clean_replies_outscore_flagged_ones()
    {
        var clean = new List<int>();
        var flagged = new List<int>();
        foreach (var reply in LabelledReply.Corpus)
        {
            var score = ReplyAnalyzer.Default.Analyze(reply.Text, reply.Context).Score;
            (reply.Expect.Count == 0 ? clean : flagged).Add(score);
        }

        double wins = 0;
        foreach (var c in clean)
        {
            foreach (var f in flagged)
            {
                wins += c > f ? 1 : c == f ? 0.5 : 0;
            }
        }

        (wins / (clean.Count * flagged.Count)).Should().BeGreaterOrEqualTo(0.95, "the score ranks clean replies above risky ones (AUC)");
    }
}
