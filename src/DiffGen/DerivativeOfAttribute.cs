using System;

namespace DiffGen
{
    /// <summary>
    /// Declares that the method it marks computes the derivative of another method, so that
    /// <c>[Differentiable]</c> methods calling that method can be differentiated (as Swift's
    /// <c>@derivative(of:)</c> and Clad's custom derivatives do). Use it for a method DiffGen cannot
    /// read (compiled elsewhere, or written with constructs it does not support), or to replace the
    /// derivative DiffGen would generate.
    /// </summary>
    /// <remarks>
    /// For an original <c>R F(T1 p1, ..., Tn pn)</c> the derivative method takes the same parameters
    /// in the same order, then one <c>out R dP</c> for each floating-point parameter it
    /// differentiates (in the original order, named <c>d</c> + the parameter's name with its first
    /// letter upper-cased), and returns F's value — the shape of a generated <c>FGradient</c>:
    /// <code>
    /// [DerivativeOf(typeof(Special), nameof(Special.Erf))]
    /// static double ErfDerivative(double x, out double dX)
    /// {
    ///     dX = 2 / Math.Sqrt(Math.PI) * Math.Exp(-x * x);
    ///     return Special.Erf(x);
    /// }
    /// </code>
    /// It is found when it is declared in the type that declares the original method, or in the
    /// type (or an enclosing type) of the <c>[Differentiable]</c> method that makes the call.
    /// </remarks>
    [AttributeUsage(AttributeTargets.Method, AllowMultiple = false, Inherited = false)]
    public sealed class DerivativeOfAttribute : Attribute
    {
        /// <summary>The derivative of the method <paramref name="methodName"/> of the type that declares this one.</summary>
        public DerivativeOfAttribute(string methodName)
        {
            MethodName = methodName;
        }

        /// <summary>The derivative of the method <paramref name="methodName"/> of <paramref name="type"/>.</summary>
        public DerivativeOfAttribute(Type type, string methodName)
        {
            Type = type;
            MethodName = methodName;
        }

        /// <summary>The type that declares the original method; null for the type that declares this one.</summary>
        public Type? Type { get; }

        /// <summary>The original method's name (use <c>nameof</c>).</summary>
        public string MethodName { get; }
    }
}
