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
    [InlineData("We don't like to hear this, Chris. Did you report the damage?", true)]
    [InlineData("We'd love the chance to turn things around for you. Please DM us.", true)]
    [InlineData("We don't like to keep you waiting, so the parcel ships today.", false)]
    [InlineData("What did we do to make you feel this way, and how can we fix it?", true)]
    [InlineData("That's troubling to hear. Please send us the details.", true)]
    [InlineData("We never want you to feel this way.", true)]
    [InlineData("This will make you feel right at home.", false)]
    [InlineData("We would never want to leave that impression. What's going on?", true)]
    [InlineData("I hate that this happened. Can you tell us what's going on?", true)]
    [InlineData("That sure isn't the record we want to have with you.", true)]
    [InlineData("We understand wanting to get your charger working again.", true)]
    [InlineData("Kindly be patient as the issue is being looked into. All inconveniences regretted.", true)]
    [InlineData("Congrats on getting married! That's a fantastic deal!", true)]
    [InlineData("We take this very seriously. Please send us a DM with your email address.", true)]
    [InlineData("If there's a specific experience that made you feel unhappy with us, please let me know.", true)]
    [InlineData("Hi there Debbie, I can totally see your concern. Can you DM us your full name?", true)]
    [InlineData("¡Oh, no! Dinos, ¿qué es lo que está pasando?", true)]
    [InlineData("You can see your order history in the app.", false)]
    [InlineData("Hi Ian, this does look rather strange that these are on sale and there is no deal.", true)]
    [InlineData("Hi, I can see that your request has been assigned to a specialist.", false)]
    [InlineData("What has you feeling this way? We would love to assist you.", true)]
    [InlineData("I can see why that would be annoying. A specialist has your request.", true)]
    [InlineData("We can imagine that this came as a shock.", true)]
    [InlineData("Thanks for your patience. We should have an update by 5 pm.", false)]
    [InlineData("I am glad we were able to get things sorted out for you.", true)]
    [InlineData("We understand the importance of your package and appreciate your patience.", true)]
    [InlineData("We understand the terms of your package.", false)]
    [InlineData("Glad to hear it's working now! Enjoy the show.", true)]
    [InlineData("We'd be glad to help with your booking.", false)]
    [InlineData("That shouldn't be the case, Jenell! Which shows are you seeing this with?", true)]
    [InlineData("It shouldn't be happening. What device are you on?", true)]
    [InlineData("It shouldn't be a problem to change the date.", false)]
    [InlineData("What you're reporting should not be the case. Please reach out to our team.", true)]
    [InlineData("Hi there, that's very strange indeed. Can you let me know which store this was at?", true)]
    [InlineData("How odd! Which app version are you on?", true)]
    [InlineData("It's unusual for a parcel to take this long, so please DM us the tracking number.", false)]
    [InlineData("Strange things can happen with old browsers; please update yours.", false)]
    [InlineData("Totally understand you want this sorted today. I've refunded the duplicate charge.", true)]
    [InlineData("Hi Jo, I appreciate not receiving the delivery must have been inconvenient.", true)]
    [InlineData("Waiting in that queue must be exhausting; I've booked you the 9 am slot.", true)]
    [InlineData("Your new password must be hard to guess and at least 12 characters long.", false)]
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
    [InlineData("H there! We'd like to work with you on this.", "We'd like")]
    [InlineData("Over there, the desk can help.", "Over there")]
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
    [InlineData("Your new update sucks. Can I downgrade?", true)]
    [InlineData("Really not impressed with the delivery.", true)]
    [InlineData("Waited in for nothing #fail", true)]
    [InlineData("Was told I'd receive a full refund - NOT HAPPENED!", true)]
    [InlineData("Thanks for taking 3 weeks to install my internet", true)]
    [InlineData("no forks in the bag 😡", true)]
    [InlineData("THANK YOU!!! You are the MVP!!!", false)]
    [InlineData("HELP! The app won't load!", false)]
    [InlineData("Still waiting on the parcel. It says out for delivery.", false)]
    [InlineData("I can't get through to anyone. Is there a live person I can talk to?", true)]
    [InlineData("Please get your act together and fix the app.", true)]
    [InlineData("If you can't do anything then why bother replying.", true)]
    [InlineData("Upgraded to economy plus and no seat. What did I pay for?", true)]
    [InlineData("Last time I fly with you lot.", true)]
    [InlineData("Staff chatting while we queue. Thanks, can't wait to switch", true)]
    [InlineData("Huge delays again #thanksnothanks", true)]
    [InlineData("No it's fine now, I managed to sort it out.", false)]
    [InlineData("Thank you for taking my issue seriously.", false)]
    [InlineData("No thank you for taking it seriously 😊 here's hoping the store is back to normal soon!", false)]
    [InlineData("Thx. Dropbox prompts for an sms code, useless with no signal. U2F != signal.", false)]
    [InlineData("Please confirm the shop has it today so I don't have to travel for nothing.", false)]
    [InlineData("Waited in all day for nothing. Nobody came.", true)]
    [InlineData("We went to see the show for a second time. It was as much fun as yesterday, and I still got teary-eyed.", false)]
    [InlineData("This is the third time the parcel has gone missing.", true)]
    [InlineData("HI! I have a flight tomorrow at 2 pm. Can I take an earlier one?", false)]
    [InlineData("Once it finally connects, my music player becomes unusable.", false)]
    [InlineData("It crashed again this morning. I'm super considering ditching you guys", true)]
    [InlineData("For the love of God what has your last update done to Word??", true)]
    [InlineData("I'm thinking about switching my plan to the unlimited one. What does it cost?", false)]
    [InlineData("I am writing to complain about the repair visit last week.", true)]
    [InlineData("I'm at the end of my tether with this boiler.", true)]
    [InlineData("I have been a loyal customer for ten years and I expect a full refund.", true)]
    [InlineData("I'm writing to ask about the repair visit next week.", false)]
    [InlineData("What is wrong with your webpage? It hangs and then locks me out.", true)]
    [InlineData("It's been months since I ordered and I'd love an update.", false)]
    [InlineData("Seriously, thank you so much for the help!", false)]
    [InlineData("Not helpful!", true)]
    [InlineData("Still not fixed!", true)]
    [InlineData("hi again! My live TV stream works everywhere except one channel.", false)]
    [InlineData("Best treat ever. Wish I were flying today instead of in two weeks!", false)]
    [InlineData("Desktop app still not working, but I got to see the easter egg so I'm ecstatic!", false)]
    [InlineData("Internet down, again. 7th time this month.", true)]
    [InlineData("5th late flight in the last 3 months.", true)]
    [InlineData("Your response does not answer my question.", true)]
    [InlineData("Why do I have to pay for something that was your guy's fault?", true)]
    [InlineData("I know it's not your fault, but can you check the order?", false)]
    [InlineData("Any self-respecting company would have issued a refund by now.", true)]
    [InlineData("Do u expect people to travel with a compass???", true)]
    [InlineData("Remind me to cancel my contract on 30th November please", false)]
    [InlineData("My bill has almost doubled from last month, why, no help by calling", true)]
    [InlineData("Still waiting, again", false)]
    [InlineData("Never did receive that call as promised.", true)]
    [InlineData("Like I said I've already tried to resolve this issue and after 4 months #tmobile screwed me", true)]
    [InlineData("Bangor (Gwynedd). I'm screwed.", false)]
    [InlineData("Why the frig can we not get an ETR????!?!?", true)]
    [InlineData("What's up with Groove being so utterly broken?", true)]
    [InlineData("The browsing speed in my area is very slow compared to the city.", false)]
    [InlineData("I've spoken with 2 techs... Neither called me back...", true)]
    [InlineData("One month later... still waiting for some come back from you", true)]
    [InlineData("Seems you guys don't care once money has changed hands", true)]
    [InlineData("The courier didn't even bother to knock my door or leave a note.", true)]
    [InlineData("3 different people have given 3 different answers and I still don't have my order.", true)]
    [InlineData("Just Facebook so far. I just go back and the second time it's not there", false)]
    [InlineData("This is the third time I've called about this.", true)]
    [InlineData("Oh fabulous!! 😁", false)]
    [InlineData("Fabulous! This is ridiculous. How can I get hold of them? I've already wasted an hour of my life on this", true)]
    [InlineData("I bought a camera & the sensor crapped out within 6 months.", true)]
    [InlineData("Need a promo code for my ride home #fucklyft #uber", false)]
    [InlineData("Can I scrap the old order and start again?", false)]
    [InlineData("It was not a full flight, so please none of these as an excuse! Thanks", true)]
    [InlineData("Thx. The update works with my keys now; the SMS code is useless without signal though.", false)]
    [InlineData("Okay. Thanks for trying. It must be frustrating for you guys as well.", false)]
    [InlineData("I've complained about this same issue 3 times.", true)]
    [InlineData("I've tried multiple times to download it.", false)]
    [InlineData("Any reason why I'm not even hitting 100? I'm not even getting a third of what I pay for.", true)]
    [InlineData("Why do you not have the sports channel? Is it coming?", false)]
    [InlineData("Which of these films is certified fresh on Rotten Tomatoes?", false)]
    [InlineData("Not with a satisfactory response, just speak to customer services and get nowhere!", true)]
    [InlineData("BOORITO TIME!", false)]
    [InlineData("No zombie horror crap please", false)]
    [InlineData("Anyone else having crap streaming quality tonight?", true)]
    [InlineData("The app needs to get their crap together with the episode list.", true)]
    [InlineData("She can't get through to you by phone or email. You should be contacting her, that's the point!", true)]
    [InlineData("how do u explain this???? Within 20 MNS 1gb gone???? Seriously?????", true)]
    [InlineData("I simply do not believe you and I am a highly educated person so please don't insult me", true)]
    [InlineData("The price went up while I paid. Tempted to go with Chiltern.", true)]
    [InlineData("I went to the store twice but they are just giving excuses. I do not believe you.", true)]
    [InlineData("Can you send me the insulated flask in blue?", false)]
    [InlineData("You've lost me as a customer", true)]
    [InlineData("Is it still chaos? What's the likelihood of the 20:07 departing on time?", false)]
    [InlineData("Total chaos at the station and nobody has told us anything.", true)]
    [InlineData("Congratulations, this is how you lose a customer before they even become one.", true)]
    [InlineData("I lost my phone on the train, can you help?", false)]
    [InlineData("So it's been over a month and I haven't heard a thing - what is going on?", true)]
    [InlineData("Tried it many times, but still failing with some shows.", true)]
    [InlineData("Still waiting for the engineer again.", false)]
    [InlineData("It's been over a month since I ordered, could you check?", false)]
    [InlineData("What do I wear for this party??? I'm too indecisive!!!", false)]
    [InlineData("I'm sorry, what? It's going to COST me $50 to transfer my points? This is ridiculous!!", true)]
    [InlineData("My phone erased all my emails twice in the past 24 hours. Wth???", true)]
    [InlineData("since the update your system doesn't work with paypal. F*** it, I'm taking taxis.", true)]
    [InlineData("**Note** my order number is in the subject line.", false)]
    [InlineData("And now we've arrived, 6 hours late without our luggage. Wonderful!", true)]
    [InlineData("Ok. Great. What time was the show again?", false)]
    [InlineData("Great airline. No fees to check bags, free drinks on board. Great stuff!", false)]
    [InlineData("Train your people. The online booking kicked me off twice.", true)]
    [InlineData("NEVER order from them online because they send defective items.", true)]
    [InlineData("I have never ordered from you before. How long does delivery take?", false)]
    [InlineData("I finally called support and they can't do anything until the trial ends.. thats crazy!", true)]
    [InlineData("That's crazy good value, I'll take two.", false)]
    [InlineData("My sync is stuck at 159 images uploading. How do I get sync working again?", false)]
    [InlineData("My sync is stuck again, third day in a row. Still not fixed.", true)]
    [InlineData("Spent the evening trying to fix it but still no luck, all from installing the update. Well done 👏", true)]
    [InlineData("Great job on the new app 👏", false)]
    [InlineData("There are 2 tickets, both no call backs. I was told they would call by Nov 1st. Still waiting.", true)]
    [InlineData("This is not the response I am expecting from such a big organisation, please get this done.", true)]
    [InlineData("You amateur, blaming children. Wankstains.", true)]
    [InlineData("I am 8 days without cell service because my phone is locked. End this crap concept!", true)]
    [InlineData("Is it standard practice to call your customers liars? Why are you still charging me?", true)]
    [InlineData("The update broke my touch screen and I can't go back to the old version.", false)]
    [InlineData("Great, another 'technical delay'. Love spending my birthday at Gate 14. Thanks so much.", true)]
    [InlineData("@Brand Wonderful, my order is late again. Thanks a lot.", true)]
    [InlineData("Great, thank you very much for your help.", false)]
    [InlineData("Great, the replacement arrived. The delay was no problem at all.", false)]
    [InlineData("URGENT my phone was stolen at the station, what do I do??", false)]
    [InlineData("HELP I think I've lost my wallet and my card is in it!!", false)]
    [InlineData("You have stolen £40 from my account. Give it back!", true)]
    [InlineData("Why does my phone not work ?! please fix this!!!", true)]
    [InlineData("You raised the price by 30% without telling anyone. Shady.", true)]
    [InlineData("The strap broke after five weeks. Pretty poor for a £180 watch.", true)]
    [InlineData("The new map crashes every time. Paid £60 for this broken mess.", true)]
    [InlineData("Hey man, who do you think the Cowboys will draft this year?", false)]
    [InlineData("My signal is poor in the kitchen, is there a booster?", false)]
    [InlineData("I'm in a car with the world's dumbest driver. You need to start checking these fools.", true)]
    [InlineData("Don't use them, sleazy sellers who take your money #sleazy #nolongercare", true)]
    [InlineData("Holding for over an hour and still nobody has answered.", true)]
    [InlineData("Is the 40 minutes route via the bridge still running?", false)]
    [InlineData("Why are you taking me for a ride? I keep restarting and it never connects.", true)]
    [InlineData("Another promise!", true)]
    [InlineData("You're missing my point. People tripped over the dog.", true)]
    [InlineData("They refuse to help me because they cannot validate the account.", true)]
    [InlineData("Here we are again. All my music gone. What makes it even better, it's my first day of holiday.", true)]
    [InlineData("Ugh! Is there a reason you disabled my replies to the complaint?", true)]
    [InlineData("Well played last night, what a match! Is the replay on the app?", false)]
    [InlineData("Can you promise the parcel arrives before Friday?", false)]
    [InlineData("Box was crushed when it arrived, the mug is fine tho but im kinda annoyed", false)]
    [InlineData("I'm a bit disappointed the colour is darker than the photo.", false)]
    [InlineData("Box was crushed and the mug is broken. Really annoyed.", true)]
    [InlineData("internet dropping every hour since monday. this ain't it", true)]
    [InlineData("the 'free upgrade' has a $35 activation fee?? be so fr", true)]
    [InlineData("your app charged me for a seat and never assigned it. love that for me", true)]
    [InlineData("y'all sent me an empty box. like literally empty. 🤡🤡", true)]
    [InlineData("been waiting on a chargeback for 60 days. zero updates. lowkey about to switch banks", true)]
    [InlineData("No, that's not it. What kinds of tea do you have?", false)]
    [InlineData("I need to switch carriers before cancelling to keep my number, right?", false)]
    [InlineData("The audacity of flight 1416 landing early tonight. No taxis yet!", false)]
    [InlineData("I still need the weekly sales report. I call every day about this.", true)]
    [InlineData("I call every day to check on my mum's order, it's a lovely service.", false)]
    [InlineData("Yeah, you keep saying that. Missing my train means nothing?", true)]
    [InlineData("Thanks team for another case number, hopefully this 8th case would sort the situation.", true)]
    [InlineData("3rd call to you hoping everything is sorted, should I be worried?", false)]
    [InlineData("It's obvious Opera isn't supported. Don't hide behind this excuse.", true)]
    [InlineData("I was forced to check my small suitcase. Plenty of space too. Fml", true)]
    [InlineData("I have to waste some of my money on another network now. I thought you were good.", true)]
    [InlineData("Shame on you and your company", true)]
    [InlineData("Does not appear that you are too concerned. I've heard zero from you!", true)]
    [InlineData("Forced at the gate to check my guitar and charged $25. Flight not full. WHY?", true)]
    [InlineData("I was forced to check my small suitcase. There was plenty of storage space too.", false)]
    [InlineData("My lock screen is messed up since the update, how do I reset it?", false)]
    [InlineData("I just got bad service, I assure you that you lost some 10 customers today.", true)]
    [InlineData("Absolute lack of proper use of technology, the app still can't show the upgrade list.", true)]
    [InlineData("You have closed my case without any attempt at a refund.", true)]
    [InlineData("Can I book without an account, or do I need one?", false)]
    [InlineData("Sorry doesn't cut it anymore. I hear lots of “sorry” onboard and not a lot of solution. I'd be embarrassed to treat guests like that.", true)]
    [InlineData("Sorry, I was rude earlier. The app is just not working for me.", false)]
    [InlineData("Sorry doesn't cut it. Third time this month.", true)]
    [InlineData("She handled this situation so poorly.", true)]
    [InlineData("Can't create an account on any browser. I give up.", true)]
    [InlineData("The offer plainly said $39.95 each. So much for customer loyalty.", true)]
    [InlineData("That is a weak reply, your staff are too scared to even attempt it.", true)]
    [InlineData("Crossing 30 min hold time. No response to DM.", true)]
    [InlineData("Is there a 20 min wait for the shuttle at night?", false)]
    [InlineData("I am not your customer, you are spamming me. Stop asking unrelated information.", true)]
    [InlineData("It's wiping my add-ons again and spamming me notifications about it. How do I stop it?", false)]
    [InlineData("Never mind, my isp is having problems. good to know, good job /sarcasm", true)]
    [InlineData("Oh good. That makes it all ok then!! Don't worry about the people who will now be late.", true)]
    [InlineData("Tried that and still doing the same. Sorry not tried the reset, will give it a go now.", false)]
    [InlineData("Sorry wasn't clear. I was charged twice again.", false)]
    [InlineData("Sorry can't find the receipt. I was charged twice again.", false)]
    [InlineData("Sorry didn't see your reply. Still not working, third time I've asked.", false)]
    [InlineData("\"Sorry for the rant earlier. I was charged twice again.\"", false)]
    [InlineData("Sorry isn't enough. Third time this month.", true)]
    [InlineData("I hear lots of «sorry» and no solution. Third time this month.", true)]
    public void Customer_upset(string customer, bool expected) =>
        Read("The refund is on its way.", customer).CustomerUpset.Should().Be(expected);

    [Theory]
    [InlineData("@491256 ...proper channels were followed. *ABN 2/2", true)]
    [InlineData("we consider it personal information. [3/3] ^SK", true)]
    [InlineData("(2/3) The refund is on its way.", true)]
    [InlineData("@116025 Please DM us your full name & we'll advise on this date for you. 2/2^ML", true)]
    [InlineData("Sorry for the wait. The refund is on its way. 1/2", false)]
    [InlineData("Your order from 2/3 is on its way.", false)]
    [InlineData("It arrives on 12/10, and the refund is on its way today.", false)]
    [InlineData("which store do you usually visit, so I can pass this on? - Georgina  (2)", true)]
    [InlineData("Pick option (2) on the next screen.", false)]
    [InlineData("@740710 to go over the LTE network). Some devices have this, such as the G6.", true)]
    [InlineData("@740710 thanks for waiting, the refund is on its way.", false)]
    [InlineData("@314496 fair for our customers. Our intention is to keep the channel. We appreciate your patience -cont...", true)]
    [InlineData("@314496 we're on it. Expect an email shortly.", false)]
    [InlineData("@314496 sorry about that. Your refund is on its way.", false)]
    [InlineData("@314496 your refund is on its way, expect an email soon", false)]
    [InlineData("@425472 pincode you can check on the product details page.2/2^RD", true)]
    [InlineData("@425472 We rated it 4.2/5 in our review.", false)]
    public void Later_part_of_a_split_reply(string reply, bool expected) => Read(reply).LaterPart.Should().Be(expected);

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

    [Theory]
    [InlineData("Claims are handled in the order they're received; you'll hear in due course.", "Could you tell me how claims are handled?", true)]
    [InlineData("Claims are handled in the order they're received; you'll hear in due course.", "Six weeks and no decision on my claim. Still waiting.", false)]
    [InlineData("Claims are handled in the order they're received; you'll hear in due course.", "Six weeks for a decision. This is ridiculous, you are a joke!", false)]
    public void A_transaction_word_is_no_routine_transaction_for_a_customer_in_trouble(string reply, string customer, bool expected) =>
        Read(reply, customer).RoutineTransaction.Should().Be(expected);

    [Theory]
    [InlineData("We'll have that out for you as soon as possible.", "Yes, that's it.", true)]
    [InlineData("Great, two seats are yours; they'll be emailed shortly.", "Two seats for the 7 pm show, please", true)]
    [InlineData("We'll have that out for you as soon as possible.", "Why hasn't my parcel arrived yet?", false)]
    [InlineData("We'll have that out for you as soon as possible.", "It still doesn't work.", false)]
    [InlineData("We'll have that out for you as soon as possible.", "Can you send me the manual?", false)]
    [InlineData("We'll have that out for you as soon as possible.", "Yes, that's it. Unacceptable, the worst wait ever!", false)]
    [InlineData("We'll have that out for you as soon as possible.", "I've forgotten my online banking password.", false)]
    [InlineData("We'll have that out for you as soon as possible.", "My card was stolen last night.", false)]
    [InlineData("We'll have that out for you as soon as possible.", "The screen arrived cracked.", false)]
    [InlineData("We'll have that out for you as soon as possible.", "My fridge is leaking everywhere.", false)]
    public void A_calm_go_ahead_makes_a_routine_transaction(string reply, string customer, bool expected) =>
        Read(reply, customer).RoutineTransaction.Should().Be(expected);

    [Theory]
    [InlineData("What types of tea are available?", true)]
    [InlineData("Which sizes do you have?", true)]
    [InlineData("Which one is cheaper, the latte or the mocha", false)]
    [InlineData("My order is wrong. What are my options?", true)]
    public void A_customer_may_ask_for_a_list(string customer, bool expected) =>
        Read("We have three.", customer).CustomerAsksForChoices.Should().Be(expected);

    [Fact]
    public void The_same_message_text_is_weighed_once_and_a_new_one_again()
    {
        // One context for every reply, as on a thread: the prepared message is kept for a message of the same text
        // (another string), and read again for any other.
        var engine = new AnalysisEngine(new DeescalationOptions());
        var context = new RuleContext(engine);
        const string Upset = "Unacceptable, the worst service ever";
        bool UpsetFor(string message)
        {
            var text = ReplyText.Rent();
            text.Prepare("The refund is on its way.", engine.Lexicon.Tokenizer);
            context.Reset(text, new ReplyContext { CustomerMessage = message });
            engine.Matcher.Match(text, context.Matches);
            context.Signals.Read(context);
            return context.Signals.CustomerUpset;
        }

        UpsetFor(Upset).Should().BeTrue();
        UpsetFor(new string(Upset.ToCharArray())).Should().BeTrue();
        UpsetFor("Can you send me the manual, please?").Should().BeFalse();
        UpsetFor("Can you send me the manual, please!").Should().BeFalse();
        UpsetFor(new string(Upset.ToCharArray())).Should().BeTrue();
        context.PrepareCustomer().Text.Should().Be(Upset);
    }

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
