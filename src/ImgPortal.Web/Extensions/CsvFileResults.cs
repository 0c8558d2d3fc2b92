using System.Text;
using Microsoft.AspNetCore.Mvc;

namespace ImgPortal.Web.Extensions;

/// <summary>The one way a controller answers with a CSV download: UTF-8, the CSV content type, a file name.</summary>
public static class CsvFileResults
{
    public static FileContentResult CsvFile(this ControllerBase controller, string csv, string fileName) =>
        controller.File(Encoding.UTF8.GetBytes(csv), "text/csv; charset=utf-8", fileName);
}
