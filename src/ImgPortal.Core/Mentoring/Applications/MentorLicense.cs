namespace ImgPortal.Core.Mentoring.Applications;

/// <summary>A state license a mentor holds: staff check it on the state's public lookup before approving.</summary>
public class MentorLicense
{
    public int Id { get; set; }

    public int MentorId { get; set; }

    /// <summary>Two-letter code from <see cref="Common.UsStates"/>.</summary>
    public required string State { get; set; }

    public required string Number { get; set; }

    /// <summary>When the license expires, if the mentor gave it: near it, staff are asked to check again.</summary>
    public DateOnly? ExpiresOn { get; set; }
}
