using System.Collections.Generic;
using System.Linq;
using DiffGen.Generator.Diagnostics;
using DiffGen.Generator.Ir;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace DiffGen.Generator.Lowering.Programs
{
    /// <content>Local declarations: scalars, integers, the bool locals that keep a test, local arrays and what is reported of the others.</content>
    internal sealed partial class ProgramLowering
    {
        private void LowerDeclarator(IVariableDeclaratorOperation declarator, List<Statement> into)
        {
            ILocalSymbol local = declarator.Symbol;
            if (local.IsConst || unchangedLocals.ContainsKey(local))
            {
                // Uses of a constant arrive folded; those of a local declared with a number and never changed, as named numbers.
                return;
            }

            IOperation? initializer = declarator.GetVariableInitializer()?.Value;
            if (local.IsRef)
            {
                Report(declarator, "The ref local '" + local.Name + "'", "a ref local is another name for a variable, and DiffGen follows values, not references; use a plain local");
                rejected.Add(local);
                return;
            }

            if (RoslynNames.IsFloatingPoint(local.Type) && !SymbolEqualityComparer.Default.Equals(local.Type, method.ReturnType))
            {
                Report(declarator, "The " + local.Type.ToDisplayString() + " local '" + local.Name + "' in a " + method.ReturnType.ToDisplayString() + " method", "a method computes in one floating-point type; declare the local " + method.ReturnType.ToDisplayString() + ", or make the method " + local.Type.ToDisplayString(), DiagnosticDescriptors.NotSupportedYet);
                Declare(local, VariableKind.Scalar);
            }
            else if (RoslynNames.IsFloatingPoint(local.Type))
            {
                string name = Declare(local, VariableKind.Scalar);
                into.Add(new DeclareScalar(name, initializer == null ? new Number(0) : LowerValue(initializer)));
            }
            else if (loopFree && local.Type.SpecialType == SpecialType.System_Boolean)
            {
                string name = Declare(local, VariableKind.Condition);
                into.Add(new AssignCondition(name, initializer == null ? new Truth(false) : LowerTest(initializer)));
            }
            else if (local.Type.SpecialType == SpecialType.System_Boolean && initializer != null
                && ((!readLocals.Contains(local) && !assignments.ContainsKey(local)) || HoldsOneTest(declarator, initializer)))
            {
                // Each read of it is the test (ProgramLowering.HeldTests); one never read or assigned again is lowered only for
                // what its test may hold that is reported.
                heldTests[local] = LowerTest(initializer);
            }
            else if (RoslynNames.IsInteger(local.Type))
            {
                string name = Declare(local, VariableKind.Integer);
                into.Add(new DeclareInteger(name, initializer == null ? new IntegerNumber(0) : LowerInteger(initializer), RoslynNames.Keyword(local.Type)));
            }
            else if (!LowerArrayDeclarator(declarator, local, initializer, into))
            {
                // A bool local that does not keep one test could be supported later; other types have no derivative at all.
                bool planned = local.Type.SpecialType == SpecialType.System_Boolean;
                if (local.Type.TypeKind == TypeKind.Delegate)
                {
                    UnsupportedConstruct lambda = UnsupportedConstructs.ForDelegateLocal(local);
                    Report(declarator, lambda.Construct, lambda.Advice, lambda.Descriptor);
                }
                else if (planned)
                {
                    // A flag the method sets (found = true; before a break) keeps no test at all: an integer local does its work.
                    string flag = assignments.ContainsKey(local) ? "; for a flag the method sets, use an integer local (int " + local.Name + " = 0; ... " + local.Name + " = 1; ... " + local.Name + " == 1)" : string.Empty;
                    Report(declarator, "The bool local '" + local.Name + "' here", "in " + kindOfMethod + " a bool local is read as the test it holds, so it must keep that test: declare it with the test and do not assign it again, and let the test read no element of a local array, no call of your own methods and nothing the method assigns (but a for loop's counter around it); or write the condition in the if" + flag, DiagnosticDescriptors.NotSupportedYet);
                }
                else
                {
                    string type = RoslynNames.TypeAsWritten(local.Type);
                    string advice = local.Type is IArrayTypeSymbol { Rank: > 1 } or IArrayTypeSymbol { ElementType: IArrayTypeSymbol }
                        ? "a local array has one dimension: make it a flat array of rows × columns (double[] " + local.Name + " = new double[rows * columns];) and read and write " + local.Name + "[i * columns + j]"
                        : local.Type is INamedTypeSymbol { Name: "Random", ContainingNamespace: { Name: "System", ContainingNamespace.IsGlobalNamespace: true } }
                        ? "a method that draws random numbers is not a function of its parameters; draw them before calling it and pass them in (a double[] of draws, read in place of " + local.Name + ".NextDouble())"
                        : "locals of " + kindOfMethod + " hold double, float or integer values, or an array made in the declaration (new double[n], stackalloc double[n], or given its elements: { 1, 2, 3 })"
                            + (local.Type.TypeKind == TypeKind.Struct && local.Type.GetMembers().OfType<IFieldSymbol>().Any(f => !f.IsStatic && RoslynNames.IsFloatingPoint(f.Type))
                                ? "; keep a vector's components in locals of their own (double px = ..., py = ..., pz = ...;)" : string.Empty);
                    Report(declarator, "The local '" + local.Name + "' of type '" + type + "'", advice);
                }

                rejected.Add(local);
            }
        }
    }
}
