using System.Linq;
using System.Text.RegularExpressions;
using Xunit;

namespace DiffGen.Generator.Tests.Arrays
{
    /// <summary>
    /// Every tape a generated gradient rents is read back by its reverse sweep: a tape nothing reads (the values of
    /// <c>e = 0.5 * e + x</c>, whose reverse reads only dE) is dropped with its writes (<c>UnreadTapes</c>), so no
    /// "kept for the reverse sweep" comment stands beside a value nothing reads. Checked on the whole catalog's generated code.
    /// </summary>
    public sealed class TapeReadTests
    {
        [Theory]
        [MemberData(nameof(ArrayCaseCatalog.Passing), MemberType = typeof(ArrayCaseCatalog))]
        public void Every_rented_tape_is_read(string name)
        {
            string source = CompiledCase.For(ArrayCaseCatalog.Find(name)).GeneratedSource;
            // The forward sweep's tapes (a callee's partials buffer, dFDX, is written by the callee and may go unread).
            foreach (string tape in Regex.Matches(source, @"(\w+Tape\d*) = global::DiffGen\.Tape\.Rent<").Select(m => m.Groups[1].Value).Distinct())
            {
                // A read: the tape's element on the right of an assignment or inside an expression, not the target of one.
                bool read = Regex.Matches(source, @"\b" + Regex.Escape(tape) + @"\[[^\]]*\](?!\s*=[^=])").Count > 0;
                Assert.True(read, name + ": the tape " + tape + " is rented and written but never read:\n" + source);
            }
        }
    }
}
