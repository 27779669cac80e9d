using System;
using System.Linq;
using static DiffGen.Generator.Tests.Arrays.Draw;
using static DiffGen.Generator.Tests.Arrays.SmoothPoints;

namespace DiffGen.Generator.Tests.Arrays
{
    /// <summary>
    /// The domain sweep: everyday C# from domains no earlier catalog covered, written as a developer or a student writes
    /// it, not shaped for the tool. Robot arms (planar forward kinematics with cumulative angles, IK costs with joint
    /// limits by Math.Max, obstacle clearance over joint positions in local arrays, trajectories through a [Differentiable]
    /// helper, prismatic joints by a switch expression, Kepler's equation by Newton in a do loop); graphics (ray–sphere gap,
    /// smooth-min SDFs, bilinear sampling through (int) casts, Bezier arc length, De Casteljau in place, Catmull-Rom with a
    /// k++ cursor, barycentric weights, Phong, tone mapping, soft rasterisation, CIE Lab ΔE with Math.Cbrt); economics and
    /// OR (CES utility, mean–variance with a flat covariance and with a double[,] one, softmax portfolios, inventory with
    /// backlog and lost sales, a softplus-smoothed call, logit demand, a demand curve by switch, Black–Scholes through a
    /// normal-CDF helper, an American put by backward induction in place, bond prices, a penalty LP, tâtonnement in a
    /// while (true)); ODE integrators (RK4 pendulum and Lotka–Volterra with local functions, semi-implicit Euler with and
    /// without Coulomb friction, Verlet with a tuple assignment, explicit heat equation with copy-back and with a swap of
    /// arrays, SOR sweeps in place, SIR with a break and with a floating-point while); neural-net pieces (MLPs, layer norm,
    /// attention, GRU cell, 1-D convolution with padding by continue, softmax regression over int[] labels, an RNN with
    /// copy-back and with Array.Copy, discounted returns computed backwards); probability (Gaussian mixture, log-sum-exp by
    /// foreach, Student-t and beta-binomial with Stirling log-gamma helpers, von Mises with a Bessel series, Dirichlet,
    /// softmax KL, an HMM forward pass in log space, a Kalman filter's likelihood); geometry (shoelace with % wrap,
    /// isoperimetric ratio with a ternary wrap, point–segment with Math.Clamp, polyline distance by a running minimum, mesh
    /// quality over int[] triangles with a t += 3 loop); signal processing (biquads, a cascade, a moving median by
    /// insertion sort and by Array.Sort, an envelope follower, a windowed DFT loss, an autocorrelation penalty). Each case
    /// declined with DIFF015 (listed in <see cref="KnownBugs.NotSupportedYet"/>) is followed by a case named ...Advised that
    /// follows the message's advice; cases drawing another diagnostic are in <see cref="Diagnosed"/>. Where a method has
    /// kinks its points are drawn where Richardson differences of the method itself agree (<see cref="Smooth"/>).
    /// </summary>
    public static class DomainSweepCases
    {
        public static readonly ArrayCase[] All =
        {
            // ---------------------------------------------------------------- robot arms

            // Planar chain: cumulative joint angles, end effector against a target.
            new ArrayCase("DsPlanarArmReach", """
                [Differentiable("theta", "len")]
                public static double DsPlanarArmReach(double[] theta, double[] len, double tx, double ty)
                {
                    double x = 0, y = 0, angle = 0;
                    for (int i = 0; i < theta.Length; i++)
                    {
                        angle += theta[i];
                        x += len[i] * Math.Cos(angle);
                        y += len[i] * Math.Sin(angle);
                    }

                    double dx = x - tx, dy = y - ty;
                    return dx * dx + dy * dy;
                }
                """, (r, n) => new object[] { Vector(r, n, -1.5, 1.5), Vector(r, n, 0.5, 1.5), Uniform(r, -2, 2), Uniform(r, -2, 2) }),

            // IK cost with joint limits by Math.Max(0, |θ| − limit)² and a smoothness term between neighbouring joints.
            new ArrayCase("DsArmIkLimits", """
                [Differentiable("theta")]
                public static double DsArmIkLimits(double[] theta, double[] len, double tx, double ty, double limit)
                {
                    const double smoothWeight = 0.1;
                    const double limitWeight = 10.0;
                    double x = 0, y = 0, angle = 0;
                    double penalty = 0;
                    for (int i = 0; i < theta.Length; i++)
                    {
                        angle += theta[i];
                        x += len[i] * Math.Cos(angle);
                        y += len[i] * Math.Sin(angle);

                        double excess = Math.Max(0, Math.Abs(theta[i]) - limit);
                        penalty += limitWeight * excess * excess;
                        if (i > 0)
                        {
                            double d = theta[i] - theta[i - 1];
                            penalty += smoothWeight * d * d;
                        }
                    }

                    return (x - tx) * (x - tx) + (y - ty) * (y - ty) + penalty;
                }
                """, (r, n) => new object[] { Vector(r, n, -1.5, 1.5), Vector(r, n, 0.5, 1.5), Uniform(r, -2, 2), Uniform(r, -2, 2), 1.0 }) { Accept = Smooth("DsArmIkLimits") },

            // Joint positions into local arrays, then an obstacle's clearance for each joint and the tip's error.
            new ArrayCase("DsArmObstacle", """
                [Differentiable("theta")]
                public static double DsArmObstacle(double[] theta, double[] len, double ox, double oy, double radius)
                {
                    int n = theta.Length;
                    double[] px = new double[n + 1];
                    double[] py = new double[n + 1];
                    double angle = 0;
                    for (int i = 0; i < n; i++)
                    {
                        angle += theta[i];
                        px[i + 1] = px[i] + len[i] * Math.Cos(angle);
                        py[i + 1] = py[i] + len[i] * Math.Sin(angle);
                    }

                    double cost = 0;
                    for (int i = 1; i <= n; i++)
                    {
                        double dx = px[i] - ox, dy = py[i] - oy;
                        double clearance = Math.Sqrt(dx * dx + dy * dy) - radius;
                        cost += Math.Exp(-4 * clearance);
                    }

                    double ex = px[n] - 1.5, ey = py[n] - 0.5;
                    return cost + ex * ex + ey * ey;
                }
                """, (r, n) => new object[] { Vector(r, n, -1.5, 1.5), Vector(r, n, 0.5, 1.5), Uniform(r, 3, 4), Uniform(r, 3, 4), 0.5 }),

            // A two-link arm over a trajectory of frames (q = [a0, b0, a1, b1, ...]) with a [Differentiable] helper for
            // squared distances, called for the tip and (inside an if) for the joint-space smoothness.
            new ArrayCase("DsArmTrajectory", """
                [Differentiable]
                public static double DsDistSq(double ax, double ay, double bx, double by)
                {
                    double dx = ax - bx, dy = ay - by;
                    return dx * dx + dy * dy;
                }

                [Differentiable("q", "l1", "l2")]
                public static double DsArmTrajectory(double[] q, double[] targets, double l1, double l2)
                {
                    int frames = targets.Length / 2;
                    double cost = 0;
                    for (int t = 0; t < frames; t++)
                    {
                        double a = q[2 * t], b = q[2 * t + 1];
                        double x = l1 * Math.Cos(a) + l2 * Math.Cos(a + b);
                        double y = l1 * Math.Sin(a) + l2 * Math.Sin(a + b);
                        cost += DsDistSq(x, y, targets[2 * t], targets[2 * t + 1]);
                        if (t > 0)
                        {
                            cost += 0.5 * DsDistSq(a, b, q[2 * t - 2], q[2 * t - 1]);
                        }
                    }

                    return cost;
                }
                """, (r, n) => new object[] { Vector(r, 2 * n, -1.5, 1.5), Vector(r, 2 * n, -1.5, 1.5), Uniform(r, 0.8, 1.2), Uniform(r, 0.5, 1) }),

            // Position plus orientation error, the angle wrapped to (−π, π] by Atan2(sin, cos).
            new ArrayCase("DsArmPose", """
                [Differentiable("theta")]
                public static double DsArmPose(double[] theta, double[] len, double tx, double ty, double phi)
                {
                    double x = 0, y = 0, angle = 0;
                    for (int i = 0; i < theta.Length; i++)
                    {
                        angle += theta[i];
                        x += len[i] * Math.Cos(angle);
                        y += len[i] * Math.Sin(angle);
                    }

                    double e = angle - phi;
                    double wrapped = Math.Atan2(Math.Sin(e), Math.Cos(e));
                    return (x - tx) * (x - tx) + (y - ty) * (y - ty) + 0.5 * wrapped * wrapped;
                }
                """, (r, n) => new object[] { Vector(r, n, -1.5, 1.5), Vector(r, n, 0.5, 1.5), Uniform(r, -2, 2), Uniform(r, -2, 2), Uniform(r, -3, 3) }) { Accept = Smooth("DsArmPose") },

            // Yoshikawa manipulability of a two-link arm: |det J|.
            new ArrayCase("DsManipulability", """
                [Differentiable]
                public static double DsManipulability(double t1, double t2, double l1, double l2)
                {
                    double j11 = -l1 * Math.Sin(t1) - l2 * Math.Sin(t1 + t2);
                    double j12 = -l2 * Math.Sin(t1 + t2);
                    double j21 = l1 * Math.Cos(t1) + l2 * Math.Cos(t1 + t2);
                    double j22 = l2 * Math.Cos(t1 + t2);
                    return Math.Abs(j11 * j22 - j12 * j21);
                }
                """, (r, n) => new object[] { Uniform(r, -3, 3), Uniform(r, -3, 3), Uniform(r, 0.5, 1.5), Uniform(r, 0.5, 1.5) }) { Sizes = ArrayCase.Scalar, Accept = Smooth("DsManipulability") },

            // A chain of revolute (kind 0) and prismatic (kind 1) joints: the link's reach by a switch expression.
            new ArrayCase("DsMixedChainReach", """
                [Differentiable("q", "len")]
                public static double DsMixedChainReach(double[] q, int[] kind, double[] len, double tx, double ty)
                {
                    double x = 0, y = 0, heading = 0;
                    for (int i = 0; i < q.Length; i++)
                    {
                        double reach = kind[i] switch
                        {
                            0 => len[i],
                            _ => len[i] + q[i],
                        };
                        heading += kind[i] == 0 ? q[i] : 0;
                        x += reach * Math.Cos(heading);
                        y += reach * Math.Sin(heading);
                    }

                    return (x - tx) * (x - tx) + (y - ty) * (y - ty);
                }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), Enumerable.Range(0, n).Select(_ => r.Next(2)).ToArray(), Vector(r, n, 0.5, 1.5), Uniform(r, -2, 2), Uniform(r, -2, 2) }),

            // Kepler's equation E − e·sin E = M by Newton's method in a do loop until the step is below 1e-12, then the true
            // anomaly by Atan2 (orbital mechanics for a satellite arm's target).
            new ArrayCase("DsKeplerTrueAnomaly", """
                [Differentiable("meanAnomaly", "e")]
                public static double DsKeplerTrueAnomaly(double meanAnomaly, double e, double a)
                {
                    double E = meanAnomaly;
                    double delta;
                    do
                    {
                        delta = (E - e * Math.Sin(E) - meanAnomaly) / (1 - e * Math.Cos(E));
                        E -= delta;
                    }
                    while (Math.Abs(delta) > 1e-12);

                    double x = a * (Math.Cos(E) - e);
                    double y = a * Math.Sqrt(1 - e * e) * Math.Sin(E);
                    return Math.Atan2(y, x);
                }
                """, (r, n) => new object[] { Uniform(r, 0.3, 2.8), Uniform(r, 0.05, 0.6), Uniform(r, 1, 2) }) { Sizes = ArrayCase.Scalar, Accept = Smooth("DsKeplerTrueAnomaly") },

            // ---------------------------------------------------------------- graphics

            // Gap between a ray and a sphere: closest point on the ray (t ≥ 0 by Math.Max), its distance minus the radius;
            // the direction normalised in place through its parameters.
            new ArrayCase("DsRaySphereGap", """
                [Differentiable]
                public static double DsRaySphereGap(double ox, double oy, double oz, double dx, double dy, double dz, double cx, double cy, double cz, double radius)
                {
                    double len = Math.Sqrt(dx * dx + dy * dy + dz * dz);
                    dx /= len;
                    dy /= len;
                    dz /= len;
                    double lx = cx - ox, ly = cy - oy, lz = cz - oz;
                    double t = Math.Max(0, lx * dx + ly * dy + lz * dz);
                    double qx = ox + t * dx - cx, qy = oy + t * dy - cy, qz = oz + t * dz - cz;
                    return Math.Sqrt(qx * qx + qy * qy + qz * qz) - radius;
                }
                """, (r, n) => new object[] { Uniform(r, -1, 1), Uniform(r, -1, 1), Uniform(r, -1, 1), Uniform(r, -1, 1), Uniform(r, -1, 1), Uniform(r, 0.3, 1), Uniform(r, -2, 2), Uniform(r, -2, 2), Uniform(r, 2, 4), Uniform(r, 0.3, 1) })
            { Sizes = ArrayCase.Scalar, Accept = Smooth("DsRaySphereGap") },

            // Polynomial smooth-min union of circles (Inigo Quilez's smin), folded over the circles.
            new ArrayCase("DsSmoothUnionSdf", """
                [Differentiable("centers", "radii", "k")]
                public static double DsSmoothUnionSdf(double[] centers, double[] radii, double px, double py, double k)
                {
                    double d = 1e3;
                    for (int i = 0; i < radii.Length; i++)
                    {
                        double dx = px - centers[2 * i], dy = py - centers[2 * i + 1];
                        double di = Math.Sqrt(dx * dx + dy * dy) - radii[i];
                        double h = Math.Clamp(0.5 + 0.5 * (di - d) / k, 0.0, 1.0);
                        d = di + (d - di) * h - k * h * (1 - h);
                    }

                    return d;
                }
                """, (r, n) => new object[] { Vector(r, 2 * n, -1, 1), Vector(r, n, 0.2, 0.6), Uniform(r, -1.5, 1.5), Uniform(r, -1.5, 1.5), Uniform(r, 0.1, 0.4) }) { Accept = Smooth("DsSmoothUnionSdf") },

            // Exponential soft-min of circle SDFs, with a guard clause for no circles.
            new ArrayCase("DsSoftMinSdf", """
                [Differentiable("centers", "radii")]
                public static double DsSoftMinSdf(double[] centers, double[] radii, double px, double py, double k)
                {
                    if (radii.Length == 0)
                    {
                        return 1e3;
                    }

                    double sum = 0;
                    for (int i = 0; i < radii.Length; i++)
                    {
                        double dx = px - centers[2 * i];
                        double dy = py - centers[2 * i + 1];
                        double d = Math.Sqrt(dx * dx + dy * dy) - radii[i];
                        sum += Math.Exp(-k * d);
                    }

                    return -Math.Log(sum) / k;
                }
                """, (r, n) => new object[] { Vector(r, 2 * n, -1, 1), Vector(r, n, 0.2, 0.6), Uniform(r, -1.5, 1.5), Uniform(r, -1.5, 1.5), Uniform(r, 4, 12) }),

            // DsBilinear as DIFF013 advises: the cell index by (int)Gradient.Stop(x); the derivative flows through fx, fy.
            new ArrayCase("DsBilinearAdvised", """
                [Differentiable("grid", "u", "v")]
                public static double DsBilinearAdvised(double[] grid, int width, double u, double v)
                {
                    int height = grid.Length / width;
                    double x = u * (width - 1);
                    double y = v * (height - 1);
                    int i = Math.Min((int)Gradient.Stop(x), width - 2);
                    int j = Math.Min((int)Gradient.Stop(y), height - 2);
                    double fx = x - i, fy = y - j;
                    double a = grid[j * width + i], b = grid[j * width + i + 1];
                    double c = grid[(j + 1) * width + i], d = grid[(j + 1) * width + i + 1];
                    return (1 - fy) * ((1 - fx) * a + fx * b) + fy * ((1 - fx) * c + fx * d);
                }
                """, (r, n) => new object[] { Vector(r, 3 * (n + 2)), 3, Uniform(r, 0, 1), Uniform(r, 0, 1) }) { Accept = Smooth("DsBilinearAdvised") },

            // DsRnnLastOutput with the state copied back by Array.Copy instead of a loop (DIFF014 before the eighteenth session: read as
            // the loop it runs).
            new ArrayCase("DsRnnArrayCopy", """
                [Differentiable("w", "u", "v")]
                public static double DsRnnArrayCopy(double[] w, double[] u, double[] v, double[] inputs, double target)
                {
                    int n = v.Length;
                    double[] h = new double[n];
                    double[] next = new double[n];
                    for (int t = 0; t < inputs.Length; t++)
                    {
                        for (int i = 0; i < n; i++)
                        {
                            double a = w[i] * inputs[t];
                            for (int j = 0; j < n; j++) a += u[i * n + j] * h[j];
                            next[i] = Math.Tanh(a);
                        }

                        Array.Copy(next, h, n);
                    }

                    double y = 0;
                    for (int i = 0; i < n; i++) y += v[i] * h[i];
                    return (y - target) * (y - target);
                }
                """, (r, n) => new object[] { Vector(r, 3, -1, 1), Vector(r, 9, -0.8, 0.8), Vector(r, 3, -1, 1), Vector(r, n), Uniform(r, -1, 1) }),

            // Image registration by a shift with linear interpolation: (int)Math.Floor(pos) is the cell (DIFF013 before the eighteenth
            // session; a rounding converted cuts nothing).
            new ArrayCase("DsShiftRegistration", """
                [Differentiable("shift", "image")]
                public static double DsShiftRegistration(double[] image, double[] reference, double shift)
                {
                    int n = image.Length;
                    double loss = 0;
                    for (int i = 0; i < n; i++)
                    {
                        double pos = Math.Clamp(i + shift, 0, n - 1);
                        int i0 = (int)Math.Floor(pos);
                        int i1 = Math.Min(i0 + 1, n - 1);
                        double frac = pos - i0;
                        double sample = image[i0] * (1 - frac) + image[i1] * frac;
                        double e = sample - reference[i];
                        loss += e * e;
                    }

                    return loss;
                }
                """, (r, n) => new object[] { Vector(r, n), Vector(r, n), Uniform(r, -1.5, 1.5) }) { Sizes = ArrayCase.NonEmpty, Accept = Smooth("DsShiftRegistration") },

            // DsShiftRegistration as DIFF013 advises: (int)Gradient.Stop(Math.Floor(pos)).
            new ArrayCase("DsShiftRegistrationAdvised", """
                [Differentiable("shift", "image")]
                public static double DsShiftRegistrationAdvised(double[] image, double[] reference, double shift)
                {
                    int n = image.Length;
                    double loss = 0;
                    for (int i = 0; i < n; i++)
                    {
                        double pos = Math.Clamp(i + shift, 0, n - 1);
                        int i0 = (int)Gradient.Stop(Math.Floor(pos));
                        int i1 = Math.Min(i0 + 1, n - 1);
                        double frac = pos - i0;
                        double sample = image[i0] * (1 - frac) + image[i1] * frac;
                        double e = sample - reference[i];
                        loss += e * e;
                    }

                    return loss;
                }
                """, (r, n) => new object[] { Vector(r, n), Vector(r, n), Uniform(r, -1.5, 1.5) }) { Sizes = ArrayCase.NonEmpty, Accept = Smooth("DsShiftRegistrationAdvised") },

            // Arc length of a cubic Bezier by 16 chords, the previous point carried between iterations.
            new ArrayCase("DsBezierLength", """
                [Differentiable]
                public static double DsBezierLength(double[] px, double[] py)
                {
                    const int segments = 16;
                    double prevX = px[0], prevY = py[0];
                    double length = 0;
                    for (int s = 1; s <= segments; s++)
                    {
                        double t = (double)s / segments;
                        double u = 1 - t;
                        double b0 = u * u * u, b1 = 3 * u * u * t, b2 = 3 * u * t * t, b3 = t * t * t;
                        double x = b0 * px[0] + b1 * px[1] + b2 * px[2] + b3 * px[3];
                        double y = b0 * py[0] + b1 * py[1] + b2 * py[2] + b3 * py[3];
                        length += Math.Sqrt((x - prevX) * (x - prevX) + (y - prevY) * (y - prevY));
                        prevX = x;
                        prevY = y;
                    }

                    return length;
                }
                """, (r, n) => new object[] { Vector(r, 4), Vector(r, 4) }) { Sizes = ArrayCase.Scalar },

            // Fitting a Bezier curve's control values to samples by De Casteljau's algorithm, in place in a work array.
            new ArrayCase("DsDeCasteljauFit", """
                [Differentiable("ctrl")]
                public static double DsDeCasteljauFit(double[] ctrl, double[] samples)
                {
                    int degree = ctrl.Length - 1;
                    double[] work = new double[ctrl.Length];
                    double loss = 0;
                    for (int s = 0; s < samples.Length; s++)
                    {
                        double t = (s + 0.5) / samples.Length;
                        for (int i = 0; i <= degree; i++)
                        {
                            work[i] = ctrl[i];
                        }

                        for (int level = 1; level <= degree; level++)
                        {
                            for (int i = 0; i <= degree - level; i++)
                            {
                                work[i] = (1 - t) * work[i] + t * work[i + 1];
                            }
                        }

                        double e = work[0] - samples[s];
                        loss += e * e;
                    }

                    return loss;
                }
                """, (r, n) => new object[] { Vector(r, n), Vector(r, 5) }) { Sizes = ArrayCase.NonEmpty },

            // Catmull-Rom through 1-D control points, 4 samples per segment, the targets read by a k++ cursor.
            new ArrayCase("DsCatmullRomFit", """
                [Differentiable("points")]
                public static double DsCatmullRomFit(double[] points, double[] targets)
                {
                    const int perSegment = 4;
                    double loss = 0;
                    int k = 0;
                    for (int i = 1; i + 2 < points.Length; i++)
                    {
                        double p0 = points[i - 1], p1 = points[i], p2 = points[i + 1], p3 = points[i + 2];
                        for (int s = 0; s < perSegment; s++)
                        {
                            double t = s / (double)perSegment;
                            double t2 = t * t, t3 = t2 * t;
                            double value = 0.5 * (2 * p1 + (-p0 + p2) * t + (2 * p0 - 5 * p1 + 4 * p2 - p3) * t2 + (-p0 + 3 * p1 - 3 * p2 + p3) * t3);
                            double e = value - targets[k++];
                            loss += e * e;
                        }
                    }

                    return loss;
                }
                """, (r, n) => new object[] { Vector(r, n + 3), Vector(r, 4 * n) }),

            // DsCatmullRomFit as the DIFF015 advises: the target's index built from the counters, no k++.
            new ArrayCase("DsCatmullRomFitAdvised", """
                [Differentiable("points")]
                public static double DsCatmullRomFitAdvised(double[] points, double[] targets)
                {
                    const int perSegment = 4;
                    double loss = 0;
                    for (int i = 1; i + 2 < points.Length; i++)
                    {
                        double p0 = points[i - 1], p1 = points[i], p2 = points[i + 1], p3 = points[i + 2];
                        for (int s = 0; s < perSegment; s++)
                        {
                            double t = s / (double)perSegment;
                            double t2 = t * t, t3 = t2 * t;
                            double value = 0.5 * (2 * p1 + (-p0 + p2) * t + (2 * p0 - 5 * p1 + 4 * p2 - p3) * t2 + (-p0 + 3 * p1 - 3 * p2 + p3) * t3);
                            double e = value - targets[(i - 1) * perSegment + s];
                            loss += e * e;
                        }
                    }

                    return loss;
                }
                """, (r, n) => new object[] { Vector(r, n + 3), Vector(r, 4 * n) }),

            // Barycentric interpolation of vertex values inside a triangle.
            new ArrayCase("DsBarycentricInterp", """
                [Differentiable]
                public static double DsBarycentricInterp(double ax, double ay, double bx, double by, double cx, double cy, double px, double py, double va, double vb, double vc)
                {
                    double det = (by - cy) * (ax - cx) + (cx - bx) * (ay - cy);
                    double wa = ((by - cy) * (px - cx) + (cx - bx) * (py - cy)) / det;
                    double wb = ((cy - ay) * (px - cx) + (ax - cx) * (py - cy)) / det;
                    double wc = 1 - wa - wb;
                    return wa * va + wb * vb + wc * vc;
                }
                """, (r, n) => new object[] { Uniform(r, -0.1, 0.1), Uniform(r, -0.1, 0.1), Uniform(r, 0.9, 1.1), Uniform(r, -0.1, 0.1), Uniform(r, -0.1, 0.1), Uniform(r, 0.9, 1.1), Uniform(r, 0.1, 0.4), Uniform(r, 0.1, 0.4), Uniform(r, -1, 1), Uniform(r, -1, 1), Uniform(r, -1, 1) })
            { Sizes = ArrayCase.Scalar },

            // Phong shading: normalised vectors, diffuse by Math.Max(0, n·l), specular by Math.Pow of the clamped r·v.
            new ArrayCase("DsPhong", """
                [Differentiable]
                public static double DsPhong(double nx, double ny, double nz, double lx, double ly, double lz, double shininess)
                {
                    double nl = Math.Sqrt(nx * nx + ny * ny + nz * nz);
                    nx /= nl; ny /= nl; nz /= nl;
                    double ll = Math.Sqrt(lx * lx + ly * ly + lz * lz);
                    lx /= ll; ly /= ll; lz /= ll;
                    double ndotl = nx * lx + ny * ly + nz * lz;
                    double diffuse = Math.Max(0, ndotl);
                    // reflect l about n, view straight down -z
                    double rz = 2 * ndotl * nz - lz;
                    double specular = Math.Pow(Math.Max(0, rz), shininess);
                    return 0.1 + 0.7 * diffuse + 0.2 * specular;
                }
                """, (r, n) => new object[] { Uniform(r, -0.5, 0.5), Uniform(r, -0.5, 0.5), Uniform(r, 0.5, 1), Uniform(r, -0.5, 0.5), Uniform(r, -0.5, 0.5), Uniform(r, 0.5, 1), Uniform(r, 4, 32) })
            { Sizes = ArrayCase.Scalar, Accept = Smooth("DsPhong") },

            // Reinhard tone mapping with gamma 2.2 against target pixels, exposure differentiated; divided by max(1, n).
            new ArrayCase("DsToneMap", """
                [Differentiable("pixels", "exposure")]
                public static double DsToneMap(double[] pixels, double[] target, double exposure)
                {
                    double loss = 0;
                    for (int i = 0; i < pixels.Length; i++)
                    {
                        double c = pixels[i] * exposure;
                        double mapped = Math.Pow(c / (1 + c), 1 / 2.2);
                        double e = mapped - target[i];
                        loss += e * e;
                    }

                    return loss / Math.Max(1, pixels.Length);
                }
                """, (r, n) => new object[] { Vector(r, n, 0.05, 4), Vector(r, n, 0, 1), Uniform(r, 0.5, 2) }),

            // Soft rasterisation of a circle onto a width × width image: sigmoid coverage per pixel, nested loops.
            new ArrayCase("DsSoftRaster", """
                [Differentiable("cx", "cy", "radius")]
                public static double DsSoftRaster(double cx, double cy, double radius, double[] image, int width)
                {
                    const double sigma = 0.05;
                    int height = width == 0 ? 0 : image.Length / width;
                    double loss = 0;
                    for (int row = 0; row < height; row++)
                    {
                        for (int col = 0; col < width; col++)
                        {
                            double x = (col + 0.5) / width, y = (row + 0.5) / height;
                            double d = Math.Sqrt((x - cx) * (x - cx) + (y - cy) * (y - cy)) - radius;
                            double coverage = 1 / (1 + Math.Exp(d / sigma));
                            double e = coverage - image[row * width + col];
                            loss += e * e;
                        }
                    }

                    return loss;
                }
                """, (r, n) => new object[] { Uniform(r, 0.3, 0.7), Uniform(r, 0.3, 0.7), Uniform(r, 0.15, 0.35), Vector(r, n * n, 0, 1), n }),

            // CIE76 colour difference: sRGB decoded per channel into a local array made in the loop, to XYZ, to Lab through a
            // [Differentiable] helper with Math.Cbrt and its linear toe, mean ΔE against target Lab values.
            new ArrayCase("DsColorDeltaE", """
                [Differentiable]
                public static double DsLabF(double t)
                {
                    const double delta = 6.0 / 29.0;
                    return t > delta * delta * delta ? Math.Cbrt(t) : t / (3 * delta * delta) + 4.0 / 29.0;
                }

                [Differentiable("rgb")]
                public static double DsColorDeltaE(double[] rgb, double[] targetLab)
                {
                    int pixels = rgb.Length / 3;
                    double total = 0;
                    for (int p = 0; p < pixels; p++)
                    {
                        double[] lin = new double[3];
                        for (int c = 0; c < 3; c++)
                        {
                            double v = rgb[3 * p + c];
                            lin[c] = v <= 0.04045 ? v / 12.92 : Math.Pow((v + 0.055) / 1.055, 2.4);
                        }

                        double x = 0.4124 * lin[0] + 0.3576 * lin[1] + 0.1805 * lin[2];
                        double y = 0.2126 * lin[0] + 0.7152 * lin[1] + 0.0722 * lin[2];
                        double z = 0.0193 * lin[0] + 0.1192 * lin[1] + 0.9505 * lin[2];
                        double fx = DsLabF(x / 0.95047), fy = DsLabF(y), fz = DsLabF(z / 1.08883);
                        double L = 116 * fy - 16, A = 500 * (fx - fy), B = 200 * (fy - fz);
                        double dL = L - targetLab[3 * p], dA = A - targetLab[3 * p + 1], dB = B - targetLab[3 * p + 2];
                        total += Math.Sqrt(dL * dL + dA * dA + dB * dB);
                    }

                    return total / Math.Max(pixels, 1);
                }
                """, (r, n) => new object[] { Vector(r, 3 * n, 0, 1), Vector(r, 3 * n, -20, 60) }) { Accept = Smooth("DsColorDeltaE") },

            // ---------------------------------------------------------------- economics and operations research

            // CES utility (Σ a_i x_i^ρ)^(1/ρ).
            new ArrayCase("DsCesUtility", """
                [Differentiable("x", "share", "rho")]
                public static double DsCesUtility(double[] x, double[] share, double rho)
                {
                    double sum = 0;
                    for (int i = 0; i < x.Length; i++)
                    {
                        sum += share[i] * Math.Pow(x[i], rho);
                    }

                    return Math.Pow(sum, 1 / rho);
                }
                """, (r, n) => new object[] { Vector(r, n, 0.5, 3), Vector(r, n, 0.1, 1), Uniform(r, 0.2, 0.8) }) { Sizes = ArrayCase.NonEmpty },

            // Markowitz mean–variance objective, the covariance row-major in a flat array.
            new ArrayCase("DsMeanVariance", """
                [Differentiable("w", "mu", "cov")]
                public static double DsMeanVariance(double[] w, double[] mu, double[] cov, double riskAversion)
                {
                    int n = w.Length;
                    double ret = 0, variance = 0;
                    for (int i = 0; i < n; i++)
                    {
                        ret += w[i] * mu[i];
                        for (int j = 0; j < n; j++)
                        {
                            variance += w[i] * cov[i * n + j] * w[j];
                        }
                    }

                    return ret - 0.5 * riskAversion * variance;
                }
                """, (r, n) => new object[] { Vector(r, n, 0, 1), Vector(r, n, -0.1, 0.2), Vector(r, n * n, -0.1, 0.1), Uniform(r, 1, 5) }),

            // Long-only weights by softmax of logits into a local array, then the Sharpe ratio (covariance flat).
            new ArrayCase("DsSoftmaxSharpe", """
                [Differentiable("logits")]
                public static double DsSoftmaxSharpe(double[] logits, double[] mu, double[] cov, double riskFree)
                {
                    int n = logits.Length;
                    double[] w = new double[n];
                    double max = logits[0];
                    for (int i = 1; i < n; i++)
                    {
                        if (logits[i] > max) max = logits[i];
                    }

                    double total = 0;
                    for (int i = 0; i < n; i++)
                    {
                        w[i] = Math.Exp(logits[i] - max);
                        total += w[i];
                    }

                    for (int i = 0; i < n; i++)
                    {
                        w[i] /= total;
                    }

                    double excess = 0, variance = 0;
                    for (int i = 0; i < n; i++)
                    {
                        excess += w[i] * (mu[i] - riskFree);
                        for (int j = 0; j < n; j++)
                        {
                            variance += w[i] * w[j] * cov[i * n + j];
                        }
                    }

                    return excess / Math.Sqrt(variance);
                }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), Vector(r, n, 0.02, 0.12), SpdFlat(r, n, 0.01, 0.05), 0.01 }) { Sizes = ArrayCase.NonEmpty },

            // Multi-period inventory with backlog: holding cost on max(0, stock), backlog cost on max(0, −stock).
            new ArrayCase("DsInventoryBacklog", """
                [Differentiable("orders", "holding", "backlog")]
                public static double DsInventoryBacklog(double[] orders, double[] demand, double start, double holding, double backlog)
                {
                    double stock = start;
                    double cost = 0;
                    for (int t = 0; t < demand.Length; t++)
                    {
                        stock += orders[t] - demand[t];
                        cost += holding * Math.Max(0, stock) + backlog * Math.Max(0, -stock);
                        cost += 0.1 * orders[t] * orders[t];
                    }

                    return cost;
                }
                """, (r, n) => new object[] { Vector(r, n, 0, 3), Vector(r, n, 0, 3), Uniform(r, -1, 2), Uniform(r, 0.5, 1.5), Uniform(r, 2, 5) }) { Accept = Smooth("DsInventoryBacklog") },

            // Lost sales: stock = max(0, stock + order − demand), unmet demand penalised.
            new ArrayCase("DsInventoryLostSales", """
                [Differentiable("orders")]
                public static double DsInventoryLostSales(double[] orders, double[] demand, double holding, double shortage)
                {
                    double stock = 0;
                    double cost = 0;
                    for (int t = 0; t < orders.Length; t++)
                    {
                        double available = stock + orders[t];
                        double lost = Math.Max(0, demand[t] - available);
                        stock = Math.Max(0, available - demand[t]);
                        cost += holding * stock + shortage * lost + 0.5 * orders[t];
                    }

                    return cost;
                }
                """, (r, n) => new object[] { Vector(r, n, 0, 3), Vector(r, n, 0, 3), Uniform(r, 0.5, 1.5), Uniform(r, 2, 5) }) { Accept = Smooth("DsInventoryLostSales") },

            // Monte-Carlo call price with the payoff max(S − K, 0) smoothed by a softplus written in its stable two-branch
            // form; a guard clause for no paths, foreach over the paths.
            new ArrayCase("DsSmoothedCall", """
                [Differentiable("paths", "strike", "rate")]
                public static double DsSmoothedCall(double[] paths, double strike, double rate, double maturity, double beta)
                {
                    if (paths.Length == 0) return 0;
                    double total = 0;
                    foreach (double s in paths)
                    {
                        double z = beta * (s - strike);
                        double softPlus = z > 0 ? z + Math.Log(1 + Math.Exp(-z)) : Math.Log(1 + Math.Exp(z));
                        total += softPlus / beta;
                    }

                    return Math.Exp(-rate * maturity) * total / paths.Length;
                }
                """, (r, n) => new object[] { Vector(r, n, 80, 120), Uniform(r, 90, 110), Uniform(r, 0, 0.05), Uniform(r, 0.5, 2), Uniform(r, 0.5, 2) }) { Accept = Smooth("DsSmoothedCall") },

            // Multinomial-logit demand with an outside option; profit over the products, exp(u) kept in a local array.
            new ArrayCase("DsLogitProfit", """
                [Differentiable("prices")]
                public static double DsLogitProfit(double[] prices, double[] cost, double quality, double alpha, double marketSize)
                {
                    int n = prices.Length;
                    double[] expU = new double[n];
                    double denom = 1;
                    for (int i = 0; i < n; i++)
                    {
                        expU[i] = Math.Exp(quality - alpha * prices[i]);
                        denom += expU[i];
                    }

                    double profit = 0;
                    for (int i = 0; i < n; i++)
                    {
                        profit += (prices[i] - cost[i]) * marketSize * expU[i] / denom;
                    }

                    return profit;
                }
                """, (r, n) => new object[] { Vector(r, n, 1, 3), Vector(r, n, 0.5, 1), Uniform(r, 1, 3), Uniform(r, 0.5, 2), 100.0 }),

            // Monopoly profit under a demand model chosen by a switch expression: linear (kinked at 0), exponential, iso-elastic.
            new ArrayCase("DsMonopolyProfit", """
                [Differentiable("price", "a", "b")]
                public static double DsMonopolyProfit(double price, double cost, double a, double b, int model)
                {
                    double quantity = model switch
                    {
                        0 => Math.Max(0, a - b * price),
                        1 => a * Math.Exp(-b * price),
                        _ => a * Math.Pow(price, -b),
                    };
                    return (price - cost) * quantity;
                }
                """, (r, n) => new object[] { Uniform(r, 1, 4), Uniform(r, 0.5, 1), Uniform(r, 2, 6), Uniform(r, 0.5, 2), r.Next(3) }) { Sizes = ArrayCase.Scalar, Accept = Smooth("DsMonopolyProfit") },

            // Black–Scholes call through a normal CDF helper (Abramowitz–Stegun 26.2.17 with its x ≥ 0 branch).
            new ArrayCase("DsBlackScholesCall", """
                [Differentiable]
                public static double DsNormCdf(double x)
                {
                    double t = 1 / (1 + 0.2316419 * Math.Abs(x));
                    double poly = t * (0.319381530 + t * (-0.356563782 + t * (1.781477937 + t * (-1.821255978 + t * 1.330274429))));
                    double tail = Math.Exp(-0.5 * x * x) / Math.Sqrt(2 * Math.PI) * poly;
                    return x >= 0 ? 1 - tail : tail;
                }

                [Differentiable("spot", "rate", "vol")]
                public static double DsBlackScholesCall(double spot, double strike, double rate, double vol, double maturity)
                {
                    double sqrtT = Math.Sqrt(maturity);
                    double d1 = (Math.Log(spot / strike) + (rate + 0.5 * vol * vol) * maturity) / (vol * sqrtT);
                    double d2 = d1 - vol * sqrtT;
                    return spot * DsNormCdf(d1) - strike * Math.Exp(-rate * maturity) * DsNormCdf(d2);
                }
                """, (r, n) => new object[] { Uniform(r, 80, 120), 100.0, Uniform(r, 0, 0.05), Uniform(r, 0.1, 0.4), Uniform(r, 0.25, 2) }) { Sizes = ArrayCase.Scalar, Accept = Smooth("DsBlackScholesCall") },

            // Bond price from a yield, the discount factor carried through the loop; the years an int parameter.
            new ArrayCase("DsBondPrice", """
                [Differentiable("yield", "coupon")]
                public static double DsBondPrice(double yield, double coupon, double face, int years)
                {
                    double price = 0, discount = 1;
                    for (int t = 1; t <= years; t++)
                    {
                        discount /= 1 + yield;
                        price += coupon * discount;
                    }

                    return price + face * discount;
                }
                """, (r, n) => new object[] { Uniform(r, 0.01, 0.08), Uniform(r, 1, 6), 100.0, 3 * n }),

            // A linear program by a quadratic penalty: cost c·x, violations of A x ≤ b by Math.Max, x ≥ 0 by an if.
            new ArrayCase("DsPenaltyLp", """
                [Differentiable("x")]
                public static double DsPenaltyLp(double[] x, double[] c, double[] a, double[] b, double mu)
                {
                    int n = x.Length;
                    int m = b.Length;
                    double obj = 0;
                    for (int j = 0; j < n; j++)
                    {
                        obj += c[j] * x[j];
                    }

                    for (int i = 0; i < m; i++)
                    {
                        double row = 0;
                        for (int j = 0; j < n; j++)
                        {
                            row += a[i * n + j] * x[j];
                        }

                        double violation = Math.Max(0, row - b[i]);
                        obj += mu * violation * violation;
                    }

                    for (int j = 0; j < n; j++)
                    {
                        if (x[j] < 0)
                        {
                            obj += mu * x[j] * x[j];
                        }
                    }

                    return obj;
                }
                """, (r, n) => new object[] { Vector(r, n, -1, 2), Vector(r, n, -1, 1), Vector(r, 3 * n, 0, 1), Vector(r, 3, 0.5, 2), 10.0 }) { Accept = Smooth("DsPenaltyLp") },

            // American put on a binomial tree: payoffs into a local array, then backward induction in place, each node the
            // larger of holding (reads values[j] and values[j + 1]) and exercising.
            new ArrayCase("DsAmericanPut", """
                [Differentiable("spot", "rate", "vol")]
                public static double DsAmericanPut(double spot, double strike, double rate, double vol, double maturity, int steps)
                {
                    double dt = maturity / steps;
                    double up = Math.Exp(vol * Math.Sqrt(dt));
                    double down = 1 / up;
                    double p = (Math.Exp(rate * dt) - down) / (up - down);
                    double disc = Math.Exp(-rate * dt);
                    double[] values = new double[steps + 1];
                    for (int j = 0; j <= steps; j++)
                    {
                        double price = spot * Math.Pow(up, j) * Math.Pow(down, steps - j);
                        values[j] = Math.Max(strike - price, 0);
                    }

                    for (int i = steps - 1; i >= 0; i--)
                    {
                        for (int j = 0; j <= i; j++)
                        {
                            double price = spot * Math.Pow(up, j) * Math.Pow(down, i - j);
                            double hold = disc * (p * values[j + 1] + (1 - p) * values[j]);
                            values[j] = Math.Max(hold, strike - price);
                        }
                    }

                    return values[0];
                }
                """, (r, n) => new object[] { Uniform(r, 80, 120), 100.0, Uniform(r, 0.01, 0.08), Uniform(r, 0.1, 0.4), Uniform(r, 0.25, 2), 3 * n }) { Sizes = ArrayCase.NonEmpty, Accept = Smooth("DsAmericanPut") },

            // Walrasian tâtonnement: the price moved by the excess demand in a while (true) loop until it is below 1e-10 (or
            // 500 rounds), then the revenue at the equilibrium.
            new ArrayCase("DsTatonnement", """
                [Differentiable("a", "b")]
                public static double DsTatonnement(double a, double b, double c, double d)
                {
                    double price = 1;
                    int iter = 0;
                    while (true)
                    {
                        double excess = (a - b * price) - (c + d * price);
                        price += 0.1 * excess;
                        iter++;
                        if (Math.Abs(excess) < 1e-10 || iter >= 500) break;
                    }

                    return price * (c + d * price);
                }
                """, (r, n) => new object[] { Uniform(r, 5, 10), Uniform(r, 0.5, 2), Uniform(r, 0, 2), Uniform(r, 0.5, 2) }) { Sizes = ArrayCase.Scalar },

            // Portfolio volatility with the covariance as a double[,] (data), the weights differentiated.
            new ArrayCase("DsPortfolioRisk2D", """
                [Differentiable("w")]
                public static double DsPortfolioRisk2D(double[] w, double[,] cov)
                {
                    int n = w.Length;
                    double risk = 0;
                    for (int i = 0; i < n; i++)
                    {
                        for (int j = 0; j < n; j++)
                        {
                            risk += w[i] * cov[i, j] * w[j];
                        }
                    }

                    return Math.Sqrt(risk);
                }
                """, (r, n) => new object[] { Vector(r, n, 0.1, 1), Square(SpdFlat(r, n, 0.01, 0.05), n) }) { Sizes = ArrayCase.NonEmpty },

            // ---------------------------------------------------------------- ODE integrators

            // RK4 for a pendulum, the state in a local array given its elements, updated each step.
            new ArrayCase("DsRk4Pendulum", """
                [Differentiable("theta0", "omega0", "length")]
                public static double DsRk4Pendulum(double theta0, double omega0, double length, int steps)
                {
                    const double g = 9.81;
                    const double dt = 0.02;
                    double[] s = { theta0, omega0 };
                    for (int step = 0; step < steps; step++)
                    {
                        double th = s[0], om = s[1];
                        double k1t = om, k1o = -g / length * Math.Sin(th);
                        double k2t = om + 0.5 * dt * k1o, k2o = -g / length * Math.Sin(th + 0.5 * dt * k1t);
                        double k3t = om + 0.5 * dt * k2o, k3o = -g / length * Math.Sin(th + 0.5 * dt * k2t);
                        double k4t = om + dt * k3o, k4o = -g / length * Math.Sin(th + dt * k3t);
                        s[0] = th + dt / 6 * (k1t + 2 * k2t + 2 * k3t + k4t);
                        s[1] = om + dt / 6 * (k1o + 2 * k2o + 2 * k3o + k4o);
                    }

                    return s[0] * s[0] + 0.1 * s[1] * s[1];
                }
                """, (r, n) => new object[] { Uniform(r, -1, 1), Uniform(r, -1, 1), Uniform(r, 0.5, 2), 5 * n }),

            // Lotka–Volterra fitted to observations by RK4 with 4 substeps per sample; the right-hand sides as local functions.
            new ArrayCase("DsLotkaVolterraFit", """
                [Differentiable("rates", "x0", "y0")]
                public static double DsLotkaVolterraFit(double[] rates, double x0, double y0, double[] observed)
                {
                    double alpha = rates[0], beta = rates[1], delta = rates[2], gamma = rates[3];
                    double Fx(double x, double y) => alpha * x - beta * x * y;
                    double Fy(double x, double y) => delta * x * y - gamma * y;

                    const double dt = 0.05;
                    double[] state = new double[2];
                    state[0] = x0;
                    state[1] = y0;
                    double loss = 0;
                    int samples = observed.Length / 2;
                    for (int t = 0; t < samples; t++)
                    {
                        for (int sub = 0; sub < 4; sub++)
                        {
                            double x = state[0], y = state[1];
                            double k1x = Fx(x, y), k1y = Fy(x, y);
                            double k2x = Fx(x + 0.5 * dt * k1x, y + 0.5 * dt * k1y), k2y = Fy(x + 0.5 * dt * k1x, y + 0.5 * dt * k1y);
                            double k3x = Fx(x + 0.5 * dt * k2x, y + 0.5 * dt * k2y), k3y = Fy(x + 0.5 * dt * k2x, y + 0.5 * dt * k2y);
                            double k4x = Fx(x + dt * k3x, y + dt * k3y), k4y = Fy(x + dt * k3x, y + dt * k3y);
                            state[0] += dt / 6 * (k1x + 2 * k2x + 2 * k3x + k4x);
                            state[1] += dt / 6 * (k1y + 2 * k2y + 2 * k3y + k4y);
                        }

                        double ex = state[0] - observed[2 * t], ey = state[1] - observed[2 * t + 1];
                        loss += ex * ex + ey * ey;
                    }

                    return loss;
                }
                """, (r, n) => new object[] { new[] { Uniform(r, 0.8, 1.2), Uniform(r, 0.3, 0.5), Uniform(r, 0.2, 0.4), Uniform(r, 0.6, 1.0) }, Uniform(r, 1, 2), Uniform(r, 0.5, 1), Vector(r, 2 * n, 0.5, 2) }),

            // Mass–spring–damper driven by a force sequence, semi-implicit Euler (v first, then x with the new v).
            new ArrayCase("DsSpringDamperControl", """
                [Differentiable("force", "k", "c")]
                public static double DsSpringDamperControl(double[] force, double k, double c, double mass)
                {
                    const double dt = 0.01;
                    double x = 0, v = 0, cost = 0;
                    for (int t = 0; t < force.Length; t++)
                    {
                        double a = (force[t] - k * x - c * v) / mass;
                        v += dt * a;
                        x += dt * v;
                        double err = x - 0.05;
                        cost += err * err + 1e-4 * force[t] * force[t];
                    }

                    return cost;
                }
                """, (r, n) => new object[] { Vector(r, n, -10, 10), Uniform(r, 5, 20), Uniform(r, 0.5, 2), Uniform(r, 0.5, 2) }),

            // Projectile with quadratic drag, velocity-Verlet-like update in a while loop over a step counter.
            new ArrayCase("DsProjectileDrag", """
                [Differentiable("speed", "angle", "drag")]
                public static double DsProjectileDrag(double speed, double angle, double drag, int steps)
                {
                    const double g = 9.81, dt = 0.01;
                    double x = 0, y = 0;
                    double vx = speed * Math.Cos(angle), vy = speed * Math.Sin(angle);
                    int step = 0;
                    while (step < steps)
                    {
                        double v = Math.Sqrt(vx * vx + vy * vy);
                        double ax = -drag * v * vx, ay = -g - drag * v * vy;
                        x += vx * dt + 0.5 * ax * dt * dt;
                        y += vy * dt + 0.5 * ay * dt * dt;
                        vx += ax * dt;
                        vy += ay * dt;
                        step++;
                    }

                    return x + y;
                }
                """, (r, n) => new object[] { Uniform(r, 5, 20), Uniform(r, 0.3, 1.2), Uniform(r, 0.01, 0.1), 7 * n }),

            // Störmer–Verlet orbit (position form, previous position carried), energy from the last two positions.
            new ArrayCase("DsVerletOrbit", """
                [Differentiable]
                public static double DsVerletOrbit(double x0, double y0, double vx0, double vy0, int steps)
                {
                    const double dt = 0.05;
                    double x = x0, y = y0;
                    double r3 = Math.Pow(x * x + y * y, 1.5);
                    double xPrev = x - vx0 * dt - 0.5 * x / r3 * dt * dt;
                    double yPrev = y - vy0 * dt - 0.5 * y / r3 * dt * dt;
                    for (int i = 0; i < steps; i++)
                    {
                        r3 = Math.Pow(x * x + y * y, 1.5);
                        double xNext = 2 * x - xPrev - x / r3 * dt * dt;
                        double yNext = 2 * y - yPrev - y / r3 * dt * dt;
                        xPrev = x;
                        yPrev = y;
                        x = xNext;
                        y = yNext;
                    }

                    double vx = (x - xPrev) / dt, vy = (y - yPrev) / dt;
                    return 0.5 * (vx * vx + vy * vy) - 1 / Math.Sqrt(x * x + y * y);
                }
                """, (r, n) => new object[] { Uniform(r, 0.9, 1.1), Uniform(r, -0.1, 0.1), Uniform(r, -0.1, 0.1), Uniform(r, 0.9, 1.1), 4 * n }),

            // Explicit heat equation with Dirichlet ends (ternaries at the edges), next step into a second array, copied back.
            new ArrayCase("DsHeatEquation", """
                [Differentiable("u0", "kappa")]
                public static double DsHeatEquation(double[] u0, double[] target, double kappa, int steps)
                {
                    int n = u0.Length;
                    double[] u = new double[n];
                    double[] next = new double[n];
                    for (int i = 0; i < n; i++) u[i] = u0[i];

                    for (int s = 0; s < steps; s++)
                    {
                        for (int i = 0; i < n; i++)
                        {
                            double left = i > 0 ? u[i - 1] : 0;
                            double right = i < n - 1 ? u[i + 1] : 0;
                            next[i] = u[i] + kappa * (left - 2 * u[i] + right);
                        }

                        for (int i = 0; i < n; i++) u[i] = next[i];
                    }

                    double loss = 0;
                    for (int i = 0; i < n; i++) loss += (u[i] - target[i]) * (u[i] - target[i]);
                    return loss;
                }
                """, (r, n) => new object[] { Vector(r, n), Vector(r, n), Uniform(r, 0.1, 0.3), 3 }),

            // The same written with the usual swap of the two buffers instead of the copy.
            new ArrayCase("DsHeatEquationSwap", """
                [Differentiable("u0", "kappa")]
                public static double DsHeatEquationSwap(double[] u0, double[] target, double kappa, int steps)
                {
                    int n = u0.Length;
                    double[] u = new double[n];
                    double[] next = new double[n];
                    for (int i = 0; i < n; i++) u[i] = u0[i];

                    for (int s = 0; s < steps; s++)
                    {
                        for (int i = 0; i < n; i++)
                        {
                            double left = i > 0 ? u[i - 1] : 0;
                            double right = i < n - 1 ? u[i + 1] : 0;
                            next[i] = u[i] + kappa * (left - 2 * u[i] + right);
                        }

                        double[] tmp = u;
                        u = next;
                        next = tmp;
                    }

                    double loss = 0;
                    for (int i = 0; i < n; i++) loss += (u[i] - target[i]) * (u[i] - target[i]);
                    return loss;
                }
                """, (r, n) => new object[] { Vector(r, n), Vector(r, n), Uniform(r, 0.1, 0.3), 3 }),

            // DsHeatEquationSwap as the DIFF015 advises ("write its elements instead"): the buffers swapped element by element.
            new ArrayCase("DsHeatEquationSwapAdvised", """
                [Differentiable("u0", "kappa")]
                public static double DsHeatEquationSwapAdvised(double[] u0, double[] target, double kappa, int steps)
                {
                    int n = u0.Length;
                    double[] u = new double[n];
                    double[] next = new double[n];
                    for (int i = 0; i < n; i++) u[i] = u0[i];

                    for (int s = 0; s < steps; s++)
                    {
                        for (int i = 0; i < n; i++)
                        {
                            double left = i > 0 ? u[i - 1] : 0;
                            double right = i < n - 1 ? u[i + 1] : 0;
                            next[i] = u[i] + kappa * (left - 2 * u[i] + right);
                        }

                        for (int i = 0; i < n; i++)
                        {
                            double tmp = u[i];
                            u[i] = next[i];
                            next[i] = tmp;
                        }
                    }

                    double loss = 0;
                    for (int i = 0; i < n; i++) loss += (u[i] - target[i]) * (u[i] - target[i]);
                    return loss;
                }
                """, (r, n) => new object[] { Vector(r, n), Vector(r, n), Uniform(r, 0.1, 0.3), 3 }),

            // SIR epidemic: Euler substeps per day, a break once under 0.1 % are infected, the running peak by Math.Max plus the
            // attack rate 1 − s (which the break decides).
            new ArrayCase("DsSirPeak", """
                [Differentiable("beta", "gamma")]
                public static double DsSirPeak(double beta, double gamma, double i0, int days)
                {
                    const double dt = 0.1;
                    double s = 1 - i0, inf = i0, peak = i0;
                    for (int day = 0; day < days; day++)
                    {
                        for (int k = 0; k < 10; k++)
                        {
                            double newInf = beta * s * inf * dt;
                            double rec = gamma * inf * dt;
                            s -= newInf;
                            inf += newInf - rec;
                        }

                        if (inf < 1e-3) break;
                        peak = Math.Max(peak, inf);
                    }

                    return peak + (1 - s);
                }
                """, (r, n) => new object[] { Uniform(r, 0.1, 0.6), Uniform(r, 0.2, 0.8), Uniform(r, 0.002, 0.01), 4 * n }) { Accept = Smooth("DsSirPeak") },

            // SIR to a final time with a floating-point clock in a while loop (t += dt), the final recovered fraction.
            new ArrayCase("DsSirWhileClock", """
                [Differentiable("beta", "gamma")]
                public static double DsSirWhileClock(double beta, double gamma, double i0, double tEnd)
                {
                    double s = 1 - i0, inf = i0, rec = 0;
                    double t = 0;
                    const double dt = 0.25;
                    while (t < tEnd)
                    {
                        double flow = beta * s * inf;
                        double heal = gamma * inf;
                        s -= dt * flow;
                        inf += dt * (flow - heal);
                        rec += dt * heal;
                        t += dt;
                    }

                    return rec;
                }
                """, (r, n) => new object[] { Uniform(r, 0.2, 0.6), Uniform(r, 0.05, 0.3), Uniform(r, 0.001, 0.01), 0.1 + 2.5 * n }),

            // Position Verlet written with a tuple assignment: (prev, x) = (x, 2x − prev + a dt²).
            new ArrayCase("DsTupleVerlet", """
                [Differentiable("x0", "v0", "k")]
                public static double DsTupleVerlet(double x0, double v0, double k, int steps)
                {
                    const double dt = 0.05;
                    double prev = x0 - v0 * dt - 0.5 * k * x0 * dt * dt;
                    double x = x0;
                    for (int i = 0; i < steps; i++)
                    {
                        (prev, x) = (x, 2 * x - prev - k * x * dt * dt);
                    }

                    return x * x + 0.1 * prev;
                }
                """, (r, n) => new object[] { Uniform(r, -1, 1), Uniform(r, -1, 1), Uniform(r, 1, 10), 5 * n }),

            // A block pushed along a floor with Coulomb friction −μ m g·sign(v) (Math.Sign: DIFF012's warning), semi-implicit Euler.
            new ArrayCase("DsSlidingBlock", """
                [Differentiable("push", "mu")]
                public static double DsSlidingBlock(double[] push, double mu, double mass)
                {
                    const double g = 9.81, dt = 0.01;
                    double x = 0, v = 0.5;
                    for (int t = 0; t < push.Length; t++)
                    {
                        double friction = -mu * mass * g * Math.Sign(v);
                        v += dt * (push[t] + friction) / mass;
                        x += dt * v;
                    }

                    return x;
                }
                """, (r, n) => new object[] { Vector(r, n, -10, 10), Uniform(r, 0.1, 0.5), Uniform(r, 0.5, 2) }) { Accept = Smooth("DsSlidingBlock") },

            // Poisson's equation −u'' = f on (0, 1) by SOR sweeps in place (each update reads the neighbour just updated),
            // ω differentiated with the load.
            new ArrayCase("DsSorPoisson", """
                [Differentiable("f", "omega")]
                public static double DsSorPoisson(double[] f, double[] target, double omega, int sweeps)
                {
                    int n = f.Length;
                    double h2 = 1.0 / ((n + 1) * (n + 1));
                    double[] u = new double[n];
                    for (int s = 0; s < sweeps; s++)
                    {
                        for (int i = 0; i < n; i++)
                        {
                            double left = i > 0 ? u[i - 1] : 0;
                            double right = i < n - 1 ? u[i + 1] : 0;
                            u[i] = (1 - omega) * u[i] + omega * 0.5 * (left + right + h2 * f[i]);
                        }
                    }

                    double loss = 0;
                    for (int i = 0; i < n; i++) loss += (u[i] - target[i]) * (u[i] - target[i]);
                    return loss;
                }
                """, (r, n) => new object[] { Vector(r, n, -10, 10), Vector(r, n, -0.05, 0.05), Uniform(r, 1, 1.8), 4 }),

            // ---------------------------------------------------------------- neural-net pieces

            // Two-layer MLP, tanh hidden layer in a local array reused per sample, mean squared error.
            new ArrayCase("DsMlpLoss", """
                [Differentiable("w1", "b1", "w2", "b2")]
                public static double DsMlpLoss(double[] w1, double[] b1, double[] w2, double b2, double[] x, double[] y)
                {
                    int hidden = b1.Length;
                    int inputs = w1.Length / hidden;
                    int samples = y.Length;
                    double[] h = new double[hidden];
                    double loss = 0;
                    for (int s = 0; s < samples; s++)
                    {
                        for (int j = 0; j < hidden; j++)
                        {
                            double z = b1[j];
                            for (int i = 0; i < inputs; i++)
                            {
                                z += w1[j * inputs + i] * x[s * inputs + i];
                            }

                            h[j] = Math.Tanh(z);
                        }

                        double output = b2;
                        for (int j = 0; j < hidden; j++)
                        {
                            output += w2[j] * h[j];
                        }

                        double e = output - y[s];
                        loss += 0.5 * e * e;
                    }

                    return loss / samples;
                }
                """, (r, n) => new object[] { Vector(r, 6, -1, 1), Vector(r, 3, -0.5, 0.5), Vector(r, 3, -1, 1), Uniform(r, -0.5, 0.5), Vector(r, 2 * n), Vector(r, n) }) { Sizes = ArrayCase.NonEmpty },

            // The same with ReLU by Math.Max(0, z) and a sigmoid output with binary cross-entropy.
            new ArrayCase("DsMlpRelu", """
                [Differentiable("w1", "b1", "w2", "b2")]
                public static double DsMlpRelu(double[] w1, double[] b1, double[] w2, double b2, double[] x, double[] y)
                {
                    int hidden = b1.Length;
                    int inputs = w1.Length / hidden;
                    double loss = 0;
                    for (int s = 0; s < y.Length; s++)
                    {
                        double logit = b2;
                        for (int j = 0; j < hidden; j++)
                        {
                            double z = b1[j];
                            for (int i = 0; i < inputs; i++) z += w1[j * inputs + i] * x[s * inputs + i];
                            logit += w2[j] * Math.Max(0, z);
                        }

                        double p = 1 / (1 + Math.Exp(-logit));
                        loss -= y[s] * Math.Log(p) + (1 - y[s]) * Math.Log(1 - p);
                    }

                    return loss;
                }
                """, (r, n) => new object[] { Vector(r, 6, -1, 1), Vector(r, 3, -0.5, 0.5), Vector(r, 3, -1, 1), Uniform(r, -0.5, 0.5), Vector(r, 2 * n), Enumerable.Range(0, n).Select(_ => (double)r.Next(2)).ToArray() }) { Accept = Smooth("DsMlpRelu") },

            // Layer norm (means by foreach) with gain and bias, squared error against a target.
            new ArrayCase("DsLayerNormLoss", """
                [Differentiable("x", "gain", "bias")]
                public static double DsLayerNormLoss(double[] x, double[] gain, double[] bias, double[] target)
                {
                    const double eps = 1e-5;
                    int n = x.Length;
                    double mean = 0;
                    foreach (double v in x) mean += v;
                    mean /= n;
                    double variance = 0;
                    foreach (double v in x) variance += (v - mean) * (v - mean);
                    variance /= n;
                    double inv = 1 / Math.Sqrt(variance + eps);
                    double loss = 0;
                    for (int i = 0; i < n; i++)
                    {
                        double y = gain[i] * (x[i] - mean) * inv + bias[i];
                        loss += (y - target[i]) * (y - target[i]);
                    }

                    return loss;
                }
                """, (r, n) => new object[] { Vector(r, n), Vector(r, n, 0.5, 1.5), Vector(r, n, -0.5, 0.5), Vector(r, n) }) { Sizes = new[] { 2, 3, 5, 8 } },

            // Single-query scaled dot-product attention over a short sequence, softmax with the running maximum subtracted.
            new ArrayCase("DsAttentionReadout", """
                [Differentiable("query", "keys", "values")]
                public static double DsAttentionReadout(double[] query, double[] keys, double[] values, double[] target)
                {
                    int d = query.Length;
                    int len = keys.Length / d;
                    double scale = 1 / Math.Sqrt(d);
                    double[] scores = new double[len];
                    double max = double.NegativeInfinity;
                    for (int t = 0; t < len; t++)
                    {
                        double s = 0;
                        for (int k = 0; k < d; k++) s += query[k] * keys[t * d + k];
                        scores[t] = s * scale;
                        max = Math.Max(max, scores[t]);
                    }

                    double sum = 0;
                    for (int t = 0; t < len; t++)
                    {
                        scores[t] = Math.Exp(scores[t] - max);
                        sum += scores[t];
                    }

                    double loss = 0;
                    for (int k = 0; k < d; k++)
                    {
                        double o = 0;
                        for (int t = 0; t < len; t++) o += scores[t] / sum * values[t * d + k];
                        loss += (o - target[k]) * (o - target[k]);
                    }

                    return loss;
                }
                """, (r, n) => new object[] { Vector(r, 3, -1, 1), Vector(r, 3 * n, -1, 1), Vector(r, 3 * n, -1, 1), Vector(r, 3, -1, 1) }) { Sizes = ArrayCase.NonEmpty },

            // One GRU step: update and reset gates into local arrays, the candidate through r ⊙ h, the new state's squared norm.
            new ArrayCase("DsGruCell", """
                [Differentiable("wz", "wr", "wh", "uz", "ur", "uh", "h")]
                public static double DsGruCell(double[] wz, double[] wr, double[] wh, double[] uz, double[] ur, double[] uh, double[] x, double[] h)
                {
                    int n = h.Length;
                    int m = x.Length;
                    double[] r = new double[n];
                    double[] z = new double[n];
                    for (int i = 0; i < n; i++)
                    {
                        double az = 0, ar = 0;
                        for (int j = 0; j < m; j++)
                        {
                            az += wz[i * m + j] * x[j];
                            ar += wr[i * m + j] * x[j];
                        }

                        for (int j = 0; j < n; j++)
                        {
                            az += uz[i * n + j] * h[j];
                            ar += ur[i * n + j] * h[j];
                        }

                        z[i] = 1 / (1 + Math.Exp(-az));
                        r[i] = 1 / (1 + Math.Exp(-ar));
                    }

                    double norm = 0;
                    for (int i = 0; i < n; i++)
                    {
                        double a = 0;
                        for (int j = 0; j < m; j++) a += wh[i * m + j] * x[j];
                        for (int j = 0; j < n; j++) a += uh[i * n + j] * r[j] * h[j];
                        double candidate = Math.Tanh(a);
                        double hNew = (1 - z[i]) * h[i] + z[i] * candidate;
                        norm += hNew * hNew;
                    }

                    return norm;
                }
                """, (r, n) => new object[] { Vector(r, 2 * n, -1, 1), Vector(r, 2 * n, -1, 1), Vector(r, 2 * n, -1, 1), Vector(r, n * n, -1, 1), Vector(r, n * n, -1, 1), Vector(r, n * n, -1, 1), Vector(r, 2, -1, 1), Vector(r, n, -1, 1) }),

            // 1-D convolution with "same" zero padding (out-of-range taps skipped by continue) and a leaky ReLU.
            new ArrayCase("DsConvSame", """
                [Differentiable("kernel", "bias", "signal")]
                public static double DsConvSame(double[] kernel, double bias, double[] signal, double[] target)
                {
                    int n = signal.Length;
                    int pad = kernel.Length / 2;
                    double loss = 0;
                    for (int i = 0; i < n; i++)
                    {
                        double acc = bias;
                        for (int k = 0; k < kernel.Length; k++)
                        {
                            int j = i + k - pad;
                            if (j < 0 || j >= n) continue;
                            acc += kernel[k] * signal[j];
                        }

                        double act = acc > 0 ? acc : 0.01 * acc;
                        loss += (act - target[i]) * (act - target[i]);
                    }

                    return loss;
                }
                """, (r, n) => new object[] { Vector(r, 3, -1, 1), Uniform(r, -0.5, 0.5), Vector(r, n), Vector(r, n) }) { Accept = Smooth("DsConvSame") },

            // Multiclass logistic regression over int[] labels: logits into a local array, the max by an if, weight decay.
            new ArrayCase("DsSoftmaxRegression", """
                [Differentiable("weights")]
                public static double DsSoftmaxRegression(double[] weights, double[] features, int[] labels, int classes)
                {
                    const double decay = 1e-3;
                    int samples = labels.Length;
                    int dim = weights.Length / classes;
                    double[] logits = new double[classes];
                    double nll = 0;
                    for (int s = 0; s < samples; s++)
                    {
                        double max = double.MinValue;
                        for (int c = 0; c < classes; c++)
                        {
                            double z = 0;
                            for (int k = 0; k < dim; k++) z += weights[c * dim + k] * features[s * dim + k];
                            logits[c] = z;
                            if (z > max) max = z;
                        }

                        double sum = 0;
                        for (int c = 0; c < classes; c++) sum += Math.Exp(logits[c] - max);
                        nll += Math.Log(sum) + max - logits[labels[s]];
                    }

                    double reg = 0;
                    foreach (double w in weights) reg += w * w;
                    return nll / samples + decay * reg;
                }
                """, (r, n) => new object[] { Vector(r, 6, -1, 1), Vector(r, 2 * n), Enumerable.Range(0, n).Select(_ => r.Next(3)).ToArray(), 3 }) { Sizes = ArrayCase.NonEmpty },

            // Elman RNN over a sequence: the new state into a second array, copied back by a loop; the last output's error.
            new ArrayCase("DsRnnLastOutput", """
                [Differentiable("w", "u", "v")]
                public static double DsRnnLastOutput(double[] w, double[] u, double[] v, double[] inputs, double target)
                {
                    int n = v.Length;
                    double[] h = new double[n];
                    double[] next = new double[n];
                    for (int t = 0; t < inputs.Length; t++)
                    {
                        for (int i = 0; i < n; i++)
                        {
                            double a = w[i] * inputs[t];
                            for (int j = 0; j < n; j++) a += u[i * n + j] * h[j];
                            next[i] = Math.Tanh(a);
                        }

                        for (int i = 0; i < n; i++) h[i] = next[i];
                    }

                    double y = 0;
                    for (int i = 0; i < n; i++) y += v[i] * h[i];
                    return (y - target) * (y - target);
                }
                """, (r, n) => new object[] { Vector(r, 3, -1, 1), Vector(r, 9, -0.8, 0.8), Vector(r, 3, -1, 1), Vector(r, n), Uniform(r, -1, 1) }),

            // Discounted returns computed backwards (t from the end), a value baseline's squared advantage (policy gradients).
            new ArrayCase("DsDiscountedReturns", """
                [Differentiable("rewards", "gamma")]
                public static double DsDiscountedReturns(double[] rewards, double[] values, double gamma)
                {
                    double g = 0, loss = 0;
                    for (int t = rewards.Length - 1; t >= 0; t--)
                    {
                        g = rewards[t] + gamma * g;
                        double adv = g - values[t];
                        loss += adv * adv;
                    }

                    return loss;
                }
                """, (r, n) => new object[] { Vector(r, n), Vector(r, n), Uniform(r, 0.8, 0.99) }),

            // ---------------------------------------------------------------- probability

            // Gaussian-mixture negative log-likelihood: weights by log-softmax of logits, log-sum-exp over components per
            // point (foreach over the data), the per-component terms in a local array.
            new ArrayCase("DsGmmNll", """
                [Differentiable("logits", "means", "logScales")]
                public static double DsGmmNll(double[] logits, double[] means, double[] logScales, double[] data)
                {
                    int k = logits.Length;
                    double maxLogit = logits[0];
                    for (int j = 1; j < k; j++) maxLogit = Math.Max(maxLogit, logits[j]);
                    double z = 0;
                    for (int j = 0; j < k; j++) z += Math.Exp(logits[j] - maxLogit);
                    double logNorm = maxLogit + Math.Log(z);

                    double[] terms = new double[k];
                    double nll = 0;
                    foreach (double x in data)
                    {
                        double m = double.NegativeInfinity;
                        for (int j = 0; j < k; j++)
                        {
                            double u = (x - means[j]) * Math.Exp(-logScales[j]);
                            terms[j] = logits[j] - logNorm - logScales[j] - 0.5 * u * u - 0.5 * Math.Log(2 * Math.PI);
                            if (terms[j] > m) m = terms[j];
                        }

                        double s = 0;
                        for (int j = 0; j < k; j++) s += Math.Exp(terms[j] - m);
                        nll -= m + Math.Log(s);
                    }

                    return nll;
                }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), Vector(r, n, -2, 2), Vector(r, n, -0.5, 0.5), Vector(r, 6, -3, 3) }) { Sizes = ArrayCase.NonEmpty },

            // Log-sum-exp with a temperature, the maximum and the sum both by foreach.
            new ArrayCase("DsLogSumExp", """
                [Differentiable]
                public static double DsLogSumExp(double[] x, double temperature)
                {
                    double max = double.NegativeInfinity;
                    foreach (double v in x)
                    {
                        if (v > max) max = v;
                    }

                    double sum = 0;
                    foreach (double v in x)
                    {
                        sum += Math.Exp((v - max) / temperature);
                    }

                    return max + temperature * Math.Log(sum);
                }
                """, (r, n) => new object[] { Vector(r, n, -3, 3), Uniform(r, 0.3, 2) }) { Sizes = ArrayCase.NonEmpty },

            // Student-t negative log-likelihood with a log-gamma helper: shift z up to 7 in a while loop, then Stirling's series.
            new ArrayCase("DsStudentTNll", """
                [Differentiable]
                public static double DsLogGamma(double z)
                {
                    double shift = 0;
                    while (z < 7)
                    {
                        shift += Math.Log(z);
                        z += 1;
                    }

                    double zi = 1 / z, zi2 = zi * zi;
                    double series = (z - 0.5) * Math.Log(z) - z + 0.5 * Math.Log(2 * Math.PI)
                        + zi * (1.0 / 12 - zi2 * (1.0 / 360 - zi2 / 1260));
                    return series - shift;
                }

                [Differentiable("mu", "logScale", "nu")]
                public static double DsStudentTNll(double[] x, double mu, double logScale, double nu)
                {
                    double scale = Math.Exp(logScale);
                    double logNorm = DsLogGamma(0.5 * (nu + 1)) - DsLogGamma(0.5 * nu) - 0.5 * Math.Log(nu * Math.PI) - logScale;
                    double nll = 0;
                    for (int i = 0; i < x.Length; i++)
                    {
                        double z = (x[i] - mu) / scale;
                        nll -= logNorm - 0.5 * (nu + 1) * Math.Log(1 + z * z / nu);
                    }

                    return nll;
                }
                """, (r, n) => new object[] { Vector(r, n, -3, 3), Uniform(r, -1, 1), Uniform(r, -0.5, 0.5), Uniform(r, 1.5, 10) }) { Accept = Smooth("DsStudentTNll") },

            // Beta-binomial over int[] successes and trials; log-gamma by a loop-free shifted Stirling helper, log B(a, b)
            // as a local function calling it.
            new ArrayCase("DsBetaBinomialNll", """
                [Differentiable]
                public static double DsLnGamma(double z)
                {
                    double p = z * (z + 1) * (z + 2) * (z + 3) * (z + 4) * (z + 5);
                    double w = z + 6;
                    return (w - 0.5) * Math.Log(w) - w + 0.9189385332046727 + 1 / (12 * w) - 1 / (360 * w * w * w) - Math.Log(p);
                }

                [Differentiable("alpha", "beta")]
                public static double DsBetaBinomialNll(int[] successes, int[] trials, double alpha, double beta)
                {
                    double LogBeta(double a, double b) => DsLnGamma(a) + DsLnGamma(b) - DsLnGamma(a + b);
                    double nll = 0;
                    for (int i = 0; i < successes.Length; i++)
                    {
                        int k = successes[i], n = trials[i];
                        double logChoose = DsLnGamma(n + 1) - DsLnGamma(k + 1) - DsLnGamma(n - k + 1);
                        nll -= logChoose + LogBeta(k + alpha, n - k + beta) - LogBeta(alpha, beta);
                    }

                    return nll;
                }
                """, (r, n) => BetaBinomialData(r, n)),

            // Von Mises negative log-likelihood with I0(κ) by its power series in a [Differentiable] helper.
            new ArrayCase("DsVonMisesNll", """
                [Differentiable]
                public static double DsBesselI0(double kappa)
                {
                    double term = 1, sum = 1;
                    double q = 0.25 * kappa * kappa;
                    for (int m = 1; m < 30; m++)
                    {
                        term *= q / (m * m);
                        sum += term;
                    }

                    return sum;
                }

                [Differentiable("mu", "kappa")]
                public static double DsVonMisesNll(double[] angles, double mu, double kappa)
                {
                    double logNorm = Math.Log(2 * Math.PI * DsBesselI0(kappa));
                    double nll = 0;
                    foreach (double a in angles)
                    {
                        nll += logNorm - kappa * Math.Cos(a - mu);
                    }

                    return nll;
                }
                """, (r, n) => new object[] { Vector(r, n, -3, 3), Uniform(r, -1, 1), Uniform(r, 0.2, 4) }),

            // Dirichlet log-density with the shifted-Stirling log-gamma helper.
            new ArrayCase("DsDirichletLogPdf", """
                [Differentiable]
                public static double DsLnGammaD(double z)
                {
                    double p = z * (z + 1) * (z + 2) * (z + 3) * (z + 4) * (z + 5);
                    double w = z + 6;
                    return (w - 0.5) * Math.Log(w) - w + 0.9189385332046727 + 1 / (12 * w) - 1 / (360 * w * w * w) - Math.Log(p);
                }

                [Differentiable("alpha")]
                public static double DsDirichletLogPdf(double[] alpha, double[] p)
                {
                    double total = 0, logPdf = 0;
                    for (int i = 0; i < alpha.Length; i++)
                    {
                        total += alpha[i];
                        logPdf += (alpha[i] - 1) * Math.Log(p[i]) - DsLnGammaD(alpha[i]);
                    }

                    return logPdf + DsLnGammaD(total);
                }
                """, (r, n) => new object[] { Vector(r, n, 0.5, 4), Simplex(r, n) }) { Sizes = ArrayCase.NonEmpty },

            // KL(softmax(p) ‖ softmax(q)) with log-sum-exp in a [Differentiable] helper taking an array.
            new ArrayCase("DsSoftmaxKl", """
                [Differentiable]
                public static double DsLse(double[] v)
                {
                    double max = v[0];
                    for (int i = 1; i < v.Length; i++) max = Math.Max(max, v[i]);
                    double sum = 0;
                    for (int i = 0; i < v.Length; i++) sum += Math.Exp(v[i] - max);
                    return max + Math.Log(sum);
                }

                [Differentiable]
                public static double DsSoftmaxKl(double[] logitsP, double[] logitsQ)
                {
                    double lp = DsLse(logitsP), lq = DsLse(logitsQ);
                    double kl = 0;
                    for (int i = 0; i < logitsP.Length; i++)
                    {
                        double logP = logitsP[i] - lp;
                        kl += Math.Exp(logP) * (logP - (logitsQ[i] - lq));
                    }

                    return kl;
                }
                """, (r, n) => new object[] { Vector(r, n), Vector(r, n) }) { Sizes = ArrayCase.NonEmpty },

            // HMM forward algorithm in log space with Gaussian emissions: alpha and the next step in two local arrays, log-sum-exp
            // over the previous states by a running Math.Max, copied back each step.
            new ArrayCase("DsHmmForward", """
                [Differentiable("logInit", "logTrans", "means")]
                public static double DsHmmForward(double[] logInit, double[] logTrans, double[] means, double[] obs)
                {
                    int k = logInit.Length;
                    double[] alpha = new double[k];
                    double[] next = new double[k];
                    for (int s = 0; s < k; s++)
                    {
                        alpha[s] = logInit[s] - 0.5 * (obs[0] - means[s]) * (obs[0] - means[s]);
                    }

                    for (int t = 1; t < obs.Length; t++)
                    {
                        for (int j = 0; j < k; j++)
                        {
                            double max = double.NegativeInfinity;
                            for (int i = 0; i < k; i++) max = Math.Max(max, alpha[i] + logTrans[i * k + j]);
                            double sum = 0;
                            for (int i = 0; i < k; i++) sum += Math.Exp(alpha[i] + logTrans[i * k + j] - max);
                            double e = obs[t] - means[j];
                            next[j] = max + Math.Log(sum) - 0.5 * e * e;
                        }

                        for (int j = 0; j < k; j++) alpha[j] = next[j];
                    }

                    double m = alpha[0];
                    for (int s = 1; s < k; s++) m = Math.Max(m, alpha[s]);
                    double total = 0;
                    for (int s = 0; s < k; s++) total += Math.Exp(alpha[s] - m);
                    return m + Math.Log(total);
                }
                """, (r, n) => new object[] { Vector(r, 3, -2, 0), Vector(r, 9, -3, 0), Vector(r, 3, -2, 2), Vector(r, n, -3, 3) }) { Sizes = ArrayCase.NonEmpty },

            // Scalar Kalman filter's innovation log-likelihood for a random walk, process and measurement noise differentiated.
            new ArrayCase("DsKalmanNll", """
                [Differentiable("q", "r")]
                public static double DsKalmanNll(double[] z, double q, double r)
                {
                    double x = 0, p = 1, nll = 0;
                    foreach (double meas in z)
                    {
                        p += q;
                        double s = p + r;
                        double innov = meas - x;
                        nll += 0.5 * (Math.Log(2 * Math.PI * s) + innov * innov / s);
                        double gain = p / s;
                        x += gain * innov;
                        p *= 1 - gain;
                    }

                    return nll;
                }
                """, (r, n) => new object[] { Vector(r, n, -2, 2), Uniform(r, 0.05, 1), Uniform(r, 0.1, 1) }),

            // ---------------------------------------------------------------- geometry

            // Shoelace area with the wrap-around index (i + 1) % n.
            new ArrayCase("DsPolygonArea", """
                [Differentiable]
                public static double DsPolygonArea(double[] xs, double[] ys)
                {
                    int n = xs.Length;
                    double twice = 0;
                    for (int i = 0; i < n; i++)
                    {
                        int j = (i + 1) % n;
                        twice += xs[i] * ys[j] - xs[j] * ys[i];
                    }

                    return 0.5 * Math.Abs(twice);
                }
                """, (r, n) => Polygon(r, n)) { Sizes = new[] { 3, 4, 5, 8 } },

            // Isoperimetric ratio 4πA/P², the next vertex by a ternary.
            new ArrayCase("DsIsoperimetricRatio", """
                [Differentiable]
                public static double DsIsoperimetricRatio(double[] xs, double[] ys)
                {
                    int n = xs.Length;
                    double area = 0, perimeter = 0;
                    for (int i = 0; i < n; i++)
                    {
                        int next = i == n - 1 ? 0 : i + 1;
                        double dx = xs[next] - xs[i], dy = ys[next] - ys[i];
                        perimeter += Math.Sqrt(dx * dx + dy * dy);
                        area += 0.5 * (xs[i] * ys[next] - xs[next] * ys[i]);
                    }

                    return 4 * Math.PI * area / (perimeter * perimeter);
                }
                """, (r, n) => Polygon(r, n)) { Sizes = new[] { 3, 4, 5, 8 } },

            // Distance from a point to a segment, the projection clamped by Math.Clamp.
            new ArrayCase("DsPointSegmentDistance", """
                [Differentiable]
                public static double DsPointSegmentDistance(double px, double py, double ax, double ay, double bx, double by)
                {
                    double abx = bx - ax, aby = by - ay;
                    double t = ((px - ax) * abx + (py - ay) * aby) / (abx * abx + aby * aby);
                    t = Math.Clamp(t, 0.0, 1.0);
                    double dx = ax + t * abx - px, dy = ay + t * aby - py;
                    return Math.Sqrt(dx * dx + dy * dy);
                }
                """, (r, n) => new object[] { Uniform(r, -2, 2), Uniform(r, -2, 2), Uniform(r, -1, 0), Uniform(r, -1, 1), Uniform(r, 0.5, 1.5), Uniform(r, -1, 1) }) { Sizes = ArrayCase.Scalar, Accept = Smooth("DsPointSegmentDistance") },

            // Distance from a point to a polyline (flat x, y pairs): each segment's clamped projection, the smallest squared
            // distance kept by an if.
            new ArrayCase("DsDistanceToPolyline", """
                [Differentiable]
                public static double DsDistanceToPolyline(double[] path, double px, double py)
                {
                    int points = path.Length / 2;
                    double best = double.PositiveInfinity;
                    for (int i = 0; i + 1 < points; i++)
                    {
                        double ax = path[2 * i], ay = path[2 * i + 1];
                        double bx = path[2 * i + 2], by = path[2 * i + 3];
                        double abx = bx - ax, aby = by - ay;
                        double t = ((px - ax) * abx + (py - ay) * aby) / (abx * abx + aby * aby);
                        t = Math.Max(0, Math.Min(1, t));
                        double dx = ax + t * abx - px, dy = ay + t * aby - py;
                        double d2 = dx * dx + dy * dy;
                        if (d2 < best) best = d2;
                    }

                    return Math.Sqrt(best);
                }
                """, (r, n) => new object[] { Vector(r, 2 * (n + 1), -2, 2), Uniform(r, -2, 2), Uniform(r, -2, 2) }) { Sizes = ArrayCase.NonEmpty, Accept = Smooth("DsDistanceToPolyline") },

            // Mesh quality over int[] triangles (three indices each, t += 3): 4√3·area / Σ edge², 1 for an equilateral triangle.
            new ArrayCase("DsMeshQuality", """
                [Differentiable("vertices")]
                public static double DsMeshQuality(double[] vertices, int[] triangles)
                {
                    double energy = 0;
                    for (int t = 0; t < triangles.Length; t += 3)
                    {
                        int a = triangles[t], b = triangles[t + 1], c = triangles[t + 2];
                        double abx = vertices[2 * b] - vertices[2 * a], aby = vertices[2 * b + 1] - vertices[2 * a + 1];
                        double acx = vertices[2 * c] - vertices[2 * a], acy = vertices[2 * c + 1] - vertices[2 * a + 1];
                        double bcx = acx - abx, bcy = acy - aby;
                        double area = 0.5 * (abx * acy - aby * acx);
                        double sumSq = abx * abx + aby * aby + acx * acx + acy * acy + bcx * bcx + bcy * bcy;
                        double quality = 4 * Math.Sqrt(3) * area / sumSq;
                        energy += (1 - quality) * (1 - quality);
                    }

                    return energy;
                }
                """, (r, n) => Mesh(r, n)) { Sizes = new[] { 1, 2, 3 } },

            // ---------------------------------------------------------------- signal processing

            // Biquad (direct form I) fitted to a target response: the delay line in four scalars shifted each sample.
            new ArrayCase("DsBiquadFit", """
                [Differentiable("b0", "b1", "b2", "a1", "a2")]
                public static double DsBiquadFit(double[] x, double[] target, double b0, double b1, double b2, double a1, double a2)
                {
                    double x1 = 0, x2 = 0, y1 = 0, y2 = 0;
                    double loss = 0;
                    for (int n = 0; n < x.Length; n++)
                    {
                        double y = b0 * x[n] + b1 * x1 + b2 * x2 - a1 * y1 - a2 * y2;
                        x2 = x1;
                        x1 = x[n];
                        y2 = y1;
                        y1 = y;
                        double e = y - target[n];
                        loss += e * e;
                    }

                    return loss;
                }
                """, (r, n) => new object[] { Vector(r, n), Vector(r, n), Uniform(r, 0.2, 1), Uniform(r, -0.5, 0.5), Uniform(r, -0.3, 0.3), Uniform(r, -0.5, 0.5), Uniform(r, 0, 0.3) }),

            // Two biquads in cascade (transposed direct form II): the first stage's output into a local array, read by the second.
            new ArrayCase("DsBiquadCascade", """
                [Differentiable("coeffs")]
                public static double DsBiquadCascade(double[] coeffs, double[] x)
                {
                    int n = x.Length;
                    double[] stage = new double[n];
                    double z1 = 0, z2 = 0;
                    for (int i = 0; i < n; i++)
                    {
                        double y = coeffs[0] * x[i] + z1;
                        z1 = coeffs[1] * x[i] - coeffs[3] * y + z2;
                        z2 = coeffs[2] * x[i] - coeffs[4] * y;
                        stage[i] = y;
                    }

                    z1 = 0;
                    z2 = 0;
                    double energy = 0;
                    for (int i = 0; i < n; i++)
                    {
                        double y = coeffs[5] * stage[i] + z1;
                        z1 = coeffs[6] * stage[i] - coeffs[8] * y + z2;
                        z2 = coeffs[7] * stage[i] - coeffs[9] * y;
                        energy += y * y;
                    }

                    return energy;
                }
                """, (r, n) => new object[] { new[] { Uniform(r, 0.2, 1), Uniform(r, -0.5, 0.5), Uniform(r, -0.3, 0.3), Uniform(r, -0.5, 0.5), Uniform(r, 0, 0.3), Uniform(r, 0.2, 1), Uniform(r, -0.5, 0.5), Uniform(r, -0.3, 0.3), Uniform(r, -0.5, 0.5), Uniform(r, 0, 0.3) }, Vector(r, n) }),

            // Moving median over windows of 3 by insertion sort of a local window (a while loop shifting elements), against a
            // target. The median is piecewise linear: differentiable wherever no two window elements tie.
            new ArrayCase("DsMovingMedian", """
                [Differentiable("x")]
                public static double DsMovingMedian(double[] x, double[] target)
                {
                    const int w = 3;
                    double[] window = new double[w];
                    double loss = 0;
                    for (int i = 0; i + w <= x.Length; i++)
                    {
                        for (int k = 0; k < w; k++) window[k] = x[i + k];
                        for (int a = 1; a < w; a++)
                        {
                            double key = window[a];
                            int b = a - 1;
                            while (b >= 0 && window[b] > key)
                            {
                                window[b + 1] = window[b];
                                b--;
                            }

                            window[b + 1] = key;
                        }

                        double e = window[w / 2] - target[i];
                        loss += e * e;
                    }

                    return loss;
                }
                """, (r, n) => new object[] { Separated(r, n), Vector(r, Math.Max(0, n - 2)) }) { Accept = Smooth("DsMovingMedian") },

            // DsMovingMedian as its two DIFF015s advise: each insertion pass reads and tests a copy of the window made before
            // the pass (old[k] = window[k]), and writes only the window.
            new ArrayCase("DsMovingMedianAdvised", """
                [Differentiable("x")]
                public static double DsMovingMedianAdvised(double[] x, double[] target)
                {
                    const int w = 3;
                    double[] window = new double[w];
                    double[] old = new double[w];
                    double loss = 0;
                    for (int i = 0; i + w <= x.Length; i++)
                    {
                        for (int k = 0; k < w; k++) window[k] = x[i + k];
                        for (int a = 1; a < w; a++)
                        {
                            for (int k = 0; k < w; k++) old[k] = window[k];
                            double key = old[a];
                            int b = a - 1;
                            while (b >= 0 && old[b] > key)
                            {
                                window[b + 1] = old[b];
                                b--;
                            }

                            window[b + 1] = key;
                        }

                        double e = window[w / 2] - target[i];
                        loss += e * e;
                    }

                    return loss;
                }
                """, (r, n) => new object[] { Separated(r, n), Vector(r, Math.Max(0, n - 2)) }) { Accept = Smooth("DsMovingMedianAdvised") },

            // Envelope follower: |x| rectified, one-pole smoothing with the attack or release coefficient chosen by a ternary.
            new ArrayCase("DsEnvelopeFollower", """
                [Differentiable("attack", "release")]
                public static double DsEnvelopeFollower(double[] signal, double[] target, double attack, double release)
                {
                    double env = 0, loss = 0;
                    for (int i = 0; i < signal.Length; i++)
                    {
                        double level = Math.Abs(signal[i]);
                        double coeff = level > env ? attack : release;
                        env = coeff * env + (1 - coeff) * level;
                        loss += (env - target[i]) * (env - target[i]);
                    }

                    return loss;
                }
                """, (r, n) => new object[] { Vector(r, n), Vector(r, n, 0, 1), Uniform(r, 0.1, 0.5), Uniform(r, 0.7, 0.95) }) { Accept = Smooth("DsEnvelopeFollower") },

            // Log power spectrum of a Hann-windowed signal (a direct DFT) against target powers.
            new ArrayCase("DsSpectralLoss", """
                [Differentiable("x")]
                public static double DsSpectralLoss(double[] x, double[] targetPower)
                {
                    int n = x.Length;
                    double loss = 0;
                    for (int k = 0; k < targetPower.Length; k++)
                    {
                        double re = 0, im = 0;
                        for (int t = 0; t < n; t++)
                        {
                            double w = 0.5 - 0.5 * Math.Cos(2 * Math.PI * t / n);
                            double angle = -2 * Math.PI * k * t / n;
                            re += w * x[t] * Math.Cos(angle);
                            im += w * x[t] * Math.Sin(angle);
                        }

                        double power = re * re + im * im;
                        double diff = Math.Log(power + 1e-6) - Math.Log(targetPower[k] + 1e-6);
                        loss += diff * diff;
                    }

                    return loss;
                }
                """, (r, n) => new object[] { AwayFromZero(r, n, 0.3, 2), Vector(r, 3, 0.1, 2) }),

            // Normalised autocorrelation penalty up to maxLag; a return when the signal has no energy, after the first loop.
            new ArrayCase("DsAutocorrelationPenalty", """
                [Differentiable("x")]
                public static double DsAutocorrelationPenalty(double[] x, int maxLag)
                {
                    int n = x.Length;
                    double energy = 0;
                    foreach (double v in x) energy += v * v;
                    if (energy == 0) return 0;

                    double penalty = 0;
                    for (int lag = 1; lag <= maxLag && lag < n; lag++)
                    {
                        double r = 0;
                        for (int i = 0; i + lag < n; i++) r += x[i] * x[i + lag];
                        penalty += (r / energy) * (r / energy);
                    }

                    return penalty;
                }
                """, (r, n) => new object[] { Vector(r, n), 3 }),

            // DsAutocorrelationPenalty as the DIFF015 advises: the rest computed first, the guard's choice returned last.
            new ArrayCase("DsAutocorrelationPenaltyAdvised", """
                [Differentiable("x")]
                public static double DsAutocorrelationPenaltyAdvised(double[] x, int maxLag)
                {
                    int n = x.Length;
                    double energy = 0;
                    foreach (double v in x) energy += v * v;

                    double penalty = 0;
                    for (int lag = 1; lag <= maxLag && lag < n; lag++)
                    {
                        double r = 0;
                        for (int i = 0; i + lag < n; i++) r += x[i] * x[i + lag];
                        penalty += (r / energy) * (r / energy);
                    }

                    return energy == 0 ? 0 : penalty;
                }
                """, (r, n) => new object[] { Vector(r, n), 3 }),
        };

        public static readonly ArrayCase[] Float =
        {
            Twin("DsPlanarArmReach", """
                [Differentiable("theta", "len")]
                public static float DsPlanarArmReachF(float[] theta, float[] len, float tx, float ty)
                {
                    float x = 0, y = 0, angle = 0;
                    for (int i = 0; i < theta.Length; i++)
                    {
                        angle += theta[i];
                        x += len[i] * MathF.Cos(angle);
                        y += len[i] * MathF.Sin(angle);
                    }

                    float dx = x - tx, dy = y - ty;
                    return dx * dx + dy * dy;
                }
                """),

            Twin("DsRk4Pendulum", """
                [Differentiable("theta0", "omega0", "length")]
                public static float DsRk4PendulumF(float theta0, float omega0, float length, int steps)
                {
                    const float g = 9.81f;
                    const float dt = 0.02f;
                    float[] s = { theta0, omega0 };
                    for (int step = 0; step < steps; step++)
                    {
                        float th = s[0], om = s[1];
                        float k1t = om, k1o = -g / length * MathF.Sin(th);
                        float k2t = om + 0.5f * dt * k1o, k2o = -g / length * MathF.Sin(th + 0.5f * dt * k1t);
                        float k3t = om + 0.5f * dt * k2o, k3o = -g / length * MathF.Sin(th + 0.5f * dt * k2t);
                        float k4t = om + dt * k3o, k4o = -g / length * MathF.Sin(th + dt * k3t);
                        s[0] = th + dt / 6 * (k1t + 2 * k2t + 2 * k3t + k4t);
                        s[1] = om + dt / 6 * (k1o + 2 * k2o + 2 * k3o + k4o);
                    }

                    return s[0] * s[0] + 0.1f * s[1] * s[1];
                }
                """),

            Twin("DsLayerNormLoss", """
                [Differentiable("x", "gain", "bias")]
                public static float DsLayerNormLossF(float[] x, float[] gain, float[] bias, float[] target)
                {
                    const float eps = 1e-5f;
                    int n = x.Length;
                    float mean = 0;
                    foreach (float v in x) mean += v;
                    mean /= n;
                    float variance = 0;
                    foreach (float v in x) variance += (v - mean) * (v - mean);
                    variance /= n;
                    float inv = 1 / MathF.Sqrt(variance + eps);
                    float loss = 0;
                    for (int i = 0; i < n; i++)
                    {
                        float y = gain[i] * (x[i] - mean) * inv + bias[i];
                        loss += (y - target[i]) * (y - target[i]);
                    }

                    return loss;
                }
                """),

            Twin("DsBondPrice", """
                [Differentiable("yield", "coupon")]
                public static float DsBondPriceF(float yield, float coupon, float face, int years)
                {
                    float price = 0, discount = 1;
                    for (int t = 1; t <= years; t++)
                    {
                        discount /= 1 + yield;
                        price += coupon * discount;
                    }

                    return price + face * discount;
                }
                """),

            Twin("DsPolygonArea", """
                [Differentiable]
                public static float DsPolygonAreaF(float[] xs, float[] ys)
                {
                    int n = xs.Length;
                    float twice = 0;
                    for (int i = 0; i < n; i++)
                    {
                        int j = (i + 1) % n;
                        twice += xs[i] * ys[j] - xs[j] * ys[i];
                    }

                    return 0.5f * MathF.Abs(twice);
                }
                """),

            Twin("DsBiquadFit", """
                [Differentiable("b0", "b1", "b2", "a1", "a2")]
                public static float DsBiquadFitF(float[] x, float[] target, float b0, float b1, float b2, float a1, float a2)
                {
                    float x1 = 0, x2 = 0, y1 = 0, y2 = 0;
                    float loss = 0;
                    for (int n = 0; n < x.Length; n++)
                    {
                        float y = b0 * x[n] + b1 * x1 + b2 * x2 - a1 * y1 - a2 * y2;
                        x2 = x1;
                        x1 = x[n];
                        y2 = y1;
                        y1 = y;
                        float e = y - target[n];
                        loss += e * e;
                    }

                    return loss;
                }
                """),

            Twin("DsMlpRelu", """
                [Differentiable("w1", "b1", "w2", "b2")]
                public static float DsMlpReluF(float[] w1, float[] b1, float[] w2, float b2, float[] x, float[] y)
                {
                    int hidden = b1.Length;
                    int inputs = w1.Length / hidden;
                    float loss = 0;
                    for (int s = 0; s < y.Length; s++)
                    {
                        float logit = b2;
                        for (int j = 0; j < hidden; j++)
                        {
                            float z = b1[j];
                            for (int i = 0; i < inputs; i++) z += w1[j * inputs + i] * x[s * inputs + i];
                            logit += w2[j] * MathF.Max(0, z);
                        }

                        float p = 1 / (1 + MathF.Exp(-logit));
                        loss -= y[s] * MathF.Log(p) + (1 - y[s]) * MathF.Log(1 - p);
                    }

                    return loss;
                }
                """),
        };

        /// <summary>
        /// Cases the analyzer reports with a diagnostic other than DIFF015 (constructs DiffGen will not differentiate as
        /// written): each with the id and the start of the message it draws (checked by DomainSweepDiagnosticTests). Not in the
        /// catalog; the advised form of each, where there is one, is (DsBilinearAdvised, DsShiftRegistrationAdvised,
        /// DsRnnLastOutput for the Array.Copy).
        /// </summary>
        public static readonly (ArrayCase Case, string Id, string MessageStart)[] Diagnosed =
        {
            // Bilinear sampling of a row-major grid at (u, v) in [0, 1]²: the cell by (int) casts, clamped to the last cell.
            (new ArrayCase("DsBilinear", """
                [Differentiable("grid", "u", "v")]
                public static double DsBilinear(double[] grid, int width, double u, double v)
                {
                    int height = grid.Length / width;
                    double x = u * (width - 1);
                    double y = v * (height - 1);
                    int i = Math.Min((int)x, width - 2);
                    int j = Math.Min((int)y, height - 2);
                    double fx = x - i, fy = y - j;
                    double a = grid[j * width + i], b = grid[j * width + i + 1];
                    double c = grid[(j + 1) * width + i], d = grid[(j + 1) * width + i + 1];
                    return (1 - fy) * ((1 - fx) * a + fx * b) + fy * ((1 - fx) * c + fx * d);
                }
                """, (r, n) => new object[] { Vector(r, 3 * (n + 2)), 3, Uniform(r, 0, 1), Uniform(r, 0, 1) }), "DIFF013", "The conversion '(int)x' to 'int' cuts the derivative"),


            // Moving median as most people write it: copy the window with Array.Copy and sort it with Array.Sort.
            (new ArrayCase("DsMovingMedianSort", """
                [Differentiable("x")]
                public static double DsMovingMedianSort(double[] x, double[] target)
                {
                    const int w = 3;
                    double[] window = new double[w];
                    double loss = 0;
                    for (int i = 0; i + w <= x.Length; i++)
                    {
                        Array.Copy(x, i, window, 0, w);
                        Array.Sort(window);
                        double e = window[w / 2] - target[i];
                        loss += e * e;
                    }

                    return loss;
                }
                """, (r, n) => new object[] { Separated(r, n), Vector(r, Math.Max(0, n - 2)) }), "DIFF014", "The call 'Array.Sort(window)' is made for its side effects"),

        };

        private static ArrayCase Twin(string doubleTwin, string source) => ArrayCase.FloatTwinOf(All.Single(c => c.Name == doubleTwin), source);

        /// <summary>An n × n symmetric positive-definite matrix, row-major: A Aᵀ scaled into [lo, hi] on the diagonal, plus lo·I.</summary>
        private static double[] SpdFlat(Random r, int n, double lo, double hi)
        {
            double[] a = Vector(r, n * n, -1, 1);
            var result = new double[n * n];
            for (int i = 0; i < n; i++)
            {
                for (int j = 0; j < n; j++)
                {
                    double s = 0;
                    for (int k = 0; k < n; k++)
                    {
                        s += a[(i * n) + k] * a[(j * n) + k];
                    }

                    result[(i * n) + j] = (hi - lo) * s / n + (i == j ? lo : 0);
                }
            }

            return result;
        }

        /// <summary>A flat row-major n × n matrix as a double[,].</summary>
        private static double[,] Square(double[] flat, int n)
        {
            var result = new double[n, n];
            for (int i = 0; i < n; i++)
            {
                for (int j = 0; j < n; j++)
                {
                    result[i, j] = flat[(i * n) + j];
                }
            }

            return result;
        }

        /// <summary>A counter-clockwise star-shaped polygon of n vertices around the origin, as xs and ys.</summary>
        private static object[] Polygon(Random r, int n)
        {
            var xs = new double[n];
            var ys = new double[n];
            for (int i = 0; i < n; i++)
            {
                double angle = (2 * Math.PI * i / n) + Uniform(r, -0.2, 0.2) * Math.PI / n;
                double radius = Uniform(r, 0.8, 1.2);
                xs[i] = radius * Math.Cos(angle) + 0.3;
                ys[i] = radius * Math.Sin(angle) - 0.2;
            }

            return new object[] { xs, ys };
        }

        /// <summary>A g × g grid of cells, each split into two counter-clockwise triangles; vertices jittered, flat (x, y).</summary>
        private static object[] Mesh(Random r, int g)
        {
            int side = g + 1;
            var vertices = new double[2 * side * side];
            for (int j = 0; j < side; j++)
            {
                for (int i = 0; i < side; i++)
                {
                    vertices[2 * ((j * side) + i)] = i + Uniform(r, -0.15, 0.15);
                    vertices[(2 * ((j * side) + i)) + 1] = j + Uniform(r, -0.15, 0.15);
                }
            }

            var triangles = new System.Collections.Generic.List<int>();
            for (int j = 0; j < g; j++)
            {
                for (int i = 0; i < g; i++)
                {
                    int v00 = (j * side) + i, v10 = v00 + 1, v01 = v00 + side, v11 = v01 + 1;
                    triangles.AddRange(new[] { v00, v10, v11, v00, v11, v01 });
                }
            }

            return new object[] { vertices, triangles.ToArray() };
        }

        /// <summary>n observations of trials in [1, 12] and successes in [0, trials], plus α and β.</summary>
        private static object[] BetaBinomialData(Random r, int n)
        {
            int[] trials = Enumerable.Range(0, n).Select(_ => r.Next(1, 13)).ToArray();
            int[] successes = trials.Select(t => r.Next(0, t + 1)).ToArray();
            return new object[] { successes, trials, Uniform(r, 0.5, 4), Uniform(r, 0.5, 4) };
        }

        /// <summary>A point of the open simplex: n positive weights summing to 1.</summary>
        private static double[] Simplex(Random r, int n)
        {
            double[] w = Vector(r, n, 0.2, 1);
            double total = w.Sum();
            return w.Select(v => v / total).ToArray();
        }
    }
}
