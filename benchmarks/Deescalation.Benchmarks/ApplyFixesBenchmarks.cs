using System.Collections.Generic;
using BenchmarkDotNet.Attributes;

namespace Deescalation.Benchmarks;

/// <summary>
/// Fix-all on risky replies: choosing the non-overlapping edits and applying them, alone (the analysis is done
/// once in setup) and together with the analysis, as an editor's "fix all" button does.
/// </summary>
[MemoryDiagnoser]
public class ApplyFixesBenchmarks
{
    private readonly ReplyAnalyzer _analyzer = ReplyAnalyzer.Default;
    private ReplyAnalysis _typicalEmail = null!;
    private ReplyAnalysis _longEmail = null!;

    [GlobalSetup]
    public void AnalyzeOnce()
    {
        _typicalEmail = _analyzer.Analyze(SampleReplies.TypicalEmailRisky);
        _longEmail = _analyzer.Analyze(SampleReplies.LongEmailRisky);
    }

    [Benchmark]
    public IReadOnlyList<TextEdit> GetFixEditsTypicalEmail() => _typicalEmail.GetFixEdits();

    [Benchmark(Baseline = true)]
    public string ApplyFixesTypicalEmail() => _typicalEmail.ApplyFixes();

    [Benchmark]
    public string ApplyFixesLongEmail() => _longEmail.ApplyFixes();

    [Benchmark]
    public string AnalyzeAndApplyFixesTypicalEmail() => _analyzer.Analyze(SampleReplies.TypicalEmailRisky).ApplyFixes();

    /// <summary>Fixing the fixed text again: what a second "fix all" costs (it should find little or nothing).</summary>
    [Benchmark]
    public string ReanalyzeFixedTypicalEmail() => _analyzer.Analyze(_typicalEmail.ApplyFixes()).ApplyFixes();
}
