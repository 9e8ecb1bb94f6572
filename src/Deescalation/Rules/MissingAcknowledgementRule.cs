using System;
using System.Collections.Generic;
using Deescalation.Analysis;
using Deescalation.Fixes;
using Deescalation.Rules.Data;
using Deescalation.Text;

namespace Deescalation.Rules;

/// <summary>
/// DEESC015: the customer is upset and the reply neither acknowledges it nor apologises. Guide 002: "Acknowledge
/// their feelings and validate their experience. Phrases like 'I understand your frustration' ... can go a long
/// way"; guide 003: "Acknowledge their frustration". Needs the customer's message: from
/// <see cref="ReplyContext.CustomerMessage"/>, else the quoted text in the reply.
/// </summary>
internal sealed class MissingAcknowledgementRule : ReplyRule
{
    /// <summary>Twitter's limit: a social post (a reply that opens with an @mention) cannot be sent past it.</summary>
    private const int SocialPostLimit = 280;

    /// <summary>
    /// Evidence of anger (the engine's weight) from which the customer's anger is clear: more than the threshold of upset,
    /// so a sign of anger with more evidence beside it (a second sign, capitals, "!!").
    /// </summary>
    private const int ClearUpsetWeight = 3;

    private WordSet _referring;
    private WordSet _thanksOpeners;
    private WordSet _interjections;
    private WordSet _assents;
    private WordSet _greetings;
    private WordSet _afterBareGreeting;
    private WordSet _fillers;
    private WordSet _reassurances;
    private WordSet _reassuranceWords;
    private WordSet _serious;
    private string[][] _echoes = Array.Empty<string[]>();

    public override string Name => "missing-acknowledgement";

    public override void Initialize(Lexicon lexicon)
    {
        _referring = Class(lexicon, "referring-openers");
        _thanksOpeners = Class(lexicon, "thanks-openers");
        _interjections = Class(lexicon, "interjection-openers");
        _assents = Class(lexicon, "assent-openers");
        _greetings = Class(lexicon, "greeting-words");
        _afterBareGreeting = Class(lexicon, "after-bare-greeting");
        _fillers = Class(lexicon, "filler-openers");
        _reassurances = Class(lexicon, "reassurance-openers");
        _reassuranceWords = Class(lexicon, "reassurance-words");
        _serious = Class(lexicon, "serious-words");

        // Each acknowledgement stem is a group of its own; the apology stems are one group ("sorry" repeats "regretted").
        var groups = new List<string[]>();
        if (Data.Classes.ContainsKey("acknowledgement-stems"))
        {
            foreach (var stem in Items("acknowledgement-stems"))
            {
                groups.Add(new[] { stem });
            }
        }

        if (Data.Classes.ContainsKey("apology-stems"))
        {
            var apologies = Items("apology-stems");
            var group = new string[apologies.Count];
            for (var i = 0; i < group.Length; i++)
            {
                group[i] = apologies[i];
            }

            groups.Add(group);
        }

        _echoes = groups.ToArray();
    }

    public override void Analyze(RuleContext context)
    {
        // The engine's signals: whether there is a customer's message, whether the reply acknowledges, whether the
        // customer is upset (read last: it prepares the customer's message).
        var signals = context.Signals;
        // A later part of a split reply ("2/2") may carry its acknowledgement in an earlier part.
        if (!signals.HasCustomerMessage || signals.Acknowledges || signals.LaterPart || !signals.CustomerUpset)
        {
            return;
        }

        var insertAt = AfterReferringSentence(context, signals.OpeningPosition);
        var span = new TextSpan(insertAt, 0);
        // After an opening thanks ("Thank you for this information, Don."), "sorry to hear that" would be sorry about the
        // thanks: the wording names the trouble instead.
        var (opening, kind) = Opening(context, pointsBack: insertAt != signals.OpeningPosition && OpensWithThanks(context, signals.OpeningPosition));
        if (opening is null || AddressesAnotherAccount(context))
        {
            // Every wording would repeat what the reply already says, or the reply greets another account (an apology there
            // would be to that account): the finding stands, with no fix.
            context.Report(DescriptorOf("DEESC015"), span, Text("finding"), null);
            return;
        }

        // The acknowledgement is its own sentence after the greeting; "Hi Sam, the refund ..." then goes on with a capital.
        // After the greeting's comma it goes on in lower case: "Hi Sam, sorry for the trouble."
        if (context.FollowsComma(insertAt))
        {
            opening = RuleContext.InLowerCase(opening);
        }

        var text = context.Text;
        if (kind == FixApplicability.Safe && insertAt < text.Length && char.IsLower(text[insertAt]) && OnlyHandlesBefore(text, insertAt))
        {
            // "@641108 the lack of choice you describe.": a social post that opens in lower case may go on from a part before it;
            // capitalising it behind an apology could make a fragment a sentence. The agent decides.
            kind = FixApplicability.Suggestion;
        }

        if (kind == FixApplicability.Safe && OpensWith(context, signals.OpeningPosition, _assents))
        {
            // "Sounds good." to an angry customer: an apology before it agrees to the apology, after it seems sorry about
            // what was just agreed to (two strict reads, two verdicts). Where it goes is the agent's call.
            kind = FixApplicability.Suggestion;
        }

        var edits = new List<TextEdit>(2);
        var before = EmphasisStart(text, insertAt);
        var bareGreeting = BareGreetingEnd(context, insertAt);
        var afterFiller = AfterFiller(context, insertAt);
        if (afterFiller >= 0)
        {
            // "Hmm, let's try another approach" -> "I'm so sorry to hear that. Let's try another approach": an apology
            // before the agent's thinking aloud reads as two voices; the filler gives way to it.
            edits.Add(new TextEdit(TextSpan.FromBounds(insertAt, afterFiller + 1), opening + " " + char.ToUpperInvariant(text[afterFiller])));
        }
        else if (bareGreeting >= 0)
        {
            // "Hey your matter was brought to my attention" -> "Hey, sorry for the trouble. Your matter was ...".
            var next = bareGreeting + 1;
            edits.Add(new TextEdit(TextSpan.FromBounds(bareGreeting, next + 1), ", " + RuleContext.InLowerCase(opening) + " " + char.ToUpperInvariant(text[next])));
        }
        else if (before < insertAt)
        {
            // "**Your replacement ships today.**": the acknowledgement goes before the emphasis, not inside it.
            edits.Add(new TextEdit(new TextSpan(before, 0), opening + " "));
            if (char.IsLower(text[insertAt]))
            {
                edits.Add(new TextEdit(new TextSpan(insertAt, 1), char.ToUpperInvariant(text[insertAt]).ToString()));
            }
        }
        else if (insertAt < text.Length && char.IsLower(text[insertAt]))
        {
            edits.Add(new TextEdit(new TextSpan(insertAt, 1), opening + " " + char.ToUpperInvariant(text[insertAt])));
        }
        else if (insertAt > 0 && insertAt == text.Length)
        {
            // A reply that is only a greeting: the acknowledgement follows it.
            edits.Add(new TextEdit(span, (char.IsWhiteSpace(text[insertAt - 1]) ? string.Empty : " ") + opening));
        }
        else
        {
            edits.Add(new TextEdit(span, opening + " "));
        }

        context.Report(DescriptorOf("DEESC015"), span, Text("finding"), new Fix(Text("fix-title"), edits, kind));
    }

    /// <summary>
    /// The acknowledgement for this reply, and how far it can be trusted. It is a safe fix only where the customer's anger
    /// is clear (<see cref="ClearlyUpset"/>); where it rests on one sign, which may be a joke or worry read as anger, it is
    /// a suggestion for the agent, who knows the customer's mood. The wording follows the same reading
    /// (<c>fix.opening.strong</c> for a clearly upset customer, <c>fix.opening</c> otherwise), the room the channel gives (the
    /// short forms, <c>....short</c>, in a chat or a social post) and what the reply already says: a wording that would
    /// repeat one of the reply's <c>acknowledgement-stems</c> ("understand", "frustrating") gives way to the next, shorter
    /// one. A reply written as "we" gets the "-we" form where the language has one. A social post the wording would take
    /// past its limit gets it only as a suggestion; null when every wording repeats the reply. Where the acknowledgement
    /// follows an opening sentence of the reply (<paramref name="pointsBack"/>), the wordings that would point back at it
    /// ("so sorry to hear that") give way to <c>fix.opening</c>. A customer who names the company's apologies ("sorry
    /// doesn't cut it") gets <c>fix.opening.acknowledge</c> where it does not repeat the reply, and otherwise the usual
    /// wordings, always as a suggestion.
    /// </summary>
    private (string? Text, FixApplicability Kind) Opening(RuleContext context, bool pointsBack)
    {
        var clear = ClearlyUpset(context);
        var social = IsSocialPost(context.Text);
        var roomy = !social && context.Context?.Channel != ReplyChannel.Chat;
        var asWe = WritesAsWe(context);
        // "Sorry for the trouble" understates an injury or a danger: a serious matter gets the strong wording, whatever the kind.
        var strong = clear || TellsOfHarm(context);
        var level = strong && !pointsBack ? "fix.opening.strong" : "fix.opening";
        var full = strong && !Data.Messages.ContainsKey(level) ? "fix.opening" : level;
        string? fallback = null;
        // "Sorry doesn't cut it": to a customer who has had enough of apologies, the acknowledgement without one first, and
        // whatever wording is given, for the agent to weigh.
        var noApology = context.Signals.CustomerNamesApology;
        if (noApology && Pick(2) is { } plain)
        {
            return (plain, FixApplicability.Suggestion);
        }

        var first = roomy ? 0 : 1;
        return Pick(first) is { } wording ? (wording, clear && !noApology ? FixApplicability.Safe : FixApplicability.Suggestion) : (fallback, FixApplicability.Suggestion);

        string? Pick(int from)
        {
            for (var form = from; form < 3; form++)
            {
                var name = form switch { 0 => full, 1 => level + ".short", _ => "fix.opening.acknowledge" };
                var wording = Wording(name, asWe);
                if (wording is null || RepeatsTheReply(context, wording))
                {
                    continue;
                }

                wording = context.ApostrophesLike(wording);
                if (social && context.Text.Length + wording.Length + 1 > SocialPostLimit)
                {
                    fallback ??= wording;
                    continue;
                }

                return wording;
            }

            return null;
        }
    }

    /// <summary>
    /// Whether the customer's message tells of harm, danger or mistreatment (a word of the rule's <c>serious-words</c>:
    /// "injured", "unsafe", "racist"), where "Sorry for the trouble" would understate it.
    /// </summary>
    private bool TellsOfHarm(RuleContext context)
    {
        var customer = context.PrepareCustomer();
        for (var i = 0; i < customer.TokenCount; i++)
        {
            if (_serious.Contains(customer.Tokens[i].Id))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether the customer's anger is clear: more evidence than makes a customer read as upset ("unacceptable" with
    /// "third time", profanity with "!!"), not one sign alone ("my rolling skills suck" is a joke).
    /// </summary>
    private static bool ClearlyUpset(RuleContext context) => context.Signals.CustomerUpsetWeight >= ClearUpsetWeight;

    /// <summary>The message <paramref name="name"/>, as "we" (<c>name-we</c>) where the reply writes as "we" and the language has that form.</summary>
    private string? Wording(string name, bool asWe)
    {
        var messages = Data.Messages;
        if (asWe && messages.TryGetValue(name + "-we", out var we))
        {
            return we;
        }

        return messages.TryGetValue(name, out var text) ? text : null;
    }

    /// <summary>
    /// Whether <paramref name="wording"/> has a word that starts with a stem of a group (<c>acknowledgement-stems</c>,
    /// <c>apology-stems</c>) and the reply a word that starts with a stem of the same group.
    /// </summary>
    private bool RepeatsTheReply(RuleContext context, string wording)
    {
        foreach (var group in _echoes)
        {
            if (HasStem(wording.AsSpan(), group) && ReplyHasStem(context, group))
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasStem(ReadOnlySpan<char> text, string[] stems)
    {
        foreach (var stem in stems)
        {
            if (ContainsWordStartingWith(text, stem))
            {
                return true;
            }
        }

        return false;
    }

    private static bool ReplyHasStem(RuleContext context, string[] stems)
    {
        for (var i = 0; i < context.TokenCount; i++)
        {
            if (!context.Tokens[i].Is(TokenFlags.Word))
            {
                continue;
            }

            foreach (var stem in stems)
            {
                if (context.TextOf(i).StartsWith(stem.AsSpan(), StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool ContainsWordStartingWith(ReadOnlySpan<char> text, string stem)
    {
        for (var at = text.IndexOf(stem.AsSpan(), StringComparison.OrdinalIgnoreCase); at >= 0;)
        {
            if (at == 0 || !char.IsLetter(text[at - 1]))
            {
                return true;
            }

            var next = text.Slice(at + 1).IndexOf(stem.AsSpan(), StringComparison.OrdinalIgnoreCase);
            at = next < 0 ? -1 : at + 1 + next;
        }

        return false;
    }

    /// <summary>A social post: the reply opens with an @mention ("@491256 Thanks for ...").</summary>
    private static bool IsSocialPost(string text)
    {
        var trimmed = text.AsSpan().TrimStart();
        return trimmed.Length > 1 && trimmed[0] == '@' && char.IsLetterOrDigit(trimmed[1]);
    }

    /// <summary>
    /// Where Markdown emphasis that opens right before <paramref name="position"/> starts ("**", "_"), at the start of the
    /// reply or after a space or a line break; <paramref name="position"/> when none does.
    /// </summary>
    private static int EmphasisStart(string text, int position)
    {
        var start = position;
        while (start > 0 && text[start - 1] is '*' or '_')
        {
            start--;
        }

        return start < position && (start == 0 || char.IsWhiteSpace(text[start - 1])) ? start : position;
    }

    /// <summary>Whether the reply speaks as "we" and never as "I".</summary>
    private static bool WritesAsWe(RuleContext context)
    {
        var we = false;
        for (var i = 0; i < context.TokenCount; i++)
        {
            var id = context.Tokens[i].Id;
            if (id == context.Common.I)
            {
                return false;
            }

            we |= id == context.Common.We;
        }

        return we;
    }

    /// <summary>
    /// "That shouldn't happen! ..." answers the customer's words: an acknowledgement put before it would become what
    /// "that" points at, so it goes after that first sentence, at the start of the next one on the same line. So does a
    /// short thanks that opens the reply ("Thanks Ben.", "Thank you for reaching out."): it stays the reply's first words.
    /// </summary>
    /// <summary>
    /// Where a greeting with no comma after it ends ("Hey your matter ...", "Hi we have ..."): the greeting word at
    /// <paramref name="position"/>, one space, then a lower-case word of the rule's <c>after-bare-greeting</c>; -1 otherwise.
    /// </summary>
    private int BareGreetingEnd(RuleContext context, int position)
    {
        var i = OpeningWord(context, position, _greetings, following: 1);
        if (i < 0)
        {
            return -1;
        }

        var tokens = context.Tokens;
        if (BareWordFollows(context, i))
        {
            return tokens[i].End;
        }

        // "Hi Robert did you work in store?": a name in capitals between the greeting and the sentence's first word.
        var text = context.Text;
        return i + 2 < context.TokenCount && tokens[i + 1].Is(TokenFlags.Word) && tokens[i + 1].Start == tokens[i].End + 1 &&
               text[tokens[i].End] == ' ' && char.IsUpper(text[tokens[i + 1].Start]) && BareWordFollows(context, i + 1)
            ? tokens[i + 1].End
            : -1;
    }

    /// <summary>After the word at <paramref name="i"/>, one space and a word of the rule's <c>after-bare-greeting</c> in lower case.</summary>
    private bool BareWordFollows(RuleContext context, int i)
    {
        var tokens = context.Tokens;
        if (i + 1 >= context.TokenCount)
        {
            return false;
        }

        ref readonly var next = ref tokens[i + 1];
        return next.Is(TokenFlags.Word) && next.Start == tokens[i].End + 1 && context.Text[tokens[i].End] == ' ' &&
               char.IsLower(context.Text[next.Start]) && _afterBareGreeting.Contains(next.Id);
    }

    /// <summary>
    /// "@466061 @117128 Hello @117128, kindly assist with stated issue": the reply greets another account than the one it
    /// answers (its first handle) by its handle; an acknowledgement put after that greeting would speak to that account
    /// (a hand-off), not to the customer. "@130842 Hello @130842, kindly provide ..." greets the customer.
    /// </summary>
    private bool AddressesAnotherAccount(RuleContext context)
    {
        var first = SignalDetector.FirstAfterHandles(context);
        if (first >= context.TokenCount || !_greetings.Contains(context.Tokens[first].Id))
        {
            return false;
        }

        var text = context.Text;
        var at = context.Tokens[first].End;
        while (at < text.Length && text[at] == ' ')
        {
            at++;
        }

        if (at >= text.Length || text[at] != '@')
        {
            return false;
        }

        var greeted = HandleAt(text, at);
        var start = 0;
        while (start < text.Length && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        return start < text.Length && text[start] == '@' && !greeted.SequenceEqual(HandleAt(text, start));
    }

    /// <summary>The handle that starts at <paramref name="at"/> ("@117128"), up to a space, a comma or the end.</summary>
    private static ReadOnlySpan<char> HandleAt(string text, int at)
    {
        var end = at + 1;
        while (end < text.Length && (char.IsLetterOrDigit(text[end]) || text[end] == '_'))
        {
            end++;
        }

        return text.AsSpan(at, end - at);
    }

    private bool OpensWithThanks(RuleContext context, int position) => OpensWith(context, position, _thanksOpeners);

    /// <summary>Whether the reply's first word from <paramref name="position"/> is one of <paramref name="words"/>.</summary>
    private static bool OpensWith(RuleContext context, int position, WordSet words)
    {
        var i = FirstTokenFrom(context, position);
        return i < context.TokenCount && words.Contains(context.Tokens[i].Id);
    }

    /// <summary>Whether the text before <paramref name="at"/> is one or more handles ("@641108") and white space.</summary>
    private static bool OnlyHandlesBefore(string text, int at)
    {
        var handles = 0;
        for (var i = 0; i < at; i++)
        {
            if (text[i] == '@')
            {
                handles++;
                while (i + 1 < at && !char.IsWhiteSpace(text[i + 1]))
                {
                    i++;
                }
            }
            else if (!char.IsWhiteSpace(text[i]))
            {
                return false;
            }
        }

        return handles > 0;
    }

    /// <summary>
    /// Where the word after a filler that opens the reply's first sentence starts ("Hmm, let's try", "Well, I would", "Hmm!
    /// Please give me"): a word of the rule's <c>filler-openers</c> at <paramref name="position"/>, then one mark of
    /// punctuation, then a word on the same line; -1 otherwise. "Well received" has no mark, so it is no filler.
    /// </summary>
    private int AfterFiller(RuleContext context, int position)
    {
        var i = OpeningWord(context, position, _fillers, following: 2);
        return i >= 0 && StandsAlone(context, i) ? context.Tokens[i + 2].Start : AfterReaction(context, position);
    }

    /// <summary>
    /// Where the clause after a reaction that opens the reply's first sentence starts: one or two words of the rule's
    /// <c>interjection-openers</c> ("Ah okay, we're unable to", "Okay, try re-adding") or up to three of its
    /// <c>reassurance-openers</c> with one of its <c>reassurance-words</c> ("Not to worry, we'll give them a tap"), then a
    /// comma and at least three more words of the sentence; -1 otherwise. "Sorry for the trouble. Not to worry, ..." reads
    /// as if the two answered each other; "No worries, Chia Sun." has no clause after the comma, so it stays.
    /// </summary>
    private int AfterReaction(RuleContext context, int position)
    {
        var tokens = context.Tokens;
        var i = FirstTokenFrom(context, position);
        if (i >= context.TokenCount || tokens[i].Start != position)
        {
            return -1;
        }

        var reaction = true;
        var reassurance = true;
        var reassures = false;
        var k = i;
        for (; k < context.TokenCount && k - i < 3 && tokens[k].Is(TokenFlags.Word) && !(k > i && tokens[k].Is(TokenFlags.LineStart)); k++)
        {
            var id = tokens[k].Id;
            reaction &= k - i < 2 && _interjections.Contains(id);
            reassurance &= _reassurances.Contains(id);
            reassures |= _reassuranceWords.Contains(id);
        }

        if (k == i || !(reaction || (reassurance && reassures)) || k + 1 >= context.TokenCount || !context.SameSentence(i, k + 1))
        {
            return -1;
        }

        // A comma, a space and a word on the same line, as after a filler.
        if (!StandsAlone(context, k - 1) || context.Text[tokens[k].Start] != ',')
        {
            return -1;
        }

        var words = 0;
        for (var w = k + 1; w < context.TokenCount && context.SameSentence(k + 1, w) && words < 3; w++)
        {
            if (tokens[w].Is(TokenFlags.Word))
            {
                words++;
            }
        }

        return words >= 3 ? tokens[k + 1].Start : -1;
    }

    /// <summary>The word at <paramref name="i"/> is followed by one mark (",", "!" or "."), a space and a word on the same line.</summary>
    private static bool StandsAlone(RuleContext context, int i)
    {
        var tokens = context.Tokens;
        var text = context.Text;
        ref readonly var mark = ref tokens[i + 1];
        ref readonly var next = ref tokens[i + 2];
        return mark.Is(TokenFlags.Punct) && mark.Start == tokens[i].End && mark.Length == 1 && text[mark.Start] is ',' or '!' or '.' &&
               next.Is(TokenFlags.Word) && !next.Is(TokenFlags.LineStart) && next.Start == mark.End + 1 && text[mark.End] == ' ';
    }

    /// <summary>
    /// The token of a word of <paramref name="words"/> that starts exactly at <paramref name="position"/> with at least
    /// <paramref name="following"/> tokens after it; -1 otherwise.
    /// </summary>
    private static int OpeningWord(RuleContext context, int position, WordSet words, int following)
    {
        var i = FirstTokenFrom(context, position);
        return i + following < context.TokenCount && context.Tokens[i].Start == position && words.Contains(context.Tokens[i].Id) ? i : -1;
    }

    /// <summary>The first token that starts at or after <paramref name="position"/>; the token count when none does.</summary>
    private static int FirstTokenFrom(RuleContext context, int position)
    {
        var i = 0;
        while (i < context.TokenCount && context.Tokens[i].Start < position)
        {
            i++;
        }

        return i;
    }

    private int AfterReferringSentence(RuleContext context, int position)
    {
        var tokens = context.Tokens;
        var i = FirstTokenFrom(context, position);
        if (i >= context.TokenCount || tokens[i].Start != position ||
            !(_referring.Contains(tokens[i].Id) || ((_thanksOpeners.Contains(tokens[i].Id) || _interjections.Contains(tokens[i].Id)) && IsShortSentence(context, i))))
        {
            return position;
        }

        for (var k = i + 1; k < context.TokenCount; k++)
        {
            if (tokens[k].Is(TokenFlags.LineStart))
            {
                return position;
            }

            if (tokens[k].Sentence != tokens[i].Sentence)
            {
                return tokens[k].Start;
            }
        }

        return position;
    }

    /// <summary>Whether the sentence of <paramref name="token"/> has at most <see cref="ShortThanks"/> words and no question.</summary>
    private static bool IsShortSentence(RuleContext context, int token) =>
        context.Reply.WordsInSentence(token) <= ShortThanks && !context.IsQuestion(token);

    /// <summary>The most words of an opening thanks the acknowledgement goes after ("Thank you for reaching out to us.").</summary>
    private const int ShortThanks = 7;
}
