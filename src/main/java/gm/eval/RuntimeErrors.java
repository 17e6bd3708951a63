package gm.eval;

import gm.data.DataException;
import gm.lang.GmException;
import gm.lang.Span;
import gm.plot.PlotException;
import gm.runtime.GaussianException;

import java.util.function.Supplier;

/** Runs code of the runtime, data and plot layers, reporting their errors as diagnostics at the span that asked. */
final class RuntimeErrors {

    private RuntimeErrors() {
    }

    static <T> T at(Span span, Supplier<T> body) {
        try {
            return body.get();
        } catch (GaussianException e) {
            throw new GmException(span, e.getMessage(), e.hint());
        } catch (DataException e) {
            throw new GmException(span, e.getMessage(), e.hint());
        } catch (PlotException e) {
            throw new GmException(span, e.getMessage(), e.hint());
        }
    }
}
