using System;
using DiffGen;

namespace DiffGen.Benchmarks.Problems;

/// <summary>
/// Problem 8: the Gaussian-mixture objective of ADBench (microsoft/ADBench, src/cpp/shared/gmm.h),
/// the log-likelihood of the points plus the logarithm of a Wishart prior, over flat arrays:
/// k components in d dimensions, n points. alphas[k] are the unnormalised log mixture weights,
/// means[k·d] the means (component k's at k·d), icf[k·d·(d+1)/2] the inverse covariance factors
/// (component k's block: d logarithms of the diagonal of Qₖ, then its strictly lower triangle,
/// column by column), x[n·d] the points; the Wishart prior has the scalar γ and the integer m.
/// With Qₖ = diag(exp(qₖ)) + Lₖ:
/// f = −(n·d/2)·ln 2π + Σᵢ lse_k(αₖ + Σ qₖ − ½‖Qₖ(xᵢ − μₖ)‖²) − n·lse(α)
///     + Σₖ (½γ²‖Qₖ‖²_F − m·Σ qₖ) − k·C(d, γ, m).
/// </summary>
public static partial class Gmm
{
    /// <summary>
    /// The objective as plain loops, written as ADBench's C++ computes it: the diagonals exp(qₖ) and
    /// the sums Σ qₖ once, then per point and component the centred point, Qₖ times it (the
    /// triangle added in place), the main term, and each point's log-sum-exp with its running
    /// maximum. The log-Gamma sum of the Wishart normaliser, a constant, is a loop over the
    /// half-integers it needs (.NET has no LogGamma). DiffGen generates
    /// <c>ObjectiveGradient(alphas, means, icf, x, d, gamma, m, Span dAlphas, Span dMeans, Span dIcf)</c>.
    /// </summary>
    [Differentiable("alphas", "means", "icf")]
    public static double Objective(double[] alphas, double[] means, double[] icf, double[] x, int d, double gamma, int m)
    {
        int k = alphas.Length;
        int n = x.Length / d;
        int icfSize = d * (d + 1) / 2;

        double[] qdiags = new double[k * d];
        double[] sumQs = new double[k];
        for (int ik = 0; ik < k; ik++)
        {
            double sumQ = 0;
            for (int id = 0; id < d; id++)
            {
                sumQ += icf[ik * icfSize + id];
                qdiags[ik * d + id] = Math.Exp(icf[ik * icfSize + id]);
            }

            sumQs[ik] = sumQ;
        }

        double[] xc = new double[d];
        double[] qxc = new double[d];
        double[] mainTerm = new double[k];
        double slse = 0;
        for (int ix = 0; ix < n; ix++)
        {
            for (int ik = 0; ik < k; ik++)
            {
                for (int id = 0; id < d; id++)
                {
                    xc[id] = x[ix * d + id] - means[ik * d + id];
                    qxc[id] = qdiags[ik * d + id] * xc[id];
                }

                int li = ik * icfSize + d;
                for (int i = 0; i < d; i++)
                {
                    for (int j = i + 1; j < d; j++)
                    {
                        qxc[j] += icf[li] * xc[i];
                        li++;
                    }
                }

                double sq = 0;
                for (int id = 0; id < d; id++)
                {
                    sq += qxc[id] * qxc[id];
                }

                mainTerm[ik] = alphas[ik] + sumQs[ik] - 0.5 * sq;
            }

            double mx = mainTerm[0];
            for (int ik = 1; ik < k; ik++)
            {
                mx = Math.Max(mx, mainTerm[ik]);
            }

            double se = 0;
            for (int ik = 0; ik < k; ik++)
            {
                se += Math.Exp(mainTerm[ik] - mx);
            }

            slse += Math.Log(se) + mx;
        }

        double am = alphas[0];
        for (int ik = 1; ik < k; ik++)
        {
            am = Math.Max(am, alphas[ik]);
        }

        double sa = 0;
        for (int ik = 0; ik < k; ik++)
        {
            sa += Math.Exp(alphas[ik] - am);
        }

        double lseAlphas = Math.Log(sa) + am;

        // The Wishart prior: ½γ²‖Qₖ‖²_F − m·Σ qₖ for each component.
        double prior = 0;
        for (int ik = 0; ik < k; ik++)
        {
            double frobenius = 0;
            for (int id = 0; id < d; id++)
            {
                frobenius += qdiags[ik * d + id] * qdiags[ik * d + id];
            }

            for (int l = d; l < icfSize; l++)
            {
                frobenius += icf[ik * icfSize + l] * icf[ik * icfSize + l];
            }

            prior += 0.5 * gamma * gamma * frobenius - m * sumQs[ik];
        }

        // Its normaliser C = nW·d·(ln γ − ½ ln 2) − ln Γ_d(nW / 2), nW = d + m + 1, with the multivariate
        // ln Γ_d(a) = ¼d(d − 1)·ln π + Σⱼ ln Γ(a + (1 − j)/2): the Γ of t/2 for t from m + 2 to d + m + 1,
        // by Γ(t/2) = Γ(1 or ½)·Πₛ (t/2 − s).
        int nW = d + m + 1;
        double logGammas = 0;
        for (int t = m + 2; t <= nW; t++)
        {
            double logGamma = 0.5 * Math.Log(Math.PI) * (t % 2);
            for (int s = 1; 2 * s < t; s++)
            {
                logGamma += Math.Log(0.5 * t - s);
            }

            logGammas += logGamma;
        }

        double normaliser = nW * d * (Math.Log(gamma) - 0.5 * Math.Log(2)) - (0.25 * d * (d - 1) * Math.Log(Math.PI) + logGammas);
        double constant = -0.5 * n * d * Math.Log(2 * Math.PI);
        return constant + slse - n * lseAlphas + prior - k * normaliser;
    }

    /// <summary>
    /// Hand-written, after ADBench's "Manual" gradient (src/cpp/modules/manual/gmm_d.cpp), fused
    /// further. Per point: each component's centred point xc and zₖ = Qₖ·xc are kept (k·d values
    /// each), with the main terms and their running maximum; the exponentials of the log-sum-exp
    /// become the weights wₖ = softmaxₖ; then one pass per component sends them back:
    /// ∂/∂μₖ += wₖ·Qₖᵀzₖ, ∂/∂qₖᵢ −= wₖ·e^qₖᵢ·xcᵢ·zᵢ, ∂/∂Lₖⱼᵢ −= wₖ·zⱼ·xcᵢ (one loop over the
    /// triangle for the last two and Qᵀz). What does not depend on the point is added once at the
    /// end: Σᵢ wₖ to ∂/∂αₖ and to each ∂/∂qₖ (the derivative of Σ qₖ), −n·softmax(α), and the prior's
    /// γ²·e^(2q) − m and γ²·L.
    /// </summary>
    public static double HandGradient(
        double[] alphas, double[] means, double[] icf, double[] x, int d, double gamma, int m,
        Span<double> dAlphas, Span<double> dMeans, Span<double> dIcf)
    {
        int k = alphas.Length;
        int n = x.Length / d;
        int icfSize = d * (d + 1) / 2;
        if (dAlphas.Length != k || dMeans.Length != means.Length || dIcf.Length != icf.Length)
        {
            throw new ArgumentException("The gradient outputs must have the parameters' lengths.");
        }

        // Zeroed by plain loops, not Span.Clear(): see docs/benchmarks.md on Span.Clear and Math.Exp.
        for (int p = 0; p < dMeans.Length; p++)
        {
            dMeans[p] = 0;
        }

        for (int p = 0; p < dIcf.Length; p++)
        {
            dIcf[p] = 0;
        }

        double[] qdiags = new double[k * d];
        double[] sumQs = new double[k];
        for (int ik = 0; ik < k; ik++)
        {
            double sumQ = 0;
            for (int id = 0; id < d; id++)
            {
                double q = icf[ik * icfSize + id];
                sumQ += q;
                qdiags[ik * d + id] = Math.Exp(q);
            }

            sumQs[ik] = sumQ;
        }

        double[] xc = new double[k * d];
        double[] z = new double[k * d];
        double[] weights = new double[k];
        double[] sumWeights = new double[k];
        double slse = 0;
        for (int ix = 0; ix < n; ix++)
        {
            int row = ix * d;

            // Forward: the main terms, with xc and z = Q·xc kept for every component.
            double mx = double.NegativeInfinity;
            for (int ik = 0; ik < k; ik++)
            {
                int at = ik * d;
                for (int id = 0; id < d; id++)
                {
                    double c = x[row + id] - means[at + id];
                    xc[at + id] = c;
                    z[at + id] = qdiags[at + id] * c;
                }

                int li = ik * icfSize + d;
                for (int i = 0; i < d; i++)
                {
                    double xci = xc[at + i];
                    for (int j = i + 1; j < d; j++)
                    {
                        z[at + j] += icf[li] * xci;
                        li++;
                    }
                }

                double sq = 0;
                for (int id = 0; id < d; id++)
                {
                    sq += z[at + id] * z[at + id];
                }

                double main = alphas[ik] + sumQs[ik] - 0.5 * sq;
                weights[ik] = main;
                mx = Math.Max(mx, main);
            }

            double se = 0;
            for (int ik = 0; ik < k; ik++)
            {
                double e = Math.Exp(weights[ik] - mx);
                weights[ik] = e;
                se += e;
            }

            slse += Math.Log(se) + mx;

            // Back: each component with its weight softmaxₖ.
            double inverse = 1 / se;
            for (int ik = 0; ik < k; ik++)
            {
                double w = weights[ik] * inverse;
                sumWeights[ik] += w;
                int at = ik * d;
                int off = ik * icfSize;
                int li = off + d;
                for (int i = 0; i < d; i++)
                {
                    double zi = z[at + i];
                    double wxci = w * xc[at + i];
                    double qtz = qdiags[at + i] * zi;
                    dIcf[off + i] -= wxci * qtz;
                    for (int j = i + 1; j < d; j++)
                    {
                        double zj = z[at + j];
                        qtz += icf[li] * zj;
                        dIcf[li] -= wxci * zj;
                        li++;
                    }

                    dMeans[at + i] += w * qtz;
                }
            }
        }

        // −n·lse(α): the exponentials held in dAlphas until the sum is known.
        double am = alphas[0];
        for (int ik = 1; ik < k; ik++)
        {
            am = Math.Max(am, alphas[ik]);
        }

        double sa = 0;
        for (int ik = 0; ik < k; ik++)
        {
            double e = Math.Exp(alphas[ik] - am);
            dAlphas[ik] = e;
            sa += e;
        }

        double lseAlphas = Math.Log(sa) + am;
        double scale = n / sa;

        // The terms that do not depend on the point, and the prior with its derivatives.
        double g2 = gamma * gamma;
        double prior = 0;
        for (int ik = 0; ik < k; ik++)
        {
            double sumW = sumWeights[ik];
            dAlphas[ik] = sumW - scale * dAlphas[ik];
            int off = ik * icfSize;
            double frobenius = 0;
            for (int id = 0; id < d; id++)
            {
                double q2 = qdiags[ik * d + id] * qdiags[ik * d + id];
                frobenius += q2;
                dIcf[off + id] += sumW + g2 * q2 - m;
            }

            for (int l = d; l < icfSize; l++)
            {
                double v = icf[off + l];
                frobenius += v * v;
                dIcf[off + l] += g2 * v;
            }

            prior += 0.5 * g2 * frobenius - m * sumQs[ik];
        }

        return Constant(n, k, d, gamma, m) + slse - n * lseAlphas + prior;
    }

    /// <summary>
    /// What does not depend on the parameters, as <see cref="Objective"/> computes it:
    /// −(n·d/2)·ln 2π − k·C(d, γ, m).
    /// </summary>
    private static double Constant(int n, int k, int d, double gamma, int m)
    {
        int nW = d + m + 1;
        double logGammas = 0;
        for (int t = m + 2; t <= nW; t++)
        {
            double logGamma = 0.5 * Math.Log(Math.PI) * (t % 2);
            for (int s = 1; 2 * s < t; s++)
            {
                logGamma += Math.Log(0.5 * t - s);
            }

            logGammas += logGamma;
        }

        double normaliser = nW * d * (Math.Log(gamma) - 0.5 * Math.Log(2)) - (0.25 * d * (d - 1) * Math.Log(Math.PI) + logGammas);
        return -0.5 * n * d * Math.Log(2 * Math.PI) - k * normaliser;
    }

    /// <summary>
    /// Central differences: 2 evaluations per parameter, 3,300 for the 1,650 of d = 10, k = 25. Each
    /// array is perturbed in place and restored.
    /// </summary>
    public static void FiniteDifferenceGradient(
        double[] alphas, double[] means, double[] icf, double[] x, int d, double gamma, int m,
        Span<double> dAlphas, Span<double> dMeans, Span<double> dIcf)
    {
        DifferenceOver(alphas, dAlphas, alphas, means, icf, x, d, gamma, m);
        DifferenceOver(means, dMeans, alphas, means, icf, x, d, gamma, m);
        DifferenceOver(icf, dIcf, alphas, means, icf, x, d, gamma, m);
    }

    /// <summary>Central differences with respect to each element of <paramref name="parameter"/>, one of alphas, means, icf.</summary>
    private static void DifferenceOver(
        double[] parameter, Span<double> derivative,
        double[] alphas, double[] means, double[] icf, double[] x, int d, double gamma, int m)
    {
        for (int p = 0; p < parameter.Length; p++)
        {
            double value = parameter[p];
            double h = FiniteDifferences.Step(value);
            parameter[p] = value + h;
            double plus = Objective(alphas, means, icf, x, d, gamma, m);
            parameter[p] = value - h;
            double minus = Objective(alphas, means, icf, x, d, gamma, m);
            parameter[p] = value;
            derivative[p] = (plus - minus) / (2 * h);
        }
    }

    /// <summary>
    /// Random parameters and points: the points and the means uniform in [0, 1], the log weights
    /// and the inverse covariance factors uniform in [−0.5, 0.5], so that each Qₖ is well
    /// conditioned and every component has weight at some points.
    /// </summary>
    public static (double[] Alphas, double[] Means, double[] Icf, double[] X) Data(int d, int k, int n, Random random)
    {
        int icfSize = d * (d + 1) / 2;
        var alphas = new double[k];
        var means = new double[k * d];
        var icf = new double[k * icfSize];
        var x = new double[n * d];
        for (int i = 0; i < k; i++)
        {
            alphas[i] = random.NextDouble() - 0.5;
        }

        for (int i = 0; i < means.Length; i++)
        {
            means[i] = random.NextDouble();
        }

        for (int i = 0; i < icf.Length; i++)
        {
            icf[i] = random.NextDouble() - 0.5;
        }

        for (int i = 0; i < x.Length; i++)
        {
            x[i] = random.NextDouble();
        }

        return (alphas, means, icf, x);
    }
}
