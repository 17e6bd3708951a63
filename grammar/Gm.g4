grammar Gm;

// Newlines end statements, except inside brackets and parentheses, where a statement may continue.
@lexer::members {
  private int nesting = 0;

  private void open() { nesting++; }

  private void close() { if (nesting > 0) nesting--; }
}

program
  : separator* (statement (separator+ statement)*)? separator* EOF
  ;

separator
  : NEWLINE
  | SEMICOLON
  ;

statement
  : identifier ASSIGN expression                   # assignment
  | PRINT expression (COMMA expression)*           # printStatement
  | DESCRIBE expression                            # describeStatement
  | SET identifier expression                      # setStatement
  | (HELP | QUESTION) (identifier | WHERE)*         # helpStatement
  | SEED expression                                # seedStatement
  | UPDATE identifier WITH expression              # updateStatement
  | COMPARE COVARIANCE expression                  # compareCovarianceStatement
  | (EXIT | QUIT)                                  # exitStatement
  | EXPECT ERROR statement                         # expectErrorStatement
  | EXPECT expression APPROX expression (TOL expression)?  # expectCloseStatement
  | EXPECT expression                              # expectStatement
  | SAVE expression TO STRING                      # saveStatement
  | RUN STRING                                     # runStatement
  | LS                                             # listStatement
  | PLOT identifier expression (COMMA expression)* (ON expression)? plotOption*  # plotStatement
  | NORMALITY expression                           # normalityStatement
  | expression                                     # expressionStatement
  ;

expression
  : primary                                                      # primaryExpression
  | expression DOT identifier                                    # memberExpression
  | expression LBRACKET expression (COMMA expression)* RBRACKET  # indexExpression
  | expression TRANSPOSE                                         # transposeExpression
  | <assoc = right> expression CARET expression                  # powerExpression
  | MINUS expression                                             # negateExpression
  | expression operator = (STAR | SLASH) expression              # multiplicativeExpression
  | expression operator = (PLUS | MINUS) expression              # additiveExpression
  | expression operator = (EQ | NE | LT | LE | GT | GE) expression  # comparisonExpression
  | NOT expression                                               # notExpression
  | expression AND expression                                    # andExpression
  | expression OR expression                                     # orExpression
  | expression WHERE expression                                  # whereExpression
  ;

primary
  : LOAD STRING loadOption*                                      # loadExpression
  | LOAD MODEL STRING                                            # loadModelExpression
  | FIT GAUSSIAN expression fitOption*                           # fitGaussianExpression
  | CLASSIFY identifier expression classifyOption*               # classifyExpression
  | QDA CLASSES classList gaussianClassifierParameter*           # qdaParameters
  | NAIVE BAYES CLASSES classList naiveBayesParameter*           # naiveBayesParameters
  | PREDICT expression AT LPAREN argument (COMMA argument)* RPAREN  # predictAtNamed
  | PREDICT expression AT expression                             # predictAt
  | PREDICT expression ON expression                             # predictOn
  | EVALUATE expression ON expression (CV (NUMBER | identifier))?  # evaluateExpression
  | BOUNDARY expression                                          # boundaryExpression
  | POSTERIOR NIW expression (PRIOR expression)?                 # posteriorNiwExpression
  | POSTERIOR NORMAL expression KNOWN knownWord = (VARIANCE | COVARIANCE) expression PRIOR expression  # posteriorNormalExpression
  | NIW LPAREN niwParameter (COMMA niwParameter)* RPAREN         # niwPriorExpression
  | ONLINE GAUSSIAN expression                                   # onlineGaussianExpression
  | EXPLAIN expression                                           # explainExpression
  | identifier LPAREN (argument (COMMA argument)*)? RPAREN       # callExpression
  | NUMBER                                                       # numberLiteral
  | STRING                                                       # stringLiteral
  | (TRUE | FALSE)                                               # booleanLiteral
  | LBRACKET (expression (COMMA expression)*)? RBRACKET          # vectorLiteral
  | LPAREN expression RPAREN                                     # parenthesized
  | identifier                                                   # name
  ;

argument
  : (identifier ASSIGN)? expression
  ;

loadOption
  : COLUMNS LPAREN identifier (COMMA identifier)* RPAREN         # columnsOption
  | DELIMITER (identifier | STRING)                              # delimiterOption
  | MISSING STRING                                               # missingOption
  | SKIP_LINES NUMBER                                            # skipOption
  | HEADER (TRUE | FALSE)                                        # headerOption
  ;

// niw(mean [0, 0], kappa 0.01, nu 4, scale [[1, 0], [0, 1]]); an '=' after the name is also accepted.
niwParameter
  : identifier ASSIGN? expression
  ;

fitOption
  : ESTIMATOR identifier                                         # estimatorOption
  | COVARIANCE identifier                                        # covarianceOption
  | BY identifier                                                # byOption
  ;

classList
  : LPAREN classLabel (COMMA classLabel)* RPAREN
  ;

classLabel
  : identifier
  | NUMBER
  | STRING
  ;

classifyOption
  : BY identifier                                                # classifyByOption
  | COVARIANCE identifier                                        # classifyCovarianceOption
  | ESTIMATOR identifier                                         # classifyEstimatorOption
  | PRIOR expression                                             # classifyPriorOption
  | (ALPHA | SHRINKAGE) expression                               # classifyAlphaOption
  | FEATURE identifier identifier                                # classifyFeatureOption
  ;

gaussianClassifierParameter
  : MEANS expression                                             # meansParameter
  | COVS expression                                              # covsParameter
  | PRIOR expression                                             # gaussianPriorParameter
  ;

naiveBayesParameter
  : PRIOR expression                                             # naiveBayesPriorParameter
  | FEATURE identifier BERNOULLI expression                      # bernoulliFeature
  | FEATURE identifier GAUSSIAN MEANS expression VARIANCES expression  # gaussianFeature
  ;

plotOption
  : BINS expression                                              # binsOption
  | BY identifier                                                # plotByOption
  | WITH expression                                              # withOption
  | TO STRING                                                    # toOption
  | LEVEL expression                                             # levelOption
  | SIGMA expression                                             # sigmaOption
  | SIZE expression                                              # sizeOption
  | TITLE STRING                                                 # titleOption
  | XLIM expression                                              # xlimOption
  | YLIM expression                                              # ylimOption
  ;

// Soft keywords: words that start a statement or an option are still usable as names (a column may be called 'missing').
identifier
  : IDENTIFIER
  | LOAD | FIT | GAUSSIAN | PRINT | DESCRIBE | SET | HELP | EXIT | QUIT
  | COLUMNS | DELIMITER | MISSING | SKIP_LINES | HEADER | ESTIMATOR | COVARIANCE | BY
  | CLASSIFY | QDA | NAIVE | BAYES | CLASSES | PREDICT | AT | ON | EVALUATE | CV | BOUNDARY
  | PRIOR | ALPHA | SHRINKAGE | FEATURE | MEANS | COVS | VARIANCES | BERNOULLI
  | PLOT | NORMALITY | BINS | TO | LEVEL | SIGMA | SIZE | TITLE | XLIM | YLIM
  | SEED | UPDATE | WITH | COMPARE | POSTERIOR | NIW | NORMAL | KNOWN | VARIANCE | ONLINE | EXPLAIN
  | EXPECT | ERROR | TOL | SAVE | MODEL | RUN | LS
  ;

LOAD       : 'load';
FIT        : 'fit';
GAUSSIAN   : 'gaussian';
PRINT      : 'print';
DESCRIBE   : 'describe';
SET        : 'set';
HELP       : 'help';
EXIT       : 'exit';
QUIT       : 'quit';
COLUMNS    : 'columns';
DELIMITER  : 'delimiter';
MISSING    : 'missing';
SKIP_LINES : 'skip';
HEADER     : 'header';
ESTIMATOR  : 'estimator';
COVARIANCE : 'covariance';
BY         : 'by';
CLASSIFY   : 'classify';
QDA        : 'qda';
NAIVE      : 'naive';
BAYES      : 'bayes';
CLASSES    : 'classes';
PREDICT    : 'predict';
AT         : 'at';
ON         : 'on';
EVALUATE   : 'evaluate';
CV         : 'cv';
BOUNDARY   : 'boundary';
PRIOR      : 'prior';
ALPHA      : 'alpha';
SHRINKAGE  : 'shrinkage';
FEATURE    : 'feature';
MEANS      : 'means';
COVS       : 'covs';
VARIANCES  : 'variances';
BERNOULLI  : 'bernoulli';
PLOT       : 'plot';
NORMALITY  : 'normality';
BINS       : 'bins';
TO         : 'to';
LEVEL      : 'level';
SIGMA      : 'sigma';
SIZE       : 'size';
TITLE      : 'title';
XLIM       : 'xlim';
YLIM       : 'ylim';
SEED       : 'seed';
UPDATE     : 'update';
WITH       : 'with';
COMPARE    : 'compare';
POSTERIOR  : 'posterior';
NIW        : 'niw';
NORMAL     : 'normal';
KNOWN      : 'known';
VARIANCE   : 'variance';
ONLINE     : 'online';
EXPLAIN    : 'explain';
EXPECT     : 'expect';
ERROR      : 'error';
TOL        : 'tol';
SAVE       : 'save';
MODEL      : 'model';
RUN        : 'run';
LS         : 'ls';

WHERE : 'where';
AND   : 'and';
OR    : 'or';
NOT   : 'not';
TRUE  : 'true';
FALSE : 'false';

ASSIGN    : '=';
EQ        : '==';
NE        : '!=';
LE        : '<=';
GE        : '>=';
LT        : '<';
GT        : '>';
PLUS      : '+';
MINUS     : '-';
STAR      : '*';
SLASH     : '/';
CARET     : '^';
TRANSPOSE : '\'';
DOT       : '.';
COMMA     : ',';
SEMICOLON : ';';
APPROX    : '\u2248' | '~=';
QUESTION  : '?';
LPAREN    : '(' { open(); };
RPAREN    : ')' { close(); };
LBRACKET  : '[' { open(); };
RBRACKET  : ']' { close(); };

NUMBER
  : DIGIT+ ('.' DIGIT*)? EXPONENT?
  | '.' DIGIT+ EXPONENT?
  ;

IDENTIFIER : [a-zA-Z_] [a-zA-Z_0-9]*;

// Strings may span lines, so the REPL continues an unclosed string on the next line.
STRING : '"' (~["\\] | '\\' .)* '"';

UNTERMINATED_STRING : '"' (~["\\] | '\\' .)*;

COMMENT : '#' ~[\r\n]* -> skip;

NEWLINE : '\r'? '\n' { if (nesting > 0) skip(); };

WHITESPACE : [ \t\f]+ -> skip;

UNEXPECTED_CHARACTER : .;

fragment DIGIT    : [0-9];
fragment EXPONENT : [eE] [+-]? DIGIT+;
