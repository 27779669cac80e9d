namespace DiffGen.Generator.Tests.Review
{
    /// <content>Float twins, each checked against its double twin's finite differences.</content>
    public sealed partial class IterativeSweep24Tests
    {
        internal static readonly (string Twin, string Source)[] Floats =
        {
            ("I24EulerDecay", """
                [Differentiable("k", "y0")] public static float I24EulerDecayFloat(float k, float y0, int steps) {
                    float dt = 1.0f / steps; float y = y0;
                    for (int i = 0; i < steps; i++) y += dt * (-k * y);
                    return y; }
                """),
            ("I24Rk4Scalar", """
                [Differentiable] public static float I24Rk4ScalarFloat(float k, float y0) {
                    float y = y0, t = 0; float h = 0.1f;
                    for (int i = 0; i < 30; i++) {
                        float k1 = -k * y * y + MathF.Cos(t);
                        float k2 = -k * (y + h / 2 * k1) * (y + h / 2 * k1) + MathF.Cos(t + h / 2);
                        float k3 = -k * (y + h / 2 * k2) * (y + h / 2 * k2) + MathF.Cos(t + h / 2);
                        float k4 = -k * (y + h * k3) * (y + h * k3) + MathF.Cos(t + h);
                        y += h / 6 * (k1 + 2 * k2 + 2 * k3 + k4);
                        t += h; }
                    return y; }
                """),
            ("I24VelocityVerlet", """
                [Differentiable] public static float I24VelocityVerletFloat(float k, float m, float x0, float v0) {
                    float x = x0, v = v0, dt = 0.05f;
                    float a = -k / m * x;
                    for (int i = 0; i < 80; i++) {
                        x += v * dt + 0.5f * a * dt * dt;
                        float aNew = -k / m * x;
                        v += 0.5f * (a + aNew) * dt;
                        a = aNew; }
                    return 0.5f * m * v * v + 0.5f * k * x * x + x; }
                """),
            ("I24NewtonSqrtFixed", """
                [Differentiable] public static float I24NewtonSqrtFixedFloat(float a) {
                    float x = a;
                    for (int i = 0; i < 30; i++) x = 0.5f * (x + a / x);
                    return x; }
                """),
            ("I24LambertWTol", """
                [Differentiable] public static float I24LambertWTolFloat(float p) {
                    float x = 1, dx = 1; int it = 0;
                    while (MathF.Abs(dx) > 1e-6f && it < 50) { float ex = MathF.Exp(x); dx = (x * ex - p) / (ex * (x + 1)); x -= dx; it++; }
                    return x; }
                """),
            ("I24FixedPointCos", """
                [Differentiable] public static float I24FixedPointCosFloat(float a) {
                    float x = 0.5f;
                    for (int i = 0; i < 200; i++) x = MathF.Cos(a * x);
                    return x; }
                """),
            ("I24ExpSeriesTol", """
                [Differentiable] public static float I24ExpSeriesTolFloat(float x) {
                    float term = 1, sum = 1; int k = 1;
                    while (MathF.Abs(term) > 1e-9f * MathF.Abs(sum)) { term *= x / k; sum += term; k++; }
                    return sum; }
                """),
            ("I24Horner", """
                [Differentiable] public static float I24HornerFloat(float[] c, float x) {
                    float acc = 0;
                    for (int i = c.Length - 1; i >= 0; i--) acc = acc * x + c[i];
                    return acc; }
                """),
            ("I24KahanSum", """
                [Differentiable("w")] public static float I24KahanSumFloat(float[] w, float[] x) {
                    float sum = 0, comp = 0;
                    for (int i = 0; i < w.Length; i++) {
                        float y = w[i] * x[i] - comp;
                        float t = sum + y;
                        comp = (t - sum) - y;
                        sum = t; }
                    return sum * sum; }
                """),
            ("I24ClenshawChebyshev", """
                [Differentiable] public static float I24ClenshawChebyshevFloat(float[] c, float x) {
                    float b1 = 0, b2 = 0;
                    for (int k = c.Length - 1; k >= 1; k--) { float b0 = 2 * x * b1 - b2 + c[k]; b2 = b1; b1 = b0; }
                    return c.Length == 0 ? 0 : x * b1 - b2 + c[0]; }
                """),
            ("I24ExpSmoothing", """
                [Differentiable("alpha")] public static float I24ExpSmoothingFloat(float alpha, float[] x) {
                    if (x.Length == 0) return 0;
                    float level = x[0], sse = 0;
                    for (int t = 1; t < x.Length; t++) { float e = x[t] - level; sse += e * e; level += alpha * e; }
                    return sse; }
                """),
            ("I24GaussSeidel", """
                [Differentiable("a", "b")] public static float I24GaussSeidelFloat(float[] a, float[] b) {
                    int n = b.Length; float[] x = new float[n];
                    for (int sweep = 0; sweep < 20; sweep++)
                        for (int i = 0; i < n; i++) {
                            float s = b[i];
                            for (int j = 0; j < n; j++) if (j != i) s -= a[i * n + j] * x[j];
                            x[i] = s / a[i * n + i]; }
                    float total = 0; for (int i = 0; i < n; i++) total += x[i] * x[i];
                    return total; }
                """),
        };
    }
}
