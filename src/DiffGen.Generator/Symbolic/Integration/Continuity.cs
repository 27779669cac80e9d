using System.Collections.Generic;
using System.Linq;
using DiffGen.Generator.Functions;

namespace DiffGen.Generator.Symbolic.Integration
{
    /// <summary>What a value must be on the whole interval for the antiderivative to be continuous there.</summary>
    internal enum RequirementKind
    {
        /// <summary>Never 0 (a denominator, the argument of ln|u|).</summary>
        NonZero,

        /// <summary>Above 0 (the argument of ln u, the base of a fractional power below the line).</summary>
        Positive,

        /// <summary>At least 0 (the base of a square root).</summary>
        NonNegative,

        /// <summary>Between −1 and 1 (the argument of asin, acos).</summary>
        WithinOne,
    }

    /// <summary>
    /// A value the antiderivative must keep away from a discontinuity over [from, to]: <see cref="Value"/> is linear in the
    /// variable (its values at the bounds decide it for the whole interval), concave (at least 0 at both bounds is at least 0
    /// between them), or reads no variable at all (decided once).
    /// </summary>
    internal sealed class Requirement
    {
        public Requirement(Expr value, RequirementKind kind, bool readsVariable, bool ofMethod = false)
        {
            Value = value;
            Kind = kind;
            ReadsVariable = readsVariable;
            OfMethod = ofMethod;
        }

        public Expr Value { get; }

        public RequirementKind Kind { get; }

        public bool ReadsVariable { get; }

        /// <summary>Where the method itself is defined (a value it computes that F does not hold, such as √x in √x/√x), not F's continuity.</summary>
        public bool OfMethod { get; }
    }

    /// <summary>
    /// When F(to) − F(from) is the definite integral: F must be continuous on [from, to]. Every node of F is continuous
    /// except at the places listed here (a zero denominator, ln of 0, a root of a negative number, asin beyond ±1), and each
    /// such place is turned into a <see cref="Requirement"/> that generated code can check at the bounds; where that cannot
    /// be shown from the bounds (ln|sin x|, tan x), there is no closed-form path and the quadrature is used.
    /// </summary>
    internal static class Continuity
    {
        /// <summary>
        /// The requirements, or null when continuity on an interval cannot be decided from its bounds: those of F, then those
        /// of the method's own values defined on part of the line (<paramref name="domain"/>, <see cref="Antiderivative.Domain"/>)
        /// that F's do not already state, so that F(to) − F(from) never stands for an integral of a method that is NaN
        /// somewhere between the bounds.
        /// </summary>
        public static IReadOnlyList<Requirement>? Requirements(ExprBuilder b, Expr antiderivative, Symbol x, IReadOnlyList<Expr> domain)
        {
            bool ofMethod = false;
            var dependencies = new DependencyAnalysis(new[] { x });
            var requirements = new List<Requirement>();
            bool Require(Expr value, RequirementKind kind)
            {
                bool reads = dependencies.DependsOn(value, x);
                if (!reads)
                {
                    if (b.ClosedValue(value) is double number)
                    {
                        // A number: true or false once and for all.
                        return Holds(number, kind);
                    }

                    Add(value, kind, false);
                    return true;
                }

                if (kind != RequirementKind.WithinOne && AlwaysPositive(b, value, x, dependencies))
                {
                    return true;
                }

                Expr slope = new ForwardDerivative(b, x, dependencies, zeroMeetsRoots: false).Of(value);
                bool linear = !dependencies.DependsOn(slope, x);
                bool concave = kind == RequirementKind.NonNegative && IsConcaveQuadratic(b, value, x);
                if (!linear && !concave)
                {
                    return false;
                }

                Add(value, kind, true);
                return true;
            }

            void Add(Expr value, RequirementKind kind, bool readsVariable)
            {
                if (!requirements.Any(r => ReferenceEquals(r.Value, value) && r.Kind == kind))
                {
                    requirements.Add(new Requirement(value, kind, readsVariable, ofMethod));
                }
            }

            foreach (Expr node in TopologicalOrder.OperandsFirst(new[] { antiderivative }))
            {
                bool decided = node switch
                {
                    Constant or Symbol or Sum => true,
                    Product product => product.Factors.All(f => f.Exponent == System.Math.Floor(f.Exponent)
                        ? f.Exponent > 0 || Require(f.Base, RequirementKind.NonZero)
                        : Require(f.Base, f.Exponent > 0 ? RequirementKind.NonNegative : RequirementKind.Positive)),
                    FunctionCall { Function: ElementaryFunction.Pow } pow => b.ClosedValue(pow.Arguments[0]) is double a && a > 0,
                    FunctionCall call => Call(call, Require),
                    _ => false,
                };
                if (!decided)
                {
                    return null;
                }
            }

            ofMethod = true;
            foreach (Expr node in domain)
            {
                bool decided = node switch
                {
                    Product product => product.Factors.All(f => f.Exponent == System.Math.Floor(f.Exponent)
                        || Require(f.Base, f.Exponent > 0 ? RequirementKind.NonNegative : RequirementKind.Positive)),
                    FunctionCall { Function: ElementaryFunction.Pow } pow => b.ClosedValue(pow.Arguments[0]) is double a && a > 0,
                    FunctionCall { Function: ElementaryFunction.Acosh } acosh => Require(b.Add(acosh.Arguments[0], b.Constant(-1)), RequirementKind.NonNegative),
                    FunctionCall { Function: ElementaryFunction.Atanh } atanh => Require(atanh.Arguments[0], RequirementKind.WithinOne),
                    FunctionCall call => Call(call, Require),
                    _ => true,
                };
                if (!decided)
                {
                    return null;
                }
            }

            return requirements;
        }

        /// <summary>
        /// Whether <paramref name="value"/> is defined only on part of the line, NaN elsewhere: a root or other fractional power
        /// (of a negative base), pow, a logarithm, asin, acos, acosh, atanh. (A pole is no such place: 1/x is ±∞ at 0, and x/x's
        /// one point does not change an integral. A cancelled factor that is 0 on a whole stretch, ⌊x⌋/⌊x⌋, does, and is not
        /// caught yet: Review/DomainReviewTests records it.)
        /// </summary>
        public static bool IsPartial(Expr value) => value switch
        {
            Product product => product.Factors.Any(f => f.Exponent != System.Math.Floor(f.Exponent)),
            FunctionCall call => call.Function is ElementaryFunction.Pow or ElementaryFunction.Log or ElementaryFunction.Log10 or ElementaryFunction.Log2
                or ElementaryFunction.Asin or ElementaryFunction.Acos or ElementaryFunction.Acosh or ElementaryFunction.Atanh,
            _ => false,
        };

        private static bool Call(FunctionCall call, System.Func<Expr, RequirementKind, bool> require)
        {
            Expr u = call.Arguments[0];
            switch (call.Function)
            {
                case ElementaryFunction.Sin:
                case ElementaryFunction.Cos:
                case ElementaryFunction.Atan:
                case ElementaryFunction.Exp:
                case ElementaryFunction.Sinh:
                case ElementaryFunction.Cosh:
                case ElementaryFunction.Tanh:
                case ElementaryFunction.Asinh:
                case ElementaryFunction.Abs:
                    return true;
                case ElementaryFunction.Log:
                case ElementaryFunction.Log10:
                case ElementaryFunction.Log2:
                    return u is FunctionCall { Function: ElementaryFunction.Abs } abs ? require(abs.Arguments[0], RequirementKind.NonZero) : require(u, RequirementKind.Positive);
                case ElementaryFunction.Asin:
                case ElementaryFunction.Acos:
                    return require(u, RequirementKind.WithinOne);
                default:
                    return false;
            }
        }

        private static bool Holds(double value, RequirementKind kind) => kind switch
        {
            RequirementKind.NonZero => value != 0,
            RequirementKind.Positive => value > 0,
            RequirementKind.NonNegative => value >= 0,
            _ => value >= -1 && value <= 1,
        };

        /// <summary>Above 0 for every value of the variable: exp, cosh, or c + b·x + a·x² with numbers, a &gt; 0 and no real root.</summary>
        private static bool AlwaysPositive(ExprBuilder b, Expr value, Symbol x, DependencyAnalysis dependencies)
        {
            if (value is FunctionCall { Function: ElementaryFunction.Exp or ElementaryFunction.Cosh })
            {
                return true;
            }

            return Quadratic(b, value, x) is (double c, double bx, double a) && a > 0 && bx * bx - (4 * a * c) < 0;
        }

        private static bool IsConcaveQuadratic(ExprBuilder b, Expr value, Symbol x) => Quadratic(b, value, x) is (double _, double _, double a) && a < 0;

        /// <summary>c + b·x + a·x² with numbers for c, b and a: (c, b, a); else null.</summary>
        private static (double C, double B, double A)? Quadratic(ExprBuilder b, Expr value, Symbol x)
        {
            double c = 0, bx = 0, a = 0;
            IEnumerable<SumTerm> terms = value is Sum sum ? sum.Terms : new[] { new SumTerm(1, value) };
            c = value is Sum s ? s.Offset : 0;
            foreach (SumTerm term in terms)
            {
                if (b.ClosedValue(term.Term) is double k)
                {
                    c += term.Coefficient * k;
                }
                else if (ReferenceEquals(term.Term, x))
                {
                    bx += term.Coefficient;
                }
                else if (term.Term is Product { Factors.Count: 1 } p && ReferenceEquals(p.Factors[0].Base, x) && p.Factors[0].Exponent == 2)
                {
                    a += term.Coefficient * p.Coefficient;
                }
                else
                {
                    return null;
                }
            }

            return (c, bx, a);
        }
    }
}
