using JoinedUp.Provision.Import;
using JoinedUp.Provision.Storage;
using JoinedUp.Provision.Tests.Support;
using JoinedUp.TestSupport;

namespace JoinedUp.Provision.Tests.Import;

public sealed class ServiceImportTests
{
    private const string ShortBreaks = "Lewisham short breaks,short breaks,social care,Children with autism or SEMH,5,17,N,40,6";
    private const string NdCamhs = "ND CAMHS,neurodevelopmental CAMHS,health,Diagnosis of autism,4,17,Y,120,52";

    [Theory]
    [MemberData(nameof(StoreEngines.All), MemberType = typeof(StoreEngines))]
    public void A_return_replaces_only_its_own_las_services(string engine)
    {
        using var test = TestStore.Open(engine);
        var store = new ProvisionStore(test.Store);
        Assert.True(ProvisionImport.Services(store, "209", ProvisionFiles.Csv(ProvisionFiles.ServiceHeader, ShortBreaks, NdCamhs), "services.csv", "tester").Succeeded);
        Assert.True(ProvisionImport.Services(store, "210", ProvisionFiles.Csv(ProvisionFiles.ServiceHeader, ShortBreaks), "services.csv", "tester").Succeeded);
        Assert.True(ProvisionImport.Services(store, "209", ProvisionFiles.Csv(ProvisionFiles.ServiceHeader, NdCamhs), "services.csv", "tester").Succeeded);
        var lewisham = Assert.Single(store.Services("209"));
        Assert.Equal(("ND CAMHS", "neurodevelopmental CAMHS", "health", true, 120, 52), (lewisham.Service, lewisham.Kind, lewisham.Agency, lewisham.DiagnosisRequired, lewisham.Capacity, lewisham.WaitingWeeks));
        Assert.Single(store.Services("210"));
        Assert.Equal(2, store.Services().Count);
        Assert.True(store.RemoveService("210", store.Services("210")[0].Id));
        Assert.False(store.RemoveService("210", lewisham.Id));
    }

    [Fact]
    public void Bad_rows_are_each_named_and_the_las_services_are_kept()
    {
        using var test = TestStore.Open(StoreEngines.Sqlite);
        var store = new ProvisionStore(test.Store);
        Assert.True(ProvisionImport.Services(store, "209", ProvisionFiles.Csv(ProvisionFiles.ServiceHeader, ShortBreaks), "services.csv", "tester").Succeeded);
        var outcome = ProvisionImport.Services(store, "209", ProvisionFiles.Csv(ProvisionFiles.ServiceHeader,
            NdCamhs,
            "Respite,respite,social care,,5,17,maybe,-3,6",
            NdCamhs), "services.csv", "tester");
        var problems = outcome.Problems.Select(p => p.ToString()).ToList();
        Assert.Equal(4, problems.Count);
        Assert.StartsWith("services.csv row 3 field kind: rule JU-PROV-VALUE: 'respite' is not one of: short breaks;", problems[0], StringComparison.Ordinal);
        Assert.StartsWith("services.csv row 3 field diagnosis_required: rule JU-PROV-VALUE", problems[1], StringComparison.Ordinal);
        Assert.StartsWith("services.csv row 3 field capacity: rule JU-PROV-RANGE", problems[2], StringComparison.Ordinal);
        Assert.StartsWith("services.csv row 4 field service: rule JU-PROV-DUPLICATE", problems[3], StringComparison.Ordinal);
        Assert.Equal("Lewisham short breaks", Assert.Single(store.Services("209")).Service);
    }
}
