using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using DiffGen;

namespace DiffGen.Generator.Tests.Numerical
{
    /// <summary>Finds the [Differentiable] test functions and their generated members by the contract's names.</summary>
    public static class CaseCatalog
    {
        public static readonly Type[] DoubleCaseTypes =
        {
            typeof(ElementaryFunctionCases), typeof(RuleCases), typeof(PiecewiseCases), typeof(ModelCases), typeof(InstanceCases), typeof(InstanceCases.Damper), typeof(InstanceCases.Planet), typeof(InstanceCases.Hiding), typeof(CallCases), typeof(CallHelpers), typeof(Scaler), typeof(BranchCases), typeof(ExtremeCases), typeof(RelatedConditionCases), typeof(SharedProductCases), typeof(SharedProductReviewCases), typeof(SharedProductReviewCases.Body),
        };

        public static readonly Type[] FloatCaseTypes = { typeof(FloatCases), typeof(FloatBranchCases), typeof(FloatExtremeCases) };

        private const BindingFlags Members = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static | BindingFlags.Instance | BindingFlags.DeclaredOnly;

        public static IEnumerable<object[]> Double => Names(DoubleCaseTypes);

        public static IEnumerable<object[]> Float => Names(FloatCaseTypes);

        public static MethodInfo Find(Type[] types, string qualifiedName)
        {
            string[] parts = qualifiedName.Split('.');
            Type type = types.Single(t => t.Name == parts[0]);
            return Differentiable(type).Single(m => m.Name == parts[1]);
        }

        /// <summary>A generated member, required to exist with the contract's name and signature.</summary>
        public static MethodInfo Generated(MethodInfo original, string name, Type[] parameterTypes)
        {
            MethodInfo? member = original.DeclaringType!.GetMethod(name, Members, parameterTypes);
            if (member == null || member.IsStatic != original.IsStatic || member.ReturnType != original.ReturnType)
            {
                throw new InvalidOperationException("Generated member " + name + " with the contract's signature not found on " + original.DeclaringType);
            }

            return member;
        }

        /// <summary>The parameters differentiated: those the attribute names, or every floating-point one.</summary>
        public static ParameterInfo[] DifferentiatedParameters(MethodInfo method)
        {
            var attribute = method.GetCustomAttribute<DifferentiableAttribute>()!;
            return method.GetParameters()
                .Where(p => p.ParameterType == typeof(double) || p.ParameterType == typeof(float))
                .Where(p => attribute.WithRespectTo.Length == 0 || attribute.WithRespectTo.Contains(p.Name))
                .ToArray();
        }

        public static string Capitalize(string name) => char.ToUpperInvariant(name[0]) + name.Substring(1);

        private static IEnumerable<object[]> Names(Type[] types) =>
            types.SelectMany(t => Differentiable(t).Select(m => new object[] { t.Name + "." + m.Name }));

        private static IEnumerable<MethodInfo> Differentiable(Type type) =>
            type.GetMethods(Members).Where(m => m.GetCustomAttribute<DifferentiableAttribute>() != null).OrderBy(m => m.Name, StringComparer.Ordinal);
    }
}
