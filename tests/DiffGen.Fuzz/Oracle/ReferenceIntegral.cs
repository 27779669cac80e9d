using System;
using System.Collections.Generic;

namespace DiffGen.Fuzz.Oracle
{
    /// <summary>
    /// A reference integral: its value, ∫|f| (the scale its rounding and any cancellation are measured
    /// against), and how uncertain it is (the last refinement's change plus the rounding of the sum).
    /// </summary>
    public sealed record Reference(double Value, double Absolute, double Uncertainty);

    /// <summary>
    /// The fuzzer's own definite integrals, to check <c>MIntegral</c> against: composite 20-point Gauss–Legendre
    /// (<see cref="GaussLegendre"/>) on equal panels, the panels doubled until two rounds agree to 1e-13 of ∫|f|.
    /// On an interval where the integrand is smooth (the checker's regions) that is reached with a few panels and
    /// the result is accurate to rounding; where it is not reached (a near-singularity the generator's guards
    /// missed) there is no reference and the region is not used. Sums are compensated (Neumaier).
    /// </summary>
    public static class ReferenceIntegral
    {
        private const double Agreement = 1e-13;
        private const double Rounding = 1e-15;

        /// <summary>∫ f from <paramref name="from"/> to <paramref name="to"/> (from &lt; to), or null where it does not settle.</summary>
        public static Reference? Over(Func<double, double> f, double from, double to)
        {
            Reference? previous = null;
            for (int panels = 4; panels <= 1024; panels *= 2)
            {
                Reference? current = Composite(f, from, to, panels);
                if (current is null)
                {
                    return null;
                }

                if (previous is not null && Math.Abs(current.Value - previous.Value) <= Agreement * current.Absolute)
                {
                    return current with { Uncertainty = Math.Abs(current.Value - previous.Value) + (Rounding * current.Absolute) };
                }

                previous = current;
            }

            return null;
        }

        /// <summary>∫∫ f(inner, outer) over a rectangle, by the tensor product of the same rule, or null where it does not settle.</summary>
        public static Reference? OverRectangle(Func<double, double, double> f, double innerFrom, double innerTo, double outerFrom, double outerTo)
        {
            Reference? previous = null;
            for (int panels = 2; panels <= 16; panels *= 2)
            {
                Reference? current = Composite(f, innerFrom, innerTo, outerFrom, outerTo, panels);
                if (current is null)
                {
                    return null;
                }

                if (previous is not null && Math.Abs(current.Value - previous.Value) <= Agreement * current.Absolute)
                {
                    return current with { Uncertainty = Math.Abs(current.Value - previous.Value) + (Rounding * current.Absolute) };
                }

                previous = current;
            }

            return null;
        }

        /// <summary>The tensor product of the rule on panels × panels equal rectangles; null when f is not finite at a node.</summary>
        private static Reference? Composite(Func<double, double, double> f, double innerFrom, double innerTo, double outerFrom, double outerTo, int panels)
        {
            double sum = 0, absolute = 0;
            foreach (var (y, outerWeight) in Points(outerFrom, outerTo, panels))
            {
                Reference? row = Composite(x => f(x, y), innerFrom, innerTo, panels);
                if (row is null)
                {
                    return null;
                }

                sum += outerWeight * row.Value;
                absolute += outerWeight * row.Absolute;
            }

            return new Reference(sum, absolute, 0);
        }

        /// <summary>The nodes of the composite rule and their weights, panel by panel.</summary>
        private static IEnumerable<(double Node, double Weight)> Points(double from, double to, int panels)
        {
            GaussLegendre rule = GaussLegendre.Twenty;
            double width = (to - from) / panels;
            for (int p = 0; p < panels; p++)
            {
                double middle = from + ((p + 0.5) * width);
                for (int i = 0; i < rule.Nodes.Length; i++)
                {
                    yield return (middle + (0.5 * width * rule.Nodes[i]), 0.5 * width * rule.Weights[i]);
                }
            }
        }

        /// <summary>The rule on <paramref name="panels"/> equal panels; null when f is not finite at a node.</summary>
        private static Reference? Composite(Func<double, double> f, double from, double to, int panels)
        {
            double sum = 0, compensation = 0, absolute = 0;
            foreach (var (x, weight) in Points(from, to, panels))
            {
                double value = f(x);
                if (double.IsNaN(value) || double.IsInfinity(value))
                {
                    return null;
                }

                double term = weight * value;
                double next = sum + term;
                compensation += Math.Abs(sum) >= Math.Abs(term) ? (sum - next) + term : (term - next) + sum;
                sum = next;
                absolute += Math.Abs(term);
            }

            return new Reference(sum + compensation, absolute, 0);
        }
    }
}
