using TrustSite.Server.Reload;

namespace TrustSite.Tests.Server.Reload;

public class ReloadHubTests
{
    [Fact]
    public async Task Every_listener_gets_every_message_in_order()
    {
        var hub = new ReloadHub();
        using var first = hub.Subscribe();
        using var second = hub.Subscribe();

        hub.Publish("a-1");
        hub.Publish("a-2");

        Assert.Equal("a-1", await first.Messages.ReadAsync());
        Assert.Equal("a-2", await first.Messages.ReadAsync());
        Assert.Equal("a-1", await second.Messages.ReadAsync());
        Assert.Equal("a-2", await second.Messages.ReadAsync());
    }

    [Fact]
    public void A_closed_tab_stops_listening_and_closing_all_ends_the_streams()
    {
        var hub = new ReloadHub();
        var gone = hub.Subscribe();
        using var open = hub.Subscribe();

        gone.Dispose();
        hub.CloseAll();

        Assert.Equal(1, hub.Listeners);
        Assert.True(open.Messages.Completion.IsCompleted);
    }
}
