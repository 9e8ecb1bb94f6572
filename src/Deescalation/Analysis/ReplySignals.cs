using System;
using System.Collections.Generic;
using Deescalation.Rules.Data;

namespace Deescalation.Analysis;

/// <summary>
/// What the engine reads once per reply and every rule and the score may use: an acknowledgement, a concrete next
/// step, thanks, where an opening sentence goes (after the greeting), a routine transaction, and whether the
/// customer is upset. Computed by <see cref="SignalDetector"/>; the customer's message is read only when a rule asks.
/// One instance per thread, reset for every reply.
/// </summary>
internal sealed class ReplySignals
{
    private readonly SignalDetector _detector;
    private RuleContext _context = null!;
    private bool? _customerUpset;
    private bool? _routineTransaction;
    private bool _transactionWords;
    private bool? _customerConfirms;
    private bool? _customerAsksForChoices;
    private bool? _customerCalm;
    private bool? _customerNamesApology;
    private int? _upsetWeight;
    private string? _upsetMessage;
    private int _upsetWeightOfMessage;

    public ReplySignals(SignalDetector detector) => _detector = detector;

    /// <summary>The reply apologises or acknowledges the customer's feelings.</summary>
    public bool Acknowledges { get; private set; }

    /// <summary>The reply names a concrete next step or a time.</summary>
    public bool NextStep { get; private set; }

    /// <summary>Some token of the reply is one of the language's apologies (<see cref="CommonWords.Apologies"/>).</summary>
    public bool ApologyWord { get; private set; }

    /// <summary>The reply thanks the customer.</summary>
    public bool Thanks { get; private set; }

    /// <summary>
    /// The reply is about a routine transaction: an order, a booking or a ticket named anywhere in it, unless the customer
    /// is upset or reports trouble ("claims are handled in the order they're received" to a customer chasing a decision is
    /// no sale), or an answer to a calm customer's short go-ahead ("Yes, that's it"); read on first use.
    /// </summary>
    public bool RoutineTransaction => _routineTransaction ??= (_transactionWords && (!HasCustomerMessage || CustomerCalm)) || CustomerConfirms;

    /// <summary>The customer's message is a calm, short go-ahead in a transaction ("Yes, that's it", "3D."); read on first use.</summary>
    public bool CustomerConfirms => _customerConfirms ??= HasCustomerMessage && !CustomerUpset && _detector.ConfirmsTransaction(_context);

    /// <summary>
    /// There is a customer's message, and it is calm: not upset, and reporting no trouble ("Should I watch a film
    /// tonight?"); read on first use.
    /// </summary>
    public bool CustomerCalm => _customerCalm ??= HasCustomerMessage && !CustomerUpset && !_detector.ReportsTrouble(_context);

    /// <summary>
    /// The customer's message names an apology rather than making one ("sorry doesn't cut it", "lots of “sorry”"): a reply
    /// that only says sorry again misses the point; read on first use.
    /// </summary>
    public bool CustomerNamesApology => _customerNamesApology ??= HasCustomerMessage && _detector.NamesAnApology(_context);

    /// <summary>The customer's message asks for a list ("Which teas do you have?"); read on first use.</summary>
    public bool CustomerAsksForChoices => _customerAsksForChoices ??= HasCustomerMessage && _detector.AsksForChoices(_context);

    /// <summary>Where an opening sentence goes: the first token, or the first after a greeting such as "Hi Sam,".</summary>
    public int OpeningPosition { get; private set; }

    /// <summary>
    /// The reply is a later part of a split reply ("2/2", "(3/3)", "[2/3]", or it opens with "..."): what it lacks may
    /// stand in an earlier part (categories.md, "Threads").
    /// </summary>
    public bool LaterPart { get; private set; }

    /// <summary>There is a customer's message to read: <see cref="ReplyContext.CustomerMessage"/> or quoted text.</summary>
    public bool HasCustomerMessage { get; private set; }

    /// <summary>The customer's message (or the quoted text) reads as upset; read on first use.</summary>
    public bool CustomerUpset => _customerUpset ??= HasCustomerMessage && CustomerUpsetWeight >= SignalDetector.UpsetThreshold;

    /// <summary>
    /// The evidence of anger in the customer's message (or the quoted text), summed (<see cref="SignalDetector.UpsetWeight"/>);
    /// read on first use. Checking a fix analyses the fixed sentence again with the same message, several replies may
    /// answer one message, and the weight depends on the message's text alone, so the last message's weight is kept.
    /// </summary>
    public int CustomerUpsetWeight
    {
        get
        {
            if (_upsetWeight is { } weight)
            {
                return weight;
            }

            var message = _context.Context?.CustomerMessage;
            if (string.IsNullOrWhiteSpace(message))
            {
                // The quoted text of the reply stands for the message: it is the reply's own.
                weight = _detector.UpsetWeight(_context);
            }
            else
            {
                if (!string.Equals(message, _upsetMessage, StringComparison.Ordinal))
                {
                    _upsetWeightOfMessage = _detector.UpsetWeight(_context);
                    _upsetMessage = message;
                }

                weight = _upsetWeightOfMessage;
            }

            _upsetWeight = weight;
            return weight;
        }
    }

    /// <summary>Reads the reply's signals after the phrases are matched.</summary>
    public void Read(RuleContext context)
    {
        _context = context;
        _customerUpset = null;
        _upsetWeight = null;
        _routineTransaction = null;
        _customerConfirms = null;
        _customerAsksForChoices = null;
        _customerCalm = null;
        _customerNamesApology = null;
        _detector.Read(context, this);
    }

    /// <summary>A next-step phrase starts between <paramref name="first"/> and <paramref name="last"/> (tokens).</summary>
    public bool NextStepWithin(int first, int last) => _detector.HasSignal(_context, SignalKind.NextStep, first, last);

    internal void Set(bool apologyWord, bool acknowledges, bool nextStep, bool thanks, bool routine, int openingPosition, bool hasCustomerMessage, bool laterPart)
    {
        ApologyWord = apologyWord;
        LaterPart = laterPart;
        Acknowledges = acknowledges;
        NextStep = nextStep;
        Thanks = thanks;
        _transactionWords = routine;
        OpeningPosition = openingPosition;
        HasCustomerMessage = hasCustomerMessage;
    }
}
