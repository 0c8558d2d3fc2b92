using ImgPortal.Core.Records;

namespace ImgPortal.Web.Areas.Staff.Routing;

/// <summary>
/// The <c>{type:record}</c> route constraint: matches only the URL segment of a declared record type
/// (<see cref="RecordCatalog"/>), so <c>/staff/contacts</c> reaches the record editor and nothing else does.
/// </summary>
public sealed class RecordTypeRouteConstraint : IRouteConstraint
{
    public const string Name = "record";

    public bool Match(HttpContext? httpContext, IRouter? route, string routeKey, RouteValueDictionary values, RouteDirection routeDirection) =>
        httpContext is not null
        && values.TryGetValue(routeKey, out var value)
        && value is string slug
        && httpContext.RequestServices.GetService<RecordCatalog>()?.Find(slug) is not null;
}
