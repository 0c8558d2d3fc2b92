namespace ImgPortal.Core.Pathways;

/// <summary>Where the advisory commission's verified summary comes from (Infrastructure reads the embedded seed data).</summary>
public interface ICommissionReportSource
{
    CommissionReport Read();
}
