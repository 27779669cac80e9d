using System.Collections.Generic;
using DiffGen.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;

namespace DiffGen.Generator.Tests.Caching
{
    /// <summary>The object-graph check used by the caching tests can fail: it finds Roslyn objects in values and in declared types.</summary>
    public sealed class RoslynObjectGraphTests
    {
        private sealed record Leaky(string Name, IReadOnlyList<object> Items);

        private sealed record Holder(string Name, ISymbol? Symbol);

        [Fact]
        public void FindsARoslynObjectNestedInAValue()
        {
            var value = new Leaky("m", new object[] { 1, new Leaky("inner", new object[] { Location.None }) });

            Assert.Single(RoslynObjectGraph.FindInValue(value));
        }

        [Fact]
        public void FindsARoslynTypeDeclaredOnAMemberThatIsNull()
        {
            Assert.Empty(RoslynObjectGraph.FindInValue(new Holder("m", null)));
            Assert.NotEmpty(RoslynObjectGraph.FindInDeclaredTypes(typeof(Holder)));
        }
    }
}
