package gm.eval;

import gm.json.JsonReader;
import gm.lang.Source;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** --format json: every kind of printed value is one line of valid JSON with its type. */
class JsonOutputTest {

    @Test
    void everyValueKindPrintsAsOneJsonObjectPerLine() {
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(output, true, StandardCharsets.UTF_8);
        Interpreter interpreter = new Interpreter(new Session(), out, out, false, Interpreter.OutputFormat.JSON);
        Interpreter.Outcome outcome = interpreter.run(new Source("t.gm", """
                hw = load "examples/data/heightWeightData.txt" columns (gender, height, weight)
                q = classify qda hw[height] by gender
                print 2, true, "s", [1, 2], ["a", "b"], [1, 2] > 1, [[1, 2], [3, 4]], hw.height
                fit gaussian hw[height, weight] by gender
                q
                predict q at [70]
                evaluate q on hw
                boundary q
                uniform(0, 1)
                post = posterior niw hw[height, weight]
                post
                post.prior
                predictive(post)
                credible(post, 0.9)
                posterior normal hw.height known variance 4 prior normal(60, 9)
                online gaussian hw[height, weight]
                """, Path.of("").toAbsolutePath()));
        assertEquals(Interpreter.Outcome.COMPLETED, outcome, output.toString(StandardCharsets.UTF_8));
        List<String> types = new ArrayList<>();
        Map<?, ?> prediction = null;
        for (String line : output.toString(StandardCharsets.UTF_8).lines().toList()) {
            Map<?, ?> object = (Map<?, ?>) JsonReader.parse(line);
            types.add((String) object.get("type"));
            if ("prediction".equals(object.get("type"))) {
                prediction = object;
            }
        }
        assertEquals(List.of("text", "number", "boolean", "string", "vector", "strings", "booleans", "matrix", "column",
                "gaussians", "classifier", "prediction", "evaluation", "boundary", "distribution", "text", "niw_posterior",
                "niw_prior", "student_t", "intervals", "normal_posterior", "online_gaussian"), types);
        List<?> posterior = (List<?>) prediction.get("posterior");
        assertEquals(1.0, (Double) posterior.get(0) + (Double) posterior.get(1), 1e-15);
    }
}
