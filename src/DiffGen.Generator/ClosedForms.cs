using System.Collections.Generic;
using System.Linq;
using System.Threading;
using DiffGen.Generator.Common;
using DiffGen.Generator.Emit;
using DiffGen.Generator.Emit.Integrals;
using DiffGen.Generator.Ir;
using DiffGen.Generator.Lowering;
using DiffGen.Generator.Lowering.Programs;
using DiffGen.Generator.Symbolic;
using DiffGen.Generator.Symbolic.Integration;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace DiffGen.Generator
{
    /// <summary>
    /// Closed-form antiderivatives of <c>[Integrable]</c> methods, from the body to the generated member: the body
    /// lowered as a formula (<see cref="WithIntegrand"/>, in the read step), the search and its check
    /// (<see cref="Find"/>), and the sentence DIFF036 says when there is none (<see cref="Reason"/>). In the root
    /// namespace because it uses the lowering, the symbolic stage and the emitter; the generator and the
    /// analyzer call the same methods, so they agree on which methods get one.
    /// </summary>
    internal static class ClosedForms
    {
        /// <summary>
        /// The method with its body lowered as one formula of its variable (<see cref="IntegrableMethod.Integrand"/>), or
        /// with the reason there is no formula to integrate (<see cref="IntegrableMethod.NoClosedForm"/>). A method over a
        /// rectangle gets neither: an antiderivative is of one variable.
        /// </summary>
        public static IntegrableMethod WithIntegrand(IntegrableMethod read, IMethodSymbol method, MethodDeclarationSyntax syntax, SemanticModel model, CancellationToken cancellationToken)
        {
            if (read.Variables.Count != 1)
            {
                return read;
            }

            string name = IntegralNames.Antiderivative(read.Name.TrimStart('@'));
            if (method.ContainingType.GetMembers(name).Any(m => !RoslynNames.IsDiffGenGenerated(m)))
            {
                return read with { NoClosedForm = "'" + method.ContainingType.Name + "' already has a member named '" + name + "'" };
            }

            if (syntax.Body == null && syntax.ExpressionBody == null
                && method.PartialImplementationPart?.DeclaringSyntaxReferences.FirstOrDefault()?.GetSyntax(cancellationToken) is MethodDeclarationSyntax implementation)
            {
                // [Integrable] on a partial method's declaration: read the part with the body, as [Differentiable] does.
                model = implementation.SyntaxTree == syntax.SyntaxTree ? model : model.Compilation.GetSemanticModel(implementation.SyntaxTree);
                syntax = implementation;
                method = method.PartialImplementationPart!;
            }

            IOperation? body = syntax.Body != null || syntax.ExpressionBody != null ? model.GetOperation(syntax, cancellationToken) : null;
            if (body == null)
            {
                return read with { NoClosedForm = "its body is not in this declaration" };
            }

            if (body.Descendants().Any(IsInvalid))
            {
                // Code the compiler rejects gets the compiler's errors, not a reason from DiffGen.
                return read;
            }

            try
            {
                return Lower(read, method, syntax, body, model, cancellationToken);
            }
            catch (System.Exception exception) when (!(exception is System.OperationCanceledException))
            {
                // A failure here costs the method its antiderivative, never its MIntegral.
                return read with { NoClosedForm = "reading its body failed inside DiffGen (" + DifferentiableGenerator.Describe(exception).TrimEnd('.') + "); please report this with the method's source" };
            }
        }

        private static IntegrableMethod Lower(IntegrableMethod read, IMethodSymbol method, MethodDeclarationSyntax syntax, IOperation body, SemanticModel model, CancellationToken cancellationToken)
        {
            if (ProgramLowering.Applies(method, body))
            {
                return read with { NoClosedForm = "it has a loop or an array, and closed forms are found for a method that computes one formula" };
            }

            string variable = read.Parameters[read.Variables[0]].Name;
            var parameters = method.Parameters
                .Select(p => new ParameterModel(RoslynNames.Identifier(p.Name), RoslynNames.Keyword(p.Type), RoslynNames.Identifier(p.Name) == variable))
                .ToEquatableArray();
            var problems = new List<Problem>();
            LoopProgram? program = new ProgramLowering(method, parameters, problems, cancellationToken, loopFree: true).Lower(body, syntax.Identifier.GetLocation());
            Problem? problem = problems.FirstOrDefault(p => p.Descriptor.DefaultSeverity == DiagnosticSeverity.Error);
            if (problem == null && program != null && program.EarlyReturns.Count > 0)
            {
                // An antiderivative would not throw where the method does (if (x <= 0) throw ...), so its integrals would not either.
                return read with { NoClosedForm = "it throws where a check before its work holds (if (...) throw ...), and a closed form would not" };
            }

            StraightLineBody? formula = problem == null && program != null ? StraightLineBody.Of(program, read.Type) : null;
            if (formula == null)
            {
                string what = problem == null ? "DiffGen cannot read its body as a formula" : problem.ToDiagnostic().GetMessage(System.Globalization.CultureInfo.InvariantCulture);
                return read with { NoClosedForm = "its body is not one formula DiffGen can read (" + what.TrimEnd('.') + ")" };
            }

            var integrand = new LoweredMethod(
                read.Namespace,
                read.ContainingTypes,
                read.Name,
                read.Accessibility,
                read.IsStatic,
                read.Type,
                parameters,
                formula.Instructions,
                formula.Result,
                read.Location,
                model.Compilation.GetTypeByMetadataName("System.MathF") != null,
                formula.Calls.ToEquatableArray(),
                Attributes: read.Attributes);
            return read with { Integrand = integrand };
        }

        private static bool IsInvalid(IOperation operation) =>
            operation.Kind == OperationKind.Invalid
            || operation.Type?.TypeKind == TypeKind.Error
            || (operation is Microsoft.CodeAnalysis.Operations.IConversionOperation conversion && !conversion.Conversion.Exists);

        /// <summary>The search for the method's antiderivative, or null where there is nothing to search (see <see cref="WithIntegrand"/>).</summary>
        /// <remarks>An exception in the search is a bug in DiffGen; it costs the method its antiderivative (DIFF036 says so), never its integral.</remarks>
        public static AntiderivativeResult? Find(IntegrableMethod method)
        {
            if (method.Integrand == null)
            {
                return null;
            }

            try
            {
                return AntiderivativeSearch.Find(method.Integrand, method.Parameters[method.Variables[0]].Name);
            }
            catch (System.Exception exception) when (!(exception is System.OperationCanceledException))
            {
                return AntiderivativeResult.None(NoAntiderivative.SearchFailed, callee: DifferentiableGenerator.Describe(exception).TrimEnd('.'));
            }
        }

        /// <summary>The file for the method: MIntegral, and MAntiderivative where one is found and checked.</summary>
        public static GeneratedSource Emit(IntegrableMethod method) => IntegralEmitter.Emit(method, Find(method)?.Found);

        /// <summary>Why the method gets no MAntiderivative (the text of DIFF036), or null when it gets one or has one variable of two.</summary>
        public static string? Reason(IntegrableMethod method, AntiderivativeResult? result)
        {
            if (method.Variables.Count != 1)
            {
                return null;
            }

            if (method.NoClosedForm != null || result == null)
            {
                return method.NoClosedForm;
            }

            string Formula(Expr e) => FormulaText.Of(e, _ => null, result.Builder!.Numbers) ?? "a large formula";
            return result.Found != null ? null : result.Reason switch
            {
                NoAntiderivative.Branches => "it branches (if, ?: or an early return), and closed forms are found for one formula without choices",
                NoAntiderivative.Calls => "it calls '" + result.Callee + "', whose formula the search does not read",
                NoAntiderivative.CheckFailed => "the candidate found did not pass the check that its derivative is the method, and was dropped",
                NoAntiderivative.SearchFailed => "the search failed inside DiffGen (" + result.Callee + "); please report this with the method's source",
                _ => "no rule of DiffGen's table applies to ∫ " + Formula(result.Unintegrable!) + " d" + result.Variable!.MathText
                    + " (some integrands, such as exp(−x²) and sin(x)/x, have no antiderivative made of elementary functions)",
            };
        }
    }
}
