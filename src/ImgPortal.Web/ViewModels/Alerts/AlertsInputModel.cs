using System.ComponentModel.DataAnnotations;
using ImgPortal.Core.Alerts;

namespace ImgPortal.Web.ViewModels.Alerts;

/// <summary>What the follow settings form posts (<c>/alerts</c>).</summary>
public sealed class AlertsInputModel
{
    [Display(Name = "How to hear of changes")]
    public AlertDelivery Delivery { get; set; } = AlertDelivery.EachChange;

    [Display(Name = "Topics")]
    public List<string> Topics { get; set; } = [];

    [Display(Name = "States whose pathways you follow")]
    public List<string> States { get; set; } = [];

    public static AlertsInputModel From(AlertSettings settings) =>
        new() { Delivery = settings.Delivery, Topics = [.. settings.Topics], States = [.. settings.States] };

    public AlertSettings ToSettings() => new(Delivery, Topics, States);
}

/// <summary>The follow settings page: the form's values and whether they were pre-filled from the profile.</summary>
public sealed record AlertsViewModel(AlertsInputModel Input, bool PreFilled);

/// <summary>The unsubscribe page: the link's token and whether it can still be used.</summary>
public sealed record UnsubscribeViewModel(string? Token, UnsubscribeTokenStatus Status);
