namespace ImgPortal.Web.ViewModels.Mentoring;

/// <summary>A volunteer's change to their pending application: the details and the version they opened.</summary>
public sealed class OwnApplicationInputModel : MentorDetailsInputModel
{
    public Guid Version { get; set; }
}
