using System.Collections.Generic;
using System.Linq;
using DiffGen.Generator.Common;
using DiffGen.Generator.Ir;
using DiffGen.Generator.Symbolic;
using DiffGen.Generator.Symbolic.Integration;

namespace DiffGen.Generator.Emit.Integrals
{
    /// <summary>
    /// Writes <c>MAntiderivative</c>: a checked closed-form antiderivative F of an <c>[Integrable]</c> method, with the same
    /// parameters, and a doc comment that states ∫ M dt = F + C and lists the steps, each with its rule, as a worked
    /// solution. The code is printed as a partial derivative is: common subexpressions in locals, by the same printer.
    /// </summary>
    internal sealed class AntiderivativeEmitter
    {
        /// <summary>Longer worked solutions are cut here in the doc comment (the code is complete).</summary>
        private const int MaxSteps = 16;

        private readonly IntegrableMethod method;
        private readonly Antiderivative antiderivative;
        private readonly CodeWriter writer;

        public AntiderivativeEmitter(IntegrableMethod method, Antiderivative antiderivative, CodeWriter writer)
        {
            this.method = method;
            this.antiderivative = antiderivative;
            this.writer = writer;
        }

        private string Name => method.Name.TrimStart('@');

        private string Variable => antiderivative.Variable.MathText;

        private ExprBuilder B => antiderivative.Builder;

        public void Emit()
        {
            Expr value = antiderivative.Value;
            Dictionary<Expr, string> constants = ConstantLocals(value);
            string[] reserved = method.Parameters.Select(p => p.Name).ToArray();
            var layout = BranchLayout.Create(
                new[] { value },
                _ => false,
                (required, namedAfter) => LocalPlan.Create(new[] { value }, new NameAllocator(reserved), constants, required: required, suggested: new Dictionary<Expr, string> { [value] = "antiderivative" }, namedAfter: namedAfter));
            WriteDocumentation();
            string type = method.Type == NumericType.Float ? "float" : "double";
            GeneratedAttributes.Write(writer, method.Attributes);
            writer.Open(method.Accessibility + (method.IsStatic ? " static " : " ") + type + " " + IntegralNames.Antiderivative(Name)
                + "(" + string.Join(", ", method.Parameters.Select(p => p.TypeName + " " + p.Name)) + ")");
            var printer = new CSharpPrinter(method.Type, method.Integrand!.HasMathF, layout.NameOf, B.Numbers);
            new StatementWriter(writer, layout, printer, _ => null).WriteBlock(layout.Body);
            writer.Line("return " + printer.Print(value) + ";");
            writer.Close();
        }

        private string Formula(Expr e) => FormulaText.Of(e, _ => null, B.Numbers) ?? "(too large to show)";

        private void WriteDocumentation()
        {
            var others = method.Parameters.Where(p => !p.IsVariable).Select(p => "<c>" + p.Name.TrimStart('@') + "</c>").ToList();
            string held = others.Count == 0 ? string.Empty
                : ", with " + (others.Count == 1 ? others[0] : string.Join(", ", others.Take(others.Count - 1)) + " and " + others[others.Count - 1]) + " held constant";
            writer.Line("/// <summary>");
            writer.Line("/// An antiderivative of <see cref=\"" + method.Cref + "\"/> with respect to <c>" + Variable + "</c>" + held + ":");
            writer.Line("/// " + FormulaText.Xml("∫ " + Name + " d" + Variable + " = " + Formula(antiderivative.Value) + " + C") + ".");
            writer.Line("/// </summary>");
            writer.Line("/// <remarks>");
            writer.Line("/// <para>" + FormulaText.Xml("Worked solution, with " + Name + " = " + Formula(antiderivative.Integrand) + ":") + "</para>");
            IReadOnlyList<IntegrationStep> steps = antiderivative.Steps;
            for (int i = 0; i < steps.Count && i < MaxSteps; i++)
            {
                writer.Line("/// <para>" + FormulaText.Xml((i + 1) + ". " + StepText(steps[i])) + "</para>");
            }

            if (steps.Count > MaxSteps)
            {
                writer.Line("/// <para>" + (steps.Count - MaxSteps) + " more steps of the same kind.</para>");
            }

            IReadOnlyList<Expr> nonZero = antiderivative.NonZero;
            if (nonZero.Count > 0)
            {
                writer.Line("/// <para>" + FormulaText.Xml("Valid where " + string.Join(" and ", nonZero.Select(e => Formula(e) + " ≠ 0")) + " (the steps divide by it).") + "</para>");
            }

            string check = antiderivative.Check == CheckKind.Symbolic
                ? "d/d" + Variable + " of this F, by DiffGen's own derivative rules, minus " + Name + " simplifies to 0"
                : "d/d" + Variable + " of this F, by DiffGen's own derivative rules, equals " + Name + " to a relative 1e-9 at every sample point where either is defined (at least " + AntiderivativeCheck.MinimumPoints + ")";
            writer.Line("/// <para>" + FormulaText.Xml("Checked before it was generated: " + check + ". Any other antiderivative differs from it by a constant C; " + IntegralNames.Integral(Name) + " gives definite integrals.") + "</para>");
            writer.Line("/// </remarks>");
            foreach (IntegralParameter p in method.Parameters)
            {
                string name = p.Name.TrimStart('@');
                writer.Line("/// <param name=\"" + name + "\">The argument <c>" + name + "</c> of " + Name + ".</param>");
            }

            writer.Line("/// <returns>" + FormulaText.Xml("F = " + Formula(antiderivative.Value)) + ", where it is defined.</returns>");
        }

        /// <summary><c>∫ sin(2·t) dt = −cos(2·t)/2   (linear substitution u = 2·t, du = 2 dt: ∫ f(a·x + b) dx = F(a·x + b)/a)</c>.</summary>
        private string StepText(IntegrationStep step)
        {
            string d = "d" + step.Variable.MathText;
            string how = step.Rule.Name;
            if (step.NewVariable != null && step.Substituted != null && step.Differential != null)
            {
                string u = step.NewVariable.MathText;
                how += " " + u + " = " + Formula(step.Substituted) + ", d" + u + " = " + Factor(step.Differential) + d;
            }
            else if (ReferenceEquals(step.Rule, IntegrationRules.Parts) && step.Substituted != null && step.Differential != null)
            {
                how += " with u = " + Formula(step.Substituted) + ", dv = " + Factor(step.Differential) + d;
                if (step.Parts is (Expr duDx, Expr v))
                {
                    how += ", so du = " + Factor(duDx) + d + " and v = " + Formula(v);
                }
            }

            if (step.Rewritten != null)
            {
                how += ", " + Formula(step.Integrand) + " = " + Formula(step.Rewritten);
            }

            return "∫ " + Factor(step.Integrand) + d + " = " + Formula(step.Result) + "   (" + how + ": " + (step.Form ?? step.Rule.Formula) + ")";
        }

        /// <summary>An expression before <c>dx</c>: in parentheses when it is a sum (<c>(x + 1) dx</c>), else followed by a space.</summary>
        private string Factor(Expr e) => e is Sum ? "(" + Formula(e) + ") " : e is Constant { Value: 1 } ? string.Empty : Formula(e) + " ";

        /// <summary>The source's own const locals, declared again so the code reads <c>g</c>, not 9.81 (as the derivatives do).</summary>
        private static Dictionary<Expr, string> ConstantLocals(Expr root)
        {
            var constants = new Dictionary<Expr, string>();
            foreach (Symbol symbol in TopologicalOrder.OperandsFirst(new[] { root }).OfType<Symbol>())
            {
                if (symbol.IsConstLocal)
                {
                    constants[symbol] = symbol.MathText;
                }
            }

            return constants;
        }
    }
}
