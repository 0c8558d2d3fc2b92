namespace ImgPortal.Web.ViewModels.Shared;

/// <param name="Detail">What the visitor (or whoever deploys the portal) should do, when the portal knows better than the status code.</param>
public sealed record ErrorViewModel(string RequestId, int StatusCode, string? Detail = null);
