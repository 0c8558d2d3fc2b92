namespace ImgPortal.Core.Profiles;

/// <summary>The organization that sets a season date; <c>/dates</c> groups dates by it.</summary>
public enum DateOrganization
{
    Ecfmg,
    Eras,
    Nrmp,
    NewYorkState30,
    Programs,

    /// <summary>Dates entered before organizations were recorded, until staff choose one.</summary>
    Other,
}
