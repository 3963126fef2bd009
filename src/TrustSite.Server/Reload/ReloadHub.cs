using System.Threading.Channels;

namespace TrustSite.Server.Reload;

/// <summary>The open tabs listening for new versions of the site; a tab that falls far behind loses the oldest messages.</summary>
public sealed class ReloadHub
{
    private readonly Lock _lock = new();
    private readonly List<Channel<string>> _listeners = [];

    public int Listeners
    {
        get
        {
            lock (_lock)
            {
                return _listeners.Count;
            }
        }
    }

    public Subscription Subscribe()
    {
        var channel = Channel.CreateBounded<string>(new BoundedChannelOptions(64) { FullMode = BoundedChannelFullMode.DropOldest, SingleReader = true });
        lock (_lock)
        {
            _listeners.Add(channel);
        }
        return new Subscription(this, channel);
    }

    public void Publish(string message)
    {
        lock (_lock)
        {
            foreach (var listener in _listeners)
            {
                listener.Writer.TryWrite(message);
            }
        }
    }

    /// <summary>Ends every listener, so that the server can stop without waiting for open tabs.</summary>
    public void CloseAll()
    {
        lock (_lock)
        {
            foreach (var listener in _listeners)
            {
                listener.Writer.TryComplete();
            }
        }
    }

    private void Remove(Channel<string> channel)
    {
        lock (_lock)
        {
            _listeners.Remove(channel);
        }
    }

    /// <summary>One tab's stream of messages; disposing it stops listening.</summary>
    public sealed class Subscription(ReloadHub hub, Channel<string> channel) : IDisposable
    {
        public ChannelReader<string> Messages => channel.Reader;

        public void Dispose() => hub.Remove(channel);
    }
}
