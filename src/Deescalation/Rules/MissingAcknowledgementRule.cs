using System;
using System.Collections.Generic;

namespace Deescalation;

/// <summary>
/// DEESC015: the customer is upset and the reply neither acknowledges it nor apologises. Guide 002: "Acknowledge
/// their feelings and validate their experience. Phrases like 'I understand your frustration' ... can go a long
/// way"; guide 003: "Acknowledge their frustration". Needs the customer's message: from
/// <see cref="ReplyContext.CustomerMessage"/>, else the quoted text in the reply.
/// </summary>
internal sealed class MissingAcknowledgementRule : ReplyRule
{
    public const int Acknowledgement = 1;
    public const int NextStep = 2;
    public const int StrongUpset = 3;
    public const int MildUpset = 4;

    private const string Opening = "I'm sorry for the trouble, and I understand how frustrating this has been. ";

    private static readonly PhraseEntry[] Table =
    {
        new("i (completely|totally|fully|really|absolutely|do)? (understand|get it|hear you)", kind: Acknowledgement),
        new("(i|we) (can|could) (completely|totally|fully|really|only)? (see|imagine|understand) (why|how|that|what)", kind: Acknowledgement),
        new("(i|we) (can|could) (completely|totally|fully|really|only)? (see|imagine|understand) (this|that|it) (is|was|has been|must be)", kind: Acknowledgement),
        new("(understandably|understandable|frustrating|frustration|frustrated|upsetting|infuriating|maddening|exasperating)", kind: Acknowledgement),
        new("(that|this|it) (sounds|must be|must have been|is|was|has been) (really|so|very|incredibly|truly|deeply)? (annoying|stressful|awful|terrible|difficult|hard|exhausting|disappointing|inconvenient|unacceptable|not good enough|not okay|not ok|not acceptable|not right|a hassle|a pain|worrying)", kind: Acknowledgement),
        new("(you are|you're|you were) (absolutely|completely|quite|totally|so|entirely|perfectly)? right", kind: Acknowledgement),
        new("right to (flag|raise|point|question|complain|contact|chase|query|ask)", kind: Acknowledgement),
        new("you have every right", kind: Acknowledgement),
        new("(thank you|thanks) (so much|very much)? for (your patience|bearing with|being patient|your understanding|sticking with|raising this|flagging this|letting us know|bringing this)", kind: Acknowledgement),
        new("i appreciate (your|how|that|you|this)", kind: Acknowledgement),
        new("not the experience", kind: Acknowledgement),
        new("(we|i) (do not|don't) want you (to feel|feeling|to have|to be)", kind: Acknowledgement),
        new("(oh no|uh oh|oh dear)", kind: Acknowledgement),
        new("(that is|that's|this is) (no fun|not fun|not what (we|i) want to hear|not good|not great|not ideal|not right)", kind: Acknowledgement),
        new("(concerned|saddened|sad|disappointed|upset|sorry|heartbreaking|heart breaking|awful|terrible|upsetting|frustrating) to (hear|see|read|learn)", kind: Acknowledgement),
        new("(we|i) (hear|understand) (you|your) (concern|concerns|frustration|point)?", kind: Acknowledgement),
        new("(please)? (excuse|forgive|pardon) (the|our|my|us|me) (delay|wait|mistake|error|confusion|trouble)?", kind: Acknowledgement),
        new("(i'd|i would|anyone would) (feel|be) (the same|frustrated|upset|annoyed)", kind: Acknowledgement),
        new("in your shoes", kind: Acknowledgement),
        new("(that|this|it) (should not|shouldn't) have happened", kind: Acknowledgement),
        new("we (let you down|dropped the ball|messed up|got this wrong|got it wrong|made a mistake|made an error)", kind: Acknowledgement),
        new("(this|that|it) (is|was) (not|n't) (on you|your fault)", kind: Acknowledgement),
        new("(none of this|this|it) is (not)? your fault", kind: Acknowledgement),
        new("(i|we) (have|had|'ve)? (just|now|already)? (refunded|sent|booked|arranged|escalated|attached|issued|processed|cancelled|canceled|rebooked|updated|credited|reset|waived|confirmed|added|applied|reversed|replaced|fixed|resolved|restored|reinstated|reactivated|reordered|dispatched|shipped|scheduled|raised|logged|opened|flagged|passed|corrected|upgraded|expedited|changed|removed|unlocked|released|approved)", kind: NextStep),
        new("(unacceptable|disgraceful|disgusting|ridiculous|outrageous|appalling|atrocious|pathetic|useless|terrible|horrible|awful|worst|furious|livid|fuming|angry|frustrated|frustrating|scam|ripoff|incompetent|shocking|disgusted|disgrace|unbelievable|infuriating|rude|liar|lied|lies|appalled|horrendous|dreadful|abysmal|shambles|nightmare|clowns|upset|annoyed)", kind: StrongUpset),
        new("(fed up|sick of|sick and tired|rip off|a joke|never again|waste of (time|money|my time)|legal action|my lawyer|trading standards|formal complaint|report you|take my business elsewhere|what the hell|how hard can it be|i demand|want my money back|not happy|very unhappy|extremely disappointed|so disappointed|really disappointed|yet again|wtf|on hold for)", kind: StrongUpset),
        new("(still waiting|still not|still no|still have not|still haven't|hate)", kind: MildUpset),
        new("(i|we) will never (shop|buy|use|order|fly|book|come|return|recommend|deal)", kind: StrongUpset),
        new("(i am|i'm) (so|completely|totally)? (done|finished) with", kind: StrongUpset),
        new("(speak|talk) to (a|your|the) (manager|supervisor|boss)", kind: StrongUpset),
        new("(don't|do not) tell me to", kind: StrongUpset),
        new("just fix (it|this)", kind: StrongUpset),
        new("(go|going|went|complain|complaining) to (my bank|the press|social media|the ombudsman|a lawyer|my lawyer|court|the regulator|trading standards)", kind: StrongUpset),
        new("(cancel|close) my (account|subscription|order|membership|contract|card)", kind: StrongUpset),
        new("(switching|switch|moving|going) to (a competitor|another)", kind: StrongUpset),
        new("(nobody|no one|noone) (has|is|cares|helped|responded|replied|answered|bothered|got back|called|listens|told|informed|contacted|warned|explained|let)", kind: StrongUpset),
        new("(second|third|fourth|fifth|3rd|4th|5th|several|multiple|umpteenth|hundredth) time", kind: StrongUpset),
        new("(three|four|five|six|several|multiple|many|countless|numerous) times", kind: MildUpset),
        new("(second|third|fourth|fifth|3rd|4th|5th) *2 (today|this week|this month|in a row|running)", kind: StrongUpset),
        new("(stolen|stole|steal|stealing|robbed|robbery|theft|fraud|fraudulent|rubbish|garbage|crap|trash|shocking|outrage|furious|disgraceful)", kind: StrongUpset),
        new("treated (so|this|very|really)? (badly|poorly|appallingly|terribly|like dirt|like rubbish)", kind: StrongUpset),
        new("(did not|didn't|never|failed to) (turn up|show up|show|arrive|come|call back|ring back)", kind: StrongUpset),
        new("(waited|waiting|wait) (in)? (all day|for hours|for weeks|for days|all morning|all afternoon)", kind: StrongUpset),
        new("for nothing", kind: StrongUpset),
        new("(ruined|ruin|dissatisfaction|dissatisfied|stressed|overdrawn|stranded|stuck|humiliated|embarrassed|insulting|insulted|cheated|misled|lied|disaster|catastrophe|unusable|chaos|shambolic|devastated|gutted|heartbroken|distraught|livid|fuming)", kind: StrongUpset),
        new("(how is|how's) (this|that|it) (acceptable|ok|okay|fair|allowed|possible)", kind: StrongUpset),
        new("(years|months|weeks|hours|days) of (work|data|photos|files|notes|progress) (gone|lost|deleted)", kind: StrongUpset),
        new("(cut off|cut me off|left me without|a complete mess|an absolute mess)", kind: StrongUpset),
        new("(what is|what's) the point", kind: StrongUpset),
        new("(thanks|thank you) (a lot|for nothing|very much for nothing)", kind: StrongUpset),
        new("(charged|billed) (me)? (twice|double|two times|three times)", kind: StrongUpset),
        new("(double|triple) (charged|billed)", kind: StrongUpset),
        new("(no|without) (warning|notice|explanation|apology)", kind: StrongUpset),
        new("(again|still|disappointed|unhappy|waiting|ignored|ignoring|complain|complaint|hours|weeks)", kind: MildUpset),
    };

    private static readonly string[] GreetingWords = { "hi", "hello", "hey", "dear", "good", "greetings", "hiya", "morning", "afternoon", "evening", "howdy" };
    private static readonly string[] ThanksWords = { "thank", "thanks", "appreciate", "grateful" };
    private static readonly string[] PositiveWords = { "fun", "love", "loved", "great", "amazing", "awesome", "happy", "enjoyed", "enjoy", "wonderful", "fantastic", "brilliant", "excellent", "perfect", "glad" };

    private WordSet _greetings;
    private WordSet _thanks;
    private WordSet _positive;
    private WordTableSet _acronymLike = null!;
    private WordTableSet _english = null!;

    public override IReadOnlyList<DiagnosticDescriptor> Descriptors { get; } = new[] { RuleCatalog.MissingAcknowledgement };

    public override IEnumerable<PhraseEntry> Phrases => Table;

    public override IEnumerable<string> Words => Join(GreetingWords, ThanksWords, PositiveWords);

    public override void Initialize(Lexicon lexicon)
    {
        _greetings = lexicon.Set(GreetingWords);
        _thanks = lexicon.Set(ThanksWords);
        _positive = lexicon.Set(PositiveWords);
        _english = new WordTableSet(ShoutingRule.EnglishWords);
        _acronymLike = new WordTableSet(ShoutingRule.Acronyms);
    }

    public override void Analyze(RuleContext context)
    {
        if (!context.IsEnabled(RuleCatalog.MissingAcknowledgement))
        {
            return;
        }

        var message = context.Context?.CustomerMessage;
        var hasMessage = !string.IsNullOrWhiteSpace(message);
        if ((!hasMessage && context.Reply.Quoted.Count == 0) || Acknowledges(context))
        {
            return;
        }

        if (!hasMessage)
        {
            message = context.Reply.QuotedText();
        }

        if (!IsUpset(context, message!))
        {
            return;
        }

        var insertAt = OpeningPosition(context);
        var span = new TextSpan(insertAt, 0);

        // "Hi Sam, the refund ..." continues in lower case: join with a semicolon rather than start a sentence.
        var opening = insertAt < context.Text.Length && char.IsLower(context.Text[insertAt]) ? Opening.TrimEnd().TrimEnd('.') + "; " : Opening;
        context.Report(
            RuleCatalog.MissingAcknowledgement,
            span,
            "The customer is upset and the reply neither acknowledges it nor apologises; open with an acknowledgement.",
            new Fix("Open with an acknowledgement", new[] { new TextEdit(span, context.ApostrophesLike(opening)) }));
    }

    /// <summary>Whether the agent's text apologises or acknowledges the customer's feelings.</summary>
    public static bool Acknowledges(RuleContext context)
    {
        var tokens = context.Tokens;
        for (var i = 0; i < context.TokenCount; i++)
        {
            if (context.Common.Apologies.Contains(tokens[i].Id))
            {
                return true;
            }
        }

        return HasMatch(context, Acknowledgement);
    }

    public static bool HasMatch(RuleContext context, int kind)
    {
        foreach (var match in context.Matches)
        {
            var entry = context.Entries[match.Entry];
            if (entry.Kind == kind && entry.Owner is MissingAcknowledgementRule)
            {
                return true;
            }
        }

        return false;
    }

    public bool Thanks(RuleContext context)
    {
        for (var i = 0; i < context.TokenCount; i++)
        {
            if (_thanks.Contains(context.Tokens[i].Id))
            {
                return true;
            }
        }

        return false;
    }

    private bool IsUpset(RuleContext context, string message)
    {
        var customer = context.PrepareCustomerMessage(message);
        var tokens = customer.Tokens;
        var weight = 0;
        var mild = 0;
        foreach (var match in context.CustomerMatches)
        {
            var entry = context.Entries[match.Entry];
            if (entry.Owner is MissingAcknowledgementRule)
            {
                weight += entry.Kind == StrongUpset ? 2 : 0;
                mild += entry.Kind == MildUpset ? 1 : 0;
            }
        }

        // "again" twice is still one mild signal.
        weight += mild > 0 ? 1 : 0;
        var shouted = 0;
        var words = 0;
        var capitals = 0;
        var bangs = 0;
        var positive = 0;
        for (var i = 0; i < customer.TokenCount; i++)
        {
            ref readonly var token = ref tokens[i];
            if (token.Is(TokenFlags.Punct) && token.Length >= 2 && customer.Text.IndexOf('!', token.Start, token.Length) >= 0)
            {
                // A run of "!" is a hint of anger, not proof: excitement uses it too ("costume!!!").
                bangs++;
            }
            else if (context.Common.Apologies.Contains(token.Id))
            {
                // "Sorry for the rant earlier": a customer who apologises has calmed down.
                weight -= 2;
            }
            else if (_thanks.Contains(token.Id) || _positive.Contains(token.Id))
            {
                positive++;
            }
            else if (token.Is(TokenFlags.AllUpper) && !token.Is(TokenFlags.HasDigit) && token.Length >= 2 &&
                     !_acronymLike.Contains(customer.Text.AsSpan(token.Start, token.Length)) && _english.Contains(customer.Text.AsSpan(token.Start, token.Length)))
            {
                shouted++;
            }

            if (token.Is(TokenFlags.Word))
            {
                words++;
                if (token.Is(TokenFlags.AllUpper))
                {
                    capitals++;
                }
            }
        }

        // Capitals for emphasis ("charged me twice AGAIN") are a hint; many of them, or with other signs, anger.
        if (shouted > 0)
        {
            weight += shouted >= 3 && capitals * 2 < words ? 2 : 1;
        }

        weight += bangs > 1 ? 2 : bangs;
        weight -= positive > 2 ? 2 : positive;
        return weight >= 2;
    }

    private int OpeningPosition(RuleContext context)
    {
        var tokens = context.Tokens;
        if (context.TokenCount == 0)
        {
            return 0;
        }

        if (!_greetings.Contains(tokens[0].Id))
        {
            return tokens[0].Start;
        }

        // After "Hi Ray," or "Dear Ms Smith," (on its own line or not).
        for (var i = 1; i < context.TokenCount && i <= 6; i++)
        {
            if (tokens[i].Is(TokenFlags.LineStart) || tokens[i].Sentence != tokens[0].Sentence)
            {
                return tokens[i].Start;
            }

            if (tokens[i].Is(TokenFlags.Punct) && (tokens[i].Id == context.Common.Comma || context.Common.IsClauseBreak(tokens[i].Id)))
            {
                return i + 1 < context.TokenCount ? tokens[i + 1].Start : tokens[i].End;
            }
        }

        return tokens[0].Start;
    }
}
