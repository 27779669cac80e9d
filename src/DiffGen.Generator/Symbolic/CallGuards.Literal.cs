using System;

namespace DiffGen.Generator.Symbolic
{
    /// <content>A literal of the paths of tests under which the source evaluates a node.</content>
    internal static partial class CallGuards
    {
        /// <summary>One literal of a path: a test (never an &amp;&amp;, || or !) and the side taken.</summary>
        private readonly struct Literal : IEquatable<Literal>
        {
            public Literal(Condition test, bool holds)
            {
                Test = test;
                Holds = holds;
            }

            public Condition Test { get; }

            public bool Holds { get; }

            public bool Equals(Literal other) => ReferenceEquals(Test, other.Test) && Holds == other.Holds;

            public override bool Equals(object? obj) => obj is Literal other && Equals(other);

            public override int GetHashCode() => Test.Id * 2 + (Holds ? 1 : 0);
        }
    }
}
