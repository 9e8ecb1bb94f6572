using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Channels;
using System.Threading.Tasks;
using Deescalation.Cli.Inputs;

namespace Deescalation.Cli.Analysis;

/// <summary>
/// Reads inputs in order, analyses replies in parallel batches, and hands results back in input order.
/// A bounded channel of batch tasks keeps memory flat however long the input is.
/// </summary>
internal static class CheckPipeline
{
    private const int BatchSize = 128;

    public static async Task RunAsync(IEnumerable<ReadItem> items, Action<ReplyResult> onReply, Action<InputError> onError, CancellationToken cancellationToken)
    {
        var capacity = Math.Max(2, Environment.ProcessorCount * 2);
        var channel = Channel.CreateBounded<Task<Batch>>(new BoundedChannelOptions(capacity) { SingleReader = true, SingleWriter = true });
        var producer = Task.Run(
            async () =>
            {
                try
                {
                    var batch = new List<ReadItem>(BatchSize);
                    var replies = 0;
                    foreach (var read in items)
                    {
                        cancellationToken.ThrowIfCancellationRequested();

                        // An empty reply in a file of replies is reported, not scored "calm".
                        var item = read.Reply is { } empty && string.IsNullOrWhiteSpace(empty.Text)
                            ? new ReadItem(new InputError(empty.File.DisplayPath, empty.Line, $"reply {empty.Id} is empty; there is nothing to check"))
                            : read;
                        batch.Add(item);
                        if (item.Reply is not null)
                        {
                            replies++;
                        }

                        if (replies >= BatchSize || batch.Count >= BatchSize * 4)
                        {
                            await channel.Writer.WriteAsync(Start(batch), cancellationToken).ConfigureAwait(false);
                            batch = new List<ReadItem>(BatchSize);
                            replies = 0;
                        }
                    }

                    if (batch.Count > 0)
                    {
                        await channel.Writer.WriteAsync(Start(batch), cancellationToken).ConfigureAwait(false);
                    }

                    channel.Writer.Complete();
                }
                catch (Exception e)
                {
                    channel.Writer.Complete(e);
                }
            },
            cancellationToken);

        await foreach (var pending in channel.Reader.ReadAllAsync(cancellationToken).ConfigureAwait(false))
        {
            var batch = await pending.ConfigureAwait(false);
            for (var i = 0; i < batch.Items.Count; i++)
            {
                var item = batch.Items[i];
                if (item.Error is not null)
                {
                    onError(item.Error);
                }
                else
                {
                    onReply(batch.Results[i]!);
                }
            }
        }

        await producer.ConfigureAwait(false);
    }

    private static Task<Batch> Start(List<ReadItem> items) => Task.Run(() =>
    {
        var results = new ReplyResult?[items.Count];
        for (var i = 0; i < items.Count; i++)
        {
            if (items[i].Reply is { } reply)
            {
                results[i] = ReplyProcessor.Process(reply);
            }
        }

        return new Batch(items, results);
    });

    private sealed record Batch(List<ReadItem> Items, ReplyResult?[] Results);
}
