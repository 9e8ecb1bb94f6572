using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Threading;
using System.Threading.Channels;
using System.Threading.Tasks;

namespace EmailDraftReview;

/// <summary>
/// Watches a drafts folder and reviews each draft once it has stopped changing. Mail clients save a draft in
/// several writes (and some write a temporary file and rename it), so events are debounced per file.
/// </summary>
internal sealed class DraftWatcher : IDisposable
{
    private static readonly TimeSpan Quiet = TimeSpan.FromMilliseconds(300);

    private readonly string _folder;
    private readonly Func<string, int> _review;
    private readonly FileSystemWatcher _watcher;
    private readonly Channel<string> _changed = Channel.CreateUnbounded<string>();
    private readonly ConcurrentDictionary<string, DateTime> _lastEvent = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (DateTime Written, long Length)> _reviewed = new(StringComparer.Ordinal);

    public DraftWatcher(string folder, Func<string, int> review)
    {
        _folder = folder;
        _review = review;
        _watcher = new FileSystemWatcher(folder, "*.eml") { NotifyFilter = NotifyFilters.FileName | NotifyFilters.LastWrite | NotifyFilters.Size };
        _watcher.Created += (_, e) => Enqueue(e.FullPath);
        _watcher.Changed += (_, e) => Enqueue(e.FullPath);
        _watcher.Renamed += (_, e) => Enqueue(e.FullPath);
    }

    /// <summary>Reviews the drafts already there, then each new or changed one, until cancelled.</summary>
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        _watcher.EnableRaisingEvents = true;
        foreach (var path in ReviewCommand.ListDrafts(_folder))
        {
            ReviewIfChanged(path);
        }

        try
        {
            while (await _changed.Reader.WaitToReadAsync(cancellationToken).ConfigureAwait(false))
            {
                while (_changed.Reader.TryRead(out var path))
                {
                    // Wait until the file has been quiet for a moment: the client may still be writing it.
                    while (_lastEvent.TryGetValue(path, out var last) && DateTime.UtcNow - last < Quiet)
                    {
                        await Task.Delay(Quiet, cancellationToken).ConfigureAwait(false);
                    }

                    _lastEvent.TryRemove(path, out _);
                    if (!File.Exists(path))
                    {
                        continue;
                    }

                    if (CanOpen(path))
                    {
                        ReviewIfChanged(path);
                    }
                    else
                    {
                        // Still locked by the writer: look again after the next quiet period.
                        Enqueue(path);
                    }
                }
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Ctrl+C: stop watching.
        }
    }

    private void Enqueue(string path)
    {
        if (!path.EndsWith(".eml", StringComparison.OrdinalIgnoreCase))
        {
            return;
        }

        var isNew = !_lastEvent.ContainsKey(path);
        _lastEvent[path] = DateTime.UtcNow;
        if (isNew)
        {
            _changed.Writer.TryWrite(path);
        }
    }

    private void ReviewIfChanged(string path)
    {
        var info = new FileInfo(path);
        var stamp = (info.LastWriteTimeUtc, info.Length);
        if (_reviewed.TryGetValue(path, out var seen) && seen == stamp)
        {
            return;
        }

        _reviewed[path] = stamp;
        _review(path);
    }

    private static bool CanOpen(string path)
    {
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.None);
            return true;
        }
        catch (IOException)
        {
            return false;
        }
    }

    public void Dispose() => _watcher.Dispose();
}
