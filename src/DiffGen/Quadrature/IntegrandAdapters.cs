using System;

namespace DiffGen
{
    /// <summary>An integrand seen through an <see cref="IntervalMap"/>: g(t) = f(x(t)) · dx/dt.</summary>
    internal struct MappedIntegrand<TIntegrand> : IIntegrand
        where TIntegrand : IIntegrand
    {
        public TIntegrand Inner;
        private readonly IntervalMap map;

        public MappedIntegrand(TIntegrand inner, IntervalMap map)
        {
            Inner = inner;
            this.map = map;
        }

        public double Evaluate(double t) => map.Evaluate(ref Inner, t);
    }

    /// <summary>A <see cref="Func{T, TResult}"/> as an integrand (one delegate call per point).</summary>
    internal readonly struct FunctionIntegrand : IIntegrand
    {
        private readonly Func<double, double> function;

        public FunctionIntegrand(Func<double, double> function)
        {
            this.function = function ?? throw new ArgumentNullException(nameof(function));
        }

        public double Evaluate(double x) => function(x);
    }

    /// <summary>A <see cref="float"/> integrand evaluated at the point rounded to <see cref="float"/>.</summary>
    internal struct FloatIntegrand<TIntegrand> : IIntegrand
        where TIntegrand : IFloatIntegrand
    {
        public TIntegrand Inner;

        public FloatIntegrand(TIntegrand inner)
        {
            Inner = inner;
        }

        public double Evaluate(double x) => Inner.Evaluate((float)x);
    }

    /// <summary>A <see cref="Func{T, TResult}"/> over <see cref="float"/> as a <see cref="float"/> integrand.</summary>
    internal readonly struct FloatFunctionIntegrand : IFloatIntegrand
    {
        private readonly Func<float, float> function;

        public FloatFunctionIntegrand(Func<float, float> function)
        {
            this.function = function ?? throw new ArgumentNullException(nameof(function));
        }

        public float Evaluate(float x) => function(x);
    }

    /// <summary>A <see cref="Func{T1, T2, TResult}"/> as an integrand of two variables.</summary>
    internal readonly struct FunctionIntegrand2D : IIntegrand2D
    {
        private readonly Func<double, double, double> function;

        public FunctionIntegrand2D(Func<double, double, double> function)
        {
            this.function = function ?? throw new ArgumentNullException(nameof(function));
        }

        public double Evaluate(double x, double y) => function(x, y);
    }

    /// <summary>A <see cref="float"/> integrand of two variables evaluated at points rounded to <see cref="float"/>.</summary>
    internal struct FloatIntegrand2D<TIntegrand> : IIntegrand2D
        where TIntegrand : IFloatIntegrand2D
    {
        public TIntegrand Inner;

        public FloatIntegrand2D(TIntegrand inner)
        {
            Inner = inner;
        }

        public double Evaluate(double x, double y) => Inner.Evaluate((float)x, (float)y);
    }

    /// <summary>A <see cref="Func{T1, T2, TResult}"/> over <see cref="float"/> as a <see cref="float"/> integrand of two variables.</summary>
    internal readonly struct FloatFunctionIntegrand2D : IFloatIntegrand2D
    {
        private readonly Func<float, float, float> function;

        public FloatFunctionIntegrand2D(Func<float, float, float> function)
        {
            this.function = function ?? throw new ArgumentNullException(nameof(function));
        }

        public float Evaluate(float x, float y) => function(x, y);
    }
}
