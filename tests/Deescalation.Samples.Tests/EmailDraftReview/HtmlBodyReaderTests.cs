using EmailDraftReview;
using FluentAssertions;
using Xunit;

namespace Deescalation.Samples.Tests.EmailDraftReview;

public class HtmlBodyReaderTests
{
    [Fact]
    public void Gmail_html_splits_signature_and_quote_and_decodes_entities()
    {
        var parts = HtmlBodyReader.Split(
            "<html><head><style>p{margin:0}</style></head><body><div dir=\"ltr\"><p>Hello Tom,</p><p>It&#39;s on its way &amp; tracked.</p>"
            + "<div class=\"gmail_signature\">Priya<br>Support</div></div>"
            + "<div class=\"gmail_quote\"><div class=\"gmail_attr\">On Mon, Tom wrote:<br></div>"
            + "<blockquote class=\"gmail_quote\"><div>Where is   my <b>parcel</b>?</div><blockquote>Older message</blockquote></blockquote></div></body></html>");

        parts.OwnText.Should().Be("Hello Tom,\n\nIt's on its way & tracked.");
        parts.Signature.Should().Be("Priya\nSupport");
        parts.QuotedThread.Should().Contain("On Mon, Tom wrote:").And.Contain("Older message");
        parts.CustomerMessage.Should().Be("Where is my parcel?");
    }

    [Fact]
    public void Outlook_html_thread_after_divRplyFwdMsg_is_not_own_text()
    {
        var parts = HtmlBodyReader.Split(
            "<div>Done, Chris.</div><hr><div id=\"divRplyFwdMsg\"><b>From:</b> Chris<br><b>Sent:</b> Tuesday</div><div>It still drops.</div>");

        parts.OwnText.Should().Be("Done, Chris.");
        parts.QuotedThread.Should().Contain("It still drops.");
    }

    [Fact]
    public void Script_and_style_content_is_never_text()
    {
        var parts = HtmlBodyReader.Split("<style>.x{color:red}</style><script>alert(1)</script><p>Plain words.</p>");

        parts.OwnText.Should().Be("Plain words.");
    }

    [Fact]
    public void Plain_signature_separator_inside_html_is_honoured()
    {
        var parts = HtmlBodyReader.Split("<div>All sorted.</div><div>-- <br>Sam Ortiz</div>");

        parts.OwnText.Should().Be("All sorted.");
        parts.Signature.Should().Contain("Sam Ortiz");
    }
}
