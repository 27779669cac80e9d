namespace DiffGen.Generator.Tests.Review
{
    /// <content>Float twins, each checked against its double twin's finite differences.</content>
    public sealed partial class Solver25Tests
    {
        internal static readonly (string Twin, string Source)[] Floats =
        {
            ("S25GdScalarLr", """
                [Differentiable("lr", "w0", "a", "b")] public static float S25GdScalarLrFloat(float lr, float w0, float a, float b, float target) {
                    float w = w0;
                    for (int k = 0; k < 10; k++) w -= lr * a * (w - b);
                    return (w - target) * (w - target); }
                """),
            ("S25AdamScalar", """
                [Differentiable] public static float S25AdamScalarFloat(float lr, float beta1, float beta2, float w0, float a) {
                    float w = w0, m = 0, v = 0;
                    for (int t = 1; t <= 8; t++) {
                        float g = a * (w - 1) + 0.1f * w * w * w;
                        m = beta1 * m + (1 - beta1) * g;
                        v = beta2 * v + (1 - beta2) * g * g;
                        float mHat = m / (1 - MathF.Pow(beta1, t)), vHat = v / (1 - MathF.Pow(beta2, t));
                        w -= lr * mHat / (MathF.Sqrt(vHat) + 1e-8f);
                    }
                    return (w - 2) * (w - 2); }
                """),
            ("S25HeatTempSwap", """
                [Differentiable] public static float S25HeatTempSwapFloat(float[] u0, float alpha) {
                    int n = u0.Length; float[] a = new float[n]; float[] b = new float[n];
                    for (int i = 0; i < n; i++) a[i] = u0[i];
                    for (int t = 0; t < 10; t++) {
                        for (int i = 0; i < n; i++) {
                            float left = i > 0 ? a[i - 1] : 0, right = i < n - 1 ? a[i + 1] : 0;
                            b[i] = a[i] + alpha * (left - 2 * a[i] + right);
                        }
                        float[] tmp = a; a = b; b = tmp;
                    }
                    float s = 0; for (int i = 0; i < n; i++) s += a[i] * a[i] * (i + 1);
                    return s; }
                """),
            ("S25GaussSeidelInPlace", """
                [Differentiable] public static float S25GaussSeidelInPlaceFloat(float[] d, float off, float[] b) {
                    int n = d.Length; float[] x = new float[n];
                    for (int it = 0; it < 6; it++)
                        for (int i = 0; i < n; i++) {
                            float s = b[i];
                            if (i > 0) s -= off * x[i - 1];
                            if (i < n - 1) s -= off * x[i + 1];
                            x[i] = s / d[i];
                        }
                    float f = 0; for (int i = 0; i < n; i++) f += MathF.Sin(x[i] + i);
                    return f; }
                """),
            ("S25SoftDtwTwoRows", """
                [Differentiable] public static float S25SoftDtwTwoRowsFloat(float[] x, float[] y, float gamma) {
                    int n = x.Length, m = y.Length;
                    float[] prev = new float[m + 1]; float[] cur = new float[m + 1];
                    for (int j = 1; j <= m; j++) prev[j] = 1e10f;
                    for (int i = 1; i <= n; i++) {
                        cur[0] = 1e10f;
                        for (int j = 1; j <= m; j++) {
                            float a = prev[j - 1], b = prev[j], c = cur[j - 1];
                            float lo = MathF.Min(a, MathF.Min(b, c));
                            float s = MathF.Exp(-(a - lo) / gamma) + MathF.Exp(-(b - lo) / gamma) + MathF.Exp(-(c - lo) / gamma);
                            float d = x[i - 1] - y[j - 1];
                            cur[j] = d * d + lo - gamma * MathF.Log(s);
                        }
                        (prev, cur) = (cur, prev);
                    }
                    return prev[m]; }
                """),
            ("S25HmmForwardLog", """
                [Differentiable("logA", "logB", "logPi")] public static float S25HmmForwardLogFloat(float[] logA, float[] logB, float[] logPi, int[] obs) {
                    const int K = 3;
                    float[] alpha = new float[K]; float[] nextAlpha = new float[K];
                    for (int s = 0; s < K; s++) alpha[s] = logPi[s] + logB[s * 2 + obs[0]];
                    for (int t = 1; t < obs.Length; t++) {
                        for (int s = 0; s < K; s++) {
                            float m = float.NegativeInfinity;
                            for (int p = 0; p < K; p++) m = MathF.Max(m, alpha[p] + logA[p * K + s]);
                            float sum = 0;
                            for (int p = 0; p < K; p++) sum += MathF.Exp(alpha[p] + logA[p * K + s] - m);
                            nextAlpha[s] = m + MathF.Log(sum) + logB[s * 2 + obs[t]];
                        }
                        float[] tmp = alpha; alpha = nextAlpha; nextAlpha = tmp;
                    }
                    float mx = MathF.Max(alpha[0], MathF.Max(alpha[1], alpha[2]));
                    return mx + MathF.Log(MathF.Exp(alpha[0] - mx) + MathF.Exp(alpha[1] - mx) + MathF.Exp(alpha[2] - mx)); }
                """),
            ("S25CumSumInPlace", """
                [Differentiable] public static float S25CumSumInPlaceFloat(float[] x) {
                    float[] a = (float[])x.Clone();
                    for (int i = 1; i < a.Length; i++) a[i] += a[i - 1];
                    float s = 0; for (int i = 0; i < a.Length; i++) s += MathF.Sin(a[i]);
                    return s; }
                """),
            ("S25LstmSequenceLoss", """
                [Differentiable("wi", "wf", "wo", "wc")] public static float S25LstmSequenceLossFloat(float[] wi, float[] wf, float[] wo, float[] wc, float[] xs, float[] ys) {
                    float h = 0, c = 0, loss = 0;
                    for (int t = 0; t < xs.Length; t++) {
                        float i = 1 / (1 + MathF.Exp(-(wi[0] * xs[t] + wi[1] * h + wi[2])));
                        float f = 1 / (1 + MathF.Exp(-(wf[0] * xs[t] + wf[1] * h + wf[2])));
                        float o = 1 / (1 + MathF.Exp(-(wo[0] * xs[t] + wo[1] * h + wo[2])));
                        float g = MathF.Tanh(wc[0] * xs[t] + wc[1] * h + wc[2]);
                        c = f * c + i * g;
                        h = o * MathF.Tanh(c);
                        loss += (h - ys[t]) * (h - ys[t]);
                    }
                    return loss; }
                """),
            ("S25KnapsackInPlace", """
                [Differentiable("values")] public static float S25KnapsackInPlaceFloat(float[] values, int[] weights, int capacity) {
                    float[] dp = new float[capacity + 1];
                    for (int i = 0; i < values.Length; i++)
                        for (int c = capacity; c >= weights[i]; c--)
                            dp[c] = MathF.Max(dp[c], dp[c - weights[i]] + values[i]);
                    return dp[capacity]; }
                """),
            ("S25Kalman2x2Locals", """
                [Differentiable] public static float S25Kalman2x2LocalsFloat(float[] z, float q, float rNoise) {
                    float x0 = 0, x1 = 0, p00 = 1, p01 = 0, p11 = 1, nll = 0, dt = 0.5f;
                    for (int t = 0; t < z.Length; t++) {
                        float a0 = x0 + dt * x1, a1 = x1;
                        float q00 = p00 + 2 * dt * p01 + dt * dt * p11 + q * dt * dt * dt / 3, q01 = p01 + dt * p11 + q * dt * dt / 2, q11 = p11 + q * dt;
                        float s = q00 + rNoise, innov = z[t] - a0;
                        float k0 = q00 / s, k1 = q01 / s;
                        x0 = a0 + k0 * innov; x1 = a1 + k1 * innov;
                        p00 = (1 - k0) * q00; p01 = (1 - k0) * q01; p11 = q11 - k1 * q01;
                        nll += 0.5f * (MathF.Log(s) + innov * innov / s);
                    }
                    return nll + x0 * x1; }
                """),
            ("S25GdSwapBuffers", """
                [Differentiable("w0", "lr")] public static float S25GdSwapBuffersFloat(float[] w0, float lr, float[] a) {
                    int d = w0.Length;
                    float[] w = new float[d]; float[] next = new float[d];
                    for (int j = 0; j < d; j++) w[j] = w0[j];
                    for (int k = 0; k < 5; k++) {
                        for (int j = 0; j < d; j++) {
                            float left = j > 0 ? w[j - 1] : 0, right = j < d - 1 ? w[j + 1] : 0;
                            next[j] = w[j] - lr * (a[j] * w[j] - 0.5f * (left + right) + 0.1f * w[j] * w[j] * w[j]);
                        }
                        float[] tmp = w; w = next; next = tmp;
                    }
                    float s = 0; for (int j = 0; j < d; j++) s += w[j] * (j + 1.0f);
                    return s; }
                """),
        };
    }
}
