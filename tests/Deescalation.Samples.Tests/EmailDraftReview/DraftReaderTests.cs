using System.IO;
using EmailDraftReview;
using FluentAssertions;
using Xunit;

namespace Deescalation.Samples.Tests.EmailDraftReview;

/// <summary>Reads the drafts the sample ships, one per body shape.</summary>
public class DraftReaderTests
{
    private static string Draft(string name) => RepositoryPaths.Combine("samples", "EmailDraftReview", "drafts", name);

    [Theory]
    [InlineData("01-plain-text-refund.eml", "text/plain", "Hi Dana,", "We'll look into it soon.\n\nSam", "This is the third time I've asked for a refund")]
    [InlineData("02-html-only-delivery.eml", "text/html", "Hello Tom,", "Someone will get back to you.", "Two weeks and still no parcel. The tracking page says \"delivered\" but nothing is here.")]
    [InlineData("03-multipart-wrong-size.eml", "text/plain", "Hi Lee,", "the return label is attached.\n\nSam", "I ordered a medium and got an XL. What now?")]
    [InlineData("04-long-thread-outlook.eml", "text/plain", "Chris,", "Alex Morgan\nTechnical Support", "I restarted it twice like you said and it still drops every hour.\nI work from home and this is costing me money. Please escalate this.")]
    [InlineData("05-latin1-accents.eml", "text/plain", "Dear José,", "Renée Lefèvre", "My reservation for April was cancelled and nobody told me why.")]
    public void Shipped_draft_yields_own_text_and_customer_message(string file, string format, string ownStart, string ownEnd, string customerStart)
    {
        var draft = DraftReader.Read(Draft(file));

        draft.BodyFormat.Should().Be(format);
        draft.Parts.OwnText.Should().StartWith(ownStart).And.EndWith(ownEnd);
        draft.Parts.OwnText.Should().NotContain("wrote:").And.NotContain("Original Message").And.NotContain("\r");
        draft.Parts.CustomerMessage.Should().StartWith(customerStart);
    }

    [Fact]
    public void Signature_and_older_messages_stay_out_of_the_reviewed_text()
    {
        var draft = DraftReader.Read(Draft("04-long-thread-outlook.eml"));

        draft.Parts.OwnText.Should().NotContain("firmware");
        draft.Parts.CustomerMessage.Should().NotContain("firmware").And.NotContain("Restart", "older messages are not the customer's last one");
        draft.Parts.QuotedThread.Should().Contain("firmware 4.2.1");
    }

    [Fact]
    public void Latin1_draft_decodes_accented_names_in_body_and_headers()
    {
        var draft = DraftReader.Read(Draft("05-latin1-accents.eml"));

        draft.Subject.Should().Be("Re: Réservation annulée");
        draft.To.Should().Contain("José Müller");
        draft.Parts.OwnText.Should().Contain("Hôtel Bellevue in\nZürich");
        draft.Parts.Signature.Should().Contain("Renée Lefèvre · Guest Relations");
    }

    [Fact]
    public void Draft_without_quote_keeps_its_in_reply_to()
    {
        var draft = DraftReader.Read(Draft("06-in-reply-to-receipt.eml"));

        draft.InReplyTo.Should().Be("maria-exchange-1@example.it");
        draft.Parts.CustomerMessage.Should().BeNull();
    }

    [Fact]
    public void File_that_is_not_a_message_is_reported_with_its_path()
    {
        using var folder = new TemporaryFolder();
        var path = folder.Combine("broken.eml");
        File.WriteAllBytes(path, [0x00, 0x01, 0x02, 0xFF]);

        var read = () => DraftReader.Read(path);

        read.Should().Throw<DraftException>().Which.Message.Should().StartWith(path + ":");
    }

    [Fact]
    public void Draft_with_only_a_quote_is_reported_as_not_written_yet()
    {
        using var folder = new TemporaryFolder();
        var path = folder.Combine("empty.eml");
        File.WriteAllText(path, "Subject: Re: x\r\nContent-Type: text/plain\r\n\r\nOn Mon, Dana wrote:\r\n> Hello?\r\n");

        var read = () => DraftReader.Read(path);

        read.Should().Throw<DraftException>().WithMessage($"{path}: has only quoted text*");
    }
}
