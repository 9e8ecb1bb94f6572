using BenchmarkDotNet.Attributes;

namespace Deescalation.Benchmarks;

/// <summary>
/// One <see cref="ReplyAnalyzer.Analyze"/> call on replies of the three sizes an agent writes: a chat line
/// (~20 words), a typical email (~120 words) and a long email that quotes the thread below it (~800 words, most of
/// it quoted and so skipped by the rules). Each clean and risky. Target: a clean typical email in under 10 µs and
/// at most 1 KB allocated; a risky one allocates only its diagnostics.
/// </summary>
[MemoryDiagnoser]
public class AnalyzeBenchmarks
{
    private readonly ReplyAnalyzer _analyzer = ReplyAnalyzer.Default;
    private readonly ReplyContext _chat = new() { Channel = ReplyChannel.Chat };
    private readonly ReplyContext _email = new() { Channel = ReplyChannel.Email };
    private readonly ReplyContext _upsetEmail = new() { Channel = ReplyChannel.Email, CustomerMessage = SampleReplies.UpsetCustomerMessage };

    [GlobalSetup]
    public void WarmUp() => _analyzer.Analyze("Thanks!");

    [Benchmark]
    [BenchmarkCategory("Chat")]
    public ReplyAnalysis ShortChatClean() => _analyzer.Analyze(SampleReplies.ShortChatClean, _chat);

    [Benchmark]
    [BenchmarkCategory("Chat")]
    public ReplyAnalysis ShortChatRisky() => _analyzer.Analyze(SampleReplies.ShortChatRisky, _chat);

    [Benchmark(Baseline = true)]
    [BenchmarkCategory("Email")]
    public ReplyAnalysis TypicalEmailClean() => _analyzer.Analyze(SampleReplies.TypicalEmailClean, _email);

    [Benchmark]
    [BenchmarkCategory("Email")]
    public ReplyAnalysis TypicalEmailRisky() => _analyzer.Analyze(SampleReplies.TypicalEmailRisky, _email);

    /// <summary>The clean email answering an upset customer: the missing-acknowledgement check reads the customer's message too.</summary>
    [Benchmark]
    [BenchmarkCategory("Email")]
    public ReplyAnalysis TypicalEmailCleanWithCustomerMessage() => _analyzer.Analyze(SampleReplies.TypicalEmailClean, _upsetEmail);

    [Benchmark]
    [BenchmarkCategory("LongEmail")]
    public ReplyAnalysis LongEmailWithQuotedThreadClean() => _analyzer.Analyze(SampleReplies.LongEmailClean, _email);

    [Benchmark]
    [BenchmarkCategory("LongEmail")]
    public ReplyAnalysis LongEmailWithQuotedThreadRisky() => _analyzer.Analyze(SampleReplies.LongEmailRisky, _email);
}
