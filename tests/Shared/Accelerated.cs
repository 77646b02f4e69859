using System.Reflection;
using System.Runtime.Intrinsics;
using Xunit;
using Xunit.Sdk;

namespace XorGen.Kernels.Tests;

/// <summary>
/// A theory that runs on one vector path, reported as skipped (not passed) on a machine, or under a DOTNET_Enable* setting,
/// that does not accelerate it. xunit 2 has no dynamic skip, so the attribute sets <see cref="FactAttribute.Skip"/> itself.
/// </summary>
public sealed class AcceleratedTheoryAttribute : TheoryAttribute
{
    /// <summary>The theory needs <paramref name="set"/> accelerated.</summary>
    public AcceleratedTheoryAttribute(InstructionSet set)
    {
        if (!Paths.IsAccelerated(set)) Skip = Paths.SkipReason(set);
    }
}

/// <summary>
/// The rows of a theory for one instruction-set path: <c>(element, set)</c> for float and double, or with
/// <see cref="CasesFrom"/> <c>(element, set, case)</c> for each index of that static collection of the test class. On a machine (or under a DOTNET_Enable*
/// setting) that does not accelerate the path, every row is reported as skipped with the reason, not left out: a run
/// without AVX-512 shows the Vector512 rows it did not check. One attribute per path, so each path's rows stand apart.
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = true)]
public sealed class PathDataAttribute : DataAttribute
{
    private readonly InstructionSet _set;

    public PathDataAttribute(InstructionSet set)
    {
        _set = set;
        if (!Paths.IsAccelerated(set)) Skip = Paths.SkipReason(set);
    }

    /// <summary>A static field or property of the test class holding the cases (an array or other collection); null: no case column.</summary>
    public string? CasesFrom { get; set; }

    public override IEnumerable<object[]> GetData(MethodInfo testMethod)
    {
        ArgumentNullException.ThrowIfNull(testMethod);
        int cases = CasesFrom is null ? 0 : CountOf(testMethod.DeclaringType!, CasesFrom);
        foreach (string element in new[] { "float", "double" })
        {
            if (CasesFrom is null) yield return [element, _set];
            else
                for (int c = 0; c < cases; c++) yield return [element, _set, c];
        }
    }

    private static int CountOf(Type type, string member)
    {
        const BindingFlags Static = BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic;
        object? value = type.GetField(member, Static)?.GetValue(null) ?? type.GetProperty(member, Static)?.GetValue(null)
            ?? throw new ArgumentException($"{type.Name} has no static field or property {member}");
        return value is System.Collections.ICollection c ? c.Count
            : throw new ArgumentException($"{type.Name}.{member} is not a collection");
    }
}

/// <summary>Which vector paths this process accelerates.</summary>
public static class Paths
{
    /// <summary>Whether the path runs here.</summary>
    public static bool IsAccelerated(InstructionSet set) => set switch
    {
        InstructionSet.Vector512 => Vector512.IsHardwareAccelerated,
        InstructionSet.Vector256 => Vector256.IsHardwareAccelerated,
        InstructionSet.Vector128 => Vector128.IsHardwareAccelerated,
        InstructionSet.Scalar or InstructionSet.Auto => true,
        _ => throw new ArgumentOutOfRangeException(nameof(set), set, "unknown instruction set"),
    };

    internal static string SkipReason(InstructionSet set) => set + " is not accelerated on this machine (or is disabled by a DOTNET_Enable* setting)";
}
