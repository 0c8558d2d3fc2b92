using ImgPortal.Core.Programs.Confirmations;

namespace ImgPortal.Web.ViewModels.Programs;

/// <summary>
/// The coordinator's page (ADR 0083): the program's current record, "Everything is correct", and the form to
/// propose changes (<see cref="Values"/> as typed, keyed by field name) with a note.
/// </summary>
public sealed record CoordinatorPageViewModel(string Token, CoordinatorRecord Program, IReadOnlyDictionary<string, string> Values, string Note)
{
    public string Value(string field) => Values.GetValueOrDefault(field) ?? Program.Record.Values.GetValueOrDefault(field, string.Empty);
}

/// <summary>The friendly page for a link that opens nothing (changed, expired, used) or after an answer.</summary>
public sealed record CoordinatorMessageViewModel(string Heading, string Message);
