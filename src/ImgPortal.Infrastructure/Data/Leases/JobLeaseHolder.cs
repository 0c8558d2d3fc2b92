namespace ImgPortal.Infrastructure.Data.Leases;

/// <summary>This instance's lease-holder name, fixed for the life of the process (a singleton).</summary>
public sealed class JobLeaseHolder
{
    public string Name { get; } =
        $"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid().ToString("N")[..8]}";
}
