using System;
using System.Collections.Generic;
using System.Globalization;
using Deescalation.Rules;
using Deescalation.Rules.Data;
using Deescalation.Text;

namespace Deescalation.Analysis;

/// <summary>
/// Computes <see cref="ReplySignals"/> from the language's signal phrases and classes (<c>rules/en/language.yaml</c>).
/// The phrases of the reply are matched with the rules' in one pass; those of the customer's message with a matcher
/// of their own, only when a rule asks whether the customer is upset. Immutable once built.
/// </summary>
internal sealed class SignalDetector
{
    private readonly LanguagePack _pack;
    private WordSet _greetings;
    private WordSet _greetingAddressees;
    private WordSet _thanks;
    private WordSet _positive;
    private WordSet _routine;
    private WordSet _courtesy;
    private WordSet _pleas;
    private WordSet _secondPerson;
    private WordSet _trouble;
    private WordSet _restoring;
    private WordSet _apologySubjectVerbs;
    private WordSet _hedges;
    private WordSet _hedgeQuantities;
    private WordSet _hedgeArticles;
    private WordSet _hedgeKinds;
    private WordSet _hedgeLinks;
    private WordSet _hedgeDeterminers;
    private WordSet _choiceQuestions;
    private WordSet _continuations;
    private WordTableSet _english = null!;
    private WordTableSet _acronyms = null!;
    private string[] _upsetStems = Array.Empty<string>();
    private string[] _neutralStems = Array.Empty<string>();
    private string[] _profanityStems = Array.Empty<string>();

    // By ASCII char, whether a profanity stem can start with it (case ignored): most words of a message start with none.
    // By a word's ASCII first char, the profanity stems that can start it (null: none); a word outside ASCII reads them all.
    private string[]?[] _profanityByFirstChar = new string[]?[128];

    // By a word's first two chars, both ASCII (the first times 128 plus the second, a bit each; the second is 0 in a word of
    // one char), whether a profanity stem may start the word: the bit is clear only where no stem can.
    private ulong[] _profanityPairs = new ulong[128 * 128 / 64];
    private string[] _upsetEmoji = Array.Empty<string>();
    private StringComparison[] _upsetEmojiComparisons = Array.Empty<StringComparison>();
    private string[] _sympathyEmoji = Array.Empty<string>();
    private StringComparison[] _sympathyEmojiComparisons = Array.Empty<StringComparison>();
    private string? _sympathyEmojiFirstChars = string.Empty;
    private string? _upsetEmojiFirstChars = string.Empty;
    private string[] _joyEmoji = Array.Empty<string>();
    private StringComparison[] _joyEmojiComparisons = Array.Empty<StringComparison>();
    private string? _joyEmojiFirstChars = string.Empty;
    private string[] _mockingEmoji = Array.Empty<string>();
    private StringComparison[] _mockingEmojiComparisons = Array.Empty<StringComparison>();
    private string? _mockingEmojiFirstChars = string.Empty;

    // The first chars of the joy, mocking and upset emoji, all searched ordinally (null when some is not, or is empty): a
    // message with none of them holds none of those emoji, and one search tells for the three lists.
    private string? _messageEmojiFirstChars = string.Empty;
    private byte[] _replyWordKinds = Array.Empty<byte>();

    // What a word of the reply says, by id, for the one lookup per token in Read.
    private const byte ApologyWord = 1;
    private const byte TimeWord = 2;
    private const byte ThanksWord = 4;
    private const byte RoutineWord = 8;

    // What a word of the customer's message says, by id, for UpsetWeight's loop over every token of every message.
    private byte[] _customerWordKinds = Array.Empty<byte>();
    private const byte CustomerApology = 1;
    private const byte CustomerThanks = 2;
    private const byte CustomerPositive = 4;
    private const byte CustomerNegation = 8;
    private const byte CustomerTrouble = 16;
    private const byte CustomerPlea = 32;
    private const byte CustomerGreeting = 64;
    private const byte CustomerAddress = 128;

    public SignalDetector(LanguagePack pack) => _pack = pack;

    /// <summary>The rows read in the reply (acknowledgement, next step), for the main matcher.</summary>
    public IEnumerable<PhraseEntry> ReplyRows
    {
        get
        {
            foreach (var row in _pack.Signals)
            {
                if (row.Signal is SignalKind.Acknowledgement or SignalKind.NextStep)
                {
                    yield return new PhraseEntry(row.Pattern) { Signal = row.Signal };
                }
            }
        }
    }

    /// <summary>The rows read in the customer's message (signs of anger), for the customer matcher.</summary>
    public IEnumerable<PhraseEntry> CustomerRows
    {
        get
        {
            foreach (var row in _pack.Signals)
            {
                if (row.Signal is SignalKind.StrongUpset or SignalKind.MildUpset)
                {
                    yield return new PhraseEntry(row.Pattern) { Signal = row.Signal };
                }
            }
        }
    }

    /// <summary>Words the detector looks up by id, for the word table.</summary>
    public IEnumerable<string> Words
    {
        get
        {
            foreach (var name in new[] { "greeting-words", "greeting-addressees", "thanks-words", "positive-words", "routine-words", "courtesy-words", "plea-words", "trouble-words", "choice-question-words", "continuation-openers", "second-person", "restoring-words", "hedge-words", "hedge-quantities", "hedge-articles", "hedge-kinds", "hedge-links", "hedge-determiners" })
            {
                foreach (var word in _pack.Class(name).Items)
                {
                    yield return word;
                }
            }
        }
    }

    public void Initialize(Lexicon lexicon, CommonWords common)
    {
        _greetings = lexicon.Set(_pack.Class("greeting-words").Items);
        _greetingAddressees = lexicon.Set(_pack.Class("greeting-addressees").Items);
        _thanks = lexicon.Set(_pack.Class("thanks-words").Items);
        _positive = lexicon.Set(_pack.Class("positive-words").Items);
        _routine = lexicon.Set(_pack.Class("routine-words").Items);
        _courtesy = lexicon.Set(_pack.Class("courtesy-words").Items);
        _pleas = lexicon.Set(_pack.Class("plea-words").Items);
        _secondPerson = lexicon.Set(_pack.Class("second-person").Items);
        _trouble = lexicon.Set(_pack.Class("trouble-words").Items);
        _restoring = lexicon.Set(_pack.Class("restoring-words").Items);
        _apologySubjectVerbs = lexicon.Set(_pack.Class("apology-subject-verbs").Items);
        _hedges = lexicon.Set(_pack.Class("hedge-words").Items);
        _hedgeQuantities = lexicon.Set(_pack.Class("hedge-quantities").Items);
        _hedgeArticles = lexicon.Set(_pack.Class("hedge-articles").Items);
        _hedgeKinds = lexicon.Set(_pack.Class("hedge-kinds").Items);
        _hedgeLinks = lexicon.Set(_pack.Class("hedge-links").Items);
        _hedgeDeterminers = lexicon.Set(_pack.Class("hedge-determiners").Items);
        _choiceQuestions = lexicon.Set(_pack.Class("choice-question-words").Items);
        _continuations = lexicon.Set(_pack.Class("continuation-openers").Items);
        _upsetStems = ToArray(_pack.Class("upset-hashtag-stems").Items);
        _neutralStems = ToArray(_pack.Class("neutral-hashtag-stems").Items);
        _profanityStems = ToArray(_pack.Class("profanity-stems").Items);
        _profanityByFirstChar = StemsByAsciiFirstChar(_profanityStems);
        _profanityPairs = StemPairs(_profanityByFirstChar);
        _upsetEmoji = ToArray(_pack.Class("upset-emoji").Items);
        _upsetEmojiComparisons = ComparisonsFor(_upsetEmoji);
        _sympathyEmoji = ToArray(_pack.Class("sympathy-emoji").Items);
        _sympathyEmojiComparisons = ComparisonsFor(_sympathyEmoji);
        _sympathyEmojiFirstChars = FirstCharsOfOrdinal(_sympathyEmoji, _sympathyEmojiComparisons);
        _upsetEmojiFirstChars = FirstCharsOfOrdinal(_upsetEmoji, _upsetEmojiComparisons);
        _joyEmoji = ToArray(_pack.Class("joy-emoji").Items);
        _joyEmojiComparisons = ComparisonsFor(_joyEmoji);
        _joyEmojiFirstChars = FirstCharsOfOrdinal(_joyEmoji, _joyEmojiComparisons);
        _mockingEmoji = ToArray(_pack.Class("mocking-emoji").Items);
        _mockingEmojiComparisons = ComparisonsFor(_mockingEmoji);
        _mockingEmojiFirstChars = FirstCharsOfOrdinal(_mockingEmoji, _mockingEmojiComparisons);
        _messageEmojiFirstChars = FirstCharsOfAllOrdinal(new[] { _joyEmoji, _mockingEmoji, _upsetEmoji }, new[] { _joyEmojiComparisons, _mockingEmojiComparisons, _upsetEmojiComparisons });
        _english = new WordTableSet(_pack.Class("everyday-words").Items);
        _acronyms = new WordTableSet(_pack.Class("acronyms").Items);
        _replyWordKinds = new byte[lexicon.Table.Count];
        for (var id = 1; id < _replyWordKinds.Length; id++)
        {
            var kind = common.Apologies.Contains(id) ? ApologyWord : 0;
            kind |= common.TimeWords.Contains(id) ? TimeWord : 0;
            kind |= _thanks.Contains(id) ? ThanksWord : 0;
            kind |= _routine.Contains(id) && !_courtesy.Contains(id) ? RoutineWord : 0;
            _replyWordKinds[id] = (byte)kind;
        }

        _customerWordKinds = new byte[lexicon.Table.Count];
        for (var id = 1; id < _customerWordKinds.Length; id++)
        {
            var kind = common.Apologies.Contains(id) ? CustomerApology : 0;
            kind |= _thanks.Contains(id) ? CustomerThanks : 0;
            kind |= _positive.Contains(id) ? CustomerPositive : 0;
            kind |= common.Negations.Contains(id) ? CustomerNegation : 0;
            kind |= _trouble.Contains(id) ? CustomerTrouble : 0;
            kind |= _pleas.Contains(id) ? CustomerPlea : 0;
            kind |= _greetings.Contains(id) ? CustomerGreeting : 0;
            kind |= _secondPerson.Contains(id) ? CustomerAddress : 0;
            _customerWordKinds[id] = (byte)kind;
        }
    }

    public void Read(RuleContext context, ReplySignals signals)
    {
        var tokens = context.Tokens;
        var count = context.TokenCount;
        // One table read per token: this loop reads every token of every reply.
        var kinds = _replyWordKinds;
        var found = 0;
        for (var i = 0; i < count; i++)
        {
            var id = tokens[i].Id;
            if ((uint)id < (uint)kinds.Length)
            {
                found |= kinds[id];
            }
        }

        var apology = (found & ApologyWord) != 0;
        var time = (found & TimeWord) != 0;
        var thanks = (found & ThanksWord) != 0;
        var routine = (found & RoutineWord) != 0;

        // A sad face from the agent ("😔 We don't have an email address") is informal recognition (categories.md).
        var acknowledgement = apology || HasSignal(context, SignalKind.Acknowledgement, 0, int.MaxValue) ||
                              ContainsAny(context.Text.AsSpan(), _sympathyEmoji, _sympathyEmojiComparisons, _sympathyEmojiFirstChars);
        var nextStep = time || HasSignal(context, SignalKind.NextStep, 0, int.MaxValue);
        var hasMessage = !string.IsNullOrWhiteSpace(context.Context?.CustomerMessage) || context.Reply.Quoted.Count > 0;
        signals.Set(apology, acknowledgement, nextStep, thanks, routine, OpeningPosition(context), hasMessage, IsLaterPart(context.Text) || OpensMidSentence(context));
    }

    /// <summary>
    /// Whether the reply marks itself as a later part of a split reply: a part number "k/n" with 1 &lt; k &lt;= n &lt;= 9
    /// at its start or end ("*ABN 2/2", "(3/3)", "[2/3] ..."), or an opening ellipsis that continues a sentence.
    /// </summary>
    internal static bool IsLaterPart(string text)
    {
        // After the handles a social reply opens with ("@491256 ...proper channels were followed").
        var trimmed = text.AsSpan().Trim();
        var social = trimmed.Length > 0 && trimmed[0] == '@';
        while (trimmed.Length > 0 && trimmed[0] == '@')
        {
            var space = trimmed.IndexOfAny(' ', '\n');
            trimmed = space < 0 ? ReadOnlySpan<char>.Empty : trimmed.Slice(space).TrimStart();
        }

        // "...", "…", and in a social post ">>" (or "&gt;&gt;", as its HTML gives it): carried on from the part before. In
        // an e-mail ">>" opens a quote. A social post that opens "*a real" corrects the post before it.
        if (trimmed.StartsWith("...".AsSpan(), StringComparison.Ordinal) || trimmed.StartsWith("\u2026".AsSpan(), StringComparison.Ordinal) ||
            (social && (trimmed.StartsWith(">>".AsSpan(), StringComparison.Ordinal) || trimmed.StartsWith("&gt;&gt;".AsSpan(), StringComparison.Ordinal) ||
                        (trimmed.Length > 1 && trimmed[0] == '*' && char.IsLower(trimmed[1])))))
        {
            return true;
        }

        // Every marker below holds a "/" ("2/2", "2/2^ML") or a "(" ("(2)"): one search for both spares most replies the
        // chunks' reading.
        if (trimmed.IndexOfAny('/', '(') < 0)
        {
            return false;
        }

        // The marker stands alone as the first chunk or one of the last three ("... *ABN 2/2", "[3/3] ^SK", "(2/3) The").
        var firstEnd = trimmed.IndexOfAny(' ', '\n', '\t');
        if (IsPartMarker(firstEnd < 0 ? trimmed : trimmed.Slice(0, firstEnd)))
        {
            return true;
        }

        var lastChunk = trimmed.Slice(trimmed.LastIndexOfAny(' ', '\n', '\t') + 1);
        if (IsBareLaterPart(lastChunk))
        {
            return true;
        }

        var rest = trimmed;
        for (var chunk = 0; chunk < 3 && rest.Length > 0; chunk++)
        {
            var start = rest.LastIndexOfAny(' ', '\n', '\t') + 1;
            if (IsPartMarker(rest.Slice(start)))
            {
                return true;
            }

            rest = rest.Slice(0, start).TrimEnd();
        }

        return false;
    }

    /// <summary>
    /// Whether the reply opens in the middle of a sentence, after any handles: a lower-case word that cannot start one
    /// ("to go over the network) ...", "and we'll ..."; the language's <c>continuation-openers</c>), or any lower-case word
    /// from a writer who starts a later sentence with a capital ("@4471 the LTE network while on a voice call. Please
    /// try ...", "fair for our customers. Our intention is ..."), unless it is one a casual writer puts first in lower
    /// case (a subject, a greeting, thanks, an apology, "please"). It continues an earlier part.
    /// </summary>
    private bool OpensMidSentence(RuleContext context)
    {
        var i = FirstAfterHandles(context);
        if (i >= context.TokenCount || !context.Tokens[i].Is(TokenFlags.Word) || !char.IsLower(context.Text[context.Tokens[i].Start]))
        {
            return false;
        }

        var id = context.Tokens[i].Id;
        if (_continuations.Contains(id))
        {
            return true;
        }

        if (context.Common.Subjects.Contains(id) || _greetings.Contains(id) || _thanks.Contains(id) || context.Common.Apologies.Contains(id) ||
            id == context.Common.Please)
        {
            return false;
        }

        for (var k = i + 1; k < context.TokenCount; k++)
        {
            ref readonly var token = ref context.Tokens[k];
            if (token.Sentence != context.Tokens[k - 1].Sentence && token.Is(TokenFlags.Word) && char.IsUpper(context.Text[token.Start]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The first token after the handles a social reply opens with ("@491256 ..."); at most eight are skipped.</summary>
    public static int FirstAfterHandles(RuleContext context)
    {
        var i = 0;
        while (i < context.TokenCount && i < 8 && context.Text[context.Tokens[i].Start] == '@')
        {
            i++;
        }

        return i;
    }

    /// <summary>Whether a reply phrase of <paramref name="kind"/> starts between two tokens.</summary>
    public bool HasSignal(RuleContext context, SignalKind kind, int first, int last)
    {
        // The matches are in the order of their first token: find the first that starts at or after first, so that
        // asking about every sentence of a long reply stays linear.
        var matches = context.Matches;
        var low = 0;
        var high = matches.Count;
        while (low < high)
        {
            var middle = (low + high) >> 1;
            if (matches[middle].First < first)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        for (var i = low; i < matches.Count && matches[i].First <= last; i++)
        {
            if (context.Entries[matches[i].Entry].Signal == kind)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The <see cref="UpsetWeight"/> from which the customer's message (or the quoted text) reads as upset: strong
    /// phrases, mild ones (two different ones count as one strong), runs of "!", words in capitals for emphasis, a
    /// shouted word ending in "!", a hashtag naming anger ("#fail", "#stilldisappointed"), profanity (censored too:
    /// "F***"), an angry emoji, praise or applause mocking a complaint of trouble ("6 hours late. Wonderful!", "Well done
    /// 👏", "Great, another delay."); apologies, thanks and praise from the customer count against it. Guide 003: "Acknowledge their frustration"; categories.md,
    /// "Upset customers": anger or frustration at the company, not urgency, panic or praise (even in capitals).
    /// </summary>
    public const int UpsetThreshold = 2;

    /// <summary>
    /// Whether the customer's message (or the quoted text) is a short, calm go-ahead in a transaction ("Yes, that's
    /// it", "Two lattes, please"): at most eight words, no question, no negation and none of the language's
    /// <c>trouble-words</c> (a customer reporting or chasing trouble). The reply to it is a routine transaction, where
    /// timing words are no promise (categories.md, "vague-promise").
    /// </summary>
    public bool ConfirmsTransaction(RuleContext context)
    {
        var customer = context.PrepareCustomer();
        var tokens = customer.Tokens;
        var words = 0;
        for (var i = 0; i < customer.TokenCount; i++)
        {
            ref readonly var token = ref tokens[i];
            if (IsTrouble(context, token) || IsQuestionMark(customer, token))
            {
                return false;
            }

            words += token.Is(TokenFlags.Word) ? 1 : 0;
        }

        return words > 0 && words <= 8;
    }

    /// <summary>
    /// Whether the customer's message (or the quoted text) reports or chases trouble: a negation or one of the
    /// language's <c>trouble-words</c> ("it still doesn't work", "where is my refund").
    /// </summary>
    public bool ReportsTrouble(RuleContext context)
    {
        var customer = context.PrepareCustomer();
        var tokens = customer.Tokens;
        for (var i = 0; i < customer.TokenCount; i++)
        {
            if (IsTrouble(context, tokens[i]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether the customer's message (or the quoted text) asks for a list: a question with one of the language's
    /// <c>choice-question-words</c> ("Which teas do you have?", "What sizes are available?"). Alternatives answer it.
    /// </summary>
    public bool AsksForChoices(RuleContext context)
    {
        var customer = context.PrepareCustomer();
        var tokens = customer.Tokens;
        var asks = false;
        var question = false;
        for (var i = 0; i < customer.TokenCount; i++)
        {
            ref readonly var token = ref tokens[i];
            asks |= _choiceQuestions.Contains(token.Id);
            question |= IsQuestionMark(customer, token);
        }

        return asks && question;
    }

    /// <summary>Whether the customer's message names an apology rather than making one (<see cref="ApologyNamed"/>).</summary>
    public bool NamesAnApology(RuleContext context)
    {
        var customer = context.PrepareCustomer();
        var kinds = _customerWordKinds;
        for (var i = 0; i < customer.TokenCount; i++)
        {
            if ((kinds[customer.Tokens[i].Id] & CustomerApology) != 0 && ApologyNamed(customer, i, kinds))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Tokens between two mild signs in one sentence for them to count as two grievances, not one.</summary>
    private const int SeparateGrievanceGap = 5;

    /// <summary>The evidence of anger in the customer's message, summed: 2 or more reads as upset.</summary>
    public int UpsetWeight(RuleContext context)
    {
        var customer = context.PrepareCustomer();
        var tokens = customer.Tokens;
        var text = customer.Text;
        var weight = 0;
        var firstMildSentence = -1;
        var firstMildEntry = -1;
        var firstMildLast = -1;
        var distinctMild = 0;
        // Sentences (the first 64) that carry a strong sign: thanks or praise there is sarcasm ("Thanks, can't wait to switch").
        // A sign that is itself about thanks ("thanks for taking 3 weeks") leaves the thanks to be weighed.
        var strongSentences = 0UL;
        // Sentences (the first 64) that carry a mild sign: one that ends in "!" is exasperation ("Not helpful!").
        var mildSentences = 0UL;
        foreach (var match in context.CustomerMatches)
        {
            var signal = context.Engine.CustomerEntries[match.Entry].Signal;
            // "How do I get sync working again?": one word of grievance after a word of things restored is the wish to have
            // them back, not a repeat of the trouble.
            if (signal == SignalKind.MildUpset && match.First == match.Last && match.First > 0 && _restoring.Contains(tokens[match.First - 1].Id))
            {
                continue;
            }

            // "kinda annoyed", "a bit disappointed", "slightly frustrated": a word of anger hedged is a mild sign.
            signal = signal == SignalKind.StrongUpset && IsHedged(tokens, match.First) ? SignalKind.MildUpset : signal;
            weight += signal == SignalKind.StrongUpset ? 2 : 0;
            var sentence = tokens[match.First].Sentence;
            var firstId = tokens[match.First].Id;
            // "love that for me" is sarcasm through and through: praise that opens a sign of three words or more is no praise.
            var aboutThanks = _thanks.Contains(firstId) || (_positive.Contains(firstId) && match.Last - match.First < 2);
            strongSentences |= signal == SignalKind.StrongUpset && !aboutThanks && sentence < 64 ? 1UL << sentence : 0;
            // Only a grievance of two words or more ("still not fixed", "not helpful"): "again!" and "weeks!" are too light.
            mildSentences |= signal == SignalKind.MildUpset && match.Last > match.First && sentence < 64 ? 1UL << sentence : 0;
            if (signal != SignalKind.MildUpset || match.Entry == firstMildEntry ||
                (sentence == firstMildSentence && match.First - firstMildLast < SeparateGrievanceGap && !JoinedAsTwo(context, customer, firstMildLast, match.First)))
            {
                continue;
            }

            // "still waiting, again" is one mild signal, and so is "again" twice; two different grievances in two
            // sentences ("Can't get through. Need a live human?"), or far apart in one long one ("my bill has almost
            // doubled from last month, why, no help by calling"), are as good as a strong one.
            distinctMild++;
            firstMildSentence = firstMildSentence < 0 ? sentence : firstMildSentence;
            firstMildEntry = firstMildEntry < 0 ? match.Entry : firstMildEntry;
            firstMildLast = firstMildLast < 0 ? match.Last : firstMildLast;
        }

        weight += Math.Min(distinctMild, 2);

        // "So please none of these as an excuse! Thanks": a closing "Thanks" beside anger is courtesy, not praise.
        var angryPhrases = weight >= UpsetThreshold;
        // The message complains in words: a phrase of anger or a grievance, before its marks are weighed.
        var complains = weight > 0;
        var mockingPraise = 0;
        var shouted = 0;
        var words = 0;
        var capitals = 0;
        var bangs = 0;
        var positive = 0;
        var shoutedExclamation = false;
        var exclaimedGrievance = false;
        var angryHashtag = false;
        var swearing = false;
        var trouble = false;
        var aimed = false;
        // A negation or a trouble word: the message reports trouble (a question alone does not).
        var troubled = false;
        var sarcasticOpening = false;
        var pleads = false;
        // One table read per token for the word classes; the previous token's kind is read where a rule looks back.
        var kinds = _customerWordKinds;
        var profanityPairs = _profanityPairs;
        for (var i = 0; i < customer.TokenCount; i++)
        {
            ref readonly var token = ref tokens[i];
            var kind = kinds[token.Id];
            var flags = token.Flags;
            var first = text[token.Start];
            var isWord = (flags & TokenFlags.Word) != 0;
            var allUpper = (flags & TokenFlags.AllUpper) != 0;

            // Most tokens are words in lower case, commas and full stops, which none of the marks below can be: one branch,
            // seldom taken, instead of one a mark (the non-short-circuit operators keep the tests free of branches).
            var marked = (kind & (CustomerApology | CustomerThanks | CustomerPositive)) != 0 |
                         ((flags & TokenFlags.Punct) != 0 & (token.Length != 1 | first == '!' | first == '?')) |
                         (allUpper & (flags & TokenFlags.HasDigit) == 0 & token.Length >= 2);
            if (marked)
            {
                // "Plz help! !" is a plea: urgency, not anger (categories.md, "Upset customers").
                if (token.Is(TokenFlags.Punct) && (token.Length >= 2 ? IsExclamationRun(text.AsSpan(token.Start, token.Length)) : OpensSpacedRun(customer, i)) &&
                    (i == 0 || (kinds[tokens[i - 1].Id] & CustomerPlea) == 0))
                {
                    // A run of "!" is a hint of anger, not proof: excitement uses it too ("costume!!!").
                    bangs++;
                }
                else if (IsBang(customer, token) && token.Sentence < 64 && (mildSentences & (1UL << token.Sentence)) != 0 &&
                         (i == 0 || (kinds[tokens[i - 1].Id] & CustomerPlea) == 0))
                {
                    // "Not helpful!", "Still waiting!": a grievance exclaimed is exasperation, not a report.
                    exclaimedGrievance = true;
                }
                else if ((kind & CustomerApology) != 0)
                {
                    // "Sorry for the rant earlier": a customer who apologises has calmed down. "Sorry doesn't cut it", "I hear
                    // lots of “sorry” onboard": the company's apology named or quoted is no apology of the customer's.
                    weight -= ApologyNamed(customer, i, kinds) ? 0 : 2;
                }
                else if ((kind & (CustomerThanks | CustomerPositive)) != 0)
                {
                    // "Not great this at all" is no praise, nor thanks beside a strong sign of anger.
                    var sarcastic = token.Sentence < 64 && (strongSentences & (1UL << token.Sentence)) != 0;
                    // "Thanks for trying" thanks for something; a bare "Thanks" at the end of an angry message only closes it.
                    var courtesy = angryPhrases && token.Sentence == tokens[customer.TokenCount - 1].Sentence && customer.WordsInSentence(i) <= CourtesyWords &&
                                   !ThanksForSomething(context, customer, i);
                    var negated = i > 0 && (kinds[tokens[i - 1].Id] & CustomerNegation) != 0;
                    // "Great, another 'technical delay'.", "Wonderful, my order is late again": praise that opens a sentence and
                    // goes on, after a comma, to report trouble is sarcasm; the message's other praise is then sarcastic too.
                    sarcasticOpening |= (kind & CustomerPositive) != 0 && OpensSarcasm(customer, i, kinds);

                    // "Great strategy.", "Nice work!", "6 hours late without our luggage. Wonderful!": praise as a short sentence of
                    // its own in a message that complains of trouble is sarcasm (weighed below, once the trouble is known).
                    var mocking = !sarcastic && !courtesy && !negated && (kind & CustomerPositive) != 0 && complains && customer.WordsInSentence(i) <= CourtesyWords;
                    mockingPraise += mocking ? 1 : 0;
                    positive += sarcastic || courtesy || mocking || negated ? 0 : 1;
                }
                else if (token.Is(TokenFlags.AllUpper) && !token.Is(TokenFlags.HasDigit) && token.Length >= 2 &&
                         !_acronyms.Contains(text.AsSpan(token.Start, token.Length)) && (kind & CustomerGreeting) == 0)
                {
                    var everyday = _english.Contains(text.AsSpan(token.Start, token.Length));
                    shouted += everyday ? 1 : 0;

                    // "REFUND!", "NOT HAPPENED!": a shouted run that ends in "!" is a raised voice, unless it is a plea
                    // ("HELP!") or praise ("THANK YOU!", read above).
                    var inShoutedRun = everyday || (i > 0 && tokens[i - 1].Is(TokenFlags.AllUpper) && tokens[i - 1].Is(TokenFlags.Word));
                    shoutedExclamation |= inShoutedRun && (kind & CustomerPlea) == 0 && i + 1 < customer.TokenCount &&
                                          tokens[i + 1].Is(TokenFlags.Punct) && text[tokens[i + 1].Start] == '!';
                }

                // A question: the customer asks, not only exclaims.
                trouble |= IsQuestionMark(customer, token);
            }

            // A negation or a trouble word: the customer reports, not only exclaims.
            trouble |= (kind & (CustomerTrouble | CustomerNegation)) != 0;
            // Runs of "!" and "?" are a raised voice at someone ("how do u explain this????"), over trouble ("still
            // broken!!!") or beside a word of anger ("this is ridiculous!!"); "what do I wear for this??? I'm too
            // indecisive!!!" raises it at no one.
            aimed |= (kind & (CustomerTrouble | CustomerNegation | CustomerAddress)) != 0;
            troubled |= (kind & (CustomerTrouble | CustomerNegation)) != 0;
            // A plea shouted ("HELP", "URGENT", "SOS"), not a polite "please".
            pleads |= (kind & CustomerPlea) != 0 & allUpper & token.Length >= 2;
            words += isWord ? 1 : 0;
            capitals += isWord & allUpper ? 1 : 0;

            // A word may swear or name anger in a hashtag only if its first two chars may start a profanity stem (or are
            // not ASCII), asterisks follow it ("F***") or a "#" precedes it; the tests themselves read the word again.
            var second = token.Length >= 2 ? text[token.Start + 1] : '\0';
            var end = token.Start + token.Length;
            var next = end < text.Length ? text[end] : '\0';
            var before = token.Start > 0 ? text[token.Start - 1] : '\0';
            var pair = ((first & 127) << 7) | (second & 127);
            var mayCurse = (first | second) >= 128 | ((profanityPairs[pair >> 6] >> pair) & 1) != 0 | next == '*';
            if (isWord & (mayCurse | before == '#'))
            {
                // A hashtag is read by its stems above: "#fucklyft" is at another company.
                var stems = first < 128 ? _profanityByFirstChar[first] : _profanityStems;
                swearing |= (token.Start == 0 || text[token.Start - 1] != '#') && stems is not null &&
                            (InflectsAny(text.AsSpan(token.Start, token.Length), stems) || Censored(text, token));
                angryHashtag |= token.Start > 0 && text[token.Start - 1] == '#' && ContainsAny(text.AsSpan(token.Start, token.Length), _upsetStems) &&
                                !ContainsAny(text.AsSpan(token.Start, token.Length), _neutralStems);
            }
        }

        // "Oh fabulous!! 😁": an emoji of joy is praise, like a word of it. Applause beside a complaint of trouble mocks
        // ("still no luck, all from installing the update 😣 Well done 👏"; the language's mocking-emoji).
        // Most messages have no emoji: one search for the first chars of all three lists spares them the three searches.
        var emoji = _messageEmojiFirstChars is null || text.AsSpan().IndexOfAny(_messageEmojiFirstChars.AsSpan()) >= 0;
        if (emoji && complains && troubled && ContainsAny(text.AsSpan(), _mockingEmoji, _mockingEmojiComparisons, _mockingEmojiFirstChars))
        {
            mockingPraise++;
        }
        else
        {
            positive += emoji && ContainsAny(text.AsSpan(), _joyEmoji, _joyEmojiComparisons, _joyEmojiFirstChars) ? 1 : 0;
        }

        // Capitals and "!" in praise with no word of anger are excitement ("THANK YOU!!! ... MVP!!!").
        var phrases = weight;
        // "BOORITO TIME!": capitals and "!" with no word of anger, no negation, no question and no trouble reported are
        // excitement too ("how do u explain this???? Seriously?????" asks).
        var praise = phrases <= 0 && (positive > 0 || !trouble);

        // Capitals for emphasis ("charged me twice AGAIN") are a hint; many of them, or with other signs, anger.
        if (shouted > 0 && !praise)
        {
            weight += shouted >= 3 && capitals * 2 < words ? 2 : 1;
        }

        weight += shoutedExclamation && !praise ? 1 : 0;
        weight += exclaimedGrievance && !praise && distinctMild == 1 ? 1 : 0;
        // "HELP I think I've lost my card!!": a plea in capitals with no word of anger is panic, and its marks are urgency
        // (categories.md, "Upset customers": "Help!!", "urgent").
        bangs = praise || !(aimed || angryPhrases || distinctMild > 0) || (pleads && phrases <= 0) ? 0 : bangs;
        weight += angryHashtag ? 2 : 0;
        weight += swearing ? 2 : 0;
        weight += emoji && ContainsAny(text.AsSpan(), _upsetEmoji, _upsetEmojiComparisons, _upsetEmojiFirstChars) ? 2 : 0;
        weight += bangs > 1 ? 2 : bangs;
        // Praise beside a grievance and a report of trouble mocks ("... still messes up 90% of it. Amazing."); with no
        // trouble reported it is praise after all ("Ok. Great. What time was the show again?").
        positive += troubled ? 0 : mockingPraise;
        positive = sarcasticOpening ? 0 : positive;
        weight += sarcasticOpening ? 2 : 0;
        weight -= positive > 2 ? 2 : positive;
        weight += troubled && mockingPraise > 0 ? 1 : 0;
        return weight;
    }

    /// <summary>
    /// Whether the word of anger at <paramref name="first"/> is hedged: right after one of the language's <c>hedge-words</c>
    /// ("kinda annoyed"), after an article and a <c>hedge-quantities</c> word ("a bit disappointed"), or after a
    /// <c>hedge-kinds</c> word and its link ("kind of a joke") that no determiner opens ("what kind of scam is this?" is no
    /// hedge, nor "you little thieves").
    /// </summary>
    private bool IsHedged(Token[] tokens, int first)
    {
        bool Same(int i) => i >= 0 && tokens[i].Sentence == tokens[first].Sentence;
        if (Same(first - 1) && _hedges.Contains(tokens[first - 1].Id))
        {
            return true;
        }

        if (Same(first - 2) && _hedgeQuantities.Contains(tokens[first - 1].Id) && _hedgeArticles.Contains(tokens[first - 2].Id))
        {
            return true;
        }

        return Same(first - 2) && _hedgeLinks.Contains(tokens[first - 1].Id) && _hedgeKinds.Contains(tokens[first - 2].Id) &&
               !(Same(first - 3) && _hedgeDeterminers.Contains(tokens[first - 3].Id));
    }

    /// <summary>
    /// Whether the praise at <paramref name="i"/> is the first word of its sentence (after any @handles), a comma follows it,
    /// and the rest of the sentence holds one of the language's <c>trouble-words</c> that is no <c>plea-words</c>: "Great,
    /// another delay.", not "Great, thanks for your help."
    /// </summary>
    private static bool OpensSarcasm(ReplyText text, int i, byte[] kinds)
    {
        var tokens = text.Tokens;
        var sentence = tokens[i].Sentence;
        for (var j = i - 1; j >= 0 && tokens[j].Sentence == sentence; j--)
        {
            if (tokens[j].Is(TokenFlags.Word) && text.Text[tokens[j].Start] != '@')
            {
                return false;
            }
        }

        if (i + 2 >= text.TokenCount || text.Text[tokens[i + 1].Start] != ',' || tokens[i + 1].Length != 1)
        {
            return false;
        }

        for (var j = i + 2; j < text.TokenCount && tokens[j].Sentence == sentence; j++)
        {
            // Not a word of a plea: "Great, thank you very much for your help."
            if ((kinds[tokens[j].Id] & (CustomerTrouble | CustomerPlea)) == CustomerTrouble)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "it's been over a month and I haven't heard a thing": a conjunction between two mild signs joins two grievances,
    /// where "still waiting, again" repeats one.
    /// </summary>
    private static bool JoinedAsTwo(RuleContext context, ReplyText text, int firstLast, int nextFirst)
    {
        for (var i = firstLast + 1; i < nextFirst; i++)
        {
            if (context.Common.Conjunctions.Contains(text.Tokens[i].Id))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether the apology word at <paramref name="i"/> is named rather than made: between quotes (“sorry”, "sorry",
    /// «sorry»), or the subject of a negated verb that only a third person takes (the language's
    /// <c>apology-subject-verbs</c>: "sorry doesn't cut it", "sorry isn't enough"; not "Sorry didn't see", where the
    /// customer apologises with the "I" left out).
    /// </summary>
    private bool ApologyNamed(ReplyText text, int i, byte[] kinds)
    {
        var tokens = text.Tokens;
        ref readonly var token = ref tokens[i];
        var end = token.Start + token.Length;
        if (token.Start > 0 && end < text.Text.Length && IsQuote(text.Text[token.Start - 1]) && IsQuote(text.Text[end]))
        {
            return true;
        }

        var next = i + 1;
        return next + 1 < text.TokenCount && tokens[next + 1].Sentence == token.Sentence && _apologySubjectVerbs.Contains(tokens[next].Id) &&
               tokens[next + 1].Is(TokenFlags.Clitic) && (kinds[tokens[next + 1].Id] & CustomerNegation) != 0;
    }

    /// <summary>A quotation mark of any script: straight, curly, guillemets, low-9 (by Unicode category where it has one).</summary>
    private static bool IsQuote(char c) =>
        c is '"' or '\'' || char.GetUnicodeCategory(c) is UnicodeCategory.InitialQuotePunctuation or UnicodeCategory.FinalQuotePunctuation ||
        c is '\u201E' or '\u201A';

    /// <summary>"Thanks for ...", "thank you for ...": the thanks names what it is for.</summary>
    private static bool ThanksForSomething(RuleContext context, ReplyText text, int i)
    {
        var tokens = text.Tokens;
        var next = i + 1 < text.TokenCount && tokens[i + 1].Id == context.Common.You ? i + 2 : i + 1;
        return next < text.TokenCount && tokens[next].Id == context.Common.For;
    }

    /// <summary>Words a sentence of courtesy has at most: "Thanks", "Thank you so much".</summary>
    private const int CourtesyWords = 4;

    /// <summary>
    /// After a greeting's comma, one or two capitalised words and the punctuation that closes them ("Jenny!"): the index
    /// of that punctuation, or <paramref name="from"/> when no name follows.
    /// </summary>
    private static int NameAfter(RuleContext context, int from)
    {
        var tokens = context.Tokens;
        var i = from;
        while (i < context.TokenCount && i < from + 2 && tokens[i].Is(TokenFlags.Word) && !tokens[i].Is(TokenFlags.LineStart) && char.IsUpper(context.Text[tokens[i].Start]) && tokens[i].Length > 1)
        {
            i++;
        }

        return i > from && i < context.TokenCount && tokens[i].Is(TokenFlags.Punct) && !tokens[i].Is(TokenFlags.LineStart) ? i : from;
    }

    /// <summary>A negation or one of the language's <c>trouble-words</c>: the customer reports or chases trouble.</summary>
    private bool IsTrouble(RuleContext context, in Token token) => _trouble.Contains(token.Id) || context.Common.Negations.Contains(token.Id);

    private static bool IsQuestionMark(ReplyText text, in Token token) => token.Is(TokenFlags.Punct) && text.Text.IndexOf('?', token.Start, token.Length) >= 0;

    /// <summary>"paid ! !": a "!" with another right after it, past a space, and none right before it.</summary>
    private static bool OpensSpacedRun(ReplyText text, int i)
    {
        var tokens = text.Tokens;
        return text.Text[tokens[i].Start] == '!' && i + 1 < text.TokenCount && IsBang(text, tokens[i + 1]) && (i == 0 || !IsBang(text, tokens[i - 1]));
    }

    private static bool IsBang(ReplyText text, in Token token) => token.Is(TokenFlags.Punct) && token.Length == 1 && text.Text[token.Start] == '!';

    /// <summary>"!!", "?!", "!!!1", "???": a run of exclamation (and question) marks; not "!=" in a formula.</summary>
    private static bool IsExclamationRun(ReadOnlySpan<char> punct)
    {
        var bangs = 0;
        var questions = 0;
        foreach (var c in punct)
        {
            if (c == '!')
            {
                bangs++;
            }
            else if (c == '?')
            {
                questions++;
            }
            else if (c != '1')
            {
                return false;
            }
        }

        return bangs > 0 || questions >= 3;
    }

    /// <summary>"crapped", "fucky": the word starts with one of <paramref name="stems"/> and goes on past it.</summary>
    internal static bool InflectsAny(ReadOnlySpan<char> word, string[] stems)
    {
        foreach (var stem in stems)
        {
            if (word.Length > stem.Length && word.StartsWith(stem.AsSpan(), StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Letters a censored word shows before its asterisks at most: "F***", "sh*t", "f**king".</summary>
    private const int CensoredLead = 3;

    /// <summary>
    /// Whether the word is the start of a censored one ("F*** it", "sh*t", "f**king"): at most <see cref="CensoredLead"/>
    /// letters, then asterisks with no space, two or more, or one with letters after it. The caller checks that its first
    /// letter may start a word of <c>profanity-stems</c>; "**Note**" in bold and "app*" as a footnote are not censored.
    /// </summary>
    private static bool Censored(string text, in Token word)
    {
        var end = word.Start + word.Length;
        if (word.Length > CensoredLead || end >= text.Length || text[end] != '*' || (word.Start > 0 && text[word.Start - 1] == '*'))
        {
            return false;
        }

        var stars = end;
        while (stars < text.Length && text[stars] == '*')
        {
            stars++;
        }

        return stars - end >= 2 || (stars < text.Length && char.IsLetter(text[stars]));
    }

    /// <summary>
    /// By ASCII char, the stems that start with it as <see cref="InflectsAny"/> compares (ordinal, case ignored), or null
    /// when none does; an empty stem starts with any char. A word is then compared with two stems at most, not all of them.
    /// </summary>
    internal static string[]?[] StemsByAsciiFirstChar(string[] stems)
    {
        var byFirst = new string[]?[128];
        for (var c = 0; c < byFirst.Length; c++)
        {
            var starting = new List<string>();
            foreach (var stem in stems)
            {
                if (stem.Length == 0 || string.Equals(((char)c).ToString(), stem.Substring(0, 1), StringComparison.OrdinalIgnoreCase))
                {
                    starting.Add(stem);
                }
            }

            byFirst[c] = starting.Count == 0 ? null : starting.ToArray();
        }

        return byFirst;
    }

    /// <summary>
    /// By a word's first two ASCII chars (bit first × 128 + second; second 0 for a word of one char), whether one of the stems
    /// of <paramref name="byFirstChar"/> may start it as <see cref="InflectsAny"/> compares: a stem of fewer than two chars
    /// may start any word that starts with its first, a longer one only a word whose second char equals its own, case ignored.
    /// </summary>
    internal static ulong[] StemPairs(string[]?[] byFirstChar)
    {
        var pairs = new ulong[128 * 128 / 64];
        Span<char> one = stackalloc char[1];
        for (var first = 0; first < byFirstChar.Length; first++)
        {
            foreach (var stem in byFirstChar[first] ?? Array.Empty<string>())
            {
                for (var second = 0; second < 128; second++)
                {
                    one[0] = (char)second;
                    if (stem.Length < 2 || (second > 0 && MemoryExtensions.Equals(one, stem.AsSpan(1, 1), StringComparison.OrdinalIgnoreCase)))
                    {
                        var pair = (first << 7) | second;
                        pairs[pair >> 6] |= 1UL << pair;
                    }
                }
            }
        }

        return pairs;
    }

    private static bool ContainsAny(ReadOnlySpan<char> text, string[] parts)
    {
        foreach (var part in parts)
        {
            if (text.IndexOf(part.AsSpan(), StringComparison.OrdinalIgnoreCase) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    internal static bool ContainsAny(ReadOnlySpan<char> text, string[] parts, StringComparison[] comparisons, string? ordinalFirstChars)
    {
        // A part searched ordinally can only be where its first char is: most messages have none of them (an emoji's
        // first char is a surrogate), and one search for all of them is cheaper than one search per part.
        var anyOrdinal = ordinalFirstChars is null || text.IndexOfAny(ordinalFirstChars.AsSpan()) >= 0;
        for (var i = 0; i < parts.Length; i++)
        {
            if ((anyOrdinal || comparisons[i] != StringComparison.Ordinal) && text.IndexOf(parts[i].AsSpan(), comparisons[i]) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// How to search for each part as if ignoring case: a part without case (an emoji) is found as well by an ordinal
    /// search, which is vectorised, while ignoring case outside ASCII reads the text a char at a time.
    /// </summary>
    internal static StringComparison[] ComparisonsFor(string[] parts)
    {
        var comparisons = new StringComparison[parts.Length];
        for (var i = 0; i < parts.Length; i++)
        {
            var part = parts[i];
            var caseless = string.Equals(part.ToUpperInvariant(), part, StringComparison.Ordinal) && string.Equals(part.ToLowerInvariant(), part, StringComparison.Ordinal);
            comparisons[i] = caseless ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase;
        }

        return comparisons;
    }

    /// <summary>
    /// The distinct first chars of every part of the lists, when every part is searched ordinally and none is empty: a text
    /// with none of them holds no part (<see cref="ContainsAny(ReadOnlySpan{char}, string[], StringComparison[], string?)"/>
    /// finds none); null otherwise.
    /// </summary>
    internal static string? FirstCharsOfAllOrdinal(string[][] lists, StringComparison[][] comparisons)
    {
        var chars = new System.Text.StringBuilder();
        var seen = new HashSet<char>();
        for (var list = 0; list < lists.Length; list++)
        {
            if (!AppendFirstChars(lists[list], comparisons[list], ordinalOnly: true, chars, seen))
            {
                return null;
            }
        }

        return chars.ToString();
    }

    /// <summary>The distinct first chars of the parts searched ordinally; null when one is empty (found anywhere).</summary>
    internal static string? FirstCharsOfOrdinal(string[] parts, StringComparison[] comparisons)
    {
        var chars = new System.Text.StringBuilder();
        return AppendFirstChars(parts, comparisons, ordinalOnly: false, chars, new HashSet<char>()) ? chars.ToString() : null;
    }

    /// <summary>
    /// Appends to <paramref name="chars"/> the first char of each part searched ordinally that <paramref name="seen"/> does
    /// not hold yet; false when such a part is empty, or when <paramref name="ordinalOnly"/> and a part is searched otherwise.
    /// </summary>
    private static bool AppendFirstChars(string[] parts, StringComparison[] comparisons, bool ordinalOnly, System.Text.StringBuilder chars, HashSet<char> seen)
    {
        for (var i = 0; i < parts.Length; i++)
        {
            if (comparisons[i] != StringComparison.Ordinal)
            {
                if (ordinalOnly)
                {
                    return false;
                }

                continue;
            }

            if (parts[i].Length == 0)
            {
                return false;
            }

            if (seen.Add(parts[i][0]))
            {
                chars.Append(parts[i][0]);
            }
        }

        return true;
    }

    private static string[] ToArray(IReadOnlyList<string> items)
    {
        var array = new string[items.Count];
        for (var i = 0; i < array.Length; i++)
        {
            array[i] = items[i];
        }

        return array;
    }

    /// <summary>"2/2", "3/5": a part number after the first, out of at most nine.</summary>
    private static bool IsPartMarker(ReadOnlySpan<char> chunk)
    {
        chunk = chunk.Trim("()[]{}.,:".AsSpan());

        // "page.2/2^RD": the marker glued to the sentence before it (a letter, then the full stop); not "rated 4.2/5".
        var dot = chunk.LastIndexOf('.');
        if (dot > 0 && dot + 1 < chunk.Length && char.IsLetter(chunk[dot - 1]) && char.IsDigit(chunk[dot + 1]))
        {
            chunk = chunk.Slice(dot + 1);
        }

        // "2/2^ML": an agent's signature glued to the marker.
        return IsPart(chunk) || (chunk.Length > 3 && chunk[3] is '^' or '*' or '~' or '-' && IsPart(chunk.Slice(0, 3)));
    }

    private static bool IsPart(ReadOnlySpan<char> chunk) =>
        chunk.Length == 3 && chunk[1] == '/' && chunk[0] > '1' && chunk[0] <= '9' && chunk[2] >= chunk[0] && chunk[2] <= '9';

    /// <summary>"(2)", "(3)" closing a reply: the part number of a later part, written without its total.</summary>
    private static bool IsBareLaterPart(ReadOnlySpan<char> chunk) =>
        chunk.Length == 3 && chunk[0] == '(' && chunk[2] == ')' && chunk[1] > '1' && chunk[1] <= '9';

    /// <summary>
    /// "H there!", "Hii there!": a short word before one of the language's <c>greeting-addressees</c> and a "!" opens the
    /// reply as a greeting does, although the word is misspelt ("Over there, ..." does not).
    /// </summary>
    private bool IsMisspeltGreeting(RuleContext context)
    {
        var tokens = context.Tokens;
        return context.TokenCount > 2 && tokens[0].Is(TokenFlags.Word) && tokens[0].Length <= MisspeltGreetingLength &&
               _greetingAddressees.Contains(tokens[1].Id) && tokens[2].Is(TokenFlags.Punct) && context.Text[tokens[2].Start] == '!';
    }

    /// <summary>The longest word read as a misspelt greeting ("Hii", "Hye").</summary>
    private const int MisspeltGreetingLength = 4;

    private int OpeningPosition(RuleContext context)
    {
        var tokens = context.Tokens;
        if (context.TokenCount == 0)
        {
            return 0;
        }

        if (!_greetings.Contains(tokens[0].Id) && !IsMisspeltGreeting(context))
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
                // "Hi, Jenny! Kindly ...": the name after the comma is still the greeting.
                var name = NameAfter(context, i + 1);
                if (name > i + 1)
                {
                    return name + 1 < context.TokenCount ? tokens[name + 1].Start : tokens[name].End;
                }

                return i + 1 < context.TokenCount ? tokens[i + 1].Start : tokens[i].End;
            }
        }

        return tokens[0].Start;
    }
}
