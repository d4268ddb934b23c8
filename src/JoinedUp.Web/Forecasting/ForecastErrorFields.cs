using JoinedUp.Web.Forms;

namespace JoinedUp.Web.Forecasting;

/// <summary>
/// The forecast form's errors against its fields, for the error summary's links: <see cref="ForecastForm.Read"/> says
/// what is wrong in words; each message names the field it is about.
/// </summary>
public static class ForecastErrorFields
{
    public static FormErrors Of(IEnumerable<string> messages)
    {
        var errors = new FormErrors();
        foreach (var message in messages) errors.Add(FieldOf(message), message);
        return errors;
    }

    private static string FieldOf(string message) => message switch
    {
        _ when message.Contains("scenario starts from", StringComparison.OrdinalIgnoreCase) || message.Contains("changes apply", StringComparison.OrdinalIgnoreCase) => "from",
        _ when message.Contains("start", StringComparison.OrdinalIgnoreCase) => "start",
        _ when message.Contains("number of years", StringComparison.OrdinalIgnoreCase) || message.Contains("years from", StringComparison.OrdinalIgnoreCase) => "years",
        _ when message.Contains("entry rate", StringComparison.OrdinalIgnoreCase) => "entry",
        _ when message.Contains("step-down", StringComparison.OrdinalIgnoreCase) => "stepdown",
        _ when message.Contains("unit cost", StringComparison.OrdinalIgnoreCase) => "cost",
        _ when message.Contains("name", StringComparison.OrdinalIgnoreCase) => "name",
        _ => "area",
    };
}
