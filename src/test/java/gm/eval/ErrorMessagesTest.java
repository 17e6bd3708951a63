package gm.eval;

import gm.lang.Source;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The exact text of error messages: location, message, the source line, a caret under the span, and the hint. */
class ErrorMessagesTest {

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("x = [1, 2]\nprint x[0]", """
                        t.gm:2:9: error: element index 0 is out of range: valid indices are 1 to 2
                            print x[0]
                                    ^
                          hint: indexing starts at 1, as in R and the textbook
                        """),
                Arguments.of("print [[1, 2], [3]]", """
                        t.gm:1:16: error: matrix row 2 has 1 element, row 1 has 2
                            print [[1, 2], [3]]
                                           ^^^
                          hint: every row needs the same length
                        """),
                Arguments.of("print sqroot(2)", """
                        t.gm:1:7: error: unknown function 'sqroot'
                            print sqroot(2)
                                  ^^^^^^
                          hint: did you mean 'sqrt'?
                        """),
                Arguments.of("t = table(height = [67, 79], sex = [\"m\", \"f\"])\nprint t[hieght]", """
                        t.gm:2:9: error: unknown column 'hieght'
                            print t[hieght]
                                    ^^^^^^
                          hint: did you mean 'height'?
                        """),
                Arguments.of("t = table(a = [1, 2], s = [\"x\", \"y\"])\ng = fit gaussian t", """
                        t.gm:2:18: error: column 's' is categorical; a Gaussian needs numeric columns
                            g = fit gaussian t
                                             ^
                          hint: select the numeric columns, e.g. ds[a]
                        """),
                Arguments.of("t = table(a = [1, 1, 1], b = [1, 2, 3])\ng = fit gaussian t", """
                        t.gm:2:5: error: covariance of (a, b) is singular: 'a' is constant (variance 0)
                            g = fit gaussian t
                                ^^^^^^^^^^^^^^
                          hint: drop 'a' (a constant column carries no information)
                        """),
                Arguments.of("t = table(a = [1, 2])\nprint t where a == \"x\"", """
                        t.gm:2:15: error: cannot compare a column with a string
                            print t where a == "x"
                                          ^^^^^^^^
                          hint: this column holds numbers: compare with a number, e.g. == 1
                        """),
                Arguments.of("print [[1, 2], [3, 4]] * [1, 2, 3]", """
                        t.gm:1:7: error: cannot multiply a 2×2 matrix by a vector of length 3: the left has 2 columns, the right 3 rows
                            print [[1, 2], [3, 4]] * [1, 2, 3]
                                  ^^^^^^^^^^^^^^^^^^^^^^^^^^^^
                          hint: transpose one side with ' or check the dimensions
                        """),
                Arguments.of("g = fit gaussian table(a = [1, 2, 4]) estimator unbaised", """
                        t.gm:1:49: error: unknown estimator 'unbaised'
                            g = fit gaussian table(a = [1, 2, 4]) estimator unbaised
                                                                            ^^^^^^^^
                          hint: did you mean 'unbiased'?
                        """),
                Arguments.of("x = 1 +\ny = 2\nprint \"abc", """
                        t.gm:1:8: error: unexpected end of line; expected an expression
                            x = 1 +
                                   ^
                        t.gm:3:7: error: unterminated string
                            print "abc
                                  ^^^^
                          hint: close the string with '"'
                        """),
                Arguments.of("A = [[1, 2],\n     [3, 4]\nprint A", """
                        t.gm:1:5: error: '[' is never closed
                            A = [[1, 2],
                                ^
                          hint: add a matching ']'
                        """),
                Arguments.of("set digits 40", """
                        t.gm:1:12: error: digits must be between 1 and 17, not 40
                            set digits 40
                                       ^^
                          hint: 17 significant digits show every double exactly
                        """),
                Arguments.of("t = table(x = [1, 2, 3], c = [\"a\", \"a\", \"b\"])\nq = classify qda t by c", """
                        t.gm:2:5: error: class 'b' has 1 row; a full covariance of (x) needs at least 2
                            q = classify qda t by c
                                ^^^^^^^^^^^^^^^^^^^
                          hint: add rows to class 'b', use covariance diagonal or spherical (2 rows per class), or share one covariance across classes with lda or rda
                        """),
                Arguments.of("t = table(x = [1, 2, 4, 5], c = [1, 1, 2, 2])\nq = classify lda t by c prior [0.5, 0.6]", """
                        t.gm:2:31: error: the prior probabilities [0.5, 0.6] sum to 1.1, not 1
                            q = classify lda t by c prior [0.5, 0.6]
                                                          ^^^^^^^^^^
                          hint: make them sum to 1, e.g. divide each by 1.1
                        """),
                Arguments.of("q = classify rda table(x = [1, 2], c = [1, 2]) by c", """
                        t.gm:1:14: error: rda needs its mixing weight
                            q = classify rda table(x = [1, 2], c = [1, 2]) by c
                                         ^^^
                          hint: add 'alpha 0.5' (1 is qda, 0 is lda)
                        """),
                Arguments.of("q = niw(mean [0, 0], kappa 1, nu 0.5, scale [[1, 0], [0, 1]])", """
                        t.gm:1:34: error: prior degrees of freedom nu0 must exceed d − 1 = 1 for 2 variables, got 0.5
                            q = niw(mean [0, 0], kappa 1, nu 0.5, scale [[1, 0], [0, 1]])
                                                             ^^^
                          hint: use nu0 = d + 2 = 4 for a weak prior whose covariance has a finite mean
                        """),
                Arguments.of("q = niw(mean [0, 0], kappa 0, nu 4, scale [[1, 0], [0, 1]])", """
                        t.gm:1:28: error: prior strength kappa0 must be positive and finite, got 0
                            q = niw(mean [0, 0], kappa 0, nu 4, scale [[1, 0], [0, 1]])
                                                       ^
                          hint: kappa0 counts pseudo-observations of the mean; use a small value such as 0.01 for a weak prior
                        """),
                Arguments.of("q = niw(mean [0, 0], kappa 1, nu 4, scale [[1, 2], [2, 1]])", """
                        t.gm:1:43: error: prior scale S0 of (x1, x2) is not positive definite: the covariances of 'x2' with the earlier variables are impossible (its variance given them would be -3)
                            q = niw(mean [0, 0], kappa 1, nu 4, scale [[1, 2], [2, 1]])
                                                                      ^^^^^^^^^^^^^^^^
                          hint: check the entries: every correlation must lie in [-1, 1] and together they must be consistent (all eigenvalues positive)
                        """),
                Arguments.of("q = niw(mean [0, 0], kapa 1, nu 4, scale [[1, 0], [0, 1]])", """
                        t.gm:1:5: error: niw(...) is missing kappa
                            q = niw(mean [0, 0], kapa 1, nu 4, scale [[1, 0], [0, 1]])
                                ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
                          hint: write niw(mean [0, 0], kappa 0.01, nu 4, scale [[1, 0], [0, 1]])
                        t.gm:1:22: error: unknown niw parameter 'kapa'
                            q = niw(mean [0, 0], kapa 1, nu 4, scale [[1, 0], [0, 1]])
                                                 ^^^^
                          hint: did you mean 'kappa'?
                        """),
                Arguments.of("g = gaussian([0, 0], [[1, 1], [1, 1.00000000001]])", """
                        t.gm:1:5: error: covariance of (x1, x2) is singular (rank 1 of 2): 'x2' is a linear combination of 'x1'
                            g = gaussian([0, 0], [[1, 1], [1, 1.00000000001]])
                                ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
                          hint: give a positive-definite matrix: no zero variances and no variable that is an exact linear combination of the others
                        """),
                Arguments.of("g = gaussian([0, 0], [[1, .5], [.5, 1]], [\"height\", \"weight\"])\nc = condition(g, hieght = 70)", """
                        t.gm:2:18: error: the Gaussian has no variable 'hieght'
                            c = condition(g, hieght = 70)
                                             ^^^^^^
                          hint: did you mean 'height'?
                        """),
                Arguments.of("g = gaussian([0, 0], [[1, .5], [.5, 1]], [\"height\", \"weight\"])\nm = marginal(g, [wieght])", """
                        t.gm:2:18: error: the Gaussian has no variable 'wieght'
                            m = marginal(g, [wieght])
                                             ^^^^^^
                          hint: did you mean 'weight'?
                        """),
                Arguments.of("g = gaussian([0, 0], [[1, .5], [.5, 1]])\nc = condition(g, [3], [1])", """
                        t.gm:2:19: error: variable index 3 is out of range: the Gaussian has 2 variables (x1, x2)
                            c = condition(g, [3], [1])
                                              ^
                          hint: indices start at 1
                        """),
                Arguments.of("w = whiten(table(a = [1, 2, 3], b = [3, 1, 2]), zcs)", """
                        t.gm:1:49: error: unknown whitening method 'zcs'
                            w = whiten(table(a = [1, 2, 3], b = [3, 1, 2]), zcs)
                                                                            ^^^
                          hint: did you mean 'zca'?
                        """),
                Arguments.of("explain gaussian(0, 1)", """
                        t.gm:1:9: error: explain has no derivation to show for this expression
                            explain gaussian(0, 1)
                                    ^^^^^^^^^^^^^^
                          hint: write explain in front of posterior niw, posterior normal, condition(...) or fit gaussian
                        """),
                Arguments.of("x = 3\nupdate x with [1, 2]", """
                        t.gm:2:8: error: update needs an online Gaussian, but 'x' is a number
                            update x with [1, 2]
                                   ^
                          hint: create one with x = online gaussian 2
                        """),
                Arguments.of("s = online gaussian 3\nupdate s with [1, 2, 3]\nprint s.precision", """
                        t.gm:3:9: error: the precision of (x1, x2, x3) needs at least 4 rows (d + 1), got 1: 3 more needed
                            print s.precision
                                    ^^^^^^^^^
                          hint: keep updating; the covariance of d variables is invertible only after more than d rows
                        """),
                Arguments.of("p = posterior normal [1, 2] known variance -1 prior normal(0, 9)", """
                        t.gm:1:44: error: known covariance of (x) is not positive definite: the variance of 'x' is negative (-1.0)
                            p = posterior normal [1, 2] known variance -1 prior normal(0, 9)
                                                                       ^^
                          hint: variances on the diagonal must be positive
                        """),
                Arguments.of("p = posterior normal table(a = [1], b = [2]) known variance 4 prior normal(0, 9)", """
                        t.gm:1:52: error: 'known variance' is for one variable; the data has 2 (a, b)
                            p = posterior normal table(a = [1], b = [2]) known variance 4 prior normal(0, 9)
                                                                               ^^^^^^^^
                          hint: write known covariance [[...], ...]
                        """),
                Arguments.of("print pdf(gaussian([0, 0], [[1, 0], [0, 1]]), [1, 2, 3])", """
                        t.gm:1:47: error: the point has 3 values but the model has 2 variables (x1, x2)
                            print pdf(gaussian([0, 0], [[1, 0], [0, 1]]), [1, 2, 3])
                                                                          ^^^^^^^^^
                          hint: give one value per variable, or a dataset of points
                        """),
                Arguments.of("print corr([1, 1, 1], [1, 2, 3])", """
                        t.gm:1:7: error: 'x' is constant (variance 0): its correlation is undefined
                            print corr([1, 1, 1], [1, 2, 3])
                                  ^^^^^^^^^^^^^^^^^^^^^^^^^^
                        """),
                Arguments.of("print gaussian(0, 1, 2, 3)", """
                        t.gm:1:7: error: gaussian takes 2 or 3 arguments, got 4
                            print gaussian(0, 1, 2, 3)
                                  ^^^^^^^^^^^^^^^^^^^^
                          hint: usage: gaussian(mean, cov) or gaussian(mean, cov, ["a", "b"])
                        """),
                Arguments.of("hw = load \"no-such-file.csv\"", """
                        t.gm:1:11: error: file not found: no-such-file.csv
                            hw = load "no-such-file.csv"
                                      ^^^^^^^^^^^^^^^^^^
                          hint: relative paths start at %s, the script's folder
                        """.formatted(Path.of("").toAbsolutePath())));
    }

    @ParameterizedTest
    @MethodSource("cases")
    void message(String program, String expected) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        new Interpreter(new Session(), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), false)
                .run(new Source("t.gm", program, Path.of("").toAbsolutePath()));
        assertEquals(expected, err.toString(StandardCharsets.UTF_8));
    }
}
