using System.Linq;
using System;
using DiffGen.Generator.Common;
using DiffGen.Generator.Emit;
using DiffGen.Generator.Ir;
using DiffGen.Generator.Lowering;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis;

namespace DiffGen.Generator
{
    /// <summary>
    /// Generates the partial derivatives and gradient of every <c>[Differentiable]</c> method.
    /// Lowering happens in the transform and yields plain equatable data; emission is a separate
    /// step, so an edit that leaves a method's lowered form unchanged re-emits nothing. Methods
    /// with problems are skipped here (the analyzer reports them); an exception on one method is
    /// reported on that method and never stops the others.
    /// </summary>
    [Generator(LanguageNames.CSharp)]
    public sealed partial class DifferentiableGenerator : IIncrementalGenerator
    {
        private readonly Func<LoweredMethod, GeneratedSource> emit;

        public DifferentiableGenerator()
            : this(SourceEmitter.Emit)
        {
        }

        /// <summary>For tests: substitutes the emitter, e.g. to force an internal error on one method.</summary>
        internal DifferentiableGenerator(Func<LoweredMethod, GeneratedSource> emit)
        {
            this.emit = emit;
        }

        public void Initialize(IncrementalGeneratorInitializationContext context)
        {
            IncrementalValuesProvider<LoweringStep> lowered = context.SyntaxProvider
                .ForAttributeWithMetadataName(
                    RoslynNames.DifferentiableAttribute,
                    predicate: static (node, _) => node is MethodDeclarationSyntax,
                    transform: static (context, cancellationToken) => Lower(context, cancellationToken))
                .Where(static step => step.Method != null || step.Error != null)
                .WithTrackingName(TrackingNames.Lowered);

            // The methods that will have generated members: a call relies on its callee's MGradient,
            // so a caller whose callee has problems (reported by the analyzer) is skipped too, and so is
            // a caller of that caller. Only the keys and the calls' keys are combined, so editing one
            // method's body re-runs no other method.
            IncrementalValueProvider<EquatableArray<string>> generated = lowered
                .Select(static (step, _) => NeedsOf(step))
                .Collect()
                .Select(static (needs, _) => Generated(needs))
                .WithTrackingName(TrackingNames.Generated);

            IncrementalValuesProvider<LoweringStep> resolved = lowered
                .Combine(generated)
                .Select(static (pair, _) => RequireCallees(pair.Left, pair.Right))
                .Where(static step => step.Method != null || step.Error != null)
                .WithTrackingName(TrackingNames.Resolved);

            Func<LoweredMethod, GeneratedSource> emitter = emit;
            IncrementalValuesProvider<EmissionStep> emitted = resolved
                .Select((step, _) => Emit(step, emitter))
                .WithTrackingName(TrackingNames.Emitted);

            context.RegisterSourceOutput(emitted, static (context, step) => Output(context, step));
        }
    }
}
