using System.Net;
using System.Net.Http;
using System.Net.Sockets;

namespace ImgPortal.Infrastructure.SourceWatch;

/// <summary>
/// Refuses connections to private, loopback, link-local and other non-public addresses, checked on the address the
/// name resolved to (in <see cref="SocketsHttpHandler.ConnectCallback"/>), so neither a cited URL nor a redirect
/// nor DNS can make the checker reach inside the network. <c>SourceWatch:AllowPrivateAddresses</c> (tests only) turns it off.
/// </summary>
public static class PrivateAddresses
{
    private static readonly IPNetwork[] Refused =
    [
        IPNetwork.Parse("0.0.0.0/8"), IPNetwork.Parse("10.0.0.0/8"), IPNetwork.Parse("100.64.0.0/10"), IPNetwork.Parse("127.0.0.0/8"),
        IPNetwork.Parse("169.254.0.0/16"), IPNetwork.Parse("172.16.0.0/12"), IPNetwork.Parse("192.0.0.0/24"), IPNetwork.Parse("192.168.0.0/16"),
        IPNetwork.Parse("198.18.0.0/15"), IPNetwork.Parse("224.0.0.0/3"),
        IPNetwork.Parse("::/128"), IPNetwork.Parse("::1/128"), IPNetwork.Parse("fc00::/7"), IPNetwork.Parse("fe80::/10"), IPNetwork.Parse("ff00::/8"),
    ];

    public static bool IsRefused(IPAddress address)
    {
        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        return Refused.Any(n => n.BaseAddress.AddressFamily == address.AddressFamily && n.Contains(address));
    }

    /// <summary>A connect callback that resolves the host itself and connects only to public addresses (unless <paramref name="allowPrivate"/>).</summary>
    public static Func<SocketsHttpConnectionContext, CancellationToken, ValueTask<Stream>> ConnectCallback(bool allowPrivate) =>
        async (context, cancellationToken) =>
        {
            var host = context.DnsEndPoint.Host;
            var addresses = IPAddress.TryParse(host, out var literal)
                ? [literal]
                : await Dns.GetHostAddressesAsync(host, cancellationToken);
            if (!allowPrivate && addresses.Any(IsRefused))
            {
                throw new PrivateAddressException(host);
            }

            var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
            try
            {
                await socket.ConnectAsync(addresses, context.DnsEndPoint.Port, cancellationToken);
                return new NetworkStream(socket, ownsSocket: true);
            }
            catch
            {
                socket.Dispose();
                throw;
            }
        };
}

/// <summary>The host resolved to an address the checker may not reach.</summary>
public sealed class PrivateAddressException(string host)
    : HttpRequestException($"Refused: {host} resolves to a private, loopback or link-local address.");
