using FluentAssertions;
using Xunit;

namespace Deescalation.Tests.Analysis;

/// <summary>The one splitter the analyzer, deesc and the e-mail sample share.</summary>
public class ReplyPartsTests
{
    [Fact]
    public void Gmail_style_reply_splits_into_own_text_signature_and_quote()
    {
        var parts = ReplyParts.Split(
            "Hi Dana,\n\nWe'll look into it soon.\n\nSam\n-- \nSam Ortiz | Care\n\nOn Mon, 3 Mar 2025 at 18:40, Dana <d@example.net> wrote:\n> Third time I ask!!\n> Dana\n");

        parts.OwnText.Should().Be("Hi Dana,\n\nWe'll look into it soon.\n\nSam");
        parts.SignatureText.Should().Be("-- \nSam Ortiz | Care");
        parts.ThreadText.Should().StartWith("On Mon, 3 Mar 2025").And.Contain("> Third time I ask!!");
        parts.CustomerMessage.Should().Be("Third time I ask!!\nDana");
    }

    [Fact]
    public void A_quote_below_a_signature_is_the_customer_message_the_analyzer_reads()
    {
        var reply = "Your replacement ships today.\n-- \nSam\n\nOn Mon, Dana wrote:\n> Third time it arrived broken. Unacceptable!!\n";

        var analysis = ReplyAnalyzer.Default.Analyze(reply);

        analysis.Diagnostics.Should().ContainSingle(d => d.Id == "DEESC015", "the quoted text under the signature is the customer's message");
    }

    [Fact]
    public void Wrapped_attribution_line_starts_the_thread()
    {
        var parts = ReplyParts.Split("Thanks, done.\n\nOn Mon, 3 Mar 2025 at 18:40, Dana Whitfield <dana.whitfield@example.net>\nwrote:\n\n> Where is it?\n");

        parts.OwnText.Should().Be("Thanks, done.");
        parts.ThreadText.Should().StartWith("On Mon, 3 Mar 2025");
        parts.CustomerMessage.Should().Be("Where is it?");
    }

    [Fact]
    public void Only_the_newest_quote_level_is_the_customer_message()
    {
        ReplyParts.Split("Done.\n\nOn Tue, Dana wrote:\n> Still broken.\n>\n> On Mon, Sam wrote:\n>> Please restart it.\n")
            .CustomerMessage.Should().Be("Still broken.");
    }

    [Fact]
    public void Outlook_blocks_give_the_newest_message_only()
    {
        var parts = ReplyParts.Split(
            "Chris,\n\nFixed.\n\n-----Original Message-----\nFrom: Chris <c@example.com>\nSent: Tuesday\nTo: Support\nSubject: RE: Router\n\nIt still drops.\nPlease escalate.\n\n-----Original Message-----\nFrom: Alex\nSent: Monday\n\nRestart it.\n");

        parts.OwnText.Should().Be("Chris,\n\nFixed.");
        parts.CustomerMessage.Should().Be("It still drops.\nPlease escalate.");
        parts.ThreadText.Should().Contain("Restart it.");
        ReplyParts.Split("Fixed.\n\n________________________________\nFrom: Chris <c@example.com>\nSent: Tuesday\nSubject: Router\n\nIt still drops.\n")
            .CustomerMessage.Should().Be("It still drops.");
    }

    [Fact]
    public void An_outlook_block_below_the_reply_is_the_customer_message_the_analyzer_reads()
    {
        // The block's header ("From: ... Subject: ...") once read as a thread inside the customer's message and hid it.
        const string Thread = "\n\n-----Original Message-----\nFrom: Mark Taylor <mark@example.com>\nSent: Monday, March 10, 2025 9:14 AM\n" +
                              "Subject: Late fee??\n\nThis is ridiculous. I paid on time and you charged me a late fee AGAIN.\n";

        ReplyAnalyzer.Default.Analyze("Hi Mark,\n\nThe fee was applied because the payment arrived after March 3." + Thread)
            .Diagnostics.Should().ContainSingle(d => d.Id == "DEESC015", "the customer below the header is upset and nothing acknowledges it");
        ReplyAnalyzer.Default.Analyze("Hi Mark,\n\nI'm sorry about the late fee; I have removed it." + Thread)
            .Diagnostics.Should().BeEmpty("the apology acknowledges it");
    }

    [Fact]
    public void A_notice_below_a_signature_block_is_part_of_the_signature()
    {
        const string Reply = "I have removed the fee.\n\nKind regards,\nJenna Li\nCustomer Care | ACME CORP\n\n" +
                             "CONFIDENTIALITY NOTICE: This e-mail and any attachments are confidential and intended solely for the addressee. " +
                             "If you are not the intended recipient, you must not read, copy or act on it.";

        var parts = ReplyParts.Split(Reply);

        parts.OwnText.Should().Be("I have removed the fee.\n\nKind regards,");
        parts.SignatureText.Should().StartWith("Jenna Li").And.EndWith("act on it.");
        ReplyAnalyzer.Default.Analyze(Reply).Diagnostics.Should().BeEmpty("the notice's capitals are the company's, not the agent's");
    }

    [Fact]
    public void A_sentence_after_a_one_line_sign_off_is_still_the_agents()
    {
        // One short line is a name at most; a sentence after it means "Thanks," was no sign-off.
        var reply = "Your order is on its way.\nThanks,\nSam\nI'm sorry you feel that way, but the delivery date is only an estimate from the courier.";

        ReplyParts.Split(reply).Signature.IsEmpty.Should().BeTrue();
        ReplyAnalyzer.Default.Analyze(reply).Diagnostics.Should().Contain(d => d.Id == "DEESC001");
    }

    [Fact]
    public void A_rule_line_below_a_sign_off_opens_the_helpdesk_history()
    {
        const string Reply = "Your bag will be delivered by 23:00 tonight.\n\nMed vänliga hälsningar / Kind regards,\n\nErik Sandberg\nBaggage Services\n" +
                             "NORDFLYG AB\n\n====================\nTicket #7781204 | Status: Pending\n\n" +
                             "2026-03-09 22:14 UTC - Ingrid (web form)\nMy bag never arrived and nobody answers the phone. Unacceptable!\n";

        var parts = ReplyParts.Split(Reply);

        parts.OwnText.Should().Be("Your bag will be delivered by 23:00 tonight.\n\nMed vänliga hälsningar / Kind regards,", "a sign-off in two languages is one");
        parts.SignatureText.Should().Be("Erik Sandberg\nBaggage Services\nNORDFLYG AB");
        parts.ThreadText.Should().StartWith("=====");
        ReplyAnalyzer.Default.Analyze(Reply).Diagnostics.Should().ContainSingle(d => d.Id == "DEESC015",
            "the customer in the history below the rule line is upset");
    }

    [Fact]
    public void The_header_of_an_exported_message_is_not_the_agents_text()
    {
        const string Reply = "Subject: Re: Dashboards showing ERROR 403\nFrom: Support <support@example.com>\nTo: Sam <sam@example.org>\n\n" +
                             "Hi Sam,\n\nI'm sorry your team was locked out today. The cause was on our side, and it is fixed.";

        ReplyAnalyzer.Default.Analyze(Reply).Diagnostics.Should().BeEmpty();
        ReplyAnalyzer.Default.Analyze("Subject: Change\n\nYou MUST bring the receipt.").Diagnostics
            .Should().ContainSingle(d => d.Id == "DEESC012", "one line of header is no header block, and the body still shouts");
    }

    [Fact]
    public void An_indented_block_after_a_blank_line_is_quoted_text()
    {
        ReplyAnalyzer.Default.Analyze("Anyone outside the Admin group saw this:\n\n    ERROR 403: ACCESS DENIED\n    You do not have permission.\n\nIt is fixed now.")
            .Diagnostics.Should().BeEmpty();
        ReplyAnalyzer.Default.Analyze("Anyone outside the Admin group saw this:\n    PLEASE DO NOT REPLY.")
            .Diagnostics.Should().Contain(d => d.Id == "DEESC012", "an indented line right under a sentence is no block");
    }

    [Theory]
    [InlineData("Hi Ray,\nThank you!\nI checked your order.\nIt shipped today.\nUnfortunately the fee is non-refundable, that's our policy and there's nothing more I can do.", "DEESC011")]
    [InlineData("1.  Open the app and sign in.\n\n    Unfortunately that's our policy and there's nothing I can do.\n\n2.  Tap Reset.", "DEESC011")]
    [InlineData("\tDear Ray,\n\n\tUnfortunately that's our policy and there's nothing I can do.\n\n\tRegards,\n\tAnna", "DEESC011")]
    [InlineData("From: support@acme.com\nTo: ray@example.com\nSubject: Re: refund\n\nHi Ray, YOUR REFUND IS DENIED.", "DEESC012")]
    public void The_agents_own_text_is_not_taken_for_furniture(string reply, string expected)
    {
        // A long sentence after a "Thank you!" line is no notice; an indented list paragraph or tab-indented email is the
        // agent's; a header block is skipped, not the body under it.
        ReplyAnalyzer.Default.Analyze(reply).Diagnostics.Should().Contain(d => d.Id == expected);
    }

    [Fact]
    public void A_heading_underlined_after_a_thanks_line_opens_no_history()
    {
        const string Reply = "Your refund went through today.\nThanks\n\nWhat happens next\n==========\nThe money reaches your card in 3 days.";

        ReplyParts.Split(Reply).CustomerMessage.Should().BeNull();
        ReplyAnalyzer.Default.Analyze(Reply).Diagnostics.Should().BeEmpty("the agent's own text is no customer's message");
    }

    [Fact]
    public void An_indented_customer_message_is_still_read()
    {
        ReplyAnalyzer.Default.Analyze("We have refunded it.", new ReplyContext { CustomerMessage = "    This is ridiculous, you charged me twice!! Unacceptable." })
            .Diagnostics.Should().ContainSingle(d => d.Id == "DEESC015");
    }

    [Fact]
    public void A_sign_off_starts_the_signature()
    {
        var parts = ReplyParts.Split("The refund is on its way.\n\nKind regards,\nSam Ortiz\nCustomer Care");

        parts.OwnText.Should().Be("The refund is on its way.\n\nKind regards,");
        parts.SignatureText.Should().Be("Sam Ortiz\nCustomer Care");
        parts.CustomerMessage.Should().BeNull();
    }

    [Theory]
    [InlineData("Thanks.\nI'm sorry you feel that way.")]
    [InlineData("Thank you.\n\nI'm sorry you feel that way.")]
    [InlineData("Thanks for waiting.\nBest\nI'm sorry you feel that way, but the delivery date is only an estimate from the courier.")]
    public void A_sign_off_word_that_opens_the_reply_or_precedes_a_sentence_does_not_hide_the_rest(string reply)
    {
        ReplyAnalyzer.Default.Analyze(reply).Diagnostics.Should().Contain(d => d.Id == "DEESC001");
        ReplyParts.Split(reply).Signature.IsEmpty.Should().BeTrue();
    }

    [Theory]
    [InlineData("Just a reply.\nWith two lines.")]
    [InlineData("A reply mentioning On Monday we wrote: nothing.")]
    [InlineData("Prices went from 10 -- to 12 -- this year.")]
    public void A_reply_without_quote_or_signature_is_all_own_text(string body)
    {
        var parts = ReplyParts.Split(body);

        parts.OwnText.Should().Be(body);
        parts.Signature.IsEmpty.Should().BeTrue();
        parts.Thread.IsEmpty.Should().BeTrue();
        parts.CustomerMessage.Should().BeNull();
    }

    [Fact]
    public void Spans_are_offsets_into_the_original_text()
    {
        var text = "Hi,\r\nAll sorted.\r\n--\r\nSam\r\n";
        var parts = ReplyParts.Split(text);

        parts.OwnText.Should().Be("Hi,\r\nAll sorted.");
        text.Substring(parts.Signature.Start, parts.Signature.Length).Should().StartWith("--\r\nSam");
    }
}
