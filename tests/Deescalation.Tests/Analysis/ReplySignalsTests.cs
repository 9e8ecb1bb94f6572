using Deescalation.Analysis;
using Deescalation.Text;
using FluentAssertions;
using Xunit;

namespace Deescalation.Tests.Analysis;

/// <summary>The engine's signals, read once per reply from the language file's signal rows and classes.</summary>
public class ReplySignalsTests
{
    [Theory]
    [InlineData("I understand how annoying that is. A new one ships today.", true)]
    [InlineData("Sorry about that. A new one ships today.", true)]
    [InlineData("A new one ships today.", false)]
    [InlineData("We understand the terms apply to sale items.", false)]
    public void Acknowledgement(string reply, bool expected) => Read(reply).Acknowledges.Should().Be(expected);

    [Theory]
    [InlineData("I've sent a new label to your email.", true)]
    [InlineData("It ships on Monday.", true)]
    [InlineData("Let us know if you have questions.", false)]
    public void Next_step(string reply, bool expected) => Read(reply).NextStep.Should().Be(expected);

    [Theory]
    [InlineData("Hi Sam, the refund is on its way.", "the refund")]
    [InlineData("Dear Ms Smith,\nThe refund is on its way.", "The refund")]
    [InlineData("The refund is on its way.", "The refund")]
    [InlineData("Hi, Jenny! Kindly send us the order number.", "Kindly send")]
    [InlineData("Hello Ms Smith, We'll look into it.", "We'll look")]
    [InlineData("Hi Sam, The Night Bus runs late.", "The Night Bus")]
    public void Opening_position_follows_the_greeting(string reply, string startsWith)
    {
        var position = Read(reply).OpeningPosition;
        reply.Substring(position).Should().StartWith(startsWith);
    }

    [Theory]
    [InlineData("This is the third time it arrived broken. Unacceptable!", true)]
    [InlineData("You charged me twice AGAIN.", true)]
    [InlineData("Could you tell me when the store opens?", false)]
    [InlineData("Sorry for the angry email earlier. Any news on the refund?", false)]
    public void Customer_upset(string customer, bool expected) =>
        Read("The refund is on its way.", customer).CustomerUpset.Should().Be(expected);

    [Fact]
    public void No_customer_message_means_nothing_to_judge()
    {
        var signals = Read("The refund is on its way.");
        signals.HasCustomerMessage.Should().BeFalse();
        signals.CustomerUpset.Should().BeFalse();
    }

    [Fact]
    public void Quoted_text_stands_in_for_the_customer_message()
    {
        var signals = Read("The refund is on its way.\n\nOn Mon, Sam wrote:\n> Third time I've asked. Unacceptable!!");
        signals.HasCustomerMessage.Should().BeTrue();
        signals.CustomerUpset.Should().BeTrue();
    }

    [Theory]
    [InlineData("Your latte will be ready at the counter soon.", true)]
    [InlineData("Hope to see you again soon.", false)]
    public void Routine_transaction(string reply, bool expected) => Read(reply).RoutineTransaction.Should().Be(expected);

    private static ReplySignals Read(string reply, string? customer = null)
    {
        var engine = new AnalysisEngine(new DeescalationOptions());
        var context = new RuleContext(engine);
        var text = ReplyText.Rent();
        text.Prepare(reply, engine.Lexicon.Tokenizer);
        context.Reset(text, customer is null ? null : new ReplyContext { CustomerMessage = customer });
        engine.Matcher.Match(text, context.Matches);
        context.Signals.Read(context);
        return context.Signals;
    }
}
