namespace ImgPortal.Web.ViewModels.Shared;

public sealed record ErrorViewModel(string RequestId, int StatusCode);
