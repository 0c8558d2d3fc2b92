using System.ComponentModel.DataAnnotations;

namespace ImgPortal.Infrastructure.Data;

public enum DatabaseProvider
{
    Sqlite,
    SqlServer,
}
