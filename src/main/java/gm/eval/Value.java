package gm.eval;

import gm.data.Column;
import gm.data.Dataset;
import gm.data.TableFile;
import gm.runtime.Gaussian;
import gm.runtime.MultivariateStudentT;
import gm.runtime.NiwPosterior;
import gm.runtime.NiwPrior;
import gm.runtime.NormalMeanPosterior;
import gm.runtime.OnlineGaussian;

import java.util.List;
import java.util.Optional;

/** A value of the language. Values are immutable; arrays are copied in and never handed out for mutation. */
public sealed interface Value {

    /** What the value is, in the words of messages: "a number", "a dataset". */
    String kind();

    record NumberValue(double value) implements Value {
        public String kind() {
            return "a number";
        }
    }

    record BooleanValue(boolean value) implements Value {
        public String kind() {
            return "a boolean";
        }
    }

    record StringValue(String value) implements Value {
        public String kind() {
            return "a string";
        }
    }

    /** A numeric vector; labels (e.g. the variables of a Gaussian's mean) are shown when it is printed. */
    record VectorValue(double[] values, Optional<List<String>> labels) implements Value {
        public VectorValue {
            values = values.clone();
            labels = labels.map(List::copyOf);
        }

        public VectorValue(double[] values) {
            this(values, Optional.empty());
        }

        public int length() {
            return values.length;
        }

        public double get(int i) {
            return values[i];
        }

        @Override
        public double[] values() {
            return values.clone();
        }

        public String kind() {
            return "a vector";
        }
    }

    record TextVectorValue(List<String> values) implements Value {
        public TextVectorValue {
            values = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(values));
        }

        public String kind() {
            return "a vector of strings";
        }
    }

    record LogicalVectorValue(boolean[] values) implements Value {
        public LogicalVectorValue {
            values = values.clone();
        }

        @Override
        public boolean[] values() {
            return values.clone();
        }

        public String kind() {
            return "a vector of booleans";
        }
    }

    /** A matrix stored by rows; labels name both rows and columns (e.g. a covariance matrix's variables). */
    record MatrixValue(double[][] rows, Optional<List<String>> labels) implements Value {
        public MatrixValue {
            rows = Matrices.copy(rows);
            labels = labels.map(List::copyOf);
        }

        public MatrixValue(double[][] rows) {
            this(rows, Optional.empty());
        }

        @Override
        public double[][] rows() {
            return Matrices.copy(rows);
        }

        public int rowCount() {
            return rows.length;
        }

        public int columnCount() {
            return rows.length == 0 ? 0 : rows[0].length;
        }

        public String kind() {
            return "a matrix";
        }
    }

    /** One column of a dataset, e.g. {@code ds.height}. */
    record ColumnValue(Column column) implements Value {
        public String kind() {
            return "a column";
        }
    }

    /**
     * A dataset. {@code source} is the dataset it was selected from, with the same rows and at least these columns,
     * so {@code fit gaussian hw[height, weight] by gender} can still find the column {@code gender}.
     *
     * <p>A dataset loaded from a file over 1 MiB is the file itself ({@link #file()}, its bytes held in memory up to
     * 16 MiB) and the names of its selected columns: the statements that need only statistics stream the file, and
     * {@link #data()} and {@link #source()} read the columns into memory only for those that need the rows themselves.
     */
    final class DatasetValue implements Value {
        private final Dataset data;
        private final Dataset source;
        private final TableFile file;
        private final List<String> columns;
        private final StreamedStatistics.LoadMoments loadMoments;

        public DatasetValue(Dataset data, Dataset source) {
            this.data = java.util.Objects.requireNonNull(data, "data");
            this.source = java.util.Objects.requireNonNull(source, "source");
            this.file = null;
            this.columns = data.names();
            this.loadMoments = null;
        }

        public DatasetValue(Dataset data) {
            this(data, data);
        }

        private DatasetValue(TableFile file, List<String> columns, StreamedStatistics.LoadMoments loadMoments) {
            this.data = null;
            this.source = null;
            this.file = java.util.Objects.requireNonNull(file, "file");
            this.columns = List.copyOf(columns);
            this.loadMoments = loadMoments;
        }

        /** Columns of a file read as it is needed, with the moments computed while it was loaded. */
        static DatasetValue streamed(TableFile file, List<String> columns, StreamedStatistics.LoadMoments loadMoments) {
            return new DatasetValue(file, columns, loadMoments);
        }

        /** Other columns of the same file. */
        DatasetValue withColumns(List<String> selected) {
            return new DatasetValue(file, selected, loadMoments);
        }

        /** The moments computed while the file was loaded (null for data in memory). */
        StreamedStatistics.LoadMoments loadMoments() {
            return loadMoments;
        }

        /** The file, when the dataset is one that is read as it is needed. */
        public Optional<TableFile> file() {
            return Optional.ofNullable(file);
        }

        /** The names of the columns, without reading a file. */
        public List<String> names() {
            return columns;
        }

        /** The number of rows, without reading a file. */
        public long rowCount() {
            return file == null ? data.rowCount() : file.rowCount();
        }

        /** The rows and columns in memory (reading the selected columns of a file). */
        public Dataset data() {
            return file == null ? data : file.materialize(columns);
        }

        /** The dataset these columns were selected from, in memory (reading every column of a file). */
        public Dataset source() {
            return file == null ? source : file.materialize(file.names());
        }

        public String kind() {
            return "a dataset";
        }
    }

    record GaussianValue(Gaussian gaussian) implements Value {
        public String kind() {
            return "a Gaussian";
        }
    }

    /**
     * A trained or stated classifier. {@code labelColumn} names the column holding the true classes in data to evaluate
     * on; {@code training} says how to refit it (for cross-validation), absent for a classifier given by parameters.
     */
    record ClassifierValue(gm.runtime.classify.Classifier classifier, String method, String labelColumn,
                           Optional<ClassifierTraining> training) implements Value {
        public String kind() {
            return "a classifier";
        }
    }

    record PredictionValue(gm.runtime.classify.Prediction prediction, List<String> classes) implements Value {
        public PredictionValue {
            classes = List.copyOf(classes);
        }

        public String kind() {
            return "a prediction";
        }
    }

    record EvaluationValue(gm.runtime.classify.Evaluation evaluation, String description) implements Value {
        public String kind() {
            return "an evaluation";
        }
    }

    /** The decision regions of a 1-d two-class classifier. */
    record BoundaryValue(gm.runtime.classify.DecisionBoundary1d regions, String feature) implements Value {
        public String kind() {
            return "decision regions";
        }
    }

    /** One Gaussian per group, from {@code fit gaussian ... by column}. */
    record GaussianGroupValue(String groupColumn, List<String> levels, List<Gaussian> gaussians) implements Value {
        public GaussianGroupValue {
            levels = List.copyOf(levels);
            gaussians = List.copyOf(gaussians);
        }

        public String kind() {
            return "a group of Gaussians";
        }
    }

    /** uniform(a, b), bernoulli(p) or rademacher(). */
    record DistributionValue(ScalarDistribution distribution) implements Value {
        public String kind() {
            return "a " + distribution.getClass().getSimpleName().toLowerCase(java.util.Locale.ROOT) + " distribution";
        }
    }

    /** A multivariate Student t, e.g. the posterior predictive of an NIW posterior. */
    record StudentTValue(MultivariateStudentT distribution) implements Value {
        public String kind() {
            return "a Student t distribution";
        }
    }

    record NiwPriorValue(NiwPrior prior) implements Value {
        public String kind() {
            return "an NIW prior";
        }
    }

    /** {@code weakDefault}: the prior was the documented weak default, not one the user gave. */
    record NiwPosteriorValue(NiwPosterior posterior, boolean weakDefault) implements Value {
        public String kind() {
            return "an NIW posterior";
        }
    }

    /** The posterior of a Gaussian's mean given a known covariance, with what it was computed from (for printing). */
    record NormalPosteriorValue(NormalMeanPosterior posterior, Gaussian prior, double[][] knownCov, long n) implements Value {
        public NormalPosteriorValue {
            knownCov = Matrices.copy(knownCov);
        }

        @Override
        public double[][] knownCov() {
            return Matrices.copy(knownCov);
        }

        public String kind() {
            return "a posterior of the mean";
        }
    }

    /**
     * A sequentially updated Gaussian. The state is never mutated once inside a value: {@code update} works on a copy
     * and binds a new value.
     */
    record OnlineGaussianValue(OnlineGaussian state) implements Value {
        public String kind() {
            return "an online Gaussian";
        }
    }

    /** Central credible intervals, one per variable. */
    record IntervalsValue(List<String> names, double level, double[] lower, double[] upper) implements Value {
        public IntervalsValue {
            names = List.copyOf(names);
            lower = lower.clone();
            upper = upper.clone();
        }

        @Override
        public double[] lower() {
            return lower.clone();
        }

        @Override
        public double[] upper() {
            return upper.clone();
        }

        public String kind() {
            return "credible intervals";
        }
    }
}
