using EmailDraftReview;
using FluentAssertions;
using Xunit;

namespace Deescalation.Samples.Tests.EmailDraftReview;

public class ReplyExtractorTests
{
    [Fact]
    public void Gmail_style_reply_splits_into_own_text_signature_and_quote()
    {
        var parts = ReplyExtractor.Split(
            "Hi Dana,\n\nWe'll look into it soon.\n\nSam\n-- \nSam Ortiz | Care\n\nOn Mon, 3 Mar 2025 at 18:40, Dana <d@example.net> wrote:\n> Third time I ask!!\n> Dana\n");

        parts.OwnText.Should().Be("Hi Dana,\n\nWe'll look into it soon.\n\nSam");
        parts.Signature.Should().Be("-- \nSam Ortiz | Care");
        parts.QuotedThread.Should().StartWith("On Mon, 3 Mar 2025").And.Contain("> Third time I ask!!");
        parts.CustomerMessage.Should().Be("Third time I ask!!\nDana");
    }

    [Fact]
    public void Wrapped_attribution_line_starts_the_thread()
    {
        var parts = ReplyExtractor.Split("Thanks, done.\n\nOn Mon, 3 Mar 2025 at 18:40, Dana Whitfield <dana.whitfield@example.net>\nwrote:\n\n> Where is it?\n");

        parts.OwnText.Should().Be("Thanks, done.");
        parts.CustomerMessage.Should().Be("Where is it?");
    }

    [Fact]
    public void Only_the_newest_quote_level_is_the_customer_message()
    {
        var parts = ReplyExtractor.Split("Done.\n\nOn Tue, Dana wrote:\n> Still broken.\n>\n> On Mon, Sam wrote:\n>> Please restart it.\n");

        parts.CustomerMessage.Should().Be("Still broken.");
    }

    [Fact]
    public void Outlook_original_message_block_gives_the_newest_message_only()
    {
        var parts = ReplyExtractor.Split(
            "Chris,\n\nFixed.\n\n-----Original Message-----\nFrom: Chris <c@example.com>\nSent: Tuesday\nTo: Support\nSubject: RE: Router\n\nIt still drops.\nPlease escalate.\n\n-----Original Message-----\nFrom: Alex\nSent: Monday\n\nRestart it.\n");

        parts.OwnText.Should().Be("Chris,\n\nFixed.");
        parts.CustomerMessage.Should().Be("It still drops.\nPlease escalate.");
        parts.QuotedThread.Should().Contain("Restart it.");
    }

    [Fact]
    public void Outlook_header_block_without_dashes_starts_the_thread()
    {
        var parts = ReplyExtractor.Split("Fixed.\n\n________________________________\nFrom: Chris <c@example.com>\nSent: Tuesday\nSubject: Router\n\nIt still drops.\n");

        parts.OwnText.Should().Be("Fixed.");
        parts.CustomerMessage.Should().Be("It still drops.");
    }

    [Theory]
    [InlineData("Just a reply.\nWith two lines.")]
    [InlineData("A reply mentioning On Monday we wrote: nothing.")]
    [InlineData("Prices went from 10 -- to 12 -- this year.")]
    public void A_reply_without_quote_or_signature_is_all_own_text(string body)
    {
        var parts = ReplyExtractor.Split(body);

        parts.OwnText.Should().Be(body);
        parts.Signature.Should().BeEmpty();
        parts.QuotedThread.Should().BeEmpty();
        parts.CustomerMessage.Should().BeNull();
    }

    [Fact]
    public void Signature_without_a_thread_is_split_off()
    {
        var parts = ReplyExtractor.Split("Hi,\r\nAll sorted.\r\n--\r\nSam\r\n");

        parts.OwnText.Should().Be("Hi,\nAll sorted.");
        parts.Signature.Should().Be("--\nSam");
        parts.CustomerMessage.Should().BeNull();
    }
}
