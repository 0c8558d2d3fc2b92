using AngleSharp.Html.Dom;
using ImgPortal.TestSupport;

namespace ImgPortal.FunctionalTests.Hostile;

/// <summary>
/// Fills a form as a careful person would, so that only the field under test can be wrong: every field keeps
/// what the page gave it (hidden fields and the anti-forgery token among them), empty required fields get a
/// valid value, a choice is made in every group of boxes, and the field under test gets the payload.
/// </summary>
public static class FormFiller
{
    /// <summary>Valid values for fields whose rules a generic value would break; everything else gets <see cref="ForType"/>.</summary>
    private static readonly Dictionary<string, string> Known = new(StringComparer.Ordinal)
    {
        ["Input.MedicalSchoolCountry"] = "India",
        ["Input.MedicalSchoolName"] = "Grant Medical College",
        ["Input.GraduationYear"] = "2020",
        ["DisplayName"] = "Dr Valid Name",
        ["Hospital"] = "Mercy General",
        ["Input.Password"] = PortalFactory.Password,
        ["Input.ConfirmPassword"] = PortalFactory.Password,
        ["Input.OldPassword"] = PortalFactory.Password,
        ["Input.NewPassword"] = PortalFactory.Password,
        ["AgreeToTerms"] = "true",
        ["Licenses[0].State"] = "TX",
        ["Licenses[0].Number"] = "A12345",

        // An outcome: a Match, so the program's text field is kept.
        ["Input.Kind"] = "MatchedToResidency",
        ["Input.OccurredOn"] = "2026-03-20",
        ["Input.Specialty"] = "Internal Medicine",
        ["Input.MatchYear"] = "2026",
    };

    public static List<KeyValuePair<string, string>> Fill(IHtmlFormElement form, string target, string payload)
    {
        var fields = new List<KeyValuePair<string, string>>();
        var elements = form.Elements.OfType<IHtmlElement>().Where(e => !string.IsNullOrEmpty(e.GetAttribute("name"))).ToList();
        var boxes = elements.OfType<IHtmlInputElement>().Where(i => i.Type is "checkbox" or "radio").ToList();

        // A list of boxes (languages, help areas) or radios gets one choice; a lone yes/no box stays as it is.
        var groupsWithAChoice = boxes.GroupBy(b => b.Name!)
            .Where(g => g.Any(b => b.IsChecked) || (g.Count() == 1 && g.First().Type == "checkbox" && !Known.ContainsKey(g.Key)))
            .Select(g => g.Key)
            .ToHashSet(StringComparer.Ordinal);

        foreach (var element in elements)
        {
            var name = element.GetAttribute("name")!;
            if (name == target)
            {
                continue;
            }

            switch (element)
            {
                case IHtmlInputElement input when input.Type is "submit" or "button" or "image" or "reset" or "file":
                    break;
                case IHtmlInputElement box when box.Type is "checkbox" or "radio":
                    if (box.IsChecked || groupsWithAChoice.Add(name))
                    {
                        fields.Add(new(name, box.IsChecked || !Known.TryGetValue(name, out var known) ? box.Value : known));
                    }

                    break;
                case IHtmlInputElement input:
                    fields.Add(new(name, ValueFor(input, name, input.Value, input.Type)));
                    break;
                case IHtmlTextAreaElement area:
                    fields.Add(new(name, ValueFor(area, name, area.Value, "text")));
                    break;
                case IHtmlSelectElement select:
                    var chosen = select.Options.Where(o => o.IsSelected && !string.IsNullOrEmpty(o.Value)).Select(o => o.Value).ToList();
                    if (chosen.Count == 0 && Known.TryGetValue(name, out var knownOption))
                    {
                        chosen.Add(knownOption);
                    }

                    if (chosen.Count == 0 && select.Options.FirstOrDefault(o => !string.IsNullOrEmpty(o.Value)) is { } first && IsRequired(select))
                    {
                        chosen.Add(first.Value);
                    }

                    fields.AddRange(chosen.Select(v => new KeyValuePair<string, string>(name, v)));
                    break;
            }
        }

        fields.Add(new(target, payload));
        return fields;
    }

    private static string ValueFor(IHtmlElement element, string name, string? current, string? type)
    {
        if (!string.IsNullOrEmpty(current) || type == "hidden")
        {
            return current ?? string.Empty;
        }

        if (Known.TryGetValue(name, out var known))
        {
            return known;
        }

        return IsRequired(element) ? ForType(type) : string.Empty;
    }

    private static bool IsRequired(IHtmlElement element) =>
        element.HasAttribute("required") || element.HasAttribute("data-val-required");

    private static string ForType(string? type) => type switch
    {
        "email" => $"valid-{Guid.NewGuid():N}@test.example",
        "password" => PortalFactory.Password,
        "url" => "https://example.org/",
        "date" => "2024-01-15",
        "datetime-local" => "2030-01-15T10:00",
        "number" => "1",
        "tel" => "555-0100",
        _ => "Valid text",
    };
}
