package gm.lang;

import gm.lang.ast.Expression;
import gm.lang.ast.Statement;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** AST shapes of the statements and expressions of the Gaussian runtime: posteriors, priors, online updates, explain. */
class GaussianSyntaxTest {

    private static List<Statement> parse(String text) {
        GmParsing.Result result = GmParsing.parse(new Source("t.gm", text, Path.of(".")));
        assertTrue(result.ok(), () -> "unexpected errors: " + result.errors());
        return result.program().statements();
    }

    private static Expression assigned(String text) {
        return ((Statement.Assignment) parse(text).get(0)).value();
    }

    @Test
    void niwPriorParametersAreWordsFollowedByValues() {
        Expression.NiwPrior prior = assertInstanceOf(Expression.NiwPrior.class,
                assigned("p = niw(scale [[1, 0], [0, 1]], nu 4, mean [0, 0], kappa = 0.01)"));
        // 'mean [0, 0]' is the parameter mean with the value [0, 0], not an index into a variable called mean
        assertInstanceOf(Expression.VectorLiteral.class, prior.mean());
        assertEquals("0.01", ((Expression.NumberLiteral) prior.kappa()).text());
        assertEquals("4", ((Expression.NumberLiteral) prior.nu()).text());
        assertInstanceOf(Expression.VectorLiteral.class, prior.scale());
    }

    @Test
    void posteriors() {
        Expression.PosteriorNiw weak = assertInstanceOf(Expression.PosteriorNiw.class, assigned("p = posterior niw hw[a, b]"));
        assertTrue(weak.prior().isEmpty());
        assertInstanceOf(Expression.Index.class, weak.data());
        Expression.PosteriorNiw given = assertInstanceOf(Expression.PosteriorNiw.class,
                assigned("p = posterior niw hw prior niw(mean 0, kappa 1, nu 2, scale 1)"));
        assertInstanceOf(Expression.NiwPrior.class, given.prior().orElseThrow());
        Expression.PosteriorNormal normal = assertInstanceOf(Expression.PosteriorNormal.class,
                assigned("p = posterior normal x known variance 4 prior normal(0, 9)"));
        assertEquals("variance", normal.knownWord().text());
        assertInstanceOf(Expression.Call.class, normal.prior());
        assertEquals("covariance", ((Expression.PosteriorNormal) assigned(
                "p = posterior normal x known covariance S prior g")).knownWord().text());
    }

    @Test
    void statementsOfTheSession() {
        List<Statement> statements = parse("seed -1\ns = online gaussian 3\nupdate s with [1, 2, 3]\ncompare covariance hw");
        Statement.Seed seed = assertInstanceOf(Statement.Seed.class, statements.get(0));
        assertInstanceOf(Expression.Negate.class, seed.value());
        assertInstanceOf(Expression.OnlineGaussian.class, ((Statement.Assignment) statements.get(1)).value());
        Statement.Update update = assertInstanceOf(Statement.Update.class, statements.get(2));
        assertEquals("s", update.target().text());
        assertInstanceOf(Statement.CompareCovariance.class, statements.get(3));
    }

    @Test
    void explainWrapsTheExpressionItExplains() {
        Expression.Explain explain = assertInstanceOf(Expression.Explain.class, assigned("c = explain condition(g, a = 1)"));
        Expression.Call call = assertInstanceOf(Expression.Call.class, explain.subject());
        assertEquals("a", call.arguments().get(1).name().orElseThrow().text());
        assertInstanceOf(Expression.FitGaussian.class,
                ((Expression.Explain) assigned("f = explain fit gaussian hw covariance diagonal")).subject());
    }
}
