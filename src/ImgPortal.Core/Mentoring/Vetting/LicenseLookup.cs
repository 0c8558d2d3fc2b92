namespace ImgPortal.Core.Mentoring.Vetting;

/// <summary>
/// Where staff check a license. DocInfo is the Federation of State Medical Boards' free public search, drawn
/// from the licensing data the state boards send it (source: FSMB's announcement of DocInfo); each state
/// board's own lookup address is not kept here (unknown per state), so staff follow the FSMB's list of boards.
/// </summary>
public static class LicenseLookup
{
    public static readonly Uri DocInfo = new("https://www.docinfo.org/");

    public static readonly Uri StateBoards = new("https://www.fsmb.org/contact-a-state-medical-board/");
}
