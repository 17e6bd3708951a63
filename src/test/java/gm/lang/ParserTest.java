package gm.lang;

import gm.lang.ast.Expression;
import gm.lang.ast.Expression.Binary;
import gm.lang.ast.Expression.BinaryOperator;
import gm.lang.ast.Statement;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** AST shapes and source spans produced by the parser. */
class ParserTest {

    private static List<Statement> parse(String text) {
        GmParsing.Result result = GmParsing.parse(new Source("t.gm", text, Path.of(".")));
        assertTrue(result.ok(), () -> "unexpected errors: " + result.errors());
        return result.program().statements();
    }

    private static Expression expression(String text) {
        return ((Statement.ExpressionStatement) parse(text).get(0)).expression();
    }

    @Test
    void statementsAreSeparatedByNewlinesAndSemicolons() {
        List<Statement> statements = parse("# a comment\nx = 1; y = 2\n\nprint x, y # trailing\n");
        assertEquals(3, statements.size());
        assertInstanceOf(Statement.Assignment.class, statements.get(0));
        Statement.Print print = assertInstanceOf(Statement.Print.class, statements.get(2));
        assertEquals(2, print.values().size());
    }

    @Test
    void newlinesInsideBracketsContinueTheStatement() {
        List<Statement> statements = parse("A = [[2, 0.5],\n     [0.5, 1]]\nprint A");
        assertEquals(2, statements.size());
        Statement.Assignment a = (Statement.Assignment) statements.get(0);
        Expression.VectorLiteral rows = assertInstanceOf(Expression.VectorLiteral.class, a.value());
        assertEquals(2, rows.elements().size());
    }

    @Test
    void precedenceFollowsMathematics() {
        // 1 + 2 * 3 ^ 2  =  1 + (2 * (3 ^ 2))
        Binary sum = assertInstanceOf(Binary.class, expression("1 + 2 * 3 ^ 2"));
        assertEquals(BinaryOperator.ADD, sum.operator());
        Binary product = assertInstanceOf(Binary.class, sum.right());
        assertEquals(BinaryOperator.MULTIPLY, product.operator());
        assertEquals(BinaryOperator.POWER, ((Binary) product.right()).operator());
        // -x ^ 2 = -(x ^ 2), as in R and mathematics
        Expression.Negate negate = assertInstanceOf(Expression.Negate.class, expression("-x ^ 2"));
        assertInstanceOf(Binary.class, negate.operand());
        // x' * x: transpose binds tighter than the product
        Binary inner = assertInstanceOf(Binary.class, expression("x' * x"));
        assertInstanceOf(Expression.Transpose.class, inner.left());
    }

    @Test
    void whereTakesAFullCondition() {
        Expression.Where where = assertInstanceOf(Expression.Where.class,
                expression("hw where gender == 1 and not height < 60 or weight > 200"));
        Binary or = assertInstanceOf(Binary.class, where.condition());
        assertEquals(BinaryOperator.OR, or.operator());
        assertEquals(BinaryOperator.AND, ((Binary) or.left()).operator());
    }

    @Test
    void loadWithEveryOption() {
        Expression.Load load = assertInstanceOf(Expression.Load.class,
                expression("load \"data/x.txt\" delimiter tab missing \"*\" missing \"-\" skip 60 header false columns (a, b)"));
        assertEquals("data/x.txt", load.path());
        assertEquals("tab", load.options().delimiter().orElseThrow().text());
        assertEquals(List.of("*", "-"), load.options().missingMarkers());
        assertEquals(60, load.options().skip());
        assertEquals(false, load.options().header().orElseThrow());
        assertEquals(List.of("a", "b"), load.options().columns().orElseThrow().stream().map(w -> w.text()).toList());
    }

    @Test
    void fitGaussianOptions() {
        Expression.FitGaussian fit = assertInstanceOf(Expression.FitGaussian.class,
                expression("fit gaussian hw[height, weight] estimator unbiased covariance diagonal by gender"));
        assertInstanceOf(Expression.Index.class, fit.data());
        assertEquals("unbiased", fit.estimator().orElseThrow().text());
        assertEquals("diagonal", fit.covariance().orElseThrow().text());
        assertEquals("gender", fit.by().orElseThrow().text());
    }

    @Test
    void softKeywordsAreUsableAsNames() {
        List<Statement> statements = parse("missing = 3\nprint missing + 1\nds = table(load = [1], by = [2])\nprint ds.load, ds[by]");
        assertEquals("missing", ((Statement.Assignment) statements.get(0)).target().text());
        Expression.Call table = (Expression.Call) ((Statement.Assignment) statements.get(2)).value();
        assertEquals("load", table.arguments().get(0).name().orElseThrow().text());
    }

    @Test
    void spansGiveLineColumnAndExtent() {
        List<Statement> statements = parse("x = 1\n  print hw[height, weight]");
        Statement.Print print = (Statement.Print) statements.get(1);
        assertEquals(new Span("t.gm", 2, 3, 8, 32), print.span());
        Expression.Index index = (Expression.Index) print.values().get(0);
        assertEquals(new Span("t.gm", 2, 9, 14, 32), index.span());
        Expression.Name weight = (Expression.Name) index.indices().get(1);
        assertEquals(new Span("t.gm", 2, 20, 25, 31), weight.span());
    }

    @Test
    void incompleteInputIsRecognisedForTheRepl() {
        assertTrue(GmParsing.isIncomplete("A = [[1, 2],"));
        assertTrue(GmParsing.isIncomplete("print \"abc"));
        assertTrue(GmParsing.isIncomplete("t = table(x = [1,"));
        assertFalse(GmParsing.isIncomplete("x = [1, 2]"));
        assertFalse(GmParsing.isIncomplete("x = ]"));
    }

    @Test
    void everySyntaxErrorIsReported() {
        GmParsing.Result result = GmParsing.parse(new Source("t.gm", "x = 1 +\ny = 2\nz = * 3\nfit gaussian y estimator exact", Path.of(".")));
        assertEquals(List.of(1, 3, 4), result.errors().stream().map(d -> d.span().line()).toList());
        assertTrue(result.program().statements().isEmpty());
    }
}
