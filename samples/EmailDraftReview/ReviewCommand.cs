using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using Deescalation;

namespace EmailDraftReview;

/// <summary>The command line: <c>--drafts DIR [--once] [--dry-run] [--min-score N] [--out DIR] [--inbox DIR]</c>.</summary>
internal static class ReviewCommand
{
    /// <summary>Every draft passed.</summary>
    public const int ExitClean = 0;

    /// <summary>At least one draft needs review.</summary>
    public const int ExitNeedsReview = 1;

    /// <summary>Bad arguments, or a draft that could not be read.</summary>
    public const int ExitError = 2;

    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        var drafts = new Option<DirectoryInfo>("--drafts") { Description = "The drafts folder (.eml files).", Required = true };
        drafts.AcceptExistingOnly();
        var once = new Option<bool>("--once") { Description = "Review the drafts there now and exit, instead of watching the folder." };
        var dryRun = new Option<bool>("--dry-run") { Description = $"Write review pages but leave failing drafts where they are (default: move them to {DraftReviewer.NeedsReviewFolder}/)." };
        var minScore = new Option<int>("--min-score")
        {
            Description = "A draft scoring below this (0-100) fails; any warning or error fails too.",
            DefaultValueFactory = _ => 80,
            CustomParser = result =>
            {
                var token = result.Tokens.Count > 0 ? result.Tokens[0].Value : string.Empty;
                if (!int.TryParse(token, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var value) || value is < 0 or > 100)
                {
                    result.AddError($"--min-score must be between 0 and 100, not '{token}'.");
                }

                return value;
            },
        };
        var outDir = new Option<DirectoryInfo?>("--out") { Description = "Where to write the HTML review pages (default: DRAFTS/reviews)." };
        var inbox = new Option<DirectoryInfo?>("--inbox") { Description = "Received messages (.eml): a draft that quotes nothing gets its customer message by In-Reply-To from here." };

        var root = new RootCommand("Reviews e-mail drafts before they are sent: highlights phrasing likely to escalate, writes an HTML review page per draft, and moves drafts that fail to needs-review/.")
        {
            drafts, once, dryRun, minScore, outDir, inbox,
        };

        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var parseError in parse.Errors)
            {
                await error.WriteLineAsync($"error: {parseError.Message}").ConfigureAwait(false);
            }

            await error.WriteLineAsync("Run with --help for usage.").ConfigureAwait(false);
            return ExitError;
        }

        if (parse.Action is not null && parse.GetResult(drafts) is null)
        {
            // --help or --version: let System.CommandLine print it.
            return await parse.InvokeAsync(new InvocationConfiguration { Output = output, Error = error }, cancellationToken).ConfigureAwait(false);
        }

        var draftsDir = parse.GetRequiredValue(drafts).FullName;
        var settings = new ReviewSettings(
            parse.GetValue(minScore),
            parse.GetValue(dryRun),
            parse.GetValue(outDir)?.FullName ?? Path.Combine(draftsDir, "reviews"),
            parse.GetValue(inbox)?.FullName);
        var reviewer = new DraftReviewer(ReplyAnalyzer.Default, settings);

        if (parse.GetValue(once))
        {
            var failed = 0;
            var errors = 0;
            foreach (var path in ListDrafts(draftsDir))
            {
                switch (ReviewOne(reviewer, path, output, error))
                {
                    case ExitNeedsReview: failed++; break;
                    case ExitError: errors++; break;
                }
            }

            await output.WriteLineAsync($"Reviewed drafts in {draftsDir}: {failed} need review, {errors} could not be read. Review pages: {settings.OutputDirectory}").ConfigureAwait(false);
            return errors > 0 ? ExitError : failed > 0 ? ExitNeedsReview : ExitClean;
        }

        await output.WriteLineAsync($"Watching {draftsDir} for drafts (Ctrl+C to stop). Review pages: {settings.OutputDirectory}").ConfigureAwait(false);
        using var watcher = new DraftWatcher(draftsDir, path => ReviewOne(reviewer, path, output, error));
        await watcher.RunAsync(cancellationToken).ConfigureAwait(false);
        return ExitClean;
    }

    internal static IEnumerable<string> ListDrafts(string folder)
    {
        var files = Directory.GetFiles(folder, "*.eml");
        Array.Sort(files, StringComparer.Ordinal);
        return files;
    }

    private static int ReviewOne(DraftReviewer reviewer, string path, TextWriter output, TextWriter error)
    {
        try
        {
            var review = reviewer.Review(path);
            var where = review.MovedTo is { } moved ? $" -> {DraftReviewer.NeedsReviewFolder}/{Path.GetFileName(moved)}" : string.Empty;
            lock (output)
            {
                output.WriteLine($"{(review.Fails ? "FAIL" : "ok  ")}  {Path.GetFileName(path),-32} score {review.Analysis.Score,3}  {review.Analysis.Diagnostics.Count} finding(s){where}");
                foreach (var reason in review.Reasons)
                {
                    output.WriteLine($"      {reason}");
                }
            }

            return review.Fails ? ExitNeedsReview : ExitClean;
        }
        catch (DraftException ex)
        {
            lock (error)
            {
                error.WriteLine($"error: {ex.Message}");
            }

            return ExitError;
        }
        catch (IOException ex)
        {
            lock (error)
            {
                error.WriteLine($"error: {path}: {ex.Message}");
            }

            return ExitError;
        }
    }
}
