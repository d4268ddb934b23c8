using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using JoinedUp.Review.Access;
using JoinedUp.Review.Actions;
using JoinedUp.Review.Reviews;
using JoinedUp.Web.Exports;

namespace JoinedUp.Web.Reviewing;

/// <summary>
/// A review as a workbook: ratings (agreed and each partner's, side by side), evidence, figures and the action plan,
/// one sheet each. Every text cell is neutralised (<see cref="CellText"/>) so a partner's words are never run as a formula.
/// </summary>
public static class ReviewWorkbook
{
    public static byte[] Write(ReviewDetail d)
    {
        var sectors = Sectors.All;
        var ratings = new List<IReadOnlyList<object>> { (IReadOnlyList<object>)new object[] { "Statement key", "Area", "Statement", "Agreed rating", "Reason" }.Concat(sectors.Select(s => (object)(s.Label() + " ratings"))).Append("Partners disagree").ToList() };
        foreach (var a in d.Framework.Areas)
            foreach (var s in a.Statements)
            {
                var agreed = d.AgreedFor(s.Key);
                var row = new List<object> { s.Key, a.Title, s.Text, agreed is null ? "" : agreed.Rating, agreed?.Reason ?? "" };
                row.AddRange(sectors.Select(sector => (object)string.Join("; ", d.RatingsOf(s.Key).Where(r => r.Sector == sector).Select(r => $"{r.UserName}: {r.Rating}"))));
                row.Add(d.Disagree(s.Key) ? "yes" : "");
                ratings.Add(row);
            }
        var evidence = new List<IReadOnlyList<object>> { new object[] { "Statement key", "Sector", "Added by", "Kind", "File or link", "Note" } };
        evidence.AddRange(d.Evidence.Select(e => (IReadOnlyList<object>)new object[] { e.StatementKey, e.Sector.Label(), e.AddedBy, e.Kind, e.FileName ?? e.Link ?? "", e.Text }));
        var figures = new List<IReadOnlyList<object>> { new object[] { "Measure", "Figure", "Data as of", "Source", "Protection" } };
        figures.AddRange(d.Figures.Select(f => (IReadOnlyList<object>)new object[] { f.Measure, f.Shown, f.AsOf, f.Source, f.Protection }));
        var actions = new List<IReadOnlyList<object>> { new object[] { "Action", "Owner", "Due", "Status", "Progress", "Statements" } };
        actions.AddRange(d.Actions.Select(a => (IReadOnlyList<object>)new object[] { a.Description, a.Owner, a.DueOn.ToString("yyyy-MM-dd"), a.Status.Label(), a.ProgressNote, string.Join(", ", a.Statements) }));

        using var memory = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(memory, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            var sheets = workbook.Workbook.AppendChild(new Sheets());
            uint id = 1;
            foreach (var (name, rows) in new[] { ("Ratings", ratings), ("Evidence", evidence), ("Figures", figures), ("Actions", actions) })
            {
                var part = workbook.AddNewPart<WorksheetPart>();
                var data = new SheetData();
                uint index = 1;
                foreach (var row in rows)
                    data.Append(new Row(row.Select(Cell)) { RowIndex = index++ });
                part.Worksheet = new Worksheet(data);
                sheets.Append(new Sheet { Id = workbook.GetIdOfPart(part), SheetId = id++, Name = name });
            }
            workbook.Workbook.Save();
        }
        return memory.ToArray();
    }

    private static Cell Cell(object value) => value is int n
        ? new Cell { DataType = CellValues.Number, CellValue = new CellValue(n) }
        : new Cell { DataType = CellValues.InlineString, InlineString = new InlineString(new Text(CellText.Neutralise(value.ToString())) { Space = SpaceProcessingModeValues.Preserve }) };
}
