using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace ImgPortal.Web.ModelBinding;

/// <summary>Puts <see cref="DateOnlyModelBinder"/> in front of MVC's own binder for DateOnly and DateOnly?.</summary>
public sealed class DateOnlyModelBinderProvider : IModelBinderProvider
{
    public IModelBinder? GetBinder(ModelBinderProviderContext context) =>
        context.Metadata.UnderlyingOrModelType == typeof(DateOnly) ? new DateOnlyModelBinder() : null;
}
