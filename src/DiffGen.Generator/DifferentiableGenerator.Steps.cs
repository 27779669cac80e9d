using System.Linq;
using System.Threading;
using System;
using DiffGen.Generator.Common;
using DiffGen.Generator.Diagnostics;
using DiffGen.Generator.Emit;
using DiffGen.Generator.Ir;
using DiffGen.Generator.Lowering;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;
using Microsoft.CodeAnalysis;

namespace DiffGen.Generator
{
    /// <content>The three steps of the pipeline, each turning any exception into a diagnostic on the method.</content>
    public sealed partial class DifferentiableGenerator
    {
        private static LoweringStep Lower(GeneratorAttributeSyntaxContext context, CancellationToken cancellationToken)
        {
            var method = (IMethodSymbol)context.TargetSymbol;
            var syntax = (MethodDeclarationSyntax)context.TargetNode;
            SemanticModel model = context.SemanticModel;
            try
            {
                if (DifferentiableMethods.IsBodilessPartOfImplementedPartial(method, syntax)
                    && method.PartialImplementationPart!.DeclaringSyntaxReferences.FirstOrDefault()?.GetSyntax(cancellationToken) is MethodDeclarationSyntax implementation)
                {
                    // [Differentiable] on a partial method's declaration: read the part with the body.
                    method = method.PartialImplementationPart;
                    model = implementation.SyntaxTree == syntax.SyntaxTree ? model : model.Compilation.GetSemanticModel(implementation.SyntaxTree);
                    syntax = implementation;
                }

                LoweringOutcome outcome = MethodLowering.Lower(method, syntax, context.Attributes[0], model, cancellationToken);
                return new LoweringStep(outcome.Method, null);
            }
            catch (Exception exception) when (!(exception is OperationCanceledException))
            {
                return new LoweringStep(null, new InternalError(method.Name, Describe(exception), DifferentiableMethods.LocationOf(syntax.Identifier.GetLocation())));
            }
        }

        private static CalleeNeeds NeedsOf(LoweringStep step) => step.Method == null
            ? new CalleeNeeds(string.Empty, EquatableArray<string>.Empty)
            : new CalleeNeeds(step.Method.Key, step.Method.Calls.Select(c => c.RequiresGenerated).OfType<string>().Distinct().OrderBy(k => k, StringComparer.Ordinal).ToEquatableArray());

        /// <summary>
        /// The keys of the methods that will have generated members: those lowered whose callees will have them too, found
        /// until nothing more drops out (Cost calls Neuron, which calls Sigmoid, which has a problem: neither Neuron nor Cost).
        /// </summary>
        private static EquatableArray<string> Generated(System.Collections.Immutable.ImmutableArray<CalleeNeeds> needs)
        {
            var kept = new System.Collections.Generic.HashSet<string>(needs.Where(n => n.Key.Length > 0).Select(n => n.Key), StringComparer.Ordinal);
            bool dropped = true;
            while (dropped)
            {
                dropped = false;
                foreach (CalleeNeeds need in needs)
                {
                    if (kept.Contains(need.Key) && need.Requires.Any(r => !kept.Contains(r)))
                    {
                        kept.Remove(need.Key);
                        dropped = true;
                    }
                }
            }

            return kept.OrderBy(k => k, StringComparer.Ordinal).ToEquatableArray();
        }

        /// <summary>Drops a method that calls a [Differentiable] method with no generated members (the analyzer reports the callee's problems).</summary>
        private static LoweringStep RequireCallees(LoweringStep step, EquatableArray<string> generated)
        {
            // Generated holds a method only when every method it calls is generated too.
            if (step.Method == null || generated.Contains(step.Method.Key))
            {
                return step;
            }

            return new LoweringStep(null, null);
        }

        private static EmissionStep Emit(LoweringStep step, Func<LoweredMethod, GeneratedSource> emit)
        {
            if (step.Method == null)
            {
                return new EmissionStep(null, step.Error);
            }

            try
            {
                return new EmissionStep(emit(step.Method), null);
            }
            catch (Exception exception) when (!(exception is OperationCanceledException))
            {
                return new EmissionStep(null, new InternalError(step.Method.Name, Describe(exception), step.Method.Location));
            }
        }

        /// <summary>Adds the file, or reports the internal error as DIFF900; shared with <see cref="IntegrableGenerator"/>.</summary>
        internal static void Output(SourceProductionContext context, EmissionStep step)
        {
            if (step.Source != null)
            {
                context.AddSource(step.Source.HintName, step.Source.Text);
            }
            else if (step.Error != null)
            {
                LocationInfo at = step.Error.Location;
                var location = Location.Create(
                    at.FilePath,
                    new TextSpan(at.Start, at.Length),
                    new LinePositionSpan(new LinePosition(at.StartLine, at.StartCharacter), new LinePosition(at.EndLine, at.EndCharacter)));
                context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.InternalError, location, step.Error.MethodName, step.Error.Message));
            }
        }

        /// <summary>The exception's type and message, as one sentence (for DIFF900 and DIFF036).</summary>
        internal static string Describe(Exception exception) => exception.GetType().Name + ": " + exception.Message.TrimEnd('.') + ".";
    }
}
