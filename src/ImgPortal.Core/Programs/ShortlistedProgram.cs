namespace ImgPortal.Core.Programs;

/// <summary>A program a member saved to her shortlist (<c>/programs/shortlist</c>); only she reads or changes it.</summary>
public class ShortlistedProgram
{
    public required string UserId { get; set; }

    public int ProgramId { get; set; }

    public DateTime AddedAtUtc { get; set; }
}
