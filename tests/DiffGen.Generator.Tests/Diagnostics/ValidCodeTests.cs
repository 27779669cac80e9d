using System;
using System.Linq;
using DiffGen.Generator.Tests.Infrastructure;
using Xunit;

namespace DiffGen.Generator.Tests.Diagnostics
{
    /// <summary>
    /// Valid [Differentiable] methods of every shape: the analyzer reports nothing, the generator
    /// emits one file per method (named <c>Namespace.Type.Method(paramtypes).g.cs</c>) and the
    /// output compiles with no diagnostic at all.
    /// </summary>
    public sealed class ValidCodeTests
    {
        private const string Header = "using System;\nusing DiffGen;\n\nnamespace Valid\n{\n";

        private static string InClass(string members) => Header + "    public partial class C\n    {\n" + members + "\n    }\n}\n";

        /// <summary>No analyzer diagnostic; the generator output compiles cleanly; exactly the expected files.</summary>
        private static GeneratorRun AssertValid(string[] sources, params string[] hintNames)
        {
            GeneratorHarness.AssertNoDiagnostics(GeneratorHarness.Analyze(sources), "the analyzer");
            GeneratorRun run = GeneratorHarness.RunAndCompile(sources);
            Assert.Equal(
                hintNames.OrderBy(h => h, StringComparer.Ordinal),
                run.Sources.Select(s => s.HintName.WithoutHash()).OrderBy(h => h, StringComparer.Ordinal));
            return run;
        }

        private static GeneratorRun AssertValid(string source, params string[] hintNames) => AssertValid(new[] { source }, hintNames);

        [Fact]
        public void ExpressionBodied()
        {
            AssertValid(InClass(@"
        [Differentiable]
        public double F(double x, double y) => x * x * y - 3.0 * y / x + -x;"), "Valid.C.F(double,double).g.cs");
        }

        [Fact]
        public void BlockWithLocalsAndCompoundAssignments()
        {
            AssertValid(InClass(@"
        [Differentiable]
        public static double F(double x, double y)
        {
            const double half = 0.5;
            double s = x * y;
            double t;
            t = s + half;
            s += x;
            s -= y;
            s *= t;
            s /= 2.0;
            s++;
            s--;
            x = x * 2.0;
            var u = +s - x;
            return u * t;
        }"), "Valid.C.F(double,double).g.cs");
        }

        [Theory]
        [InlineData("Math.Sin(x)")]
        [InlineData("Math.Cos(x)")]
        [InlineData("Math.Tan(x)")]
        [InlineData("Math.Asin(x)")]
        [InlineData("Math.Acos(x)")]
        [InlineData("Math.Atan(x)")]
        [InlineData("Math.Atan2(x, y)")]
        [InlineData("Math.Sinh(x)")]
        [InlineData("Math.Cosh(x)")]
        [InlineData("Math.Tanh(x)")]
        [InlineData("Math.Asinh(x)")]
        [InlineData("Math.Acosh(x)")]
        [InlineData("Math.Atanh(x)")]
        [InlineData("Math.Exp(x)")]
        [InlineData("Math.Log(x)")]
        [InlineData("Math.Log(x, y)")]
        [InlineData("Math.Log10(x)")]
        [InlineData("Math.Log2(x)")]
        [InlineData("Math.Sqrt(x)")]
        [InlineData("Math.Cbrt(x)")]
        [InlineData("Math.Pow(x, y)")]
        [InlineData("Math.Pow(x, 3)")]
        [InlineData("Math.Abs(x)")]
        [InlineData("Math.Max(x, y)")]
        [InlineData("Math.Min(x, 1.0)")]
        [InlineData("Math.Sin(Math.Cos(x) * Math.Exp(y)) + Math.PI * Math.E")]
        public void EveryMathFunction(string call)
        {
            AssertValid(InClass("        [Differentiable]\n        public double F(double x, double y) => " + call + ";"), "Valid.C.F(double,double).g.cs");
        }

        [Theory]
        [InlineData("MathF.Sin(x)")]
        [InlineData("MathF.Cos(x)")]
        [InlineData("MathF.Tan(x)")]
        [InlineData("MathF.Asin(x)")]
        [InlineData("MathF.Acos(x)")]
        [InlineData("MathF.Atan(x)")]
        [InlineData("MathF.Atan2(x, y)")]
        [InlineData("MathF.Sinh(x)")]
        [InlineData("MathF.Cosh(x)")]
        [InlineData("MathF.Tanh(x)")]
        [InlineData("MathF.Asinh(x)")]
        [InlineData("MathF.Acosh(x)")]
        [InlineData("MathF.Atanh(x)")]
        [InlineData("MathF.Exp(x)")]
        [InlineData("MathF.Log(x)")]
        [InlineData("MathF.Log(x, y)")]
        [InlineData("MathF.Log10(x)")]
        [InlineData("MathF.Log2(x)")]
        [InlineData("MathF.Sqrt(x)")]
        [InlineData("MathF.Cbrt(x)")]
        [InlineData("MathF.Pow(x, y)")]
        [InlineData("MathF.Abs(x)")]
        [InlineData("MathF.Max(x, y)")]
        [InlineData("MathF.Min(x, 1f)")]
        [InlineData("x * 0.5f + y / 3f")]
        public void EveryMathFFunctionOnFloat(string call)
        {
            AssertValid(InClass("        [Differentiable]\n        public float F(float x, float y) => " + call + ";"), "Valid.C.F(float,float).g.cs");
        }

        [Fact]
        public void MixedPrecisionAndIntegerData()
        {
            AssertValid(InClass(@"
        [Differentiable]
        public double F(double x, float y, int n, long k) => x * y + (float)x * n * x - k / x;"), "Valid.C.F(double,float,int,long).g.cs");
        }

        [Fact]
        public void ChosenParametersAndFieldsAsConstants()
        {
            GeneratorRun run = AssertValid(InClass(@"
        private const double Rate = 0.1;
        private static readonly double Offset = 2.0;
        private readonly double scale = 3.0;

        // Only m is differentiated, so this existing member does not collide.
        public double CostPartialB(double m, double b, double x, double y) => 0.0;

        [Differentiable(""m"")]
        public double Cost(double m, double b, double x, double y)
        {
            double yHat = m * x + b + Offset * scale;
            double e = yHat - y;
            return Rate * e * e;
        }"), "Valid.C.Cost(double,double,double,double).g.cs");
            Assert.Contains("CostPartialM(", run.SourceFor("Cost"), StringComparison.Ordinal);
            Assert.DoesNotContain("CostPartialB(", run.SourceFor("Cost"), StringComparison.Ordinal);
        }

        [Fact]
        public void InstanceStaticAccessibilityAndOverloads()
        {
            AssertValid(InClass(@"
        [Differentiable]
        public double F(double x) => x * x;

        [Differentiable]
        internal static float F(float x) => x * x;

        [Differentiable]
        private static double F(double x, int n) => x * n;

        [Differentiable]
        protected internal double G(double a, double b) => a / b;

        public double UseAll() => F(1.0) + F(1f) + F(1.0, 2) + G(1.0, 2.0);"),
                "Valid.C.F(double).g.cs",
                "Valid.C.F(float).g.cs",
                "Valid.C.F(double,int).g.cs",
                "Valid.C.G(double,double).g.cs");
        }

        [Fact]
        public void NestedGenericAndStaticTypes()
        {
            AssertValid(
                Header + @"
    public static partial class Outer
    {
        public partial struct Inner
        {
            [Differentiable]
            public double F(double x) => x * x;
        }

        internal partial class Generic<T> where T : struct
        {
            private static double factor = 2.0;

            [Differentiable]
            public double F(double x) => factor * x;

            private partial class Deepest
            {
                [Differentiable]
                public static double F(double x) => Math.Exp(x);
            }
        }
    }
}
",
                "Valid.Outer.Inner.F(double).g.cs",
                "Valid.Outer.Generic_T_.F(double).g.cs",
                "Valid.Outer.Generic_T_.Deepest.F(double).g.cs");
        }

        [Fact]
        public void RecordsAndStructs()
        {
            AssertValid(
                Header + @"
    public partial record Model(double Weight)
    {
        [Differentiable]
        public double F(double x, double w) => w * x * x;
    }

    public partial record struct Point(double X)
    {
        [Differentiable]
        public static double F(double x) => x * x;
    }

    public readonly partial struct Frozen
    {
        [Differentiable]
        public double F(double x) => x * x;
    }

    public sealed partial class Sealed
    {
        [Differentiable]
        public double F(double x) => x * x;
    }
}
",
                "Valid.Model.F(double,double).g.cs",
                "Valid.Point.F(double).g.cs",
                "Valid.Frozen.F(double).g.cs",
                "Valid.Sealed.F(double).g.cs");
        }

        [Fact]
        public void GlobalNamespaceFileScopedNamespaceAndSeveralFiles()
        {
            AssertValid(
                new[]
                {
                    "using DiffGen;\npublic partial class Top\n{\n    [Differentiable]\n    public static double F(double x) => x * x;\n}\n",
                    "using DiffGen;\nnamespace Valid.Deep;\npublic partial class C\n{\n    [Differentiable]\n    public static double F(double x) => x * x;\n}\n",
                    "using DiffGen;\nnamespace Valid.Deep;\npublic partial class C\n{\n    [Differentiable]\n    public static double G(double x) => x * x * x;\n}\n",
                },
                "Top.F(double).g.cs",
                "Valid.Deep.C.F(double).g.cs",
                "Valid.Deep.C.G(double).g.cs");
        }

        [Fact]
        public void KeywordAndUnusualParameterNames()
        {
            AssertValid(InClass(@"
        [Differentiable]
        public double F(double @double, double @var, double _x, double f) => @double * @var * _x * f;

        [Differentiable]
        public static double Cost(double cost, double x)
        {
            double dX = cost * x;
            return dX * x;
        }"), "Valid.C.F(double,double,double,double).g.cs", "Valid.C.Cost(double,double).g.cs");
        }

        [Fact]
        public void ExtensionMethodWithDefaultValue()
        {
            AssertValid(
                Header + "    public static partial class Extensions\n    {\n        [Differentiable]\n        public static double Scaled(this double x, double k = 2.0) => x * k;\n    }\n}\n",
                "Valid.Extensions.Scaled(double,double).g.cs");
        }

        [Fact]
        public void PartialMethodWithTheAttributeOnItsImplementation()
        {
            AssertValid(InClass(@"
        public partial double F(double x);

        [Differentiable]
        public partial double F(double x) => x * x;"), "Valid.C.F(double).g.cs");
        }

        [Fact]
        public void PartialMethodWithAnotherAttributeOnItsDeclaration()
        {
            AssertValid(InClass(@"
        [System.Diagnostics.DebuggerStepThrough]
        public partial double F(double x);

        [Differentiable]
        public partial double F(double x) => x * x;"), "Valid.C.F(double).g.cs");
        }

        [Fact]
        public void RefStruct()
        {
            AssertValid(
                Header + "    public ref partial struct Span2\n    {\n        [Differentiable]\n        public double F(double x) => x * x;\n    }\n}\n",
                "Valid.Span2.F(double).g.cs");
        }

        [Fact]
        public void GenericTypeAndItsHintNameLookalike()
        {
            string source = Header + @"
    public partial class G<T>
    {
        [Differentiable]
        public double F(double x) => x * x;
    }

    public partial class G_T_
    {
        [Differentiable]
        public double F(double x) => x * x;
    }
}
";
            GeneratorHarness.AssertNoDiagnostics(GeneratorHarness.Analyze(source), "the analyzer");
            GeneratorRun run = GeneratorHarness.RunAndCompile(source);
            Assert.Equal(2, run.Sources.Select(s => s.HintName).Distinct().Count());
        }
    }
}
