using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using DiffGen.Generator.Emit;
using DiffGen.Generator.Functions;
using DiffGen.Generator.Ir;
using DiffGen.Generator.Symbolic;
using DiffGen.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;

namespace DiffGen.Generator.Tests.Literals
{
    /// <summary>
    /// The C# printer writes whole-number constants so that no operator, call or conditional computes
    /// in integers: each expression below is printed, compiled as the body of a double (or float)
    /// method with zero diagnostics, run, and compared with the value it stands for. Some shapes
    /// (named constants printed as literals, alone in a product) are out of reach of the source
    /// routes today but not of the printer, so they are built here as DAG nodes.
    /// </summary>
    public sealed class PrinterLiteralTests
    {
        private const double X = 1.75;

        private readonly ExprBuilder b = new ExprBuilder();

        private Expr Var => b.Symbol("x", "x");

        /// <summary>A named constant with no access of its own, printed as its value (as a const local in a method with loops).</summary>
        private Expr K => b.Symbol("const K = 10", string.Empty, 10, "K");

        private Expr J => b.Symbol("const J = 100000", string.Empty, 100000, "J");

        /// <summary>The choice the derivative of |u| makes, as an atom (the builder would otherwise multiply a factor into its branches).</summary>
        private Expr Sign(Expr u) => b.Named("sign", b.Select(ConditionOp.Greater, u, b.Zero, b.One, b.Select(ConditionOp.Less, u, b.Zero, b.Constant(-1), b.Zero)));

        [Fact]
        public void Whole_numbers_print_as_written_beside_a_floating_point_operand()
        {
            Assert.Equal("2 * x", Print(b.Scale(2, Var)));
            Assert.Equal("x / 10", Print(b.Scale(0.1, Var)));
            Assert.Equal("x + 1", Print(b.Add(Var, b.One)));
            Assert.Equal("x > 0 ? x : 0", Print(b.Select(ConditionOp.Greater, Var, b.Zero, Var, b.Zero)));
            Assert.Equal("x > 0 ? 0.1 : 0", Print(b.Select(ConditionOp.Greater, Var, b.Zero, b.Constant(0.1), b.Zero)));
        }

        [Fact]
        public void A_choice_between_whole_numbers_prints_floating_point_literals_on_every_branch()
        {
            Assert.Equal("(x > 0 ? 1.0 : x < 0 ? -1.0 : 0.0) / 10 + 1", Print(b.Add(b.Scale(0.1, Sign(Var)), b.One)));
            Assert.Equal("x > 0 ? 1.0 : x < 0 ? -1.0 : 0.0", Print(Sign(Var)));
            Assert.Equal("x > 0 ? 1.0 : 0.0", Print(b.Select(ConditionOp.Greater, Var, b.Zero, b.One, b.Zero)));
        }

        [Fact]
        public void Double_literals_keep_their_value_and_type()
        {
            Assert.Equal("2", CSharpPrinter.FormatLiteral(2, NumericType.Double));
            Assert.Equal("2.0", CSharpPrinter.FormatLiteral(2, NumericType.Double, floating: true));
            Assert.Equal("0.1", CSharpPrinter.FormatLiteral(0.1, NumericType.Double, floating: true));
            Assert.Equal("1e20", CSharpPrinter.FormatLiteral(1e20, NumericType.Double, floating: true));
            Assert.Equal("-0.0", CSharpPrinter.FormatLiteral(-0.0, NumericType.Double));
            Assert.Equal("2f", CSharpPrinter.FormatLiteral(2, NumericType.Float, floating: true));
            Assert.True(CSharpPrinter.IsIntegerLiteral(10000000000, NumericType.Double));
            Assert.False(CSharpPrinter.IsIntegerLiteral(1e20, NumericType.Double));
            Assert.False(CSharpPrinter.IsIntegerLiteral(-0.0, NumericType.Double));
            Assert.False(CSharpPrinter.IsIntegerLiteral(2, NumericType.Float));
        }

        [Fact]
        public void Printed_expressions_compute_in_the_method_type()
        {
            var cases = new List<(Expr Expression, double Expected)>
            {
                (b.Add(b.Scale(0.1, Sign(Var)), b.One), 1.1),
                (b.Scale(1.0 / 7, b.Named("step", b.Select(ConditionOp.GreaterOrEqual, Var, b.One, b.One, b.Zero))), 1.0 / 7),
                (b.Scale(0.5, b.Named("slope", b.Select(ConditionOp.Less, Var, b.Zero, b.Constant(3), b.Constant(5)))), 2.5),
                (b.Reciprocal(b.Select(ConditionOp.Less, Var, b.Zero, b.Constant(3), b.Constant(4))), 0.25),
                (b.Power(b.Select(ConditionOp.Less, Var, b.Zero, b.Constant(3), b.Constant(100000)), 2), 1e10),
                (b.Reciprocal(K), 0.1),
                (b.Divide(K, b.Constant(4)), 2.5),
                (b.Multiply(J, J), 1e10),
                (b.Power(J, 2), 1e10),
                (b.Power(J, 3), 1e15),
                (b.Add(b.Multiply(J, b.Constant(30000)), J), 3.0001e9),
                (b.Add(b.Add(J, b.Scale(-1, K)), b.Constant(2147483647)), 2147483647.0 + 100000 - 10),
                (b.Call(ElementaryFunction.Abs, K), 10),
                (b.Scale(0.25, b.Call(ElementaryFunction.Max, K, b.Constant(3))), 2.5),
                (b.Scale(0.25, b.Call(ElementaryFunction.Floor, K)), 2.5),
                (b.Scale(0.25, b.Call(ElementaryFunction.Remainder, K, b.Constant(4))), 0.5),
                (b.Scale(0.25, b.Call(ElementaryFunction.Stop, J)), 25000),
                (b.Scale(1.0 / 3, b.Named("k", K)), 10.0 / 3),
            };

            double[] actual = Run(cases.Select(c => c.Expression), NumericType.Double);
            for (int i = 0; i < cases.Count; i++)
            {
                Assert.True(Math.Abs(actual[i] - cases[i].Expected) <= 1e-15 * Math.Abs(cases[i].Expected), Print(cases[i].Expression) + " is " + actual[i] + ", not " + cases[i].Expected);
            }

            // float literals carry f already: the same shapes compile and compute in float.
            double[] asFloat = Run(cases.Select(c => c.Expression), NumericType.Float);
            for (int i = 0; i < cases.Count; i++)
            {
                Assert.True(Math.Abs(asFloat[i] - cases[i].Expected) <= 1e-6 * Math.Abs(cases[i].Expected), Print(cases[i].Expression, NumericType.Float) + " is " + asFloat[i] + ", not " + cases[i].Expected);
            }
        }

        private static string Print(Expr e, NumericType type = NumericType.Double) => new CSharpPrinter(type, hasMathF: true, _ => null, new SourceNumbers()).Print(e);

        /// <summary>Compiles each expression as <c>static R E{i}(R x)</c> (zero diagnostics) and returns its values at x = <see cref="X"/>.</summary>
        private static double[] Run(IEnumerable<Expr> expressions, NumericType type)
        {
            string keyword = type == NumericType.Float ? "float" : "double";
            var list = expressions.ToList();
            string methods = string.Concat(list.Select((e, i) => "    public static " + keyword + " E" + i + "(" + keyword + " x) => " + Print(e, type) + ";\n"));
            string source = "public static class Printed\n{\n" + methods + "}\n";
            Compilation compilation = GeneratorHarness.Compile(source).WithAssemblyName("Printed" + keyword);
            var problems = compilation.GetDiagnostics().Where(d => d.Severity != DiagnosticSeverity.Hidden).ToList();
            Assert.True(problems.Count == 0, string.Join("\n", problems) + "\n" + source);
            using var image = new MemoryStream();
            Assert.True(compilation.Emit(image).Success);
            Type printed = Assembly.Load(image.ToArray()).GetType("Printed")!;
            object x = type == NumericType.Float ? (float)X : (object)X;
            return list.Select((_, i) => Convert.ToDouble(printed.GetMethod("E" + i)!.Invoke(null, new[] { x }))).ToArray();
        }
    }
}
