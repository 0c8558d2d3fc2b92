using System.ComponentModel.DataAnnotations;
using ImgPortal.Core.Content;
using ImgPortal.Core.Content.Editing;

namespace ImgPortal.Web.Areas.Staff.ViewModels.Pages;

/// <summary>What the settings page shows: the form, who may own the page, and the retirement controls.</summary>
/// <param name="Page">The page and its editor state.</param>
/// <param name="Input">The settings form, as saved or as typed.</param>
/// <param name="Owners">Staff who may own the page.</param>
/// <param name="RedirectTo">The retire form's address as typed, when it was refused.</param>
public sealed record PageSettingsViewModel(PageEditorData Page, PageSettingsInput Input, IReadOnlyList<Core.Accounts.StaffMember> Owners, string? RedirectTo = null);
