using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace DiffGen.Generator.Lowering
{
    /// <summary>Names the statement or expression kinds lowering does not handle, and says what to do instead.</summary>
    internal static class ConstructNames
    {
        public static string Describe(IOperation operation) => operation switch
        {
            IConditionalOperation { IsRef: false } c when c.Type != null => "The conditional expression '?:'",
            IConditionalOperation => "The 'if' statement",
            ILoopOperation => "The loop",
            ISwitchOperation or ISwitchExpressionOperation => "The 'switch'",
            ITryOperation => "The 'try' statement",
            IThrowOperation => "The 'throw'",
            IUsingOperation or IUsingDeclarationOperation => "The 'using' statement",
            ILockOperation => "The 'lock' statement",
            IBranchOperation => "The jump statement '" + operation.Syntax + "'",
            ILocalFunctionOperation => "The local function",
            IAnonymousFunctionOperation or IDelegateCreationOperation => "The lambda",
            IPropertyReferenceOperation p => "The property read '" + p.Syntax + "'",
            IArrayElementReferenceOperation => "The array element access '" + operation.Syntax + "'",
            IObjectCreationOperation or IArrayCreationOperation => "The object creation '" + operation.Syntax + "'",
            IInterpolatedStringOperation => "The string interpolation",
            IDynamicInvocationOperation or IDynamicMemberReferenceOperation => "The dynamic operation",
            _ => "The construct '" + Shorten(operation.Syntax.ToString()) + "'",
        };

        public static string Advice(IOperation operation) => operation switch
        {
            IConditionalOperation or ILoopOperation or ISwitchOperation or ISwitchExpressionOperation =>
                "branches and loops are not supported yet; write the function as straight-line code",
            IArrayElementReferenceOperation => "arrays are not supported yet; pass the values as double or float parameters",
            IPropertyReferenceOperation => "a property with a body may run code DiffGen cannot see; pass the value as a parameter, or use a field, an auto-property or a constant",
            IReturnOperation => "a differentiable method returns a value",
            _ => "DiffGen handles locals, assignments, arithmetic (+ - * /) and the math functions in docs/supported.md",
        };

        private static string Shorten(string text)
        {
            string single = text.Replace("\r", " ").Replace("\n", " ");
            return single.Length <= 60 ? single : single.Substring(0, 57) + "...";
        }
    }
}
