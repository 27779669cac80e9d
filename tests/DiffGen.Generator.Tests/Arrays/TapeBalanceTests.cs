using System.Linq;
using System.Text.RegularExpressions;
using DiffGen.Generator.Tests.Infrastructure;
using Xunit;

namespace DiffGen.Generator.Tests.Arrays
{
    /// <summary>
    /// Every tape a generated gradient rents it gives back: a tape never returned would leave the pool short, and the
    /// next call would allocate (a kept buffer's tape, rented for a loop the gradient then fused, once was).
    /// </summary>
    public sealed class TapeBalanceTests
    {
        private static readonly Regex Rent = new Regex(@"(\w+) = global::DiffGen\.Tape\.Rent<", RegexOptions.Compiled);
        private static readonly Regex Return = new Regex(@"global::DiffGen\.Tape\.Return\((\w+)\)", RegexOptions.Compiled);

        [Theory]
        [MemberData(nameof(ArrayCaseCatalog.Passing), MemberType = typeof(ArrayCaseCatalog))]
        public void Each_rented_tape_is_returned(string name)
        {
            // The whole file: the partials' members rent too (a call's partials buffer).
            string gradient = GeneratorHarness.RunAndCompile(CompiledCase.SourceOf(ArrayCaseCatalog.Find(name))).SourceFor(name);
            var rented = Rent.Matches(gradient).Select(m => m.Groups[1].Value).OrderBy(t => t, System.StringComparer.Ordinal).ToList();
            var returned = Return.Matches(gradient).Select(m => m.Groups[1].Value).OrderBy(t => t, System.StringComparer.Ordinal).ToList();
            Assert.True(rented.SequenceEqual(returned), "rented: " + string.Join(", ", rented) + "; returned: " + string.Join(", ", returned) + "\n" + gradient);
        }
    }
}
