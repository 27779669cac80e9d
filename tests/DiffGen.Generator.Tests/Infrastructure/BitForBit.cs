using System;
using System.Linq;
using System.Reflection;
using Xunit;

namespace DiffGen.Generator.Tests.Infrastructure
{
    /// <summary>The value <c>MGradient</c> returns is the method's own, to the last bit, at many points.</summary>
    public static class BitForBit
    {
        /// <param name="cases">The compiled class holding <paramref name="name"/> and <c>{name}Gradient(…, out …)</c>, every parameter a double.</param>
        /// <param name="coordinate">The point's coordinate: (random, point number, parameter position) → value.</param>
        public static void GradientReturnsTheMethodsValue(Type cases, string name, Random random, Func<Random, int, int, double> coordinate, int points = 500)
        {
            MethodInfo method = cases.GetMethod(name)!;
            int n = method.GetParameters().Length;
            MethodInfo gradient = cases.GetMethod(name + "Gradient")!;
            for (int i = 0; i < points; i++)
            {
                object[] point = Enumerable.Range(0, n).Select(k => (object)coordinate(random, i, k)).ToArray();
                double value = (double)method.Invoke(null, point)!;
                double returned = (double)gradient.Invoke(null, point.Concat(new object[n]).ToArray())!;
                Assert.True(BitConverter.DoubleToInt64Bits(value) == BitConverter.DoubleToInt64Bits(returned), $"{name} at ({string.Join(", ", point)}): {value:R} from the method, {returned:R} from its gradient");
            }
        }
    }
}
