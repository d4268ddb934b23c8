using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using F = JoinedUp.Ingest.Snapshot.SnapshotFields;

namespace JoinedUp.Ingest.Snapshot;

/// <summary>
/// Writes the placements snapshot template that LAs fill: a "Snapshot" sheet with the headings and drop-down lists
/// (placement type, sourcing, status, gender, yes/no, SEN type) for the first <see cref="Rows"/> rows, the lists on a
/// hidden "Lists" sheet, and optional example rows (values only, as the reader requires).
/// </summary>
public static class SnapshotTemplate
{
    public const int Rows = 2000;
    public const string DataSheet = "Snapshot";
    public const string ListsSheet = "Lists";

    public static void Write(string path, IEnumerable<string?[]>? rows = null)
    {
        using var document = SpreadsheetDocument.Create(path, SpreadsheetDocumentType.Workbook);
        var workbook = document.AddWorkbookPart();
        workbook.Workbook = new Workbook();
        var sheets = workbook.Workbook.AppendChild(new Sheets());

        var lists = new (F.Field Field, string[] Values)[]
        {
            (F.PlacementType, F.PlacementTypes.Values.Distinct().ToArray()),
            (F.Sourcing, F.Sourcings.Values.Distinct().ToArray()),
            (F.Status, F.Statuses.Values.Distinct().ToArray()),
            (F.Gender, ["Male", "Female", "Unknown"]),
            (F.MissingEducation, ["Y", "N", "unknown"]),
            (F.Challenging, ["Y", "N", "unknown"]),
            (F.Camhs, ["Y", "N", "unknown"]),
            (F.PrimaryNeed, Sen2.Sen2Rules.SenTypes.Order(StringComparer.Ordinal).ToArray()),
            (F.SecondaryNeed, Sen2.Sen2Rules.SenTypes.Order(StringComparer.Ordinal).ToArray()),
        };

        var data = workbook.AddNewPart<WorksheetPart>();
        var sheetData = new SheetData();
        sheetData.Append(RowOf(1, F.All.Select(f => (string?)f.Label).ToArray()));
        var number = 2;
        foreach (var row in rows ?? []) sheetData.Append(RowOf(number++, row));
        var validations = new DataValidations();
        for (var i = 0; i < lists.Length; i++)
        {
            var column = SnapshotTable.ColumnName(F.IndexOf(lists[i].Field));
            var listColumn = SnapshotTable.ColumnName(i);
            validations.Append(new DataValidation
            {
                Type = DataValidationValues.List,
                AllowBlank = true,
                ShowErrorMessage = true,
                ErrorTitle = "Choose from the list",
                Error = $"{lists[i].Field.Label}: choose one of the list's values.",
                SequenceOfReferences = new ListValue<StringValue> { InnerText = $"{column}2:{column}{Rows + 1}" },
                Formula1 = new Formula1($"{ListsSheet}!${listColumn}$1:${listColumn}${lists[i].Values.Length}"),
            });
        }
        foreach (var field in new[] { F.WeeklyCost, F.SocialCareShare, F.EducationShare, F.HealthShare })
        {
            var column = SnapshotTable.ColumnName(F.IndexOf(field));
            validations.Append(new DataValidation
            {
                Type = DataValidationValues.Decimal,
                Operator = DataValidationOperatorValues.GreaterThanOrEqual,
                AllowBlank = true,
                ShowErrorMessage = true,
                Error = $"{field.Label}: a number of pounds (or a percentage for the shares), zero or more.",
                SequenceOfReferences = new ListValue<StringValue> { InnerText = $"{column}2:{column}{Rows + 1}" },
                Formula1 = new Formula1("0"),
            });
        }
        validations.Count = (uint)validations.ChildElements.Count;
        data.Worksheet = new Worksheet(sheetData, validations);
        sheets.Append(new Sheet { Id = workbook.GetIdOfPart(data), SheetId = 1, Name = DataSheet });

        var listPart = workbook.AddNewPart<WorksheetPart>();
        var listData = new SheetData();
        var longest = lists.Max(l => l.Values.Length);
        for (var r = 0; r < longest; r++)
            listData.Append(RowOf(r + 1, lists.Select(l => r < l.Values.Length ? l.Values[r] : null).ToArray()));
        listPart.Worksheet = new Worksheet(listData);
        sheets.Append(new Sheet { Id = workbook.GetIdOfPart(listPart), SheetId = 2, Name = ListsSheet, State = SheetStateValues.Hidden });
        workbook.Workbook.Save();
    }

    private static Row RowOf(int number, string?[] values)
    {
        var row = new Row { RowIndex = (uint)number };
        for (var c = 0; c < values.Length; c++)
        {
            if (values[c] is not { } value) continue;
            row.Append(new Cell
            {
                CellReference = SnapshotTable.ColumnName(c) + number,
                DataType = CellValues.InlineString,
                InlineString = new InlineString(new Text(value)),
            });
        }
        return row;
    }
}
