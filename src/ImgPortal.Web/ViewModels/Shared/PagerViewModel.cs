namespace ImgPortal.Web.ViewModels.Shared;

/// <summary>What the shared pager needs: where we are, how many pages, and how to link to one.</summary>
public sealed record PagerViewModel(int Page, int TotalPages, Func<int, string> Url);
