using System;
using System.Linq;
using System.Reflection;
using DiffGen.Generator.Tests.Infrastructure;
using DiffGen.Generator.Tests.Integrals;
using Microsoft.CodeAnalysis;
using Xunit;
using static DiffGen.Generator.Tests.Review.IntegralReviewOracle;

namespace DiffGen.Generator.Tests.Review
{
    /// <summary>
    /// Adversarial review of the code [Integrable] generates: parameter names that collide with the generated locals,
    /// struct fields and C# keywords; declaration shapes (struct, record struct, generic and nested types, fields,
    /// properties, constants, overloads, extension methods, optional, nullable, tuple and string parameters, abstract and
    /// virtual methods, [Differentiable] beside [Integrable]); bodies with constructs a closed form must not misread. Each
    /// must compile with zero diagnostics (the harness requires it) and integrate to the value worked by hand.
    /// </summary>
    public sealed class IntegralReviewGeneratedCodeTests
    {
        private const string Source = @"
using System;
using System.Linq;
using DiffGen;

namespace Review
{
    public static partial class Names
    {
        // Names of MIntegral's locals (fTo, fFrom, closedForm, rounding), of the integrand struct's members, keywords, and
        // names DiffGen gives the locals of MAntiderivative (logX, aTimesX, sqrt, xMinus1, tanX, difference, exp, sinX, ...).
        [Integrable(""x"")] public static double Rounding(double x, double rounding) => rounding * x;
        [Integrable(""x"")] public static double Locals(double x, double fTo, double fFrom, double closedForm) => fTo * x + fFrom * closedForm;
        [Integrable(""x"")] public static double Keywords(double x, double @base, double @in, double @double, double @this) => @base * x + @in + @double * @this;
        [Integrable] public static double KeywordVariable(double @fixed) => @fixed * @fixed;
        [Integrable(""x"")] public static double Namespaces(double x, double global, double Math, double System, double DiffGen, double Quadrature) => global * x + Math + System + DiffGen + Quadrature;
        [Integrable(""x"")] public static double Common(double x, double value, double result, double error, double integrand, double instance, double t, double u) => value * x + result + error + integrand + instance + t + u;
        [Integrable(""x"")] public static double LogLocal(double x, double logX) => logX * Math.Log(x) + 1 / x;
        [Integrable(""x"")] public static double ProductLocal(double x, double aTimesX, double a) => Math.Sin(a * x) * Math.Cos(a * x) + aTimesX;
        [Integrable(""x"")] public static double RootLocal(double x, double sqrt) => x / Math.Sqrt(x * x - 1) + sqrt;
        [Integrable(""x"")] public static double ShiftLocal(double x, double xMinus1) => 1 / (x - 1) + xMinus1 / (x - 1);
        [Integrable(""x"")] public static double TanLocal(double x, double tanX) => Math.Tan(x) * tanX;
        [Integrable(""x"")] public static double ExpLocal(double x, double exp) => Math.Exp(-x) * exp + x * Math.Exp(-x);
        [Integrable(""x"")] public static double TrigLocals(double x, double sinX, double cosX) => Math.Sin(x) * Math.Sin(x) * Math.Cos(x) * sinX * cosX;
        [Integrable(""x"")] public static double WaveLocal(double x, double w, double wTimesX) => Math.Exp(-x) * Math.Cos(w * x) * wTimesX;
    }

    public partial struct Spring
    {
        public double K;
        public Spring(double k) { K = k; }
        [Integrable] public double Force(double x) => K * x;
        [Integrable] public readonly double Energy(double x) => K * x * x;
    }

    public partial record struct Amplitude(double A)
    {
        [Integrable] public double Grow(double x) => A * Math.Exp(x);
    }

    public partial class Generic<T>
    {
        public double Scale = 2;
        [Integrable] public double Wave(double x) => Scale * Math.Sin(x);

        public static partial class Inner
        {
            [Integrable] public static double Square(double x) => x * x;
        }
    }

    public partial class Members
    {
        public static double K { get; set; } = 3;
        public const double G = 9.81;
        public static readonly double R = 2;
        public static double Mutable = 5;
        private double weight = 7;
        [Integrable] public static double ByProperty(double x) => K * x;
        [Integrable] public static double ByConstant(double t) => G * t;
        [Integrable] public static double ByReadonly(double x) => R * x;
        [Integrable] public static double ByMutable(double x) => Mutable * x;
        [Integrable] public double ByField(double x) => weight * Math.Cos(x);
        [Integrable] public double ByThis(double x) => this.weight * x;
        [Integrable] public double CallsItsSibling(double x) => ByThis(x) + 1;
    }

    public static partial class Overloads
    {
        [Integrable(""x"")] public static double M(double x, double a, double b) => a * x + b;
        [Integrable] public static float M(float x) => x * x;
        [Integrable] public static double M(double x) => x * x * x;
    }

    public static partial class Shapes
    {
        [Integrable] public static double Sq(this double x) => x * x;
        [Integrable(""x"")] public static double Optional(double x, double a = 2) => a * x;
        [Integrable(""x"")] public static double Nullable(double x, double? a) => (a ?? 1) * x;
        [Integrable(""x"")] public static double Tuple(double x, (double A, double B) p) => p.A * x + p.B;
        [Integrable(""x"")] public static double Text(double x, string s) => s.Length * x;
        [Integrable(nameof(x))] public static double NameOf(double x, double y) => x * y;
        [Differentiable, Integrable] public static double Both(double x) => x * Math.Exp(-x);
    }

    public abstract partial class Shape
    {
        [Integrable] public abstract double Height(double x);
        public virtual double Width(double x) => x;
    }

    public partial class Roof : Shape
    {
        public override double Height(double x) => 2 * x;
        public override double Width(double x) => 3 * x;
    }

    public static partial class Bodies
    {
        [Integrable] public static double Throw(double x) => x > 1e300 ? throw new ArgumentException() : x * x;
        [Integrable] public static double Default(double x) => default(double) + x;
        [Integrable] public static double Pattern(double x) => x is > 0 ? x : -x;
        [Integrable] public static double Switch(double x) { switch ((int)x) { case 0: return 1; default: return x; } }
        [Integrable] public static double Goto(double x) { if (x < 0) goto negative; return x; negative: return -x; }
        [Integrable] public static double ConstLocal(double x) { const double k = 3; return k * x * x; }
        [Integrable] public static double SelfAssign(double x) { x = x * x; x += 1; return x; }
        [Integrable] public static double Interpolated(double x) => $""{x}"".Length > 100 ? 0 : x;
        [Integrable] public static double StackArray(double x) { Span<double> s = stackalloc double[2]; s[0] = x; s[1] = x; return s[0] * s[1]; }
        [Integrable] public static double LocalArray(double x) { double[] a = { x, x * x }; return a[0] + a[1]; }
        [Integrable] public static double While(double x) { double s = 0; int i = 0; while (i < 3) { s += x; i++; } return s; }
        [Integrable] public static double Foreach(double x) { double s = 0; foreach (double c in new[] { 1.0, 2.0 }) s += c * x; return s; }
        [Integrable] public static double Linq(double x) => Enumerable.Range(0, 3).Sum(i => x);
        [Integrable] public static double SinCos(double x) { var (s, c) = Math.SinCos(x); return s * c; }
        [Integrable] public static double CallsDifferentiable(double x) => Differentiable(x);
        [Differentiable] public static double Differentiable(double x) => x * x;
        [Integrable] public static double MaxMin(double x) => Math.Max(Math.Min(x, 1), -1);
        [Integrable] public static double LogBase(double x) => Math.Log(x, 2);
        [Integrable] public static double LogBaseX(double x) => Math.Log(2, x);
        [Integrable] public static double Log1P(double x) => double.LogP1(x);
        [Integrable] public static double Hypot(double x) => double.Hypot(x, 1);
        [Integrable] public static double RootN(double x) => double.RootN(x, 3);
        [Integrable] public static double SinPi(double x) => double.SinPi(x);
        [Integrable] public static double LongExponent(double x) => Math.Pow(x, 3L);
        [Integrable] public static double Character(double x) => x * 'a';
        [Integrable] public static double FromDecimal(double x) => x * (double)1.5m;
        [Integrable] public static double NegativeZero(double x) => -0.0 * x + x;
        [Integrable] public static double FloatRounding(double x) => MathF.Sin((float)x);
        [Integrable] public static double Checked(double x) => checked(x * 2);
    }
}
";

        private static readonly Lazy<Assembly> Compiled = new Lazy<Assembly>(() => IntegralHarness.Load(Source));

        private static Type Get(string name) => Compiled.Value.GetType("Review." + name, throwOnError: true)!;

        /// <summary>Parameters named like MIntegral's locals, the struct's members, keywords or MAntiderivative's locals: the code compiles and the values are right.</summary>
        [Fact]
        public void ParameterNamesThatCollide_CompileAndIntegrate()
        {
            Type n = Get("Names");
            Close(6, Call(n, "RoundingIntegral", 0.0, 2.0, 3.0), 1e-12, "rounding·x");
            Close(6 + (2 * 5 * 7), Call(n, "LocalsIntegral", 0.0, 2.0, 3.0, 5.0, 7.0), 1e-12, "fTo·x + fFrom·closedForm");
            Close(6 + 2 + (2 * 5 * 7), Call(n, "KeywordsIntegral", 0.0, 2.0, 3.0, 1.0, 5.0, 7.0), 1e-12, "@base·x + @in + @double·@this");
            Close(9, Call(n, "KeywordVariableIntegral", 0.0, 3.0), 1e-12, "@fixed²");
            Close(6 + (2 * 10), Call(n, "NamespacesIntegral", 0.0, 2.0, 3.0, 1.0, 2.0, 3.0, 4.0), 1e-12, "global·x + Math + System + DiffGen + Quadrature");
            Close(6 + (2 * 6), Call(n, "CommonIntegral", 0.0, 2.0, 3.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0), 1e-12, "value·x + ...");
            Close((3 * ((2 * Math.Log(2)) - 1)) + Math.Log(2), Call(n, "LogLocalIntegral", 1.0, 2.0, 3.0), 1e-12, "logX·ln x + 1/x");
            Close(((1 - Math.Cos(4)) / 4) + (2 * 5), Call(n, "ProductLocalIntegral", 0.0, 2.0, 5.0, 1.0), 1e-12, "sin x·cos x + aTimesX");
            Close(Math.Sqrt(3) + 3, Call(n, "RootLocalIntegral", 1.0, 2.0, 3.0), 1e-12, "x/√(x² − 1) + sqrt");
            Close(2 * Math.Log(2), Call(n, "ShiftLocalIntegral", 2.0, 3.0, 1.0), 1e-12, "1/(x − 1) + xMinus1/(x − 1) at xMinus1 = 1");
            Close(-Math.Log(Math.Cos(1)) * 2, Call(n, "TanLocalIntegral", 0.0, 1.0, 2.0), 1e-12, "tanX·tan x");
            Close((2 * (1 - Math.Exp(-1))) + (1 - (2 * Math.Exp(-1))), Call(n, "ExpLocalIntegral", 0.0, 1.0, 2.0), 1e-12, "exp·e^(−x) + x·e^(−x)");
            Close(6 * Math.Pow(Math.Sin(1), 3) / 3, Call(n, "TrigLocalsIntegral", 0.0, 1.0, 2.0, 3.0), 1e-12, "sin²x·cos x·sinX·cosX");
            Close(2 * (1 - Math.Exp(-1)), Call(n, "WaveLocalIntegral", 0.0, 1.0, 0.0, 2.0), 1e-12, "e^(−x)·cos(0·x)·wTimesX");
        }

        /// <summary>Structs, record structs, generic and nested types, fields, properties, constants and instance members.</summary>
        [Fact]
        public void DeclarationShapes_CompileAndReadTheirState()
        {
            Type spring = Get("Spring");
            object s = Activator.CreateInstance(spring, 3.0)!;
            Close(6, CallOn(s, spring, "ForceIntegral", 0.0, 2.0), 1e-12, "struct: ∫₀² 3x");
            Close(8, CallOn(s, spring, "EnergyIntegral", 0.0, 2.0), 1e-12, "readonly member: ∫₀² 3x²");

            Type amplitude = Get("Amplitude");
            object a = Activator.CreateInstance(amplitude, 2.0)!;
            Close(2 * (Math.E - 1), CallOn(a, amplitude, "GrowIntegral", 0.0, 1.0), 1e-12, "record struct");

            Type generic = Compiled.Value.GetType("Review.Generic`1", throwOnError: true)!.MakeGenericType(typeof(int));
            object g = Activator.CreateInstance(generic)!;
            Close(4, CallOn(g, generic, "WaveIntegral", 0.0, Math.PI), 1e-12, "generic type, instance field");
            Type inner = Compiled.Value.GetType("Review.Generic`1+Inner", throwOnError: true)!.MakeGenericType(typeof(string));
            Close(9, Call(inner, "SquareIntegral", 0.0, 3.0), 1e-12, "nested in a generic type");

            Type members = Get("Members");
            Close(6, Call(members, "ByPropertyIntegral", 0.0, 2.0), 1e-12, "a property");
            members.GetProperty("K")!.SetValue(null, 5.0);
            Close(10, Call(members, "ByPropertyIntegral", 0.0, 2.0), 1e-12, "the property changed: read at call time");
            members.GetProperty("K")!.SetValue(null, 3.0);
            Close(19.62, Call(members, "ByConstantIntegral", 0.0, 2.0), 1e-12, "a const");
            Close(4, Call(members, "ByReadonlyIntegral", 0.0, 2.0), 1e-12, "a static readonly field");
            members.GetField("Mutable")!.SetValue(null, 1.0);
            Close(2, Call(members, "ByMutableIntegral", 0.0, 2.0), 1e-12, "a mutable static field, changed");
            object m = Activator.CreateInstance(members)!;
            Close(7, CallOn(m, members, "ByFieldIntegral", 0.0, Math.PI / 2), 1e-12, "a private instance field");
            Close(14, CallOn(m, members, "ByThisIntegral", 0.0, 2.0), 1e-12, "this.field");
            Close(16, CallOn(m, members, "CallsItsSiblingIntegral", 0.0, 2.0), 1e-12, "an instance call");
        }

        /// <summary>Overloads whose MIntegral signatures differ, extension methods, optional, nullable, tuple and string parameters, nameof, both attributes.</summary>
        [Fact]
        public void OverloadsAndParameterKinds_CompileAndIntegrate()
        {
            Type o = Get("Overloads");
            Close(8, Call(o, "MIntegral", 0.0, 2.0, 3.0, 1.0), 1e-12, "M(x, a, b)");
            Close(9, Call(o, "MIntegral", 0f, 3f), 1e-6, "M(float)");
            Close(4, Call(o, "MIntegral", 0.0, 2.0), 1e-12, "M(double)");

            Type s = Get("Shapes");
            Close(9, Call(s, "SqIntegral", 0.0, 3.0), 1e-12, "extension method");
            Close(4, Call(s, "OptionalIntegral", 0.0, 2.0, 2.0), 1e-12, "optional parameter");
            MethodInfo nullable = s.GetMethod("NullableIntegral", new[] { typeof(double), typeof(double), typeof(double?) })!;
            Close(2, Convert.ToDouble(nullable.Invoke(null, new object?[] { 0.0, 2.0, null })), 1e-12, "nullable parameter, null");
            Close(4, Call(s, "TupleIntegral", 0.0, 2.0, (1.0, 1.0)), 1e-12, "tuple parameter");
            Close(6, Call(s, "TextIntegral", 0.0, 2.0, "abc"), 1e-12, "string parameter");
            Close(6, Call(s, "NameOfIntegral", 0.0, 2.0, 3.0), 1e-12, "[Integrable(nameof(x))]");
            Close(1 - (2 / Math.E), Call(s, "BothIntegral", 0.0, 1.0), 1e-12, "[Differentiable, Integrable]");
        }

        /// <summary>An abstract method (no body, so no closed form): MIntegral calls it, which dispatches to the override.</summary>
        [Fact]
        public void AnAbstractMethod_DispatchesToTheOverride()
        {
            Type roof = Get("Roof");
            object r = Activator.CreateInstance(roof)!;
            Close(4, CallOn(r, roof, "HeightIntegral", 0.0, 2.0), 1e-12, "abstract Height, 2x");
        }

        /// <summary>
        /// Was a bug: [Integrable] on a virtual method took its closed form from the base body (x²/2 for Width(x) => x), and
        /// MIntegral returned F(to) − F(from) on a derived instance whose override computes 3x: 2 instead of 6, with an error
        /// estimate of 2e-12; an override with [Integrable] too hid the base's members without `new` (CS0108). A virtual method,
        /// or an override that is not sealed, is DIFF035 now (as [Differentiable] rejects them with DIFF006), with no output.
        /// </summary>
        [Theory]
        [InlineData("public partial class Potential\n{\n    [Integrable] public virtual double Force(double x) => x;\n}\n", "Force")]
        [InlineData("public partial class Potential\n{\n    public virtual double Force(double x) => x;\n}\npublic partial class Cubic : Potential\n{\n    [Integrable] public override double Force(double x) => x * x * x;\n}\n", "Force")]
        public void AVirtualMethod_OrAnOverrideNotSealed_IsDiff035(string types, string method)
        {
            string source = "using DiffGen;\nnamespace Review\n{\n" + types + "}\n";
            Microsoft.CodeAnalysis.Diagnostic diagnostic = Assert.Single(GeneratorHarness.Analyze(source), d => d.Id.StartsWith("DIFF", StringComparison.Ordinal));
            Assert.Equal("DIFF035", diagnostic.Id);
            Assert.Contains("it is virtual or an override that is not sealed", diagnostic.GetMessage(), StringComparison.Ordinal);
            Assert.DoesNotContain(GeneratorHarness.Run(GeneratorHarness.Compile(source), new IntegrableGenerator()).Sources, g => g.HintName.Contains(method, StringComparison.Ordinal));
        }

        /// <summary>A sealed override integrates its own body: nothing can override it again.</summary>
        [Fact]
        public void ASealedOverride_IntegratesItsOwnBody()
        {
            Type cubic = IntegralHarness.Load(@"
using DiffGen;
namespace Review
{
    public partial class Potential
    {
        public virtual double Force(double x) => x;
    }

    public partial class Cubic : Potential
    {
        [Integrable] public sealed override double Force(double x) => x * x * x;
    }
}").GetType("Review.Cubic", throwOnError: true)!;
            object c = Activator.CreateInstance(cubic)!;
            Close(4, CallOn(c, cubic, "ForceIntegral", 0.0, 2.0), 1e-12, "sealed override, x³");
        }

        /// <summary>Bodies a closed form must not misread (throw, switch, goto, stackalloc, LINQ, Math.Log with a base, int exponents, char and decimal): each integrates to its hand-worked value.</summary>
        [Theory]
        [InlineData("Throw", 0, 3, 9)]
        [InlineData("Default", 0, 2, 2)]
        [InlineData("Pattern", -1, 2, 2.5)]
        [InlineData("Switch", 0, 2, 2.5)]                  // 1 on [0, 1), x on [1, 2]
        [InlineData("Goto", -1, 2, 2.5)]
        [InlineData("ConstLocal", 0, 1, 1)]
        [InlineData("SelfAssign", 0, 2, (8.0 / 3) + 2)]     // x² + 1
        [InlineData("Interpolated", 0, 2, 2)]
        [InlineData("StackArray", 0, 3, 9)]
        [InlineData("LocalArray", 0, 3, 4.5 + 9)]
        [InlineData("While", 0, 2, 6)]
        [InlineData("Foreach", 0, 2, 6)]
        [InlineData("Linq", 0, 2, 6)]
        [InlineData("SinCos", 0, 1, 0.35403670913678559)]   // sin²1 / 2
        [InlineData("CallsDifferentiable", 0, 3, 9)]
        [InlineData("MaxMin", -2, 2, 0)]
        [InlineData("LogBase", 1, 2, 0.55730495911103659)]  // 2 − 1/ln 2
        [InlineData("LogBaseX", 2, 3, 0.77523300687340370)] // ln 2 · (li 3 − li 2)
        [InlineData("Log1P", 0, 1, 0.38629436111989057)]    // 2 ln 2 − 1
        [InlineData("Hypot", 0, 1, 1.1477935746943487)]     // (√2 + asinh 1)/2
        [InlineData("RootN", -1, 8, 11.25)]                 // (3/4)(16 − 1)
        [InlineData("SinPi", 0, 1, 0.63661977236758134)]    // 2/π
        [InlineData("LongExponent", 0, 2, 4)]
        [InlineData("Character", 0, 2, 194)]
        [InlineData("FromDecimal", 0, 2, 3)]
        [InlineData("NegativeZero", 0, 2, 2)]
        [InlineData("FloatRounding", 0, 2, 1.4161468365471424)]  // 1 − cos 2 (to float rounding of sin)
        [InlineData("Checked", 0, 1, 1)]
        public void UnusualBodies_AreIntegratedAsWritten(string method, double from, double to, double expected)
        {
            Type b = Get("Bodies");
            double tolerance = method == "FloatRounding" ? 1e-7 : 1e-10;
            Close(expected, Call(b, method + "Integral", from, to), tolerance, method + "Integral(" + from + ", " + to + ")");
        }

        /// <summary>
        /// Was a bug: two overloads whose generated MIntegral signatures coincide, M(x, a, b) over x and M(x, y) over a
        /// rectangle (both MIntegral(double, double, double, double)), gave generated code that did not compile (CS0111) and
        /// no DIFF007. Both are DIFF007 now.
        /// </summary>
        [Fact]
        public void OverloadsWhoseIntegralsCollide_AreDiagnosedOrCompile()
        {
            AssertDiagnosedOrCompiles(mustDiagnose: true, source: @"
using DiffGen;
namespace Review
{
    public static partial class Clash
    {
        [Integrable(""x"")] public static double M(double x, double a, double b) => a * x + b;
        [Integrable(""x"", ""y"")] public static double M(double x, double y) => x * y;
    }
}");
        }

        /// <summary>Was a bug: a parameter named like the generated MAntiderivative hid it inside MIntegral (CS0149, no DIFF007); DIFF007 now.</summary>
        [Fact]
        public void AParameterNamedLikeTheAntiderivative_IsDiagnosedOrCompiles()
        {
            AssertDiagnosedOrCompiles(mustDiagnose: true, source: @"
using DiffGen;
namespace Review
{
    public static partial class Shadow
    {
        [Integrable(""x"")] public static double F(double x, double FAntiderivative) => FAntiderivative * x;
    }
}");
        }

        /// <summary>The existing guard for comparison: a parameter named like the struct's member Evaluate is reported as DIFF007.</summary>
        [Fact]
        public void AParameterNamedEvaluate_IsDiagnosed()
        {
            var diagnostics = GeneratorHarness.Analyze(@"
using DiffGen;
namespace Review
{
    public static partial class Shadow
    {
        [Integrable(""x"")] public static double F(double x, double Evaluate) => Evaluate * x;
    }
}");
            Assert.Contains(diagnostics, d => d.Id == "DIFF007");
        }

        private static void AssertDiagnosedOrCompiles(string source, bool mustDiagnose = false)
        {
            var input = GeneratorHarness.Compile(source);
            GeneratorHarness.AssertNoDiagnostics(input.GetDiagnostics(), "the input");
            bool diagnosed = GeneratorHarness.Analyze(input).Any(d => d.Id == "DIFF007");
            GeneratorRun run = GeneratorHarness.Run(input, new IntegrableGenerator());
            diagnosed |= run.GeneratorDiagnostics.Any(d => d.Id == "DIFF007");
            var errors = run.Output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
            Assert.True(diagnosed || errors.Count == 0, "no DIFF007, and the generated code does not compile:\n" + string.Join("\n", errors));
            Assert.True(diagnosed || !mustDiagnose, "no DIFF007");
        }
    }
}
