using System.Linq;
using Deescalation.Analysis;
using Deescalation.Tests.Corpus;
using Deescalation.Text;
using FluentAssertions;
using Xunit;

namespace Deescalation.Tests.Analysis;

/// <summary>
/// The cheap scan that proves a customer's message calm without preparing it (<see cref="CalmMessageScan"/>): it may
/// leave a calm message to the full path, but must never call calm a message the full path weighs as upset.
/// </summary>
public class CalmMessageScanTests
{
    private static readonly AnalysisEngine Engine = new(new DeescalationOptions());

    public static TheoryData<string> HardCases => new()
    {
        // Phrases, strong and mild, whole and split by contractions, with and without apostrophes.
        "This is the third time it arrived broken. Unacceptable",
        "I'm so done with this",
        "I’m done with this company",
        "i am finished with you",
        "Don't tell me to restart it again",
        "dont tell me to restart it",
        "I cant even get a hold of anyone",
        "I cannot get hold of anyone, still waiting",
        "Still waiting, again",
        "still haven't heard a thing and it's been weeks",
        "still havent heard anything, been weeks",
        "It still doesn’t work and nobody has called",
        "wont be using you again",
        "won't be flying with you again",
        "Thanks for nothing",
        "thank you very much for nothing",
        "what the f",
        "That's the 2nd time this week",
        "My bill has almost doubled from last month, why, no help by calling",
        "Never did receive that call as promised.",
        "Why do I have to pay for something that was your guy's fault?",
        "How is this acceptable",
        "how's that fair",
        "Your response does not answer my question.",
        // Capitals: shouting, acronyms, a contraction in capitals, a name.
        "You charged me twice AGAIN.",
        "WHERE IS MY PARCEL",
        "I DON'T CARE",
        "CAN'T log in",
        "My TV and the UK ISP box are fine",
        "The BACKCOUNTRY order arrived",
        "\u212Aeep getting errors",
        // Marks: "!", "???", hashtags, emoji.
        "Unacceptable!",
        "Plz help! !",
        "Do u expect people to travel with a compass???",
        "Where is my order? ?",
        "#fail",
        "loving the new #graphiccardfailure",
        "#notimpressed with the update",
        "the app again 😡",
        "ok 🙄",
        "thanks 🙏",
        // Placeholders, markup, addresses and quoted text.
        "[Agent Name] said it would be fixed, still nothing",
        "Hi {{first_name}}, furious about this",
        "%NAME% was rude",
        "<b>furious</b> with the service",
        "https://example.com/stillwaiting/furious is the page",
        "email me at furious@example.com",
        "@AppleSupport @furious still broken",
        "you said \"unacceptable\" yourself",
        "> Unacceptable, the worst service\nOn Mon, Sam wrote:",
        "Hi,\n\nThe parcel came.\n\nThanks,\nSam\n--\nSent from my furious phone",
        "the rip-off price",
        "a run-around",
        "mix-up with my order",
        // Calm messages, which the scan should prove calm.
        "Could you tell me when the store opens?",
        "Can you send me the manual?",
        "Yes, that's it.",
        "My iPhone is on 11.1.2, and my watch is on 4.1.",
        "Sorry for the angry email earlier. Any news on the refund?",
        "Which sizes do you have?",
        "I’ve restarted both, also un-paired then re-paired the watch.",
    };

    [Theory]
    [MemberData(nameof(HardCases))]
    public void Never_calls_an_upset_message_calm(string message) => Check(message);

    [Fact]
    public void Agrees_with_the_full_path_over_the_test_corpora()
    {
        foreach (var reply in LabelledReply.Corpus.Where(r => r.CustomerMessage is not null))
        {
            Check(reply.CustomerMessage!);
        }
    }

    [Theory]
    [InlineData("When does the store open?")]
    [InlineData("Can you send me the manual?")]
    [InlineData("Yes, that's it.")]
    [InlineData("My iPhone is on 11.1.2, and my watch is on 4.1.")]
    [InlineData("I’ve restarted both, also un-paired then re-paired the watch.")]
    [InlineData("Which sizes do you have?")]
    public void Proves_a_plain_question_calm(string message) => Scan(message).Should().BeTrue();

    [Theory]
    [InlineData("This is the third time it arrived broken. Unacceptable")]
    [InlineData("I'm so done with this")]
    [InlineData("dont tell me to restart it")]
    [InlineData("You charged me twice AGAIN.")]
    [InlineData("Plz help! !")]
    [InlineData("ok 🙄")]
    [InlineData("#notimpressed with the update")]
    [InlineData("Still waiting, again")]
    public void Leaves_a_message_with_signs_of_anger_to_the_full_path(string message) => Scan(message).Should().BeFalse();

    [Fact]
    public void Is_useful_with_the_default_rows()
    {
        // A row with no word to wait for would make every message go the full path.
        Scan("When does the store open?").Should().BeTrue();
    }

    private static void Check(string message)
    {
        var weight = Weigh(message);
        if (Scan(message))
        {
            weight.Should().BeLessThan(SignalDetector.UpsetThreshold, $"the scan called \"{message}\" calm");
        }
    }

    private static bool Scan(string message)
    {
        var context = new RuleContext(Engine);
        return Engine.Signals.CannotBeUpset(context, message);
    }

    private static int Weigh(string message)
    {
        var context = new RuleContext(Engine);
        var empty = ReplyText.Rent();
        empty.Prepare(string.Empty, Engine.Lexicon.Tokenizer);
        context.Reset(empty, new ReplyContext { CustomerMessage = message });
        return Engine.Signals.UpsetWeight(context);
    }
}
