using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using DiffGen.Fuzz.Programs;

namespace DiffGen.Fuzz.Generation
{
    public sealed partial class CaseBuilder
    {
        /// <summary>
        /// Methods in every kind of type docs/supported.md lists (static class, class, struct, record,
        /// record struct, ref struct, a class nested in a partial class), static or instance, reading the type's
        /// fields and auto-properties as constants: const, static readonly, static and instance
        /// auto-properties, instance fields, a record's positional properties; double, float or int.
        /// </summary>
        public FuzzCase Members()
        {
            // Now and then a ref struct, the one kind the first six do not cover.
            var container = g.Chance(0.08) ? Container.RefStruct : (Container)g.Random.Next(6);
            bool instance = container != Container.StaticClass && g.Chance(0.7);
            var members = new List<Member>();
            if (container is Container.Record or Container.RecordStruct)
            {
                members.Add(new Member(Fresh("Coef"), MemberKind.Positional, g.Pick("0.5", "1.5", "-0.75", "2")));
            }

            int count = g.Random.Next(1, 4);
            for (int k = 0; k < count; k++)
            {
                MemberKind kind = instance ? (MemberKind)g.Random.Next(5) : (MemberKind)g.Random.Next(3);
                bool isInt = g.Chance(0.2);
                members.Add(new Member(Fresh("Coef"), kind, isInt ? g.Pick("2", "3", "-1") : g.Pick("0.5", "2", "1e-3", "3.25", "-1.5", "0.75"), isInt));
            }

            List<Parameter> parameters = ScalarParameters();
            Scope scope = ScopeOf(parameters);
            scope.Members.AddRange(members.Where(m => instance || m.IsStatic));
            bool branches = g.Chance(0.5);
            scope.AllowConditionals = branches;
            scope.AllowCallsInConditionals = true;
            var methods = new List<Method>();
            if (instance && container is Container.Class or Container.Record && g.Chance(0.15))
            {
                // An instance method of another class, called through a field of this one (this.layer.LayerG(u)): the
                // receiver docs/supported.md lists beside this.
                Scope layerScope = ScopeOf(new[] { Real("u") });
                methods.Add(new Method(ProgramWriter.LayerPrefix + "G", ImmutableArray.Create(Real("u")), ImmutableArray<Stmt>.Empty, ExpressionBody: g.Real(layerScope, 2), Instance: true));
                scope.Callees.AddRange(methods);
            }
            else if (g.Chance(0.3))
            {
                // A callee of the same type, reading the members too (an instance callee called on this).
                bool instanceCallee = instance && g.Chance(0.6);
                Scope calleeScope = ScopeOf(new[] { Real("u") });
                calleeScope.Members.AddRange(scope.Members.Where(m => instanceCallee || m.IsStatic));
                methods.Add(new Method("G1", ImmutableArray.Create(Real("u")), ImmutableArray<Stmt>.Empty, ExpressionBody: g.Real(calleeScope, 2), Instance: instanceCallee));
                scope.Callees.AddRange(methods);
            }

            ImmutableArray<Stmt> body = Statements(scope, g.Random.Next(1, 4), branches);
            if (scope.Members.Count > 0 && body[body.Length - 1] is Return last)
            {
                // At least one member read, so every case tests one.
                body = body.SetItem(body.Length - 1, new Return(Add(last.Value, Mul(g.MemberOf(scope), R("x")))));
            }

            Method entry = Entry(parameters, body, SomeOf(parameters)) with { Instance = instance };
            if (container is Container.Class or Container.Record or Container.NestedClass && g.Chance(0.08))
            {
                // protected, where the type allows it (docs/supported.md: any accessibility; the generated members copy it).
                entry = entry with { Access = "protected", Internal = false };
            }

            methods.Insert(0, entry);
            // Now and then a generic type (docs/supported.md: generic enclosing types are fine): partial class Case3<T>.
            return new FuzzCase("members", isFloat, methods.ToImmutableArray(), Container: container, Members: members.ToImmutableArray(), Generic: g.Chance(0.12));
        }
    }
}
