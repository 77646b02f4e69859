using Xunit;

namespace XorGen.Tests;

/// <summary>
/// Tests that install the process-wide run-time specializer (<c>KernelFactory.RegisterSpecializer</c>, as every in-process
/// <c>xorgen run</c>, <c>sweep</c> and <c>reproduce</c> does) and then assert on what it did: which cache directory
/// received a kernel, where a kernel came from. They run alone, after the parallel tests: run concurrently, another test's
/// training at a size no definition names would go through their specializer and leave its kernel in their cache. (One
/// command per process, as the tool runs, has no such race.)
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ProcessWideSpecializer
{
    public const string Name = "process-wide kernel specializer";
}
