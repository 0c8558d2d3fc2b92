namespace ImgPortal.FunctionalTests.Access;

/// <summary>One endpoint as the access table names it: a method (or PAGE) and a route template.</summary>
public sealed record EndpointKey(string Method, string Route)
{
    /// <summary>A leading slash, no trailing one, case as written: <c>staff/pages/{id:int}</c> → <c>/staff/pages/{id:int}</c>.</summary>
    public static string Normalize(string template) => "/" + template.Trim('/');

    public override string ToString() => $"{Method} {Route}";
}
