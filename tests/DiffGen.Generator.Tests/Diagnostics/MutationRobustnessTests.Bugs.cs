using System;
using System.Reflection;
using DiffGen.Generator.Tests.Infrastructure;
using Xunit;

namespace DiffGen.Generator.Tests.Diagnostics
{
    /// <summary>
    /// The open bugs the mutants found (<see cref="KnownBugs"/>), each on its minimal source. They are skipped so that the suite
    /// stays green; each passes once its bug is fixed (delete the Skip and the entry in <see cref="KnownBugs"/> then).
    /// </summary>
    public sealed partial class MutationRobustnessTests
    {
        private static void AssertClean(string source)
        {
            Outcome outcome = Check(source);
            Assert.True(outcome.Failures.Count == 0, string.Join("\n", outcome.Failures));
        }

        private const string SoftAbsLibrary = """
            public static class Lib
            {
                public static double SoftAbs(double u, double eps) => System.Math.Sqrt(u * u + eps * eps);
            }

            """;

        private const string SoftAbsDerivative = """
                [DerivativeOf(typeof(Lib), nameof(Lib.SoftAbs))]
                public static double SoftAbsDerivative(double u, double eps, out double dU, out double dEps)
                {
                    double v = Lib.SoftAbs(u, eps);
                    dU = u / v;
                    dEps = eps / v;
                    return v;
                }

            """;

        /// <summary>Was a bug, fixed in the twenty-fifth session: the generated call of a [DerivativeOf] method passes 'out _' for an output it does not need; in a type with a member named '_' that is the member (CS1657 in generated code).</summary>
        [Fact]
        public void Discard_out_underscore_binds_to_a_name_underscore() =>
            AssertClean("using DiffGen;\n\n" + SoftAbsLibrary + "public static partial class C\n{\n" + SoftAbsDerivative + """
                    [Differentiable]
                    public static double _(double x) => Lib.SoftAbs(x, 0.1) * x;
                }
                """);

        /// <summary>Was a bug, fixed in the twenty-fifth session: the same 'out _' with a parameter named '_' writes ∂SoftAbs/∂eps into the parameter: FPartialX returns a wrong derivative, silently (0.0990 instead of 1.99 here).</summary>
        [Fact]
        public void Discard_out_underscore_overwrites_a_parameter_named_underscore()
        {
            GeneratorRun run = GeneratorHarness.RunAndCompile("using DiffGen;\n\n" + SoftAbsLibrary + "public static partial class C\n{\n" + SoftAbsDerivative + """
                    [Differentiable]
                    public static double F(double x, double _) => Lib.SoftAbs(x, 0.1) * _;
                }
                """);
            MethodInfo partial = run.Load().GetType("C", throwOnError: true)!.GetMethod("FPartialX")!;
            double expected = 2 * (1 / Math.Sqrt(1.01)); // _ · ∂SoftAbs/∂u at x = 1, _ = 2
            Assert.Equal(expected, (double)partial.Invoke(null, new object[] { 1.0, 2.0 })!, 12);
        }

        /// <summary>Was a bug, fixed in the twenty-fifth session: the length check of a gradient's span output ends in nameof(dX); a parameter (or local, or member) named 'nameof' makes it a call (CS0149 in generated code).</summary>
        [Fact]
        public void Nameof_in_the_length_check_binds_to_a_name_nameof() =>
            AssertClean("""
                using DiffGen;

                public static partial class C
                {
                    [Differentiable]
                    public static double F(double[] x, double nameof) => x[0] * nameof;
                }
                """);

        /// <summary>Was a bug, fixed in the twenty-fifth session: a loop bound beyond int (3000000000 is a uint) is printed into the reverse sweep as 'for (int i = 2999999999; ...)' and 'Tape.Rent&lt;double&gt;(3000000000)' (CS0266, CS1503 in generated code).</summary>
        [Fact]
        public void Loop_bound_beyond_int_printed_as_an_int() =>
            AssertClean("""
                using DiffGen;

                public static partial class C
                {
                    [Differentiable]
                    public static double F(double[] c, double x)
                    {
                        double acc = 0;
                        for (int i = 0; i < 3000000000; i++) acc = acc * x + c[i];
                        return acc;
                    }
                }
                """);

        /// <summary>Was a bug, fixed in the twenty-sixth session: the generated integrand called F(x) without the __arglist (CS7036 in generated code); DIFF035 now.</summary>
        [Fact]
        public void Integrable_method_with_arglist() =>
            AssertClean("""
                using DiffGen;

                public static partial class C
                {
                    [Integrable]
                    public static double F(double x, __arglist) => x * x;
                }
                """);

        [Fact(Skip = "bug: a type named System in the global namespace: global::System.CodeDom in the generated attribute finds the type, not the namespace (CS0426 in generated code)")]
        public void Global_type_named_System() =>
            AssertClean("""
                public partial class System
                {
                    [DiffGen.Differentiable]
                    public static double F(double x) => x * x;
                }
                """);

        [Fact(Skip = "bug: SemanticModel.GetOperation throws InvalidOperationException ('Unexpected value UnconvertedSwitchExpression of type BoundKind', a Roslyn bug) on code that does not compile; the generator reports DIFF900 instead of leaving the compiler's errors alone")]
        public void Roslyn_GetOperation_throws_DIFF900() =>
            AssertClean("""
                using DiffGen;

                public static partial class C
                {
                    [Differentiable]
                    public static double F(double x) => __makeref(y switch { _ => 1.0 });
                }
                """);
    
        /// <summary>Was a bug, fixed in the twenty-fifth session: Sigmoid is declined (DIFF011); Neuron, which calls it, is skipped without a diagnostic; Cost, which calls Neuron, is generated and calls NeuronGradient, which does not exist (CS0117 in generated code): the callee check of RequireCallees is one level deep.</summary>
        [Fact]
        public void Caller_of_a_dropped_callee_calls_its_missing_gradient() =>
            AssertClean("""
                using DiffGen;

                public static partial class Model
                {
                    private static double Helper(double v) => v;

                    [Differentiable]
                    public static double Sigmoid(double z) => Helper(z);

                    [Differentiable]
                    public static double Neuron(double w) => Sigmoid(w);

                    [Differentiable]
                    public static double Cost(double w) => Neuron(w);
                }
                """);

        /// <summary>Was a bug, fixed in the twenty-fifth session: v[(long)i] is a valid array read; the gradient writes dV[(long)i] += ... into the Span&lt;double&gt; dV, whose indexer takes an int (CS1503 in generated code).</summary>
        [Fact]
        public void Long_index_copied_into_a_span_index() =>
            AssertClean("""
                using DiffGen;

                public static partial class C
                {
                    [Differentiable]
                    public static double F(double[] v)
                    {
                        double s = 0;
                        for (int i = 0; i < v.Length; i++) s += v[(long)i] * v[i];
                        return s;
                    }
                }
                """);

        /// <summary>Was a bug, fixed in the twenty-fifth session: a loop 'for (int i = c.Length - 1; i &gt;= long.MaxValue; i--)' makes the generator throw OverflowException ('Negating the minimum value of a twos complement number is invalid'): DIFF900.</summary>
        [Fact]
        public void Loop_bound_long_MaxValue_overflows_DIFF900() =>
            AssertClean("""
                using DiffGen;

                public static partial class C
                {
                    [Differentiable]
                    public static double F(double[] c, double x)
                    {
                        double acc = 0;
                        for (int i = c.Length - 1; i >= long.MaxValue; i--) acc = acc * x + c[i];
                        return acc;
                    }
                }
                """);

        /// <summary>Was a bug, fixed in the twenty-fifth session: a call of a method marked [Differentiable(null)] makes the caller's generation throw InvalidOperationException (a default ImmutableArray&lt;T&gt;): DIFF900 on the caller.</summary>
        [Fact]
        public void Callee_marked_Differentiable_null_DIFF900() =>
            AssertClean("""
                using DiffGen;

                public static partial class C
                {
                    [Differentiable(null)]
                    public static double G(double x) => x * x;

                    [Differentiable]
                    public static double F(double x) => G(x);
                }
                """);
    
        /// <summary>Was a bug, fixed in the twenty-fifth session: 'double b = b;' in a loop, b a parameter (CS0136, CS0165): ProgramFormulas.Rules casts the DeclareScalar to AssignScalar, InvalidCastException, DIFF900 (the compiler's errors should stand alone).</summary>
        [Fact]
        public void Local_redeclaring_a_parameter_from_itself_DIFF900() =>
            AssertClean("""
                using DiffGen;

                public static partial class C
                {
                    [Differentiable]
                    public static double F(double b, double[] y)
                    {
                        double sum = 0;
                        for (int i = 0; i < y.Length; i++)
                        {
                            double b = b;
                            sum += b;
                        }

                        return sum;
                    }
                }
                """);
    
        /// <summary>Was a bug, fixed in the twenty-sixth session: the integrand struct called an [Experimental] method from code that was not experimental (error DG0001 in generated code).</summary>
        [Fact]
        public void Experimental_Integrable_method_called_by_its_integrand() =>
            AssertClean("""
                using DiffGen;

                public static partial class C
                {
                    [System.Diagnostics.CodeAnalysis.Experimental("DG0001")]
                    [Integrable]
                    public static double F(double x) => x * x;
                }
                """);

        /// <summary>Was a bug, fixed in the twenty-sixth session: the gradient called an [Experimental] [DerivativeOf] method the user's code never calls (error DG0001 in generated code); the call is DIFF015 now, with the two ways out.</summary>
        [Fact]
        public void Experimental_custom_derivative_called_by_a_gradient() =>
            AssertClean("""
                using DiffGen;

                public static partial class C
                {
                    public static double Helper(double x) => x * x;

                    [System.Diagnostics.CodeAnalysis.Experimental("DG0001")]
                    [DerivativeOf(nameof(Helper))]
                    public static double HelperDerivative(double x, out double dX)
                    {
                        dX = 2 * x;
                        return x * x;
                    }

                    [Differentiable]
                    public static double H(double x) => Helper(x) * x;
                }
                """);

        /// <summary>Was a bug, fixed in the twenty-sixth session: the generated members of an [Experimental] method read an [Experimental] field without being experimental themselves (error DG0001).</summary>
        [Fact]
        public void Experimental_field_read_by_the_members_of_an_experimental_method() =>
            AssertClean("""
                using DiffGen;
                using System.Diagnostics.CodeAnalysis;

                public static partial class C
                {
                    [Experimental("DG0001")]
                    public static double K = 2;

                    [Experimental("DG0001")]
                    [Differentiable]
                    public static double F(double x) => K * x * x;
                }
                """);
    
        /// <summary>The same with [Obsolete]: an obsolete method may read a field that is an error to use elsewhere, and so may its generated members, obsolete too.</summary>
        [Fact]
        public void Obsolete_error_field_read_by_the_members_of_an_obsolete_method() =>
            AssertClean("""
                using DiffGen;

                public static partial class C
                {
                    [System.Obsolete("Use K2", true)]
                    public static double K = 2;

                    [System.Obsolete("Use G")]
                    [Differentiable]
                    public static double F(double x) => K * x * x;

                    [System.Obsolete("Use G", DiagnosticId = "DG0002")]
                    [Differentiable]
                    public static double H(double[] w) { double s = 0; for (int i = 0; i < w.Length; i++) s += K * w[i]; return s; }

                    [System.Obsolete]
                    [Integrable]
                    public static double I(double x) => K * x;
                }
                """);

        /// <summary>Was a bug, fixed in the twenty-sixth session: the integrand struct called an [UnmanagedCallersOnly] method from managed code (CS8901 in generated code); DIFF035 now.</summary>
        [Fact]
        public void UnmanagedCallersOnly_Integrable_method_called_by_its_integrand() =>
            AssertClean("""
                using DiffGen;

                public static partial class C
                {
                    [System.Runtime.InteropServices.UnmanagedCallersOnly]
                    [Integrable]
                    public static double F(double x) => x * x;
                }
                """);
}
}
