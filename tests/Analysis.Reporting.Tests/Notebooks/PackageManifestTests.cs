using Analysis.Reporting.Notebooks;

namespace Analysis.Reporting.Tests.Notebooks;

public sealed class PackageManifestTests
{
    [Fact]
    public void AssemblyNames_FindsTheAssembly_WhenItIsNamedUnlikeThePackage()
    {
        // UTF.Unknown ships UtfUnknown.dll.
        Assert.Contains("UtfUnknown", PackageManifest.AssemblyNames("UTF.Unknown"));
        Assert.NotNull(LoadedAssemblies.ForPackage("UTF.Unknown"));
    }

    [Fact]
    public void AssemblyNames_IsEmpty_ForAPackageTheApplicationDoesNotUse()
    {
        Assert.Empty(PackageManifest.AssemblyNames("No.Such.Package"));
    }
}
