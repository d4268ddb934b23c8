using System.Text;
using JoinedUp.Provision.Import;

namespace JoinedUp.Provision.Tests.Support;

/// <summary>Hand-made provision spreadsheets for tests.</summary>
public static class ProvisionFiles
{
    public static string EstablishmentHeader => string.Join(",", EstablishmentSheet.Columns);

    public static string ServiceHeader => string.Join(",", ServiceSheet.Columns);

    public static MemoryStream Csv(params string[] lines) => new(Encoding.UTF8.GetBytes(string.Join("\r\n", lines) + "\r\n"));

    public const string OakHouse = "1234567,Oak House,children's home,Lewisham,SE13,Good,2023-05-10,4,8,17,mixed,autism; SEMH,standard,3200,3800,framework";
    public const string SecureUnit = "SC123456,Hill Secure Unit,secure children's home,Birmingham,B12,Outstanding,10/01/2024,8,10,17,mixed,SEMH,high,6500,7200,block";
}
