using System.Globalization;

namespace XorGen.Generators.Tests;

/// <summary>
/// A user's own project, built against the packed XorGen package, defines Softplus kernels (β = 4) in float and in double
/// and trains them for 50 steps beside the reference kernel: the generated kernels follow the oracle within the float
/// and double tolerances of the differential tests. Slow (a pack and a build): --filter Category=Pack.
/// </summary>
public sealed class ConsumerSoftplusTests
{
    private const string Consumer = """
        using System.Numerics;
        using XorGen;

        int failures = Check<float>(SoftplusFloat.Spec, 3e-3) + Check<double>(SoftplusDouble.Spec, 1e-8);
        return failures;

        static int Check<T>(ModelSpec spec, double tolerance) where T : unmanaged, IFloatingPointIeee754<T>
        {
            using var generated = KernelFactory.Create<T>(KernelKind.Generated, spec);
            using var reference = KernelFactory.Create<T>(KernelKind.Reference, spec);
            var p = new NetworkParameters(spec);
            for (int i = 0; i < p.W.Length; i++) p.W[i] = ((i * 7) % 11 - 5) / 10.0;
            for (int j = 0; j < p.A.Length; j++) p.A[j] = j % 2 == 0 ? 0.5 : -0.5;
            generated.LoadParameters(p);
            reference.LoadParameters(p);
            const int rows = 13;
            var x = new T[rows * spec.Inputs];
            var y = new T[rows];
            for (int i = 0; i < x.Length; i++) x[i] = T.CreateTruncating(((i * 5) % 9 - 4) / 4.0);
            for (int i = 0; i < rows; i++) y[i] = i % 3 == 0 ? -T.One : T.One;
            double worst = 0;
            for (int step = 0; step < 50; step++)
            {
                double lg = generated.Step(x, y, rows, StepControl.Constant(0.5));
                double lr = reference.Step(x, y, rows, StepControl.Constant(0.5));
                worst = Math.Max(worst, Math.Abs(lg - lr) / (1 + Math.Abs(lr)));
            }
            var pg = new NetworkParameters(spec);
            var pr = new NetworkParameters(spec);
            generated.StoreParameters(pg);
            reference.StoreParameters(pr);
            double scale = 1 + pr.W.Concat(pr.A).Max(Math.Abs);
            for (int i = 0; i < pr.W.Length; i++) worst = Math.Max(worst, Math.Abs(pg.W[i] - pr.W[i]) / scale);
            for (int j = 0; j < pr.A.Length; j++) worst = Math.Max(worst, Math.Abs(pg.A[j] - pr.A[j]) / scale);
            System.Console.WriteLine($"{typeof(T).Name}: kind={generated.Kind} worst={worst.ToString("R", System.Globalization.CultureInfo.InvariantCulture)} tolerance={tolerance.ToString("R", System.Globalization.CultureInfo.InvariantCulture)}");
            return generated.Kind == KernelKind.Generated && worst <= tolerance ? 0 : 1;
        }

        [TwoLayerKernel(Inputs = 5, Width = 9, Activation = Activation.Softplus, ActivationParameter = 4, Loss = Loss.Logistic, Train = TrainedLayers.Both, Scale = OutputScale.InverseWidth, Element = Precision.Float)]
        public partial class SoftplusFloat;

        [TwoLayerKernel(Inputs = 5, Width = 9, Activation = Activation.Softplus, ActivationParameter = 4, Loss = Loss.Logistic, Train = TrainedLayers.Both, Scale = OutputScale.InverseWidth, Element = Precision.Double)]
        public partial class SoftplusDouble;
        """;

    [Fact]
    [Trait("Category", "Pack")]
    public void A_users_softplus_definitions_in_float_and_double_train_as_the_reference_does()
    {
        string repo = PackTests.RepositoryRoot();
        string work = Path.Combine(Path.GetTempPath(), "xorgen-softplus-" + Guid.NewGuid().ToString("N"));
        string feed = Path.Combine(work, "feed");
        string app = Path.Combine(work, "consumer");
        Directory.CreateDirectory(app);
        string version = "0.1.0-softplus" + DateTime.UtcNow.ToString("yyyyMMddHHmmssfff", CultureInfo.InvariantCulture);
        try
        {
            PackTests.Run("dotnet", ["pack", Path.Combine(repo, "src", "Runtime", "XorGen.Runtime.csproj"), "-o", feed, "-p:PackageVersion=" + version], repo);
            File.WriteAllText(Path.Combine(app, "NuGet.config"), $"""
                <?xml version="1.0" encoding="utf-8"?>
                <configuration>
                  <packageSources>
                    <clear />
                    <add key="local" value="{feed}" />
                    <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />
                  </packageSources>
                </configuration>
                """);
            File.WriteAllText(Path.Combine(app, "Consumer.csproj"), $"""
                <Project Sdk="Microsoft.NET.Sdk">
                  <PropertyGroup>
                    <OutputType>Exe</OutputType>
                    <TargetFramework>net10.0</TargetFramework>
                    <Nullable>enable</Nullable>
                    <ImplicitUsings>enable</ImplicitUsings>
                  </PropertyGroup>
                  <ItemGroup>
                    <PackageReference Include="XorGen" Version="{version}" />
                  </ItemGroup>
                </Project>
                """);
            File.WriteAllText(Path.Combine(app, "Program.cs"), Consumer);
            File.WriteAllText(Path.Combine(work, "Directory.Build.props"), "<Project />");
            string output = PackTests.Run("dotnet", ["run", "--project", app], app);
            Assert.Contains("Single: kind=Generated", output, StringComparison.Ordinal);
            Assert.Contains("Double: kind=Generated", output, StringComparison.Ordinal);
        }
        finally
        {
            try { Directory.Delete(work, recursive: true); } catch (IOException) { }
        }
    }
}
