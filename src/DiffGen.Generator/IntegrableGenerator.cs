using System.Threading;
using System;
using DiffGen.Generator.Emit;
using DiffGen.Generator.Ir;
using DiffGen.Generator.Lowering.Integrals;
using DiffGen.Generator.Lowering;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis;

namespace DiffGen.Generator
{
    /// <summary>The read step's output: a method whose integral can be generated, or an internal error.</summary>
    internal sealed record IntegrableStep(IntegrableMethod? Method, InternalError? Error);

    /// <summary>
    /// Generates <c>MIntegral</c> for every <c>[Integrable]</c> method. A pipeline of its own, beside
    /// <see cref="DifferentiableGenerator"/>'s and sharing nothing with it but the output step: the
    /// transform reads the signature and the body's formula into plain equatable data (<see cref="IntegrableMethod"/>),
    /// a second step searches for a closed-form antiderivative and emits, so an edit that leaves both unchanged re-emits nothing. Methods with problems are
    /// skipped (<see cref="IntegrableAnalyzer"/> reports them); an exception on one method becomes DIFF900 on it.
    /// </summary>
    [Generator(LanguageNames.CSharp)]
    public sealed class IntegrableGenerator : IIncrementalGenerator
    {
        private readonly Func<IntegrableMethod, GeneratedSource> emit;

        public IntegrableGenerator()
            : this(ClosedForms.Emit)
        {
        }

        /// <summary>For tests: substitutes the emitter, e.g. to force an internal error on one method.</summary>
        internal IntegrableGenerator(Func<IntegrableMethod, GeneratedSource> emit)
        {
            this.emit = emit;
        }

        public void Initialize(IncrementalGeneratorInitializationContext context)
        {
            IncrementalValuesProvider<IntegrableStep> read = context.SyntaxProvider
                .ForAttributeWithMetadataName(
                    IntegrableReader.AttributeName,
                    predicate: static (node, _) => node is MethodDeclarationSyntax,
                    transform: static (context, cancellationToken) => Read(context, cancellationToken))
                .Where(static step => step.Method != null || step.Error != null)
                .WithTrackingName(TrackingNames.IntegrableRead);

            Func<IntegrableMethod, GeneratedSource> emitter = emit;
            IncrementalValuesProvider<EmissionStep> emitted = read
                .Select((step, _) => Emit(step, emitter))
                .WithTrackingName(TrackingNames.IntegralEmitted);

            context.RegisterSourceOutput(emitted, static (context, step) => DifferentiableGenerator.Output(context, step));
        }

        private static IntegrableStep Read(GeneratorAttributeSyntaxContext context, CancellationToken cancellationToken)
        {
            var method = (IMethodSymbol)context.TargetSymbol;
            var syntax = (MethodDeclarationSyntax)context.TargetNode;
            try
            {
                IntegrableMethod? read = IntegrableReader.Read(method, syntax, context.Attributes[0], cancellationToken).Method;
                return new IntegrableStep(read == null ? null : ClosedForms.WithIntegrand(read, method, syntax, context.SemanticModel, cancellationToken), null);
            }
            catch (Exception exception) when (!(exception is OperationCanceledException))
            {
                return new IntegrableStep(null, new InternalError(method.Name, DifferentiableGenerator.Describe(exception), DifferentiableMethods.LocationOf(syntax.Identifier.GetLocation())));
            }
        }

        private static EmissionStep Emit(IntegrableStep step, Func<IntegrableMethod, GeneratedSource> emit)
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
                return new EmissionStep(null, new InternalError(step.Method.Name, DifferentiableGenerator.Describe(exception), step.Method.Location));
            }
        }
    }
}
