using System.Text;

namespace Deescalation.Benchmarks;

/// <summary>
/// Replies written for the benchmarks (none comes from the corpus): a chat line, a typical email and a long email
/// that quotes the thread below it, each in a clean and a risky version, plus the customer messages they answer.
/// </summary>
internal static class SampleReplies
{
    /// <summary>About 20 words, the way a chat agent answers.</summary>
    public const string ShortChatClean =
        "Thanks for waiting, Sam. I've refunded the duplicate charge of $14.99, and it will show on your card within 3 business days.";

    /// <summary>About 20 words: a patronizing apology cancelled by "but", blame and shouting.</summary>
    public const string ShortChatRisky =
        "I'm sorry you feel that way, but policy is policy. You should have read the terms before ordering!!!";

    /// <summary>About 120 words: acknowledges, owns the step, names dates and a reference.</summary>
    public const string TypicalEmailClean =
        "Hi Priya,\n\n" +
        "Thank you for letting us know about the late delivery, and I'm sorry the parcel did not arrive on Tuesday as we " +
        "promised. I checked with the courier this morning: the package was held at the Leeds depot because its label " +
        "was damaged in transit. They have reprinted the label and it is on today's van, so it should reach you by 6 pm " +
        "tomorrow. I have also refunded the £4.95 express shipping charge to your Visa card ending 4421; the refund " +
        "reference is RF-20931 and it usually appears within three to five working days. If the parcel is not with you " +
        "by Thursday evening, reply to this email and I will send a replacement the same day.\n\n" +
        "Kind regards,\nDaniel\nCustomer Care Team";

    /// <summary>About 120 words with something from nearly every category.</summary>
    public const string TypicalEmailRisky =
        "Hi Priya,\n\n" +
        "As I already explained in my last email, the delivery date is an estimate and not a guarantee. Unfortunately " +
        "there is nothing I can do about couriers, and you should have checked the tracking page before writing to us " +
        "again. We'll look into it soon and someone will get back to you. I guarantee this will never happen again, and " +
        "the parcel will arrive tomorrow, 100%. In the meantime you can wait for it, cancel the order, ask for a refund, " +
        "reorder with express shipping or call the courier yourself. Please calm down and stop emailing us about this!!! " +
        "It is NOT our responsibility once a parcel leaves the warehouse. That's just our policy. I'm sorry you feel that " +
        "way, but honestly it is a very simple process.\n\n" +
        "Regards,\nDaniel";

    /// <summary>The upset customer message the typical emails answer (drives missing-acknowledgement).</summary>
    public const string UpsetCustomerMessage =
        "This is the THIRD time I am writing about the same parcel!!! It was promised for Tuesday, nobody has told me " +
        "anything, and I want my money back or I am cancelling my account.";

    /// <summary>About 800 words: a clean reply on top of the quoted thread it answers.</summary>
    public static readonly string LongEmailClean = LongReplyClean + QuotedThread;

    /// <summary>About 800 words: a risky reply on top of the same quoted thread.</summary>
    public static readonly string LongEmailRisky = LongReplyRisky + QuotedThread;

    private const string LongReplyClean =
        "Hi Marcus,\n\n" +
        "Thank you for your patience while I looked into this, and I'm sorry that the replacement router we sent last " +
        "week has the same fault as the first one. That is two failed deliveries of the same part, and I understand " +
        "how much time it has cost you while you work from home.\n\n" +
        "Here is what I have done today. I have asked our warehouse to pull a unit from the new batch (serial numbers " +
        "starting RX7-24), which does not use the power board that failed in both of yours. It will leave on the 4 pm " +
        "collection and arrive on Friday before noon; the tracking number is 1Z 999 AA1 01 2345 6784. The courier will " +
        "collect the faulty unit when they deliver, so there is nothing to print or post. I have also applied a credit " +
        "of £30 to your account for the days without service, and it will appear on your next bill.\n\n" +
        "When the new router arrives, please plug it in and leave it for ten minutes while it updates its firmware. If " +
        "the power light is still flashing amber after that, call me directly on 0161 496 0123 (extension 4410) between " +
        "9 am and 5 pm, and I will arrange an engineer visit for the next working day.\n\n" +
        "Best wishes,\nAlina Novak\nTechnical Support\n\n";

    private const string LongReplyRisky =
        "Hi Marcus,\n\n" +
        "With all due respect, that's not true: we tested the replacement before it left and it worked perfectly. You " +
        "probably failed to follow the setup guide, which is obviously the problem here. As I already told you, these " +
        "routers are simple to install, so please relax, it's not a big deal. Unfortunately that's not my department " +
        "anyway, and there is nothing I can do about the courier either.\n\n" +
        "We'll look into it as soon as possible and someone will get back to you shortly. I promise this will NEVER " +
        "happen again, and I guarantee the next unit will work 100%. Until then you could reset the router, return it " +
        "for a refund, swap it for a cheaper model, wait for an engineer or contact the manufacturer yourself. You will " +
        "have to contact someone else about the credit, that's just our policy.\n\n" +
        "If the new one fails as well, you should have kept the receipt from the shop, because without it there is " +
        "really nothing more we can offer. No offense, but you're wrong about the neighbours too: their routers are " +
        "a different model, so comparing them makes no sense. The warehouse messed up the first delivery, not us.\n\n" +
        "I'm sorry if you feel let down. I'm sorry for any confusion. Sorry again!!\n\n" +
        "Regards,\nAlina\n\n";

    private static readonly string QuotedThread = BuildQuotedThread();

    private static string BuildQuotedThread()
    {
        const string customerSecond =
            "I am writing again because the replacement router you sent has exactly the same problem as the first " +
            "one. It powers on, the light flashes amber for a few minutes and then the connection drops every half " +
            "hour or so. I have followed every step in the setup guide, including the factory reset and the firmware " +
            "update, and I have tried both cables that came in the box. I work from home three days a week and I have " +
            "now lost most of two working days to this, sitting on the phone and waiting for deliveries. Your agent on " +
            "the phone told me the new unit would definitely fix it and that I would get a call back within a day, " +
            "and nobody called. I have been a customer for eight years and I have never had a problem like this " +
            "before, but I am now seriously considering moving to another provider. I would like to know what you are " +
            "going to do about it, whether I will be compensated for the days without a connection, and when I can " +
            "expect a router that actually works. Please do not send me another copy of the troubleshooting guide. " +
            "For what it is worth, the neighbours on either side are on the same exchange and have had no problems at " +
            "all, which is why I do not believe this is a fault on the line. I have also checked that nothing else " +
            "in the house is plugged into the master socket, and I have swapped the filter for a new one that I " +
            "bought myself. If an engineer needs to visit, I can be at home on Friday or Monday, but I need to know " +
            "the time window in advance because I will have to move meetings around it. I would also like the " +
            "reference number for this complaint so that I do not have to explain everything from the beginning " +
            "again the next time I call.";

        const string agentFirst =
            "Thank you for contacting us about your router. I'm sorry to hear that the connection keeps dropping. From " +
            "the line test I ran this afternoon the fault appears to be in the router itself rather than in the line " +
            "to your home, so I have arranged a replacement. It will be delivered within two working days, and the " +
            "courier will bring a returns bag for the old unit. When it arrives, please follow the quick start card " +
            "in the box; the router will update itself the first time it connects, which can take up to ten minutes. " +
            "If you have any questions in the meantime, just reply to this email and quote your case number, " +
            "CS-4471902.";

        const string customerFirst =
            "Hello, my internet has been dropping out several times a day since Monday. The router was installed " +
            "about two years ago and has been fine until now. I have restarted it many times and checked the cables. " +
            "The light on the front flashes amber and then goes green again after a few minutes, but by then any video " +
            "call I am on has been cut off. My account number is 20-8871-33. Can someone please look at this urgently? " +
            "I have important meetings every morning this week and I cannot keep dropping out of them. I have already " +
            "spent an hour on the phone to your helpline and was told to write in instead.";

        var builder = new StringBuilder();
        builder.Append("On Wed, 12 Mar 2025 at 08:41, Marcus Webb <marcus.webb@example.net> wrote:\n");
        AppendQuoted(builder, "> ", customerSecond);
        builder.Append(">\n> On Fri, 7 Mar 2025 at 16:02, Support <support@example.com> wrote:\n");
        AppendQuoted(builder, ">> ", agentFirst);
        builder.Append(">>\n>> On Thu, 6 Mar 2025 at 19:15, Marcus Webb <marcus.webb@example.net> wrote:\n");
        AppendQuoted(builder, ">>> ", customerFirst);
        return builder.ToString();
    }

    /// <summary>Wraps a paragraph at about 76 columns behind a quote prefix, as mail clients do.</summary>
    private static void AppendQuoted(StringBuilder builder, string prefix, string paragraph)
    {
        var lineLength = 0;
        builder.Append(prefix);
        foreach (var word in paragraph.Split(' '))
        {
            if (lineLength > 0 && lineLength + word.Length + 1 > 76)
            {
                builder.Append('\n').Append(prefix);
                lineLength = 0;
            }

            if (lineLength > 0)
            {
                builder.Append(' ');
                lineLength++;
            }

            builder.Append(word);
            lineLength += word.Length;
        }

        builder.Append('\n');
    }
}
