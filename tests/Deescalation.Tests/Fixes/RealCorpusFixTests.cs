using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using Deescalation.Tests.TestSupport;
using FluentAssertions;
using Xunit;

namespace Deescalation.Tests.Fixes;

/// <summary>
/// The fixes over real agent replies nobody here wrote (<c>../shared/corpora/agent_replies.jsonl</c>, read in place and
/// never copied into the project): every fix leaves a well-formed sentence, no safe fix adds a number, and applying the
/// safe fixes resolves what they claim to.
/// </summary>
public class RealCorpusFixTests
{
    [RealCorpusFact]
    public void Every_fix_over_the_real_corpus_leaves_a_well_formed_sentence_and_no_safe_fix_adds_a_number()
    {
        var problems = new List<string>();
        var safe = 0;
        foreach (var (id, text, context) in RealCorpus.Replies())
        {
            foreach (var diagnostic in ReplyAnalyzer.Default.Analyze(text, context).Diagnostics)
            {
                foreach (var fix in diagnostic.Fixes)
                {
                    var fixedText = TextEdit.Apply(text, fix.Edits);
                    foreach (var problem in WellFormedness.Introduced(text, fixedText))
                    {
                        problems.Add($"{id} {diagnostic.Id} {fix.Applicability}: {problem}");
                    }

                    if (fix.Applicability == FixApplicability.Safe)
                    {
                        safe++;
                        if (WellFormedness.AddsANumber(text, fixedText))
                        {
                            problems.Add($"{id} {diagnostic.Id}: a safe fix adds a number");
                        }
                    }
                }
            }
        }

        problems.Should().BeEmpty();
        safe.Should().BeGreaterOrEqualTo(300);
    }

    [RealCorpusFact]
    public void Applying_the_safe_fixes_resolves_what_they_claim_to()
    {
        var unresolved = new List<string>();
        foreach (var (id, text, context) in RealCorpus.Replies())
        {
            var analysis = ReplyAnalyzer.Default.Analyze(text, context);
            var edits = analysis.GetFixEdits();
            if (edits.Count == 0)
            {
                continue;
            }

            var claimed = new List<(TextSpan Span, string Id)>();
            var shift = 0;
            foreach (var edit in edits)
            {
                var owner = analysis.Diagnostics.First(d => d.Fixes.Any(f => f.Edits.Contains(edit)));
                claimed.Add((new TextSpan(edit.Span.Start + shift, edit.NewText.Length), owner.Id));
                shift += edit.NewText.Length - edit.Span.Length;
            }

            var again = ReplyAnalyzer.Default.Analyze(analysis.ApplyFixes(), context);
            foreach (var (span, ruleId) in claimed)
            {
                if (again.Diagnostics.Any(d => d.Id == ruleId && (d.Span.OverlapsWith(span) || (d.Span.IsEmpty && (ruleId == "DEESC015" || (d.Span.Start >= span.Start && d.Span.Start <= span.End))))))
                {
                    unresolved.Add($"{id} {ruleId}");
                }
            }
        }

        unresolved.Should().BeEmpty();
    }
}

/// <summary>A fact over the real corpus beside the project; skipped, with the reason, where the corpus is not there.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class RealCorpusFactAttribute : FactAttribute
{
    public RealCorpusFactAttribute()
    {
        if (RealCorpus.Path is null)
        {
            Skip = "The real corpus is not beside the project (../shared/corpora/agent_replies.jsonl, or DEESC_CORPUS).";
        }
    }
}

internal static class RealCorpus
{
    public static string? Path { get; } = Find();

    public static IEnumerable<(string Id, string Text, ReplyContext? Context)> Replies()
    {
        foreach (var line in File.ReadLines(Path!))
        {
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            using var document = JsonDocument.Parse(line);
            var root = document.RootElement;
            var customer = root.TryGetProperty("customerMessage", out var message) && message.ValueKind == JsonValueKind.String ? message.GetString() : null;
            yield return (root.GetProperty("id").GetString()!, root.GetProperty("text").GetString()!, customer is null ? null : new ReplyContext { CustomerMessage = customer });
        }
    }

    private static string? Find()
    {
        if (Environment.GetEnvironmentVariable("DEESC_CORPUS") is { Length: > 0 } configured)
        {
            return File.Exists(configured) ? configured : null;
        }

        if (RepositoryPaths.Root is not { } root)
        {
            return null;
        }

        var path = System.IO.Path.Combine(root, "..", "shared", "corpora", "agent_replies.jsonl");
        return File.Exists(path) ? System.IO.Path.GetFullPath(path) : null;
    }
}
