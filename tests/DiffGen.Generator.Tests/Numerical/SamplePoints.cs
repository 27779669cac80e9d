using System;
using System.Linq;
using System.Reflection;

namespace DiffGen.Generator.Tests.Numerical
{
    /// <summary>Reproducible random arguments inside each parameter's [SampleRange].</summary>
    public static class SamplePoints
    {
        public const int PointsPerFunction = 20;

        public static object[][] For(MethodInfo method)
        {
            var random = new Random(StableHash(method.DeclaringType!.Name + "." + method.Name));
            ParameterInfo[] parameters = method.GetParameters();
            return Enumerable.Range(0, PointsPerFunction)
                .Select(_ => parameters.Select(p => Draw(random, method, p)).ToArray())
                .ToArray();
        }

        private static object Draw(Random random, MethodInfo method, ParameterInfo parameter)
        {
            SampleRangeAttribute? range = parameter.GetCustomAttribute<SampleRangeAttribute>() ?? method.GetCustomAttribute<SampleRangeAttribute>();
            double min = range?.Min ?? 0.5, max = range?.Max ?? 2;
            double value = min + (random.NextDouble() * (max - min));
            if (parameter.ParameterType != typeof(double) && parameter.ParameterType != typeof(float))
            {
                // Integer data (int, short, ...): a whole number in range.
                return Convert.ChangeType(Math.Round(value), parameter.ParameterType, System.Globalization.CultureInfo.InvariantCulture);
            }

            return parameter.ParameterType == typeof(float) ? (object)(float)value : value;
        }

        /// <summary>string.GetHashCode is randomized per process; this is not.</summary>
        private static int StableHash(string text)
        {
            unchecked
            {
                int hash = 23;
                foreach (char c in text)
                {
                    hash = (hash * 31) + c;
                }

                return hash;
            }
        }
    }
}
