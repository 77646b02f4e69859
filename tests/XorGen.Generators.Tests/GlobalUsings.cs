// The generator assembly is referenced under an alias: it compiles the runtime's ModelEnums.cs as linked source, so it
// holds its own XorGen.Activation etc. Unqualified enum names in the tests are the runtime's; G.Activation the generator's.
extern alias XorGenGenerators;

global using XorGenGenerators::XorGen.Generators;
global using G = XorGenGenerators::XorGen;
