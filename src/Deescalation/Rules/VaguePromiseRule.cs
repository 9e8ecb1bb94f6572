using System;
using System.Collections.Generic;
using System.Globalization;
using Deescalation.Analysis;

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
    private WordSet _problemWords;
    private WordSet _customerSteps;
    private int _to;
    private int _and;


    public override IEnumerable<string> Words => new[] { "to" };

    public override void Initialize(Lexicon lexicon)
    {
        _commitment = Class(lexicon, "commitment-words");
        _future = Class(lexicon, "future-words");
        _routine = Class(lexicon, "routine-words");
        _followUps = Class(lexicon, "follow-ups");
        _conditions = Class(lexicon, "conditions");
        _problemWords = Class(lexicon, "problem-words");
        _customerSteps = Class(lexicon, "customer-steps");
        _to = lexicon.Id("to");
        _and = lexicon.Id("and");
    }

    /// <summary>The configured response window in the language's words ("within 2 business days"), made once.</summary>
    private string ResponseWindow(RuleContext context)
    {
        if (_responseWindow is null)
        {
            var days = context.Options.ResponseWindowBusinessDays;
            _responseWindow = days == 1 ? Text("fix.response-window.one") : string.Format(CultureInfo.InvariantCulture, Text("fix.response-window.other"), days);
        }

        return _responseWindow;
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

            if (((Behaviour)entry.Kind == Behaviour.VagueTime || ((Behaviour)entry.Kind == Behaviour.Soon && IsCommittedSoon(context, match.First))) && !IsRoutine(context, match.First))
            {
                Report(context, match, ResponseWindow(context), Text("advice.vague-time"), CommitmentStart(context, index));
                covered = match.Last;
                lastSentenceWithTime = context.Tokens[match.First].Sentence;
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
            if ((Behaviour)entry.Kind == Behaviour.Hedge && (context.SentenceContainsBefore(match.First, _conditions) || !HedgesAProblem(context, match)))
            {
                // "Tell me what happened and I'll do my best to help" offers; "we hope to welcome you again" is courtesy.
                continue;
            }

            if ((Behaviour)entry.Kind == Behaviour.Hedge)
            {
                var replacement = entry.Replacement!;
                var last = match.Last;
                if (context.Tokens[last].Id != _to && context.Tokens[last].Id != _and)
                {
                    replacement = "I'll look into this " + ResponseWindow(context);
                }

                Report(context, match, replacement, Text("advice.hedge"));
                covered = match.Last;
                continue;
            }

            if (sentence == lastSentenceWithTime || context.SentenceHasConcreteTime(match.First) || context.SentenceContainsBefore(match.First, _conditions) ||
                IsRoutine(context, match.First) || FollowsCustomerStep(context, match.First))
            {
                // "If you send a photo, we'll look into it" waits on the customer: an offer, not a vague promise.
                continue;
            }

            var original = context.Text.Substring(context.Tokens[match.First].Start, context.Tokens[match.Last].End - context.Tokens[match.First].Start);
            var fix = (Behaviour)entry.Kind == Behaviour.VagueOwner ? "I'll update you " + ResponseWindow(context) : original + " " + ResponseWindow(context);
            Report(context, match, fix, (Behaviour)entry.Kind == Behaviour.VagueOwner ? Text("advice.vague-owner") : Text("advice.commitment"));
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
            DescriptorOf("DEESC003"),
            diagnosticSpan,
            string.Format(CultureInfo.InvariantCulture, Text("finding"), advice, ResponseWindow(context)),
            context.Replace(Text("fix-title"), span, text));
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
    /// "Could you DM us the order number? We'll look into this": the commitment waits on a step the reply asks of the
    /// customer, earlier in its sentence or in the sentence before (categories.md, "Promises": "look into it" tied to a
    /// concrete next step is not vague).
    /// </summary>
    private bool FollowsCustomerStep(RuleContext context, int token)
    {
        var (first, _) = context.SentenceOf(token);
        var from = first > 0 ? context.SentenceOf(first - 1).First : first;
        var asks = false;
        for (var i = from; i < token; i++)
        {
            asks |= context.Tokens[i].Id == context.Common.Please;
        }

        for (var i = from; i < token; i++)
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
