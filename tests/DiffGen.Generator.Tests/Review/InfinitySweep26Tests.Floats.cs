namespace DiffGen.Generator.Tests.Review
{
    /// <content>Float twins (float[], MathF, float.PositiveInfinity / NegativeInfinity), each checked against its double twin's finite differences.</content>
    public sealed partial class InfinitySweep26Tests
    {
        internal static readonly (string Twin, string Source)[] Floats =
        {
            ("I26MaskedSoftmaxTernary", """
                [Differentiable("q", "v", "scale")] public static float I26MaskedSoftmaxTernaryFloat(float[] q, float[] mask, float[] v, float scale) {
                    int n = q.Length; float[] s = new float[n];
                    float mx = float.NegativeInfinity;
                    for (int i = 0; i < n; i++) {
                        s[i] = mask[i] > 0 ? scale * q[i] : float.NegativeInfinity;
                        mx = MathF.Max(mx, s[i]);
                    }
                    float z = 0, acc = 0;
                    for (int i = 0; i < n; i++) { float e = MathF.Exp(s[i] - mx); z += e; acc += e * v[i]; }
                    return acc / z; }
                """),
            ("I26OnlineSoftmax", """
                [Differentiable("q", "v", "scale")] public static float I26OnlineSoftmaxFloat(float[] q, float[] mask, float[] v, float scale) {
                    float m = float.NegativeInfinity, l = 0, acc = 0;
                    for (int i = 0; i < q.Length; i++) {
                        if (mask[i] == 0) continue;
                        float s = scale * q[i];
                        float mNew = MathF.Max(m, s);
                        float c = MathF.Exp(m - mNew), e = MathF.Exp(s - mNew);
                        l = l * c + e;
                        acc = acc * c + e * v[i];
                        m = mNew;
                    }
                    return acc / l; }
                """),
            ("I26HmmForwardTempered", """
                [Differentiable("logA", "logB", "t")] public static float I26HmmForwardTemperedFloat(float[] logA, float[] logB, float t, int[] obs) {
                    const int K = 3;
                    float[] alpha = { 0, float.NegativeInfinity, float.NegativeInfinity };
                    float[] next = new float[K];
                    for (int step = 0; step < obs.Length; step++) {
                        for (int s = 0; s < K; s++) {
                            float mx = float.NegativeInfinity;
                            for (int p = 0; p < K; p++) mx = MathF.Max(mx, alpha[p] + (logA[p * K + s] + logB[s * 2 + obs[step]]) / t);
                            float sum = 0;
                            for (int p = 0; p < K; p++) sum += MathF.Exp(alpha[p] + (logA[p * K + s] + logB[s * 2 + obs[step]]) / t - mx);
                            next[s] = mx + MathF.Log(sum);
                        }
                        for (int s = 0; s < K; s++) alpha[s] = next[s];
                    }
                    float top = float.NegativeInfinity;
                    for (int s = 0; s < K; s++) top = MathF.Max(top, alpha[s]);
                    float z = 0; for (int s = 0; s < K; s++) z += MathF.Exp(alpha[s] - top);
                    return top + MathF.Log(z); }
                """),
            ("I26ViterbiMaxPlus", """
                [Differentiable("logA", "logB", "w")] public static float I26ViterbiMaxPlusFloat(float[] logA, float[] logB, float w, int[] obs) {
                    const int K = 3;
                    float[] delta = { w * logB[obs[0]], float.NegativeInfinity, float.NegativeInfinity };
                    float[] next = new float[K];
                    for (int step = 1; step < obs.Length; step++) {
                        for (int s = 0; s < K; s++) {
                            float best = float.NegativeInfinity;
                            for (int p = 0; p < K; p++) best = MathF.Max(best, delta[p] + logA[p * K + s]);
                            next[s] = best + w * logB[s * 2 + obs[step]];
                        }
                        for (int s = 0; s < K; s++) delta[s] = next[s];
                    }
                    return MathF.Max(delta[0], MathF.Max(delta[1], delta[2])); }
                """),
            ("I26CtcLoss", """
                [Differentiable("logits")] public static float I26CtcLossFloat(float[] logits, int[] labels) {
                    const int V = 3; int T = logits.Length / V, L = labels.Length, S = 2 * L + 1;
                    float[] lp = new float[T * V];
                    for (int t = 0; t < T; t++) {
                        float mx = float.NegativeInfinity;
                        for (int k = 0; k < V; k++) mx = MathF.Max(mx, logits[t * V + k]);
                        float z = 0; for (int k = 0; k < V; k++) z += MathF.Exp(logits[t * V + k] - mx);
                        for (int k = 0; k < V; k++) lp[t * V + k] = logits[t * V + k] - mx - MathF.Log(z);
                    }
                    float[] alpha = new float[S]; float[] next = new float[S];
                    for (int s = 0; s < S; s++) alpha[s] = float.NegativeInfinity;
                    alpha[0] = lp[0];
                    alpha[1] = lp[labels[0]];
                    for (int t = 1; t < T; t++) {
                        for (int s = 0; s < S; s++) {
                            int label = s % 2 == 0 ? 0 : labels[s / 2];
                            float a = alpha[s];
                            float b = s > 0 ? alpha[s - 1] : float.NegativeInfinity;
                            float c = s > 1 && label != 0 && label != labels[s / 2 - 1] ? alpha[s - 2] : float.NegativeInfinity;
                            float mx = MathF.Max(a, MathF.Max(b, c));
                            if (mx == float.NegativeInfinity) next[s] = float.NegativeInfinity;
                            else next[s] = mx + MathF.Log(MathF.Exp(a - mx) + MathF.Exp(b - mx) + MathF.Exp(c - mx)) + lp[t * V + label];
                        }
                        for (int s = 0; s < S; s++) alpha[s] = next[s];
                    }
                    float top = MathF.Max(alpha[S - 1], alpha[S - 2]);
                    return -(top + MathF.Log(MathF.Exp(alpha[S - 1] - top) + MathF.Exp(alpha[S - 2] - top))); }
                """),
            ("I26SoftDtwTwoRowsTuple", """
                [Differentiable] public static float I26SoftDtwTwoRowsTupleFloat(float[] x, float[] y, float gamma) {
                    int n = x.Length, m = y.Length;
                    float[] prev = new float[m + 1]; float[] cur = new float[m + 1];
                    for (int j = 1; j <= m; j++) prev[j] = float.PositiveInfinity;
                    for (int i = 1; i <= n; i++) {
                        cur[0] = float.PositiveInfinity;
                        for (int j = 1; j <= m; j++) {
                            float a = -prev[j - 1] / gamma, b = -prev[j] / gamma, c = -cur[j - 1] / gamma;
                            float mx = MathF.Max(a, MathF.Max(b, c));
                            float d = x[i - 1] - y[j - 1];
                            cur[j] = d * d - gamma * (mx + MathF.Log(MathF.Exp(a - mx) + MathF.Exp(b - mx) + MathF.Exp(c - mx)));
                        }
                        (prev, cur) = (cur, prev);
                    }
                    return prev[m]; }
                """),
            ("I26SoftDtwNaiveSwap", """
                [Differentiable] public static float I26SoftDtwNaiveSwapFloat(float[] x, float[] y, float gamma) {
                    int n = x.Length, m = y.Length;
                    float[] prev = new float[m + 1]; float[] cur = new float[m + 1];
                    for (int j = 1; j <= m; j++) prev[j] = float.PositiveInfinity;
                    cur[0] = float.PositiveInfinity;
                    for (int i = 1; i <= n; i++) {
                        for (int j = 1; j <= m; j++) {
                            float s = MathF.Exp(-prev[j - 1] / gamma) + MathF.Exp(-prev[j] / gamma) + MathF.Exp(-cur[j - 1] / gamma);
                            float d = x[i - 1] - y[j - 1];
                            cur[j] = d * d - gamma * MathF.Log(s);
                        }
                        float[] tmp = prev; prev = cur; cur = tmp;
                    }
                    return prev[m]; }
                """),
            ("I26LogSumExpTemperature", """
                [Differentiable] public static float I26LogSumExpTemperatureFloat(float[] x, float t) {
                    float mx = float.NegativeInfinity;
                    for (int i = 0; i < x.Length; i++) mx = MathF.Max(mx, x[i] / t);
                    float s = 0;
                    for (int i = 0; i < x.Length; i++) s += MathF.Exp(x[i] / t - mx);
                    return t * (mx + MathF.Log(s)); }
                """),
            ("I26TopTwo", """
                [Differentiable] public static float I26TopTwoFloat(float[] x, float scale) {
                    float first = float.NegativeInfinity, second = float.NegativeInfinity;
                    for (int i = 0; i < x.Length; i++) {
                        if (x[i] > first) { second = first; first = x[i]; }
                        else if (x[i] > second) second = x[i];
                    }
                    float s = scale * first;
                    if (x.Length > 1) s += scale * scale * second;
                    return s; }
                """),
            ("I26BoltzmannInfeasible", """
                [Differentiable("x", "temp")] public static float I26BoltzmannInfeasibleFloat(float[] x, float[] ok, float temp) {
                    float z = 0, m = 0;
                    for (int i = 0; i < x.Length; i++) {
                        float r = ok[i] > 0 ? 0 : float.PositiveInfinity;
                        float e = x[i] * x[i] + r;
                        float p = MathF.Exp(-e / temp);
                        z += p; m += p * x[i];
                    }
                    return m / z; }
                """),
            ("I26ClampNoLowerBound", """
                [Differentiable] public static float I26ClampNoLowerBoundFloat(float[] x, float c) {
                    float s = 0;
                    for (int i = 0; i < x.Length; i++) { float y = Math.Clamp(x[i], float.NegativeInfinity, c); s += y * y * (i + 1); }
                    return s; }
                """),
            ("I26LoopFreeScaleTimesInf", """
                [Differentiable] public static float I26LoopFreeScaleTimesInfFloat(float x, float g) {
                    float r = float.PositiveInfinity;
                    return MathF.Exp(-g * r) + x * g + 1 / (1 + r * g); }
                """),
        };
    }
}
