using System.Collections.Generic;
using System.Linq;
using DiffGen.Generator.Common;
using DiffGen.Generator.Ir;
using DiffGen.Generator.Symbolic;

namespace DiffGen.Generator.Emit
{
    /// <summary>Writes the generated members of one method: a partial per differentiated parameter, then the gradient.</summary>
    internal sealed partial class MemberEmitter
    {
        private readonly LoweredMethod method;
        private readonly MethodDag dag;
        private readonly CodeWriter writer;
        private readonly string type;
        private readonly string[] reservedNames;
        private readonly IReadOnlyList<ParameterModel> differentiated;
        private List<Expr>? forwardOrder;
        private Dictionary<Expr, string>? forwardNames;
        private HashSet<Expr>? forwardSet;
        private readonly SourceForms sourceForms;

        public MemberEmitter(LoweredMethod method, MethodDag dag, CodeWriter writer)
        {
            this.method = method;
            this.dag = dag;
            this.writer = writer;
            type = method.Type == NumericType.Float ? "float" : "double";
            differentiated = method.Parameters.Where(p => p.IsDifferentiated).ToList();
            sourceForms = new SourceForms(method, dag.InstructionValues);
            reservedNames = method.Parameters.Select(p => p.Name)
                .Concat(differentiated.Select(p => GeneratedNames.GradientOutput(p.Name)))
                .ToArray();
        }

        /// <summary>The member's modifiers: <c>new</c> where it hides a base type's generated member (<see cref="LoweredMethod.Hides"/>).</summary>
        private string Modifiers(string member) => method.Accessibility + (method.IsStatic ? " static " : " ") + (method.Hides.Contains(member) ? "new " : string.Empty);

        private string ParameterList => string.Join(", ", method.Parameters.Select(p => p.TypeName + " " + p.Name));

        private string Cref => (CSharpKeywords.IsKeyword(method.Name) ? "@" + method.Name : method.Name) + "(" + string.Join(", ", method.Parameters.Select(p => p.TypeName)) + ")";

        private string MathName(ParameterModel p) => p.Name.TrimStart('@');

        public void EmitAll()
        {
            var partials = new List<Expr>();
            for (int i = 0; i < differentiated.Count; i++)
            {
                Expr partial = KnownTests.Apply(dag.Builder, dag.Partial(dag.Variables[i]));
                partials.Add(partial);
                EmitPartial(differentiated[i], partial);
                writer.Line();
            }

            EmitGradient(partials);
        }

        private void EmitPartial(ParameterModel parameter, Expr partial)
        {
            // The code computes the partial with its products shared; the formula shows it as derived.
            SharedProducts shared = SharedProducts.Plan(dag.Builder, new[] { partial }, IsForward);
            // The partial reads calls under tests of its own (a call's partial where the value only read the call):
            // each keeps the condition under which the source makes it.
            var guards = new Dictionary<Expr, Condition>();
            Expr computed = CallGuards.Apply(dag.Builder, shared.Roots[0], guards);
            BranchLayout layout;
            try
            {
                layout = LayOut(computed, shared, call => guards.TryGetValue(call, out Condition? guard) ? guard : dag.Builder.GuardOf(call));
            }
            catch (StatementCycleException) when (guards.Count > 0)
            {
                // A safety net: should the partial's own guards give its layout a cycle of statements, it is laid out
                // with the value's guards alone, as before partials had guards of their own (docs/reliability.md, ninth session).
                computed = shared.Roots[0];
                layout = LayOut(computed, shared, dag.Builder.GuardOf);
            }

            string symbol = "∂" + method.Name + "/∂" + MathName(parameter);

            writer.Line("/// <summary>");
            writer.Line("/// " + symbol + ", the partial derivative of <see cref=\"" + Cref + "\"/> with respect to <paramref name=\"" + MathName(parameter) + "\"/>.");
            writer.Line("/// </summary>");
            WriteFormulaRemarks(new[] { (symbol, partial) }, e => layout.Plan.NameOf(shared.Map(e)), e => layout.IsShownWhole(shared.Map(e)));
            GeneratedAttributes.Write(writer, method.Attributes);
            writer.Open(Modifiers(GeneratedNames.Partial(method.Name, parameter.Name)) + type + " " + GeneratedNames.Partial(method.Name, parameter.Name) + "(" + ParameterList + ")");
            WriteGuards();
            var printer = new CSharpPrinter(method.Type, method.HasMathF, layout.NameOf, dag.Builder.Numbers);
            new StatementWriter(writer, layout, printer, _ => null, sourceForms.Through(shared.Map)).WriteBlock(layout.Body);
            writer.Line("return " + printer.Print(computed) + ";");
            writer.Close();
        }

        /// <summary>
        /// The method's checks before its work (<c>if (sigma &lt;= 0) throw ...</c>), made first, as the source makes them; each
        /// test printed from its node, code and comment alike. (A test algebra decides, which would fold to true or false, is
        /// DIFF010, <c>DecidedGuards</c>, unless it reads constants alone and never holds: that check is not written.)
        /// </summary>
        private void WriteGuards()
        {
            if (method.Guards.Count == 0)
            {
                return;
            }

            var code = new CSharpPrinter(method.Type, method.HasMathF, _ => null, dag.Builder.Numbers);
            var written = new CSharpPrinter(method.Type, method.HasMathF, _ => null, dag.Builder.Numbers) { AsWritten = true };
            foreach (ThrowGuard guard in method.Guards)
            {
                var test = (Condition)dag.InstructionValues[guard.Test];
                if (test.Op == ConditionOp.False)
                {
                    // A test of constants alone that never holds (const double Eps = 1e-3; if (Eps <= 0)): the check never throws.
                    continue;
                }

                writer.Line("// if (" + written.PrintCondition(test) + ") throw ...: the method's own check, made first");
                writer.Open("if (" + code.PrintCondition(test) + ")");
                writer.Line("throw " + guard.Throws + ";");
                writer.Close();
            }

            writer.Line();
        }

        private BranchLayout LayOut(Expr computed, SharedProducts shared, System.Func<Expr, Condition?> guardOf)
        {
            Dictionary<Expr, string> constants = ConstantLocals(new[] { computed });
            return BranchLayout.Create(
                new[] { computed },
                _ => false,
                (required, namedAfter) => LocalPlan.Create(new[] { computed }, new NameAllocator(reservedNames), constants, required: required, suggested: PartialNames(computed, shared.Map), namedAfter: namedAfter),
                guardOf: guardOf);
        }

        private void EmitGradient(IReadOnlyList<Expr> forwardPartials)
        {
            // The value and the gradient with their products shared (SharedProducts); the value keeps the source's rounding.
            GradientResult derived = ClosedFormGradient.Choose(dag, forwardPartials, dag.Gradient());
            var derivedRoots = new List<Expr> { dag.Value };
            derivedRoots.AddRange(derived.Partials);
            SharedProducts shared = SharedProducts.Plan(dag.Builder, derivedRoots, IsForward);
            GradientResult gradient = derived.Mapped(shared.Map);
            Expr value = shared.Roots[0];
            var roots = shared.Roots.ToList();
            var forced = ConstantLocals(roots);
            // A constant value is returned as written, so a local holding it would never be read (CS0219).
            if (!(value is Named) && !(value is Constant))
            {
                forced[value] = ValueName;
            }

            var forward = new HashSet<Expr>(TopologicalOrder.OperandsFirst(new[] { value }));
            var outputNames = new Dictionary<Expr, string>();
            for (int i = 0; i < differentiated.Count; i++)
            {
                Expr partial = LocalPlan.Representative(gradient.Partials[i]);
                if (!outputNames.ContainsKey(partial) && !forward.Contains(partial))
                {
                    outputNames.Add(partial, GeneratedNames.GradientOutput(differentiated[i].Name));
                }
            }

            var layout = BranchLayout.Create(
                roots,
                node => !forward.Contains(node),
                (required, namedAfter) => LocalPlan.Create(roots, new NameAllocator(reservedNames), forced, gradient.AdjointOf, required, namedByOperation: gradient.NamedByOperation, namedAfter: namedAfter),
                outputNames,
                dag.Builder.GuardOf);
            LocalPlan plan = layout.Plan;
            var printer = new CSharpPrinter(method.Type, method.HasMathF, layout.NameOf, dag.Builder.Numbers);
            string outputs = string.Concat(differentiated.Select(p => ", out " + type + " " + GeneratedNames.GradientOutput(p.Name)));

            writer.Line("/// <summary>");
            writer.Line("/// Computes <see cref=\"" + Cref + "\"/> and its gradient (" + string.Join(", ", differentiated.Select(p => "∂" + method.Name + "/∂" + MathName(p))) + ")");
            writer.Line(derived.IsClosedForm
                ? "/// in one forward sweep, then each partial in closed form from the values it computed (for this method, cheaper than a reverse sweep by a cost model of its operations)."
                : "/// in one forward sweep and one reverse (adjoint) sweep.");
            writer.Line("/// </summary>");
            foreach (ParameterModel p in method.Parameters)
            {
                writer.Line("/// <param name=\"" + MathName(p) + "\">The argument <c>" + MathName(p) + "</c> of " + method.Name + ".</param>");
            }

            // The formulas name the source's locals as the code does: a branch value the code writes straight into its choice's
            // variable is shown whole, and the choice has the name.
            bool ShownWhole(Expr e) => layout.IsShownWhole(shared.Map(e));
            var shownWhole = TopologicalOrder.OperandsFirst(forwardPartials).Where(e => e is Named && ShownWhole(e)).ToList();
            var formulaPlan = LocalPlan.Create(forwardPartials, new NameAllocator(reservedNames), suggested: ForwardNames(), namedAfter: shownWhole);
            for (int i = 0; i < differentiated.Count; i++)
            {
                string symbol = "∂" + method.Name + "/∂" + MathName(differentiated[i]);
                string? formula = FormulaText.Of(forwardPartials[i], formulaPlan.NameOf, dag.Builder.Numbers, shownWhole: ShownWhole);
                writer.Line("/// <param name=\"" + GeneratedNames.GradientOutput(differentiated[i].Name).TrimStart('@') + "\">Receives " + FormulaText.Xml(symbol + (formula != null ? " = " + formula : string.Empty)) + ".</param>");
            }

            writer.Line("/// <returns>The value of " + method.Name + ".</returns>");
            WriteDefinitions(forwardPartials, formulaPlan, ShownWhole);
            GeneratedAttributes.Write(writer, method.Attributes);
            writer.Open(Modifiers(GeneratedNames.Gradient(method.Name)) + type + " " + GeneratedNames.Gradient(method.Name) + "(" + ParameterList + outputs + ")");
            WriteGuards();
            var adjointComments = AdjointComments(gradient, layout);
            SourceForms forms = sourceForms.Through(shared.Map);
            var statements = new StatementWriter(writer, layout, printer, local => adjointComments.TryGetValue(local, out string? comment) ? comment : null, forms);
            writer.Line("// Forward sweep: compute " + method.Name + ", keeping the intermediates the " + (gradient.IsClosedForm ? "partials reuse." : "reverse sweep reuses."));
            bool reverseStarted = false;
            void StartReverse()
            {
                writer.Line();
                string holds = "// Reverse sweep: each adjoint dV holds ∂" + method.Name + "/∂v" + Scaled(gradient) + ", passed from the result back towards the parameters";
                writer.Line(gradient.IsClosedForm ? "// The partials in closed form, reading the forward sweep's values."
                    : gradient.Scale == 1 ? holds + "." : holds + "; the factor " + Scaling(gradient) + " every term's derivative carries is applied once, to the results.");
                reverseStarted = true;
            }

            foreach (object item in layout.Body.Items)
            {
                if (!reverseStarted && (item is BranchGroup { IsReverse: true } || (item is Expr local && !forward.Contains(local))))
                {
                    StartReverse();
                }

                statements.WriteItem(item);
            }

            if (!reverseStarted)
            {
                StartReverse();
            }

            for (int i = 0; i < differentiated.Count; i++)
            {
                string rule = "∂" + method.Name + "/∂" + MathName(differentiated[i]) + (gradient.IsClosedForm
                    ? " in closed form, as " + GeneratedNames.Partial(method.Name, differentiated[i].Name).TrimStart('@') + " computes it"
                    : gradient.RulesText(dag.Variables[i]));
                string output = GeneratedNames.GradientOutput(differentiated[i].Name);
                if (layout.OutputOf(gradient.Partials[i]) != output)
                {
                    writer.Line(output + " = " + printer.Print(gradient.Partials[i]) + "; // " + rule);
                }
            }

            // The value as the source computes it, where the DAG holds it as a node the source computed otherwise (x for x + 1 - 1).
            writer.Line("return " + (forms.Result(method.Result, value, layout.NameOf, printer) ?? printer.Print(value)) + ";");
            writer.Close();
        }

        /// <summary>
        /// Names for a partial's locals: the result is the derivative; forward values are named as by <see cref="ForwardNames"/>,
        /// each given to the node that stands for it in the partial as computed (<paramref name="map"/>).
        /// </summary>
        private Dictionary<Expr, string> PartialNames(Expr partial, System.Func<Expr, Expr> map)
        {
            var names = new Dictionary<Expr, string>();
            foreach (KeyValuePair<Expr, string> name in ForwardNames())
            {
                Expr node = map(name.Key);
                if (!names.ContainsKey(node))
                {
                    names.Add(node, name.Value);
                }
            }

            names[partial] = "derivative";
            return names;
        }

        /// <summary>Whether a node is one of the values the method computes (whose rounding the generated code keeps).</summary>
        private bool IsForward(Expr node) => (forwardSet ??= new HashSet<Expr>(ForwardOrder)).Contains(node);

        /// <summary>The nodes of the method's value, operands first (computed once: every member reads it).</summary>
        private List<Expr> ForwardOrder => forwardOrder ??= TopologicalOrder.OperandsFirst(new[] { dag.Value });

        /// <summary>
        /// Names for the forward values a derivative reuses (σ in σ·(1 − σ)), should they get a local:
        /// as in the gradient, the source's local, or the method's name for its value.
        /// </summary>
        private Dictionary<Expr, string> ForwardNames()
        {
            if (forwardNames != null)
            {
                return forwardNames;
            }

            var names = new Dictionary<Expr, string>();
            foreach (Expr node in ForwardOrder)
            {
                if (node is Named named && !names.ContainsKey(named.Value))
                {
                    names.Add(named.Value, named.Name);
                }
            }

            if (!(dag.Value is Named))
            {
                names[dag.Value] = ValueName;
            }

            return forwardNames = names;
        }

        /// <summary>The gradient's local for the method's value: <c>Sigmoid</c> → <c>sigmoid</c>.</summary>
        private string ValueName => char.ToLowerInvariant(method.Name[0]) + method.Name.Substring(1);

        /// <summary>The source's own const locals (<c>const double g = 9.81</c>), which the generated code declares again so it reads <c>g</c>, not 9.81.</summary>
        private static Dictionary<Expr, string> ConstantLocals(IReadOnlyList<Expr> roots)
        {
            var constants = new Dictionary<Expr, string>();
            foreach (Symbol symbol in TopologicalOrder.OperandsFirst(roots).OfType<Symbol>())
            {
                if (symbol.IsConstLocal)
                {
                    constants[symbol] = symbol.MathText;
                }
            }

            return constants;
        }

        private void WriteFormulaRemarks(IEnumerable<(string Symbol, Expr Formula)> formulas, System.Func<Expr, string?> nameOf, System.Func<Expr, bool>? shownWhole = null)
        {
            writer.Line("/// <remarks>");
            foreach ((string symbol, Expr formula) in formulas)
            {
                string? text = FormulaText.Of(formula, nameOf, dag.Builder.Numbers, shownWhole: shownWhole);
                writer.Line("/// <para>" + FormulaText.Xml(symbol + " = " + (text ?? "(too large to show; see the code)")) + "</para>");
                string? definitions = FormulaText.Definitions(new[] { formula }, nameOf, dag.Builder.Numbers, shownWhole);
                if (definitions != null)
                {
                    writer.Line("/// <para>where " + FormulaText.Xml(definitions) + ".</para>");
                }
            }

            if (InfiniteFactors.Holds(dag.Builder, formulas.Select(f => f.Formula)))
            {
                writer.Line("/// <para>" + FormulaText.Xml(InfiniteFactors.Note) + "</para>");
            }

            writer.Line("/// </remarks>");
        }

        private void WriteDefinitions(IReadOnlyList<Expr> formulas, LocalPlan plan, System.Func<Expr, bool> shownWhole)
        {
            string? definitions = FormulaText.Definitions(formulas, plan.NameOf, dag.Builder.Numbers, shownWhole);
            if (!InfiniteFactors.Holds(dag.Builder, formulas))
            {
                if (definitions != null)
                {
                    writer.Line("/// <remarks>where " + FormulaText.Xml(definitions) + ".</remarks>");
                }

                return;
            }

            writer.Line("/// <remarks>");
            if (definitions != null)
            {
                writer.Line("/// <para>where " + FormulaText.Xml(definitions) + ".</para>");
            }

            writer.Line("/// <para>" + FormulaText.Xml(InfiniteFactors.Note) + "</para>");
            writer.Line("/// </remarks>");
        }
    }
}
