using System;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using EmailDraftReview;
using FluentAssertions;
using Xunit;

namespace Deescalation.Samples.Tests.EmailDraftReview;

/// <summary>The program over a copy of the shipped drafts: verdicts, moves, review pages and exit codes.</summary>
public sealed class ReviewCommandTests : IDisposable
{
    private static readonly string[] Failing = ["01-plain-text-refund.eml", "02-html-only-delivery.eml", "04-long-thread-outlook.eml", "06-in-reply-to-receipt.eml"];
    private static readonly string[] Passing = ["03-multipart-wrong-size.eml", "05-latin1-accents.eml"];

    private readonly TemporaryFolder _folder = new();
    private readonly string _drafts;
    private readonly string _inbox = RepositoryPaths.Combine("samples", "EmailDraftReview", "inbox");

    public ReviewCommandTests()
    {
        _drafts = _folder.Combine("drafts");
        Directory.CreateDirectory(_drafts);
        foreach (var file in Directory.GetFiles(RepositoryPaths.Combine("samples", "EmailDraftReview", "drafts"), "*.eml"))
        {
            File.Copy(file, Path.Combine(_drafts, Path.GetFileName(file)));
        }
    }

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Once_moves_exactly_the_failing_drafts_to_needs_review()
    {
        var (exit, output, _) = await Run("--drafts", _drafts, "--once", "--inbox", _inbox);

        exit.Should().Be(ReviewCommand.ExitNeedsReview);
        Names(Path.Combine(_drafts, "needs-review")).Should().BeEquivalentTo(Failing);
        Names(_drafts).Should().BeEquivalentTo(Passing);
        Names(Path.Combine(_drafts, "reviews")).Should().BeEquivalentTo(Failing.Concat(Passing).Select(n => Path.ChangeExtension(n, ".html")));
        output.Should().Contain("FAIL  01-plain-text-refund.eml").And.Contain("ok    03-multipart-wrong-size.eml").And.Contain("4 need review");
    }

    [Fact]
    public async Task Dry_run_writes_pages_but_moves_nothing()
    {
        var (exit, _, _) = await Run("--drafts", _drafts, "--once", "--dry-run", "--out", _folder.Combine("pages"));

        exit.Should().Be(ReviewCommand.ExitNeedsReview);
        Directory.Exists(Path.Combine(_drafts, "needs-review")).Should().BeFalse();
        Names(_drafts).Should().HaveCount(6);
        Names(_folder.Combine("pages")).Should().HaveCount(6);
    }

    [Fact]
    public async Task Min_score_zero_still_fails_drafts_with_warnings()
    {
        File.Delete(Path.Combine(_drafts, "06-in-reply-to-receipt.eml"));

        var (exit, output, _) = await Run("--drafts", _drafts, "--once", "--dry-run", "--min-score", "0");

        exit.Should().Be(ReviewCommand.ExitNeedsReview);
        output.Should().NotContain("is below").And.Contain("warnings or errors");
    }

    [Fact]
    public async Task Customer_message_found_by_in_reply_to_changes_the_verdict_context()
    {
        var draft = Path.Combine(_drafts, "06-in-reply-to-receipt.eml");

        var withInbox = new DraftReviewer(ReplyAnalyzer.Default, new ReviewSettings(80, true, _folder.Combine("a"), _inbox)).Review(draft);
        var without = new DraftReviewer(ReplyAnalyzer.Default, new ReviewSettings(80, true, _folder.Combine("b"), null)).Review(draft);

        withInbox.CustomerMessage.Should().StartWith("The shop refused to exchange my shoes");
        without.CustomerMessage.Should().BeNull();
        File.ReadAllText(withInbox.ReviewPagePath).Should().Contain("The shop refused to exchange my shoes");
    }

    [Fact]
    public async Task A_second_failing_draft_of_the_same_name_does_not_overwrite_the_first()
    {
        var needsReview = Directory.CreateDirectory(Path.Combine(_drafts, "needs-review")).FullName;
        File.WriteAllText(Path.Combine(needsReview, "01-plain-text-refund.eml"), "earlier draft");

        await Run("--drafts", _drafts, "--once");

        File.ReadAllText(Path.Combine(needsReview, "01-plain-text-refund.eml")).Should().Be("earlier draft");
        File.Exists(Path.Combine(needsReview, "01-plain-text-refund (2).eml")).Should().BeTrue();
    }

    [Fact]
    public async Task Unreadable_draft_is_reported_by_name_and_the_others_are_still_reviewed()
    {
        var broken = Path.Combine(_drafts, "00-empty.eml");
        File.WriteAllText(broken, "Subject: Re: x\r\nContent-Type: text/plain\r\n\r\n> only a quote\r\n");

        var (exit, output, error) = await Run("--drafts", _drafts, "--once", "--dry-run");

        exit.Should().Be(ReviewCommand.ExitError);
        error.Should().Contain($"error: {broken}: has only quoted text");
        output.Should().Contain("05-latin1-accents.eml");
        File.Exists(broken).Should().BeTrue("a draft that cannot be read is never moved");
    }

    [Theory]
    [InlineData(new[] { "--once" }, "--drafts")]
    [InlineData(new[] { "--drafts", "/nonexistent/drafts", "--once" }, "/nonexistent/drafts")]
    [InlineData(new[] { "--drafts", ".", "--once", "--min-score", "101" }, "--min-score must be between 0 and 100")]
    [InlineData(new[] { "--drafts", ".", "--once", "--min-score", "high" }, "high")]
    public async Task Bad_arguments_exit_2_with_a_clear_message(string[] args, string mentioned)
    {
        var (exit, _, error) = await Run(args);

        exit.Should().Be(ReviewCommand.ExitError);
        error.Should().Contain(mentioned).And.Contain("--help").And.NotContain("   at ");
    }

    [Fact]
    public async Task Watch_mode_reviews_a_draft_dropped_into_the_folder()
    {
        var watched = _folder.Combine("watched");
        Directory.CreateDirectory(watched);
        using var cancellation = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var output = new StringWriter();
        var running = ReviewCommand.RunAsync(["--drafts", watched], TextWriter.Synchronized(output), TextWriter.Null, cancellation.Token);
        await Task.Delay(200);

        // Written the way a mail client saves: to a temporary name, then renamed into place.
        var temporary = Path.Combine(watched, "new-draft.tmp");
        File.Copy(Path.Combine(_drafts, "04-long-thread-outlook.eml"), temporary);
        File.Move(temporary, Path.Combine(watched, "new-draft.eml"));

        var moved = Path.Combine(watched, "needs-review", "new-draft.eml");
        while (!File.Exists(moved) && !cancellation.IsCancellationRequested)
        {
            await Task.Delay(50);
        }

        File.Exists(moved).Should().BeTrue("the watcher reviews the draft and moves it");
        File.Exists(Path.Combine(watched, "reviews", "new-draft.html")).Should().BeTrue();
        await cancellation.CancelAsync();
        (await running).Should().Be(ReviewCommand.ExitClean);
        output.ToString().Should().Contain("FAIL  new-draft.eml");
    }

    private static string[] Names(string folder) => Directory.Exists(folder) ? Directory.GetFiles(folder).Select(f => Path.GetFileName(f)).ToArray() : [];

    private static async Task<(int Exit, string Output, string Error)> Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = await ReviewCommand.RunAsync(args, output, error, CancellationToken.None);
        return (exit, output.ToString(), error.ToString());
    }
}
