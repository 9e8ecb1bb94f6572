using BenchmarkDotNet.Attributes;

namespace Deescalation.Benchmarks;

/// <summary>
/// One pass over every reply of the real corpus (<c>../shared/corpora/agent_replies.jsonl</c>, read at run time and
/// pre-loaded in setup, so only analysis is timed), on one thread. The MB/s and replies/s columns divide the corpus
/// by the mean pass time; MB are UTF-8 bytes of reply text. Target: at least 100 MB/s.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(CorpusThroughputConfig))]
public class CorpusThroughputBenchmarks
{
    private readonly ReplyAnalyzer _analyzer = ReplyAnalyzer.Default;
    private string[] _texts = null!;
    private ReplyContext?[] _contexts = null!;

    [GlobalSetup]
    public void LoadCorpus()
    {
        var corpus = ReplyCorpus.LoadDefault();
        _texts = corpus.Texts;
        _contexts = ThroughputRunner.ContextsFor(corpus);
    }

    /// <summary>Reply text only, as a writing tool sees it.</summary>
    [Benchmark(Baseline = true)]
    public int AnalyzeReplies()
    {
        var findings = 0;
        foreach (var text in _texts)
        {
            findings += _analyzer.Analyze(text).Diagnostics.Count;
        }

        return findings;
    }

    /// <summary>Each reply with the customer's message it answers, where the corpus has one, as <c>deesc check</c> reads a JSONL file.</summary>
    [Benchmark]
    public int AnalyzeRepliesWithCustomerMessages()
    {
        var findings = 0;
        var texts = _texts;
        var contexts = _contexts;
        for (var index = 0; index < texts.Length; index++)
        {
            findings += _analyzer.Analyze(texts[index], contexts[index]).Diagnostics.Count;
        }

        return findings;
    }
}
