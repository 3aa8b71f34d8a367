package de.willkommensakademie.scenario;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A condition on scenario variables, such as {@code patience >= 2 and not trust < 1}. It is parsed into a small tree
 * and evaluated over the variable values; nothing is ever run as code. Grammar:
 *
 * <pre>
 * or         := and ("or" and)*
 * and        := unary ("and" unary)*
 * unary      := "not" unary | "(" or ")" | comparison
 * comparison := name ("==" | "!=" | "&lt;" | "&lt;=" | "&gt;" | "&gt;=") integer
 * </pre>
 */
public sealed interface Condition {

    /** The longest condition accepted: the parser refuses longer ones and the editor's field stops there. */
    int MAX_LENGTH = 500;

    boolean holds(Map<String, Integer> variables);

    /** The variable names the condition reads. */
    Set<String> variables();

    /** Parses a condition or throws {@link Invalid} naming the position and what was expected. */
    static Condition parse(String text) {
        return new Parser(text).parse();
    }

    record Comparison(String variable, String operator, int value) implements Condition {
        @Override
        public boolean holds(Map<String, Integer> variables) {
            int actual = variables.getOrDefault(variable, 0);
            return switch (operator) {
                case "==" -> actual == value;
                case "!=" -> actual != value;
                case "<" -> actual < value;
                case "<=" -> actual <= value;
                case ">" -> actual > value;
                default -> actual >= value;
            };
        }

        @Override
        public Set<String> variables() {
            return Set.of(variable);
        }
    }

    record Not(Condition inner) implements Condition {
        @Override
        public boolean holds(Map<String, Integer> variables) {
            return !inner.holds(variables);
        }

        @Override
        public Set<String> variables() {
            return inner.variables();
        }
    }

    record All(List<Condition> parts) implements Condition {
        @Override
        public boolean holds(Map<String, Integer> variables) {
            return parts.stream().allMatch(part -> part.holds(variables));
        }

        @Override
        public Set<String> variables() {
            return union(parts);
        }
    }

    record Any(List<Condition> parts) implements Condition {
        @Override
        public boolean holds(Map<String, Integer> variables) {
            return parts.stream().anyMatch(part -> part.holds(variables));
        }

        @Override
        public Set<String> variables() {
            return union(parts);
        }
    }

    private static Set<String> union(List<Condition> parts) {
        Set<String> names = new LinkedHashSet<>();
        parts.forEach(part -> names.addAll(part.variables()));
        return names;
    }

    /**
     * A condition that does not parse: the reason (a word that completes the translation key
     * {@code scenario.problem.condition.<reason>}), the text found there, and where (0-based).
     */
    final class Invalid extends RuntimeException {
        private final String reason;
        private final String found;
        private final int position;

        Invalid(String reason, String found, int position) {
            super(reason + (found == null ? "" : " '" + found + "'") + " at position " + (position + 1));
            this.reason = reason;
            this.found = found;
            this.position = position;
        }

        public String reason() {
            return reason;
        }

        public String found() {
            return found == null ? "" : found;
        }

        public int position() {
            return position;
        }
    }

    /** Recursive descent over a token list; positions are character offsets for error messages. */
    final class Parser {
        private record Token(String text, int position) {
        }

        private final List<Token> tokens = new ArrayList<>();
        private int next;
        private final int end;

        Parser(String text) {
            if (text == null || text.isBlank()) {
                throw new Invalid("empty", null, 0);
            }
            if (text.length() > MAX_LENGTH) {
                throw new Invalid("too-long", String.valueOf(MAX_LENGTH), MAX_LENGTH);
            }
            end = text.length();
            int index = 0;
            while (index < text.length()) {
                char c = text.charAt(index);
                if (Character.isWhitespace(c)) {
                    index++;
                } else if (c == '(' || c == ')') {
                    tokens.add(new Token(String.valueOf(c), index++));
                } else if ("<>=!".indexOf(c) >= 0) {
                    int start = index++;
                    if (index < text.length() && text.charAt(index) == '=') {
                        index++;
                    }
                    tokens.add(new Token(text.substring(start, index), start));
                } else if (Character.isLetterOrDigit(c) || c == '_' || c == '-') {
                    int start = index;
                    index++;
                    while (index < text.length()
                            && (Character.isLetterOrDigit(text.charAt(index)) || text.charAt(index) == '_')) {
                        index++;
                    }
                    tokens.add(new Token(text.substring(start, index), start));
                } else {
                    throw new Invalid("character", String.valueOf(c), index);
                }
            }
        }

        Condition parse() {
            Condition condition = or();
            if (next < tokens.size()) {
                throw new Invalid("unexpected", tokens.get(next).text(), tokens.get(next).position());
            }
            return condition;
        }

        private Condition or() {
            List<Condition> parts = new ArrayList<>(List.of(and()));
            while (accept("or")) {
                parts.add(and());
            }
            return parts.size() == 1 ? parts.getFirst() : new Any(List.copyOf(parts));
        }

        private Condition and() {
            List<Condition> parts = new ArrayList<>(List.of(unary()));
            while (accept("and")) {
                parts.add(unary());
            }
            return parts.size() == 1 ? parts.getFirst() : new All(List.copyOf(parts));
        }

        private Condition unary() {
            if (accept("not")) {
                return new Not(unary());
            }
            if (accept("(")) {
                Condition inner = or();
                expect(")");
                return inner;
            }
            Token name = take("variable");
            if (!name.text().matches("[a-z][a-z0-9_]*") || List.of("and", "or", "not").contains(name.text())) {
                throw new Invalid("variable", name.text(), name.position());
            }
            Token operator = take("comparison");
            if (!List.of("==", "!=", "<", "<=", ">", ">=").contains(operator.text())) {
                throw new Invalid("comparison", operator.text(), operator.position());
            }
            Token number = take("number");
            try {
                return new Comparison(name.text(), operator.text(), Integer.parseInt(number.text()));
            } catch (NumberFormatException notANumber) {
                throw new Invalid("number", number.text(), number.position());
            }
        }

        private boolean accept(String text) {
            if (next < tokens.size() && tokens.get(next).text().equals(text)) {
                next++;
                return true;
            }
            return false;
        }

        private void expect(String text) {
            if (!accept(text)) {
                throw new Invalid("expected", text, next < tokens.size() ? tokens.get(next).position() : end);
            }
        }

        /** The next token; {@code what} names what must come, for the message when the condition ends early. */
        private Token take(String what) {
            if (next >= tokens.size()) {
                throw new Invalid("ended-" + what, null, end);
            }
            return tokens.get(next++);
        }
    }
}
