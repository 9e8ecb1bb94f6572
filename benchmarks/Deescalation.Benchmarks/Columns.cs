using System;
using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace Deescalation.Benchmarks;

/// <summary>Adds MB/s, replies/s and bytes allocated per reply to <see cref="CorpusThroughputBenchmarks"/>.</summary>
public sealed class CorpusThroughputConfig : ManualConfig
{
    public CorpusThroughputConfig()
    {
        AddColumn(
            new DerivedColumn("MB/s", "UTF-8 megabytes (10^6 bytes) of reply text analysed per second (corpus size / Mean)", (corpus, _, mean) => corpus.Utf8Bytes / 1e6 / (mean / 1e9)),
            new DerivedColumn("replies/s", "Corpus replies analysed per second (reply count / Mean)", (corpus, _, mean) => corpus.Count / (mean / 1e9)),
            new DerivedColumn("B/reply", "Bytes allocated per reply (Allocated / reply count)", (corpus, allocated, _) => allocated < 0 ? double.NaN : (double)allocated / corpus.Count));
    }

    /// <summary>A column computed from the corpus totals, the bytes allocated per operation and the mean in ns.</summary>
    private sealed class DerivedColumn : IColumn
    {
        private static readonly Lazy<ReplyCorpus?> Corpus = new(() => ReplyCorpus.Locate() is { } path ? ReplyCorpus.Load(path) : null);
        private readonly Func<ReplyCorpus, long, double, double> _compute;

        public DerivedColumn(string name, string legend, Func<ReplyCorpus, long, double, double> compute)
        {
            ColumnName = name;
            Legend = legend;
            _compute = compute;
        }

        public string Id => nameof(DerivedColumn) + "." + ColumnName;

        public string ColumnName { get; }

        public string Legend { get; }

        public bool AlwaysShow => true;

        public ColumnCategory Category => ColumnCategory.Custom;

        public int PriorityInCategory => 0;

        public bool IsNumeric => true;

        public UnitType UnitType => UnitType.Dimensionless;

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, summary.Style);

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
        {
            var report = summary[benchmarkCase];
            var mean = report?.ResultStatistics?.Mean;
            if (Corpus.Value is not { } corpus || mean is null || report is null)
            {
                return "NA";
            }

            var allocated = report.GcStats.GetBytesAllocatedPerOperation(benchmarkCase) ?? -1;
            var value = _compute(corpus, allocated, mean.Value);
            return double.IsNaN(value) ? "NA" : value.ToString(value >= 100 ? "N0" : "N1", CultureInfo.InvariantCulture);
        }

        public bool IsAvailable(Summary summary) => true;

        public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

        public override string ToString() => ColumnName;
    }
}

/// <summary>Adds µs/KB to <see cref="ScalingBenchmarks"/>: flat down a kind means linear cost.</summary>
public sealed class ScalingConfig : ManualConfig
{
    public ScalingConfig() => AddColumn(new MicrosecondsPerKilobyteColumn());

    private sealed class MicrosecondsPerKilobyteColumn : IColumn
    {
        public string Id => nameof(MicrosecondsPerKilobyteColumn);

        public string ColumnName => "µs/KB";

        public string Legend => "Mean divided by the input size in KB (1,024 chars): flat means linear";

        public bool AlwaysShow => true;

        public ColumnCategory Category => ColumnCategory.Custom;

        public int PriorityInCategory => 0;

        public bool IsNumeric => true;

        public UnitType UnitType => UnitType.Dimensionless;

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, summary.Style);

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
        {
            var mean = summary[benchmarkCase]?.ResultStatistics?.Mean;
            if (mean is null || benchmarkCase.Parameters[nameof(ScalingBenchmarks.SizeKB)] is not int sizeKb || sizeKb <= 0)
            {
                return "NA";
            }

            return (mean.Value / 1000 / sizeKb).ToString("N3", CultureInfo.InvariantCulture);
        }

        public bool IsAvailable(Summary summary) => true;

        public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

        public override string ToString() => ColumnName;
    }
}
