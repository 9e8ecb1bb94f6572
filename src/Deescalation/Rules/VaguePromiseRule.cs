using System;
using System.Collections.Generic;

namespace Deescalation;

/// <summary>
/// DEESC003: commitments with no concrete time, owner or step. Guide 002: "Avoid vague promises; instead,
/// provide specific steps you'll take to address the issue"; guide 003: "explain the next steps".
/// </summary>
internal sealed class VaguePromiseRule : ReplyRule
{
    /// <summary>A vague time ("in due course", "ASAP"): always vague.</summary>
    private const int VagueTime = 1;

    /// <summary>A vague owner ("someone will get back to you"): vague unless the sentence names a time.</summary>
    private const int VagueOwner = 2;

    /// <summary>A commitment ("we'll look into it"): vague unless the sentence names a time.</summary>
    private const int Commitment = 3;

    /// <summary>A hedge ("we'll try"): always vague.</summary>
    private const int Hedge = 4;

    /// <summary>"soon" and "shortly": vague when the agent commits to them.</summary>
    private const int Soon = 5;

    private static readonly PhraseEntry[] Table =
    {
        new("in due (course|time)", kind: VagueTime),
        new("(sometime|some time) soon", kind: VagueTime),
        new("(at|by) some (point|stage|time)", kind: VagueTime),
        new("(in|at) the (near|not too distant) future", kind: VagueTime),
        new("(as soon as|asap as) (possible|practicable|feasible)", kind: VagueTime),
        new("as soon as (we|i) (can|are able|am able|get a chance|get the chance|get round to it|get around to it)", kind: VagueTime),
        new("(asap|a.s.a.p)", kind: VagueTime),
        new("as (quickly|fast|promptly|soon) as (possible|we can|i can|we are able|humanly possible)", kind: VagueTime),
        new("when (we|i) (can|get a chance|get the chance|have time|have a moment|get around to it|get round to it)", kind: VagueTime),
        new("(in|over) the (coming|next few) (days|weeks)", kind: VagueTime),
        new("(before long|eventually|one of these days|down the line|at the earliest|soonish|in a bit|in a while|some day|someday|sooner or later)", kind: VagueTime),
        new("(at|by) (their|our|the) earliest (convenience|opportunity)", kind: VagueTime),
        new("(in the pipeline|in the works|on the roadmap|on our radar)", kind: VagueTime),
        new("(when|once|as soon as) (i|we) (hear|get|receive) (something|anything|back|more|news|an update|word)", kind: VagueTime),
        new("(will be)? actioned (as appropriate|accordingly|in due course)?", kind: VagueTime),
        new("as (appropriate|necessary) (in due course)?", kind: VagueTime),
        new("(at|in) a later (date|stage|time|point)", kind: VagueTime),
        new("hopefully (soon|shortly|before long)", kind: VagueTime),
        new("(someone|somebody|a colleague|a team member|a member of (our|the) team|one of (our|my) (colleagues|team|agents|team members|specialists|experts)|the (relevant|appropriate|right) (team|department|person|people)) (will|should|is going to|shall) (be in touch|get back to you|get in touch|reach out|contact you|call you|email you|follow up|respond|reply|be contacting you|look into it|look into this|look at it|deal with it|be with you)", kind: VagueOwner),
        new("(someone|somebody) (from|in|at) *3 (will|should|is going to) (be in touch|get back to you|get in touch|reach out|contact you|call you|email you|follow up|respond|reply)", kind: VagueOwner),
        new("you (will|should) hear (back)? from (someone|somebody|us|the team)", kind: VagueOwner),
        new("(they|he|she) (will|should|are going to|is going to) (be in touch|get back to you|get in touch|reach out|contact you|call you|email you|follow up|respond|reply|look into it|look into this|look at it|look at this|deal with it|sort it out|take a look)", kind: VagueOwner),
        new("(our|the) team (is|are|will be) (looking into|working on) (it|this|that|the issue|the problem)", kind: VagueOwner),
        new("(we|i) (will|are going to|am going to|shall) (look into|investigate|check into|look at|get back to you|get back|be in touch|follow up|update you|let you know|keep you posted|keep you updated|reach out|get this sorted|sort this out|sort it out|get to the bottom of (this|it)|see what (we|i) can do|take care of (it|this)|work on (it|this)|escalate (it|this)|review (it|this|your case)) (it|this|that|the issue|the matter|your case|your request)?", kind: Commitment),
        new("(we|i) (will|are going to|shall) (fix|resolve|sort) (it|this|that|the issue|the problem)", kind: Commitment),
        new("(we|i) (are|am) (looking into|investigating|working on|checking on) (it|this|that|the issue|the problem|your case)", kind: Commitment),
        new("(we|i) (will|shall) (try|attempt) (to|and)?", "I'll aim to", kind: Hedge),
        new("(we|i) will (try|do) (our|my) best (to)?", "I'll aim to", kind: Hedge),
        new("(we|i) (are|am) (hoping|hope) to", "I'll aim to", kind: Hedge),
        new("(we|i|they|our *2) (will|shall)? (endeavour|endeavor) to", "I'll aim to", kind: Hedge),
        new("(we|i) (aim|hope) to", "I'll aim to", kind: Hedge),
        new("(we|i) (will|shall) make sure (this|it|that|your *2) (gets|is|will be) (sorted|fixed|resolved|looked at|dealt with|handled|taken care of)", kind: Commitment),
        new("(soon|shortly)", kind: Soon),
    };

    private static readonly string[] ProblemWords =
    {
        "it", "this", "that", "issue", "problem", "fault", "error", "delay", "order", "parcel", "package", "account", "refund",
        "replacement", "repair", "get", "have", "sort", "resolve", "fix", "restore", "deliver", "send", "going", "back", "running", "working",
    };

    private static readonly string[] Conditions = { "if", "once", "tell", "whenever", "after", "unless" };

    private static readonly string[] CommitmentWords =
    {
        "we", "i", "someone", "somebody", "team", "us", "fix", "update", "refund", "resolution", "solution", "response", "reply", "answer",
        "engineer", "technician", "callback", "patch", "replacement", "they",
    };

    private static readonly string[] FutureWords = { "will", "would", "should", "hope", "hoping", "going", "aim", "expect", "plan", "try", "be", "coming", "is", "are" };
    private static readonly string[] RoutineWords = { "ready", "see", "talk", "speak", "well", "chat", "again", "bar", "counter", "drink", "drinks", "coffee", "tea", "latte", "table", "pickup", "served", "brewing", "cup", "menu", "order" };

    /// <summary>Follow-up on the customer's problem: "soon" after these is a commitment, not routine timing.</summary>
    private static readonly string[] FollowUps =
    {
        "back", "touch", "call", "update", "fix", "fixed", "resolve", "resolved", "look", "contact", "respond", "reply", "sort", "sorted",
        "hear", "investigate", "refund", "review", "solution", "escalate", "answer", "news", "information", "info", "working", "progress", "feedback", "reach",
    };

    private WordSet _commitment;
    private WordSet _future;
    private WordSet _routine;
    private WordSet _courtesy;
    private WordSet _followUps;
    private WordSet _conditions;
    private WordSet _problemWords;
    private int _to;
    private int _and;

    public override IReadOnlyList<DiagnosticDescriptor> Descriptors { get; } = new[] { RuleCatalog.VaguePromise };

    public override IEnumerable<PhraseEntry> Phrases => Table;

    public override IEnumerable<string> Words => Join(CommitmentWords, FutureWords, RoutineWords, FollowUps, Conditions, ProblemWords, new[] { "to" });

    public override void Initialize(Lexicon lexicon)
    {
        _commitment = lexicon.Set(CommitmentWords);
        _future = lexicon.Set(FutureWords);
        _routine = lexicon.Set(RoutineWords);
        _courtesy = lexicon.Set(new[] { "see", "talk", "speak", "well", "chat", "again" });
        _followUps = lexicon.Set(FollowUps);
        _conditions = lexicon.Set(Conditions);
        _problemWords = lexicon.Set(ProblemWords);
        _to = lexicon.Id("to");
        _and = lexicon.Id("and");
    }

    public override void Analyze(RuleContext context)
    {
        var lastSentenceWithTime = -1;
        var covered = -1;

        // Pass 1: vague times and "soon". A sentence that has one gets no second finding for its commitment.
        var matches = context.Matches;
        for (var index = 0; index < matches.Count; index++)
        {
            var match = matches[index];
            var entry = context.Entries[match.Entry];
            if (entry.Owner != this || match.First <= covered)
            {
                continue;
            }

            if ((entry.Kind == VagueTime || (entry.Kind == Soon && IsCommittedSoon(context, match.First))) && !IsRoutine(context, match.First))
            {
                Report(context, match, context.ResponseWindow, "Name a time instead of a vague one.", CommitmentStart(context, index));
                covered = match.Last;
                lastSentenceWithTime = context.Tokens[match.First].Sentence;
            }
        }

        covered = -1;
        foreach (var match in context.Matches)
        {
            var entry = context.Entries[match.Entry];
            if (entry.Owner != this || match.First <= covered || entry.Kind is VagueTime or Soon)
            {
                continue;
            }

            var sentence = context.Tokens[match.First].Sentence;
            if (entry.Kind == Hedge && (context.SentenceContainsBefore(match.First, _conditions) || !HedgesAProblem(context, match)))
            {
                // "Tell me what happened and I'll do my best to help" offers; "we hope to welcome you again" is courtesy.
                continue;
            }

            if (entry.Kind == Hedge)
            {
                var replacement = entry.Replacement!;
                var last = match.Last;
                if (context.Tokens[last].Id != _to && context.Tokens[last].Id != _and)
                {
                    replacement = "I'll look into this " + context.ResponseWindow;
                }

                Report(context, match, replacement, "\"Try\" and \"hope\" promise nothing; say what you will do and when.");
                covered = match.Last;
                continue;
            }

            if (sentence == lastSentenceWithTime || context.SentenceHasConcreteTime(match.First) || context.SentenceContainsBefore(match.First, _conditions) ||
                IsRoutine(context, match.First))
            {
                // "If you send a photo, we'll look into it" waits on the customer: an offer, not a vague promise.
                continue;
            }

            var original = context.Text.Substring(context.Tokens[match.First].Start, context.Tokens[match.Last].End - context.Tokens[match.First].Start);
            var fix = entry.Kind == VagueOwner ? "I'll update you " + context.ResponseWindow : original + " " + context.ResponseWindow;
            Report(context, match, fix, entry.Kind == VagueOwner ? "Say who will follow up, and when." : "Add when the customer will hear back.");
            covered = match.Last;
        }
    }

    private void Report(RuleContext context, PhraseMatch match, string replacement, string advice, int spanStart = -1)
    {
        var span = context.Span(match.First, match.Last);
        var text = context.CaseFor(replacement, match.First);

        // The finding covers the whole promise ("someone will reach out shortly"); the fix touches only the time.
        var diagnosticSpan = spanStart >= 0 ? context.Span(spanStart, match.Last) : span;
        context.Report(
            RuleCatalog.VaguePromise,
            diagnosticSpan,
            $"Vague promise: {advice} For example \"{context.ResponseWindow}\".",
            context.Replace("Commit to a concrete time", span, text));
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
            if (entry.Owner == this && entry.Kind is VagueOwner or Commitment && matches[k].First < time.First)
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

            committed |= _commitment.Contains(id);
            future |= _future.Contains(id);
            followUp |= _followUps.Contains(id) || _commitment.Contains(id) && !_future.Contains(id) && id != context.Common.I && id != context.Common.We;
        }

        return committed && future && followUp && !context.SentenceHasConcreteTime(soon);
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

        for (var i = 0; i < context.TokenCount; i++)
        {
            if (_routine.Contains(context.Tokens[i].Id) && !_courtesy.Contains(context.Tokens[i].Id))
            {
                return true;
            }
        }

        return false;
    }
}
