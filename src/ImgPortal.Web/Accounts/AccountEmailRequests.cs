using System.Threading.Channels;

namespace ImgPortal.Web.Accounts;

/// <summary>
/// The queue between the forgot-password and resend-confirmation pages and
/// <see cref="Background.AccountEmailRequestService"/>. A page only adds an item, whatever the address, so a known and an
/// unknown address cost the request the same (ADR 0071). When the queue is full the item is dropped: the
/// visitor sees the same page, and the per-client rate limits keep the queue far from full.
/// </summary>
public sealed class AccountEmailRequests
{
    public const int Capacity = 1000;

    private readonly Channel<AccountEmailRequest> _queue = Channel.CreateBounded<AccountEmailRequest>(
        new BoundedChannelOptions(Capacity)
        {
            FullMode = BoundedChannelFullMode.DropWrite,
            SingleReader = true,
        });

    public void Enqueue(AccountEmailKind kind, string email) => _queue.Writer.TryWrite(new AccountEmailRequest(kind, email));

    public ChannelReader<AccountEmailRequest> Reader => _queue.Reader;
}
