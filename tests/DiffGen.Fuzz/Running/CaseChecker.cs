using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using DiffGen.Fuzz.Oracle;
using DiffGen.Fuzz.Programs;

namespace DiffGen.Fuzz.Running
{
    /// <summary>
    /// Checks one generated case at random points against its oracle: the value FGradient returns,
    /// every FPartialP and every gradient entry. Points are skipped where the oracle comes near a
    /// branch boundary or a kink, where a remainder of a large number keeps few of its digits, where
    /// an intermediate overflowed, or where the function or a derivative is not finite (or huge).
    /// </summary>
    public static class CaseChecker
    {
        public const int PointsPerCase = 3;
        private const int Attempts = 40;
        private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(20);

        public static CaseResult Check(FuzzCase fuzzCase, Probe probe, Random random)
        {
            var task = Task.Run(() => CheckNow(fuzzCase, probe, random));
            try
            {
                return task.Wait(Timeout) ? task.Result : new CaseResult(fuzzCase, Outcome.RuntimeException, "did not finish in " + Timeout.TotalSeconds + " s");
            }
            catch (AggregateException e)
            {
                return new CaseResult(fuzzCase, Outcome.RuntimeException, e.InnerException?.ToString() ?? e.ToString());
            }
        }

        private static CaseResult CheckNow(FuzzCase fuzzCase, Probe probe, Random random)
        {
            Method entry = fuzzCase.Entry;
            var scalars = entry.Parameters.Where(p => p.Kind == ParameterKind.Real).ToList();
            var arrays = entry.Parameters.Where(p => p.Kind is ParameterKind.Array or ParameterKind.ReadOnlySpan or ParameterKind.Span).ToList();
            var differentiated = ProbeWriter.Differentiated(entry).Select(p => p.Name).ToHashSet();
            var tolerance = Tolerance.For(fuzzCase);
            int accepted = 0;
            for (int attempt = 0; attempt < Attempts && accepted < PointsPerCase; attempt++)
            {
                double[] s = scalars.Select(_ => Coordinate(fuzzCase, random)).ToArray();
                double[][] a = arrays.Select(p => Enumerable.Range(0, p.IntValue).Select(_ => Coordinate(fuzzCase, random)).ToArray()).ToArray();
                if (fuzzCase.Float)
                {
                    s = s.Select(v => (double)(float)v).ToArray();
                    a = a.Select(row => row.Select(v => (double)(float)v).ToArray()).ToArray();
                }

                // The oracle: the value, then one run per differentiated input with its tangent seeded.
                Margins.Reset(fuzzCase.Float ? float.MaxValue : double.MaxValue);
                var expected = new List<(string Output, int Scalar, int Array, int Element, double Tangent, double Bound)>();
                if (!TryOracle(probe, s, a, scalars, arrays, differentiated, expected, out double value, out double valueError))
                {
                    continue;
                }

                if (Margins.Smallest < tolerance.Margin || Margins.KeptFraction < tolerance.KeptFraction || Margins.Overflowed || !tolerance.Usable(value) || expected.Any(x => !tolerance.Usable(x.Tangent)))
                {
                    continue;
                }

                if (fuzzCase.Float && IllConditioned(probe, s, a, expected.Select(x => (x.Scalar, x.Array, x.Element, x.Tangent)).ToList(), random))
                {
                    continue;
                }

                // The method as written must agree with its oracle twin, or the fuzzer printed them differently.
                double original = probe.Value(s, a);
                // Within the method's own rounding too: Math.FusedMultiplyAdd rounds once where the oracle's a·b + c rounds
                // twice, and a value that cancels to 0 (fma(z, -x, x·z)) is then the rounding of x·z alone.
                if (!tolerance.ValueClose(original, value, Math.Abs(value)) && !tolerance.WithinRounding(original, value, valueError))
                {
                    if (fuzzCase.Float)
                    {
                        continue; // float rounding alone moves the value this much: an ill-conditioned point
                    }

                    return new CaseResult(fuzzCase, Outcome.InvalidProgram, "F(" + Point(s, a) + ") = " + original + " but its oracle gives " + value);
                }

                accepted++;
                double scale = expected.Select(x => Math.Abs(x.Tangent)).Append(Math.Abs(value)).Append(1).Max();
                var gs = new double[scalars.Count];
                var ga = a.Select(row => new double[row.Length]).ToArray();
                double returned;
                try
                {
                    returned = probe.Gradient(s, a, gs, ga);
                }
                catch (Exception e)
                {
                    return new CaseResult(fuzzCase, Outcome.RuntimeException, "FGradient(" + Point(s, a) + ") threw " + e.GetType().Name + ": " + e.Message);
                }

                var wrong = new List<string>();
                if (!tolerance.Close(returned, value, scale) && !tolerance.WithinRounding(returned, value, valueError))
                {
                    wrong.Add("FGradient returned " + returned + ", the value is " + value + Bound(valueError));
                }

                foreach (var x in expected)
                {
                    double actual = x.Scalar >= 0 ? gs[x.Scalar] : ga[x.Array][x.Element];
                    if (!tolerance.Close(actual, x.Tangent, scale) && !tolerance.WithinRounding(actual, x.Tangent, x.Bound))
                    {
                        wrong.Add("gradient ∂F/∂" + x.Output + " = " + actual + ", expected " + x.Tangent + Bound(x.Bound));
                    }

                    if (x.Scalar >= 0)
                    {
                        double partial;
                        try
                        {
                            partial = probe.Partial(x.Scalar, s, a);
                        }
                        catch (Exception e)
                        {
                            return new CaseResult(fuzzCase, Outcome.RuntimeException, "FPartial" + ProgramWriter.Capitalize(x.Output) + "(" + Point(s, a) + ") threw " + e.GetType().Name + ": " + e.Message);
                        }

                        if (!tolerance.Close(partial, x.Tangent, scale) && !tolerance.WithinRounding(partial, x.Tangent, x.Bound))
                        {
                            wrong.Add("FPartial" + ProgramWriter.Capitalize(x.Output) + " = " + partial + ", expected " + x.Tangent + Bound(x.Bound));
                        }
                    }
                }

                if (wrong.Count > 0)
                {
                    return new CaseResult(fuzzCase, Outcome.Wrong, "at " + Point(s, a) + ": " + string.Join("; ", wrong));
                }
            }

            return accepted > 0 ? new CaseResult(fuzzCase, Outcome.Pass) : new CaseResult(fuzzCase, Outcome.Untested, "no usable point in " + Attempts + " attempts");
        }

        /// <summary>
        /// Runs the oracle for the value and each differentiated input. False where it throws with an
        /// intermediate NaN (Math.Sign(Math.Acosh(y)) for y &lt; 1) or where Math.Clamp's bounds cross, and the
        /// method itself throws there too: a point outside its domain, not one to check. Any other exception is
        /// the fuzzer's own bug.
        /// </summary>
        private static bool TryOracle(Probe probe, double[] s, double[][] a, List<Parameter> scalars, List<Parameter> arrays, HashSet<string> differentiated, List<(string Output, int Scalar, int Array, int Element, double Tangent, double Bound)> expected, out double value, out double valueError)
        {
            valueError = double.NaN;
            try
            {
                value = probe.Oracle(s, a, -1, -1, -1, out _);
                valueError = Margins.ResultError;
                for (int k = 0; k < scalars.Count; k++)
                {
                    if (differentiated.Contains(scalars[k].Name))
                    {
                        probe.Oracle(s, a, k, -1, -1, out double t);
                        expected.Add((scalars[k].Name, k, -1, -1, t, Margins.ResultTangentError));
                    }
                }

                for (int j = 0; j < arrays.Count; j++)
                {
                    if (differentiated.Contains(arrays[j].Name))
                    {
                        for (int e = 0; e < a[j].Length; e++)
                        {
                            probe.Oracle(s, a, -1, j, e, out double t);
                            expected.Add((arrays[j].Name + "[" + e + "]", -1, j, e, t, Margins.ResultTangentError));
                        }
                    }
                }

                return true;
            }
            catch (ArithmeticException) when (Margins.Overflowed)
            {
                value = double.NaN;
                return false;
            }
            catch (ArgumentException) when (Throws(() => probe.Value(s, a)))
            {
                // Math.Clamp(u, lo, hi) with bounds the method computes, lo > hi at this point: the method throws too.
                value = double.NaN;
                return false;
            }
        }

        private static bool Throws(Action run)
        {
            try
            {
                run();
                return false;
            }
            catch (ArgumentException)
            {
                return true;
            }
        }

        /// <summary>
        /// Whether moving the inputs by a few float roundings (relative 1e-6) moves a derivative by more
        /// than 1e-5 relative: at such a point (cos(1000·y)) no float computation can meet 1e-4.
        /// </summary>
        private static bool IllConditioned(Probe probe, double[] s, double[][] a, List<(int Scalar, int Array, int Element, double Tangent)> expected, Random random)
        {
            double Nudge(double v) => v * (1 + ((random.Next(2) == 0 ? -1 : 1) * 1e-6));
            double[] s2 = s.Select(Nudge).ToArray();
            double[][] a2 = a.Select(row => row.Select(Nudge).ToArray()).ToArray();
            double scale = expected.Select(x => Math.Abs(x.Tangent)).Append(1).Max();
            foreach (var x in expected)
            {
                probe.Oracle(s2, a2, x.Scalar, x.Array, x.Element, out double moved);
                if (!(Math.Abs(moved - x.Tangent) <= 1e-5 * Math.Max(Math.Abs(x.Tangent), 1e-2 * scale)))
                {
                    return true;
                }
            }

            return false;
        }

        private static double Coordinate(FuzzCase fuzzCase, Random random)
        {
            if (!fuzzCase.Extreme)
            {
                return Math.Round((random.NextDouble() * 4) - 2, 3);
            }

            double magnitude = fuzzCase.Float ? 80 + (random.NextDouble() * 20) : 380 + (random.NextDouble() * 40);
            return random.Next(2) == 0 ? -magnitude : magnitude;
        }

        private static string Bound(double bound) =>
            " (± " + bound.ToString("G3", System.Globalization.CultureInfo.InvariantCulture) + " as the method rounds)";

        public static string Point(double[] s, double[][] a) =>
            string.Join(", ", s.Select(v => v.ToString("R", System.Globalization.CultureInfo.InvariantCulture))
                .Concat(a.Select(row => "{ " + string.Join(", ", row.Select(v => v.ToString("R", System.Globalization.CultureInfo.InvariantCulture))) + " }")));
    }
}
