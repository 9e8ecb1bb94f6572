using System;
using System.Collections.Generic;
using System.Globalization;
using Deescalation.Analysis;
using Deescalation.Fixes;
using Deescalation.Text;

namespace Deescalation.Rules;

/// <summary>
/// DEESC003: commitments with no concrete time, owner or step. Guide 002: "Avoid vague promises; instead,
/// provide specific steps you'll take to address the issue"; guide 003: "explain the next steps".
/// </summary>
internal sealed class VaguePromiseRule : ReplyRule
{
    public override string Name => "vague-promise";

    /// <summary>The behaviours rows of the data name (kebab-case: <c>vague-time</c>).</summary>
    private enum Behaviour
    {
        /// <summary>A row that names no behaviour.</summary>
        Plain = 0,

        /// <summary>A vague time ("in due course", "ASAP"): always vague.</summary>
        VagueTime = 1,

        /// <summary>A vague owner ("someone will get back to you"): vague unless the sentence names a time.</summary>
        VagueOwner = 2,

        /// <summary>A commitment ("we'll look into it"): vague unless the sentence names a time.</summary>
        Commitment = 3,

        /// <summary>A hedge ("we'll try"): always vague.</summary>
        Hedge = 4,

        /// <summary>"soon" and "shortly": vague when the agent commits to them.</summary>
        Soon = 5,
    }

    protected override Type Behaviours => typeof(Behaviour);

    private string? _responseWindow;
    private WordSet _commitment;
    private WordSet _future;
    private WordSet _routine;
    private WordSet _followUps;
    private WordSet _conditions;
    private WordSet _records;
    private WordSet _queueOpeners;
    private WordSet _queueWords;
    private WordSet _objectPrepositions;
    private WordSet _hopes;
    private WordSet _hopeVerbs;
    private WordSet _customerModals;
    private WordSet _hopeTails;
    private WordSet _channels;
    private WordSet _outcomeVerbs;
    private WordSet _ours;
    private WordSet _problemWords;
    private WordSet _courtesyVerbs;
    private WordSet _contact;
    private WordSet _subordinators;
    private WordSet _vagueOwners;
    private WordSet _customerSteps;
    private WordSet _wishes;
    private WordSet _timescales;
    private WordSet _timescaleNegators;
    private WordSet _varies;
    private WordSet _timeNouns;
    private WordSet _intensifiers;
    private WordSet _auxiliaries;
    private WordSet _progressives;
    private WordSet _waiting;
    private WordSet _triggers;
    private WordSet _triggerVerbs;
    private WordSet _efforts;
    private WordSet _movers;
    private WordSet _pleaseWords;
    private WordSet _thirdParties;
    private WordSet _relays;
    private WordSet _relayVerbs;
    private WordSet _movements;
    private WordSet _otherOwners;
    private WordSet _notSteps;
    private WordSet _outcomes;
    private WordSet _clauseOpeners;
    private WordSet _determiners;
    private WordSet _pronouns;
    private WordSet _phraseEnds;
    private WordSet _nameableOwners;
    private int _to;
    private int _from;
    private int _and;
    private int _with;


    public override IEnumerable<string> Words => new[] { "to" };

    public override void Initialize(Lexicon lexicon)
    {
        _commitment = Class(lexicon, "commitment-words");
        _future = Class(lexicon, "future-words");
        _routine = Class(lexicon, "routine-words");
        _followUps = Class(lexicon, "follow-ups");
        _conditions = Class(lexicon, "conditions");
        _records = Class(lexicon, "record-words");
        _queueOpeners = Class(lexicon, "queue-openers");
        _queueWords = Class(lexicon, "queue-words");
        _objectPrepositions = Class(lexicon, "object-prepositions");
        _hopes = Class(lexicon, "hopes");
        _hopeVerbs = Class(lexicon, "hope-verbs");
        _customerModals = Class(lexicon, "customer-modals");
        _hopeTails = Class(lexicon, "hope-tails");
        _channels = Class(lexicon, "channel-words");
        _outcomeVerbs = Class(lexicon, "outcome-verbs");
        _ours = Class(lexicon, "ours-words");
        _problemWords = Class(lexicon, "problem-words");
        _courtesyVerbs = Class(lexicon, "courtesy-verbs");
        _contact = Class(lexicon, "contact-words");
        _subordinators = Class(lexicon, "subordinators");
        _vagueOwners = Class(lexicon, "vague-owners");
        _customerSteps = Class(lexicon, "customer-steps");
        _wishes = Class(lexicon, "wish-words");
        _timescales = Class(lexicon, "timescale-words");
        _timescaleNegators = Class(lexicon, "timescale-negators");
        _varies = Class(lexicon, "variation-words");
        _timeNouns = Class(lexicon, "time-nouns");
        _intensifiers = Class(lexicon, "time-intensifiers");
        _auxiliaries = Class(lexicon, "auxiliaries");
        _progressives = Class(lexicon, "progressive-verbs");
        _waiting = Class(lexicon, "waiting-verbs");
        _triggers = Class(lexicon, "trigger-openers");
        _triggerVerbs = Class(lexicon, "trigger-verbs");
        _efforts = Class(lexicon, "effort-verbs");
        _movers = Class(lexicon, "customer-movers");
        _pleaseWords = Class(lexicon, "please-words");
        _thirdParties = Class(lexicon, "third-parties");
        _relays = Class(lexicon, "relay-words");
        _relayVerbs = Class(lexicon, "relay-verbs");
        _movements = Class(lexicon, "movement-words");
        _otherOwners = Class(lexicon, "other-owners");
        _notSteps = Class(lexicon, "not-steps");
        _outcomes = Class(lexicon, "outcome-participles");
        _clauseOpeners = Class(lexicon, "clause-openers");
        _determiners = Class(lexicon, "determiners");
        _pronouns = Class(lexicon, "subject-pronouns");
        _phraseEnds = Class(lexicon, "phrase-ends");
        _nameableOwners = Class(lexicon, "nameable-owners");
        _to = lexicon.Id("to");
        _from = lexicon.Id("from");
        _and = lexicon.Id("and");
        _with = lexicon.Id("with");
    }

    /// <summary>
    /// The team's response window in the language's words ("within 2 business days"), made once; null when the team
    /// has not set one.
    /// </summary>
    private string? ResponseWindow(RuleContext context)
    {
        if (_responseWindow is null && context.Options.ResponseWindowBusinessDays is { } days)
        {
            _responseWindow = days == 1 ? Text("fix.response-window.one") : string.Format(CultureInfo.InvariantCulture, Text("fix.response-window.other"), days);
        }

        return _responseWindow;
    }

    /// <summary>
    /// The time a fix puts in: the team's window where the promise is to get back to the customer and the team set
    /// one (a safe fix), else a placeholder for the agent ("by [time]"). An outcome ("we'll fix it ASAP") never gets
    /// the window: the team promised when it answers, not when the problem is solved.
    /// </summary>
    private (string Time, FixApplicability Kind) TimeFor(RuleContext context, int first, int last)
    {
        if (ResponseWindow(context) is { } window && IsContactPromise(context, first, last))
        {
            return (window, FixApplicability.Safe);
        }

        return (Text("fix.time-placeholder"), FixApplicability.NeedsInput);
    }

    /// <summary>Whether the words from <paramref name="first"/> to <paramref name="last"/> promise contact ("get back to you").</summary>
    private bool IsContactPromise(RuleContext context, int first, int last)
    {
        for (var i = Math.Max(0, first); i <= last; i++)
        {
            if (_contact.Contains(context.Tokens[i].Id))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The contact word of a promise joined by "and" right after <paramref name="last"/> ("... and get back to you", "...
    /// and will reach out to you"), or -1.
    /// </summary>
    private int ContactAfterAnd(RuleContext context, int last)
    {
        var tokens = context.Tokens;
        var next = last + 1;
        if (next >= context.TokenCount || tokens[next].Id != _and || !context.SameSentence(last, next))
        {
            // "look into this further and get back to you": one word may stand between.
            next++;
            if (next >= context.TokenCount || tokens[next].Id != _and || !context.SameSentence(last, next) || !tokens[next - 1].Is(TokenFlags.Word))
            {
                return -1;
            }
        }

        for (var i = next + 1; i < context.TokenCount && i <= next + 3 && context.SameSentence(next, i); i++)
        {
            // "... and you can call us anytime": the customer's contact, not ours.
            if (tokens[i].Id == context.Common.You)
            {
                return -1;
            }

            if (_contact.Contains(tokens[i].Id))
            {
                return i;
            }
        }

        return -1;
    }

    public override void Analyze(RuleContext context)
    {
        var reportedSentence = -1;
        // Every sentence pass 1 reported in (the first 64): pass 2 gives none of them a second finding.
        var reportedSentences = 0UL;
        var covered = -1;

        // Pass 1: vague times and "soon". A sentence that has one gets no second finding for its commitment.
        var matches = context.Matches;
        for (var index = 0; index < matches.Count; index++)
        {
            var match = matches[index];
            var entry = context.Entries[match.Entry];
            if (entry.Owner != this || match.First <= covered || context.Tokens[match.First].Sentence == reportedSentence)
            {
                // "We will contact you soon, please bear with us some time": one finding for the sentence.
                continue;
            }

            // "Hopefully it gets resolved asap" hopes; it promises nothing (categories.md, "Promises"). "The expert will
            // respond ASAP, back in office on Monday" names its day.
            if (((Behaviour)entry.Kind == Behaviour.VagueTime || ((Behaviour)entry.Kind == Behaviour.Soon && IsCommittedSoon(context, match.First))) && !IsRoutine(context, match.First) &&
                !context.SentenceContainsBefore(match.First, _hopes) && !HopesForOutcome(context, match.First) &&
                !context.IsQuestion(match.First) && !IsCustomersTime(context, match.First) && !HopeFollows(context, match.Last) &&
                ((Behaviour)entry.Kind != Behaviour.VagueTime || (OursToKeep(context, match) && !context.SentenceHasConcreteTime(match.First, match.First, match.Last))) &&
                !AsksPlease(context, context.SentenceOf(match.First).First, match.First) && !AwaitsRelay(context, match))
            {
                var start = CommitmentStart(context, index);
                if (entry.Replacement is null && !TimeCanReplace(context, match))
                {
                    // "Hopefully soon", "no timescale yet ... as quickly as possible", "we will soon have": no deadline fits.
                    ReportFix(context, context.Span(start >= 0 ? start : match.First, match.Last), null, Text("advice.vague-time"));
                }
                else
                {
                    var (time, kind) = entry.Replacement is { } own ? (own, entry.FixKind) : TimeFor(context, start >= 0 ? start : context.SentenceOf(match.First).First, match.Last);
                    Report(context, match, time, kind, Text("advice.vague-time"), start, entry.Replacement is null ? WithIntensifier(context, match.First) : match.First);
                }

                covered = match.Last;
                reportedSentence = context.Tokens[match.First].Sentence;
                reportedSentences |= reportedSentence < 64 ? 1UL << reportedSentence : 0;
            }
        }

        covered = -1;
        foreach (var match in context.Matches)
        {
            var entry = context.Entries[match.Entry];
            if (entry.Owner != this || match.First <= covered || (Behaviour)entry.Kind is Behaviour.VagueTime or Behaviour.Soon)
            {
                continue;
            }

            var sentence = context.Tokens[match.First].Sentence;
            if ((Behaviour)entry.Kind == Behaviour.Hedge &&
                (context.SentenceContainsBefore(match.First, _conditions) || !HedgesAProblem(context, match) || context.SentenceHasConcreteTime(match.First)))
            {
                // "Tell me what happened and I'll do my best to help" offers; "we hope to welcome you again" is courtesy;
                // "We aim to respond within 20 days" states a service level with its time.
                continue;
            }

            if ((Behaviour)entry.Kind == Behaviour.Hedge)
            {
                var replacement = entry.Replacement!;
                var kind = entry.FixKind;
                var last = match.Last;
                var subject = context.Tokens[match.First].Id;
                if (subject != context.Common.I && subject != context.Common.We)
                {
                    // "They will endeavour to": the hedge is another's; "I'll aim to" would change who promises.
                    ReportFix(context, context.Span(match.First, match.Last), null, Text("advice.hedge"));
                    covered = match.Last;
                    continue;
                }

                if (subject == context.Common.We)
                {
                    // "We'll try to fix it" -> "We'll aim to fix it": the team stays the one who promises.
                    replacement = Text("fix.hedge-we");
                }

                if (VagueTimeLater(context, match))
                {
                    // "We hope to get you going soon" keeps its vague time whatever the verb: the agent rewrites it.
                    ReportFix(context, context.Span(match.First, match.Last), null, Text("advice.hedge"));
                    covered = match.Last;
                    continue;
                }

                if (context.Tokens[last].Id != _to && context.Tokens[last].Id != _and)
                {
                    // "We'll do our best." has no verb to keep: say what will happen, and when. "We'll do our best with
                    // your refund" goes on, and only the agent can say what they will do with it: no fix.
                    if (TimeSlot(context, last) != last)
                    {
                        ReportFix(context, context.Span(match.First, match.Last), null, Text("advice.hedge"));
                        covered = match.Last;
                        continue;
                    }

                    (var time, kind) = TimeFor(context, match.First, match.Last);
                    replacement = Text(subject == context.Common.We ? "fix.look-into-we" : "fix.look-into") + " " + time;
                }

                Report(context, match, replacement, kind, Text("advice.hedge"));
                covered = match.Last;
                continue;
            }

            if (sentence == reportedSentence || (sentence < 64 && (reportedSentences & (1UL << sentence)) != 0) ||
                context.SentenceHasConcreteTime(match.First) || TimedNext(context, match.First) || context.SentenceContainsBefore(match.First, _conditions) ||
                IsRoutine(context, match.First) || FollowsCustomerStep(context, match.First) || ContinuesEarlierPart(context, match.First) ||
                ((Behaviour)entry.Kind == Behaviour.Commitment && AsksStepNext(context, match.First)) || NamesRecord(context, match.First))
            {
                // "If you send a photo, we'll look into it" waits on the customer: an offer, not a vague promise. "We are
                // following up on the issue under ticket number 1-DFOI8R4" names the record of a step taken.
                continue;
            }

            // The time goes at the end of the promise's clause ("We'll look into the refund [by Friday] and ..."), before
            // a condition or a new clause; a vague owner also becomes a placeholder for who ("[name] will call you").
            // "The team will look into it and will reach out to you [by Friday] for updates": when the promise goes on to
            // contact the customer, the time is the contact's (fix read 13).
            var contact = IsContactPromise(context, match.First, match.Last) ? -1 : ContactAfterAnd(context, match.Last);
            var slot = NoDeadline(context, match.First, match.Last + 1) || IsProgressive(context, match) || FollowsQuestion(context, match.First) || TimeFollows(context, match.Last)
                ? -1
                : TimeSlot(context, contact >= 0 ? contact : match.Last);
            if (slot == match.Last && ContactsOthers(context, match.Last))
            {
                // "We'll reach out [by Friday] to the team to ask where they are": the time would split the verb from whom it
                // reaches, on an internal step; the agent rewrites it.
                slot = -1;
            }

            if (slot < 0)
            {
                // "We're looking into it [by Friday]", a promise on a hope, one after a question the customer must answer
                // first, or a time that would land after a relative clause: the agent rewrites it, no template fits.
                ReportFix(context, context.Span(match.First, match.Last), null, (Behaviour)entry.Kind == Behaviour.VagueOwner ? Text("advice.vague-owner") : Text("advice.commitment"));
                covered = match.Last;
                continue;
            }

            var (when, whenKind) = TimeFor(context, match.First, match.Last);
            var insertion = new TextEdit(new TextSpan(context.Tokens[slot].End, 0), context.ApostrophesLike(" " + when));
            Fix fix;
            if ((Behaviour)entry.Kind == Behaviour.VagueOwner)
            {
                if (context.Tokens[match.First].Id == context.Common.You)
                {
                    // "You will hear back from someone": the owner is after "from"; "from us" already names one.
                    var from = match.Last;
                    while (from > match.First && !_vagueOwners.Contains(context.Tokens[from].Id))
                    {
                        from--;
                    }

                    var time = whenKind == FixApplicability.NeedsInput ? WithPlaceholders(insertion) : insertion;
                    var placeholder = Text("fix.owner-placeholder");
                    fix = from > match.First
                        ? new Fix(Text("fix-title"), new[] { new TextEdit(context.Span(from, match.Last), placeholder, FixTemplate.Placeholders(placeholder)), WithPlaceholders(insertion) }, FixApplicability.NeedsInput)
                        : new Fix(Text("fix-title"), new[] { time }, whenKind);
                    ReportFix(context, context.Span(match.First, match.Last), fix, Text("advice.vague-owner"));
                    covered = match.Last;
                    continue;
                }

                if (!_nameableOwners.Contains(context.Tokens[match.First].Id))
                {
                    // "The relevant team will be in touch", "they'll call you": a team the agent cannot name keeps its words.
                    fix = new Fix(Text("fix-title"), new[] { whenKind == FixApplicability.NeedsInput ? WithPlaceholders(insertion) : insertion }, whenKind);
                    ReportFix(context, context.Span(match.First, match.Last), fix, Text("advice.vague-owner"));
                    covered = match.Last;
                    continue;
                }

                var ownerEnd = OwnerEnd(context, match);
                var name = Text("fix.owner-placeholder");
                var verb = context.TextOf(ownerEnd + 1);
                if (verb.Length > 0 && verb[0] is '\'' or '\u2019')
                {
                    // "they'll" -> "[name] will": a placeholder takes no contraction.
                    ownerEnd++;
                    name = Text("fix.owner-placeholder-future");
                }

                var owner = context.Span(match.First, ownerEnd);
                fix = new Fix(Text("fix-title"), new[] { new TextEdit(owner, name, FixTemplate.Placeholders(name)), WithPlaceholders(insertion) }, FixApplicability.NeedsInput);
            }
            else
            {
                fix = new Fix(Text("fix-title"), new[] { whenKind == FixApplicability.NeedsInput ? WithPlaceholders(insertion) : insertion }, whenKind);
            }

            ReportFix(context, context.Span(match.First, match.Last), fix, (Behaviour)entry.Kind == Behaviour.VagueOwner ? Text("advice.vague-owner") : Text("advice.commitment"));
            covered = match.Last;

            // "We're investigating and will update you": one finding for the sentence's promise.
            reportedSentence = sentence;
        }
    }

    private static TextEdit WithPlaceholders(TextEdit edit) => new(edit.Span, edit.NewText, FixTemplate.Placeholders(edit.NewText));

    private void ReportFix(RuleContext context, TextSpan span, Fix? fix, string advice) =>
        context.Report(DescriptorOf("DEESC003"), span, string.Format(CultureInfo.InvariantCulture, Text("finding"), advice, ResponseWindow(context) ?? Text("finding.example-time")), fix);

    /// <summary>The last token of the promise's clause after <paramref name="last"/>: before punctuation, a conjunction or a condition.</summary>
    private int TimeSlot(RuleContext context, int last)
    {
        var tokens = context.Tokens;
        var slot = last;
        for (var i = last + 1; i < context.TokenCount && context.SameSentence(last, i) && i - last <= 12; i++)
        {
            if (!tokens[i].Is(TokenFlags.Word) || tokens[i].Is(TokenFlags.LineStart) || context.Common.Conjunctions.Contains(tokens[i].Id) || _conditions.Contains(tokens[i].Id) || _subordinators.Contains(tokens[i].Id))
            {
                break;
            }

            // "reach out to you [by Friday] for any further updates", "contact you [by Friday] about it": after "you", a phrase of what
            // or why goes after the time.
            if (tokens[slot].Id == context.Common.You && _objectPrepositions.Contains(tokens[i].Id))
            {
                break;
            }

            slot = i;
        }

        // A clause that runs on past a dozen words gets the time right after the promise instead, and so does one whose
        // words after the promise hold a clause of their own ("get back to you [by Friday] about the issues you raised",
        // "let you know [by Friday] what to expect"); where the promise does not end its verb phrase there, no place fits.
        if (slot - last >= 12 || HoldsAClause(context, last + 1, slot))
        {
            return _phraseEnds.Contains(tokens[last].Id) ? last : -1;
        }

        return slot;
    }

    /// <summary>
    /// Whether the words from <paramref name="first"/> to <paramref name="last"/> hold a clause: a word that opens one
    /// ("what", "which", <c>clause-openers</c>), or a subject pronoun after a noun phrase ("the issues you have faced").
    /// </summary>
    private bool HoldsAClause(RuleContext context, int first, int last)
    {
        var nounPhrase = false;
        for (var i = first; i <= last; i++)
        {
            var id = context.Tokens[i].Id;
            if (_clauseOpeners.Contains(id) || (nounPhrase && _pronouns.Contains(id)))
            {
                return true;
            }

            nounPhrase |= _determiners.Contains(id);
        }

        return false;
    }

    /// <summary>
    /// Whether a time template can take the place of the vague time <paramref name="match"/>: not where no deadline fits
    /// the promise (<see cref="NoDeadline"/>); not where the customer is asked to wait ("please bear with us for some
    /// time", <c>waiting-verbs</c>, in the time or its sentence), the time is a queue's ("the next available agent"), or
    /// the "time" is a trigger ("once we have an update": <c>trigger-openers</c> with <c>trigger-verbs</c>; "ASAP as he
    /// is in office"); nor where the time stands inside a verb phrase ("we will [soon] have", "vouchers are [in
    /// the works]"), after an ongoing action ("we're working [as fast as we can]"), right after a conjunction, or right
    /// after an outcome ("so this can get fixed [soon]", <c>outcome-participles</c>: when it happens is not ours to date).
    /// </summary>
    private bool TimeCanReplace(RuleContext context, PhraseMatch match)
    {
        var first = match.First;
        if (NoDeadline(context, first, first) || context.MatchContains(match, _waiting) || AsksToWait(context, first) || context.SentenceHasConcreteTime(first) ||
            (_triggers.Contains(context.Tokens[first].Id) && context.MatchContains(match, _triggerVerbs)) ||
            WaitsInQueue(context, first) || TriggerFollows(context, match.Last))
        {
            return false;
        }

        var before = WithIntensifier(context, first) - 1;
        if (before < 0 || !context.SameSentence(before, first))
        {
            return true;
        }

        var id = context.Tokens[before].Id;
        // "We're working [as fast as we can] to update": after an ongoing action, a deadline reads "working by Friday".
        return !_auxiliaries.Contains(id) && !_progressives.Contains(id) && !context.Common.Conjunctions.Contains(id) && !_outcomes.Contains(id);
    }

    /// <summary>"just as soon as possible", "very soon": the first token of the vague time with the word that intensifies it.</summary>
    private int WithIntensifier(RuleContext context, int first)
    {
        var i = first;
        while (i > 0 && context.SameSentence(i - 1, first) && _intensifiers.Contains(context.Tokens[i - 1].Id))
        {
            i--;
        }

        return i;
    }

    /// <summary>
    /// Whether no deadline can be put on the promise at <paramref name="token"/>, reading its sentence up to
    /// <paramref name="end"/>: it is a hope or a wish ("hopefully", <c>wish-words</c>), an effort ("we'll work to get you
    /// there", <c>effort-verbs</c> before "to"), an outcome ("we'll fix it", <c>outcome-verbs</c>), a hand-over within the conversation ("I'll meet you back in DM shortly",
    /// <c>channel-words</c>), or another team's diary ("someone from that team", a
    /// <c>nameable-owners</c> word, "from" and one of the <c>other-owners</c>); or the reply says no timescale can be
    /// given ("we're unable to provide a timescale", "we don't have a timeline to share": a <c>timescale-words</c> word in
    /// a sentence with a negation) or that the time varies ("wait times can vary": <c>variation-words</c> and
    /// <c>time-nouns</c> in one sentence).
    /// </summary>
    private bool NoDeadline(RuleContext context, int token, int end)
    {
        var tokens = context.Tokens;
        var (first, _) = context.SentenceOf(token);
        for (var i = first; i < end; i++)
        {
            var id = tokens[i].Id;
            if (_wishes.Contains(id) || _channels.Contains(id) || _outcomeVerbs.Contains(id) || (_efforts.Contains(id) && i + 1 < end && tokens[i + 1].Id == _to) ||
                (_movers.Contains(id) && i + 2 < end && tokens[i + 1].Id == context.Common.You && _movements.Contains(tokens[i + 2].Id)) ||
                _thirdParties.Contains(id) ||
                (_nameableOwners.Contains(id) && i + 2 < end && tokens[i + 1].Id == _from && _otherOwners.Contains(tokens[i + 2].Id)))
            {
                return true;
            }
        }

        // "We're unable to provide a timescale"; "Wait times can vary depending on the colour and size chosen": the reply says
        // the time is not the agent's to give.
        return SentenceWith(context, _timescales, context.Common.Negations, _timescaleNegators) || SentenceWith(context, _varies, _timeNouns, _timeNouns);
    }

    /// <summary>Whether some sentence holds a word of <paramref name="anchors"/> and one of <paramref name="companions"/> or <paramref name="others"/>.</summary>
    private static bool SentenceWith(RuleContext context, WordSet anchors, WordSet companions, WordSet others)
    {
        for (var i = 0; i < context.TokenCount; i++)
        {
            if (!anchors.Contains(context.Tokens[i].Id))
            {
                continue;
            }

            var (from, to) = context.SentenceOf(i);
            for (var k = from; k <= to; k++)
            {
                var id = context.Tokens[k].Id;
                if (companions.Contains(id) || others.Contains(id))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>
    /// "Your issue will get a resolution soon, so please bear with us for some time": the sentence asks the customer to wait
    /// (a "please" or its like, then a <c>waiting-verbs</c> word); a deadline beside that request would contradict it.
    /// </summary>
    private bool AsksToWait(RuleContext context, int token)
    {
        var (first, last) = context.SentenceOf(token);
        for (var i = first; i < last; i++)
        {
            if (IsPlease(context, context.Tokens[i].Id) && _waiting.Contains(context.Tokens[i + 1].Id))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "Let me ask the expert to look into this ASAP as he is in office": "as" and a subject right after the vague time make
    /// it a trigger ("as soon as he is in office"); "by [time] as he is in office" would state that he is.
    /// </summary>
    private bool TriggerFollows(RuleContext context, int last) =>
        last + 2 < context.TokenCount && context.SameSentence(last, last + 2) && context.Tokens[last + 1].Id == context.Common.As &&
        _pronouns.Contains(context.Tokens[last + 2].Id);

    /// <summary>
    /// "The next available agent will be with you as soon as possible": before <paramref name="token"/> in its sentence, a
    /// <c>queue-openers</c> word right before a <c>queue-words</c> one. The time is the queue's; no deadline of ours fits it.
    /// </summary>
    private bool WaitsInQueue(RuleContext context, int token)
    {
        var (first, _) = context.SentenceOf(token);
        for (var i = first; i + 1 < token; i++)
        {
            if (_queueOpeners.Contains(context.Tokens[i].Id) && _queueWords.Contains(context.Tokens[i + 1].Id))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether the sentence of <paramref name="token"/> names a record of the case: a <c>record-words</c> word ("ticket",
    /// "case", "reference") with a number at most three words after it ("under ticket number 1-DFOI8R4", "case #48213").
    /// </summary>
    private bool NamesRecord(RuleContext context, int token)
    {
        var (first, last) = context.SentenceOf(token);
        for (var i = first; i <= last; i++)
        {
            if (!_records.Contains(context.Tokens[i].Id))
            {
                continue;
            }

            for (var k = i + 1; k <= last && k <= i + 3; k++)
            {
                if (context.Tokens[k].Is(TokenFlags.HasDigit))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>
    /// News promised on a trigger ("as soon as we have an update") after the matter went to someone else earlier in the
    /// sentence ("we'll get a message out to the Train Manager now and will let you know as soon as we have an update"):
    /// the step is concrete and the news waits on it, so it is no vague promise (categories.md, "Promises").
    /// </summary>
    private bool AwaitsRelay(RuleContext context, PhraseMatch match) => context.MatchContains(match, _triggerVerbs) && RelayedBefore(context, match.First);

    /// <summary>
    /// "We'll get a message out to the Train Manager now and will let you know as soon as we have an update": before
    /// <paramref name="token"/> in its sentence, a <c>relay-words</c> word with "to" at most three words after it, or a <c>relay-verbs</c>
    /// word whose object is not "you" ("I have messaged the TM"). News
    /// promised on a trigger ("as soon as we have an update") then waits on the one the matter went to; our own contact
    /// ("we forwarded it, and we will call you soon") keeps its template.
    /// </summary>
    private bool RelayedBefore(RuleContext context, int token)
    {
        var (first, _) = context.SentenceOf(token);
        for (var i = first; i < token; i++)
        {
            // "I have messaged the TM for you so will let you know as soon as we hear back": reached someone, not "you".
            if (_relayVerbs.Contains(context.Tokens[i].Id) && i + 1 < token && context.Tokens[i + 1].Id != context.Common.You)
            {
                return true;
            }

            if (!_relays.Contains(context.Tokens[i].Id))
            {
                continue;
            }

            for (var k = i + 1; k <= i + 3 && k < token; k++)
            {
                if (context.Tokens[k].Id == _to)
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>
    /// Whether the rest of the sentence after <paramref name="last"/> already says when: a vague time the rule knows
    /// ("you should hear back from us soon"), or a trigger ("and get back to you once the team confirms",
    /// <c>trigger-openers</c>). A "by [time]" beside it would give the promise two times.
    /// </summary>
    private bool TimeFollows(RuleContext context, int last)
    {
        var (_, end) = context.SentenceOf(last);
        for (var i = last + 1; i <= end; i++)
        {
            var id = context.Tokens[i].Id;
            if (_triggers.Contains(id) || id == context.Common.Soon)
            {
                return true;
            }
        }

        foreach (var other in context.Matches)
        {
            if (other.First > last && other.First <= end && context.Entries[other.Entry].Owner == this &&
                (Behaviour)context.Entries[other.Entry].Kind is Behaviour.VagueTime or Behaviour.Soon)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "We'll reach out to the team to ask where they are", "I'll follow up with our engineers": the promise goes on to
    /// someone other than the customer ("to" or "with" and a determiner: "to the team", not "to you" or "to discuss"), an
    /// internal step whose date is not the customer's update.
    /// </summary>
    private bool ContactsOthers(RuleContext context, int last)
    {
        var next = last + 1;
        return next + 1 < context.TokenCount && context.SameSentence(last, next + 1) &&
               (context.Tokens[next].Id == _to || context.Tokens[next].Id == _with) && _determiners.Contains(context.Tokens[next + 1].Id) &&
               (_contact.Contains(context.Tokens[last].Id) || (last > 0 && _contact.Contains(context.Tokens[last - 1].Id)));
    }

    /// <summary>"We're looking into it", "our team is working on this": an ongoing action takes no deadline.</summary>
    private bool IsProgressive(RuleContext context, PhraseMatch match) => context.MatchContains(match, _progressives);

    /// <summary>
    /// "What's your local store? I'll look into this for you": the sentence before asks the customer something, so the
    /// work waits on the answer and no deadline can be set yet.
    /// </summary>
    private static bool FollowsQuestion(RuleContext context, int token)
    {
        var (first, _) = context.SentenceOf(token);
        if (first == 0)
        {
            return false;
        }

        ref readonly var previous = ref context.Tokens[first - 1];
        return previous.Is(TokenFlags.Punct) && context.Text[previous.Start] == '?';
    }

    private void Report(RuleContext context, PhraseMatch match, string replacement, FixApplicability kind, string advice, int spanStart = -1, int replaceFrom = -1)
    {
        var from = replaceFrom >= 0 ? replaceFrom : match.First;
        var span = context.Span(from, match.Last);
        var text = replacement.StartsWith("[", StringComparison.Ordinal) ? replacement : context.CaseFor(replacement, from);

        // The finding covers the whole promise ("someone will reach out shortly"); the fix touches only the time.
        var diagnosticSpan = spanStart >= 0 ? context.Span(spanStart, match.Last) : context.Span(match.First, match.Last);
        ReportFix(context, diagnosticSpan, context.Replace(Text("fix-title"), span, text, kind), advice);
    }

    /// <summary>The last token of a vague owner ("someone", "a member of our team"): the one before its verb.</summary>
    private int OwnerEnd(RuleContext context, PhraseMatch match)
    {
        for (var i = match.First + 1; i < match.Last; i++)
        {
            if (_future.Contains(context.Tokens[i].Id))
            {
                return i - 1;
            }
        }

        return match.First;
    }

    /// <summary>The start of a commitment earlier in the sentence that a vague time belongs to, or -1.</summary>
    private int CommitmentStart(RuleContext context, int index)
    {
        // Matches are in text order: walk back through this sentence only.
        var matches = context.Matches;
        var time = matches[index];
        var start = -1;
        for (var k = index - 1; k >= 0 && context.SameSentence(matches[k].First, time.First); k--)
        {
            var entry = context.Entries[matches[k].Entry];
            if (entry.Owner == this && (Behaviour)entry.Kind is Behaviour.VagueOwner or Behaviour.Commitment && matches[k].First < time.First)
            {
                start = matches[k].First;
            }
        }

        return start;
    }

    /// <summary>Whether a hedge is about the customer's problem: "we'll try to fix it", not "we hope to see you again".</summary>
    private bool HedgesAProblem(RuleContext context, PhraseMatch match)
    {
        var (_, last) = context.SentenceOf(match.First);
        if (match.Last + 1 <= last && _courtesyVerbs.Contains(context.Tokens[match.Last + 1].Id))
        {
            // "We hope to welcome you back": a courtesy to the guest, whatever words follow it.
            return false;
        }

        for (var i = match.Last + 1; i <= last; i++)
        {
            if (_followUps.Contains(context.Tokens[i].Id) || _problemWords.Contains(context.Tokens[i].Id))
            {
                return true;
            }
        }

        return false;
    }

    private bool IsCommittedSoon(RuleContext context, int soon)
    {
        var tokens = context.Tokens;

        // "as soon as the courier scans it" is a concrete trigger; "see you soon" is a courtesy.
        if (soon > 0 && tokens[soon - 1].Id == context.Common.As && context.SameSentence(soon - 1, soon))
        {
            return false;
        }

        if (soon + 1 < context.TokenCount && tokens[soon + 1].Id == context.Common.As && context.SameSentence(soon, soon + 1))
        {
            return false;
        }

        var (first, _) = context.SentenceOf(soon);
        var committed = false;
        var future = false;
        var followUp = false;
        for (var i = first; i < soon; i++)
        {
            var id = tokens[i].Id;
            if (_routine.Contains(id))
            {
                return false;
            }

            if (id == context.Common.Please)
            {
                // "We're working on it, so please give it another try soon": the clause now asks the customer.
                committed = future = followUp = false;
                continue;
            }

            committed |= _commitment.Contains(id);
            future |= _future.Contains(id);
            followUp |= _followUps.Contains(id) || _commitment.Contains(id) && !_future.Contains(id) && id != context.Common.I && id != context.Common.We;

            // "We will have you on your way very soon": moving the customer on is our follow-up on the delay.
            followUp |= _movers.Contains(id) && i + 2 < soon && tokens[i + 1].Id == context.Common.You && _movements.Contains(tokens[i + 2].Id);
        }

        return committed && future && followUp && !context.SentenceHasConcreteTime(soon);
    }

    /// <summary>
    /// "Could you DM us the order number? We'll look into this": the commitment waits on a step the reply asks of the
    /// customer, earlier in its sentence or in the sentence before (categories.md, "Promises": "look into it" tied to a
    /// concrete next step is not vague).
    /// </summary>
    private bool FollowsCustomerStep(RuleContext context, int token)
    {
        var (first, last) = context.SentenceOf(token);

        // "What's your flight number? We'll take a look", "Can you tell me the store and I'll have a look?": a question
        // to the customer, just before or around the promise, is the step too.
        // "We'd be happy to look into this with you here: https://...": a link later in the sentence is the step as well.
        return AsksStep(context, first > 0 ? context.SentenceOf(first - 1).First : first, token) || (first > 0 && context.IsQuestion(first - 1)) ||
               context.IsQuestion(last) || context.GivesLink(token, last + 1);
    }

    /// <summary>
    /// A later part of a split reply that opens in the middle of a sentence, in lower case, goes on with what the part
    /// before asked: a promise in its first two sentences ("email address and phone number. We'll look into your
    /// complaint 2/2") is tied to a step we cannot see.
    /// </summary>
    private static bool ContinuesEarlierPart(RuleContext context, int token)
    {
        var opening = SignalDetector.FirstAfterHandles(context);
        if (!context.Signals.LaterPart || opening >= context.TokenCount)
        {
            return false;
        }

        ref readonly var word = ref context.Tokens[opening];
        return word.Is(TokenFlags.Word) && char.IsLower(context.Text[word.Start]) && context.Tokens[token].Sentence <= word.Sentence + 1;
    }

    /// <summary>Whether a vague time ("soon", "ASAP") of this rule follows <paramref name="match"/> in its sentence.</summary>
    private bool VagueTimeLater(RuleContext context, PhraseMatch match)
    {
        foreach (var other in context.Matches)
        {
            var entry = context.Entries[other.Entry];
            if (entry.Owner == this && other.First > match.Last && context.SameSentence(other.First, match.First) &&
                (Behaviour)entry.Kind is Behaviour.VagueTime or Behaviour.Soon)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "We'd be happy to look into this. Please DM us your order number": a commitment whose next sentence asks the
    /// customer for the step it waits on is tied to that step too.
    /// </summary>
    private bool AsksStepNext(RuleContext context, int token)
    {
        var (_, last) = context.SentenceOf(token);
        if (last + 1 >= context.TokenCount)
        {
            return false;
        }

        // "We'll be happy to look into this with you. Which iPhone model do you have?": the answer is the step.
        var (_, nextLast) = context.SentenceOf(last + 1);
        return AsksStep(context, last + 1, nextLast + 1) || context.IsQuestion(last + 1);
    }

    /// <summary>
    /// "The India team will reach out to you. Please allow 24-48 business hours.": the sentence after the promise names
    /// its time.
    /// </summary>
    private static bool TimedNext(RuleContext context, int token)
    {
        var (_, last) = context.SentenceOf(token);
        return last + 1 < context.TokenCount && context.SentenceHasConcreteTime(last + 1);
    }

    /// <summary>"I do hope this is resolved soon": a hope for an outcome before the token, not "we hope to" (a hedge on our own step).</summary>
    private bool HopesForOutcome(RuleContext context, int token)
    {
        var (first, _) = context.SentenceOf(token);
        for (var i = first; i + 1 < token; i++)
        {
            if (_hopeVerbs.Contains(context.Tokens[i].Id) && context.Tokens[i + 1].Id != _to)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "You'll need to hurry and get there ASAP": the clause's subject is the customer ("you" before an obligation, with
    /// no "we" or "I" after it), so the time is theirs to keep, not a promise of ours.
    /// </summary>
    private bool IsCustomersTime(RuleContext context, int token)
    {
        var (first, _) = context.SentenceOf(token);
        for (var i = token - 1; i >= first; i--)
        {
            var id = context.Tokens[i].Id;
            if (id == context.Common.We || id == context.Common.I)
            {
                return false;
            }

            if (id == context.Common.You && i + 1 < token)
            {
                // "You'll need to": an obligation; "you'll get an update soon" is still our promise.
                var next = context.Tokens[i + 1].Id;
                return _customerModals.Contains(next) ||
                       (_auxiliaries.Contains(next) && i + 2 < token && _customerModals.Contains(context.Tokens[i + 2].Id));
            }
        }

        return false;
    }

    /// <summary>"Please" or one of the <c>please-words</c> ("kindly", "pls").</summary>
    private bool IsPlease(RuleContext context, int id) => id == context.Common.Please || _pleaseWords.Contains(id);

    /// <summary>
    /// "Please report this here and we'll look into it", "please send us a DM so we can connect ASAP": "please" before a
    /// verb asks for a step, unless it asks only for patience or attention ("please be patient", "please note").
    /// </summary>
    private bool AsksPlease(RuleContext context, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (IsPlease(context, context.Tokens[i].Id) && i + 1 < context.TokenCount && context.Tokens[i + 1].Is(TokenFlags.Word) &&
                !_notSteps.Contains(context.Tokens[i + 1].Id) && context.SameSentence(i, i + 1))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether a vague time ("as quickly as possible") is kept by us: its sentence, up to the end of the time, names us,
    /// the customer or their case (<c>commitment-words</c>, <c>ours-words</c>: "we", "our engineers", "your request"), or
    /// the time opens the sentence. "The staff at the desks are doing their best to get all passengers rebooked as quickly
    /// as possible" reports others at work.
    /// </summary>
    private bool OursToKeep(RuleContext context, PhraseMatch match)
    {
        var (first, _) = context.SentenceOf(match.First);
        if (match.First == first)
        {
            return true;
        }

        for (var i = first; i <= match.Last; i++)
        {
            var id = context.Tokens[i].Id;
            if (_commitment.Contains(id) || _ours.Contains(id) || id == context.Common.You)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"Your refund will be with you soon, I'm sure": a hope right after the time (<c>hope-tails</c>), not a promise.</summary>
    private bool HopeFollows(RuleContext context, int last)
    {
        for (var i = last + 1; i < context.TokenCount && i <= last + HopeTailReach && context.SameSentence(last, i); i++)
        {
            if (_hopeTails.Contains(context.Tokens[i].Id))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>How many tokens after a vague time a hope may follow it (", I'm sure": comma, "I", "'m", "sure").</summary>
    private const int HopeTailReach = 4;

    /// <summary>Whether the tokens from <paramref name="from"/> up to <paramref name="to"/> ask the customer for a step.</summary>
    private bool AsksStep(RuleContext context, int from, int to)
    {
        if (AsksPlease(context, from, to) || context.GivesLink(from, to))
        {
            return true;
        }

        var asks = false;
        for (var i = from; i < to; i++)
        {
            asks |= context.Tokens[i].Id == context.Common.Please;
        }

        for (var i = from; i < to; i++)
        {
            // "DM us", "please click to send us a message", not "no timeline to share".
            if (_customerSteps.Contains(context.Tokens[i].Id) && (i == 0 || context.Tokens[i - 1].Id != _to || asks))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "I'll send it to the coffee bar asap", "they'll have your order out shortly": timing in a transaction, not a
    /// promise about a problem. The transaction may be named anywhere in the reply; the follow-up in the sentence.
    /// </summary>
    private bool IsRoutine(RuleContext context, int token)
    {
        var followUp = false;
        var (first, last) = context.SentenceOf(token);
        for (var i = first; i <= last; i++)
        {
            followUp |= _followUps.Contains(context.Tokens[i].Id);
        }

        if (followUp)
        {
            return false;
        }

        return context.Signals.RoutineTransaction;
    }
}
