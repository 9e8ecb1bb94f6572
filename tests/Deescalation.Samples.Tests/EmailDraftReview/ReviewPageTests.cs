using System.IO;
using EmailDraftReview;
using FluentAssertions;
using Xunit;

namespace Deescalation.Samples.Tests.EmailDraftReview;

/// <summary>The HTML review page: highlights, findings, fixes, score, and encoding of everything from the draft.</summary>
public sealed class ReviewPageTests : System.IDisposable
{
    private readonly TemporaryFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Page_highlights_each_risky_span_and_lists_message_fix_and_score()
    {
        var review = Review("01-plain-text-refund.eml");
        var page = File.ReadAllText(review.ReviewPagePath);

        review.Fails.Should().BeTrue();
        page.Should().Contain("<mark class=\"error\" title=\"DEESC004 (blame): ").And.Contain(">you should have</mark>");
        page.Should().Contain("soon</mark>", "the vague promise ending in \"soon\" is highlighted");
        page.Should().Contain("Needs review: score ");
        page.Should().Contain($"<strong>{review.Analysis.Score}</strong>/100");
        page.Should().Contain($"Score after fixes: ").And.Contain($"<strong>{review.FixedAnalysis.Score}</strong>/100");
        review.FixedAnalysis.Score.Should().BeGreaterThan(review.Analysis.Score);
        page.Should().Contain("We&#39;ll look into it by [time].", "the apply-fixes result is on the page, with its placeholder for the agent");
        page.Should().Contain("Fix (fill in the [placeholders]): Commit to a concrete time");
        page.Should().NotContain("<mark class=\"warning\" title=\"DEESC003 (vague-promise): Vague promise: Name a time instead of a vague one. For example \"within");
    }

    [Fact]
    public void Signature_and_quoted_thread_are_shown_but_never_highlighted()
    {
        var page = File.ReadAllText(Review("01-plain-text-refund.eml").ReviewPagePath);

        var thread = page[page.IndexOf("Quoted thread (not analysed)", System.StringComparison.Ordinal)..];
        thread.Should().Contain("This is the third time").And.NotContain("<mark");
        page.Should().Contain("Sam Ortiz | Customer Care");
    }

    [Fact]
    public void Clean_draft_passes_with_no_marks()
    {
        var review = Review("05-latin1-accents.eml");
        var page = File.ReadAllText(review.ReviewPagePath);

        review.Fails.Should().BeFalse();
        page.Should().Contain("Ready to send").And.Contain("No findings.").And.NotContain("<mark");
        page.Should().Contain("Dear José,").And.Contain("Zürich");
    }

    [Fact]
    public void Html_in_a_draft_is_shown_as_text()
    {
        var path = _folder.Combine("hostile.eml");
        File.WriteAllText(path,
            "Subject: <img src=x onerror=alert(1)>\r\nTo: \"<b>Eve</b>\" <eve@example.com>\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
            + "Hello <script>alert('draft')</script> & \"friends\", you MUST bring the receipt.\r\n\r\nOn Mon, Eve wrote:\r\n> <iframe src=\"javascript:alert(2)\"></iframe>\r\n");

        var page = File.ReadAllText(new DraftReviewer(ReplyAnalyzer.Default, new ReviewSettings(80, true, _folder.Combine("pages"), null)).Review(path).ReviewPagePath);

        page.Should().NotContain("<script>alert").And.NotContain("<img").And.NotContain("<iframe").And.NotContain("<b>Eve");
        page.Should().Contain("Hello &lt;script&gt;alert(&#39;draft&#39;)&lt;/script&gt; &amp; &quot;friends&quot;");
        page.Should().Contain("&lt;img src=x onerror=alert(1)&gt;");
        page.Should().Contain("&lt;iframe src=&quot;javascript:alert(2)&quot;&gt;");
    }

    private DraftReview Review(string name)
    {
        var reviewer = new DraftReviewer(ReplyAnalyzer.Default, new ReviewSettings(80, DryRun: true, _folder.Combine("pages"), null));
        return reviewer.Review(RepositoryPaths.Combine("samples", "EmailDraftReview", "drafts", name));
    }
}
