using System;
using System.Linq;
using static DiffGen.Generator.Tests.Arrays.Draw;

namespace DiffGen.Generator.Tests.Arrays
{
    /// <summary>
    /// The third notebook sweep: methods in domains the first two left out (geometry and graphics, robotics, signal
    /// processing, survival and ranking statistics, molecular dynamics and ODE integration, optimal transport,
    /// recommenders, economics, numerical methods, small network layers), written as a practitioner would from a
    /// notebook, each checked against Richardson differences by <see cref="NotebookSweep3Tests"/>.
    /// </summary>
    public static class NotebookSweep3Cases
    {
        public static readonly ArrayCase[] All =
        {
            // Graphics: total hit distance of rays (origin, direction; six numbers each) against a sphere, misses skipped by continue.
            new ArrayCase("N3RaySphereHits", """
                [Differentiable("center", "radius")]
                public static double N3RaySphereHits(double[] center, double radius, double[] rays)
                {
                    double total = 0;
                    int count = rays.Length / 6;
                    for (int r = 0; r < count; r++)
                    {
                        int o = 6 * r;
                        double ocx = rays[o] - center[0], ocy = rays[o + 1] - center[1], ocz = rays[o + 2] - center[2];
                        double dx = rays[o + 3], dy = rays[o + 4], dz = rays[o + 5];
                        double len = Math.Sqrt(dx * dx + dy * dy + dz * dz);
                        double b = (ocx * dx + ocy * dy + ocz * dz) / len;
                        double c = ocx * ocx + ocy * ocy + ocz * ocz - radius * radius;
                        double disc = b * b - c;
                        if (disc < 0) continue;
                        total += -b - Math.Sqrt(disc);
                    }

                    return total;
                }
                """, (r, n) => new object[] { new[] { Uniform(r, -0.2, 0.2), Uniform(r, -0.2, 0.2), Uniform(r, 4, 6) }, Uniform(r, 1, 1.5), Rays(r, n) }),

            // Graphics: barycentric interpolation of vertex values at a point, the triangle's corners and values differentiated.
            new ArrayCase("N3BarycentricInterp", """
                [Differentiable("tri", "values", "px", "py")]
                public static double N3BarycentricInterp(double[] tri, double[] values, double px, double py)
                {
                    double x0 = tri[0], y0 = tri[1], x1 = tri[2], y1 = tri[3], x2 = tri[4], y2 = tri[5];
                    double area = (x1 - x0) * (y2 - y0) - (x2 - x0) * (y1 - y0);
                    double w1 = ((px - x0) * (y2 - y0) - (x2 - x0) * (py - y0)) / area;
                    double w2 = ((x1 - x0) * (py - y0) - (px - x0) * (y1 - y0)) / area;
                    double w0 = 1 - w1 - w2;
                    return w0 * values[0] + w1 * values[1] + w2 * values[2];
                }
                """, (r, n) => new object[] { new[] { Uniform(r, -0.2, 0.2), Uniform(r, -0.2, 0.2), Uniform(r, 0.8, 1.2), Uniform(r, -0.2, 0.2), Uniform(r, -0.2, 0.2), Uniform(r, 0.8, 1.2) }, Vector(r, 3, -1, 1), Uniform(r, 0.1, 0.4), Uniform(r, 0.1, 0.4) })
            {
                Sizes = ArrayCase.Scalar,
            },

            // Graphics: fitting a box-and-circle union's signed distance field to samples (Math.Abs, Math.Max, Math.Min), points inside the box included.
            new ArrayCase("N3SdfUnionFit", """
                [Differentiable("halfW", "halfH", "cx", "cy", "radius")]
                public static double N3SdfUnionFit(double halfW, double halfH, double cx, double cy, double radius, double[] px, double[] py)
                {
                    double loss = 0;
                    for (int i = 0; i < px.Length; i++)
                    {
                        double qx = Math.Abs(px[i]) - halfW, qy = Math.Abs(py[i]) - halfH;
                        double ox = Math.Max(qx, 0), oy = Math.Max(qy, 0);
                        double box = Math.Sqrt(ox * ox + oy * oy) + Math.Min(Math.Max(qx, qy), 0);
                        double dx = px[i] - cx, dy = py[i] - cy;
                        double circle = Math.Sqrt(dx * dx + dy * dy) - radius;
                        double d = Math.Min(box, circle);
                        loss += d * d;
                    }

                    return loss;
                }
                """, (r, n) => new object[] { Uniform(r, 0.6, 1), Uniform(r, 0.4, 0.8), Uniform(r, 1.5, 2), Uniform(r, -0.3, 0.3), Uniform(r, 0.3, 0.6), Vector(r, n, -2, 3), Vector(r, n, -1.5, 1.5) })
            {
                Accept = SdfAway,
            },

            // Graphics: polynomial smooth minimum of two 1-D distance fields (Math.Clamp), the blend width k differentiated.
            new ArrayCase("N3SmoothMinBlend", """
                [Differentiable("k", "r1", "r2")]
                public static double N3SmoothMinBlend(double k, double r1, double r2, double[] px)
                {
                    double s = 0;
                    foreach (double x in px)
                    {
                        double a = Math.Abs(x + 1) - r1;
                        double b = Math.Abs(x - 1) - r2;
                        double h = Math.Clamp(0.5 + 0.5 * (b - a) / k, 0.0, 1.0);
                        double d = b + (a - b) * h - k * h * (1 - h);
                        s += d * d;
                    }

                    return s;
                }
                """, (r, n) => new object[] { Uniform(r, 0.3, 0.8), Uniform(r, 0.2, 0.5), Uniform(r, 0.2, 0.5), Vector(r, n, -2.5, 2.5) })
            {
                Accept = SmoothMinAway,
            },

            // Graphics: a polygon's shoelace area against a target plus its perimeter, the next vertex by (i + 1) % n.
            new ArrayCase("N3PolygonShape", """
                [Differentiable("xy")]
                public static double N3PolygonShape(double[] xy, double targetArea)
                {
                    int n = xy.Length / 2;
                    double area = 0, perimeter = 0;
                    for (int i = 0; i < n; i++)
                    {
                        int j = (i + 1) % n;
                        area += xy[2 * i] * xy[2 * j + 1] - xy[2 * j] * xy[2 * i + 1];
                        double ex = xy[2 * j] - xy[2 * i], ey = xy[2 * j + 1] - xy[2 * i + 1];
                        perimeter += Math.Sqrt(ex * ex + ey * ey);
                    }

                    area = 0.5 * Math.Abs(area);
                    return Math.Pow(area - targetArea, 2) + 0.1 * perimeter;
                }
                """, (r, n) => new object[] { Polygon(r, n + 3), 2.0 }),

            // Vision: pinhole reprojection error of 3-D points under a yaw rotation and a shift, focal length fitted.
            new ArrayCase("N3ReprojectionError", """
                [Differentiable("focal", "yaw", "tx")]
                public static double N3ReprojectionError(double focal, double yaw, double tx, double[] points, double[] pixels)
                {
                    double c = Math.Cos(yaw), s = Math.Sin(yaw);
                    double err = 0;
                    int m = points.Length / 3;
                    for (int i = 0; i < m; i++)
                    {
                        double X = points[3 * i], Y = points[3 * i + 1], Z = points[3 * i + 2];
                        double xc = c * X + s * Z + tx;
                        double zc = -s * X + c * Z + 5;
                        double u = focal * xc / zc, v = focal * Y / zc;
                        double du = u - pixels[2 * i], dv = v - pixels[2 * i + 1];
                        err += du * du + dv * dv;
                    }

                    return err;
                }
                """, (r, n) => new object[] { Uniform(r, 400, 600), Uniform(r, -0.3, 0.3), Uniform(r, -0.5, 0.5), Vector(r, 3 * n, -1, 1), Vector(r, 2 * n, -100, 100) }),

            // Graphics: sphere tracing a circle along a ray with a [Differentiable] distance helper, stopping by break when close.
            new ArrayCase("N3SphereTrace", """
                [Differentiable]
                private static double N3SceneSdf(double x, double y, double cx, double r) => Math.Sqrt((x - cx) * (x - cx) + y * y) - r;

                [Differentiable("cx", "r")]
                public static double N3SphereTrace(double cx, double r, double oy, double angle)
                {
                    double dx = Math.Cos(angle), dy = Math.Sin(angle);
                    double t = 0;
                    for (int step = 0; step < 200; step++)
                    {
                        double d = N3SceneSdf(t * dx, oy + t * dy, cx, r);
                        if (d < 1e-13) break;
                        t += d;
                    }

                    return t;
                }
                """, (r, n) => new object[] { Uniform(r, 3, 5), Uniform(r, 1, 1.5), Uniform(r, -0.3, 0.3), Uniform(r, -0.1, 0.1) })
            {
                Sizes = ArrayCase.Scalar,
            },

            // Robotics: forward kinematics of a planar arm, cumulative joint angle, squared distance to a target plus a small joint penalty.
            new ArrayCase("N3PlanarArmReach", """
                [Differentiable("theta")]
                public static double N3PlanarArmReach(double[] theta, double[] lengths, double tx, double ty)
                {
                    double x = 0, y = 0, phi = 0;
                    for (int i = 0; i < theta.Length; i++)
                    {
                        phi += theta[i];
                        x += lengths[i] * Math.Cos(phi);
                        y += lengths[i] * Math.Sin(phi);
                    }

                    double ex = x - tx, ey = y - ty;
                    double penalty = 0;
                    foreach (var q in theta) penalty += q * q;
                    return ex * ex + ey * ey + 0.01 * penalty;
                }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), Vector(r, n, 0.5, 1.5), Uniform(r, -1, 2), Uniform(r, -1, 2) }),

            // Robotics: calibrating a differential-drive robot's wheel base and radius from wheel rates by dead reckoning.
            new ArrayCase("N3DiffDriveOdometry", """
                [Differentiable("wheelBase", "wheelRadius")]
                public static double N3DiffDriveOdometry(double wheelBase, double wheelRadius, double[] leftRate, double[] rightRate, double gx, double gy)
                {
                    const double dt = 0.1;
                    double x = 0, y = 0, heading = 0;
                    for (int k = 0; k < leftRate.Length; k++)
                    {
                        double vl = wheelRadius * leftRate[k], vr = wheelRadius * rightRate[k];
                        double v = 0.5 * (vl + vr);
                        double omega = (vr - vl) / wheelBase;
                        x += v * Math.Cos(heading) * dt;
                        y += v * Math.Sin(heading) * dt;
                        heading += omega * dt;
                    }

                    return (x - gx) * (x - gx) + (y - gy) * (y - gy);
                }
                """, (r, n) => new object[] { Uniform(r, 0.3, 0.6), Uniform(r, 0.05, 0.15), Vector(r, n, 0, 10), Vector(r, n, 0, 10), Uniform(r, 0, 1), Uniform(r, -1, 1) }),

            // Signal: an FIR filter into a local output array (the inner bound k < m && k <= i), then the mean squared error.
            new ArrayCase("N3FirFilterFit", """
                [Differentiable("taps")]
                public static double N3FirFilterFit(double[] taps, double[] input, double[] target)
                {
                    int n = input.Length, m = taps.Length;
                    var output = new double[n];
                    for (int i = 0; i < n; i++)
                    {
                        double acc = 0;
                        for (int k = 0; k < m && k <= i; k++) acc += taps[k] * input[i - k];
                        output[i] = acc;
                    }

                    double err = 0;
                    for (int i = 0; i < n; i++)
                    {
                        double e = output[i] - target[i];
                        err += e * e;
                    }

                    return err / Math.Max(n, 1);
                }
                """, (r, n) => new object[] { Vector(r, 4, -1, 1), Vector(r, n, -1, 1), Vector(r, n, -1, 1) }),

            // Signal: the Ljung–Box statistic of a series (autocorrelations at lags 1..maxLag over the centred series).
            new ArrayCase("N3LjungBox", """
                [Differentiable("x")]
                public static double N3LjungBox(double[] x, int maxLag)
                {
                    int n = x.Length;
                    double mean = 0;
                    foreach (var v in x) mean += v;
                    mean /= n;
                    double c0 = 0;
                    for (int t = 0; t < n; t++) c0 += (x[t] - mean) * (x[t] - mean);
                    double q = 0;
                    for (int lag = 1; lag <= maxLag; lag++)
                    {
                        double ck = 0;
                        for (int t = lag; t < n; t++) ck += (x[t] - mean) * (x[t - lag] - mean);
                        double rho = ck / c0;
                        q += rho * rho / (n - lag);
                    }

                    return n * (n + 2) * q;
                }
                """, (r, n) => new object[] { Vector(r, n + 4, -1, 1), 3 }),

            // Signal: a moving average with a running window sum updated in place (add the new, subtract the old), into a local array.
            new ArrayCase("N3MovingAverageSmoothness", """
                [Differentiable("x")]
                public static double N3MovingAverageSmoothness(double[] x, int window)
                {
                    int n = x.Length;
                    var ma = new double[n];
                    double sum = 0;
                    for (int i = 0; i < n; i++)
                    {
                        sum += x[i];
                        if (i >= window) sum -= x[i - window];
                        ma[i] = sum / Math.Min(i + 1, window);
                    }

                    double rough = 0;
                    for (int i = 1; i < n; i++) rough += (ma[i] - ma[i - 1]) * (ma[i] - ma[i - 1]);
                    double fit = 0;
                    for (int i = 0; i < n; i++) fit += (x[i] - ma[i]) * (x[i] - ma[i]);
                    return fit + 10 * rough;
                }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), 3 }),

            // Signal: a biquad IIR filter's five coefficients fitted to a target response, the delay line in four scalars.
            new ArrayCase("N3BiquadFit", """
                [Differentiable("b0", "b1", "b2", "a1", "a2")]
                public static double N3BiquadFit(double b0, double b1, double b2, double a1, double a2, double[] input, double[] target)
                {
                    double x1 = 0, x2 = 0, y1 = 0, y2 = 0;
                    double err = 0;
                    for (int i = 0; i < input.Length; i++)
                    {
                        double x0 = input[i];
                        double y0 = b0 * x0 + b1 * x1 + b2 * x2 - a1 * y1 - a2 * y2;
                        x2 = x1;
                        x1 = x0;
                        y2 = y1;
                        y1 = y0;
                        err += (y0 - target[i]) * (y0 - target[i]);
                    }

                    return err;
                }
                """, (r, n) => new object[] { Uniform(r, -1, 1), Uniform(r, -1, 1), Uniform(r, -1, 1), Uniform(r, -0.5, 0.5), Uniform(r, -0.3, 0.3), Vector(r, n, -1, 1), Vector(r, n, -1, 1) }),

            // Statistics: Student-t negative log-likelihood in location and log scale, the degrees of freedom fixed.
            new ArrayCase("N3StudentTNll", """
                [Differentiable("mu", "logScale")]
                public static double N3StudentTNll(double mu, double logScale, double[] x, double nu)
                {
                    double scale = Math.Exp(logScale);
                    double nll = x.Length * logScale;
                    foreach (double xi in x)
                    {
                        double z = (xi - mu) / scale;
                        nll += 0.5 * (nu + 1) * Math.Log(1 + z * z / nu);
                    }

                    return nll;
                }
                """, (r, n) => new object[] { Uniform(r, -1, 1), Uniform(r, -1, 1), Vector(r, n, -3, 3), 4.0 }),

            // Statistics: Cox partial likelihood, rows sorted by time; the risk-set sums a reverse cumulative sum in a local array that reads its next element.
            new ArrayCase("N3CoxPartialLikelihood", """
                [Differentiable("beta")]
                public static double N3CoxPartialLikelihood(double[] beta, double[][] X, double[] events)
                {
                    int n = X.Length, p = beta.Length;
                    var eta = new double[n];
                    var risk = new double[n];
                    for (int i = 0; i < n; i++)
                    {
                        for (int j = 0; j < p; j++) eta[i] += beta[j] * X[i][j];
                        risk[i] = Math.Exp(eta[i]);
                    }

                    var tail = new double[n];
                    for (int i = n - 1; i >= 0; i--) tail[i] = risk[i] + (i + 1 < n ? tail[i + 1] : 0.0);
                    double ll = 0;
                    for (int i = 0; i < n; i++)
                    {
                        if (events[i] > 0) ll += eta[i] - Math.Log(tail[i]);
                    }

                    return -ll;
                }
                """, (r, n) => new object[] { Vector(r, 3, -1, 1), Jagged(r, n, 3, -1, 1), Labels01(r, n) }),

            // Statistics: RankNet pairwise logistic loss, scores into a local array, ties skipped by continue, a pair counter.
            new ArrayCase("N3RankNetPairs", """
                [Differentiable("w")]
                public static double N3RankNetPairs(double[] w, double[] features, double[] relevance)
                {
                    int d = w.Length, n = relevance.Length;
                    var score = new double[n];
                    for (int i = 0; i < n; i++)
                    {
                        for (int j = 0; j < d; j++) score[i] += w[j] * features[i * d + j];
                    }

                    double loss = 0;
                    int pairs = 0;
                    for (int i = 0; i < n; i++)
                    {
                        for (int j = i + 1; j < n; j++)
                        {
                            if (relevance[i] == relevance[j]) continue;
                            double sign = relevance[i] > relevance[j] ? 1.0 : -1.0;
                            loss += Math.Log(1 + Math.Exp(-sign * (score[i] - score[j])));
                            pairs++;
                        }
                    }

                    return pairs > 0 ? loss / pairs : 0.0;
                }
                """, (r, n) => new object[] { Vector(r, 3, -1, 1), Vector(r, 3 * n, -1, 1), Counts(r, n, 3) }),

            // Statistics: leave-one-out kernel density log-likelihood in the log bandwidth and the sample itself.
            new ArrayCase("N3KdeLooLogLik", """
                [Differentiable("logBandwidth", "x")]
                public static double N3KdeLooLogLik(double logBandwidth, double[] x)
                {
                    int n = x.Length;
                    double h = Math.Exp(logBandwidth);
                    double norm = 1.0 / ((n - 1) * h * Math.Sqrt(2 * Math.PI));
                    double ll = 0;
                    for (int i = 0; i < n; i++)
                    {
                        double dens = 0;
                        for (int j = 0; j < n; j++)
                        {
                            if (j == i) continue;
                            double u = (x[i] - x[j]) / h;
                            dens += Math.Exp(-0.5 * u * u);
                        }

                        ll += Math.Log(dens * norm);
                    }

                    return ll;
                }
                """, (r, n) => new object[] { Uniform(r, -1, 0.5), Vector(r, n + 2, -1.5, 1.5) }),

            // Survival: discrete-time hazards by a sigmoid, the survival curve a cumulative product in a local array, event times as (int) data.
            new ArrayCase("N3DiscreteSurvivalNll", """
                [Differentiable("logits")]
                public static double N3DiscreteSurvivalNll(double[] logits, double[] eventTime, double[] observedEvent)
                {
                    int T = logits.Length;
                    var hazard = new double[T];
                    var survival = new double[T + 1];
                    survival[0] = 1;
                    for (int t = 0; t < T; t++)
                    {
                        hazard[t] = 1 / (1 + Math.Exp(-logits[t]));
                        survival[t + 1] = survival[t] * (1 - hazard[t]);
                    }

                    double nll = 0;
                    for (int i = 0; i < eventTime.Length; i++)
                    {
                        int t = (int)eventTime[i];
                        nll -= observedEvent[i] > 0 ? Math.Log(survival[t] * hazard[t]) : Math.Log(survival[t + 1]);
                    }

                    return nll;
                }
                """, (r, n) => new object[] { Vector(r, n, -2, 1), Counts(r, 5, Math.Max(n, 1)), Labels01(r, 5) })
            {
                Sizes = ArrayCase.NonEmpty,
            },

            // Physics: Lennard-Jones energy over pairs i < j, (σ²/r²)³ by Math.Pow with an int exponent.
            new ArrayCase("N3LennardJones", """
                [Differentiable("pos", "epsilon", "sigma")]
                public static double N3LennardJones(double[] pos, double epsilon, double sigma)
                {
                    int n = pos.Length / 3;
                    double energy = 0;
                    for (int i = 0; i < n; i++)
                    {
                        for (int j = i + 1; j < n; j++)
                        {
                            double dx = pos[3 * i] - pos[3 * j];
                            double dy = pos[3 * i + 1] - pos[3 * j + 1];
                            double dz = pos[3 * i + 2] - pos[3 * j + 2];
                            double r2 = dx * dx + dy * dy + dz * dz;
                            double sr6 = Math.Pow(sigma * sigma / r2, 3);
                            energy += 4 * epsilon * (sr6 * sr6 - sr6);
                        }
                    }

                    return energy;
                }
                """, (r, n) => new object[] { Lattice(r, n), Uniform(r, 0.5, 1.5), Uniform(r, 0.9, 1.1) }),

            // Physics: RK4 for a damped oscillator, the state and k1..k4 local arrays (the state from an initializer) updated in place, observed every ten steps.
            new ArrayCase("N3Rk4DampedOscillator", """
                [Differentiable("stiffness", "damping")]
                public static double N3Rk4DampedOscillator(double stiffness, double damping, double[] observed)
                {
                    const int steps = 40;
                    const double dt = 0.05;
                    var state = new double[] { 1.0, 0.0 };
                    var k1 = new double[2];
                    var k2 = new double[2];
                    var k3 = new double[2];
                    var k4 = new double[2];
                    var tmp = new double[2];
                    double err = 0;
                    int obs = 0;
                    for (int step = 0; step < steps; step++)
                    {
                        k1[0] = state[1];
                        k1[1] = -stiffness * state[0] - damping * state[1];
                        tmp[0] = state[0] + 0.5 * dt * k1[0];
                        tmp[1] = state[1] + 0.5 * dt * k1[1];
                        k2[0] = tmp[1];
                        k2[1] = -stiffness * tmp[0] - damping * tmp[1];
                        tmp[0] = state[0] + 0.5 * dt * k2[0];
                        tmp[1] = state[1] + 0.5 * dt * k2[1];
                        k3[0] = tmp[1];
                        k3[1] = -stiffness * tmp[0] - damping * tmp[1];
                        tmp[0] = state[0] + dt * k3[0];
                        tmp[1] = state[1] + dt * k3[1];
                        k4[0] = tmp[1];
                        k4[1] = -stiffness * tmp[0] - damping * tmp[1];
                        for (int d = 0; d < 2; d++) state[d] += dt / 6 * (k1[d] + 2 * k2[d] + 2 * k3[d] + k4[d]);
                        if ((step + 1) % 10 == 0 && obs < observed.Length)
                        {
                            err += (state[0] - observed[obs]) * (state[0] - observed[obs]);
                            obs++;
                        }
                    }

                    return err;
                }
                """, (r, n) => new object[] { Uniform(r, 2, 6), Uniform(r, 0.1, 0.8), Vector(r, n, -1, 1) }),

            // Physics: velocity Verlet for a chain of masses on springs, positions, velocities and accelerations in local arrays.
            new ArrayCase("N3VerletChain", """
                [Differentiable("k", "mass")]
                public static double N3VerletChain(double k, double mass, double[] x0)
                {
                    int n = x0.Length;
                    var x = new double[n];
                    var v = new double[n];
                    var a = new double[n];
                    for (int i = 0; i < n; i++) x[i] = x0[i];
                    const double dt = 0.02;
                    for (int i = 0; i < n; i++) a[i] = -k * x[i] / mass;
                    for (int step = 0; step < 25; step++)
                    {
                        for (int i = 0; i < n; i++)
                        {
                            x[i] += v[i] * dt + 0.5 * a[i] * dt * dt;
                            v[i] += 0.5 * a[i] * dt;
                        }

                        for (int i = 0; i < n; i++)
                        {
                            double f = -k * x[i];
                            if (i > 0) f -= k * (x[i] - x[i - 1]);
                            if (i < n - 1) f -= k * (x[i] - x[i + 1]);
                            a[i] = f / mass;
                        }

                        for (int i = 0; i < n; i++) v[i] += 0.5 * a[i] * dt;
                    }

                    double energy = 0;
                    for (int i = 0; i < n; i++) energy += 0.5 * mass * v[i] * v[i] + x[i] * x[i];
                    return energy;
                }
                """, (r, n) => new object[] { Uniform(r, 1, 3), Uniform(r, 0.5, 2), Vector(r, n, -1, 1) }),

            // Chemistry: Gibbs energy of an ideal mixture, mole fractions by a softmax of logits (running max by Math.Max over foreach).
            new ArrayCase("N3MixingGibbs", """
                [Differentiable("logits")]
                public static double N3MixingGibbs(double[] logits, double[] mu0, double temperature)
                {
                    const double R = 8.314;
                    double max = double.NegativeInfinity;
                    foreach (var l in logits) max = Math.Max(max, l);
                    double z = 0;
                    for (int i = 0; i < logits.Length; i++) z += Math.Exp(logits[i] - max);
                    double g = 0;
                    for (int i = 0; i < logits.Length; i++)
                    {
                        double xi = Math.Exp(logits[i] - max) / z;
                        g += xi * mu0[i] + R * temperature * xi * Math.Log(xi);
                    }

                    return g;
                }
                """, (r, n) => new object[] { Separated(r, n), Vector(r, n, -1000, 1000), 300.0 })
            {
                Sizes = ArrayCase.NonEmpty,
            },

            // Physics: a temperature and scale fitted to a spectrum by Planck's law, Math.Pow with an int exponent of data.
            new ArrayCase("N3PlanckFit", """
                [Differentiable("logT", "scale")]
                public static double N3PlanckFit(double logT, double scale, double[] wavelengthsUm, double[] flux)
                {
                    const double c2 = 14387.77;
                    double T = Math.Exp(logT);
                    double sse = 0;
                    for (int i = 0; i < flux.Length; i++)
                    {
                        double lam = wavelengthsUm[i];
                        double model = scale / (Math.Pow(lam, 5) * (Math.Exp(c2 / (lam * T)) - 1));
                        sse += Math.Pow(Math.Log(model) - Math.Log(flux[i]), 2);
                    }

                    return sse;
                }
                """, (r, n) => new object[] { Uniform(r, 8, 9), Uniform(r, 0.5, 2), Vector(r, n, 0.5, 2), Vector(r, n, 0.01, 1) }),

            // Optimal transport: twenty Sinkhorn iterations between 1-D point clouds, u and v local arrays overwritten each iteration.
            new ArrayCase("N3SinkhornCost", """
                [Differentiable("sources")]
                public static double N3SinkhornCost(double[] sources, double[] targets, double eps)
                {
                    int n = sources.Length, m = targets.Length;
                    var K = new double[n * m];
                    var C = new double[n * m];
                    for (int i = 0; i < n; i++)
                    {
                        for (int j = 0; j < m; j++)
                        {
                            double d = sources[i] - targets[j];
                            C[i * m + j] = d * d;
                            K[i * m + j] = Math.Exp(-d * d / eps);
                        }
                    }

                    var u = new double[n];
                    var v = new double[m];
                    for (int i = 0; i < n; i++) u[i] = 1;
                    for (int j = 0; j < m; j++) v[j] = 1;
                    double a = 1.0 / n, b = 1.0 / m;
                    for (int iter = 0; iter < 20; iter++)
                    {
                        for (int i = 0; i < n; i++)
                        {
                            double s = 0;
                            for (int j = 0; j < m; j++) s += K[i * m + j] * v[j];
                            u[i] = a / s;
                        }

                        for (int j = 0; j < m; j++)
                        {
                            double s = 0;
                            for (int i = 0; i < n; i++) s += K[i * m + j] * u[i];
                            v[j] = b / s;
                        }
                    }

                    double cost = 0;
                    for (int i = 0; i < n; i++)
                    {
                        for (int j = 0; j < m; j++) cost += u[i] * K[i * m + j] * v[j] * C[i * m + j];
                    }

                    return cost;
                }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), Vector(r, 4, -1, 1), 0.5 })
            {
                Sizes = ArrayCase.NonEmpty,
            },

            // Recommender: matrix factorisation over (user, item, rating) triplets, factors flattened by rank, L2 over both by foreach.
            new ArrayCase("N3MatrixFactorization", """
                [Differentiable("U", "V")]
                public static double N3MatrixFactorization(double[] U, double[] V, int rank, int[] users, int[] items, double[] ratings, double lambda)
                {
                    double loss = 0;
                    for (int r = 0; r < ratings.Length; r++)
                    {
                        int u = users[r] * rank, it = items[r] * rank;
                        double pred = 0;
                        for (int f = 0; f < rank; f++) pred += U[u + f] * V[it + f];
                        double e = ratings[r] - pred;
                        loss += e * e;
                    }

                    double reg = 0;
                    foreach (var x in U) reg += x * x;
                    foreach (var x in V) reg += x * x;
                    return loss + lambda * reg;
                }
                """, (r, n) => new object[] { Vector(r, 8, -1, 1), Vector(r, 10, -1, 1), 2, Ints(r, n, 4), Ints(r, n, 5), Vector(r, n, 1, 5), 0.05 }),

            // Recommender: Bayesian personalised ranking over (user, positive, negative) triples in one int[] stepped by t += 3, item biases.
            new ArrayCase("N3BprLoss", """
                [Differentiable("userF", "itemF", "itemBias")]
                public static double N3BprLoss(double[] userF, double[] itemF, double[] itemBias, int[] triples, int k)
                {
                    double loss = 0;
                    for (int t = 0; t + 2 < triples.Length; t += 3)
                    {
                        int u = triples[t], i = triples[t + 1], j = triples[t + 2];
                        double x = itemBias[i] - itemBias[j];
                        for (int f = 0; f < k; f++) x += userF[u * k + f] * (itemF[i * k + f] - itemF[j * k + f]);
                        loss += Math.Log(1 + Math.Exp(-x));
                    }

                    return loss;
                }
                """, (r, n) => new object[] { Vector(r, 6, -1, 1), Vector(r, 8, -1, 1), Vector(r, 4, -0.5, 0.5), Triples(r, n), 2 }),

            // Economics: CES utility (Σ a_i x_i^ρ)^(1/ρ), Math.Pow with a differentiated exponent.
            new ArrayCase("N3CesUtility", """
                [Differentiable("shares", "quantities", "rho")]
                public static double N3CesUtility(double[] shares, double[] quantities, double rho)
                {
                    double s = 0;
                    for (int i = 0; i < shares.Length; i++) s += shares[i] * Math.Pow(quantities[i], rho);
                    return Math.Pow(s, 1 / rho);
                }
                """, (r, n) => new object[] { Vector(r, n, 0.1, 1), Vector(r, n, 0.5, 2), Uniform(r, 0.2, 0.8) })
            {
                Sizes = ArrayCase.NonEmpty,
            },

            // Economics: Cobb–Douglas production fitted in logs, elasticities as Math.Pow exponents, a returns-to-scale penalty by Math.Pow(·, 2).
            new ArrayCase("N3CobbDouglasFit", """
                [Differentiable("logA", "alpha", "beta")]
                public static double N3CobbDouglasFit(double logA, double alpha, double beta, double[] capital, double[] labor, double[] output)
                {
                    double sse = 0;
                    for (int i = 0; i < output.Length; i++)
                    {
                        double y = Math.Exp(logA) * Math.Pow(capital[i], alpha) * Math.Pow(labor[i], beta);
                        var r = Math.Log(output[i]) - Math.Log(y);
                        sse += r * r;
                    }

                    double returnsToScale = alpha + beta;
                    return sse + 0.1 * Math.Pow(returnsToScale - 1, 2);
                }
                """, (r, n) => new object[] { Uniform(r, -0.5, 0.5), Uniform(r, 0.2, 0.5), Uniform(r, 0.4, 0.7), Vector(r, n, 1, 10), Vector(r, n, 1, 10), Vector(r, n, 1, 10) }),

            // Economics: revenue under multinomial-logit demand with an outside option (the 1 in the denominator).
            new ArrayCase("N3LogitRevenue", """
                [Differentiable("prices", "priceSensitivity")]
                public static double N3LogitRevenue(double[] prices, double[] quality, double priceSensitivity)
                {
                    double denom = 1;
                    for (int j = 0; j < prices.Length; j++) denom += Math.Exp(quality[j] - priceSensitivity * prices[j]);
                    double revenue = 0;
                    for (int j = 0; j < prices.Length; j++)
                    {
                        double share = Math.Exp(quality[j] - priceSensitivity * prices[j]) / denom;
                        revenue += prices[j] * share;
                    }

                    return revenue;
                }
                """, (r, n) => new object[] { Vector(r, n, 0.5, 3), Vector(r, n, -1, 1), Uniform(r, 0.5, 1.5) }),

            // Numerics: coefficients scaled into a local array, then shifted in place to the derivative's (c[i] = (i + 1) * c[i + 1]), Horner from the top.
            new ArrayCase("N3ScaledPolynomialSlope", """
                [Differentiable("a", "x")]
                public static double N3ScaledPolynomialSlope(double[] a, double x, double scale)
                {
                    int n = a.Length;
                    var c = new double[n];
                    double pw = 1;
                    for (int i = 0; i < n; i++)
                    {
                        c[i] = a[i] * pw;
                        pw *= scale;
                    }

                    for (int i = 0; i + 1 < n; i++) c[i] = (i + 1) * c[i + 1];
                    if (n > 0) c[n - 1] = 0;
                    double p = 0;
                    for (int i = n - 1; i >= 0; i--) p = p * x + c[i];
                    return p;
                }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), Uniform(r, -1.5, 1.5), 0.8 }),

            // Numerics: the real root of x³ + p x − q by forty Newton steps in a while loop with a counter.
            new ArrayCase("N3NewtonCubicRoot", """
                [Differentiable("p", "q")]
                public static double N3NewtonCubicRoot(double p, double q)
                {
                    double x = q;
                    int iter = 0;
                    while (iter < 40)
                    {
                        double f = x * x * x + p * x - q;
                        double fp = 3 * x * x + p;
                        x -= f / fp;
                        iter++;
                    }

                    return x;
                }
                """, (r, n) => new object[] { Uniform(r, 0.5, 2), Uniform(r, -2, 2) })
            {
                Sizes = ArrayCase.Scalar,
            },

            // Numerics: the trapezoid rule for a damped sine over a data horizon, a const int step count, (double)i casts and an end-point ternary.
            new ArrayCase("N3TrapezoidDampedSine", """
                [Differentiable("amplitude", "decay", "omega")]
                public static double N3TrapezoidDampedSine(double amplitude, double decay, double omega, double horizon)
                {
                    const int steps = 200;
                    double total = 0;
                    for (int i = 0; i <= steps; i++)
                    {
                        double t = horizon * ((double)i / steps);
                        double f = amplitude * Math.Exp(-decay * t) * Math.Sin(omega * t);
                        double weight = i == 0 || i == steps ? 0.5 : 1.0;
                        total += weight * f;
                    }

                    return total * horizon / steps;
                }
                """, (r, n) => new object[] { Uniform(r, 0.5, 2), Uniform(r, 0.1, 1), Uniform(r, 1, 4), Uniform(r, 2, 6) })
            {
                Sizes = ArrayCase.Scalar,
            },

            // Numerics: five-point Gauss–Legendre quadrature with nodes and weights in static readonly fields.
            new ArrayCase("N3GaussLegendre", """
                private static readonly double[] N3Nodes = { -0.9061798459386640, -0.5384693101056831, 0.0, 0.5384693101056831, 0.9061798459386640 };
                private static readonly double[] N3Weights = { 0.2369268850561891, 0.4786286704993665, 0.5688888888888889, 0.4786286704993665, 0.2369268850561891 };

                [Differentiable("a", "b")]
                public static double N3GaussLegendre(double a, double b)
                {
                    double s = 0;
                    for (int k = 0; k < N3Nodes.Length; k++)
                    {
                        double x = N3Nodes[k];
                        s += N3Weights[k] * Math.Exp(a * x) / (1 + b * x * x);
                    }

                    return s;
                }
                """, (r, n) => new object[] { Uniform(r, -1, 1), Uniform(r, 0, 2) })
            {
                Sizes = ArrayCase.Scalar,
            },

            // Numerics: logistic growth by Euler steps between observation times, an early return for no data and a break past a horizon.
            new ArrayCase("N3LogisticGrowthFit", """
                [Differentiable("rate", "capacity")]
                public static double N3LogisticGrowthFit(double rate, double capacity, double[] times, double[] counts, double horizon)
                {
                    if (times.Length == 0) return 0;
                    double n = counts[0];
                    double t = times[0];
                    double sse = 0;
                    for (int i = 1; i < times.Length; i++)
                    {
                        if (times[i] > horizon) break;
                        double dt = times[i] - t;
                        n += rate * n * (1 - n / capacity) * dt;
                        t = times[i];
                        sse += Math.Pow(n - counts[i], 2);
                    }

                    return sse;
                }
                """, (r, n) => new object[] { Uniform(r, 0.2, 0.8), Uniform(r, 80, 120), Enumerable.Range(0, n).Select(i => 0.5 * i).ToArray(), Vector(r, n, 10, 90), 2.2 }),

            // Neural: layer normalisation (mean, variance), then the affine γ, β into a local array, a tanh readout.
            new ArrayCase("N3LayerNormReadout", """
                [Differentiable("x", "gamma", "beta")]
                public static double N3LayerNormReadout(double[] x, double[] gamma, double[] beta, double[] readout)
                {
                    const double eps = 1e-5;
                    int n = x.Length;
                    double mean = 0;
                    for (int i = 0; i < n; i++) mean += x[i];
                    mean /= n;
                    double variance = 0;
                    for (int i = 0; i < n; i++) variance += (x[i] - mean) * (x[i] - mean);
                    variance /= n;
                    double inv = 1 / Math.Sqrt(variance + eps);
                    var y = new double[n];
                    for (int i = 0; i < n; i++) y[i] = gamma[i] * (x[i] - mean) * inv + beta[i];
                    double score = 0;
                    for (int i = 0; i < n; i++) score += readout[i] * Math.Tanh(y[i]);
                    return score;
                }
                """, (r, n) => new object[] { Vector(r, n, -2, 2), Vector(r, n, 0.5, 1.5), Vector(r, n, -0.5, 0.5), Vector(r, n, -1, 1) })
            {
                Sizes = ArrayCase.NonEmpty,
            },

            // Neural: single-query attention over a jagged key matrix, scores into a local array, a running max kept by an if.
            new ArrayCase("N3AttentionJaggedKeys", """
                [Differentiable("query", "values")]
                public static double N3AttentionJaggedKeys(double[] query, double[][] keys, double[] values)
                {
                    int n = keys.Length, d = query.Length;
                    double scale = 1 / Math.Sqrt(d);
                    var scores = new double[n];
                    double max = double.NegativeInfinity;
                    for (int i = 0; i < n; i++)
                    {
                        double s = 0;
                        for (int j = 0; j < d; j++) s += query[j] * keys[i][j];
                        scores[i] = s * scale;
                        if (scores[i] > max) max = scores[i];
                    }

                    double z = 0, weighted = 0;
                    for (int i = 0; i < n; i++)
                    {
                        double w = Math.Exp(scores[i] - max);
                        z += w;
                        weighted += w * values[i];
                    }

                    return weighted / z;
                }
                """, (r, n) => new object[] { Vector(r, 4, -1, 1), Jagged(r, n, 4, -1, 1), Vector(r, n, -1, 1) })
            {
                Sizes = ArrayCase.NonEmpty,
            },

            // Neural: a residual block x + W2 · leakyReLU(W1 x + b1), hidden and output in local arrays, half the squared norm.
            new ArrayCase("N3ResidualBlock", """
                [Differentiable("W1", "b1", "W2")]
                public static double N3ResidualBlock(double[] W1, double[] b1, double[] W2, double[] x)
                {
                    int d = x.Length, h = b1.Length;
                    var hidden = new double[h];
                    for (int j = 0; j < h; j++)
                    {
                        double z = b1[j];
                        for (int i = 0; i < d; i++) z += W1[j * d + i] * x[i];
                        hidden[j] = z > 0 ? z : 0.01 * z;
                    }

                    var y = new double[d];
                    for (int i = 0; i < d; i++)
                    {
                        y[i] = x[i];
                        for (int j = 0; j < h; j++) y[i] += W2[i * h + j] * hidden[j];
                    }

                    double loss = 0;
                    foreach (var yi in y) loss += yi * yi;
                    return 0.5 * loss;
                }
                """, (r, n) => new object[] { Vector(r, 3 * n, -1, 1), Vector(r, 3, -1, 1), Vector(r, 3 * n, -1, 1), Vector(r, n, -1, 1) })
            {
                Accept = ResidualAway,
            },

            // Neural: a one-hidden-layer MLP with a tanh-GELU written as a [Differentiable] local function inside the method.
            new ArrayCase("N3GeluLocalFunction", """
                [Differentiable("w1", "w2")]
                public static double N3GeluLocalFunction(double[] w1, double[] w2, double[] x)
                {
                    [Differentiable]
                    static double Gelu(double z) => 0.5 * z * (1 + Math.Tanh(0.7978845608028654 * (z + 0.044715 * z * z * z)));

                    int h = w2.Length, d = x.Length;
                    double output = 0;
                    for (int j = 0; j < h; j++)
                    {
                        double z = 0;
                        for (int i = 0; i < d; i++) z += w1[j * d + i] * x[i];
                        output += w2[j] * Gelu(z);
                    }

                    return output;
                }
                """, (r, n) => new object[] { Vector(r, 3 * n, -1, 1), Vector(r, 3, -1, 1), Vector(r, n, -1, 1) }),

            // Neural: the same MLP calling a private static GELU helper marked [Differentiable].
            new ArrayCase("N3GeluHelperMethod", """
                [Differentiable]
                private static double N3Gelu(double z) => 0.5 * z * (1 + Math.Tanh(0.7978845608028654 * (z + 0.044715 * z * z * z)));

                [Differentiable("w1", "w2")]
                public static double N3GeluHelperMethod(double[] w1, double[] w2, double[] x)
                {
                    int h = w2.Length, d = x.Length;
                    double output = 0;
                    for (int j = 0; j < h; j++)
                    {
                        double z = 0;
                        for (int i = 0; i < d; i++) z += w1[j * d + i] * x[i];
                        output += w2[j] * N3Gelu(z);
                    }

                    return output;
                }
                """, (r, n) => new object[] { Vector(r, 3 * n, -1, 1), Vector(r, 3, -1, 1), Vector(r, n, -1, 1) }),

            // N3TableInterpQuery as its DIFF013 advises: the cell through Gradient.Stop, the fraction keeps its derivative.
            new ArrayCase("N3TableInterpStopped", """
                [Differentiable("q")]
                public static double N3TableInterpStopped(double q, double[] table)
                {
                    int i = (int)Gradient.Stop(q);
                    double u = q - i;
                    return (1 - u) * table[i] + u * table[i + 1];
                }
                """, (r, n) => new object[] { Uniform(r, 0.1, 2.9), Vector(r, 4, -1, 1) })
            {
                Sizes = ArrayCase.Scalar,
                Accept = a => Math.Abs((double)a[0] - Math.Round((double)a[0])) > 0.05,
            },

            // N3WaveRotateBuffers as its DIFF015 advises: the buffers moved along by copy loops.
            new ArrayCase("N3WaveCopyBuffers", """
                [Differentiable("u0", "c")]
                public static double N3WaveCopyBuffers(double[] u0, double c)
                {
                    int n = u0.Length;
                    var prev = new double[n];
                    var cur = new double[n];
                    var next = new double[n];
                    for (int i = 0; i < n; i++)
                    {
                        prev[i] = u0[i];
                        cur[i] = u0[i];
                    }

                    double r2 = c * c * 0.25;
                    for (int step = 0; step < 10; step++)
                    {
                        for (int i = 1; i < n - 1; i++) next[i] = 2 * cur[i] - prev[i] + r2 * (cur[i + 1] - 2 * cur[i] + cur[i - 1]);
                        for (int i = 0; i < n; i++)
                        {
                            prev[i] = cur[i];
                            cur[i] = next[i];
                        }
                    }

                    double e = 0;
                    for (int i = 0; i < n; i++) e += cur[i] * cur[i];
                    return e;
                }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), Uniform(r, 0.5, 1) }),

            // The k-means objective with hard assignment: the nearest centre's index kept in an int beside the best distance.
            new ArrayCase("N3KMeansHardAssign", """
                [Differentiable("centers")]
                public static double N3KMeansHardAssign(double[] centers, double[] points)
                {
                    double total = 0;
                    foreach (double x in points)
                    {
                        int best = 0;
                        double bestD = double.PositiveInfinity;
                        for (int k = 0; k < centers.Length; k++)
                        {
                            double d = (x - centers[k]) * (x - centers[k]);
                            if (d < bestD)
                            {
                                bestD = d;
                                best = k;
                            }
                        }

                        total += (x - centers[best]) * (x - centers[best]);
                    }

                    return total;
                }
                """, (r, n) => new object[] { new[] { Uniform(r, -1.5, -1), Uniform(r, -0.2, 0.2), Uniform(r, 1, 1.5) }, Vector(r, n, -2, 2) })
            {
                Accept = a =>
                {
                    var c = (double[])a[0];
                    return ((double[])a[1]).All(x => Math.Abs(Math.Abs(x - c[0]) - Math.Abs(x - c[1])) > 0.05 && Math.Abs(Math.Abs(x - c[1]) - Math.Abs(x - c[2])) > 0.05);
                },
            },

            // Welford's online mean and variance, then a z-score loss: delta, mean += delta / count, m2 += delta * (x - mean).
            new ArrayCase("N3WelfordZScore", """
                [Differentiable("x")]
                public static double N3WelfordZScore(double[] x)
                {
                    double mean = 0, m2 = 0;
                    int count = 0;
                    foreach (double v in x)
                    {
                        count++;
                        double delta = v - mean;
                        mean += delta / count;
                        m2 += delta * (v - mean);
                    }

                    double sd = Math.Sqrt(m2 / (count - 1));
                    double s = 0;
                    foreach (double v in x) s += Math.Pow((v - mean) / sd, 4);
                    return s / count;
                }
                """, (r, n) => new object[] { Vector(r, n + 2) }),

            // A scalar Kalman filter's negative log-likelihood in the log process and measurement noise (a local-level model).
            new ArrayCase("N3KalmanLocalLevel", """
                [Differentiable("logQ", "logR")]
                public static double N3KalmanLocalLevel(double logQ, double logR, double[] obs)
                {
                    double q = Math.Exp(logQ), r = Math.Exp(logR);
                    double m = 0, p = 10;
                    double nll = 0;
                    for (int t = 0; t < obs.Length; t++)
                    {
                        p += q;
                        double s = p + r;
                        double innov = obs[t] - m;
                        nll += 0.5 * (Math.Log(2 * Math.PI * s) + innov * innov / s);
                        double gain = p / s;
                        m += gain * innov;
                        p *= 1 - gain;
                    }

                    return nll;
                }
                """, (r, n) => new object[] { Uniform(r, -2, 0), Uniform(r, -2, 0), Vector(r, n, -2, 2) }),

            // A PID loop on a first-order plant, the actuator clamped, the gains tuned on the tracking error.
            new ArrayCase("N3PidTuning", """
                [Differentiable("kp", "ki", "kd")]
                public static double N3PidTuning(double kp, double ki, double kd, double[] setpoint)
                {
                    const double dt = 0.05, tau = 0.5;
                    double y = 0, integral = 0, prevErr = setpoint.Length > 0 ? setpoint[0] : 0;
                    double cost = 0;
                    for (int t = 0; t < setpoint.Length; t++)
                    {
                        double err = setpoint[t] - y;
                        integral += err * dt;
                        double deriv = (err - prevErr) / dt;
                        double u = Math.Clamp(kp * err + ki * integral + kd * deriv, -50.0, 50.0);
                        y += dt * (u - y) / tau;
                        prevErr = err;
                        cost += err * err * dt;
                    }

                    return cost;
                }
                """, (r, n) => new object[] { Uniform(r, 0.5, 2), Uniform(r, 0.1, 1), Uniform(r, 0, 0.05), Vector(r, n, -1, 1) }),

            // Geodesy: haversine distances from a fitted location (degrees) to stations, squared against measured ranges.
            new ArrayCase("N3HaversineFit", """
                [Differentiable("lat", "lon")]
                public static double N3HaversineFit(double lat, double lon, double[] stationLat, double[] stationLon, double[] rangeKm)
                {
                    const double R = 6371.0, deg = Math.PI / 180;
                    double sse = 0;
                    for (int i = 0; i < rangeKm.Length; i++)
                    {
                        double dLat = (stationLat[i] - lat) * deg, dLon = (stationLon[i] - lon) * deg;
                        double a = Math.Pow(Math.Sin(dLat / 2), 2) + Math.Cos(lat * deg) * Math.Cos(stationLat[i] * deg) * Math.Pow(Math.Sin(dLon / 2), 2);
                        double d = 2 * R * Math.Asin(Math.Sqrt(a));
                        sse += (d - rangeKm[i]) * (d - rangeKm[i]);
                    }

                    return sse;
                }
                """, (r, n) => new object[] { Uniform(r, 40, 50), Uniform(r, 0, 10), Vector(r, n, 30, 60), Vector(r, n, -10, 20), Vector(r, n, 100, 2000) }),

            // N3TableInterpFloor with the cell stopped as DIFF013 advises: Math.Floor of a stopped value.
            new ArrayCase("N3TableInterpFloorStopped", """
                [Differentiable("q")]
                public static double N3TableInterpFloorStopped(double q, double[] table)
                {
                    double cell = Math.Floor(q);
                    double u = q - cell;
                    int i = (int)Gradient.Stop(cell);
                    return (1 - u) * table[i] + u * table[i + 1];
                }
                """, (r, n) => new object[] { Uniform(r, 0.1, 2.9), Vector(r, 4, -1, 1) })
            {
                Sizes = ArrayCase.Scalar,
                Accept = a => Math.Abs((double)a[0] - Math.Round((double)a[0])) > 0.05,
            },

            // Graphics: a Bézier curve's control values fitted by de Casteljau's rule in place in a local array, reading the next element.
            new ArrayCase("N3BezierFit", """
                [Differentiable("ctrl")]
                public static double N3BezierFit(double[] ctrl, double[] ts, double[] ys)
                {
                    int n = ctrl.Length;
                    var pts = new double[n];
                    double err = 0;
                    for (int k = 0; k < ts.Length; k++)
                    {
                        double t = ts[k];
                        for (int i = 0; i < n; i++) pts[i] = ctrl[i];
                        for (int r = 1; r < n; r++)
                        {
                            for (int i = 0; i < n - r; i++) pts[i] = (1 - t) * pts[i] + t * pts[i + 1];
                        }

                        err += (pts[0] - ys[k]) * (pts[0] - ys[k]);
                    }

                    return err;
                }
                """, (r, n) => new object[] { Vector(r, 4, -1, 1), Vector(r, n, 0, 1), Vector(r, n, -1, 1) }),

            // A symmetry penalty with a two-variable for header (i from the front, j from the back).
            new ArrayCase("N3TwoIndexFor", """
                [Differentiable("x")]
                public static double N3TwoIndexFor(double[] x)
                {
                    double s = 0;
                    for (int i = 0, j = x.Length - 1; i < j; i++, j--) s += (x[i] - x[j]) * (x[i] - x[j]);
                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n) }),

            // A Gaussian log-likelihood through a local function that captures mu and sigma.
            new ArrayCase("N3CapturingLocalFunction", """
                [Differentiable("mu", "logSigma")]
                public static double N3CapturingLocalFunction(double mu, double logSigma, double[] x)
                {
                    double sigma = Math.Exp(logSigma);
                    double LogPdf(double v) => -0.5 * Math.Pow((v - mu) / sigma, 2) - Math.Log(sigma) - 0.9189385332046727;
                    double ll = 0;
                    foreach (var v in x) ll += LogPdf(v);
                    return ll;
                }
                """, (r, n) => new object[] { Uniform(r, -1, 1), Uniform(r, -1, 1), Vector(r, n) }),

            // Molecular dynamics under periodic boundaries: the minimum-image shift dx -= box * Math.Round(dx / box).
            new ArrayCase("N3MinimumImage", """
                [Differentiable("pos")]
                public static double N3MinimumImage(double[] pos, double box)
                {
                    double e = 0;
                    for (int i = 0; i < pos.Length; i++)
                    {
                        for (int j = i + 1; j < pos.Length; j++)
                        {
                            double dx = pos[i] - pos[j];
                            dx -= box * Math.Round(dx / box);
                            e += Math.Exp(-dx * dx);
                        }
                    }

                    return e;
                }
                """, (r, n) => new object[] { Vector(r, n, 0, 10), 10.0 })
            {
                Accept = a =>
                {
                    var p = (double[])a[0];
                    return Enumerable.Range(0, p.Length).All(i => Enumerable.Range(i + 1, p.Length - i - 1).All(j => Math.Abs(Math.Abs(p[i] - p[j]) - 5) > 0.1));
                },
            },

            // The power at one DFT bin of a windowed signal, twiddles from Math.Cos and Math.Sin of (double) casts.
            new ArrayCase("N3DftBinPower", """
                [Differentiable("x")]
                public static double N3DftBinPower(double[] x, int bin)
                {
                    int n = x.Length;
                    double re = 0, im = 0;
                    for (int t = 0; t < n; t++)
                    {
                        double hann = 0.5 - 0.5 * Math.Cos(2 * Math.PI * t / Math.Max(n - 1, 1));
                        double angle = -2 * Math.PI * bin * (double)t / n;
                        re += hann * x[t] * Math.Cos(angle);
                        im += hann * x[t] * Math.Sin(angle);
                    }

                    return re * re + im * im;
                }
                """, (r, n) => new object[] { Vector(r, n), 1 }),

            // Power iteration for the largest eigenvalue of a symmetric 3×3 matrix, the vector normalised in place in a local array.
            new ArrayCase("N3PowerIteration", """
                [Differentiable("A")]
                public static double N3PowerIteration(double[] A)
                {
                    const int n = 3;
                    var v = new double[n];
                    var w = new double[n];
                    for (int i = 0; i < n; i++) v[i] = 1.0 / Math.Sqrt(n);
                    for (int iter = 0; iter < 200; iter++)
                    {
                        for (int i = 0; i < n; i++)
                        {
                            w[i] = 0;
                            for (int j = 0; j < n; j++) w[i] += 0.5 * (A[i * n + j] + A[j * n + i]) * v[j];
                        }

                        double norm = 0;
                        for (int i = 0; i < n; i++) norm += w[i] * w[i];
                        norm = Math.Sqrt(norm);
                        for (int i = 0; i < n; i++) v[i] = w[i] / norm;
                    }

                    double lambda = 0;
                    for (int i = 0; i < n; i++)
                    {
                        for (int j = 0; j < n; j++) lambda += v[i] * 0.5 * (A[i * n + j] + A[j * n + i]) * v[j];
                    }

                    return lambda;
                }
                """, (r, n) => new object[] { new[] { 3 + Uniform(r, 0, 0.5), Uniform(r, -0.3, 0.3), Uniform(r, -0.3, 0.3), Uniform(r, -0.3, 0.3), 1 + Uniform(r, 0, 0.5), Uniform(r, -0.3, 0.3), Uniform(r, -0.3, 0.3), Uniform(r, -0.3, 0.3), Uniform(r, -0.5, 0.2) } })
            {
                Sizes = ArrayCase.Scalar,
            },

            // ISTA for the lasso: gradient steps then soft-thresholding by Math.Sign(z) * Math.Max(|z| − λ, 0), the final loss.
            new ArrayCase("N3IstaLasso", """
                [Differentiable("y")]
                public static double N3IstaLasso(double[] y, double lambda)
                {
                    int n = y.Length;
                    var w = new double[n];
                    const double step = 0.5;
                    for (int iter = 0; iter < 10; iter++)
                    {
                        for (int i = 0; i < n; i++)
                        {
                            double z = w[i] - step * (w[i] - y[i]);
                            w[i] = Math.Sign(z) * Math.Max(Math.Abs(z) - step * lambda, 0);
                        }
                    }

                    double loss = 0;
                    for (int i = 0; i < n; i++) loss += 0.5 * (w[i] - y[i]) * (w[i] - y[i]) + lambda * Math.Abs(w[i]);
                    return loss;
                }
                """, (r, n) => new object[] { AwayFromZero(r, n, 0.5, 2), 0.2 }),

            // Polynomial features with Math.Pow of an int loop counter, ridge-penalised least squares.
            new ArrayCase("N3PolyFeaturesPowInt", """
                [Differentiable("coef")]
                public static double N3PolyFeaturesPowInt(double[] coef, double[] x, double[] y)
                {
                    double sse = 0;
                    for (int i = 0; i < x.Length; i++)
                    {
                        double pred = 0;
                        for (int d = 0; d < coef.Length; d++) pred += coef[d] * Math.Pow(x[i], d);
                        sse += (pred - y[i]) * (pred - y[i]);
                    }

                    double reg = 0;
                    foreach (var c in coef) reg += c * c;
                    return sse + 1e-3 * reg;
                }
                """, (r, n) => new object[] { Vector(r, 4, -1, 1), Vector(r, n, -1, 1), Vector(r, n, -1, 1) }),

            // Entropy in bits of a softmax, Math.Log2 and Math.Log(p, 2) side by side.
            new ArrayCase("N3EntropyBits", """
                [Differentiable("logits")]
                public static double N3EntropyBits(double[] logits)
                {
                    double z = 0;
                    foreach (var l in logits) z += Math.Exp(l);
                    double h = 0;
                    for (int i = 0; i < logits.Length; i++)
                    {
                        double p = Math.Exp(logits[i]) / z;
                        h -= i % 2 == 0 ? p * Math.Log2(p) : p * Math.Log(p, 2);
                    }

                    return h;
                }
                """, (r, n) => new object[] { Vector(r, n, -1, 1) }) { Sizes = ArrayCase.NonEmpty },

            // Per-particle forces in a stackalloc'd 3-vector inside the pair loop (harmonic bonds to a centre).
            new ArrayCase("N3StackallocForce", """
                [Differentiable("pos")]
                public static double N3StackallocForce(double[] pos, double k)
                {
                    int n = pos.Length / 3;
                    double work = 0;
                    for (int i = 0; i < n; i++)
                    {
                        Span<double> f = stackalloc double[3];
                        for (int d = 0; d < 3; d++) f[d] = -k * pos[3 * i + d];
                        for (int d = 0; d < 3; d++) work += f[d] * f[d];
                    }

                    return work;
                }
                """, (r, n) => new object[] { Vector(r, 3 * n, -1, 1), 1.5 }),

            // Power iteration's cousin, a do-while: gradient descent on a 1-D quadratic until the step is small, at most 100 times.
            new ArrayCase("N3DoWhileDescent", """
                [Differentiable("a", "b")]
                public static double N3DoWhileDescent(double a, double b)
                {
                    double x = 0, step;
                    int it = 0;
                    do
                    {
                        step = 0.1 * (a * x - b);
                        x -= step;
                        it++;
                    }
                    while (it < 100);
                    return x * x + a;
                }
                """, (r, n) => new object[] { Uniform(r, 1, 3), Uniform(r, -1, 1) }) { Sizes = ArrayCase.Scalar },

            // Sinkhorn scalings initialised by Array.Fill (DIFF014 before the eighteenth session: read as the loop it runs).
            new ArrayCase("N3ArrayFillInit", """
                [Differentiable("x")]
                public static double N3ArrayFillInit(double[] x)
                {
                    var u = new double[x.Length];
                    Array.Fill(u, 1.0);
                    double s = 0;
                    for (int i = 0; i < x.Length; i++)
                    {
                        u[i] = u[i] / (1 + x[i] * x[i]);
                        s += u[i] * x[i];
                    }

                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n) }),

            // Verlet positions copied from the initial ones by Clone before being updated in place (DIFF015 before the eighteenth session).
            new ArrayCase("N3CloneThenUpdate", """
                [Differentiable("x0", "k")]
                public static double N3CloneThenUpdate(double[] x0, double k)
                {
                    var x = (double[])x0.Clone();
                    for (int step = 0; step < 5; step++)
                    {
                        for (int i = 0; i < x.Length; i++) x[i] -= 0.1 * k * x[i] * x[i] * x[i];
                    }

                    double s = 0;
                    foreach (var v in x) s += v * v;
                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), Uniform(r, 0.5, 1.5) }),

            // A length check that throws, as library-minded notebooks guard a loss (DIFF010 before the eighteenth session: every member makes it first).
            new ArrayCase("N3ThrowGuard", """
                [Differentiable("pred")]
                public static double N3ThrowGuard(double[] pred, double[] y)
                {
                    if (pred.Length != y.Length) throw new ArgumentException("pred and y differ in length");
                    double s = 0;
                    for (int i = 0; i < y.Length; i++) s += (pred[i] - y[i]) * (pred[i] - y[i]);
                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n), Vector(r, n) }),
        };

        /// <summary>
        /// Declined, each with its id and the start of its message (<see cref="NotebookSweep3Tests.Declines_with_its_listed_diagnostic"/>);
        /// the report of the sweep judges each.
        /// </summary>
        public static readonly (ArrayCase Case, string Id, string Start)[] Declined =
        {
            // LINQ with the namespace written out (the test wrapper has no using System.Linq).
            (
                new ArrayCase("N3LinqMseQualified", """
                    [Differentiable("pred")]
                    public static double N3LinqMseQualified(double[] pred, double[] y) => System.Linq.Enumerable.Sum(System.Linq.Enumerable.Zip(pred, y, (p, t) => (p - t) * (p - t))) / Math.Max(1, y.Length);
                    """, (r, n) => new object[] { Vector(r, n), Vector(r, n) }),
                "DIFF011",
                "The call to 'System.Linq.Enumerable.Sum' cannot be differentiated: it is LINQ"),

            // Lookup-table interpolation with a differentiated query: the cell by (int)q, the fraction q - i.
            (
                new ArrayCase("N3TableInterpQuery", """
                    [Differentiable("q")]
                    public static double N3TableInterpQuery(double q, double[] table)
                    {
                        int i = (int)q;
                        double u = q - i;
                        return (1 - u) * table[i] + u * table[i + 1];
                    }
                    """, (r, n) => new object[] { Uniform(r, 0.1, 2.9), Vector(r, 4, -1, 1) }) { Sizes = ArrayCase.Scalar },
                "DIFF013",
                "The conversion '(int)q' to 'int' cuts the derivative"),

            // A debugging print left in the loop.
            (
                new ArrayCase("N3ConsolePrint", """
                    [Differentiable("w")]
                    public static double N3ConsolePrint(double[] w, double[] x)
                    {
                        double s = 0;
                        for (int i = 0; i < w.Length; i++)
                        {
                            s += Math.Tanh(w[i] * x[i]);
                            if (i % 100 == 99) Console.WriteLine($"step {i}: {s}");
                        }

                        return s;
                    }
                    """, (r, n) => new object[] { Vector(r, n), Vector(r, n) }),
                "DIFF014",
                "The call 'Console.WriteLine($\"step {i}: {s}\")' is made for its side effects"),

            // Forward kinematics with the sine and cosine from one Math.SinCos deconstructed into a tuple.
            (
                new ArrayCase("N3SinCosArm", """
                    [Differentiable("theta")]
                    public static double N3SinCosArm(double[] theta, double[] lengths)
                    {
                        double x = 0, y = 0, phi = 0;
                        for (int i = 0; i < theta.Length; i++)
                        {
                            phi += theta[i];
                            var (s, c) = Math.SinCos(phi);
                            x += lengths[i] * c;
                            y += lengths[i] * s;
                        }

                        return x * x + 2 * y;
                    }
                    """, (r, n) => new object[] { Vector(r, n, -1, 1), Vector(r, n, 0.5, 1.5) }),
                "DIFF010",
                "The deconstruction 'var (s, c) = Math.SinCos(phi)' cannot be differentiated here"),

            // Two-link inverse kinematics by the law of cosines (Math.Acos, Math.Atan2, double.Hypot), squared joint error to a reference pose.
            (
                new ArrayCase("N3TwoLinkIk", """
                    [Differentiable("tx", "ty", "l1", "l2")]
                    public static double N3TwoLinkIk(double tx, double ty, double l1, double l2, double refShoulder, double refElbow)
                    {
                        double d = double.Hypot(tx, ty);
                        double cosElbow = (d * d - l1 * l1 - l2 * l2) / (2 * l1 * l2);
                        double elbow = Math.Acos(Math.Clamp(cosElbow, -1.0, 1.0));
                        double shoulder = Math.Atan2(ty, tx) - Math.Atan2(l2 * Math.Sin(elbow), l1 + l2 * Math.Cos(elbow));
                        return Math.Pow(shoulder - refShoulder, 2) + Math.Pow(elbow - refElbow, 2);
                    }
                    """, (r, n) => new object[] { Uniform(r, 0.6, 1.2), Uniform(r, -0.5, 0.8), Uniform(r, 0.8, 1), Uniform(r, 0.6, 0.8), 0.1, 1.0 }) { Sizes = ArrayCase.Scalar },
                "DIFF011",
                "The call to 'double.Hypot' cannot be differentiated"),

            // Kernel ridge fit with the Gram matrix in a local double[n, n].
            (
                new ArrayCase("N3LocalGramMatrix", """
                    [Differentiable("logGamma")]
                    public static double N3LocalGramMatrix(double logGamma, double[] x, double[] alpha, double[] y)
                    {
                        int n = x.Length;
                        double gamma = Math.Exp(logGamma);
                        var K = new double[n, n];
                        for (int i = 0; i < n; i++)
                        {
                            for (int j = 0; j < n; j++) K[i, j] = Math.Exp(-gamma * (x[i] - x[j]) * (x[i] - x[j]));
                        }

                        double sse = 0;
                        for (int i = 0; i < n; i++)
                        {
                            double f = 0;
                            for (int j = 0; j < n; j++) f += K[i, j] * alpha[j];
                            sse += (f - y[i]) * (f - y[i]);
                        }

                        return sse;
                    }
                    """, (r, n) => new object[] { Uniform(r, -1, 1), Vector(r, n), Vector(r, n, -1, 1), Vector(r, n, -1, 1) }),
                "DIFF010",
                "The local 'K' of type 'double[,]' cannot be differentiated here: a local array has one dimension"),

            // Matrix factorisation with jagged factor matrices P[u][f], Q[i][f] as the differentiated parameters.
            (
                new ArrayCase("N3JaggedFactors", """
                    [Differentiable("P", "Q")]
                    public static double N3JaggedFactors(double[][] P, double[][] Q, int[] users, int[] items, double[] ratings)
                    {
                        double loss = 0;
                        for (int r = 0; r < ratings.Length; r++)
                        {
                            double pred = 0;
                            for (int f = 0; f < P[users[r]].Length; f++) pred += P[users[r]][f] * Q[items[r]][f];
                            loss += (ratings[r] - pred) * (ratings[r] - pred);
                        }

                        return loss;
                    }
                    """, (r, n) => new object[] { Jagged(r, 4, 2, -1, 1), Jagged(r, 5, 2, -1, 1), Ints(r, n, 4), Ints(r, n, 5), Vector(r, n, 1, 5) }),
                "DIFF006",
                "'N3JaggedFactors' cannot be differentiated: parameter 'P' has type 'double[][]'"),

            // A weight matrix as a double[,] parameter of a linear layer, differentiated.
            (
                new ArrayCase("N3RectangularWeights", """
                    [Differentiable("W")]
                    public static double N3RectangularWeights(double[,] W, double[] x)
                    {
                        double s = 0;
                        for (int i = 0; i < W.GetLength(0); i++)
                        {
                            double z = 0;
                            for (int j = 0; j < W.GetLength(1); j++) z += W[i, j] * x[j];
                            s += Math.Tanh(z);
                        }

                        return s;
                    }
                    """, (r, n) => new object[] { new double[2, 2] { { 0.1, 0.2 }, { -0.3, 0.4 } }, Vector(r, 2) }),
                "DIFF006",
                "'N3RectangularWeights' cannot be differentiated: parameter 'W' has type 'double[,]'"),

            // The wave equation by leapfrog with three buffers rotated by a tuple assignment each step.
            (
                new ArrayCase("N3WaveRotateBuffers", """
                    [Differentiable("u0", "c")]
                    public static double N3WaveRotateBuffers(double[] u0, double c)
                    {
                        int n = u0.Length;
                        var prev = new double[n];
                        var cur = new double[n];
                        var next = new double[n];
                        for (int i = 0; i < n; i++)
                        {
                            prev[i] = u0[i];
                            cur[i] = u0[i];
                        }

                        double r2 = c * c * 0.25;
                        for (int step = 0; step < 10; step++)
                        {
                            for (int i = 1; i < n - 1; i++) next[i] = 2 * cur[i] - prev[i] + r2 * (cur[i + 1] - 2 * cur[i] + cur[i - 1]);
                            (prev, cur, next) = (cur, next, prev);
                        }

                        double e = 0;
                        for (int i = 0; i < n; i++) e += cur[i] * cur[i];
                        return e;
                    }
                    """, (r, n) => new object[] { Vector(r, n, -1, 1), Uniform(r, 0.5, 1) }),
                "DIFF015",
                "The assignment of arrays in '(prev, cur, next) = (cur, next, prev)' is not supported yet"),

            // A signed distance to a sphere with System.Numerics.Vector3, as graphics code holds points.
            (
                new ArrayCase("N3Vector3Distance", """
                    [Differentiable("cx", "radius")]
                    public static float N3Vector3Distance(float cx, float radius, float px, float py)
                    {
                        var p = new System.Numerics.Vector3(px, py, 0);
                        var c = new System.Numerics.Vector3(cx, 0, 0);
                        return (p - c).Length() - radius;
                    }
                    """, (r, n) => new object[] { Uniform(r, -1, 1), Uniform(r, 0.5, 1), Uniform(r, 2, 3), Uniform(r, 2, 3) }) { Sizes = ArrayCase.Scalar },
                "DIFF010",
                "The local 'p' of type 'Vector3' cannot be differentiated here"),
        };

        /// <summary>Declined before this sweep (DIFF013), read now (<see cref="NotebookSweep3Tests.An_int_conversion_of_Math_Floor_is_read"/>).</summary>
        public static readonly ArrayCase[] Questionable =
        {
            // Lookup-table interpolation with the cell by Math.Floor of the differentiated query (drawn away from the cells' edges,
            // where finite differences would straddle a jump).
            new ArrayCase("N3TableInterpFloor", """
                [Differentiable("q")]
                public static double N3TableInterpFloor(double q, double[] table)
                {
                    double cell = Math.Floor(q);
                    double u = q - cell;
                    int i = (int)cell;
                    return (1 - u) * table[i] + u * table[i + 1];
                }
                """, (r, n) => new object[] { r.Next(3) + Uniform(r, 0.1, 0.9), Vector(r, 4, -1, 1) }) { Sizes = ArrayCase.Scalar },
        };

        private static double[] Labels01(Random random, int n) => Enumerable.Range(0, n).Select(_ => (double)random.Next(2)).ToArray();

        private static double[] Counts(Random random, int n, int max) => Enumerable.Range(0, n).Select(_ => (double)random.Next(max)).ToArray();

        private static int[] Ints(Random random, int n, int max) => Enumerable.Range(0, n).Select(_ => random.Next(max)).ToArray();

        private static int[] Triples(Random random, int n) => Enumerable.Range(0, 3 * n).Select(i => i % 3 == 0 ? random.Next(3) : random.Next(4)).ToArray();

        private static double[][] Jagged(Random random, int rows, int cols, double min, double max) =>
            Enumerable.Range(0, rows).Select(_ => Vector(random, cols, min, max)).ToArray();

        /// <summary>Rays from near the origin towards +z (six numbers each); every third starts 4 to the side and misses.</summary>
        private static double[] Rays(Random random, int n) => Enumerable.Range(0, n).SelectMany(i => new[]
        {
            Uniform(random, -0.4, 0.4) + (i % 3 == 2 ? 4 : 0), Uniform(random, -0.4, 0.4), 0, Uniform(random, -0.05, 0.05), Uniform(random, -0.05, 0.05), Uniform(random, 0.8, 1.2),
        }).ToArray();

        /// <summary>A polygon's vertices (x, y interleaved) around a circle of radius about 1, counter-clockwise.</summary>
        private static double[] Polygon(Random random, int n) => Enumerable.Range(0, n).SelectMany(i =>
        {
            double angle = (2 * Math.PI * i / n) + Uniform(random, -0.1, 0.1);
            double radius = Uniform(random, 0.8, 1.2);
            return new[] { radius * Math.Cos(angle), radius * Math.Sin(angle) };
        }).ToArray();

        /// <summary>Particles on a cubic lattice of spacing 1.2, jittered by up to 0.1.</summary>
        private static double[] Lattice(Random random, int n) => Enumerable.Range(0, n).SelectMany(i => new[]
        {
            (1.2 * (i % 2)) + Uniform(random, -0.1, 0.1), (1.2 * (i / 2 % 2)) + Uniform(random, -0.1, 0.1), (1.2 * (i / 4)) + Uniform(random, -0.1, 0.1),
        }).ToArray();

        private static bool Away(double value) => Math.Abs(value) > 0.05;

        private static bool SdfAway(object[] a)
        {
            double halfW = (double)a[0], halfH = (double)a[1], cx = (double)a[2], cy = (double)a[3], radius = (double)a[4];
            var px = (double[])a[5];
            var py = (double[])a[6];
            for (int i = 0; i < px.Length; i++)
            {
                double qx = Math.Abs(px[i]) - halfW, qy = Math.Abs(py[i]) - halfH;
                double ox = Math.Max(qx, 0), oy = Math.Max(qy, 0);
                double box = Math.Sqrt((ox * ox) + (oy * oy)) + Math.Min(Math.Max(qx, qy), 0);
                double circle = Math.Sqrt(((px[i] - cx) * (px[i] - cx)) + ((py[i] - cy) * (py[i] - cy))) - radius;
                if (!Away(px[i]) || !Away(py[i]) || !Away(qx) || !Away(qy) || !Away(qx - qy) || !Away(box - circle))
                {
                    return false;
                }
            }

            return true;
        }

        private static bool SmoothMinAway(object[] a)
        {
            double k = (double)a[0], r1 = (double)a[1], r2 = (double)a[2];
            foreach (double x in (double[])a[3])
            {
                double u = 0.5 + (0.5 * ((Math.Abs(x - 1) - r2 - (Math.Abs(x + 1) - r1)) / k));
                if (!Away(x + 1) || !Away(x - 1) || !Away(u) || !Away(u - 1))
                {
                    return false;
                }
            }

            return true;
        }

        private static bool ResidualAway(object[] a)
        {
            var w1 = (double[])a[0];
            var b1 = (double[])a[1];
            var x = (double[])a[3];
            for (int j = 0; j < b1.Length; j++)
            {
                double z = b1[j];
                for (int i = 0; i < x.Length; i++)
                {
                    z += w1[(j * x.Length) + i] * x[i];
                }

                if (!Away(z))
                {
                    return false;
                }
            }

            return true;
        }
    }
}
