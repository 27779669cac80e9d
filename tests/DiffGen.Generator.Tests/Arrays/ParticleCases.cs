using System;
using System.Linq;
using DiffGen.Generator.Tests.Infrastructure;
using static DiffGen.Generator.Tests.Arrays.Draw;
using static DiffGen.Generator.Tests.Arrays.SmoothPoints;

namespace DiffGen.Generator.Tests.Arrays
{
    /// <summary>
    /// The particle and molecular simulation sweep: energies as a simulation code writes them, none seen by an earlier
    /// test. Pairwise Lennard-Jones, Morse, Buckingham, Yukawa and softened Coulomb sums over i &lt; j double loops with
    /// cutoffs (a continue, an if block, a ternary), neighbour lists as int[] pairs and in CSR form, Lorentz–Berthelot
    /// mixing, soft-core λ-coupling; harmonic bonds, angle terms through Math.Acos of a clamped cosine and dihedrals through
    /// Math.Atan2 of cross products; periodic boundaries by the minimum image (Math.Round under Gradient.Stop, a while
    /// that wraps, a ternary); soft-sphere repulsion by Math.Max(0, r0 − r), Gaussian overlaps, an Ewald-like reciprocal
    /// sum with Math.Exp and Math.Cos/Sin; kinetic energy, radius of gyration, virial; and dynamics: velocity Verlet,
    /// leapfrog and Langevin steps over local position, velocity and force arrays updated in place, energies returned
    /// after a few steps and differentiated with respect to initial positions and force-field parameters. Coordinates are
    /// flat, x[3 * i + k]. Points are drawn on a jittered lattice (no two particles close) and, where a method has kinks
    /// (a cutoff, a clamp, a wrap), where Richardson differences of the method itself with two steps agree
    /// (<see cref="Smooth"/>).
    /// </summary>
    public static class ParticleCases
    {
        public static readonly ArrayCase[] All =
        {
            // ---------------------------------------------------------------- pair potentials

            // Lennard-Jones over all pairs, flat 3-D coordinates, ε and σ differentiated with the positions.
            new ArrayCase("PtLennardJones", """
                [Differentiable]
                public static double PtLennardJones(double[] x, double epsilon, double sigma)
                {
                    int n = x.Length / 3;
                    double energy = 0;
                    for (int i = 0; i < n; i++)
                    {
                        for (int j = i + 1; j < n; j++)
                        {
                            double dx = x[3 * i] - x[3 * j];
                            double dy = x[3 * i + 1] - x[3 * j + 1];
                            double dz = x[3 * i + 2] - x[3 * j + 2];
                            double r2 = dx * dx + dy * dy + dz * dz;
                            double s2 = sigma * sigma / r2;
                            double s6 = s2 * s2 * s2;
                            energy += 4 * epsilon * (s6 * s6 - s6);
                        }
                    }

                    return energy;
                }
                """, (r, n) => new object[] { Lattice(r, n, 3), Uniform(r, 0.5, 1.5), Uniform(r, 0.8, 1.1) }),

            // Truncated and shifted LJ: pairs beyond the cutoff skipped by a continue, the value shifted to 0 at rc.
            new ArrayCase("PtLjCutoffContinue", """
                [Differentiable("x")]
                public static double PtLjCutoffContinue(double[] x, double rc)
                {
                    int n = x.Length / 3;
                    double rc2 = rc * rc;
                    double sc6 = 1 / (rc2 * rc2 * rc2);
                    double shift = 4 * (sc6 * sc6 - sc6);
                    double energy = 0;
                    for (int i = 0; i < n - 1; i++)
                    {
                        for (int j = i + 1; j < n; j++)
                        {
                            double dx = x[3 * j] - x[3 * i];
                            double dy = x[3 * j + 1] - x[3 * i + 1];
                            double dz = x[3 * j + 2] - x[3 * i + 2];
                            double r2 = dx * dx + dy * dy + dz * dz;
                            if (r2 > rc2) continue;
                            double inv6 = 1 / (r2 * r2 * r2);
                            energy += 4 * (inv6 * inv6 - inv6) - shift;
                        }
                    }

                    return energy;
                }
                """, (r, n) => new object[] { Lattice(r, n, 3), 1.9 }) { Accept = Smooth("PtLjCutoffContinue") },

            // The same cutoff as an if block around the pair term, rc differentiated (the shift depends on it).
            new ArrayCase("PtLjCutoffIf", """
                [Differentiable]
                public static double PtLjCutoffIf(double[] x, double rc)
                {
                    int n = x.Length / 3;
                    double energy = 0;
                    for (int i = 0; i < n; i++)
                    {
                        for (int j = i + 1; j < n; j++)
                        {
                            double dx = x[3 * i] - x[3 * j], dy = x[3 * i + 1] - x[3 * j + 1], dz = x[3 * i + 2] - x[3 * j + 2];
                            double r = Math.Sqrt(dx * dx + dy * dy + dz * dz);
                            if (r < rc)
                            {
                                double sr6 = Math.Pow(1 / r, 6);
                                double sc6 = Math.Pow(1 / rc, 6);
                                energy += 4 * (sr6 * sr6 - sr6) - 4 * (sc6 * sc6 - sc6);
                            }
                        }
                    }

                    return energy;
                }
                """, (r, n) => new object[] { Lattice(r, n, 3), Uniform(r, 1.5, 2.2) }) { Accept = Smooth("PtLjCutoffIf") },

            // Shifted-force LJ (value and force both 0 at rc) by a ternary: the energy's derivative is continuous at rc.
            new ArrayCase("PtLjShiftedForce", """
                [Differentiable("x")]
                public static double PtLjShiftedForce(double[] x, double rc)
                {
                    int n = x.Length / 3;
                    double irc = 1 / rc;
                    double irc6 = Math.Pow(irc, 6);
                    double vc = 4 * (irc6 * irc6 - irc6);
                    double fc = 24 * irc * (2 * irc6 * irc6 - irc6);
                    double energy = 0;
                    for (int i = 0; i < n; i++)
                    {
                        for (int j = 0; j < i; j++)
                        {
                            double r2 = 0;
                            for (int k = 0; k < 3; k++)
                            {
                                double d = x[3 * i + k] - x[3 * j + k];
                                r2 += d * d;
                            }

                            double r = Math.Sqrt(r2);
                            double ir6 = 1 / (r2 * r2 * r2);
                            energy += r < rc ? 4 * (ir6 * ir6 - ir6) - vc + (r - rc) * fc : 0.0;
                        }
                    }

                    return energy;
                }
                """, (r, n) => new object[] { Lattice(r, n, 3), 2.0 }) { Accept = Smooth("PtLjShiftedForce") },

            // LJ over a neighbour list of pairs (two int[] arrays), each pair read through its indices.
            new ArrayCase("PtLjPairList", """
                [Differentiable("x", "epsilon")]
                public static double PtLjPairList(double[] x, int[] first, int[] second, double epsilon)
                {
                    double energy = 0;
                    for (int p = 0; p < first.Length; p++)
                    {
                        int i = first[p], j = second[p];
                        double dx = x[3 * i] - x[3 * j];
                        double dy = x[3 * i + 1] - x[3 * j + 1];
                        double dz = x[3 * i + 2] - x[3 * j + 2];
                        double ir2 = 1 / (dx * dx + dy * dy + dz * dz);
                        double ir6 = ir2 * ir2 * ir2;
                        energy += 4 * epsilon * ir6 * (ir6 - 1);
                    }

                    return energy;
                }
                """, (r, n) => PairList(r, n)),

            // Morse over a CSR neighbour list (start[i]..start[i + 1] into nbr): an inner loop bounded by int[] data.
            new ArrayCase("PtMorseCsr", """
                [Differentiable("x", "depth", "alpha", "re")]
                public static double PtMorseCsr(double[] x, int[] start, int[] nbr, double depth, double alpha, double re)
                {
                    int n = start.Length - 1;
                    double energy = 0;
                    for (int i = 0; i < n; i++)
                    {
                        for (int m = start[i]; m < start[i + 1]; m++)
                        {
                            int j = nbr[m];
                            double dx = x[3 * i] - x[3 * j];
                            double dy = x[3 * i + 1] - x[3 * j + 1];
                            double dz = x[3 * i + 2] - x[3 * j + 2];
                            double r = Math.Sqrt(dx * dx + dy * dy + dz * dz);
                            double e = 1 - Math.Exp(-alpha * (r - re));
                            energy += 0.5 * depth * e * e;
                        }
                    }

                    return energy;
                }
                """, (r, n) => Csr(r, n)),

            // Morse with a cutoff by continue over a neighbour list, a pair skipped when its index is itself (i == j), the
            // distance summed by a loop over the components after it: DIFF015 (a loop after an if that leaves the iteration).
            new ArrayCase("PtMorseListCutoff", """
                [Differentiable("x")]
                public static double PtMorseListCutoff(double[] x, int[] first, int[] second)
                {
                    double energy = 0;
                    for (int p = 0; p < first.Length; p++)
                    {
                        int i = first[p];
                        int j = second[p];
                        if (i == j) continue;
                        double r2 = 0;
                        for (int k = 0; k < 3; k++) r2 += (x[3 * i + k] - x[3 * j + k]) * (x[3 * i + k] - x[3 * j + k]);
                        double r = Math.Sqrt(r2);
                        double e = Math.Exp(-1.5 * (r - 1.2));
                        energy += r < 2.0 ? e * e - 2 * e : 0;
                    }

                    return energy;
                }
                """, (r, n) => PairList(r, n, selfPairs: true).Take(3).ToArray()) { Accept = Smooth("PtMorseListCutoff") },

            // The same with the distance's loop put before the if, as the DIFF015 above advises.
            new ArrayCase("PtMorseListLoopFirst", """
                [Differentiable("x")]
                public static double PtMorseListLoopFirst(double[] x, int[] first, int[] second)
                {
                    double energy = 0;
                    for (int p = 0; p < first.Length; p++)
                    {
                        int i = first[p];
                        int j = second[p];
                        double r2 = 0;
                        for (int k = 0; k < 3; k++) r2 += (x[3 * i + k] - x[3 * j + k]) * (x[3 * i + k] - x[3 * j + k]);
                        if (i == j) continue;
                        double r = Math.Sqrt(r2);
                        double e = Math.Exp(-1.5 * (r - 1.2));
                        energy += r < 2.0 ? e * e - 2 * e : 0;
                    }

                    return energy;
                }
                """, (r, n) => PairList(r, n, selfPairs: true).Take(3).ToArray()) { Accept = Smooth("PtMorseListLoopFirst") },

            // Buckingham exp-6: A·exp(−B r) − C / r⁶, all three parameters differentiated.
            new ArrayCase("PtBuckingham", """
                [Differentiable]
                public static double PtBuckingham(double[] x, double a, double b, double c)
                {
                    int n = x.Length / 3;
                    double energy = 0;
                    for (int i = 0; i < n; i++)
                    {
                        for (int j = i + 1; j < n; j++)
                        {
                            double dx = x[3 * i] - x[3 * j], dy = x[3 * i + 1] - x[3 * j + 1], dz = x[3 * i + 2] - x[3 * j + 2];
                            double r2 = dx * dx + dy * dy + dz * dz;
                            double r = Math.Sqrt(r2);
                            energy += a * Math.Exp(-b * r) - c / (r2 * r2 * r2);
                        }
                    }

                    return energy;
                }
                """, (r, n) => new object[] { Lattice(r, n, 3), Uniform(r, 50, 150), Uniform(r, 3, 5), Uniform(r, 0.5, 2) }),

            // Coulomb with softening: q_i q_j / √(r² + δ²), charges and δ differentiated.
            new ArrayCase("PtCoulombSoftened", """
                [Differentiable]
                public static double PtCoulombSoftened(double[] x, double[] q, double delta)
                {
                    int n = q.Length;
                    double energy = 0;
                    for (int i = 0; i < n; i++)
                    {
                        double qi = q[i];
                        for (int j = i + 1; j < n; j++)
                        {
                            double dx = x[3 * i] - x[3 * j];
                            double dy = x[3 * i + 1] - x[3 * j + 1];
                            double dz = x[3 * i + 2] - x[3 * j + 2];
                            energy += qi * q[j] / Math.Sqrt(dx * dx + dy * dy + dz * dz + delta * delta);
                        }
                    }

                    return 332.0636 * energy;
                }
                """, (r, n) => new object[] { Lattice(r, n, 3), Vector(r, n, -1, 1), Uniform(r, 0.1, 0.5) }),

            // Shifted-force (damped) Coulomb with a cutoff: q q (1/r − 1/rc + (r − rc)/rc²) for r < rc; the 1/rc terms hoisted.
            new ArrayCase("PtCoulombShiftedForce", """
                [Differentiable("x", "q")]
                public static double PtCoulombShiftedForce(double[] x, double[] q, double rc)
                {
                    int n = q.Length;
                    double irc = 1 / rc;
                    double irc2 = irc * irc;
                    double energy = 0;
                    for (int i = 0; i < n; i++)
                    {
                        for (int j = i + 1; j < n; j++)
                        {
                            double dx = x[3 * i] - x[3 * j];
                            double dy = x[3 * i + 1] - x[3 * j + 1];
                            double dz = x[3 * i + 2] - x[3 * j + 2];
                            double r = Math.Sqrt(dx * dx + dy * dy + dz * dz);
                            if (r >= rc) continue;
                            energy += q[i] * q[j] * (1 / r - irc + (r - rc) * irc2);
                        }
                    }

                    return energy;
                }
                """, (r, n) => new object[] { Lattice(r, n, 3), Vector(r, n, -1, 1), 2.0 }) { Accept = Smooth("PtCoulombShiftedForce") },

            // Screened Coulomb (Yukawa): exp(−κ r) / r, κ differentiated.
            new ArrayCase("PtYukawa", """
                [Differentiable]
                public static double PtYukawa(double[] x, double kappa)
                {
                    int n = x.Length / 3;
                    double energy = 0;
                    for (int i = 0; i < n; i++)
                    {
                        for (int j = i + 1; j < n; j++)
                        {
                            double r2 = 0;
                            for (int k = 0; k < 3; k++)
                            {
                                double d = x[3 * i + k] - x[3 * j + k];
                                r2 += d * d;
                            }

                            double r = Math.Sqrt(r2);
                            energy += Math.Exp(-kappa * r) / r;
                        }
                    }

                    return energy;
                }
                """, (r, n) => new object[] { Lattice(r, n, 3), Uniform(r, 0.2, 2) }),

            // Lorentz–Berthelot mixing: σ_ij = (σ_i + σ_j)/2, ε_ij = √(ε_i ε_j); per-particle parameters differentiated.
            new ArrayCase("PtLjMixing", """
                [Differentiable("x", "sigma", "eps")]
                public static double PtLjMixing(double[] x, double[] sigma, double[] eps)
                {
                    int n = sigma.Length;
                    double energy = 0;
                    for (int i = 0; i < n; i++)
                    {
                        for (int j = i + 1; j < n; j++)
                        {
                            double sij = 0.5 * (sigma[i] + sigma[j]);
                            double eij = Math.Sqrt(eps[i] * eps[j]);
                            double dx = x[3 * i] - x[3 * j], dy = x[3 * i + 1] - x[3 * j + 1], dz = x[3 * i + 2] - x[3 * j + 2];
                            double sr2 = sij * sij / (dx * dx + dy * dy + dz * dz);
                            double sr6 = sr2 * sr2 * sr2;
                            energy += 4 * eij * (sr6 * sr6 - sr6);
                        }
                    }

                    return energy;
                }
                """, (r, n) => new object[] { Lattice(r, n, 3), Vector(r, n, 0.8, 1.1), Vector(r, n, 0.3, 1.5) }),

            // Soft-core LJ for alchemical coupling: 4ελ(1/(α(1−λ) + (r/σ)⁶)² − 1/(...)), λ differentiated.
            new ArrayCase("PtSoftCoreLambda", """
                [Differentiable("x", "lambda")]
                public static double PtSoftCoreLambda(double[] x, double lambda)
                {
                    const double alpha = 0.5;
                    int n = x.Length / 3;
                    double energy = 0;
                    for (int i = 0; i < n; i++)
                    {
                        for (int j = i + 1; j < n; j++)
                        {
                            double dx = x[3 * i] - x[3 * j], dy = x[3 * i + 1] - x[3 * j + 1], dz = x[3 * i + 2] - x[3 * j + 2];
                            double r2 = dx * dx + dy * dy + dz * dz;
                            double denom = alpha * (1 - lambda) + r2 * r2 * r2;
                            energy += 4 * lambda * (1 / (denom * denom) - 1 / denom);
                        }
                    }

                    return energy;
                }
                """, (r, n) => new object[] { Lattice(r, n, 3, 0.9, 0.15), Uniform(r, 0.05, 0.95) }),

            // WCA: LJ cut at 2^(1/6) and shifted up by 1, so purely repulsive; the cutoff squared computed by Math.Pow.
            new ArrayCase("PtWca", """
                [Differentiable]
                public static double PtWca(double[] x)
                {
                    int n = x.Length / 3;
                    double rc2 = Math.Pow(2.0, 1.0 / 3.0);
                    double energy = 0;
                    for (int i = 0; i < n; i++)
                    {
                        for (int j = i + 1; j < n; j++)
                        {
                            double dx = x[3 * i] - x[3 * j], dy = x[3 * i + 1] - x[3 * j + 1], dz = x[3 * i + 2] - x[3 * j + 2];
                            double r2 = dx * dx + dy * dy + dz * dz;
                            if (r2 >= rc2) continue;
                            double ir6 = 1 / (r2 * r2 * r2);
                            energy += 4 * (ir6 * ir6 - ir6) + 1;
                        }
                    }

                    return energy;
                }
                """, (r, n) => new object[] { Lattice(r, n, 3, 1.05, 0.12) }) { Accept = Smooth("PtWca") },

            // Soft-sphere (harmonic) repulsion: ½k·max(0, d − r)² with d the sum of radii; the radii differentiated.
            new ArrayCase("PtSoftSphere", """
                [Differentiable("x", "radius")]
                public static double PtSoftSphere(double[] x, double[] radius, double k)
                {
                    int n = radius.Length;
                    double energy = 0;
                    for (int i = 0; i < n; i++)
                    {
                        for (int j = i + 1; j < n; j++)
                        {
                            double dx = x[3 * i] - x[3 * j], dy = x[3 * i + 1] - x[3 * j + 1], dz = x[3 * i + 2] - x[3 * j + 2];
                            double r = Math.Sqrt(dx * dx + dy * dy + dz * dz);
                            double overlap = Math.Max(0, radius[i] + radius[j] - r);
                            energy += 0.5 * k * overlap * overlap;
                        }
                    }

                    return energy;
                }
                """, (r, n) => new object[] { Lattice(r, n, 3), Vector(r, n, 0.5, 0.75), Uniform(r, 1, 10) }) { Accept = Smooth("PtSoftSphere") },

            // Hertzian contact: max(0, d − r)^2.5 by Math.Pow, the exponent a literal.
            new ArrayCase("PtHertz", """
                [Differentiable("x", "diameter")]
                public static double PtHertz(double[] x, double diameter)
                {
                    int n = x.Length / 3;
                    double energy = 0;
                    for (int i = 0; i < n; i++)
                    {
                        for (int j = i + 1; j < n; j++)
                        {
                            double dx = x[3 * i] - x[3 * j], dy = x[3 * i + 1] - x[3 * j + 1], dz = x[3 * i + 2] - x[3 * j + 2];
                            double r = Math.Sqrt(dx * dx + dy * dy + dz * dz);
                            energy += 0.4 * Math.Pow(Math.Max(0, 1 - r / diameter), 2.5);
                        }
                    }

                    return energy;
                }
                """, (r, n) => new object[] { Lattice(r, n, 3), Uniform(r, 1.1, 1.6) }) { Accept = Smooth("PtHertz") },

            // Gaussian overlap energy between two sets of blobs with widths: A·exp(−r²/(2(s_i² + s_j²))).
            new ArrayCase("PtGaussianOverlap", """
                [Differentiable("x", "width", "amplitude")]
                public static double PtGaussianOverlap(double[] x, double[] width, double amplitude)
                {
                    int n = width.Length;
                    double energy = 0;
                    for (int i = 0; i < n; i++)
                    {
                        for (int j = i + 1; j < n; j++)
                        {
                            double s2 = width[i] * width[i] + width[j] * width[j];
                            double r2 = 0;
                            for (int k = 0; k < 3; k++) r2 += (x[3 * i + k] - x[3 * j + k]) * (x[3 * i + k] - x[3 * j + k]);
                            energy += amplitude * Math.Pow(2 * Math.PI * s2, -1.5) * Math.Exp(-r2 / (2 * s2));
                        }
                    }

                    return energy;
                }
                """, (r, n) => new object[] { Lattice(r, n, 3), Vector(r, n, 0.4, 1.2), Uniform(r, 0.5, 2) }),

            // Gravitational N-body potential with Plummer softening, masses differentiated, G a const.
            new ArrayCase("PtGravity", """
                [Differentiable]
                public static double PtGravity(double[] x, double[] mass, double soft)
                {
                    const double G = 6.674e-11 * 1e10;
                    int n = mass.Length;
                    double energy = 0;
                    for (int i = 0; i < n; i++)
                    {
                        for (int j = i + 1; j < n; j++)
                        {
                            double dx = x[3 * j] - x[3 * i];
                            double dy = x[3 * j + 1] - x[3 * i + 1];
                            double dz = x[3 * j + 2] - x[3 * i + 2];
                            energy -= G * mass[i] * mass[j] / Math.Sqrt(dx * dx + dy * dy + dz * dz + soft * soft);
                        }
                    }

                    return energy;
                }
                """, (r, n) => new object[] { Lattice(r, n, 3), Vector(r, n, 0.5, 2), Uniform(r, 0.05, 0.3) }),

            // ---------------------------------------------------------------- bonded terms

            // Harmonic bonds over a bond list (int[] pairs), per-bond constants and rest lengths differentiated.
            new ArrayCase("PtHarmonicBonds", """
                [Differentiable("x", "k", "r0")]
                public static double PtHarmonicBonds(double[] x, int[] bi, int[] bj, double[] k, double[] r0)
                {
                    double energy = 0;
                    for (int b = 0; b < bi.Length; b++)
                    {
                        int i = 3 * bi[b], j = 3 * bj[b];
                        double dx = x[i] - x[j], dy = x[i + 1] - x[j + 1], dz = x[i + 2] - x[j + 2];
                        double dr = Math.Sqrt(dx * dx + dy * dy + dz * dz) - r0[b];
                        energy += 0.5 * k[b] * dr * dr;
                    }

                    return energy;
                }
                """, (r, n) => Bonds(r, n)),

            // A spring chain in 3-D: consecutive particles, one spring constant and rest length.
            new ArrayCase("PtSpringChain3D", """
                [Differentiable]
                public static double PtSpringChain3D(double[] x, double k, double rest)
                {
                    int n = x.Length / 3;
                    double energy = 0;
                    for (int i = 0; i + 1 < n; i++)
                    {
                        double d2 = 0;
                        for (int c = 0; c < 3; c++)
                        {
                            double d = x[3 * (i + 1) + c] - x[3 * i + c];
                            d2 += d * d;
                        }

                        double stretch = Math.Sqrt(d2) - rest;
                        energy += 0.5 * k * stretch * stretch;
                    }

                    return energy;
                }
                """, (r, n) => new object[] { Chain(r, n), Uniform(r, 1, 5), Uniform(r, 0.8, 1.2) }),

            // Harmonic angle terms of a chain: θ = acos(clamp(cos, −1, 1)) of consecutive bond vectors, k(θ − θ0)².
            new ArrayCase("PtAngleAcos", """
                [Differentiable("x", "theta0")]
                public static double PtAngleAcos(double[] x, double theta0, double k)
                {
                    int n = x.Length / 3;
                    double energy = 0;
                    for (int i = 1; i < n - 1; i++)
                    {
                        double ax = x[3 * (i - 1)] - x[3 * i], ay = x[3 * (i - 1) + 1] - x[3 * i + 1], az = x[3 * (i - 1) + 2] - x[3 * i + 2];
                        double bx = x[3 * (i + 1)] - x[3 * i], by = x[3 * (i + 1) + 1] - x[3 * i + 1], bz = x[3 * (i + 1) + 2] - x[3 * i + 2];
                        double dot = ax * bx + ay * by + az * bz;
                        double norms = Math.Sqrt((ax * ax + ay * ay + az * az) * (bx * bx + by * by + bz * bz));
                        double cosTheta = Math.Clamp(dot / norms, -1.0, 1.0);
                        double theta = Math.Acos(cosTheta);
                        energy += k * (theta - theta0) * (theta - theta0);
                    }

                    return energy;
                }
                """, (r, n) => new object[] { Chain(r, n + 2), Uniform(r, 1.7, 2.1), Uniform(r, 10, 60) }),

            // Angles over an int[] triple list, the clamp written with Max and Min, the cosine-harmonic form (cos θ − cos θ0)².
            new ArrayCase("PtAngleTriples", """
                [Differentiable("x")]
                public static double PtAngleTriples(double[] x, int[] triples, double cosTheta0)
                {
                    double energy = 0;
                    for (int t = 0; t + 2 < triples.Length; t += 3)
                    {
                        int a = 3 * triples[t], b = 3 * triples[t + 1], c = 3 * triples[t + 2];
                        double u0 = x[a] - x[b], u1 = x[a + 1] - x[b + 1], u2 = x[a + 2] - x[b + 2];
                        double v0 = x[c] - x[b], v1 = x[c + 1] - x[b + 1], v2 = x[c + 2] - x[b + 2];
                        double cs = (u0 * v0 + u1 * v1 + u2 * v2) / (Math.Sqrt(u0 * u0 + u1 * u1 + u2 * u2) * Math.Sqrt(v0 * v0 + v1 * v1 + v2 * v2));
                        cs = Math.Max(-1.0, Math.Min(1.0, cs));
                        double theta = Math.Acos(cs);
                        energy += 20 * (cs - cosTheta0) * (cs - cosTheta0) + 0.1 * theta;
                    }

                    return energy;
                }
                """, (r, n) => Triples(r, n)),

            // Proper dihedrals along a chain: φ = atan2(m1·n2, n1·n2) from cross products, E = k(1 + cos(mφ − δ)).
            new ArrayCase("PtDihedralAtan2", """
                [Differentiable("x", "k", "delta")]
                public static double PtDihedralAtan2(double[] x, double k, double delta)
                {
                    int n = x.Length / 3;
                    double energy = 0;
                    for (int i = 0; i + 3 < n; i++)
                    {
                        int p0 = 3 * i, p1 = 3 * (i + 1), p2 = 3 * (i + 2), p3 = 3 * (i + 3);
                        double b1x = x[p1] - x[p0], b1y = x[p1 + 1] - x[p0 + 1], b1z = x[p1 + 2] - x[p0 + 2];
                        double b2x = x[p2] - x[p1], b2y = x[p2 + 1] - x[p1 + 1], b2z = x[p2 + 2] - x[p1 + 2];
                        double b3x = x[p3] - x[p2], b3y = x[p3 + 1] - x[p2 + 1], b3z = x[p3 + 2] - x[p2 + 2];
                        double n1x = b1y * b2z - b1z * b2y, n1y = b1z * b2x - b1x * b2z, n1z = b1x * b2y - b1y * b2x;
                        double n2x = b2y * b3z - b2z * b3y, n2y = b2z * b3x - b2x * b3z, n2z = b2x * b3y - b2y * b3x;
                        double b2len = Math.Sqrt(b2x * b2x + b2y * b2y + b2z * b2z);
                        double m1x = (n1y * b2z - n1z * b2y) / b2len, m1y = (n1z * b2x - n1x * b2z) / b2len, m1z = (n1x * b2y - n1y * b2x) / b2len;
                        double phi = Math.Atan2(m1x * n2x + m1y * n2y + m1z * n2z, n1x * n2x + n1y * n2y + n1z * n2z);
                        energy += k * (1 + Math.Cos(3 * phi - delta));
                    }

                    return energy;
                }
                """, (r, n) => new object[] { Chain(r, n + 3), Uniform(r, 0.5, 2), Uniform(r, -1, 1) }),

            // The dihedral angle by a [Differentiable] helper taking 12 scalars, called per quadruple; a restraint (φ − φ0)²
            // whose points stay away from the ±π branch cut.
            new ArrayCase("PtDihedralRestraint", """
                [Differentiable]
                public static double PtDihedralAngle(double ax, double ay, double az, double bx, double by, double bz, double cx, double cy, double cz, double dx, double dy, double dz)
                {
                    double b1x = bx - ax, b1y = by - ay, b1z = bz - az;
                    double b2x = cx - bx, b2y = cy - by, b2z = cz - bz;
                    double b3x = dx - cx, b3y = dy - cy, b3z = dz - cz;
                    double n1x = b1y * b2z - b1z * b2y, n1y = b1z * b2x - b1x * b2z, n1z = b1x * b2y - b1y * b2x;
                    double n2x = b2y * b3z - b2z * b3y, n2y = b2z * b3x - b2x * b3z, n2z = b2x * b3y - b2y * b3x;
                    double b2len = Math.Sqrt(b2x * b2x + b2y * b2y + b2z * b2z);
                    double y = (b1x * n2x + b1y * n2y + b1z * n2z) * b2len;
                    double xx = n1x * n2x + n1y * n2y + n1z * n2z;
                    return Math.Atan2(y, xx);
                }

                [Differentiable("x")]
                public static double PtDihedralRestraint(double[] x, double phi0)
                {
                    double energy = 0;
                    for (int i = 0; 3 * (i + 3) + 2 < x.Length; i++)
                    {
                        int p = 3 * i;
                        double phi = PtDihedralAngle(x[p], x[p + 1], x[p + 2], x[p + 3], x[p + 4], x[p + 5], x[p + 6], x[p + 7], x[p + 8], x[p + 9], x[p + 10], x[p + 11]);
                        double d = phi - phi0;
                        energy += 5 * d * d;
                    }

                    return energy;
                }
                """, (r, n) => new object[] { Chain(r, n + 3), Uniform(r, -0.5, 0.5) }) { Accept = Smooth("PtDihedralRestraint") },

            // A small force field on one molecule: bonds, angles and a dihedral summed in three loops over the same chain.
            new ArrayCase("PtForceField", """
                [Differentiable("x", "kb", "ka", "kd")]
                public static double PtForceField(double[] x, double kb, double ka, double kd)
                {
                    int n = x.Length / 3;
                    double eb = 0, ea = 0, ed = 0;
                    for (int i = 0; i < n - 1; i++)
                    {
                        double dx = x[3 * i + 3] - x[3 * i], dy = x[3 * i + 4] - x[3 * i + 1], dz = x[3 * i + 5] - x[3 * i + 2];
                        double r = Math.Sqrt(dx * dx + dy * dy + dz * dz);
                        eb += kb * (r - 1) * (r - 1);
                    }

                    for (int i = 1; i < n - 1; i++)
                    {
                        double dot = 0, aa = 0, bb = 0;
                        for (int c = 0; c < 3; c++)
                        {
                            double a = x[3 * (i - 1) + c] - x[3 * i + c];
                            double b = x[3 * (i + 1) + c] - x[3 * i + c];
                            dot += a * b;
                            aa += a * a;
                            bb += b * b;
                        }

                        double theta = Math.Acos(dot / Math.Sqrt(aa * bb));
                        ea += ka * (theta - 1.91) * (theta - 1.91);
                    }

                    for (int i = 0; i < n - 3; i++)
                    {
                        double b1x = x[3 * i + 3] - x[3 * i], b1y = x[3 * i + 4] - x[3 * i + 1], b1z = x[3 * i + 5] - x[3 * i + 2];
                        double b2x = x[3 * i + 6] - x[3 * i + 3], b2y = x[3 * i + 7] - x[3 * i + 4], b2z = x[3 * i + 8] - x[3 * i + 5];
                        double b3x = x[3 * i + 9] - x[3 * i + 6], b3y = x[3 * i + 10] - x[3 * i + 7], b3z = x[3 * i + 11] - x[3 * i + 8];
                        double n1x = b1y * b2z - b1z * b2y, n1y = b1z * b2x - b1x * b2z, n1z = b1x * b2y - b1y * b2x;
                        double n2x = b2y * b3z - b2z * b3y, n2y = b2z * b3x - b2x * b3z, n2z = b2x * b3y - b2y * b3x;
                        double cosPhi = (n1x * n2x + n1y * n2y + n1z * n2z) / Math.Sqrt((n1x * n1x + n1y * n1y + n1z * n1z) * (n2x * n2x + n2y * n2y + n2z * n2z));
                        ed += kd * (1 + cosPhi);
                    }

                    return eb + ea + ed;
                }
                """, (r, n) => new object[] { Chain(r, n + 2), Uniform(r, 100, 300), Uniform(r, 20, 60), Uniform(r, 0.5, 3) }),

            // ---------------------------------------------------------------- periodic boundaries

            // Minimum image by Math.Round under Gradient.Stop: the image shift is piecewise constant, ∂/∂x through dx is 1, and
            // ∂/∂box is −round(dx/box) per component. A Gaussian-core pair energy.
            new ArrayCase("PtMinImageRoundStop", """
                [Differentiable]
                public static double PtMinImageRoundStop(double[] x, double box)
                {
                    int n = x.Length / 3;
                    double energy = 0;
                    for (int i = 0; i < n; i++)
                    {
                        for (int j = i + 1; j < n; j++)
                        {
                            double r2 = 0;
                            for (int k = 0; k < 3; k++)
                            {
                                double d = x[3 * i + k] - x[3 * j + k];
                                d -= box * Gradient.Stop(Math.Round(d / box));
                                r2 += d * d;
                            }

                            energy += Math.Exp(-r2);
                        }
                    }

                    return energy;
                }
                """, (r, n) => new object[] { Vector(r, 3 * n, 0, 3), 3.0 }) { Accept = Smooth("PtMinImageRoundStop") },

            // Minimum image by wrapping whiles: while (d > half) d -= box; branches on differentiated values.
            new ArrayCase("PtMinImageWhile", """
                [Differentiable]
                public static double PtMinImageWhile(double[] x, double box)
                {
                    int n = x.Length / 2;
                    double half = 0.5 * box;
                    double energy = 0;
                    for (int i = 0; i < n; i++)
                    {
                        for (int j = i + 1; j < n; j++)
                        {
                            double dx = x[2 * j] - x[2 * i];
                            double dy = x[2 * j + 1] - x[2 * i + 1];
                            while (dx > half) dx -= box;
                            while (dx < -half) dx += box;
                            while (dy > half) dy -= box;
                            while (dy < -half) dy += box;
                            double r2 = dx * dx + dy * dy;
                            energy += 1 / (1 + r2);
                        }
                    }

                    return energy;
                }
                """, (r, n) => new object[] { Vector(r, 2 * n, -1, 7), 3.0 }) { Accept = Smooth("PtMinImageWhile") },

            // Minimum image by a nested ternary, coordinates wrapped into the box first with Math.Floor under Gradient.Stop.
            new ArrayCase("PtMinImageTernary", """
                [Differentiable("x")]
                public static double PtMinImageTernary(double[] x, double box)
                {
                    int n = x.Length / 3;
                    double[] w = new double[x.Length];
                    for (int m = 0; m < x.Length; m++) w[m] = x[m] - box * Gradient.Stop(Math.Floor(x[m] / box));
                    double energy = 0;
                    for (int i = 0; i < n; i++)
                    {
                        for (int j = i + 1; j < n; j++)
                        {
                            double r2 = 0;
                            for (int k = 0; k < 3; k++)
                            {
                                double d = w[3 * i + k] - w[3 * j + k];
                                d = d > 0.5 * box ? d - box : d < -0.5 * box ? d + box : d;
                                r2 += d * d;
                            }

                            double ir6 = 1 / (r2 * r2 * r2);
                            energy += r2 < 2.25 ? 4 * (ir6 * ir6 - ir6) : 0;
                        }
                    }

                    return energy;
                }
                """, (r, n) => new object[] { Lattice(r, n, 3, 1.1, 0.1).Select(v => v + (r.Next(2) == 0 ? 0 : 4.4)).ToArray(), 4.4 }) { Accept = Smooth("PtMinImageTernary") },

            // A periodic ring of springs in 1-D: the last particle bonded to the first across the box, image by Stop(Round).
            new ArrayCase("PtPeriodicRing", """
                [Differentiable]
                public static double PtPeriodicRing(double[] x, double k, double box)
                {
                    int n = x.Length;
                    double energy = 0;
                    for (int i = 0; i < n; i++)
                    {
                        int j = (i + 1) % n;
                        double d = x[j] - x[i];
                        d -= box * Gradient.Stop(Math.Round(d / box));
                        energy += 0.5 * k * (d - box / n) * (d - box / n);
                    }

                    return energy;
                }
                """, (r, n) => new object[] { Enumerable.Range(0, n).Select(i => (i * 6.0 / Math.Max(n, 1)) + Uniform(r, -0.2, 0.2)).ToArray(), Uniform(r, 1, 3), 6.0 })
                { Sizes = ArrayCase.NonEmpty, Accept = Smooth("PtPeriodicRing") },

            // Ewald-like reciprocal sum in a cubic box: Σ_k exp(−k²/4α²)/k² |S(k)|², S(k) = Σ q e^{ik·r} as cos and sin sums;
            // k = 0 skipped by a continue before the structure factor's loop: DIFF015.
            new ArrayCase("PtEwaldReciprocal", """
                [Differentiable("x", "q", "alpha")]
                public static double PtEwaldReciprocal(double[] x, double[] q, double alpha, double box)
                {
                    int n = q.Length;
                    double energy = 0;
                    for (int kx = -2; kx <= 2; kx++)
                    {
                        for (int ky = -2; ky <= 2; ky++)
                        {
                            for (int kz = 0; kz <= 2; kz++)
                            {
                                if (kx == 0 && ky == 0 && kz == 0) continue;
                                double gx = 2 * Math.PI * kx / box, gy = 2 * Math.PI * ky / box, gz = 2 * Math.PI * kz / box;
                                double g2 = gx * gx + gy * gy + gz * gz;
                                double re = 0, im = 0;
                                for (int i = 0; i < n; i++)
                                {
                                    double phase = gx * x[3 * i] + gy * x[3 * i + 1] + gz * x[3 * i + 2];
                                    re += q[i] * Math.Cos(phase);
                                    im += q[i] * Math.Sin(phase);
                                }

                                energy += Math.Exp(-g2 / (4 * alpha * alpha)) / g2 * (re * re + im * im);
                            }
                        }
                    }

                    return 2 * Math.PI / (box * box * box) * energy;
                }
                """, (r, n) => new object[] { Vector(r, 3 * n, 0, 4), Vector(r, n, -1, 1), Uniform(r, 0.5, 1.5), 4.0 }),

            // The reciprocal sum with the structure factor's loop before the k = 0 test, as the DIFF015 above advises.
            new ArrayCase("PtEwaldReciprocalLoopFirst", """
                [Differentiable("x", "q", "alpha")]
                public static double PtEwaldReciprocalLoopFirst(double[] x, double[] q, double alpha, double box)
                {
                    int n = q.Length;
                    double energy = 0;
                    for (int kx = -2; kx <= 2; kx++)
                    {
                        for (int ky = -2; ky <= 2; ky++)
                        {
                            for (int kz = 0; kz <= 2; kz++)
                            {
                                double gx = 2 * Math.PI * kx / box, gy = 2 * Math.PI * ky / box, gz = 2 * Math.PI * kz / box;
                                double re = 0, im = 0;
                                for (int i = 0; i < n; i++)
                                {
                                    double phase = gx * x[3 * i] + gy * x[3 * i + 1] + gz * x[3 * i + 2];
                                    re += q[i] * Math.Cos(phase);
                                    im += q[i] * Math.Sin(phase);
                                }

                                if (kx == 0 && ky == 0 && kz == 0) continue;
                                double g2 = gx * gx + gy * gy + gz * gz;
                                energy += Math.Exp(-g2 / (4 * alpha * alpha)) / g2 * (re * re + im * im);
                            }
                        }
                    }

                    return 2 * Math.PI / (box * box * box) * energy;
                }
                """, (r, n) => new object[] { Vector(r, 3 * n, 0, 4), Vector(r, n, -1, 1), Uniform(r, 0.5, 1.5), 4.0 }),

            // Ewald self and real-space terms with erfc by the Abramowitz–Stegun 7.1.26 polynomial, in a [Differentiable] helper.
            new ArrayCase("PtEwaldRealSpace", """
                [Differentiable]
                public static double PtErfc(double z)
                {
                    double t = 1 / (1 + 0.3275911 * z);
                    double poly = t * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429))));
                    return poly * Math.Exp(-z * z);
                }

                [Differentiable("x", "q", "alpha")]
                public static double PtEwaldRealSpace(double[] x, double[] q, double alpha)
                {
                    int n = q.Length;
                    double real = 0, self = 0;
                    for (int i = 0; i < n; i++)
                    {
                        self += q[i] * q[i];
                        for (int j = i + 1; j < n; j++)
                        {
                            double dx = x[3 * i] - x[3 * j], dy = x[3 * i + 1] - x[3 * j + 1], dz = x[3 * i + 2] - x[3 * j + 2];
                            double r = Math.Sqrt(dx * dx + dy * dy + dz * dz);
                            real += q[i] * q[j] * PtErfc(alpha * r) / r;
                        }
                    }

                    return real - alpha / Math.Sqrt(Math.PI) * self;
                }
                """, (r, n) => new object[] { Lattice(r, n, 3), Vector(r, n, -1, 1), Uniform(r, 0.3, 1.2) }),

            // ---------------------------------------------------------------- observables

            // Kinetic energy, flat velocities and per-particle masses.
            new ArrayCase("PtKineticEnergy", """
                [Differentiable]
                public static double PtKineticEnergy(double[] v, double[] mass)
                {
                    double ke = 0;
                    for (int i = 0; i < mass.Length; i++)
                    {
                        double v2 = 0;
                        for (int k = 0; k < 3; k++) v2 += v[3 * i + k] * v[3 * i + k];
                        ke += 0.5 * mass[i] * v2;
                    }

                    return ke;
                }
                """, (r, n) => new object[] { Vector(r, 3 * n), Vector(r, n, 0.5, 3) }),

            // Kinetic energy in the centre-of-mass frame: the centre-of-mass velocity in a local array, then subtracted.
            new ArrayCase("PtKineticComFrame", """
                [Differentiable]
                public static double PtKineticComFrame(double[] v, double[] mass)
                {
                    int n = mass.Length;
                    double[] vcm = new double[3];
                    double total = 0;
                    for (int i = 0; i < n; i++)
                    {
                        total += mass[i];
                        for (int k = 0; k < 3; k++) vcm[k] += mass[i] * v[3 * i + k];
                    }

                    for (int k = 0; k < 3; k++) vcm[k] /= total;
                    double ke = 0;
                    for (int i = 0; i < n; i++)
                    {
                        for (int k = 0; k < 3; k++)
                        {
                            double u = v[3 * i + k] - vcm[k];
                            ke += 0.5 * mass[i] * u * u;
                        }
                    }

                    return ke;
                }
                """, (r, n) => new object[] { Vector(r, 3 * n), Vector(r, n, 0.5, 3) }) { Sizes = ArrayCase.NonEmpty },

            // Instantaneous temperature from the kinetic energy with 3N − 3 degrees of freedom (an integer count in a double).
            new ArrayCase("PtTemperature", """
                [Differentiable("v")]
                public static double PtTemperature(double[] v, double mass)
                {
                    int n = v.Length / 3;
                    double sum = 0;
                    foreach (double c in v) sum += c * c;
                    int dof = 3 * n - 3;
                    return mass * sum / dof;
                }
                """, (r, n) => new object[] { Vector(r, 3 * (n + 2)), Uniform(r, 0.5, 2) }),

            // Radius of gyration: the centre of mass per axis, then the mean squared distance, its square root.
            new ArrayCase("PtRadiusOfGyration", """
                [Differentiable]
                public static double PtRadiusOfGyration(double[] x)
                {
                    int n = x.Length / 3;
                    double cx = 0, cy = 0, cz = 0;
                    for (int i = 0; i < n; i++)
                    {
                        cx += x[3 * i];
                        cy += x[3 * i + 1];
                        cz += x[3 * i + 2];
                    }

                    cx /= n;
                    cy /= n;
                    cz /= n;
                    double s = 0;
                    for (int i = 0; i < n; i++)
                    {
                        double dx = x[3 * i] - cx, dy = x[3 * i + 1] - cy, dz = x[3 * i + 2] - cz;
                        s += dx * dx + dy * dy + dz * dz;
                    }

                    return Math.Sqrt(s / n);
                }
                """, (r, n) => new object[] { Lattice(r, n + 2, 3) }),

            // The pair virial W = Σ r·F for LJ, the force magnitude along r written out by hand.
            new ArrayCase("PtLjVirial", """
                [Differentiable]
                public static double PtLjVirial(double[] x, double epsilon)
                {
                    int n = x.Length / 3;
                    double w = 0;
                    for (int i = 0; i < n; i++)
                    {
                        for (int j = i + 1; j < n; j++)
                        {
                            double dx = x[3 * i] - x[3 * j], dy = x[3 * i + 1] - x[3 * j + 1], dz = x[3 * i + 2] - x[3 * j + 2];
                            double ir2 = 1 / (dx * dx + dy * dy + dz * dz);
                            double ir6 = ir2 * ir2 * ir2;
                            double fOverR = 24 * epsilon * ir2 * (2 * ir6 * ir6 - ir6);
                            w += fOverR * (dx * dx + dy * dy + dz * dz);
                        }
                    }

                    return w / 3;
                }
                """, (r, n) => new object[] { Lattice(r, n, 3), Uniform(r, 0.5, 1.5) }),

            // Force matching: LJ forces into a local array (f[i] += , f[j] −= in the pair loop), a squared loss against targets.
            new ArrayCase("PtForceMatching", """
                [Differentiable("epsilon", "sigma")]
                public static double PtForceMatching(double[] x, double[] target, double epsilon, double sigma)
                {
                    int n = x.Length / 3;
                    double[] f = new double[x.Length];
                    for (int i = 0; i < n; i++)
                    {
                        for (int j = i + 1; j < n; j++)
                        {
                            double dx = x[3 * i] - x[3 * j], dy = x[3 * i + 1] - x[3 * j + 1], dz = x[3 * i + 2] - x[3 * j + 2];
                            double ir2 = 1 / (dx * dx + dy * dy + dz * dz);
                            double sr6 = Math.Pow(sigma * sigma * ir2, 3);
                            double fr = 24 * epsilon * ir2 * (2 * sr6 * sr6 - sr6);
                            f[3 * i] += fr * dx;
                            f[3 * i + 1] += fr * dy;
                            f[3 * i + 2] += fr * dz;
                            f[3 * j] -= fr * dx;
                            f[3 * j + 1] -= fr * dy;
                            f[3 * j + 2] -= fr * dz;
                        }
                    }

                    double loss = 0;
                    for (int m = 0; m < f.Length; m++) loss += (f[m] - target[m]) * (f[m] - target[m]);
                    return loss;
                }
                """, (r, n) => { double[] x = Lattice(r, n, 3); return new object[] { x, Vector(r, x.Length, -3, 3), Uniform(r, 0.5, 1.5), Uniform(r, 0.85, 1.05) }; }),

            // The largest force component on any atom, by a running Math.Max over |f| from a harmonic chain's forces.
            new ArrayCase("PtMaxForce", """
                [Differentiable]
                public static double PtMaxForce(double[] x, double k)
                {
                    int n = x.Length;
                    double[] f = new double[n];
                    for (int i = 0; i + 1 < n; i++)
                    {
                        double s = k * (x[i + 1] - x[i] - 1);
                        f[i] += s;
                        f[i + 1] -= s;
                    }

                    double fmax = 0;
                    for (int i = 0; i < n; i++) fmax = Math.Max(fmax, Math.Abs(f[i]));
                    return fmax;
                }
                """, (r, n) => new object[] { Enumerable.Range(0, n).Select(i => i * 1.0 + Uniform(r, -0.3, 0.3)).ToArray(), Uniform(r, 1, 3) }) { Sizes = ArrayCase.NonEmpty, Accept = Smooth("PtMaxForce") },

            // A Gaussian-smeared radial distribution histogram against a target: bins as integer loops, r by a sqrt.
            new ArrayCase("PtRdfLoss", """
                [Differentiable("x")]
                public static double PtRdfLoss(double[] x, double[] target, double width)
                {
                    int n = x.Length / 3;
                    int bins = target.Length;
                    double[] g = new double[bins];
                    for (int i = 0; i < n; i++)
                    {
                        for (int j = i + 1; j < n; j++)
                        {
                            double dx = x[3 * i] - x[3 * j], dy = x[3 * i + 1] - x[3 * j + 1], dz = x[3 * i + 2] - x[3 * j + 2];
                            double r = Math.Sqrt(dx * dx + dy * dy + dz * dz);
                            for (int b = 0; b < bins; b++)
                            {
                                double center = 0.25 * (b + 0.5);
                                double z = (r - center) / width;
                                g[b] += Math.Exp(-0.5 * z * z) / (r * r);
                            }
                        }
                    }

                    double loss = 0;
                    for (int b = 0; b < bins; b++) loss += (g[b] - target[b]) * (g[b] - target[b]);
                    return loss;
                }
                """, (r, n) => new object[] { Lattice(r, n, 3), Vector(r, 12, 0, 1), Uniform(r, 0.1, 0.3) }),

            // ---------------------------------------------------------------- dynamics

            // Velocity Verlet for a harmonic chain (1-D): positions, velocities and forces in local arrays updated in place,
            // the total energy after the steps, w.r.t. the initial positions and the spring constant.
            new ArrayCase("PtVerletChain", """
                [Differentiable("x0", "k")]
                public static double PtVerletChain(double[] x0, double k, double dt)
                {
                    int n = x0.Length;
                    double[] x = new double[n];
                    double[] v = new double[n];
                    double[] f = new double[n];
                    for (int i = 0; i < n; i++) x[i] = x0[i];
                    for (int i = 0; i + 1 < n; i++)
                    {
                        double s = k * (x[i + 1] - x[i] - 1);
                        f[i] += s;
                        f[i + 1] -= s;
                    }

                    for (int step = 0; step < 10; step++)
                    {
                        for (int i = 0; i < n; i++)
                        {
                            v[i] += 0.5 * dt * f[i];
                            x[i] += dt * v[i];
                        }

                        for (int i = 0; i < n; i++) f[i] = 0;
                        for (int i = 0; i + 1 < n; i++)
                        {
                            double s = k * (x[i + 1] - x[i] - 1);
                            f[i] += s;
                            f[i + 1] -= s;
                        }

                        for (int i = 0; i < n; i++) v[i] += 0.5 * dt * f[i];
                    }

                    double energy = 0;
                    for (int i = 0; i < n; i++) energy += 0.5 * v[i] * v[i];
                    for (int i = 0; i + 1 < n; i++) energy += 0.5 * k * (x[i + 1] - x[i] - 1) * (x[i + 1] - x[i] - 1);
                    return energy + x[0];
                }
                """, (r, n) => new object[] { Enumerable.Range(0, n).Select(i => i * 1.0 + Uniform(r, -0.3, 0.3)).ToArray(), Uniform(r, 1, 4), 0.05 }) { Sizes = ArrayCase.NonEmpty },

            // Velocity Verlet for a small 2-D LJ cluster: the pair forces recomputed each step by a double loop into f,
            // the potential energy after the steps w.r.t. the initial positions and ε.
            new ArrayCase("PtVerletLjCluster", """
                [Differentiable("x0", "epsilon")]
                public static double PtVerletLjCluster(double[] x0, double epsilon)
                {
                    int n = x0.Length / 2;
                    const double dt = 0.002;
                    double[] x = new double[2 * n];
                    double[] v = new double[2 * n];
                    double[] f = new double[2 * n];
                    for (int m = 0; m < 2 * n; m++) x[m] = x0[m];
                    for (int step = 0; step < 6; step++)
                    {
                        for (int m = 0; m < 2 * n; m++) f[m] = 0;
                        for (int i = 0; i < n; i++)
                        {
                            for (int j = i + 1; j < n; j++)
                            {
                                double dx = x[2 * i] - x[2 * j], dy = x[2 * i + 1] - x[2 * j + 1];
                                double ir2 = 1 / (dx * dx + dy * dy);
                                double ir6 = ir2 * ir2 * ir2;
                                double fr = 24 * epsilon * ir2 * (2 * ir6 * ir6 - ir6);
                                f[2 * i] += fr * dx;
                                f[2 * i + 1] += fr * dy;
                                f[2 * j] -= fr * dx;
                                f[2 * j + 1] -= fr * dy;
                            }
                        }

                        for (int m = 0; m < 2 * n; m++)
                        {
                            v[m] += dt * f[m];
                            x[m] += dt * v[m];
                        }
                    }

                    double energy = 0;
                    for (int i = 0; i < n; i++)
                    {
                        for (int j = i + 1; j < n; j++)
                        {
                            double dx = x[2 * i] - x[2 * j], dy = x[2 * i + 1] - x[2 * j + 1];
                            double ir2 = 1 / (dx * dx + dy * dy);
                            double ir6 = ir2 * ir2 * ir2;
                            energy += 4 * epsilon * (ir6 * ir6 - ir6);
                        }
                    }

                    return energy;
                }
                """, (r, n) => new object[] { Lattice(r, n, 2, 1.15, 0.08), Uniform(r, 0.5, 1.5) }),

            // Leapfrog for a softened 2-D gravitational N-body problem; the final positions' spread, w.r.t. masses. The positions
            // copied by x0.Clone() (DIFF015 before the eighteenth session, read as a copy loop now); PtLeapfrogNBodyCopy copies
            // them into a new array.
            new ArrayCase("PtLeapfrogNBody", """
                [Differentiable("mass", "v0")]
                public static double PtLeapfrogNBody(double[] x0, double[] v0, double[] mass)
                {
                    int n = mass.Length;
                    double[] x = (double[])x0.Clone();
                    double[] v = new double[2 * n];
                    for (int m = 0; m < 2 * n; m++) v[m] = v0[m];
                    for (int step = 0; step < 8; step++)
                    {
                        for (int i = 0; i < n; i++)
                        {
                            double ax = 0, ay = 0;
                            for (int j = 0; j < n; j++)
                            {
                                if (j == i) continue;
                                double dx = x[2 * j] - x[2 * i], dy = x[2 * j + 1] - x[2 * i + 1];
                                double d2 = dx * dx + dy * dy + 0.01;
                                double inv3 = 1 / (d2 * Math.Sqrt(d2));
                                ax += mass[j] * dx * inv3;
                                ay += mass[j] * dy * inv3;
                            }

                            v[2 * i] += 0.01 * ax;
                            v[2 * i + 1] += 0.01 * ay;
                        }

                        for (int m = 0; m < 2 * n; m++) x[m] += 0.01 * v[m];
                    }

                    double s = 0;
                    for (int m = 0; m < 2 * n; m++) s += x[m] * x[m];
                    return s;
                }
                """, (r, n) => new object[] { Lattice(r, n, 2), Vector(r, 2 * n, -1, 1), Vector(r, n, 0.5, 2) }),

            // The leapfrog with the positions copied into a new array, as the DIFF015 above advises.
            new ArrayCase("PtLeapfrogNBodyCopy", """
                [Differentiable("mass", "v0")]
                public static double PtLeapfrogNBodyCopy(double[] x0, double[] v0, double[] mass)
                {
                    int n = mass.Length;
                    double[] x = new double[2 * n];
                    for (int m = 0; m < 2 * n; m++) x[m] = x0[m];
                    double[] v = new double[2 * n];
                    for (int m = 0; m < 2 * n; m++) v[m] = v0[m];
                    for (int step = 0; step < 8; step++)
                    {
                        for (int i = 0; i < n; i++)
                        {
                            double ax = 0, ay = 0;
                            for (int j = 0; j < n; j++)
                            {
                                if (j == i) continue;
                                double dx = x[2 * j] - x[2 * i], dy = x[2 * j + 1] - x[2 * i + 1];
                                double d2 = dx * dx + dy * dy + 0.01;
                                double inv3 = 1 / (d2 * Math.Sqrt(d2));
                                ax += mass[j] * dx * inv3;
                                ay += mass[j] * dy * inv3;
                            }

                            v[2 * i] += 0.01 * ax;
                            v[2 * i + 1] += 0.01 * ay;
                        }

                        for (int m = 0; m < 2 * n; m++) x[m] += 0.01 * v[m];
                    }

                    double s = 0;
                    for (int m = 0; m < 2 * n; m++) s += x[m] * x[m];
                    return s;
                }
                """, (r, n) => new object[] { Lattice(r, n, 2), Vector(r, 2 * n, -1, 1), Vector(r, n, 0.5, 2) }),

            // Langevin (Euler–Maruyama) in a double well with given noise: friction γ and temperature differentiated.
            new ArrayCase("PtLangevinDoubleWell", """
                [Differentiable("gamma", "temperature", "x0")]
                public static double PtLangevinDoubleWell(double x0, double gamma, double temperature, double[] noise)
                {
                    double x = x0, v = 0;
                    const double dt = 0.01;
                    double sigma = Math.Sqrt(2 * gamma * temperature * dt);
                    for (int t = 0; t < noise.Length; t++)
                    {
                        double force = -4 * x * (x * x - 1);
                        v += dt * (force - gamma * v) + sigma * noise[t];
                        x += dt * v;
                    }

                    return x * x + 0.5 * v * v;
                }
                """, (r, n) => new object[] { Uniform(r, -1.5, 1.5), Uniform(r, 0.1, 2), Uniform(r, 0.1, 1), Vector(r, 4 * n, -2, 2) }),

            // Steepest descent on a 1-D Morse chain: positions in a local array moved by −step·∇E (the gradient by hand,
            // computed into a second local array each iteration), then the energy.
            new ArrayCase("PtSteepestDescent", """
                [Differentiable("x0", "alpha")]
                public static double PtSteepestDescent(double[] x0, double alpha, double step)
                {
                    int n = x0.Length;
                    double[] x = new double[n];
                    double[] g = new double[n];
                    for (int i = 0; i < n; i++) x[i] = x0[i];
                    for (int it = 0; it < 5; it++)
                    {
                        for (int i = 0; i < n; i++) g[i] = 0;
                        for (int i = 0; i + 1 < n; i++)
                        {
                            double e = Math.Exp(-alpha * (x[i + 1] - x[i] - 1));
                            double dEdr = 2 * alpha * (e - e * e);
                            g[i + 1] += dEdr;
                            g[i] -= dEdr;
                        }

                        for (int i = 0; i < n; i++) x[i] -= step * g[i];
                    }

                    double energy = 0;
                    for (int i = 0; i + 1 < n; i++)
                    {
                        double e = Math.Exp(-alpha * (x[i + 1] - x[i] - 1));
                        energy += (1 - e) * (1 - e);
                    }

                    return energy + 0.01 * x[n - 1];
                }
                """, (r, n) => new object[] { Enumerable.Range(0, n).Select(i => i * 1.0 + Uniform(r, -0.3, 0.3)).ToArray(), Uniform(r, 0.8, 1.6), 0.05 }) { Sizes = ArrayCase.NonEmpty },

            // SHAKE-like bond constraints on a 1-D chain: each pass moves both ends of every bond by half the error, reading
            // and writing the same local array in the same iteration.
            new ArrayCase("PtShakeChain", """
                [Differentiable]
                public static double PtShakeChain(double[] x0, double length)
                {
                    int n = x0.Length;
                    double[] x = new double[n];
                    for (int i = 0; i < n; i++) x[i] = x0[i];
                    for (int pass = 0; pass < 4; pass++)
                    {
                        for (int i = 0; i + 1 < n; i++)
                        {
                            double error = x[i + 1] - x[i] - length;
                            x[i] += 0.5 * error;
                            x[i + 1] -= 0.5 * error;
                        }
                    }

                    double s = 0;
                    for (int i = 0; i < n; i++) s += x[i] * x[i] * (i + 1);
                    return s;
                }
                """, (r, n) => new object[] { Enumerable.Range(0, n).Select(i => i * 1.0 + Uniform(r, -0.3, 0.3)).ToArray(), Uniform(r, 0.8, 1.2) }),

            // Velocity Verlet in a harmonic trap, kinetic energy after the steps w.r.t. the initial velocities and ω.
            new ArrayCase("PtVerletTrapKinetic", """
                [Differentiable("v0", "omega")]
                public static double PtVerletTrapKinetic(double[] x0, double[] v0, double omega)
                {
                    int n = x0.Length;
                    double[] x = new double[n];
                    double[] v = new double[n];
                    for (int i = 0; i < n; i++)
                    {
                        x[i] = x0[i];
                        v[i] = v0[i];
                    }

                    double w2 = omega * omega;
                    const double dt = 0.1;
                    for (int step = 0; step < 20; step++)
                    {
                        for (int i = 0; i < n; i++)
                        {
                            double a = -w2 * x[i];
                            x[i] += dt * v[i] + 0.5 * dt * dt * a;
                            double aNew = -w2 * x[i];
                            v[i] += 0.5 * dt * (a + aNew);
                        }
                    }

                    double ke = 0;
                    for (int i = 0; i < n; i++) ke += 0.5 * v[i] * v[i];
                    return ke;
                }
                """, (r, n) => new object[] { Vector(r, n), Vector(r, n), Uniform(r, 0.5, 2) }),

            // A 1-D chain with soft-sphere contacts integrated with symplectic Euler, contacts by Math.Max(0, r0 − r).
            new ArrayCase("PtGranularChain", """
                [Differentiable("v0", "k")]
                public static double PtGranularChain(double[] x0, double[] v0, double k)
                {
                    int n = x0.Length;
                    double[] x = new double[n];
                    double[] v = new double[n];
                    for (int i = 0; i < n; i++) { x[i] = x0[i]; v[i] = v0[i]; }
                    for (int step = 0; step < 15; step++)
                    {
                        for (int i = 0; i + 1 < n; i++)
                        {
                            double overlap = Math.Max(0, 1.0 - (x[i + 1] - x[i]));
                            double force = k * overlap;
                            v[i] -= 0.02 * force;
                            v[i + 1] += 0.02 * force;
                        }

                        for (int i = 0; i < n; i++) x[i] += 0.02 * v[i];
                    }

                    double ke = 0;
                    for (int i = 0; i < n; i++) ke += v[i] * v[i] + 0.1 * x[i];
                    return ke;
                }
                """, (r, n) => new object[] { Enumerable.Range(0, n).Select(i => i * 0.97 + Uniform(r, -0.02, 0.02)).ToArray(), Vector(r, n, -1, 1), Uniform(r, 5, 20) }) { Accept = Smooth("PtGranularChain") },

            // The energy of an LJ dimer after Verlet steps, the force-field parameters the only inputs differentiated.
            new ArrayCase("PtDimerAfterSteps", """
                [Differentiable("epsilon", "sigma")]
                public static double PtDimerAfterSteps(double r0, double epsilon, double sigma)
                {
                    double r = r0, v = 0;
                    const double dt = 0.005;
                    double s6 = Math.Pow(sigma, 6);
                    double a = 24 * epsilon * (2 * s6 * s6 / Math.Pow(r, 13) - s6 / Math.Pow(r, 7));
                    for (int step = 0; step < 50; step++)
                    {
                        v += 0.5 * dt * a;
                        r += dt * v;
                        a = 24 * epsilon * (2 * s6 * s6 / Math.Pow(r, 13) - s6 / Math.Pow(r, 7));
                        v += 0.5 * dt * a;
                    }

                    double sr6 = s6 / Math.Pow(r, 6);
                    return 4 * epsilon * (sr6 * sr6 - sr6) + 0.5 * v * v;
                }
                """, (r, n) => new object[] { Uniform(r, 1.0, 1.3), Uniform(r, 0.5, 1.5), Uniform(r, 0.9, 1.05) }) { Sizes = ArrayCase.Scalar },

            // ---------------------------------------------------------------- shapes simulation codes use

            // A three-body Stillinger–Weber-like term: a triple loop, the j-k angle term only for pairs within the cutoff;
            // the cutoff tested with continue before the inner loop.
            new ArrayCase("PtThreeBodyContinue", """
                [Differentiable("x")]
                public static double PtThreeBodyContinue(double[] x, double lambda)
                {
                    int n = x.Length / 3;
                    double energy = 0;
                    for (int i = 0; i < n; i++)
                    {
                        for (int j = 0; j < n; j++)
                        {
                            if (j == i) continue;
                            double ax = x[3 * j] - x[3 * i], ay = x[3 * j + 1] - x[3 * i + 1], az = x[3 * j + 2] - x[3 * i + 2];
                            double rij = Math.Sqrt(ax * ax + ay * ay + az * az);
                            if (rij >= 1.8) continue;
                            for (int k = j + 1; k < n; k++)
                            {
                                if (k == i) continue;
                                double bx = x[3 * k] - x[3 * i], by = x[3 * k + 1] - x[3 * i + 1], bz = x[3 * k + 2] - x[3 * i + 2];
                                double rik = Math.Sqrt(bx * bx + by * by + bz * bz);
                                double c = (ax * bx + ay * by + az * bz) / (rij * rik) + 1.0 / 3.0;
                                energy += rik < 1.8 ? lambda * c * c * Math.Exp(1.2 / (rij - 1.8) + 1.2 / (rik - 1.8)) : 0;
                            }
                        }
                    }

                    return energy;
                }
                """, (r, n) => new object[] { Lattice(r, n, 3), Uniform(r, 5, 25) }) { Accept = Smooth("PtThreeBodyContinue") },

            // The same three-body term with the cutoff folded into the inner loop's test, as DIFF015 for the one above advises.
            new ArrayCase("PtThreeBodyFolded", """
                [Differentiable("x")]
                public static double PtThreeBodyFolded(double[] x, double lambda)
                {
                    int n = x.Length / 3;
                    double energy = 0;
                    for (int i = 0; i < n; i++)
                    {
                        for (int j = 0; j < n; j++)
                        {
                            double ax = x[3 * j] - x[3 * i], ay = x[3 * j + 1] - x[3 * i + 1], az = x[3 * j + 2] - x[3 * i + 2];
                            double rij = Math.Sqrt(ax * ax + ay * ay + az * az + (j == i ? 100.0 : 0.0));
                            for (int k = j + 1; k < n; k++)
                            {
                                double bx = x[3 * k] - x[3 * i], by = x[3 * k + 1] - x[3 * i + 1], bz = x[3 * k + 2] - x[3 * i + 2];
                                double rik = Math.Sqrt(bx * bx + by * by + bz * bz + (k == i ? 100.0 : 0.0));
                                double c = (ax * bx + ay * by + az * bz) / (rij * rik) + 1.0 / 3.0;
                                energy += rij < 1.8 && rik < 1.8 ? lambda * c * c * Math.Exp(1.2 / (rij - 1.8) + 1.2 / (rik - 1.8)) : 0;
                            }
                        }
                    }

                    return energy;
                }
                """, (r, n) => new object[] { Lattice(r, n, 3), Uniform(r, 5, 25) }) { Accept = Smooth("PtThreeBodyFolded") },

            // Embedded-atom (EAM-like) energy: a density per atom accumulated over pairs into a local array, then an
            // embedding function −√ρ.
            new ArrayCase("PtEmbeddedAtom", """
                [Differentiable("x", "beta")]
                public static double PtEmbeddedAtom(double[] x, double beta)
                {
                    int n = x.Length / 3;
                    double[] rho = new double[n];
                    double pair = 0;
                    for (int i = 0; i < n; i++)
                    {
                        for (int j = i + 1; j < n; j++)
                        {
                            double dx = x[3 * i] - x[3 * j], dy = x[3 * i + 1] - x[3 * j + 1], dz = x[3 * i + 2] - x[3 * j + 2];
                            double r = Math.Sqrt(dx * dx + dy * dy + dz * dz);
                            double phi = Math.Exp(-beta * (r - 1));
                            rho[i] += phi;
                            rho[j] += phi;
                            pair += 0.5 * phi * phi;
                        }
                    }

                    double embed = 0;
                    for (int i = 0; i < n; i++) embed -= Math.Sqrt(rho[i] + 1e-3);
                    return pair + embed;
                }
                """, (r, n) => new object[] { Lattice(r, n, 3), Uniform(r, 1, 3) }),

            // The cell-list check with the cell index as (int)Gradient.Stop(Math.Floor(x / cell)): an integer the method
            // says carries no derivative (it was DIFF013, 'cuts the derivative', with advice that did not apply).
            new ArrayCase("PtCellListStop", """
                [Differentiable("x")]
                public static double PtCellListStop(double[] x, double cell)
                {
                    int n = x.Length;
                    double energy = 0;
                    for (int i = 0; i < n; i++)
                    {
                        int ci = (int)Gradient.Stop(Math.Floor(x[i] / cell));
                        for (int j = i + 1; j < n; j++)
                        {
                            int cj = (int)Gradient.Stop(Math.Floor(x[j] / cell));
                            if (Math.Abs(ci - cj) > 1) continue;
                            double d = x[j] - x[i];
                            energy += Math.Exp(-d * d);
                        }
                    }

                    return energy;
                }
                """, (r, n) => new object[] { Vector(r, n, 0, 6), 1.5 }) { Accept = Smooth("PtCellListStop") },

            // A tabulated pair potential: r / dr split into a bin (an integer under Gradient.Stop) and a fraction, the table
            // interpolated linearly; the positions and the table differentiated.
            new ArrayCase("PtTabulatedPair", """
                [Differentiable("x", "table")]
                public static double PtTabulatedPair(double[] x, double[] table, double dr)
                {
                    int n = x.Length / 3;
                    double energy = 0;
                    for (int i = 0; i < n; i++)
                    {
                        for (int j = i + 1; j < n; j++)
                        {
                            double dx = x[3 * i] - x[3 * j], dy = x[3 * i + 1] - x[3 * j + 1], dz = x[3 * i + 2] - x[3 * j + 2];
                            double s = Math.Sqrt(dx * dx + dy * dy + dz * dz) / dr;
                            int bin = (int)Gradient.Stop(s);
                            double t = s - bin;
                            energy += table[bin] * (1 - t) + table[bin + 1] * t;
                        }
                    }

                    return energy;
                }
                """, (r, n) => new object[] { Lattice(r, n, 3), Vector(r, 12, -1, 1), Uniform(r, 0.45, 0.55) }) { Sizes = new[] { 0, 1, 2, 3, 4 }, Accept = Smooth("PtTabulatedPair") },

            // A state carried through steps picks a table entry by (int)Gradient.Stop of itself: the integer changes with the
            // state, so the reverse sweep must see each step's own.
            new ArrayCase("PtCarriedBin", """
                [Differentiable]
                public static double PtCarriedBin(double x0, double[] w)
                {
                    double s = x0;
                    for (int step = 0; step < 6; step++)
                    {
                        int k = (int)Gradient.Stop(Math.Floor(s * 4));
                        s = 0.9 * s + w[((k % w.Length) + w.Length) % w.Length] * Math.Sin(s);
                    }

                    return s * s;
                }
                """, (r, n) => new object[] { Uniform(r, -2, 2), Vector(r, n + 1, -0.5, 0.5) }) { Accept = Smooth("PtCarriedBin") },

            // A local array updated in place whose own elements pick, through Stop, where the next value is read.
            new ArrayCase("PtInPlaceBin", """
                [Differentiable]
                public static double PtInPlaceBin(double[] x, double[] table)
                {
                    int n = x.Length;
                    double[] a = new double[n];
                    for (int i = 0; i < n; i++) a[i] = x[i];
                    for (int pass = 0; pass < 3; pass++)
                    {
                        for (int i = 0; i < n; i++)
                        {
                            int k = (int)Gradient.Stop(Math.Abs(a[i]) * 2) % table.Length;
                            a[i] = a[i] * table[k] + 0.1 * a[(i + 1) % n];
                        }
                    }

                    double s = 0;
                    for (int i = 0; i < n; i++) s += a[i] * a[i];
                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n, -2, 2), Vector(r, 5, 0.5, 1.2) }) { Accept = Smooth("PtInPlaceBin") },

            // A bond-order (Tersoff-like) coordination: each atom's coordination by a smooth switching function, then a
            // per-atom energy of it, the switching function by a ternary with three arms.
            new ArrayCase("PtCoordinationSwitch", """
                [Differentiable("x")]
                public static double PtCoordinationSwitch(double[] x, double r1, double r2)
                {
                    int n = x.Length / 3;
                    double energy = 0;
                    for (int i = 0; i < n; i++)
                    {
                        double z = 0;
                        for (int j = 0; j < n; j++)
                        {
                            if (j == i) continue;
                            double dx = x[3 * i] - x[3 * j], dy = x[3 * i + 1] - x[3 * j + 1], dz = x[3 * i + 2] - x[3 * j + 2];
                            double r = Math.Sqrt(dx * dx + dy * dy + dz * dz);
                            z += r < r1 ? 1.0 : r > r2 ? 0.0 : 0.5 + 0.5 * Math.Cos(Math.PI * (r - r1) / (r2 - r1));
                        }

                        energy += (z - 3) * (z - 3);
                    }

                    return energy;
                }
                """, (r, n) => new object[] { Lattice(r, n, 3), 1.1, 2.0 }) { Accept = Smooth("PtCoordinationSwitch") },

            // Positions as a sum of a reference and a displacement per atom, updated in place in the parameter copy.
            new ArrayCase("PtDisplacedHarmonic", """
                [Differentiable("u")]
                public static double PtDisplacedHarmonic(double[] reference, double[] u, double k)
                {
                    double[] x = new double[u.Length];
                    for (int m = 0; m < u.Length; m++) x[m] = reference[m];
                    for (int m = 0; m < u.Length; m++) x[m] += u[m];
                    int n = u.Length / 3;
                    double energy = 0;
                    for (int i = 0; i < n; i++)
                    {
                        for (int j = i + 1; j < n; j++)
                        {
                            double r2 = 0;
                            for (int c = 0; c < 3; c++)
                            {
                                double d = x[3 * i + c] - x[3 * j + c];
                                r2 += d * d;
                            }

                            double r = Math.Sqrt(r2);
                            double r0 = Math.Sqrt(Math.Pow(reference[3 * i] - reference[3 * j], 2) + Math.Pow(reference[3 * i + 1] - reference[3 * j + 1], 2) + Math.Pow(reference[3 * i + 2] - reference[3 * j + 2], 2));
                            energy += 0.5 * k * (r - r0) * (r - r0);
                        }
                    }

                    return energy;
                }
                """, (r, n) => { double[] x = Lattice(r, n, 3); return new object[] { x, Vector(r, x.Length, -0.1, 0.1), Uniform(r, 1, 3) }; }),

            // ---------------------------------------------------------------- dynamics, second pass

            // Verlet over a pair list: forces scattered by indirect indices f[3 * first[p] + k] into a local array each step.
            new ArrayCase("PtVerletPairListScatter", """
                [Differentiable("x0", "k")]
                public static double PtVerletPairListScatter(double[] x0, int[] first, int[] second, double k)
                {
                    int m3 = x0.Length;
                    double[] x = new double[m3];
                    double[] v = new double[m3];
                    double[] f = new double[m3];
                    for (int m = 0; m < m3; m++) x[m] = x0[m];
                    for (int step = 0; step < 5; step++)
                    {
                        for (int m = 0; m < m3; m++) f[m] = 0;
                        for (int p = 0; p < first.Length; p++)
                        {
                            int a = 3 * first[p], b = 3 * second[p];
                            double dx = x[a] - x[b], dy = x[a + 1] - x[b + 1], dz = x[a + 2] - x[b + 2];
                            double r = Math.Sqrt(dx * dx + dy * dy + dz * dz);
                            double fr = -k * (r - 1.2) / r;
                            f[a] += fr * dx;
                            f[a + 1] += fr * dy;
                            f[a + 2] += fr * dz;
                            f[b] -= fr * dx;
                            f[b + 1] -= fr * dy;
                            f[b + 2] -= fr * dz;
                        }

                        for (int m = 0; m < m3; m++)
                        {
                            v[m] += 0.05 * f[m];
                            x[m] += 0.05 * v[m];
                        }
                    }

                    double s = 0;
                    for (int m = 0; m < m3; m++) s += x[m] * x[m] + v[m];
                    return s;
                }
                """, (r, n) => PairList(r, n).Take(3).Append(Uniform(r, 1, 4)).ToArray()),

            // Berendsen thermostat: the kinetic temperature by a reduction over v, then every velocity rescaled in place.
            new ArrayCase("PtBerendsen", """
                [Differentiable("v0", "tau")]
                public static double PtBerendsen(double[] v0, double tau, double target)
                {
                    int n = v0.Length;
                    double[] v = new double[n];
                    for (int i = 0; i < n; i++) v[i] = v0[i];
                    for (int step = 0; step < 5; step++)
                    {
                        double ke = 0;
                        for (int i = 0; i < n; i++) ke += v[i] * v[i];
                        double temperature = ke / n;
                        double lambda = Math.Sqrt(1 + 0.1 / tau * (target / temperature - 1));
                        for (int i = 0; i < n; i++) v[i] *= lambda;
                        for (int i = 0; i < n; i++) v[i] -= 0.05 * v[i] * v[i] * v[i];
                    }

                    double s = 0;
                    for (int i = 0; i < n; i++) s += v[i] * v[i] * (i + 1);
                    return s;
                }
                """, (r, n) => new object[] { AwayFromZero(r, n, 0.5, 1.5), Uniform(r, 0.5, 2), Uniform(r, 0.5, 1.5) }) { Sizes = ArrayCase.NonEmpty },

            // Andersen thermostat with given uniforms and normals: a velocity replaced in an if whose test reads data only.
            new ArrayCase("PtAndersen", """
                [Differentiable("x0", "sigma")]
                public static double PtAndersen(double[] x0, double[] u, double[] g, double sigma)
                {
                    int n = x0.Length;
                    double[] x = new double[n];
                    double[] v = new double[n];
                    for (int i = 0; i < n; i++) x[i] = x0[i];
                    for (int step = 0; step < 4; step++)
                    {
                        for (int i = 0; i < n; i++)
                        {
                            v[i] -= 0.1 * x[i] * x[i] * x[i];
                            if (u[step * n + i] < 0.3) v[i] = sigma * g[step * n + i] + 0.1 * x[i];
                            x[i] += 0.1 * v[i];
                        }
                    }

                    double s = 0;
                    for (int i = 0; i < n; i++) s += x[i] * x[i] + v[i] * v[i];
                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n), Vector(r, 4 * n, 0, 1), Vector(r, 4 * n), Uniform(r, 0.5, 2) }),

            // Reflecting walls at 0 and L: each particle that left is mirrored back and its velocity reversed, written as
            // ?: choices in place (the velocity first, since its test reads the old position).
            new ArrayCase("PtReflectingWalls", """
                [Differentiable("x0", "v0")]
                public static double PtReflectingWalls(double[] x0, double[] v0, double wall)
                {
                    int n = x0.Length;
                    double[] x = new double[n];
                    double[] v = new double[n];
                    for (int i = 0; i < n; i++) { x[i] = x0[i]; v[i] = v0[i]; }
                    for (int step = 0; step < 10; step++)
                    {
                        for (int i = 0; i < n; i++)
                        {
                            x[i] += 0.1 * v[i];
                            v[i] = x[i] < 0 || x[i] > wall ? -v[i] : v[i];
                            x[i] = x[i] < 0 ? -x[i] : x[i] > wall ? 2 * wall - x[i] : x[i];
                        }
                    }

                    double s = 0;
                    for (int i = 0; i < n; i++) s += x[i] * (i + 1) + v[i] * v[i];
                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n, 0.2, 1.8), Vector(r, n, -2, 2), 2.0 }) { Accept = Smooth("PtReflectingWalls") },

            // Reflecting walls written as an if on the element the if writes (a simulation's first draft).
            new ArrayCase("PtReflectingWallsIf", """
                [Differentiable("x0", "v0")]
                public static double PtReflectingWallsIf(double[] x0, double[] v0, double wall)
                {
                    int n = x0.Length;
                    double[] x = new double[n];
                    double[] v = new double[n];
                    for (int i = 0; i < n; i++) { x[i] = x0[i]; v[i] = v0[i]; }
                    for (int step = 0; step < 10; step++)
                    {
                        for (int i = 0; i < n; i++)
                        {
                            x[i] += 0.1 * v[i];
                            if (x[i] < 0)
                            {
                                x[i] = -x[i];
                                v[i] = -v[i];
                            }
                        }
                    }

                    double s = 0;
                    for (int i = 0; i < n; i++) s += x[i] * (i + 1) + v[i] * v[i];
                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n, 0.2, 1.8), Vector(r, n, -2, 2), 2.0 }) { Accept = Smooth("PtReflectingWallsIf") },

            // Positions wrapped into the periodic box in place every step (x −= L·Stop(floor(x / L))), a harmonic tether to
            // the wrapped origin-centred image, semi-implicit Euler.
            new ArrayCase("PtWrapInPlace", """
                [Differentiable]
                public static double PtWrapInPlace(double[] x0, double[] v0, double box)
                {
                    int n = x0.Length;
                    double[] x = new double[n];
                    double[] v = new double[n];
                    for (int i = 0; i < n; i++) { x[i] = x0[i]; v[i] = v0[i]; }
                    for (int step = 0; step < 8; step++)
                    {
                        for (int i = 0; i < n; i++)
                        {
                            double d = x[i] - 0.5 * box;
                            v[i] -= 0.1 * d;
                            x[i] += 0.1 * v[i];
                            x[i] -= box * Gradient.Stop(Math.Floor(x[i] / box));
                        }
                    }

                    double s = 0;
                    for (int i = 0; i < n; i++) s += Math.Sin(x[i]) + v[i] * v[i];
                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n, 0.1, 2.9), Vector(r, n, -3, 3), 3.0 }) { Accept = Smooth("PtWrapInPlace") },

            // Position (Störmer) Verlet: x_{n+1} = 2x_n − x_{n−1} + a dt², three arrays rotated by copies each step.
            new ArrayCase("PtStormerVerlet", """
                [Differentiable("x0", "k")]
                public static double PtStormerVerlet(double[] x0, double k)
                {
                    int n = x0.Length;
                    double[] prev = new double[n];
                    double[] cur = new double[n];
                    double[] next = new double[n];
                    for (int i = 0; i < n; i++) { prev[i] = x0[i]; cur[i] = x0[i]; }
                    for (int step = 0; step < 8; step++)
                    {
                        for (int i = 0; i < n; i++)
                        {
                            double left = i > 0 ? cur[i - 1] : 0.0;
                            double right = i + 1 < n ? cur[i + 1] : 0.0;
                            double a = k * (left + right - 2 * cur[i]);
                            next[i] = 2 * cur[i] - prev[i] + 0.01 * a;
                        }

                        for (int i = 0; i < n; i++)
                        {
                            prev[i] = cur[i];
                            cur[i] = next[i];
                        }
                    }

                    double s = 0;
                    for (int i = 0; i < n; i++) s += cur[i] * cur[i] + 0.3 * prev[i];
                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, 0.5, 3) }),

            // The closest approach over all pairs by a running Math.Min of distances (a collision check), then a soft barrier.
            new ArrayCase("PtClosestApproach", """
                [Differentiable]
                public static double PtClosestApproach(double[] x)
                {
                    int n = x.Length / 3;
                    double dmin = double.PositiveInfinity;
                    for (int i = 0; i < n; i++)
                    {
                        for (int j = i + 1; j < n; j++)
                        {
                            double dx = x[3 * i] - x[3 * j], dy = x[3 * i + 1] - x[3 * j + 1], dz = x[3 * i + 2] - x[3 * j + 2];
                            dmin = Math.Min(dmin, Math.Sqrt(dx * dx + dy * dy + dz * dz));
                        }
                    }

                    return n < 2 ? 0.0 : -Math.Log(dmin);
                }
                """, (r, n) => new object[] { Lattice(r, n, 3, 1.2, 0.25) }) { Accept = Smooth("PtClosestApproach") },

            // A Verlet list built in the method: neighbour indices written into a local int[] by a distance test (integers
            // chosen by differentiated values), then the energy over the list.
            new ArrayCase("PtBuiltNeighbourList", """
                [Differentiable("x")]
                public static double PtBuiltNeighbourList(double[] x, double skin)
                {
                    int n = x.Length / 3;
                    int[] li = new int[n * n];
                    int[] lj = new int[n * n];
                    int count = 0;
                    for (int i = 0; i < n; i++)
                    {
                        for (int j = i + 1; j < n; j++)
                        {
                            double dx = x[3 * i] - x[3 * j], dy = x[3 * i + 1] - x[3 * j + 1], dz = x[3 * i + 2] - x[3 * j + 2];
                            if (dx * dx + dy * dy + dz * dz < skin * skin)
                            {
                                li[count] = i;
                                lj[count] = j;
                                count++;
                            }
                        }
                    }

                    double energy = 0;
                    for (int p = 0; p < count; p++)
                    {
                        int a = 3 * li[p], b = 3 * lj[p];
                        double dx = x[a] - x[b], dy = x[a + 1] - x[b + 1], dz = x[a + 2] - x[b + 2];
                        double ir6 = 1 / Math.Pow(dx * dx + dy * dy + dz * dz, 3);
                        energy += 4 * (ir6 * ir6 - ir6);
                    }

                    return energy;
                }
                """, (r, n) => new object[] { Lattice(r, n, 3), 1.9 }) { Accept = Smooth("PtBuiltNeighbourList") },
        };

        public static readonly ArrayCase[] Float =
        {
            Twin("PtLennardJones", """
                [Differentiable]
                public static float PtLennardJonesF(float[] x, float epsilon, float sigma)
                {
                    int n = x.Length / 3;
                    float energy = 0;
                    for (int i = 0; i < n; i++)
                    {
                        for (int j = i + 1; j < n; j++)
                        {
                            float dx = x[3 * i] - x[3 * j];
                            float dy = x[3 * i + 1] - x[3 * j + 1];
                            float dz = x[3 * i + 2] - x[3 * j + 2];
                            float r2 = dx * dx + dy * dy + dz * dz;
                            float s2 = sigma * sigma / r2;
                            float s6 = s2 * s2 * s2;
                            energy += 4 * epsilon * (s6 * s6 - s6);
                        }
                    }

                    return energy;
                }
                """),

            Twin("PtMorseCsr", """
                [Differentiable("x", "depth", "alpha", "re")]
                public static float PtMorseCsrF(float[] x, int[] start, int[] nbr, float depth, float alpha, float re)
                {
                    int n = start.Length - 1;
                    float energy = 0;
                    for (int i = 0; i < n; i++)
                    {
                        for (int m = start[i]; m < start[i + 1]; m++)
                        {
                            int j = nbr[m];
                            float dx = x[3 * i] - x[3 * j];
                            float dy = x[3 * i + 1] - x[3 * j + 1];
                            float dz = x[3 * i + 2] - x[3 * j + 2];
                            float r = MathF.Sqrt(dx * dx + dy * dy + dz * dz);
                            float e = 1 - MathF.Exp(-alpha * (r - re));
                            energy += 0.5f * depth * e * e;
                        }
                    }

                    return energy;
                }
                """),

            Twin("PtSoftSphere", """
                [Differentiable("x", "radius")]
                public static float PtSoftSphereF(float[] x, float[] radius, float k)
                {
                    int n = radius.Length;
                    float energy = 0;
                    for (int i = 0; i < n; i++)
                    {
                        for (int j = i + 1; j < n; j++)
                        {
                            float dx = x[3 * i] - x[3 * j], dy = x[3 * i + 1] - x[3 * j + 1], dz = x[3 * i + 2] - x[3 * j + 2];
                            float r = MathF.Sqrt(dx * dx + dy * dy + dz * dz);
                            float overlap = MathF.Max(0, radius[i] + radius[j] - r);
                            energy += 0.5f * k * overlap * overlap;
                        }
                    }

                    return energy;
                }
                """),

            Twin("PtKineticEnergy", """
                [Differentiable]
                public static float PtKineticEnergyF(float[] v, float[] mass)
                {
                    float ke = 0;
                    for (int i = 0; i < mass.Length; i++)
                    {
                        float v2 = 0;
                        for (int k = 0; k < 3; k++) v2 += v[3 * i + k] * v[3 * i + k];
                        ke += 0.5f * mass[i] * v2;
                    }

                    return ke;
                }
                """),

            Twin("PtAngleAcos", """
                [Differentiable("x", "theta0")]
                public static float PtAngleAcosF(float[] x, float theta0, float k)
                {
                    int n = x.Length / 3;
                    float energy = 0;
                    for (int i = 1; i < n - 1; i++)
                    {
                        float ax = x[3 * (i - 1)] - x[3 * i], ay = x[3 * (i - 1) + 1] - x[3 * i + 1], az = x[3 * (i - 1) + 2] - x[3 * i + 2];
                        float bx = x[3 * (i + 1)] - x[3 * i], by = x[3 * (i + 1) + 1] - x[3 * i + 1], bz = x[3 * (i + 1) + 2] - x[3 * i + 2];
                        float dot = ax * bx + ay * by + az * bz;
                        float norms = MathF.Sqrt((ax * ax + ay * ay + az * az) * (bx * bx + by * by + bz * bz));
                        float cosTheta = Math.Clamp(dot / norms, -1.0f, 1.0f);
                        float theta = MathF.Acos(cosTheta);
                        energy += k * (theta - theta0) * (theta - theta0);
                    }

                    return energy;
                }
                """),

            Twin("PtVerletChain", """
                [Differentiable("x0", "k")]
                public static float PtVerletChainF(float[] x0, float k, float dt)
                {
                    int n = x0.Length;
                    float[] x = new float[n];
                    float[] v = new float[n];
                    float[] f = new float[n];
                    for (int i = 0; i < n; i++) x[i] = x0[i];
                    for (int i = 0; i + 1 < n; i++)
                    {
                        float s = k * (x[i + 1] - x[i] - 1);
                        f[i] += s;
                        f[i + 1] -= s;
                    }

                    for (int step = 0; step < 10; step++)
                    {
                        for (int i = 0; i < n; i++)
                        {
                            v[i] += 0.5f * dt * f[i];
                            x[i] += dt * v[i];
                        }

                        for (int i = 0; i < n; i++) f[i] = 0;
                        for (int i = 0; i + 1 < n; i++)
                        {
                            float s = k * (x[i + 1] - x[i] - 1);
                            f[i] += s;
                            f[i + 1] -= s;
                        }

                        for (int i = 0; i < n; i++) v[i] += 0.5f * dt * f[i];
                    }

                    float energy = 0;
                    for (int i = 0; i < n; i++) energy += 0.5f * v[i] * v[i];
                    for (int i = 0; i + 1 < n; i++) energy += 0.5f * k * (x[i + 1] - x[i] - 1) * (x[i + 1] - x[i] - 1);
                    return energy + x[0];
                }
                """),
        };

        private static ArrayCase Twin(string doubleTwin, string source) => ArrayCase.FloatTwinOf(All.Single(c => c.Name == doubleTwin), source);

        /// <summary>n particles on a jittered cubic (dim 3) or square (dim 2) lattice, flat: no two closer than spacing − 2√dim·jitter.</summary>
        private static double[] Lattice(Random r, int n, int dim, double spacing = 1.2, double jitter = 0.1)
        {
            int side = 1;
            while (Math.Pow(side, dim) < n)
            {
                side++;
            }

            var result = new double[dim * n];
            for (int i = 0; i < n; i++)
            {
                int cell = i;
                for (int k = 0; k < dim; k++)
                {
                    result[(dim * i) + k] = ((cell % side) * spacing) + Uniform(r, -jitter, jitter);
                    cell /= side;
                }
            }

            return result;
        }

        /// <summary>A chain of n + 1 ... atoms by steps of length about 1 in varied directions (no three collinear).</summary>
        private static double[] Chain(Random r, int n)
        {
            var result = new double[3 * n];
            double[] previous = { 1, 0, 0 };
            for (int i = 1; i < n; i++)
            {
                double[] step;
                double cos;
                do
                {
                    step = Vector(r, 3, -1, 1);
                    double length = Math.Sqrt(Dot(step, step));
                    step = step.Select(s => s / length * Uniform(r, 0.9, 1.1)).ToArray();
                    cos = Dot(step, previous) / Math.Sqrt(Dot(step, step) * Dot(previous, previous));
                }
                while (cos > 0.6 || cos < -0.8);

                for (int k = 0; k < 3; k++)
                {
                    result[(3 * i) + k] = result[(3 * (i - 1)) + k] + step[k];
                }

                previous = step;
            }

            return result;
        }

        /// <summary>Lattice positions and all pairs i &lt; j as two int[] lists (with i == j pairs mixed in when asked), plus ε.</summary>
        private static object[] PairList(Random r, int n, bool selfPairs = false)
        {
            double[] x = Lattice(r, n, 3);
            var first = new System.Collections.Generic.List<int>();
            var second = new System.Collections.Generic.List<int>();
            for (int i = 0; i < n; i++)
            {
                if (selfPairs)
                {
                    first.Add(i);
                    second.Add(i);
                }

                for (int j = i + 1; j < n; j++)
                {
                    if (r.Next(3) > 0)
                    {
                        first.Add(i);
                        second.Add(j);
                    }
                }
            }

            return new object[] { x, first.ToArray(), second.ToArray(), Uniform(r, 0.5, 1.5) };
        }

        /// <summary>Lattice positions and a CSR neighbour list (each pair once, from its lower index), plus Morse parameters.</summary>
        private static object[] Csr(Random r, int n)
        {
            double[] x = Lattice(r, n, 3);
            var start = new int[n + 1];
            var nbr = new System.Collections.Generic.List<int>();
            for (int i = 0; i < n; i++)
            {
                start[i] = nbr.Count;
                for (int j = i + 1; j < n; j++)
                {
                    if (r.Next(4) > 0)
                    {
                        nbr.Add(j);
                    }
                }
            }

            start[n] = nbr.Count;
            return new object[] { x, start, nbr.ToArray(), Uniform(r, 0.5, 2), Uniform(r, 0.8, 2), Uniform(r, 1, 1.3) };
        }

        /// <summary>A chain of n + 1 atoms, its n bonds as int[] lists, per-bond constants and rest lengths.</summary>
        private static object[] Bonds(Random r, int n)
        {
            double[] x = Chain(r, n + 1);
            int[] bi = Enumerable.Range(0, n).ToArray();
            int[] bj = Enumerable.Range(1, n).ToArray();
            return new object[] { x, bi, bj, Vector(r, n, 100, 400), Vector(r, n, 0.9, 1.1) };
        }

        /// <summary>A chain of n + 2 atoms and its n angles as a flat int[] of triples (a, b, c), b the vertex; then cos θ0.</summary>
        private static object[] Triples(Random r, int n)
        {
            double[] x = Chain(r, n + 2);
            int[] triples = Enumerable.Range(0, n).SelectMany(i => new[] { i, i + 1, i + 2 }).ToArray();
            return new object[] { x, triples, Uniform(r, -0.5, -0.2) };
        }

    }
}
