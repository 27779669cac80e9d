using static DiffGen.Generator.Tests.Arrays.Draw;

namespace DiffGen.Generator.Tests.Arrays
{
    /// <summary>
    /// The tenth session's physics sweep: simulations as an engineer writes them, with state carried through time steps
    /// (explicit Euler, semi-implicit Euler, RK4, velocity Verlet), local arrays updated in place, a buffer copied back
    /// each step, a filter's running variance, a clamp and v·|v| in a drag force. All were right before they were written
    /// down here; they stay as a guard on the shapes (long chains of overwritten scalars, in-place element updates inside
    /// nested loops, several stages reading the same state). So was a leaky integrate-and-fire neuron whose membrane resets
    /// to 0 in an if (checked by hand with central differences down to h = 1e-7); it is not here because its value jumps
    /// where the membrane meets the threshold, which this catalog's Richardson differences cannot step over.
    /// </summary>
    public static class PhysicsCases
    {
        public static readonly ArrayCase[] All =
        {
            // A projectile with quadratic drag, explicit Euler, 100 steps: four scalars overwritten every step, a const local.
            new ArrayCase("PhProjectileDrag", """
                [Differentiable]
                public static double PhProjectileDrag(double v0, double angle, double k)
                {
                    double x = 0, y = 0;
                    double vx = v0 * Math.Cos(angle), vy = v0 * Math.Sin(angle);
                    const double dt = 0.01;
                    for (int step = 0; step < 100; step++)
                    {
                        double speed = Math.Sqrt(vx * vx + vy * vy);
                        double ax = -k * speed * vx;
                        double ay = -9.81 - k * speed * vy;
                        x += vx * dt;
                        y += vy * dt;
                        vx += ax * dt;
                        vy += ay * dt;
                    }

                    double dx = x - 10, dy = y - 1;
                    return dx * dx + dy * dy;
                }
                """, (r, n) => new object[] { Uniform(r, 5, 15), Uniform(r, 0.2, 1.2), Uniform(r, 0, 0.1) }) { Sizes = ArrayCase.Scalar },

            // A damped oscillator by classical Runge–Kutta: eight stage values per step, each reading the state and the stage before.
            new ArrayCase("PhRungeKutta4", """
                [Differentiable]
                public static double PhRungeKutta4(double k, double c, double x0)
                {
                    double x = x0, v = 0, h = 0.05;
                    for (int n = 0; n < 40; n++)
                    {
                        double k1x = v, k1v = -k * x - c * v;
                        double k2x = v + 0.5 * h * k1v, k2v = -k * (x + 0.5 * h * k1x) - c * (v + 0.5 * h * k1v);
                        double k3x = v + 0.5 * h * k2v, k3v = -k * (x + 0.5 * h * k2x) - c * (v + 0.5 * h * k2v);
                        double k4x = v + h * k3v, k4v = -k * (x + h * k3x) - c * (v + h * k3v);
                        x += h / 6 * (k1x + 2 * k2x + 2 * k3x + k4x);
                        v += h / 6 * (k1v + 2 * k2v + 2 * k3v + k4v);
                    }

                    return x * x + 0.1 * v;
                }
                """, (r, n) => new object[] { Uniform(r, 0.5, 4), Uniform(r, 0, 1), Uniform(r, -1, 1) }) { Sizes = ArrayCase.Scalar },

            // A chain of springs, semi-implicit Euler: local position and velocity arrays updated in place, two elements per spring.
            new ArrayCase("PhSpringChain", """
                [Differentiable("springs")]
                public static double PhSpringChain(double[] springs, double[] rest)
                {
                    int n = springs.Length + 1;
                    double[] pos = new double[n];
                    double[] vel = new double[n];
                    for (int i = 0; i < n; i++) pos[i] = i * 1.1;
                    for (int step = 0; step < 30; step++)
                    {
                        for (int i = 0; i < n - 1; i++)
                        {
                            double stretch = pos[i + 1] - pos[i] - rest[i];
                            double force = springs[i] * stretch;
                            vel[i] += force * 0.02;
                            vel[i + 1] -= force * 0.02;
                        }

                        for (int i = 0; i < n; i++) pos[i] += vel[i] * 0.02;
                    }

                    double energy = 0;
                    for (int i = 0; i < n; i++) energy += pos[i] * pos[i] + vel[i] * vel[i];
                    return energy;
                }
                """, (r, n) => new object[] { Vector(r, n, 0.5, 3), Vector(r, n, 0.8, 1.2) }),

            // The heat equation, explicit scheme: the next state in a buffer, copied back into the state every step.
            new ArrayCase("PhHeatEquation", """
                [Differentiable]
                public static double PhHeatEquation(double[] u0, double alpha)
                {
                    int n = u0.Length;
                    double[] u = new double[n];
                    for (int i = 0; i < n; i++) u[i] = u0[i];
                    double[] next = new double[n];
                    for (int t = 0; t < 20; t++)
                    {
                        next[0] = u[0];
                        next[n - 1] = u[n - 1];
                        for (int i = 1; i < n - 1; i++) next[i] = u[i] + alpha * (u[i - 1] - 2 * u[i] + u[i + 1]);
                        for (int i = 0; i < n; i++) u[i] = next[i];
                    }

                    double s = 0;
                    for (int i = 0; i < n; i++) s += u[i] * u[i] * (i + 1);
                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), Uniform(r, 0.05, 0.4) }) { Sizes = ArrayCase.NonEmpty },

            // A damped pendulum, symplectic Euler, 200 steps; its energy at the end (sin and cos of an overwritten angle).
            new ArrayCase("PhPendulum", """
                [Differentiable]
                public static double PhPendulum(double theta0, double length, double damping)
                {
                    double theta = theta0, omega = 0;
                    for (int i = 0; i < 200; i++)
                    {
                        omega -= (9.81 / length * Math.Sin(theta) + damping * omega) * 0.01;
                        theta += omega * 0.01;
                    }

                    return 0.5 * length * length * omega * omega + 9.81 * length * (1 - Math.Cos(theta));
                }
                """, (r, n) => new object[] { Uniform(r, -2, 2), Uniform(r, 0.5, 2), Uniform(r, 0, 0.5) }) { Sizes = ArrayCase.Scalar },

            // A one-dimensional Kalman filter's negative log-likelihood in its noise variances: a variance overwritten from itself.
            new ArrayCase("PhKalmanNll", """
                [Differentiable("q", "r")]
                public static double PhKalmanNll(double q, double r, double[] z)
                {
                    double mean = 0, variance = 1, nll = 0;
                    for (int t = 0; t < z.Length; t++)
                    {
                        double predicted = variance + q;
                        double s = predicted + r;
                        double innovation = z[t] - mean;
                        nll += 0.5 * (Math.Log(2 * Math.PI * s) + innovation * innovation / s);
                        double gain = predicted / s;
                        mean += gain * innovation;
                        variance = (1 - gain) * predicted;
                    }

                    return nll;
                }
                """, (r, n) => new object[] { Uniform(r, 0.05, 2), Uniform(r, 0.05, 2), Vector(r, n, -1, 1) }),

            // An orbit by velocity Verlet: position and velocity in local arrays given their elements, updated element by element.
            new ArrayCase("PhVerletOrbit", """
                [Differentiable]
                public static double PhVerletOrbit(double vx0, double vy0, double mu)
                {
                    double[] p = { 1.0, 0.0 };
                    double[] v = { vx0, vy0 };
                    double dt = 0.01;
                    for (int s = 0; s < 100; s++)
                    {
                        double r2 = p[0] * p[0] + p[1] * p[1];
                        double inv = mu / (r2 * Math.Sqrt(r2));
                        double ax = -p[0] * inv, ay = -p[1] * inv;
                        p[0] += v[0] * dt + 0.5 * ax * dt * dt;
                        p[1] += v[1] * dt + 0.5 * ay * dt * dt;
                        double r2b = p[0] * p[0] + p[1] * p[1];
                        double invb = mu / (r2b * Math.Sqrt(r2b));
                        v[0] += 0.5 * (ax - p[0] * invb) * dt;
                        v[1] += 0.5 * (ay - p[1] * invb) * dt;
                    }

                    return p[0] * p[0] + 2 * p[1] + v[0] * v[1];
                }
                """, (r, n) => new object[] { Uniform(r, -0.3, 0.3), Uniform(r, 0.7, 1.2), Uniform(r, 0.8, 1.2) }) { Sizes = ArrayCase.Scalar },

            // A car with quadratic drag (v·|v|, through zero speed) and a clamped throttle that rises with time.
            new ArrayCase("PhCarDrag", """
                [Differentiable]
                public static double PhCarDrag(double throttle, double mass, double drag)
                {
                    double v = -1, x = 0;
                    for (int i = 0; i < 60; i++)
                    {
                        double u = Math.Clamp(throttle * (1 + 0.01 * i), -2, 2);
                        double f = u - drag * v * Math.Abs(v);
                        v += f / mass * 0.05;
                        x += v * 0.05;
                    }

                    return x + v * v;
                }
                """, (r, n) => new object[] { Uniform(r, -1.2, 1.2), Uniform(r, 0.5, 2), Uniform(r, 0, 0.5) }) { Sizes = ArrayCase.Scalar },
        };
    }
}
