using System.Text;
using BenchmarkDotNet.Attributes;

namespace Deescalation.Benchmarks;

/// <summary>
/// Cost against input size, 1 KB to 4 MB (1 KB = 1,024 UTF-16 chars), to show that analysis is linear: the
/// µs/KB column should stay flat down each kind. Kinds: ordinary email prose; risky prose (a finding in nearly every
/// sentence, so diagnostics grow with the input); and a trigger run, the pathological case for phrase matchers and
/// sentence-level rules: one endless sentence of trigger words and half-finished phrases, repeated apologies, option
/// lists, capitals and "!!!" runs, with no sentence break anywhere.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(ScalingConfig))]
public class ScalingBenchmarks
{
    private readonly ReplyAnalyzer _analyzer = ReplyAnalyzer.Default;
    private string _input = null!;

    public enum InputKind
    {
        Prose,
        RiskyProse,
        TriggerRun,
    }

    [Params(1, 16, 256, 1024, 4096)]
    public int SizeKB { get; set; }

    [ParamsAllValues]
    public InputKind Kind { get; set; }

    [GlobalSetup]
    public void BuildInput() => _input = Build(Kind, SizeKB * 1024);

    [Benchmark]
    public int Analyze() => _analyzer.Analyze(_input).Diagnostics.Count;

    /// <summary>Repeats the kind's unit up to <paramref name="length"/> chars, cut at a space.</summary>
    internal static string Build(InputKind kind, int length)
    {
        var unit = kind switch
        {
            InputKind.Prose => SampleReplies.TypicalEmailClean + "\n\n",
            InputKind.RiskyProse => SampleReplies.TypicalEmailRisky + "\n\n",
            _ => TriggerRunUnit,
        };
        var builder = new StringBuilder(length + unit.Length);
        while (builder.Length < length)
        {
            builder.Append(unit);
        }

        var cut = length;
        while (cut > 0 && builder[cut - 1] != ' ' && builder[cut - 1] != '\n')
        {
            cut--;
        }

        builder.Length = cut > 0 ? cut : length;
        return builder.ToString();
    }

    /// <summary>No '.', '?' or line break: the whole input is one sentence, every phrase half-started many times.</summary>
    private const string TriggerRunUnit =
        "sorry sorry I'm sorry you I am so sorry that you I'm really sorry if you feel sorry but but " +
        "we'll look into we will look into it soon soon ASAP someone will get back we'll try " +
        "you should you should have you failed to as I already as I already told per my last " +
        "I guarantee never happen again 100% always never " +
        "a refund or an exchange or a credit or a voucher or a callback, " +
        "calm down relax obviously simply with all due no offense but you're wrong that's not true " +
        "not my department nothing I can do that's just our policy " +
        "THIS IS NOT ACCEPTABLE AT ALL NOT NOT NOT !!!!!!!! ?!?!?! !! ";
}
