using System.Runtime.Intrinsics;

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
        if (!IsAccelerated(set)) Skip = set + " is not accelerated on this machine (or is disabled by a DOTNET_Enable* setting)";
    }

    /// <summary>Whether the path runs here.</summary>
    public static bool IsAccelerated(InstructionSet set) => set switch
    {
        InstructionSet.Vector512 => Vector512.IsHardwareAccelerated,
        InstructionSet.Vector256 => Vector256.IsHardwareAccelerated,
        InstructionSet.Vector128 => Vector128.IsHardwareAccelerated,
        InstructionSet.Scalar or InstructionSet.Auto => true,
        _ => throw new ArgumentOutOfRangeException(nameof(set), set, "unknown instruction set"),
    };
}
