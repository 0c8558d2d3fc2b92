using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace ImgPortal.Web.ModelBinding;

/// <summary>Binds <see cref="DateOnly"/> fields through <see cref="DateInput"/>: a date is read or refused, never misread.</summary>
public sealed class DateOnlyModelBinder : IModelBinder
{
    public Task BindModelAsync(ModelBindingContext bindingContext)
    {
        var value = bindingContext.ValueProvider.GetValue(bindingContext.ModelName);
        if (value == ValueProviderResult.None)
        {
            return Task.CompletedTask;
        }

        bindingContext.ModelState.SetModelValue(bindingContext.ModelName, value);
        var raw = value.FirstValue;
        if (string.IsNullOrWhiteSpace(raw))
        {
            if (bindingContext.ModelMetadata.IsReferenceOrNullableType)
            {
                bindingContext.Result = ModelBindingResult.Success(null);
            }

            return Task.CompletedTask;
        }

        if (DateInput.TryParse(raw, out var date, out var error))
        {
            bindingContext.Result = ModelBindingResult.Success(date);
        }
        else
        {
            bindingContext.ModelState.TryAddModelError(bindingContext.ModelName, error!);
        }

        return Task.CompletedTask;
    }
}
