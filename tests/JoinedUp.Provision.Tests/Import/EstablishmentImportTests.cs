using System.Text;
using JoinedUp.Provision.Export;
using JoinedUp.Provision.Import;
using JoinedUp.Provision.Storage;
using JoinedUp.Provision.Tests.Support;
using JoinedUp.Register.Export;
using JoinedUp.TestSupport;

namespace JoinedUp.Provision.Tests.Import;

public sealed class EstablishmentImportTests
{
    [Theory]
    [MemberData(nameof(StoreEngines.All), MemberType = typeof(StoreEngines))]
    public void A_good_file_loads_every_field_and_a_second_load_updates_by_urn(string engine)
    {
        using var test = TestStore.Open(engine);
        var store = new ProvisionStore(test.Store);
        var first = ProvisionImport.Establishments(store, ProvisionFiles.Csv(ProvisionFiles.EstablishmentHeader, ProvisionFiles.OakHouse, ProvisionFiles.SecureUnit), "providers.csv", "tester");
        Assert.True(first.Succeeded, string.Join("\n", first.Problems));
        Assert.Equal((2, 2), (first.Loaded, first.Added));
        var oak = Assert.Single(store.Establishments(), e => e.Urn == "1234567");
        Assert.Equal(("Oak House", "children's home", "Lewisham", "SE13", "Good"), (oak.Name, oak.Type, oak.HostLa, oak.District, oak.OfstedGrade));
        Assert.Equal(new DateOnly(2023, 5, 10), oak.OfstedDate);
        Assert.Equal((4, 8, 17, "mixed"), (oak.RegisteredPlaces, oak.MinAge, oak.MaxAge, oak.Sexes));
        Assert.Equal(["autism", "SEMH"], oak.NeedsMet);
        Assert.Equal(("standard", 3200m, 3800m, "framework"), (oak.RiskLevel, oak.WeeklyPriceMin, oak.WeeklyPriceMax, oak.ContractStatus));
        var secure = Assert.Single(store.Establishments(), e => e.Urn == "SC123456");
        Assert.Equal(new DateOnly(2024, 1, 10), secure.OfstedDate);

        var second = ProvisionImport.Establishments(store, ProvisionFiles.Csv(ProvisionFiles.EstablishmentHeader, ProvisionFiles.OakHouse.Replace(",4,8,17,", ",6,8,17,", StringComparison.Ordinal)), "providers.csv", "tester");
        Assert.Equal((1, 0), (second.Loaded, second.Added));
        Assert.Equal(2, store.Establishments().Count);
        Assert.Equal(6, store.Establishments().Single(e => e.Urn == "1234567").RegisteredPlaces);
    }

    [Theory]
    [MemberData(nameof(StoreEngines.All), MemberType = typeof(StoreEngines))]
    public void A_file_with_bad_rows_names_each_problem_and_changes_nothing(string engine)
    {
        using var test = TestStore.Open(engine);
        var store = new ProvisionStore(test.Store);
        Assert.True(ProvisionImport.Establishments(store, ProvisionFiles.Csv(ProvisionFiles.EstablishmentHeader, ProvisionFiles.OakHouse), "providers.csv", "tester").Succeeded);

        var outcome = ProvisionImport.Establishments(store, ProvisionFiles.Csv(
            ProvisionFiles.EstablishmentHeader,
            ProvisionFiles.OakHouse.Replace("Oak House", "Oak House renamed", StringComparison.Ordinal),   // row 2: fine, but must not load
            "12AB,Bad Urn,children's home,Lewisham,SE13,Good,2023-05-10,4,8,17,mixed,autism,standard,3200,3800,framework", // row 3
            "7654321,Wrong Type,hostel,Lewisham,SE13,Great,31/02/2023,four,17,8,mixed,autism; dyslexia,extreme,3800,3200,maybe", // row 4
            "7654322,,children's home,Lewisham,se 13,Good,,4,8,17,mixed,,standard,3200,3800,spot", // row 5
            ProvisionFiles.OakHouse), "providers.csv", "tester"); // row 6: URN repeated

        Assert.False(outcome.Succeeded);
        string[] expected =
        [
            "providers.csv row 3 field urn: rule JU-PROV-URN",
            "providers.csv row 4 field type: rule JU-PROV-VALUE",
            "providers.csv row 4 field ofsted_grade: rule JU-PROV-VALUE",
            "providers.csv row 4 field ofsted_date: rule JU-PROV-DATE",
            "providers.csv row 4 field registered_places: rule JU-PROV-NUMBER",
            "providers.csv row 4 field max_age: rule JU-PROV-RANGE",
            "providers.csv row 4 field needs_met: rule JU-PROV-VALUE",
            "providers.csv row 4 field risk_level: rule JU-PROV-VALUE",
            "providers.csv row 4 field weekly_price_max: rule JU-PROV-RANGE",
            "providers.csv row 4 field contract_status: rule JU-PROV-VALUE",
            "providers.csv row 5 field name: rule JU-PROV-REQUIRED",
            "providers.csv row 5 field postcode_district: rule JU-PROV-DISTRICT",
            "providers.csv row 6 field urn: rule JU-PROV-DUPLICATE",
        ];
        var problems = outcome.Problems.Select(p => p.ToString()).ToList();
        foreach (var e in expected) Assert.Contains(problems, p => p.StartsWith(e, StringComparison.Ordinal));
        Assert.Equal(expected.Length, problems.Count);
        Assert.Contains("'hostel' is not one of: children's home; residential special school; secure children's home", problems[1], StringComparison.Ordinal);
        Assert.Equal("Oak House", Assert.Single(store.Establishments()).Name);
    }

    [Fact]
    public void A_missing_column_is_named()
    {
        using var test = TestStore.Open(StoreEngines.Sqlite);
        var outcome = ProvisionImport.Establishments(new ProvisionStore(test.Store),
            ProvisionFiles.Csv(ProvisionFiles.EstablishmentHeader.Replace(",risk_level", "", StringComparison.Ordinal), "1"), "providers.csv", "tester");
        var problem = Assert.Single(outcome.Problems);
        Assert.Equal(("providers.csv", 1, "risk_level", ProvisionRules.MissingColumn), (problem.File, problem.Row, problem.Field, problem.Rule));
    }

    [Fact]
    public void A_file_in_a_windows_code_page_is_refused_with_its_line()
    {
        using var test = TestStore.Open(StoreEngines.Sqlite);
        var bytes = Encoding.UTF8.GetBytes(ProvisionFiles.EstablishmentHeader + "\r\n" + ProvisionFiles.OakHouse + "\r\n").ToList();
        bytes.AddRange(Encoding.Latin1.GetBytes(ProvisionFiles.SecureUnit.Replace("Hill", "Hôtel", StringComparison.Ordinal) + "\r\n"));
        var outcome = ProvisionImport.Establishments(new ProvisionStore(test.Store), new MemoryStream(bytes.ToArray()), "providers.csv", "tester");
        var problem = Assert.Single(outcome.Problems);
        Assert.Equal((ProvisionRules.FileEncoding, 3), (problem.Rule, problem.Row));
        Assert.Contains("CSV UTF-8", problem.Message, StringComparison.Ordinal);
        Assert.Empty(new ProvisionStore(test.Store).Establishments());
    }

    [Fact]
    public void An_oversized_file_is_refused_before_it_is_parsed()
    {
        using var test = TestStore.Open(StoreEngines.Sqlite);
        var big = new MemoryStream(new byte[ProvisionSheets.MaxBytes + 1]);
        var problem = Assert.Single(ProvisionImport.Establishments(new ProvisionStore(test.Store), big, "providers.csv", "tester").Problems);
        Assert.Equal(ProvisionRules.FileSize, problem.Rule);
    }

    [Theory]
    [InlineData("providers.xls")]
    [InlineData("providers.txt")]
    public void Other_kinds_of_file_are_refused(string name)
    {
        using var test = TestStore.Open(StoreEngines.Sqlite);
        var problem = Assert.Single(ProvisionImport.Establishments(new ProvisionStore(test.Store), ProvisionFiles.Csv(ProvisionFiles.EstablishmentHeader), name, "tester").Problems);
        Assert.Equal(ProvisionRules.FileKind, problem.Rule);
    }

    [Fact]
    public void A_file_named_xlsx_that_is_not_a_workbook_is_refused()
    {
        using var test = TestStore.Open(StoreEngines.Sqlite);
        var problem = Assert.Single(ProvisionImport.Establishments(new ProvisionStore(test.Store), ProvisionFiles.Csv(ProvisionFiles.EstablishmentHeader, ProvisionFiles.OakHouse), "providers.xlsx", "tester").Problems);
        Assert.StartsWith("JU-PROV-FILE", problem.Rule, StringComparison.Ordinal);
    }

    [Fact]
    public void A_formula_in_a_name_is_stored_as_text_and_exported_neutralised_in_csv_and_xlsx_that_loads_again()
    {
        using var test = TestStore.Open(StoreEngines.Sqlite);
        var store = new ProvisionStore(test.Store);
        var hostile = ProvisionFiles.OakHouse.Replace("Oak House", "\"=HYPERLINK(\"\"http://example.invalid\"\",\"\"x\"\")\"", StringComparison.Ordinal);
        Assert.True(ProvisionImport.Establishments(store, ProvisionFiles.Csv(ProvisionFiles.EstablishmentHeader, hostile), "providers.csv", "tester").Succeeded);
        Assert.StartsWith("=HYPERLINK(", Assert.Single(store.Establishments()).Name, StringComparison.Ordinal);

        var csv = new MemoryStream();
        ProvisionExport.Establishments(csv, RegisterExportFormat.Csv, store.Establishments());
        var text = Encoding.UTF8.GetString(csv.ToArray());
        Assert.Contains("'=HYPERLINK(", text, StringComparison.Ordinal);
        Assert.DoesNotContain(",=HYPERLINK", text, StringComparison.Ordinal);
        Assert.DoesNotContain(",\"=HYPERLINK", text, StringComparison.Ordinal);

        var xlsx = new MemoryStream();
        ProvisionExport.Establishments(xlsx, RegisterExportFormat.Xlsx, store.Establishments());
        xlsx.Position = 0;
        using var reloaded = TestStore.Open(StoreEngines.Sqlite);
        var again = ProvisionImport.Establishments(new ProvisionStore(reloaded.Store), xlsx, "export.xlsx", "tester");
        Assert.True(again.Succeeded, string.Join("\n", again.Problems));
        var e = Assert.Single(new ProvisionStore(reloaded.Store).Establishments());
        Assert.StartsWith("'=HYPERLINK(", e.Name, StringComparison.Ordinal);
        Assert.Equal(("1234567", 4, "framework"), (e.Urn, e.RegisteredPlaces, e.ContractStatus));
    }
}
