using System;
using System.Buffers;

namespace DiffGen
{
    /// <summary>
    /// Wynn's ε-algorithm: from a sequence of approximations S₀, S₁, S₂, … that converges slowly
    /// (here, the integral after each round of halving the pieces next to a singularity), it
    /// computes a limit that converges much faster, with an error estimate.
    /// </summary>
    /// <remarks>
    /// <para>
    /// Each new entry of the table is ε(k+1, n) = ε(k−1, n+1) + 1 / (ε(k, n+1) − ε(k, n)), with
    /// ε(−1, n) = 0 and ε(0, n) = Sₙ; the even columns are the accelerated approximations. Only the
    /// last diagonal is kept, and each new approximation adds one, as QUADPACK's QELG does (in the
    /// numerically safer form that adds three reciprocals). For an integrand like 1/√x on [0, 1],
    /// halving the piece at 0 changes the sum by a geometric sequence of errors, which the
    /// algorithm removes almost exactly.
    /// </para>
    /// <para>
    /// The error of the extrapolated limit is estimated from how much the last three limits differ
    /// (none is given before three exist), and never below round-off in the limit. Algorithm and
    /// constants after P. Wynn (1956) and QUADPACK (Piessens et al., 1983), routine QELG.
    /// </para>
    /// </remarks>
    internal struct EpsilonTable
    {
        /// <summary>The most entries the table keeps; when full, its oldest diagonal is dropped.</summary>
        private const int Limit = 50;

        private const double MachineEpsilon = 2.220446049250313e-16;

        /// <summary>Entry i is element i+1 of QUADPACK's 1-based table; two more places than <see cref="Limit"/> for the computation.</summary>
        private double[] table;

        private int calls;

        private double previous1;
        private double previous2;
        private double previous3;

        /// <summary>How many approximations the table holds.</summary>
        public int Count { get; private set; }

        public static EpsilonTable Rent() => new EpsilonTable { table = ArrayPool<double>.Shared.Rent(Limit + 2) };

        public void Return() => ArrayPool<double>.Shared.Return(table);

        /// <summary>Appends the next approximation of the sequence.</summary>
        public void Add(double approximation)
        {
            table[Count] = approximation;
            Count++;
        }

        /// <summary>
        /// The limit the approximations added so far point to, with its error estimate
        /// (<see cref="double.MaxValue"/> until three limits have been computed).
        /// </summary>
        /// <param name="error">The estimated absolute error of the limit.</param>
        /// <param name="floor">The smallest error, relative to the limit, that is ever reported (round-off).</param>
        public double Extrapolate(out double error, double floor)
        {
            calls++;
            error = double.MaxValue;
            int n = Count;                      // 1-based index of the newest entry, as in QELG
            double result = At(n);
            if (n < 3)
            {
                error = Math.Max(error, floor * Math.Abs(result));
                return result;
            }

            Set(n + 2, At(n));
            int newElements = (n - 1) / 2;
            Set(n, double.MaxValue);
            int countBefore = n;
            int k1 = n;
            for (int i = 1; i <= newElements; i++)
            {
                double e0 = At(k1 - 2);
                double e1 = At(k1 - 1);
                double e2 = At(k1 + 2);
                double candidate = e2;
                double e1Abs = Math.Abs(e1);
                double delta2 = e2 - e1;
                double err2 = Math.Abs(delta2);
                double tol2 = Math.Max(Math.Abs(e2), e1Abs) * MachineEpsilon;
                double delta3 = e1 - e0;
                double err3 = Math.Abs(delta3);
                double tol3 = Math.Max(e1Abs, Math.Abs(e0)) * MachineEpsilon;
                if (err2 <= tol2 && err3 <= tol3)
                {
                    // e0, e1 and e2 agree to machine accuracy: the sequence has converged.
                    result = candidate;
                    error = Math.Max(err2 + err3, floor * Math.Abs(result));
                    return result;
                }

                double e3 = At(k1);
                Set(k1, e1);
                double delta1 = e1 - e3;
                double err1 = Math.Abs(delta1);
                double tol1 = Math.Max(e1Abs, Math.Abs(e3)) * MachineEpsilon;
                if (err1 <= tol1 || err2 <= tol2 || err3 <= tol3)
                {
                    // Two entries too close to divide by their difference: drop the rest of the table.
                    n = i + i - 1;
                    break;
                }

                double inverseSum = 1 / delta1 + 1 / delta2 - 1 / delta3;
                if (Math.Abs(inverseSum * e1) <= 1e-4)
                {
                    // The table behaves irregularly: drop the rest of it.
                    n = i + i - 1;
                    break;
                }

                candidate = e1 + 1 / inverseSum;
                Set(k1, candidate);
                k1 -= 2;
                double candidateError = err2 + Math.Abs(candidate - e2) + err3;
                if (candidateError <= error)
                {
                    error = candidateError;
                    result = candidate;
                }
            }

            // Shift the table: keep the last diagonal, at most Limit − 1 entries.
            if (n == Limit)
            {
                n = 2 * (Limit / 2) - 1;
            }

            int from = countBefore % 2 == 0 ? 2 : 1;
            for (int i = 1; i <= newElements + 1; i++)
            {
                Set(from, At(from + 2));
                from += 2;
            }

            if (countBefore != n)
            {
                int index = countBefore - n + 1;
                for (int i = 1; i <= n; i++)
                {
                    Set(i, At(index));
                    index++;
                }
            }

            Count = n;

            // The error of the limit: how much it moved over the last three extrapolations.
            if (calls < 4)
            {
                if (calls == 1)
                {
                    previous1 = result;
                }
                else if (calls == 2)
                {
                    previous2 = result;
                }
                else
                {
                    previous3 = result;
                }

                error = double.MaxValue;
            }
            else
            {
                error = Math.Abs(result - previous3) + Math.Abs(result - previous2) + Math.Abs(result - previous1);
                previous1 = previous2;
                previous2 = previous3;
                previous3 = result;
            }

            error = Math.Max(error, floor * Math.Abs(result));
            return result;
        }

        private double At(int oneBased) => table[oneBased - 1];

        private void Set(int oneBased, double value) => table[oneBased - 1] = value;
    }
}
