using ImgPortal.Core.Common;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ImgPortal.Infrastructure.Email;

/// <summary>The pickup folder's absolute path, resolved once against the content root.</summary>
public sealed record PickupDirectory(string Path);
