package de.willkommensakademie.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The code that Twine's story formats put into passage text: Harlowe macros ({@code (set: $x to 3)},
 * {@code (if: $x > 2)[…](else:)[…]}), SugarCube macros ({@code <<set $x to 3>>}, {@code <<if>>…<</if>>}) and Chapbook's
 * vars section, modifiers ({@code [if x > 2]}) and inserts ({@code {reveal link: …}}). A passage is read into
 * {@link Part}s: plain words, links, assignments of whole numbers or true/false, conditionals whose conditions could
 * be written in the scenario's condition language, and everything else as {@link Untranslated} – which the importer
 * removes from what players see and lists. {@link #find} spots such code left in any text, for the publishing check.
 */
final class TwineMacros {

    sealed interface Part {
    }

    record Words(String text) implements Part {
    }

    /** A link; {@code setter} is SugarCube's {@code [[text|target][$x to 1]]} part, if any. */
    record Link(String text, String target, Assign setter, String setterRaw) implements Part {
    }

    /** {@code variable} set to {@code value}, or changed by it when {@code relative}; booleans as 1 and 0. */
    record Assign(String variable, boolean relative, int value, boolean bool, String raw) implements Part {
    }

    /** Branches in order; each condition is already in the scenario's condition language, else branches included. */
    record Conditional(List<Branch> branches, String raw) implements Part {
    }

    record Branch(String condition, List<Part> body) {
    }

    record Untranslated(String raw) implements Part {
    }

    /** Harlowe macro names are written in lower case; "(Hinweis: …)" in German prose is not one. */
    private static final Pattern HARLOWE_MACRO = Pattern.compile("\\(([a-z][a-z0-9-]*|[A-Za-z][\\w-]*(?=:\\s*\\$)):");
    private static final Pattern NAMED_HOOK = Pattern.compile("\\|[A-Za-z_][\\w-]*>\\[");
    private static final Pattern VARIABLE_PRINT = Pattern.compile("\\$[A-Za-z_][\\w]*");
    private static final Pattern HTML_TAG = Pattern.compile("</?[A-Za-z][^<>]*>");
    private static final Pattern BREAK = Pattern.compile("<br\\s*/?>", Pattern.CASE_INSENSITIVE);
    private static final Pattern CHAPBOOK_VAR = Pattern.compile(
            "^\\s*([A-Za-z_$][\\w.$]*)\\s*(\\([^)]*\\))?\\s*:\\s*(.+?)\\s*$");
    private static final Pattern CHAPBOOK_MODIFIER = Pattern.compile("^\\s*\\[([A-Za-z][^\\[\\]]*)\\]\\s*$");
    private static final Set<String> CHAPBOOK_MODIFIERS = Set.of("if", "unless", "else", "continued", "cont'd",
            "cont", "after", "align", "note", "n.b.", "fork", "append", "transition", "t8n");
    private static final Pattern NUMBER = Pattern.compile("-?\\d{1,6}");
    private static final Pattern TOKEN = Pattern.compile(
            "\\s*(===|!==|==|!=|>=|<=|>|<|&&|\\|\\||!|\\(|\\)|\\$?[A-Za-z_][\\w.]*|-?\\d+|\"[^\"]*\"|'[^']*'|\\S)");

    /**
     * What the publishing check calls story-format code in a text: common Harlowe macros, any SugarCube macro, a
     * printed {@code $variable}, a Chapbook insert or modifier line, a Harlowe named hook. Ordinary prose, also with
     * brackets and colons such as "(Hinweis: …)", does not match.
     */
    private static final Pattern LEFTOVER = Pattern.compile(
            "\\((?i:set|put|move|if|unless|else-if|elseif|else|print|display|link|link-goto|link-reveal|link-repeat"
                    + "|link-replace|link-reveal-goto|click|replace|append|prepend|goto|go-to|either|random|a|array|dm"
                    + "|datamap|ds|dataset|for|loop|live|stop|text|str|num|number|history|visited|show|hide|cycling-link"
                    + "|dropdown|input|textarea|align|color|colour|text-colour|text-color|font|css|transition|t8n"
                    + "|enchant|undo|back|restart|alert|prompt|confirm|save-game|load-game|click-goto|mouseover|after"
                    + "|event|meter|icon-undo|nth|cond|range|count|cycling|seq-link|hook|transition-time)\\s*:"
                    + "|<<[^<>]*>>|\\$[A-Za-z_][\\w]*|\\{[A-Za-z_$][^{}\\n]*\\}|\\|[A-Za-z_][\\w-]*>\\["
                    + "|(?m)^\\s*\\[(?:if|unless|else|continued|cont'd|cont|after|align|note|fork|append)\\b[^\\[\\]]*\\]"
                    + "\\s*$");

    private TwineMacros() {
    }

    /** The first story-format code in the text, shortened for a message. */
    static Optional<String> find(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher matcher = LEFTOVER.matcher(text);
        return matcher.find() ? Optional.of(shorten(matcher.group().strip())) : Optional.empty();
    }

    static String shorten(String raw) {
        String flat = raw.replaceAll("\\s+", " ").strip();
        return flat.length() <= 80 ? flat : flat.substring(0, 79) + "…";
    }

    /** A Twine variable name ({@code $numberOfJumps}, Chapbook's {@code hour}) as a scenario variable name. */
    static String variableName(String twine) {
        String name = twine.replace("$", "").replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9_]", "_");
        return name.isEmpty() || !Character.isLetter(name.charAt(0)) ? "v_" + name : name;
    }

    /** A passage body: Chapbook's vars section and modifiers first, then the inline code of every format. */
    static List<Part> passage(String body) {
        List<Part> parts = new ArrayList<>();
        String rest = body.replace("\r\n", "\n");
        String[] lines = rest.split("\n", -1);
        int separator = -1;
        for (int index = 0; index < lines.length; index++) {
            if (lines[index].strip().equals("--")) {
                separator = index;
                break;
            }
            if (!lines[index].isBlank() && !CHAPBOOK_VAR.matcher(lines[index]).matches()) {
                break;
            }
        }
        int first = 0;
        if (separator > 0) {
            for (int index = 0; index < separator; index++) {
                if (!lines[index].isBlank()) {
                    Matcher line = CHAPBOOK_VAR.matcher(lines[index]);
                    line.matches();
                    Assign assign = line.group(2) == null ? assign(line.group(1), "to", line.group(3), lines[index])
                            : null;
                    parts.add(assign == null ? new Untranslated(lines[index].strip()) : assign);
                }
            }
            first = separator + 1;
        }
        chapbookSections(lines, first, parts);
        return parts;
    }

    /** Splits at Chapbook modifier lines; {@code [if]}/{@code [unless]}/{@code [else]} become conditionals. */
    private static void chapbookSections(String[] lines, int first, List<Part> parts) {
        StringBuilder section = new StringBuilder();
        String modifier = null;
        List<Branch> branches = null;
        StringBuilder raw = null;
        for (int index = first; index <= lines.length; index++) {
            String line = index < lines.length ? lines[index] : null;
            Matcher matcher = line == null ? null : CHAPBOOK_MODIFIER.matcher(line);
            String word = matcher != null && matcher.matches()
                    ? matcher.group(1).strip().split("\\s+")[0].toLowerCase(Locale.ROOT) : null;
            if (line != null && (word == null || !CHAPBOOK_MODIFIERS.contains(word))) {
                section.append(line).append('\n');
                if (raw != null) {
                    raw.append(' ').append(line.strip());
                }
                continue;
            }
            // The section collected so far ends here.
            List<Part> content = inline(section.toString());
            section.setLength(0);
            if (branches != null) {
                branches.getLast().body().addAll(content);
            } else if (modifier == null || !(modifier.startsWith("note") || modifier.startsWith("n.b."))) {
                parts.addAll(content);
            }
            if (line == null) {
                break;
            }
            String argument = matcher.group(1).strip().substring(word.length()).strip();
            if (word.equals("else") && branches != null) {
                branches.add(new Branch(negationOf(branches), new ArrayList<>()));
                raw.append(' ').append(line.strip());
                continue;
            }
            if (branches != null) {
                parts.add(conditional(branches, raw.toString()));
                branches = null;
                raw = null;
            }
            modifier = word;
            if (word.equals("if") || word.equals("unless")) {
                String condition = condition(argument, true);
                branches = new ArrayList<>();
                branches.add(new Branch(condition == null ? null
                        : word.equals("unless") ? "not (" + condition + ")" : condition, new ArrayList<>()));
                raw = new StringBuilder(line.strip());
            } else if (!word.equals("continued") && !word.equals("cont'd") && !word.equals("cont")
                    && !word.equals("note") && !word.equals("n.b.")) {
                parts.add(new Untranslated(line.strip()));
            }
        }
        if (branches != null) {
            parts.add(conditional(branches, raw.toString()));
        }
    }

    /** A conditional whose every condition was translated, else the whole of it as untranslated. */
    private static Part conditional(List<Branch> branches, String raw) {
        boolean translated = branches.stream().allMatch(branch -> branch.condition() != null);
        return translated ? new Conditional(List.copyOf(branches), shorten(raw)) : new Untranslated(raw);
    }

    private static String negationOf(List<Branch> earlier) {
        if (earlier.stream().anyMatch(branch -> branch.condition() == null)) {
            return null;
        }
        return "not (" + String.join(" or ", earlier.stream().map(branch -> "(" + branch.condition() + ")")
                .toList()) + ")";
    }

    /** Harlowe and SugarCube code, links, comments and HTML within a stretch of text. */
    static List<Part> inline(String text) {
        List<Part> parts = new ArrayList<>();
        StringBuilder words = new StringBuilder();
        List<Branch> open = null;
        StringBuilder openRaw = null;
        int at = 0;
        int length = text.length();
        while (at < length) {
            char c = text.charAt(at);
            if (text.startsWith("<!--", at)) {
                at = skipTo(text, at + 4, "-->");
            } else if (text.startsWith("/%", at)) {
                at = skipTo(text, at + 2, "%/");
            } else if (text.startsWith("/*", at)) {
                at = skipTo(text, at + 2, "*/");
            } else if (text.startsWith("[[", at)) {
                int end = text.indexOf("]]", at + 2);
                if (end < 0) {
                    words.append(c);
                    at++;
                    continue;
                }
                open = flush(words, parts, open, openRaw);
                parts.add(link(text.substring(at + 2, end)));
                at = end + 2;
            } else if (text.startsWith("<<", at)) {
                int end = closing(text, at + 2, ">>");
                if (end < 0) {
                    int lineEnd = text.indexOf('\n', at);
                    lineEnd = lineEnd < 0 ? length : lineEnd;
                    open = flush(words, parts, open, openRaw);
                    parts.add(new Untranslated(text.substring(at, lineEnd)));
                    at = lineEnd;
                    continue;
                }
                open = flush(words, parts, open, openRaw);
                at = sugarCube(text, at, end, parts);
            } else if (c == '(' && HARLOWE_MACRO.matcher(text).region(at, length).lookingAt()) {
                Matcher name = HARLOWE_MACRO.matcher(text).region(at, length);
                name.lookingAt();
                String macro = name.group(1).toLowerCase(Locale.ROOT);
                int end = closing(text, at + 1, ")");
                if (end < 0) {
                    words.append(c);
                    at++;
                    continue;
                }
                String arguments = text.substring(name.end(), end).strip();
                int hookStart = end + 1;
                while (hookStart < length && (text.charAt(hookStart) == ' ' || text.charAt(hookStart) == '\t')) {
                    hookStart++;
                }
                int hookEnd = hookStart < length && text.charAt(hookStart) == '[' ? bracket(text, hookStart) : -1;
                String raw = text.substring(at, hookEnd < 0 ? end + 1 : hookEnd + 1);
                boolean elseLike = macro.equals("else") || macro.equals("else-if") || macro.equals("elseif");
                if (elseLike && open != null && words.toString().isBlank() && hookEnd >= 0) {
                    words.setLength(0);
                    String condition = macro.equals("else") ? negationOf(open)
                            : and(negationOf(open), condition(arguments, false));
                    open.add(new Branch(condition, new ArrayList<>(inline(text.substring(hookStart + 1, hookEnd)))));
                    openRaw.append(raw);
                    at = hookEnd + 1;
                    continue;
                }
                open = flush(words, parts, open, openRaw);
                if ((macro.equals("if") || macro.equals("unless")) && hookEnd >= 0) {
                    String condition = condition(arguments, false);
                    open = new ArrayList<>();
                    open.add(new Branch(condition == null ? null
                            : macro.equals("unless") ? "not (" + condition + ")" : condition,
                            new ArrayList<>(inline(text.substring(hookStart + 1, hookEnd)))));
                    openRaw = new StringBuilder(raw);
                    at = hookEnd + 1;
                    continue;
                }
                Assign assign = null;
                if (hookEnd < 0 && macro.equals("set")) {
                    int to = arguments.indexOf(" to ");
                    assign = to < 0 ? null : assign(arguments.substring(0, to), "to", arguments.substring(to + 4), raw);
                } else if (hookEnd < 0 && macro.equals("put")) {
                    int into = arguments.lastIndexOf(" into ");
                    assign = into < 0 ? null
                            : assign(arguments.substring(into + 6), "to", arguments.substring(0, into), raw);
                }
                parts.add(assign == null ? new Untranslated(raw) : assign);
                at = hookEnd < 0 ? end + 1 : hookEnd + 1;
            } else if (c == '|' && NAMED_HOOK.matcher(text).region(at, length).lookingAt()) {
                int hookStart = text.indexOf('[', at);
                int hookEnd = bracket(text, hookStart);
                if (hookEnd < 0) {
                    words.append(c);
                    at++;
                    continue;
                }
                // A named hook is only a handle for other macros: its text is shown as it is.
                open = flush(words, parts, open, openRaw);
                parts.addAll(inline(text.substring(hookStart + 1, hookEnd)));
                at = hookEnd + 1;
            } else if (c == '$' && VARIABLE_PRINT.matcher(text).region(at, length).lookingAt()) {
                Matcher variable = VARIABLE_PRINT.matcher(text).region(at, length);
                variable.lookingAt();
                open = flush(words, parts, open, openRaw);
                parts.add(new Untranslated(variable.group()));
                at = variable.end();
            } else if (c == '{' && restOfLineBlank(text, at + 1) || c == '}' && lineBlankBefore(text, at)
                    || c == '\\' && (restOfLineBlank(text, at + 1) || lineBlankBefore(text, at))) {
                at++; // Harlowe's whitespace-collapsing braces, SugarCube's line continuation: layout only.
            } else if (c == '{') {
                int end = text.indexOf('}', at);
                int lineEnd = text.indexOf('\n', at);
                if (end > at + 1 && (lineEnd < 0 || end < lineEnd)) {
                    open = flush(words, parts, open, openRaw);
                    parts.add(new Untranslated(text.substring(at, end + 1)));
                    at = end + 1;
                } else {
                    words.append(c);
                    at++;
                }
            } else if (c == '<' && BREAK.matcher(text).region(at, length).lookingAt()) {
                Matcher tag = BREAK.matcher(text).region(at, length);
                tag.lookingAt();
                words.append('\n');
                at = tag.end();
            } else if (c == '<' && HTML_TAG.matcher(text).region(at, length).lookingAt()) {
                Matcher tag = HTML_TAG.matcher(text).region(at, length);
                tag.lookingAt();
                open = flush(words, parts, open, openRaw);
                parts.add(new Untranslated(tag.group()));
                at = tag.end();
            } else {
                words.append(c);
                at++;
            }
        }
        flush(words, parts, open, openRaw);
        return parts;
    }

    /**
     * Closes an open Harlowe conditional (while only blank words follow it, an {@code (else:)} may still join it, so
     * it is closed only here) and moves the collected words into the parts.
     */
    private static List<Branch> flush(StringBuilder words, List<Part> parts, List<Branch> open, StringBuilder openRaw) {
        if (open != null) {
            parts.add(conditional(open, openRaw.toString()));
        }
        if (!words.isEmpty()) {
            parts.add(new Words(words.toString()));
            words.setLength(0);
        }
        return null;
    }

    /** One SugarCube macro from {@code <<} at {@code start} to {@code >>} at {@code end}; returns where to go on. */
    private static int sugarCube(String text, int start, int end, List<Part> parts) {
        String inner = text.substring(start + 2, end).strip();
        String name = inner.split("[\\s>]", 2)[0].toLowerCase(Locale.ROOT);
        String arguments = inner.substring(Math.min(inner.length(), name.length())).strip();
        String raw = text.substring(start, end + 2);
        if (name.equals("if")) {
            int close = matchingClose(text, end + 2, "if");
            if (close < 0) {
                parts.add(new Untranslated(raw));
                return end + 2;
            }
            parts.add(sugarCubeIf(text, start, end, close));
            return close + "<</if>>".length();
        }
        if (name.equals("set")) {
            Assign assign = sugarCubeSet(arguments, raw);
            parts.add(assign == null ? new Untranslated(raw) : assign);
            return end + 2;
        }
        if (!name.startsWith("/") && !name.isEmpty()) {
            String closingTag = "<</" + name + ">>";
            int close = matchingClose(text, end + 2, name);
            if (close >= 0) {
                parts.add(new Untranslated(text.substring(start, close + closingTag.length())));
                return close + closingTag.length();
            }
        }
        parts.add(new Untranslated(raw));
        return end + 2;
    }

    /** {@code <<if c>>…<<elseif c>>…<<else>>…<</if>>}, nested ifs left to the recursion. */
    private static Part sugarCubeIf(String text, int start, int openEnd, int close) {
        List<Branch> branches = new ArrayList<>();
        String condition = condition(text.substring(start + 2, openEnd).strip().substring(2).strip(), false);
        int bodyStart = openEnd + 2;
        int depth = 0;
        int at = bodyStart;
        String current = condition;
        while (at < close) {
            int next = text.indexOf("<<", at);
            if (next < 0 || next >= close) {
                break;
            }
            int end = closing(text, next + 2, ">>");
            if (end < 0) {
                break;
            }
            String inner = text.substring(next + 2, end).strip();
            String word = inner.split("\\s+", 2)[0].toLowerCase(Locale.ROOT);
            if (word.equals("if")) {
                depth++;
            } else if (word.equals("/if")) {
                depth--;
            } else if (depth == 0 && (word.equals("elseif") || word.equals("else"))) {
                branches.add(new Branch(current, new ArrayList<>(inline(text.substring(bodyStart, next)))));
                boolean elseIf = word.equals("elseif") || inner.toLowerCase(Locale.ROOT).startsWith("else if");
                String rest = inner.substring(word.length()).strip();
                if (elseIf && rest.toLowerCase(Locale.ROOT).startsWith("if")) {
                    rest = rest.substring(2).strip();
                }
                current = elseIf ? and(negationOf(branches), condition(rest, false)) : negationOf(branches);
                bodyStart = end + 2;
            }
            at = end + 2;
        }
        branches.add(new Branch(current, new ArrayList<>(inline(text.substring(bodyStart, close)))));
        return conditional(branches, text.substring(start, close + "<</if>>".length()));
    }

    /** Where {@code <</name>>} closes the container opened before {@code from}, nested ones counted. */
    private static int matchingClose(String text, int from, String name) {
        Pattern tags = Pattern.compile("<<(/?)" + Pattern.quote(name) + "(?=[\\s>])", Pattern.CASE_INSENSITIVE);
        Matcher matcher = tags.matcher(text);
        int depth = 0;
        int at = from;
        while (matcher.find(at)) {
            if (matcher.group(1).isEmpty()) {
                depth++;
            } else if (depth == 0) {
                return matcher.start();
            } else {
                depth--;
            }
            at = matcher.end();
        }
        return -1;
    }

    private static Assign sugarCubeSet(String arguments, String raw) {
        String set = arguments.strip();
        if (set.contains(",") || set.contains(";")) {
            return null;
        }
        Matcher step = Pattern.compile("^(\\$[A-Za-z_]\\w*)\\s*(\\+\\+|--)$").matcher(set);
        if (step.matches()) {
            return new Assign(variableName(step.group(1)), true, step.group(2).equals("++") ? 1 : -1, false, raw);
        }
        Matcher compound = Pattern.compile("^(\\$[A-Za-z_]\\w*)\\s*([+-])=\\s*(\\d{1,6})$").matcher(set);
        if (compound.matches()) {
            int value = Integer.parseInt(compound.group(3));
            return new Assign(variableName(compound.group(1)), true, compound.group(2).equals("+") ? value : -value,
                    false, raw);
        }
        Matcher plain = Pattern.compile("^(\\$[A-Za-z_]\\w*)\\s*(?:to|=)\\s*(.+)$").matcher(set);
        return plain.matches() ? assign(plain.group(1), "to", plain.group(2), raw) : null;
    }

    /** {@code variable to value}: a whole number, true/false, or the variable (or Harlowe's {@code it}) ± a number. */
    private static Assign assign(String variable, String how, String value, String raw) {
        String target = variable.strip();
        if (!target.matches("\\$?[A-Za-z_][\\w]*") || target.startsWith("_")) {
            return null;
        }
        String name = variableName(target);
        String expression = value.strip();
        if (NUMBER.matcher(expression).matches()) {
            return new Assign(name, false, Integer.parseInt(expression), false, raw.strip());
        }
        if (expression.equals("true") || expression.equals("false")) {
            return new Assign(name, false, expression.equals("true") ? 1 : 0, true, raw.strip());
        }
        Matcher change = Pattern.compile("^(it|\\$?[A-Za-z_]\\w*)\\s*([+-])\\s*(\\d{1,6})$").matcher(expression);
        if (change.matches() && (change.group(1).equals("it") || variableName(change.group(1)).equals(name))) {
            int amount = Integer.parseInt(change.group(3));
            return new Assign(name, true, change.group(2).equals("+") ? amount : -amount, false, raw.strip());
        }
        return null;
    }

    /**
     * A Harlowe, SugarCube or Chapbook condition in the scenario's condition language, or null when it uses more
     * than comparisons of variables with whole numbers or true/false joined by and/or/not. Chapbook names variables
     * without {@code $} ({@code bareNames}).
     */
    static String condition(String twine, boolean bareNames) {
        if (twine == null || twine.isBlank()) {
            return null;
        }
        List<String> tokens = new ArrayList<>();
        Matcher matcher = TOKEN.matcher(twine);
        int at = 0;
        while (at < twine.length() && matcher.find(at) && matcher.start() == at) {
            tokens.add(matcher.group(1));
            at = matcher.end();
        }
        if (!twine.substring(at).isBlank()) {
            return null;
        }
        StringBuilder out = new StringBuilder();
        for (int index = 0; index < tokens.size(); index++) {
            String token = tokens.get(index);
            String lower = token.toLowerCase(Locale.ROOT);
            switch (lower) {
                case "and", "&&" -> out.append(" and ");
                case "or", "||" -> out.append(" or ");
                case "not", "!" -> out.append(" not ");
                case "(", ")" -> out.append(' ').append(token).append(' ');
                default -> {
                    boolean variable = token.startsWith("$") || (bareNames && token.matches("[A-Za-z_]\\w*")
                            && !List.of("true", "false", "is", "to").contains(lower));
                    if (!variable || token.contains(".")) {
                        return null;
                    }
                    String name = variableName(token);
                    String operator = null;
                    int next = index + 1;
                    if (next < tokens.size()) {
                        String word = tokens.get(next).toLowerCase(Locale.ROOT);
                        if (word.equals("is") && next + 1 < tokens.size()
                                && tokens.get(next + 1).equalsIgnoreCase("not")) {
                            operator = "!=";
                            next += 2;
                        } else if (word.equals("is") && next + 1 < tokens.size()
                                && List.of(">", ">=", "<", "<=").contains(tokens.get(next + 1))) {
                            operator = tokens.get(next + 1);
                            next += 2;
                        } else {
                            operator = switch (word) {
                                case "is", "eq", "==", "===" -> "==";
                                case "isnot", "neq", "!=", "!==" -> "!=";
                                case "gt", ">" -> ">";
                                case "gte", ">=" -> ">=";
                                case "lt", "<" -> "<";
                                case "lte", "<=" -> "<=";
                                default -> null;
                            };
                            next += operator == null ? 0 : 1;
                        }
                    }
                    if (operator == null) {
                        out.append(' ').append(name).append(" != 0 ");
                        continue;
                    }
                    if (next >= tokens.size()) {
                        return null;
                    }
                    String value = tokens.get(next).toLowerCase(Locale.ROOT);
                    String number = value.equals("true") ? "1" : value.equals("false") ? "0"
                            : NUMBER.matcher(value).matches() ? value : null;
                    if (number == null) {
                        return null;
                    }
                    out.append(' ').append(name).append(' ').append(operator).append(' ').append(number).append(' ');
                    index = next;
                }
            }
        }
        String condition = out.toString().replaceAll("\\s+", " ").strip();
        try {
            Condition.parse(condition);
            return condition;
        } catch (Condition.Invalid notSupported) {
            return null;
        }
    }

    private static String and(String first, String second) {
        return first == null || second == null ? null : "(" + first + ") and (" + second + ")";
    }

    private static Link link(String inner) {
        int setterAt = inner.indexOf("][");
        String setterRaw = setterAt < 0 ? null : inner.substring(setterAt + 2);
        String[] parsed = TweeFormat.parseLink(setterAt < 0 ? inner : inner.substring(0, setterAt));
        Assign setter = setterRaw == null ? null : sugarCubeSet(setterRaw, "[[" + inner + "]]");
        return new Link(parsed[0], parsed[1], setter, setterRaw == null ? null : "[[" + inner + "]]");
    }

    /** Index of the closing text, skipping quoted strings and nested parentheses; -1 if none. */
    private static int closing(String text, int from, String close) {
        int depth = 0;
        char quote = 0;
        for (int at = from; at < text.length(); at++) {
            char c = text.charAt(at);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
            } else if (c == '"' || c == '\'' && close.equals(")")) {
                quote = c;
            } else if (close.equals(")") && c == '(') {
                depth++;
            } else if (text.startsWith(close, at)) {
                if (depth == 0) {
                    return at;
                }
                depth--;
            }
        }
        return -1;
    }

    /** Index of the bracket closing the hook opened at {@code open}; -1 if none. */
    private static int bracket(String text, int open) {
        int depth = 0;
        for (int at = open; at < text.length(); at++) {
            if (text.charAt(at) == '[') {
                depth++;
            } else if (text.charAt(at) == ']' && --depth == 0) {
                return at;
            }
        }
        return -1;
    }

    private static int skipTo(String text, int from, String end) {
        int at = text.indexOf(end, from);
        return at < 0 ? text.length() : at + end.length();
    }

    private static boolean restOfLineBlank(String text, int from) {
        int end = text.indexOf('\n', from);
        return text.substring(from, end < 0 ? text.length() : end).isBlank();
    }

    private static boolean lineBlankBefore(String text, int at) {
        int start = text.lastIndexOf('\n', at - 1) + 1;
        return text.substring(start, at).isBlank();
    }
}
