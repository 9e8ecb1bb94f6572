using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using Deescalation;

namespace EmailDraftReview;

/// <summary>How drafts are judged and where the results go.</summary>
/// <param name="MinScore">A draft scoring below this fails.</param>
/// <param name="DryRun">Write review pages but move nothing.</param>
/// <param name="OutputDirectory">Where the review pages are written.</param>
/// <param name="InboxDirectory">Received messages, to find the customer's message by In-Reply-To; null for none.</param>
internal sealed record ReviewSettings(int MinScore, bool DryRun, string OutputDirectory, string? InboxDirectory);

/// <summary>The outcome of reviewing one draft.</summary>
internal sealed record DraftReview(
    Draft Draft,
    string? CustomerMessage,
    ReplyAnalysis Analysis,
    ReplyAnalysis FixedAnalysis,
    bool Fails,
    IReadOnlyList<string> Reasons,
    string ReviewPagePath,
    string? MovedTo);

/// <summary>Reviews drafts: reads, analyses the agent's own text, writes the review page, moves failures.</summary>
internal sealed class DraftReviewer
{
    public const string NeedsReviewFolder = "needs-review";

    private readonly IReplyAnalyzer _analyzer;
    private readonly ReviewSettings _settings;
    private Dictionary<string, string>? _inbox;

    public DraftReviewer(IReplyAnalyzer analyzer, ReviewSettings settings)
    {
        _analyzer = analyzer;
        _settings = settings;
    }

    /// <summary>Reviews one draft.</summary>
    /// <exception cref="DraftException">The draft cannot be read.</exception>
    public DraftReview Review(string path)
    {
        var draft = DraftReader.Read(path);
        var customerMessage = draft.Parts.CustomerMessage ?? FindInInbox(draft.InReplyTo);
        var context = new ReplyContext { CustomerMessage = customerMessage, Channel = ReplyChannel.Email };

        var analysis = _analyzer.Analyze(draft.Parts.OwnText, context);
        // Safe fixes and templates: the page shows the result for the agent to fill in the [placeholders], never sends it.
        var fixedAnalysis = _analyzer.Analyze(analysis.ApplyFixes(FixApplicability.NeedsInput), context);

        var reasons = new List<string>();
        if (analysis.Score < _settings.MinScore)
        {
            reasons.Add($"score {analysis.Score} is below {_settings.MinScore}");
        }

        var serious = 0;
        foreach (var diagnostic in analysis.Diagnostics)
        {
            if (diagnostic.Severity >= DiagnosticSeverity.Warning)
            {
                serious++;
            }
        }

        if (serious > 0)
        {
            reasons.Add(serious == 1 ? "1 warning or error" : $"{serious} warnings or errors");
        }

        var fails = reasons.Count > 0;
        Directory.CreateDirectory(_settings.OutputDirectory);
        var pagePath = Path.Combine(_settings.OutputDirectory, Path.GetFileNameWithoutExtension(path) + ".html");
        var review = new DraftReview(draft, customerMessage, analysis, fixedAnalysis, fails, reasons, pagePath, null);

        // The page first: a draft that shows up in needs-review/ always has its review page already.
        WriteAtomically(pagePath, ReviewPage.Render(review));
        return fails && !_settings.DryRun ? review with { MovedTo = MoveToNeedsReview(path) } : review;
    }

    private string? FindInInbox(string? inReplyTo)
    {
        if (inReplyTo is null || _settings.InboxDirectory is null || !Directory.Exists(_settings.InboxDirectory))
        {
            return null;
        }

        if (_inbox is null)
        {
            _inbox = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var file in Directory.EnumerateFiles(_settings.InboxDirectory, "*.eml"))
            {
                if (DraftReader.ReadReceived(file) is { } received)
                {
                    _inbox.TryAdd(received.MessageId, received.Text);
                }
            }
        }

        return _inbox.TryGetValue(inReplyTo, out var text) ? text : null;
    }

    private static string MoveToNeedsReview(string path)
    {
        var folder = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(path))!, NeedsReviewFolder);
        Directory.CreateDirectory(folder);
        var name = Path.GetFileNameWithoutExtension(path);
        var extension = Path.GetExtension(path);
        var target = Path.Combine(folder, name + extension);
        for (var n = 2; File.Exists(target); n++)
        {
            // Never overwrite an earlier draft that is still waiting for review.
            target = Path.Combine(folder, $"{name} ({n}){extension}");
        }

        File.Move(path, target);
        return target;
    }

    private static void WriteAtomically(string path, string content)
    {
        var temporary = path + ".tmp";
        File.WriteAllText(temporary, content, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        File.Move(temporary, path, overwrite: true);
    }
}
