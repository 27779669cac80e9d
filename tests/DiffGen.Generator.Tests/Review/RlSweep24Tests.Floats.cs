namespace DiffGen.Generator.Tests.Review
{
    /// <content>Float twins, each checked against its double twin's finite differences.</content>
    public sealed partial class RlSweep24Tests
    {
        internal static readonly (string Twin, string Source)[] Floats =
        {
            ("R24PpoClip", """
                [Differentiable] public static float R24PpoClipFloat(float[] logp, float[] oldLogp, float[] adv, float eps) {
                    float s = 0;
                    for (int i = 0; i < logp.Length; i++) {
                        float ratio = MathF.Exp(logp[i] - oldLogp[i]);
                        float clipped = Math.Clamp(ratio, 1 - eps, 1 + eps);
                        s += MathF.Min(ratio * adv[i], clipped * adv[i]);
                    }
                    return -s / logp.Length; }
                """),
            ("R24SoftmaxEntropy", """
                [Differentiable] public static float R24SoftmaxEntropyFloat(float[] z) {
                    float m = z[0]; for (int i = 1; i < z.Length; i++) m = MathF.Max(m, z[i]);
                    float sum = 0; for (int i = 0; i < z.Length; i++) sum += MathF.Exp(z[i] - m);
                    float h = 0;
                    for (int i = 0; i < z.Length; i++) { float p = MathF.Exp(z[i] - m) / sum; h -= p * MathF.Log(p); }
                    return h; }
                """),
            ("R24KlGaussianDiag", """
                [Differentiable] public static float R24KlGaussianDiagFloat(float[] mu1, float[] logStd1, float[] mu2, float[] logStd2) {
                    float kl = 0;
                    for (int i = 0; i < mu1.Length; i++) {
                        float var1 = MathF.Exp(2 * logStd1[i]), var2 = MathF.Exp(2 * logStd2[i]);
                        kl += logStd2[i] - logStd1[i] + (var1 + (mu1[i] - mu2[i]) * (mu1[i] - mu2[i])) / (2 * var2) - 0.5f;
                    }
                    return kl; }
                """),
            ("R24GaeSquares", """
                [Differentiable] public static float R24GaeSquaresFloat(float[] rewards, float[] values, float gamma, float lambda) {
                    int T = rewards.Length; float gae = 0, loss = 0;
                    for (int t = T - 1; t >= 0; t--) {
                        float delta = rewards[t] + gamma * values[t + 1] - values[t];
                        gae = delta + gamma * lambda * gae;
                        loss += gae * gae;
                    }
                    return loss / T; }
                """),
            ("R24HuberMinForm", """
                [Differentiable] public static float R24HuberMinFormFloat(float[] q, float[] target, float delta) {
                    float loss = 0;
                    for (int i = 0; i < q.Length; i++) {
                        float a = MathF.Abs(q[i] - target[i]);
                        float quad = MathF.Min(a, delta);
                        loss += 0.5f * quad * quad + delta * (a - quad);
                    }
                    return loss; }
                """),
            ("R24DpoLoss", """
                [Differentiable("piChosen", "piRejected", "beta")] public static float R24DpoLossFloat(float[] piChosen, float[] piRejected, float[] refChosen, float[] refRejected, float beta) {
                    float loss = 0;
                    for (int i = 0; i < piChosen.Length; i++) {
                        float margin = beta * ((piChosen[i] - refChosen[i]) - (piRejected[i] - refRejected[i]));
                        float logSig = -(MathF.Max(-margin, 0) + MathF.Log(1 + MathF.Exp(-MathF.Abs(margin))));
                        loss -= logSig;
                    }
                    return loss / piChosen.Length; }
                """),
            ("R24InfoNce", """
                [Differentiable("za", "zb", "tau")] public static float R24InfoNceFloat(float[] za, float[] zb, int d, float tau) {
                    int n = za.Length / d; float loss = 0;
                    float[] logits = new float[n];
                    for (int i = 0; i < n; i++) {
                        float m = float.NegativeInfinity;
                        for (int j = 0; j < n; j++) {
                            float dot = 0; for (int c = 0; c < d; c++) dot += za[i * d + c] * zb[j * d + c];
                            logits[j] = dot / tau;
                            m = MathF.Max(m, logits[j]);
                        }
                        float s = 0; for (int j = 0; j < n; j++) s += MathF.Exp(logits[j] - m);
                        loss += m + MathF.Log(s) - logits[i];
                    }
                    return loss / n; }
                """),
        };
    }
}
