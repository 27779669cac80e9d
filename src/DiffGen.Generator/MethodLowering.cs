using System.Collections.Generic;
using System.Linq;
using System.Threading;
using DiffGen.Generator.Common;
using DiffGen.Generator.Diagnostics;
using DiffGen.Generator.Ir;
using DiffGen.Generator.Lowering;
using DiffGen.Generator.Lowering.Programs;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace DiffGen.Generator
{
    /// <summary>
    /// The one entry point of lowering, shared by the generator and the analyzer so that what the
    /// editor flags and what the build skips never disagree.
    /// </summary>
    internal static class MethodLowering
    {
        public static LoweringOutcome Lower(IMethodSymbol method, MethodDeclarationSyntax syntax, AttributeData attribute, SemanticModel model, CancellationToken cancellationToken)
        {
            var problems = new List<Problem>();
            IOperation? body = model.GetOperation(syntax, cancellationToken);
            if (HasCompileErrors(method, syntax, body))
            {
                // Code the compiler rejects (often code being typed) gets the compiler's errors, not ours.
                return new LoweringOutcome(null, problems);
            }

            var signature = new SignatureLowering(method, syntax, attribute, problems);
            EquatableArray<ContainingType> types = signature.ContainingTypes();
            NumericType? type = signature.ReturnType();
            signature.CheckShape();
            EquatableArray<ParameterModel> parameters = signature.Parameters();
            signature.CheckNameCollisions(parameters);
            if (HasErrors(problems) || type == null)
            {
                return new LoweringOutcome(null, problems);
            }

            if (body == null)
            {
                return new LoweringOutcome(null, problems);
            }

            // One lowering for every method: statements that keep the source's shape.
            bool loopFree = !ProgramLowering.Applies(method, body);
            var before = new List<Problem>(problems);
            var program = new ProgramLowering(method, parameters, problems, cancellationToken, loopFree);
            LoopProgram? statements = program.Lower(body, syntax.Identifier.GetLocation());
            if ((HasErrors(problems) || statements == null) && !(loopFree && Throws(body)))
            {
                return new LoweringOutcome(null, problems);
            }

            if (loopFree && statements != null && !HasErrors(problems) && StraightLineBody.Of(statements, type.Value) is StraightLineBody line)
            {
                // No loop and no array: the straight-line view, whose partials have closed forms.
                LoweredMethod lowered = Describe(method, syntax, model, body, types, type.Value, parameters, line.Instructions, line.Result, line.Calls, null, line.Guards);
                return DecidedGuards.Report(lowered, program.EarlyReturnTests, problems) || ReportTests(method.Name, type.Value, statements, program, problems)
                    ? new LoweringOutcome(null, problems)
                    : new LoweringOutcome(lowered, problems);
            }

            if (loopFree)
            {
                // An integer computed at run time has no straight-line form, and a throw after a branch's return is no guard of
                // a straight line: the body is a program like one with loops (whose guard clauses may also return values).
                problems.Clear();
                problems.AddRange(before);
                program = new ProgramLowering(method, parameters, problems, cancellationToken);
                statements = program.Lower(body, syntax.Identifier.GetLocation());
                if (HasErrors(problems) || statements == null)
                {
                    return new LoweringOutcome(null, problems);
                }
            }

            if (statements != null && (DecidedGuards.Report(statements, type.Value, program.EarlyReturnTests, problems) || ReportTests(method.Name, type.Value, statements, program, problems)))
            {
                return new LoweringOutcome(null, problems);
            }

            return new LoweringOutcome(Describe(method, syntax, model, body, types, type.Value, parameters, EquatableArray<IrInstruction>.Empty, -1, program.Calls, statements), problems);
        }

        /// <summary>
        /// What the method's comparisons draw on either route: DIFF010 for one algebra decides (true: nothing is generated),
        /// else DIFF012 when the result depends on the differentiated parameters only through them.
        /// </summary>
        private static bool ReportTests(string name, NumericType type, LoopProgram statements, ProgramLowering program, List<Problem> problems)
        {
            if (DecidedGuards.ReportBranchTests(type, program.Comparisons, problems))
            {
                return true;
            }

            StepResultWarnings.Report(name, statements, program.Comparisons, problems);
            return false;
        }

        /// <summary>The lowered method as plain data: its place, signature, and body (instructions, or statements for loops).</summary>
        private static LoweredMethod Describe(
            IMethodSymbol method,
            MethodDeclarationSyntax syntax,
            SemanticModel model,
            IOperation? body,
            EquatableArray<ContainingType> types,
            NumericType type,
            EquatableArray<ParameterModel> parameters,
            EquatableArray<IrInstruction> instructions,
            int result,
            IEnumerable<CallTarget> calls,
            LoopProgram? program,
            EquatableArray<ThrowGuard> guards = default) =>
            new LoweredMethod(
                method.ContainingNamespace.IsGlobalNamespace ? null : method.ContainingNamespace.ToDisplayString(),
                types,
                method.Name,
                RoslynNames.Accessibility(method.DeclaredAccessibility),
                method.IsStatic,
                type,
                parameters,
                instructions,
                result,
                DifferentiableMethods.LocationOf(syntax.Identifier.GetLocation()),
                model.Compilation.GetTypeByMetadataName("System.MathF") != null,
                calls.ToEquatableArray(),
                DifferentiableMethods.KeyOf(method),
                program,
                HiddenMembers.Of(method, parameters),
                guards,
                CarriedAttributes.Of(method),
                RestrictedMembers.AcceptedBy(body),
                RoslynNames.HasNullableDirectives(syntax.SyntaxTree));

        /// <summary>Whether the body throws somewhere (<c>throw</c> statements and expressions).</summary>
        private static bool Throws(IOperation body) => Descendants(body).Any(o => o is IThrowOperation);

        /// <summary>Errors stop generation; warnings (a piecewise-constant call) do not.</summary>
        private static bool HasErrors(List<Problem> problems) => problems.Any(p => p.Descriptor.DefaultSeverity == DiagnosticSeverity.Error);

        /// <summary>
        /// Whether the compiler rejects the method: a syntax error, an unknown type in its signature,
        /// or a body that does not bind (an invalid operation, an unknown type). The body's operation tree is
        /// the one lowering reads, so this binds the body once; asking the semantic model for the
        /// body's diagnostics would compile it a second time, half of the generator's time (and its
        /// declaration diagnostics are collected over the whole file, once per method).
        /// </summary>
        private static bool HasCompileErrors(IMethodSymbol method, MethodDeclarationSyntax syntax, IOperation? body)
        {
            if (syntax.ContainsDiagnostics && syntax.GetDiagnostics().Any(d => d.Severity == DiagnosticSeverity.Error))
            {
                return true;
            }

            if (method.ReturnType.TypeKind == TypeKind.Error || method.Parameters.Any(p => p.Type.TypeKind == TypeKind.Error) || RoslynNames.IsDeclaredTwice(method))
            {
                return true;
            }

            return body != null && Descendants(body).Any(IsInvalid);
        }

        private static bool IsInvalid(IOperation operation) =>
            operation.Kind == OperationKind.Invalid
            || operation.Type?.TypeKind == TypeKind.Error
            || (operation is IConversionOperation conversion && !conversion.Conversion.Exists);

        private static IEnumerable<IOperation> Descendants(IOperation root)
        {
            var pending = new Stack<IOperation>();
            pending.Push(root);
            while (pending.Count > 0)
            {
                IOperation operation = pending.Pop();
                yield return operation;
                foreach (IOperation child in operation.ChildOperations)
                {
                    pending.Push(child);
                }
            }
        }
    }
}
