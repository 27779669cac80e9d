using System;
using System.Collections.Generic;
using System.Linq;

namespace DiffGen.Generator.Symbolic
{
    /// <summary>
    /// The power of two that every derivative the output passes to its operands carries, taken out of the whole
    /// reverse sweep: in a sum of squares (a² + b² + …) each square passes 2·a, 2·b, …, so the sweep runs with half the
    /// adjoints (a, b, … themselves, values the forward sweep already has) and each partial is doubled once at the end.
    /// Scaling by a power of two is exact in floating point (but where an intermediate product is subnormal, below about
    /// 2.2·10⁻³⁰⁸, and loses digits), so the partials are the same numbers; the sweep does five multiplications fewer for
    /// five squares, as a careful hand-written gradient does (<c>2·(2x·a + b + …)</c>).
    /// </summary>
    internal static class HalvedAdjoints
    {
        /// <summary>The largest scale this takes out (2³): more would make every adjoint's comment harder to read for little gain.</summary>
        private const int MaxHalvings = 3;

        /// <summary>
        /// The scale k (1, 2, 4 or 8): the reverse sweep's adjoints hold ∂output/∂v ÷ k, and the partials are k times
        /// the sweep's. 1 where some operand of the output receives an adjoint that k would not divide exactly, or where
        /// scaling would not pay: it costs a multiplication per partial, and saves one per term whose adjoint becomes a
        /// value the forward sweep has (the a of a², where 2·a was computed), so it needs more such terms than partials.
        /// </summary>
        public static double Of(Expr output, DependencyAnalysis dependencies, int partials)
        {
            Expr node = Unnamed(output);
            var terms = node is Sum sum
                ? sum.Terms.Where(t => dependencies.DependsOnAny(t.Term)).Select(t => (t.Coefficient, Term: Unnamed(t.Term))).ToList()
                : new List<(double Coefficient, Expr Term)> { (1, node) };
            int halvings = Math.Min(terms.Select(t => Halvings(t.Coefficient, t.Term, dependencies)).DefaultIfEmpty(0).Min(), MaxHalvings);
            double scale = Math.Pow(2, halvings);
            int freed = terms.Count(t => t.Term is Product { Factors.Count: 1 } square && Math.Abs(t.Coefficient * square.Coefficient * square.Factors[0].Exponent) == scale && square.Factors[0].Exponent == 2);
            return halvings > 0 && freed > partials ? scale : 1;
        }

        /// <summary>How many times the constant of each local partial from a term (its coefficient, times the power rule's exponent) can be halved exactly.</summary>
        private static int Halvings(double coefficient, Expr term, DependencyAnalysis dependencies)
        {
            if (!(term is Product product))
            {
                return Halvings(coefficient);
            }

            return product.Factors.Where(f => dependencies.DependsOnAny(f.Base)).Select(f => Halvings(coefficient * product.Coefficient * f.Exponent)).DefaultIfEmpty(0).Min();
        }

        private static int Halvings(double constant)
        {
            double magnitude = Math.Abs(constant);
            int count = 0;
            while (count <= MaxHalvings && magnitude >= 2 && magnitude == Math.Floor(magnitude) && magnitude % 2 == 0)
            {
                magnitude /= 2;
                count++;
            }

            return count;
        }

        private static Expr Unnamed(Expr e) => e is Named named ? Unnamed(named.Value) : e;
    }
}
