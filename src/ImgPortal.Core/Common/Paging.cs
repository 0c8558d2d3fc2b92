namespace ImgPortal.Core.Common;

public static class Paging
{
    public const int DefaultPageSize = 10;

    /// <summary>Page numbers start at 1; anything lower means the first page.</summary>
    public static int ClampPage(int page) => page < 1 ? 1 : page;
}
