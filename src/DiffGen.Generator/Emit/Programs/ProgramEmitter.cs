using System.Collections.Generic;
using System.Linq;
using DiffGen.Generator.Analysis;
using DiffGen.Generator.Common;
using DiffGen.Generator.Ir;
using DiffGen.Generator.Symbolic;

namespace DiffGen.Generator.Emit.Programs
{
    /// <summary>Writes the generated members of a method with loops or arrays: a partial per differentiated scalar, then the gradient.</summary>
    internal sealed class ProgramEmitter
    {
        private readonly LoweredMethod method;
        private readonly CodeWriter writer;
        private readonly string type;

        /// <summary>The source's const locals the program reads, which each member declares again.</summary>
        private readonly IReadOnlyList<NamedNumber> constants;

        public ProgramEmitter(LoweredMethod method, CodeWriter writer)
        {
            // Tests the simplifier decides and assignments it makes void are settled once, before any member is written;
            // a name two scopes declare with two integer types gets a second name.
            this.method = method with { Program = DistinctIntegerTypes.Apply(SettledStatements.Apply(method.Program!, method.Type, method.HasMathF)) };
            this.writer = writer;
            type = method.Type == NumericType.Float ? "float" : "double";
            constants = Analysis.ConstantLocals.Of(this.method.Program!, method.Parameters.Select(p => p.Name.TrimStart('@')));
            Dictionary<string, InfinitySigns> infinities = Analysis.ConstantInfinities.Of(this.method.Program!.Body);
            mayHoldInfinity = infinities.Count == 0 ? null : name => infinities.TryGetValue(name, out InfinitySigns signs) ? signs : InfinitySigns.None;
        }

        /// <summary>Which variables may hold an infinity the method writes as a constant; null when none may (<see cref="Analysis.ConstantInfinities"/>).</summary>
        private readonly System.Func<string, InfinitySigns>? mayHoldInfinity;

        /// <summary>A member's printer and names, which print the source's const locals by name and keep those names for them.</summary>
        private (ProgramPrinter Printer, ProgramNames Names) Start()
        {
            var printer = new ProgramPrinter(method.Type, method.HasMathF) { MayHoldInfinity = mayHoldInfinity };
            var names = new ProgramNames(method);
            foreach (NamedNumber constant in constants)
            {
                names.Reserve(constant.Name);
            }

            printer.DeclareConstants(constants);
            printer.DeclareConstantCalls(ConstantCalls.Of(method.Program!).Select(call => (call, ConstantName(names, call))));
            return (printer, names);
        }

        /// <summary>
        /// The local of a call of constants: <c>log2</c> for <c>Math.Log(2)</c>; <c>log2Constant</c> where the method has a
        /// <c>log2</c> of its own (a number after it, <c>log22</c>, would read as another constant).
        /// </summary>
        private static string ConstantName(ProgramNames names, MathCall call)
        {
            string preferred = ConstantCalls.NameOf(call);
            return names.Fresh(names.IsTaken(preferred) ? preferred + "Constant" : preferred);
        }

        /// <summary>The body, after the declarations of the const locals it reads.</summary>
        private void WriteBody(ProgramPrinter printer, List<CodeNode> body)
        {
            foreach (string declaration in printer.ConstantDeclarations(CodeTree.UsedIn(body)))
            {
                writer.Line(declaration);
            }

            CodeTree.Write(writer, body);
        }

        /// <summary>The member's modifiers: <c>new</c> where it hides a base type's generated member (<see cref="LoweredMethod.Hides"/>).</summary>
        private string Modifiers(string member) => method.Accessibility + (method.IsStatic ? " static " : " ") + (method.Hides.Contains(member) ? "new " : string.Empty);

        private string ParameterList => string.Join(", ", method.Parameters.Select(p => p.TypeName + " " + p.Name));

        private string Cref => (CSharpKeywords.IsKeyword(method.Name) ? "@" + method.Name : method.Name) + "(" + string.Join(", ", method.Parameters.Select(p => p.TypeName.Replace('<', '{').Replace('>', '}'))) + ")";

        /// <summary>Whether the method has loops (a method that computes with integer locals takes this route without any).</summary>
        private bool HasLoops => ProgramFacts.All(method.Program!.Body).Any(s => s is Loop);

        private static string Bare(ParameterModel p) => p.Name.TrimStart('@');

        /// <summary>A remarks block listing the rules, one paragraph each, and why a rule tests |v| &lt; ∞ where one does (<see cref="InfiniteFactors"/>).</summary>
        private void WriteRules(string heading, IEnumerable<string> rules, ProgramPrinter printer)
        {
            var lines = rules.ToList();
            if (lines.Count == 0)
            {
                return;
            }

            writer.Line("/// <remarks>");
            writer.Line("/// <para>" + FormulaText.Xml("In " + method.Name + ", " + heading) + "</para>");
            foreach (string rule in lines)
            {
                writer.Line("/// <para>" + FormulaText.Xml(rule) + "</para>");
            }

            if (printer.Builder.MadeFiniteGuards)
            {
                writer.Line("/// <para>" + FormulaText.Xml(InfiniteFactors.Note) + "</para>");
            }

            writer.Line("/// </remarks>");
        }

        public void EmitAll()
        {
            foreach (ParameterModel parameter in method.Parameters.Where(p => p.IsDifferentiated && !p.IsArray))
            {
                EmitPartial(parameter);
                writer.Line();
            }

            EmitGradient();
        }

        private void EmitPartial(ParameterModel parameter)
        {
            (ProgramPrinter printer, ProgramNames names) = Start();
            var analysis = new ProgramAnalysis(method.Program!, new[] { parameter.Name });
            writer.Line("/// <summary>");
            writer.Line("/// ∂" + method.Name + "/∂" + Bare(parameter) + ", the partial derivative of <see cref=\"" + Cref + "\"/> with respect to <paramref name=\"" + Bare(parameter) + "\"/>,");
            writer.Line("/// by forward-mode differentiation: the method's own " + (HasLoops ? "loops" : "statements") + ", each value computed beside its derivative.");
            writer.Line("/// </summary>");
            (List<CodeNode> earlyReturns, List<string> earlyRules) = EarlyReturnCode.Partial(method.Program!.EarlyReturns, printer, method.Name, parameter.Name);
            IReadOnlyList<TangentStep> tangent = TangentTransformation.Of(method.Program!.Body, printer, analysis, names, parameter.Name);
            WriteRules("each statement's derivative (dV is ∂v/∂" + Bare(parameter) + "):", earlyRules.Concat(ProgramFormulas.Tangent(tangent, printer, "∂" + method.Name + "/∂" + Bare(parameter), names)), printer);
            GeneratedAttributes.Write(writer, method.Attributes);
            writer.Open(Modifiers(GeneratedNames.Partial(method.Name, parameter.Name)) + type + " " + GeneratedNames.Partial(method.Name, parameter.Name) + "(" + ParameterList + ")");
            WriteBody(printer, earlyReturns.Concat(new PartialWriter(printer, names, parameter.Name).Body(tangent)).ToList());
            writer.Close();
        }

        /// <summary>
        /// The method as its gradient computes it: with a reduction loop moved past the statements after it that it does
        /// not depend on (<see cref="Analysis.LoopReordering"/>), when that makes it the last loop, which the gradient
        /// then runs forward and backward in one pass, and it is larger than a reduction already last (the GMM's
        /// per-point loop, not the few terms of its normaliser); else as written. The doc formulas follow the source's order.
        /// </summary>
        private (LoweredMethod Method, ProgramAnalysis Analysis, Loop? Moved) WithReductionLast(ProgramAnalysis asWritten, IReadOnlyList<string> differentiated)
        {
            Loop? last = method.Program!.Body.OfType<Loop>().LastOrDefault();
            int fusedAsWritten = last != null && asWritten.IsReduction(last) ? Analysis.LoopReordering.Size(last) : 0;
            foreach ((LoopProgram program, Loop moved) in Analysis.LoopReordering.Candidates(method.Program!).Take(2))
            {
                if (Analysis.LoopReordering.Size(moved) <= fusedAsWritten)
                {
                    break;
                }

                var analysis = new ProgramAnalysis(program, differentiated);
                if (analysis.IsReduction(moved))
                {
                    return (method with { Program = program }, analysis, moved);
                }
            }

            return (method, asWritten, null);
        }

        private void EmitGradient()
        {
            var differentiated = method.Parameters.Where(p => p.IsDifferentiated).ToList();
            (ProgramPrinter printer, ProgramNames names) = Start();
            var analysis = new ProgramAnalysis(method.Program!, differentiated.Select(p => p.Name));
            (LoweredMethod computed, ProgramAnalysis computedAnalysis, Loop? moved) = WithReductionLast(analysis, differentiated.Select(p => p.Name).ToList());
            var gradientWriter = new GradientWriter(computed, printer, computedAnalysis, names, moved);
            List<CodeNode> body = gradientWriter.Body();
            if (moved != null && !gradientWriter.FusedMovedLoop)
            {
                // Moved, then not fused (what follows it needs its results to know its adjoints): write it as the source does.
                (printer, names) = Start();
                gradientWriter = new GradientWriter(method, printer, analysis, names);
                body = gradientWriter.Body();
            }

            string outputs = string.Concat(differentiated.Select(p => p.IsArray
                ? ", global::System.Span<" + type + "> " + GeneratedNames.GradientOutput(p.Name)
                : ", out " + type + " " + GeneratedNames.GradientOutput(p.Name)));

            writer.Line("/// <summary>");
            writer.Line("/// Computes <see cref=\"" + Cref + "\"/> and its gradient with respect to " + string.Join(", ", differentiated.Select(Bare)) + " by reverse-mode");
            writer.Line("/// differentiation (backpropagation): a forward sweep through the method's " + (HasLoops ? "loops" : "statements") + ", then a reverse sweep");
            writer.Line("/// that sends each statement's derivative back to what it read.");
            writer.Line("/// </summary>");
            WriteRules("the chain rule, statement by statement (dV is ∂" + method.Name + "/∂v; the reverse sweep applies these from the last statement to the first):", gradientWriter.EarlyReturnRules.Concat(ProgramFormulas.Adjoint(method.Program!, analysis, printer, gradientWriter.Rules, names)), printer);
            foreach (ParameterModel p in method.Parameters)
            {
                writer.Line("/// <param name=\"" + Bare(p) + "\">The argument <c>" + Bare(p) + "</c> of " + method.Name + ".</param>");
            }

            foreach (ParameterModel p in differentiated)
            {
                string output = GeneratedNames.GradientOutput(p.Name).TrimStart('@');
                writer.Line(p.IsArray
                    ? "/// <param name=\"" + output + "\">Receives ∂" + method.Name + "/∂" + Bare(p) + "[k] in element k; must have the length of <paramref name=\"" + Bare(p) + "\"/>.</param>"
                    : "/// <param name=\"" + output + "\">Receives ∂" + method.Name + "/∂" + Bare(p) + ".</param>");
            }

            writer.Line("/// <returns>The value of " + method.Name + ".</returns>");
            if (differentiated.Any(p => p.IsArray))
            {
                writer.Line("/// <exception cref=\"global::System.ArgumentException\">An output span does not have the length of its array.</exception>");
            }

            GeneratedAttributes.Write(writer, method.Attributes);
            writer.Open(Modifiers(GeneratedNames.Gradient(method.Name)) + type + " " + GeneratedNames.Gradient(method.Name) + "(" + ParameterList + outputs + ")");
            WriteBody(printer, body);
            writer.Close();
        }
    }
}
