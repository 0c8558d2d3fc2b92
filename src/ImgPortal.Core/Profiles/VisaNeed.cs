namespace ImgPortal.Core.Profiles;

/// <summary>
/// The visa the member will need for residency. <see cref="NotSureYet"/> is the answer of a member who has not
/// chosen (and the default for new profiles); <see cref="None"/> means the member said they are a US citizen or
/// permanent resident and need no visa. Stored as its name, so the order here does not matter to the database.
/// </summary>
public enum VisaNeed
{
    None,
    J1,
    H1B,
    NotSureYet,
}
