using System.Linq;
using DiffGen.Generator.Tests.Arrays;
using static DiffGen.Generator.Tests.Arrays.Draw;

namespace DiffGen.Generator.Tests.Review
{
    /// <content>Shading and colour: Lambert, Phong, Blinn, Fresnel-Schlick, gamma and sRGB, HSV branches, smoothstep, soft box overlap.</content>
    public sealed partial class GeometrySweep24Tests
    {
        private static readonly ArrayCase[] ShadingCases =
        {
            C("G24Lambert", """
                [Differentiable] public static double G24Lambert(double nx, double ny, double nz, double lx, double ly, double lz, double albedo) {
                    double nl = Math.Sqrt(nx * nx + ny * ny + nz * nz), ll = Math.Sqrt(lx * lx + ly * ly + lz * lz);
                    double cos = (nx * lx + ny * ly + nz * lz) / (nl * ll);
                    return albedo / Math.PI * Math.Max(cos, 0.0); }
                """, (r, n) => new object[] { Uniform(r, -1, 1), Uniform(r, 0.5, 1), Uniform(r, -1, 1), Uniform(r, -1, 1), Uniform(r, -1, 1), Uniform(r, -1, 1), Uniform(r, 0.2, 0.9) }),
            C("G24Phong", """
                [Differentiable] public static double G24Phong(double nx, double ny, double lx, double ly, double vx, double vy, double shininess) {
                    double nl = nx * lx + ny * ly;
                    double rx = 2 * nl * nx - lx, ry = 2 * nl * ny - ly;
                    double rv = Math.Max(rx * vx + ry * vy, 0);
                    return 0.3 * Math.Max(nl, 0) + 0.7 * Math.Pow(rv, shininess); }
                """, (r, n) => new object[] { Uniform(r, -0.3, 0.3), 1.0, Uniform(r, -0.6, 0.6), Uniform(r, 0.7, 1), Uniform(r, -0.6, 0.6), Uniform(r, 0.7, 1), Uniform(r, 4, 40) }),
            C("G24PhongBackfacing", """
                [Differentiable("shininess", "vx")] public static double G24PhongBackfacing(double shininess, double vx, double vy, double rx, double ry) {
                    double rv = Math.Max(rx * vx + ry * vy, 0.0);
                    return Math.Pow(rv, shininess) + vx; }
                """, (r, n) => new object[] { Uniform(r, 4, 40), Uniform(r, -0.6, 0.6), Uniform(r, -1, -0.7), Uniform(r, -0.2, 0.2), Uniform(r, 0.7, 1) }),
            C("G24BlinnPhong", """
                [Differentiable] public static double G24BlinnPhong(double lx, double ly, double lz, double vx, double vy, double vz, double shininess) {
                    double hx = lx + vx, hy = ly + vy, hz = lz + vz;
                    double hl = Math.Sqrt(hx * hx + hy * hy + hz * hz);
                    double nh = hz / hl;
                    double spec = Math.Pow(Math.Clamp(nh, 0.0, 1.0), shininess);
                    return spec * (shininess + 8) / (8 * Math.PI); }
                """, (r, n) => new object[] { Uniform(r, -0.5, 0.5), Uniform(r, -0.5, 0.5), Uniform(r, 0.6, 1), Uniform(r, -0.5, 0.5), Uniform(r, -0.5, 0.5), Uniform(r, 0.6, 1), Uniform(r, 4, 64) }),
            C("G24BlinnPhongBackfacing", """
                [Differentiable("shininess")] public static double G24BlinnPhongBackfacing(double shininess, double nh) =>
                    Math.Pow(Math.Max(nh, 0.0), shininess) * (shininess + 2) + shininess;
                """, (r, n) => new object[] { Uniform(r, 4, 64), Uniform(r, -1, -0.1) }),
            C("G24FresnelSchlick", """
                [Differentiable] public static double G24FresnelSchlick(double cosTheta, double f0) => f0 + (1 - f0) * Math.Pow(1 - cosTheta, 5);
                """, (r, n) => new object[] { Uniform(r, 0.05, 0.95), Uniform(r, 0.02, 0.2) }),
            C("G24FresnelSchlickIor", """
                [Differentiable] public static double G24FresnelSchlickIor(double cosTheta, double n1, double n2) {
                    double r0 = (n1 - n2) / (n1 + n2);
                    r0 *= r0;
                    double x = 1.0 - Math.Clamp(cosTheta, 0.0, 1.0);
                    return r0 + (1.0 - r0) * x * x * x * x * x; }
                """, (r, n) => new object[] { Uniform(r, 0.05, 0.95), Uniform(r, 1, 1.2), Uniform(r, 1.3, 1.8) }),
            C("G24GammaCorrect", """
                [Differentiable] public static double G24GammaCorrect(double c, double gamma) => Math.Pow(Math.Clamp(c, 0.0, 1.0), 1.0 / gamma);
                """, (r, n) => new object[] { Uniform(r, 0.05, 0.95), Uniform(r, 1.8, 2.6) }),
            C("G24GammaCorrectClipped", """
                [Differentiable("gamma")] public static double G24GammaCorrectClipped(double gamma, double c) => Math.Pow(Math.Clamp(c, 0.0, 1.0), 1.0 / gamma) + gamma;
                """, (r, n) => new object[] { Uniform(r, 1.8, 2.6), Uniform(r, -1, -0.1) }),
            C("G24LinearToSrgb", """
                [Differentiable] public static double G24LinearToSrgb(double c) {
                    if (c <= 0.0031308) return 12.92 * c;
                    return 1.055 * Math.Pow(c, 1.0 / 2.4) - 0.055; }
                """, (r, n) => new object[] { r.Next(4) == 0 ? Uniform(r, 0.0001, 0.003) : Uniform(r, 0.01, 1) }),
            C("G24SrgbToLinear", """
                [Differentiable] public static double G24SrgbToLinear(double c) => c <= 0.04045 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4);
                """, (r, n) => new object[] { r.Next(4) == 0 ? Uniform(r, 0.001, 0.04) : Uniform(r, 0.05, 1) }),
            C("G24HsvToRgbRed", """
                [Differentiable] public static double G24HsvToRgbRed(double h, double s, double v) {
                    double hh = h * 6;
                    double c = v * s;
                    double x = c * (1 - Math.Abs(hh % 2 - 1));
                    double m = v - c;
                    double red;
                    if (hh < 1) red = c;
                    else if (hh < 2) red = x;
                    else if (hh < 4) red = 0;
                    else if (hh < 5) red = x;
                    else red = c;
                    return red + m; }
                """, (r, n) => new object[] { Uniform(r, 0.02, 0.98), Uniform(r, 0.2, 1), Uniform(r, 0.2, 1) }),
            C("G24HsvToRgbSector", """
                [Differentiable] public static double G24HsvToRgbSector(double h, double s, double v) {
                    int i = (int)(h * 6);
                    double f = h * 6 - i;
                    double p = v * (1 - s), q = v * (1 - f * s), t = v * (1 - (1 - f) * s);
                    switch (i % 6) {
                        case 0: return v + 2 * t + 3 * p;
                        case 1: return q + 2 * v + 3 * p;
                        case 2: return p + 2 * v + 3 * t;
                        case 3: return p + 2 * q + 3 * v;
                        case 4: return t + 2 * p + 3 * v;
                        default: return v + 2 * p + 3 * q; } }
                """, (r, n) => new object[] { Uniform(r, 0.02, 0.98), Uniform(r, 0.2, 1), Uniform(r, 0.2, 1) }),
            C("G24HsvToRgbSectorFloor", """
                [Differentiable] public static double G24HsvToRgbSectorFloor(double h, double s, double v) {
                    int i = (int)Math.Floor(h * 6);
                    double f = h * 6 - i;
                    double p = v * (1 - s), q = v * (1 - f * s), t = v * (1 - (1 - f) * s);
                    double result;
                    switch (i % 6) {
                        case 0: result = v + 2 * t + 3 * p; break;
                        case 1: result = q + 2 * v + 3 * p; break;
                        case 2: result = p + 2 * v + 3 * t; break;
                        case 3: result = p + 2 * q + 3 * v; break;
                        case 4: result = t + 2 * p + 3 * v; break;
                        default: result = v + 2 * p + 3 * q; break; }
                    return result; }
                """, (r, n) => new object[] { Uniform(r, 0.02, 0.98), Uniform(r, 0.2, 1), Uniform(r, 0.2, 1) }),
            C("G24RgbToHue", """
                [Differentiable] public static double G24RgbToHue(double red, double green, double blue) {
                    double max = Math.Max(red, Math.Max(green, blue)), min = Math.Min(red, Math.Min(green, blue));
                    double d = max - min;
                    double h;
                    if (max == red) h = (green - blue) / d + (green < blue ? 6 : 0);
                    else if (max == green) h = (blue - red) / d + 2;
                    else h = (red - green) / d + 4;
                    return h / 6; }
                """, (r, n) => Separated(r, 3, 0.25).Select(x => (object)(x + 0.5)).ToArray()),
            C("G24Luminance", """
                [Differentiable] public static double G24Luminance(double red, double green, double blue, double exposure) {
                    double l = 0.2126 * red + 0.7152 * green + 0.0722 * blue;
                    double mapped = l * exposure / (1 + l * exposure);
                    return Math.Pow(mapped, 1 / 2.2); }
                """, (r, n) => new object[] { Uniform(r, 0.05, 2), Uniform(r, 0.05, 2), Uniform(r, 0.05, 2), Uniform(r, 0.5, 4) }),
            C("G24Smoothstep", """
                [Differentiable] public static double G24Smoothstep(double e0, double e1, double x) {
                    double t = Math.Clamp((x - e0) / (e1 - e0), 0.0, 1.0);
                    return t * t * (3.0 - 2.0 * t); }
                """, (r, n) => new object[] { Uniform(r, -0.5, 0), Uniform(r, 1, 1.5), Uniform(r, -1, 2) }),
            C("G24BoxIoU", """
                [Differentiable] public static double G24BoxIoU(double ax0, double ay0, double ax1, double ay1, double bx0, double by0, double bx1, double by1) {
                    double iw = Math.Max(0.0, Math.Min(ax1, bx1) - Math.Max(ax0, bx0));
                    double ih = Math.Max(0.0, Math.Min(ay1, by1) - Math.Max(ay0, by0));
                    double inter = iw * ih;
                    double union = (ax1 - ax0) * (ay1 - ay0) + (bx1 - bx0) * (by1 - by0) - inter;
                    return inter / union; }
                """, (r, n) => new object[] { Uniform(r, 0, 0.3), Uniform(r, 0, 0.3), Uniform(r, 1, 1.3), Uniform(r, 1, 1.3), Uniform(r, 0.5, 0.8), Uniform(r, 0.5, 0.8), Uniform(r, 1.5, 2), Uniform(r, 1.5, 2) }),
            C("G24BoxGIoULoss", """
                [Differentiable] public static double G24BoxGIoULoss(double cx, double cy, double w, double h, double tx0, double ty0, double tx1, double ty1) {
                    double x0 = cx - w / 2, x1 = cx + w / 2, y0 = cy - h / 2, y1 = cy + h / 2;
                    double iw = Math.Max(Math.Min(x1, tx1) - Math.Max(x0, tx0), 0), ih = Math.Max(Math.Min(y1, ty1) - Math.Max(y0, ty0), 0);
                    double inter = iw * ih, union = w * h + (tx1 - tx0) * (ty1 - ty0) - inter;
                    double ew = Math.Max(x1, tx1) - Math.Min(x0, tx0), eh = Math.Max(y1, ty1) - Math.Min(y0, ty0);
                    double enclose = ew * eh;
                    return 1 - inter / union + (enclose - union) / enclose; }
                """, (r, n) => new object[] { Uniform(r, 0.4, 0.8), Uniform(r, 0.4, 0.8), Uniform(r, 0.6, 1.2), Uniform(r, 0.6, 1.2), 0.1, 0.2, 1.0, 1.1 }),
            C("G24SoftBoxOverlap", """
                [Differentiable] public static double G24SoftBoxOverlap(double ax0, double ax1, double bx0, double bx1, double temp) {
                    double Softplus(double z) => Math.Log(1 + Math.Exp(z));
                    double lo = -temp * Math.Log(Math.Exp(-ax1 / temp) + Math.Exp(-bx1 / temp));
                    double hi = temp * Math.Log(Math.Exp(ax0 / temp) + Math.Exp(bx0 / temp));
                    return temp * Softplus((lo - hi) / temp); }
                """, (r, n) => new object[] { Uniform(r, 0, 0.3), Uniform(r, 1, 1.3), Uniform(r, 0.5, 0.8), Uniform(r, 1.5, 2), Uniform(r, 0.05, 0.3) }),
        };
    }
}
