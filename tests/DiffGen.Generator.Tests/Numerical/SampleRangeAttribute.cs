using System;

namespace DiffGen.Generator.Tests.Numerical
{
    /// <summary>
    /// Where the numerical tests sample a function's arguments: on a method, for every parameter;
    /// on a parameter, for that one. Ranges keep points inside the domain and away from kinks.
    /// Without one, arguments are drawn from [0.5, 2].
    /// </summary>
    [AttributeUsage(AttributeTargets.Method | AttributeTargets.Parameter)]
    public sealed class SampleRangeAttribute : Attribute
    {
        public SampleRangeAttribute(double min, double max)
        {
            Min = min;
            Max = max;
        }

        public double Min { get; }

        public double Max { get; }
    }
}
