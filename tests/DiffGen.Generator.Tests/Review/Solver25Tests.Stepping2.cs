using System;
using System.Linq;
using DiffGen.Generator.Tests.Arrays;
using static DiffGen.Generator.Tests.Arrays.Draw;

namespace DiffGen.Generator.Tests.Review
{
    /// <content>Time stepping, continued: Kalman filters and an RTS smoother, recurrent cells, convolution stacks, Crank-Nicolson, upwind advection.</content>
    public sealed partial class Solver25Tests
    {
        private static readonly ArrayCase[] Stepping2Cases =
        {
            C("S25RtsSmoother", """
                [Differentiable] public static double S25RtsSmoother(double[] z, double a, double q, double rNoise) {
                    int n = z.Length; double[] mf = new double[n]; double[] pf = new double[n]; double[] mp = new double[n]; double[] pPred = new double[n];
                    double m = 0, p = 1;
                    for (int t = 0; t < n; t++) {
                        double mPred = a * m, pr = a * a * p + q;
                        mp[t] = mPred; pPred[t] = pr;
                        double k = pr / (pr + rNoise);
                        m = mPred + k * (z[t] - mPred); p = (1 - k) * pr;
                        mf[t] = m; pf[t] = p;
                    }
                    double ms = mf[n - 1], loss = (ms - z[n - 1]) * (ms - z[n - 1]);
                    for (int t = n - 2; t >= 0; t--) {
                        double g = pf[t] * a / pPred[t + 1];
                        ms = mf[t] + g * (ms - mp[t + 1]);
                        loss += (ms - z[t]) * (ms - z[t]);
                    }
                    return loss; }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), Uniform(r, 0.5, 0.95), Uniform(r, 0.1, 1), Uniform(r, 0.1, 1) }),
            C("S25LstmUnrolled", """
                [Differentiable("w")] public static double S25LstmUnrolled(double[] w, double[] xs) {
                    const int H = 2;
                    double[] h = new double[H]; double[] c = new double[H]; double[] hNew = new double[H];
                    for (int t = 0; t < xs.Length; t++) {
                        for (int k = 0; k < H; k++) {
                            double[] gate = new double[4];
                            for (int g = 0; g < 4; g++) {
                                int row = (g * H + k) * (H + 2);
                                double s = w[row] * xs[t] + w[row + H + 1];
                                for (int j = 0; j < H; j++) s += w[row + 1 + j] * h[j];
                                gate[g] = s;
                            }
                            double ig = 1 / (1 + Math.Exp(-gate[0])), fg = 1 / (1 + Math.Exp(-gate[1])), og = 1 / (1 + Math.Exp(-gate[2]));
                            c[k] = fg * c[k] + ig * Math.Tanh(gate[3]);
                            hNew[k] = og * Math.Tanh(c[k]);
                        }
                        for (int k = 0; k < H; k++) h[k] = hNew[k];
                    }
                    return h[0] - 2 * h[1] + c[0] * c[1]; }
                """, (r, n) => new object[] { Vector(r, 4 * 2 * 4, -0.8, 0.8), Vector(r, n, -1, 1) }),
            C("S25GruUnrolled", """
                [Differentiable("wz", "wr", "wh")] public static double S25GruUnrolled(double[] wz, double[] wr, double[] wh, double[] xs) {
                    double h0 = 0, h1 = 0, loss = 0;
                    for (int t = 0; t < xs.Length; t++) {
                        double z0 = 1 / (1 + Math.Exp(-(wz[0] * xs[t] + wz[1] * h0 + wz[2] * h1)));
                        double z1 = 1 / (1 + Math.Exp(-(wz[3] * xs[t] + wz[4] * h0 + wz[5] * h1)));
                        double r0 = 1 / (1 + Math.Exp(-(wr[0] * xs[t] + wr[1] * h0 + wr[2] * h1)));
                        double r1 = 1 / (1 + Math.Exp(-(wr[3] * xs[t] + wr[4] * h0 + wr[5] * h1)));
                        double c0 = Math.Tanh(wh[0] * xs[t] + wh[1] * r0 * h0 + wh[2] * r1 * h1);
                        double c1 = Math.Tanh(wh[3] * xs[t] + wh[4] * r0 * h0 + wh[5] * r1 * h1);
                        h0 = (1 - z0) * h0 + z0 * c0;
                        h1 = (1 - z1) * h1 + z1 * c1;
                        loss += (h0 - xs[t]) * (h0 - xs[t]) + 0.1 * h1;
                    }
                    return loss; }
                """, (r, n) => new object[] { Vector(r, 6, -1, 1), Vector(r, 6, -1, 1), Vector(r, 6, -1, 1), Vector(r, n, -1, 1) }),
            C("S25ElmanArrays", """
                [Differentiable("w", "u")] public static double S25ElmanArrays(double[] w, double[] u, double[] xs) {
                    const int H = 3;
                    double[] h = new double[H]; double[] pre = new double[H];
                    double loss = 0;
                    for (int t = 0; t < xs.Length; t++) {
                        for (int i = 0; i < H; i++) { pre[i] = u[i] * xs[t]; for (int j = 0; j < H; j++) pre[i] += w[i * H + j] * h[j]; }
                        for (int i = 0; i < H; i++) h[i] = Math.Tanh(pre[i]);
                        loss += h[0] * xs[t] - h[2];
                    }
                    return loss; }
                """, (r, n) => new object[] { Vector(r, 9, -0.8, 0.8), Vector(r, 3, -1, 1), Vector(r, n, -1, 1) }),
            C("S25Conv1dStack", """
                [Differentiable("k1", "k2", "x")] public static double S25Conv1dStack(double[] k1, double[] k2, double[] x) {
                    int n = x.Length; double[] h = new double[n]; double[] o = new double[n];
                    for (int i = 0; i < n; i++) {
                        double s = 0;
                        for (int j = -1; j <= 1; j++) { int p = i + j; if (p >= 0 && p < n) s += k1[j + 1] * x[p]; }
                        h[i] = Math.Tanh(s);
                    }
                    for (int i = 0; i < n; i++) {
                        double s = 0;
                        for (int j = 0; j < 3; j++) { int p = i + j - 1; s += p >= 0 && p < n ? k2[j] * h[p] : 0; }
                        o[i] = Math.Tanh(s);
                    }
                    double e = 0; for (int i = 0; i < n; i++) e += o[i] * o[i];
                    return e; }
                """, (r, n) => new object[] { Vector(r, 3, -1, 1), Vector(r, 3, -1, 1), Vector(r, n, -1, 1) }, Grids),
            C("S25ConvRepeatedLayers", """
                [Differentiable("kernel", "x")] public static double S25ConvRepeatedLayers(double[] kernel, double[] x) {
                    int n = x.Length; double[] a = new double[n]; double[] b = new double[n];
                    for (int i = 0; i < n; i++) a[i] = x[i];
                    for (int layer = 0; layer < 4; layer++) {
                        for (int i = 0; i < n; i++) {
                            double s = kernel[1] * a[i];
                            if (i > 0) s += kernel[0] * a[i - 1];
                            if (i < n - 1) s += kernel[2] * a[i + 1];
                            b[i] = s > 0 ? s : 0.1 * s;
                        }
                        double[] t = a; a = b; b = t;
                    }
                    double e = 0; for (int i = 0; i < n; i++) e += a[i] * (i + 1);
                    return e; }
                """, (r, n) => new object[] { Vector(r, 3, -1, 1), Vector(r, n, -1, 1) }, Grids),
            C("S25CrankNicolsonThomas", """
                [Differentiable] public static double S25CrankNicolsonThomas(double[] u0, double r) {
                    int n = u0.Length; double[] u = new double[n]; double[] rhs = new double[n]; double[] cp = new double[n]; double[] dp = new double[n];
                    for (int i = 0; i < n; i++) u[i] = u0[i];
                    for (int t = 0; t < 5; t++) {
                        for (int i = 0; i < n; i++) rhs[i] = (1 - r) * u[i] + 0.5 * r * ((i > 0 ? u[i - 1] : 0) + (i < n - 1 ? u[i + 1] : 0));
                        double a = -0.5 * r, diag = 1 + r;
                        cp[0] = a / diag; dp[0] = rhs[0] / diag;
                        for (int i = 1; i < n; i++) {
                            double m = diag - a * cp[i - 1];
                            cp[i] = a / m;
                            dp[i] = (rhs[i] - a * dp[i - 1]) / m;
                        }
                        u[n - 1] = dp[n - 1];
                        for (int i = n - 2; i >= 0; i--) u[i] = dp[i] - cp[i] * u[i + 1];
                    }
                    double s = 0; for (int i = 0; i < n; i++) s += u[i] * u[i] * (i + 1);
                    return s; }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), Uniform(r, 0.2, 2) }, Grids),
            C("S25UpwindAdvection", """
                [Differentiable] public static double S25UpwindAdvection(double[] u0, double vel) {
                    int n = u0.Length; double[] u = new double[n]; double[] un = new double[n];
                    for (int i = 0; i < n; i++) u[i] = u0[i];
                    for (int t = 0; t < 6; t++) {
                        for (int i = 0; i < n; i++) {
                            double up = vel > 0 ? (i > 0 ? u[i - 1] : u[n - 1]) : (i < n - 1 ? u[i + 1] : u[0]);
                            un[i] = u[i] - Math.Abs(vel) * 0.4 * (u[i] - up);
                        }
                        (u, un) = (un, u);
                    }
                    double s = 0; for (int i = 0; i < n; i++) s += u[i] * u[i] * u[i];
                    return s; }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), Sign(r) * Uniform(r, 0.2, 1) }, Grids),
            C("S25ParticleBounce", """
                [Differentiable] public static double S25ParticleBounce(double[] y0, double[] v0, double g) {
                    int n = y0.Length; double[] y = new double[n]; double[] v = new double[n];
                    for (int i = 0; i < n; i++) { y[i] = 1 + y0[i]; v[i] = v0[i]; }
                    for (int t = 0; t < 20; t++)
                        for (int i = 0; i < n; i++) {
                            v[i] -= g * 0.05;
                            double yn = y[i] + 0.05 * v[i];
                            v[i] = yn < 0 ? -0.8 * v[i] : v[i];
                            y[i] = yn < 0 ? -yn : yn;
                        }
                    double s = 0; for (int i = 0; i < n; i++) s += y[i] + 0.1 * v[i] * v[i];
                    return s; }
                """, (r, n) => new object[] { Vector(r, n, 0, 1), Vector(r, n, -1, 1), Uniform(r, 5, 10) }),
            C("S25LstmSequenceLoss", """
                [Differentiable("wi", "wf", "wo", "wc")] public static double S25LstmSequenceLoss(double[] wi, double[] wf, double[] wo, double[] wc, double[] xs, double[] ys) {
                    double h = 0, c = 0, loss = 0;
                    for (int t = 0; t < xs.Length; t++) {
                        double i = 1 / (1 + Math.Exp(-(wi[0] * xs[t] + wi[1] * h + wi[2])));
                        double f = 1 / (1 + Math.Exp(-(wf[0] * xs[t] + wf[1] * h + wf[2])));
                        double o = 1 / (1 + Math.Exp(-(wo[0] * xs[t] + wo[1] * h + wo[2])));
                        double g = Math.Tanh(wc[0] * xs[t] + wc[1] * h + wc[2]);
                        c = f * c + i * g;
                        h = o * Math.Tanh(c);
                        loss += (h - ys[t]) * (h - ys[t]);
                    }
                    return loss; }
                """, (r, n) => new object[] { Vector(r, 3, -1, 1), Vector(r, 3, -1, 1), Vector(r, 3, -1, 1), Vector(r, 3, -1, 1), Vector(r, n, -1, 1), Vector(r, n, -0.5, 0.5) }),
            C("S25Rk2PredatorPreyArrays", """
                [Differentiable] public static double S25Rk2PredatorPreyArrays(double[] theta, double x0, double y0) {
                    double[] s = { x0, y0 }; double[] k1 = new double[2]; double[] mid = new double[2];
                    double h = 0.05;
                    for (int t = 0; t < 20; t++) {
                        k1[0] = theta[0] * s[0] - theta[1] * s[0] * s[1];
                        k1[1] = theta[2] * s[0] * s[1] - theta[3] * s[1];
                        mid[0] = s[0] + 0.5 * h * k1[0]; mid[1] = s[1] + 0.5 * h * k1[1];
                        s[0] += h * (theta[0] * mid[0] - theta[1] * mid[0] * mid[1]);
                        s[1] += h * (theta[2] * mid[0] * mid[1] - theta[3] * mid[1]);
                    }
                    return s[0] * s[1]; }
                """, (r, n) => new object[] { Vector(r, 4, 0.3, 1.2), Uniform(r, 0.5, 2), Uniform(r, 0.5, 2) }, ArrayCase.Scalar),
        };
    }
}
